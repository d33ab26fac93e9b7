// The struct module's formats: parsing one ("<3sxh") into the items it packs, and packing and
// unpacking those items as CPython 3.11's Modules/_struct.c does on x86-64 Linux.
//
// A format is parsed once into a Layout: its byte order, its size, the number of values it
// packs and one Code per run of a format character (a repeat count is kept, not unrolled, so
// "1000000i" costs one entry, as in CPython). Packing and unpacking follow CPython's tables
// check for check, including their quirks: native and '<'/'=' share CPython's native routines
// for the codes of equal size (so '<h' overflows as "short format requires ..." while '>h'
// says "'h' format requires ..."), and an OverflowError met while packing an int becomes
// struct.error "int too large to convert". Errors are raised on the interpreter: struct.error
// (the module's class, passed in as `error`), OverflowError for floats too large for 'e' or
// '<f', TypeError for what CPython raises as one.
#pragma once

#include "modules/modules.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace memstep::core::modules::structs {

enum class Order {
    Native, // '@' (or no prefix): native sizes and alignment, little-endian here
    Little, // '<' and '=': standard sizes, no alignment
    Big,    // '>' and '!': standard sizes, no alignment
};

// One run of a format character: `repeat` items of `size` bytes from `offset` ('s' and 'p':
// one item of `size` bytes). Padding ('x') has none.
struct Code {
    char kind = 0;
    std::size_t offset = 0;
    std::size_t size = 0;
    std::size_t repeat = 1;
};

struct Layout {
    Order order = Order::Native;
    std::size_t size = 0;  // calcsize()
    std::size_t items = 0; // the number of values pack() takes and unpack() gives
    std::vector<Code> codes;
};

// Parses an ASCII format; false with CPython's message in `error` ("bad char in struct format",
// "repeat count given without format specifier", "total struct size too long").
bool parseFormat(std::string_view format, Layout& out, std::string& error);

// Packs values[0..layout.items) into `out` (layout.size bytes, zeroed first, as CPython zeroes
// its buffer). False with the error raised; `out` then holds what was packed before it (what
// pack_into leaves in a bytearray).
bool packValues(Interpreter& in, rt::TypeObject* error, const Layout& layout, const ObjVec& values,
                std::string& out);
// Unpacks layout.size bytes at `data` into a tuple; null with the error raised.
ObjRef unpackValues(Interpreter& in, const Layout& layout, const char* data);

// Raises struct.error with `message`; null.
ObjRef raiseError(Interpreter& in, rt::TypeObject* error, const std::string& message);

} // namespace memstep::core::modules::structs
