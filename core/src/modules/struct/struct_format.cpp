// Format parsing and the per-item packing and unpacking of the struct module (see
// struct_format.h).
#include "modules/struct/struct_format.h"

#include "interp/builtins/bytes_util.h"
#include "modules/machine_int.h"
#include "numeric/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace memstep::core::modules::structs {

namespace {

using numeric::BigInt;

// Py_ssize_t's maximum: a format whose size or repeat count passes it is "too long".
constexpr std::size_t kMaxSize = static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max());

struct Entry {
    char kind;
    std::size_t size;
    std::size_t align; // native alignment (0: none); standard formats never align
};

// Native sizes and alignments of x86-64 Linux (C's char, short, int, long, long long, _Bool,
// size_t, void*, float, double); 'e' is aligned as a short.
constexpr Entry kNative[] = {
    {'x', 1, 0}, {'b', 1, 0}, {'B', 1, 0}, {'c', 1, 0}, {'s', 1, 0}, {'p', 1, 0}, {'h', 2, 2},
    {'H', 2, 2}, {'i', 4, 4}, {'I', 4, 4}, {'l', 8, 8}, {'L', 8, 8}, {'q', 8, 8}, {'Q', 8, 8},
    {'n', 8, 8}, {'N', 8, 8}, {'?', 1, 1}, {'P', 8, 8}, {'e', 2, 2}, {'f', 4, 4}, {'d', 8, 8},
};
// Standard sizes: no 'n', 'N' or 'P', and 'l' and 'L' are 4 bytes.
constexpr Entry kStandard[] = {
    {'x', 1, 0}, {'b', 1, 0}, {'B', 1, 0}, {'c', 1, 0}, {'s', 1, 0}, {'p', 1, 0},
    {'h', 2, 0}, {'H', 2, 0}, {'i', 4, 0}, {'I', 4, 0}, {'l', 4, 0}, {'L', 4, 0},
    {'q', 8, 0}, {'Q', 8, 0}, {'?', 1, 0}, {'e', 2, 0}, {'f', 4, 0}, {'d', 8, 0},
};

const Entry* findEntry(Order order, char c) {
    if (order == Order::Native) {
        for (const Entry& e : kNative)
            if (e.kind == c)
                return &e;
        return nullptr;
    }
    for (const Entry& e : kStandard)
        if (e.kind == c)
            return &e;
    return nullptr;
}

bool isCSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isSignedKind(char c) {
    return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
}

// Whether CPython packs `kind` with its native routine: always in native order, and in '<'
// and '=' for the codes whose standard size equals the native one (_struct.c swaps those
// routines into its little-endian table at start-up; not 'f', 'd' or '?'). '>' keeps its own
// routines except for the one-byte 'b', 'B' and 'c', which every table shares.
bool nativeRoutine(Order order, char kind) {
    if (order == Order::Native || kind == 'b' || kind == 'B' || kind == 'c')
        return true;
    return order == Order::Little && kind != 'l' && kind != 'L';
}

void putUnsigned(char* dst, std::uint64_t v, std::size_t size, bool big) {
    for (std::size_t k = 0; k < size; ++k) {
        const std::size_t at = big ? size - 1 - k : k;
        dst[at] = static_cast<char>(v & 0xFF);
        v >>= 8;
    }
}

std::uint64_t getUnsigned(const char* src, std::size_t size, bool big) {
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < size; ++k) {
        const std::size_t at = big ? k : size - 1 - k;
        v = (v << 8) | static_cast<unsigned char>(src[at]);
    }
    return v;
}

bool fail(Interpreter& in, rt::TypeObject* error, const std::string& message) {
    raiseError(in, error, message);
    return false;
}

// get_pylong: an int, a bool, or what a program's __index__ returns.
bool integerArg(Interpreter& in, rt::TypeObject* error, Object*& v, ObjRef& hold) {
    if (v->tag == rt::Tag::Int || v->tag == rt::Tag::Bool)
        return true;
    if (!interp::indexKey(in, v, hold))
        return false;
    if (v->tag == rt::Tag::Int || v->tag == rt::Tag::Bool)
        return true;
    return fail(in, error, "required argument is not an integer");
}

std::string rangeText(char kind, std::size_t size, bool isUnsigned) {
    const std::uint64_t largest = size >= 8 ? ~0ULL : (1ULL << (size * 8)) - 1;
    if (isUnsigned)
        return std::string("'") + kind +
               "' format requires 0 <= number <= " + std::to_string(largest);
    const auto high = static_cast<std::int64_t>(largest >> 1);
    return std::string("'") + kind + "' format requires " + std::to_string(-high - 1) +
           " <= number <= " + std::to_string(high);
}

// An OverflowError of a conversion: CPython's pack loop turns it into struct.error "int too
// large to convert" when the value given was an int (it was, unless __index__ made it one).
bool overflow(Interpreter& in, rt::TypeObject* error, Object* given, const char* message) {
    if (given->tag == rt::Tag::Int || given->tag == rt::Tag::Bool)
        return fail(in, error, "int too large to convert");
    in.raise("OverflowError", message);
    return false;
}

bool packInt(Interpreter& in, rt::TypeObject* error, Order order, const Code& c, Object* given,
             char* dst) {
    Object* v = given;
    ObjRef hold;
    if (!integerArg(in, error, v, hold))
        return false;
    const MachineInt w = machineInt(v);
    const bool big = order == Order::Big;
    const char kind = c.kind;
    const bool isUnsigned = !isSignedKind(kind);
    if (kind == 'P') {
        if (w.negative ? !w.fitsSigned : !w.fitsUnsigned)
            return overflow(in, error, given,
                            w.negative ? "Python int too large to convert to C long"
                                       : "Python int too large to convert to C unsigned long");
        putUnsigned(dst, w.negative ? static_cast<std::uint64_t>(w.small) : w.wide, 8, false);
        return true;
    }
    if (c.size == 8 && !nativeRoutine(order, kind)) { // '>q', '>Q': _PyLong_AsByteArray
        if (isUnsigned ? !w.fitsUnsigned : !w.fitsSigned)
            return overflow(in, error, given,
                            isUnsigned && w.negative ? "can't convert negative int to unsigned"
                                                     : "int too large to convert");
        putUnsigned(dst, isUnsigned ? w.wide : static_cast<std::uint64_t>(w.small), 8, big);
        return true;
    }
    // get_long / get_ulong: a value beyond C long is out of range before any check of its own.
    // The native 'B' and 'H' read a C long too.
    const bool viaLong =
        !isUnsigned || (nativeRoutine(order, kind) && (kind == 'B' || kind == 'H'));
    if (viaLong ? !w.fitsSigned : !w.fitsUnsigned)
        return fail(in, error, "argument out of range");
    const std::int64_t x = w.small;
    const std::uint64_t u = w.wide;
    if (nativeRoutine(order, kind)) {
        switch (kind) {
        case 'b':
            if (x < -128 || x > 127)
                return fail(in, error, "byte format requires -128 <= number <= 127");
            break;
        case 'B':
            if (x < 0 || x > 255)
                return fail(in, error, "ubyte format requires 0 <= number <= 255");
            break;
        case 'h':
            if (x < -32768 || x > 32767)
                return fail(in, error, "short format requires -32768 <= number <= 32767");
            break;
        case 'H':
            if (x < 0 || x > 65535)
                return fail(in, error, "ushort format requires 0 <= number <= 65535");
            break;
        case 'i':
            if (x < INT32_MIN || x > INT32_MAX)
                return fail(in, error, rangeText(kind, 4, false));
            break;
        case 'I':
            if (u > UINT32_MAX)
                return fail(in, error, rangeText(kind, 4, true));
            break;
        default:
            break;
        }
    } else if (c.size < 8) { // lp_int, bp_int and their unsigned forms
        const bool outside =
            isUnsigned ? u > (1ULL << (c.size * 8)) - 1
                       : x < -(1LL << (c.size * 8 - 1)) || x > (1LL << (c.size * 8 - 1)) - 1;
        if (outside)
            return fail(in, error, rangeText(kind, c.size, isUnsigned));
    }
    putUnsigned(dst, isUnsigned ? u : static_cast<std::uint64_t>(x), c.size, big);
    return true;
}

// PyFloat_Pack2: IEEE half precision, rounded half to even; false when too large.
bool halfBits(double x, std::uint16_t& out) {
    unsigned sign = std::signbit(x) ? 1 : 0;
    unsigned e = 0;
    unsigned bits = 0;
    if (std::isinf(x)) {
        e = 0x1F;
    } else if (std::isnan(x)) {
        e = 0x1F;
        bits = 512;
    } else if (x != 0.0) {
        int exp = 0;
        double f = std::frexp(std::fabs(x), &exp) * 2.0;
        --exp;
        if (exp >= 16)
            return false;
        if (exp < -25) {
            f = 0.0;
            exp = 0;
        } else if (exp < -14) {
            f = std::ldexp(f, 14 + exp);
            exp = 0;
        } else {
            exp += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = static_cast<unsigned>(f);
        const double rest = f - bits;
        if (rest > 0.5 || (rest == 0.5 && bits % 2 == 1)) {
            if (++bits == 1024) {
                bits = 0;
                if (++exp == 31)
                    return false;
            }
        }
        e = static_cast<unsigned>(exp);
    }
    out = static_cast<std::uint16_t>(bits | (e << 10) | (sign << 15));
    return true;
}

double halfValue(std::uint16_t h) {
    const bool negative = h >> 15;
    const int e = (h >> 10) & 0x1F;
    const unsigned f = h & 0x3FF;
    if (e == 0x1F) {
        if (f == 0)
            return negative ? -HUGE_VAL : HUGE_VAL;
        return negative ? -std::numeric_limits<double>::quiet_NaN()
                        : std::numeric_limits<double>::quiet_NaN();
    }
    double x = f / 1024.0;
    int exp = e - 15;
    if (e == 0)
        exp = -14;
    else
        x += 1.0;
    x = std::ldexp(x, exp);
    return negative ? -x : x;
}

bool packFloat(Interpreter& in, rt::TypeObject* error, Order order, char kind, Object* given,
               char* dst) {
    double x = 0;
    if (!interp::floatArg(in, given, x)) {
        if (in.aborted())
            return false;
        in.clearException();
        return fail(in, error, "required argument is not a float");
    }
    const bool big = order == Order::Big;
    if (kind == 'e') {
        std::uint16_t h = 0;
        if (!halfBits(x, h))
            return overflow(in, error, given, "float too large to pack with e format");
        putUnsigned(dst, h, 2, big);
        return true;
    }
    if (kind == 'f') {
        const auto y = static_cast<float>(x);
        // Native 'f' is a C cast; the standard one refuses what the cast makes infinite.
        if (order != Order::Native && std::isinf(y) && !std::isinf(x))
            return overflow(in, error, given, "float too large to pack with f format");
        std::uint32_t bits = 0;
        std::memcpy(&bits, &y, 4);
        putUnsigned(dst, bits, 4, big);
        return true;
    }
    std::uint64_t bits = 0;
    std::memcpy(&bits, &x, 8);
    putUnsigned(dst, bits, 8, big);
    return true;
}

bool packItem(Interpreter& in, rt::TypeObject* error, Order order, const Code& c, Object* v,
              char* dst) {
    switch (c.kind) {
    case 'c':
        if (v->tag != rt::Tag::Bytes || interp::bytesData(v).size() != 1)
            return fail(in, error, "char format requires a bytes object of length 1");
        *dst = interp::bytesData(v)[0];
        return true;
    case '?': {
        const int truth = in.truthy(v);
        if (truth < 0)
            return false;
        *dst = static_cast<char>(truth);
        return true;
    }
    case 'e':
    case 'f':
    case 'd':
        return packFloat(in, error, order, c.kind, v, dst);
    default:
        return packInt(in, error, order, c, v, dst);
    }
}

ObjRef unpackItem(Interpreter& in, Order order, char kind, std::size_t size, const char* src) {
    const bool big = order == Order::Big;
    const std::uint64_t u = getUnsigned(src, size, big);
    switch (kind) {
    case 'c':
        return in.heap().newBytes(std::string(src, 1));
    case '?':
        return in.boolean(u != 0);
    case 'e':
        return in.heap().newFloat(halfValue(static_cast<std::uint16_t>(u)));
    case 'f': {
        float f = 0;
        const auto bits = static_cast<std::uint32_t>(u);
        std::memcpy(&f, &bits, 4);
        return in.heap().newFloat(f);
    }
    case 'd': {
        double d = 0;
        std::memcpy(&d, &u, 8);
        return in.heap().newFloat(d);
    }
    default:
        break;
    }
    if (!isSignedKind(kind))
        return u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                   ? in.heap().newInt(BigInt::fromUint64(u))
                   : in.heap().newInt(static_cast<std::int64_t>(u));
    const unsigned shift = static_cast<unsigned>(64 - size * 8);
    return in.heap().newInt(static_cast<std::int64_t>(u << shift) >> shift);
}

} // namespace

ObjRef raiseError(Interpreter& in, rt::TypeObject* error, const std::string& message) {
    auto* e = in.heap().make<rt::ExceptionObject>();
    ObjRef exc(e);
    e->type = error;
    e->args = {in.newStr(message)};
    e->message = message;
    return in.raiseObject(exc);
}

bool parseFormat(std::string_view format, Layout& out, std::string& error) {
    std::size_t i = 0;
    out = Layout();
    if (!format.empty()) {
        switch (format[0]) {
        case '@':
            ++i;
            break;
        case '=':
        case '<':
            out.order = Order::Little;
            ++i;
            break;
        case '>':
        case '!':
            out.order = Order::Big;
            ++i;
            break;
        default:
            break;
        }
    }
    // CPython reads the format as a C string: it ends at a NUL.
    while (i < format.size() && format[i] != '\0') {
        char c = format[i++];
        if (isCSpace(c))
            continue;
        std::size_t num = 1;
        if (c >= '0' && c <= '9') {
            num = 0;
            for (;;) {
                const auto digit = static_cast<std::size_t>(c - '0');
                if (num > (kMaxSize - digit) / 10) {
                    error = "total struct size too long";
                    return false;
                }
                num = num * 10 + digit;
                if (i >= format.size() || format[i] == '\0') {
                    error = "repeat count given without format specifier";
                    return false;
                }
                c = format[i++];
                if (c < '0' || c > '9')
                    break;
            }
        }
        const Entry* e = findEntry(out.order, c);
        if (!e) {
            error = "bad char in struct format";
            return false;
        }
        if (c == 's' || c == 'p')
            ++out.items;
        else if (c != 'x')
            out.items += num;
        if (e->align && out.size > 0)
            out.size += (e->align - 1) - (out.size - 1) % e->align;
        if (num > (kMaxSize - out.size) / e->size) {
            error = "total struct size too long";
            return false;
        }
        if (c == 's' || c == 'p')
            out.codes.push_back({c, out.size, num, 1});
        else if (c != 'x' && num > 0)
            out.codes.push_back({c, out.size, e->size, num});
        out.size += num * e->size;
    }
    return true;
}

bool packValues(Interpreter& in, rt::TypeObject* error, const Layout& layout, const ObjVec& values,
                std::string& out) {
    out.assign(layout.size, '\0');
    std::size_t next = 0;
    for (const Code& c : layout.codes) {
        char* at = out.data() + c.offset;
        if (c.kind == 's' || c.kind == 'p') {
            Object* v = values[next++].get();
            if (!interp::isBytesLike(v))
                return fail(in, error,
                            std::string("argument for '") + c.kind + "' must be a bytes object");
            const std::string& data = interp::bytesData(v);
            if (c.kind == 's') {
                std::memcpy(at, data.data(), std::min(data.size(), c.size));
                continue;
            }
            // A Pascal string: its length byte (at most 255), then at most size - 1 bytes.
            // '0p' still writes its length byte, -1, where the next item or the end is.
            const auto n = std::min(static_cast<std::int64_t>(data.size()),
                                    static_cast<std::int64_t>(c.size) - 1);
            if (n > 0)
                std::memcpy(at + 1, data.data(), static_cast<std::size_t>(n));
            if (c.offset < out.size())
                *at = static_cast<char>(std::min<std::int64_t>(n, 255));
            continue;
        }
        for (std::size_t k = 0; k < c.repeat; ++k, at += c.size)
            if (!packItem(in, error, layout.order, c, values[next++].get(), at))
                return false;
    }
    return true;
}

ObjRef unpackValues(Interpreter& in, const Layout& layout, const char* data) {
    ObjVec items;
    items.reserve(layout.items);
    for (const Code& c : layout.codes) {
        const char* at = data + c.offset;
        if (c.kind == 's') {
            items.push_back(in.heap().newBytes(std::string(at, c.size)));
            continue;
        }
        if (c.kind == 'p') {
            if (c.size == 0) // '0p': CPython asks for a bytes object of size -1
                return in.raise("SystemError", "Negative size passed to PyBytes_FromStringAndSize");
            const auto n = std::min<std::size_t>(static_cast<unsigned char>(*at), c.size - 1);
            items.push_back(in.heap().newBytes(std::string(at + 1, n)));
            continue;
        }
        for (std::size_t k = 0; k < c.repeat; ++k, at += c.size)
            items.push_back(unpackItem(in, layout.order, c.kind, c.size, at));
    }
    return in.heap().newTuple(std::move(items));
}

} // namespace memstep::core::modules::structs
