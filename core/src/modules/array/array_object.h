// What the three files of the array module share (array_module.cpp: the type, its items and
// its construction; array_sequence.cpp: indexing, slicing, operators and comparisons;
// array_methods.cpp: the list-like methods and the conversions to and from bytes and lists).
//
// array.array is a C type in CPython, so here it is a library class (modules.h's
// makeNativeClass) whose methods are builtins: they take no steps. An array holds values, not
// references: its items are kept as the machine bytes CPython keeps (little-endian, the item
// sizes of x86-64 Linux), so 'f' rounds to float32 and tobytes(), byteswap() and frombytes()
// see exactly CPython's bytes. The diagram draws it by its repr, as it draws a bytearray
// (`array('i', [1, 2])`), and every change redraws it (changed()).
#pragma once

#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

#include <cstdint>
#include <string>

namespace memstep::core::modules::array {

using interp::CallArgs;

struct ArrayObject : rt::InstanceObject {
    char code = 'b';
    std::string data; // length() items of itemSize(code) bytes each
    // The memoryviews of it not yet released: while there are any it cannot change size
    // (CPython's ob_exports).
    std::uint32_t exports = 0;
};

// "bBuhHiIlLqQfd", the module's typecodes, in CPython's order.
extern const char kTypecodes[];
// The bytes of one item of `code` (0 for a code that is none of them).
std::size_t itemSize(char code);

ArrayObject* asArray(Object* o);
inline std::size_t length(const ArrayObject* a) {
    return a->data.size() / itemSize(a->code);
}
// Item i (in range) as a Python object: an int, a float, or a one-character str for 'u'.
ObjRef item(Interpreter& in, const ArrayObject* a, std::size_t i);
// `value` converted to one item of `code`, appended to `out` as its bytes; false with
// CPython's error ("signed char is greater than maximum", "'float' object cannot be
// interpreted as an integer", "array item must be unicode character"...).
bool pack(Interpreter& in, char code, Object* value, std::string& out);
// A new array of a's class holding `data`.
ArrayObject* newArray(Interpreter& in, rt::TypeObject* cls, char code, std::string data,
                      ObjRef& out);
inline ArrayObject* newLike(Interpreter& in, const ArrayObject* a, std::string data, ObjRef& out) {
    return newArray(in, a->cls, a->code, std::move(data), out);
}
// False with CPython's BufferError when an array a memoryview exports would change size to
// `newBytes` (array_resize's check: the view would point at freed memory).
bool resizable(Interpreter& in, const ArrayObject* a, std::size_t newBytes);
// The array's contents changed: its memory is recharged and the diagram redraws it.
void changed(Interpreter& in, ArrayObject* a);
// repr(a): array('i'), array('i', [1, 2]), array('u', 'ab').
std::string reprText(const ArrayObject* a);
// The array a method was called on, or null with CPython's TypeError for another object.
ArrayObject* selfOf(Interpreter& in, Object* self, const char* method);
// Items appended from an iterable, one conversion each (array_iter_extend); false on error.
bool extendFromIterable(Interpreter& in, ArrayObject* a, Object* iterable);
bool extendFromIterator(Interpreter& in, ArrayObject* a, Object* iterator);

// The sequence protocol and the operators (array_sequence.cpp), the methods
// (array_methods.cpp), added to the array class.
void addSequenceMethods(Interpreter& in, rt::TypeObject* t);
void addListMethods(Interpreter& in, rt::TypeObject* t);

} // namespace memstep::core::modules::array
