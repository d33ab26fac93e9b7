// The array module: array.array (its items, its construction and its repr), its iterator,
// typecodes and ArrayType. The rest of the type is in array_sequence.cpp and array_methods.cpp.
//
// Construction follows array_new of CPython 3.11 check for check: no keywords, the typecode a
// one-character str, a str (or a 'u' array) refused for any other typecode, an initializer
// that is not a list, tuple, bytes, bytearray, str for 'u' or array of the same typecode
// iterated before the typecode is looked at, then "bad typecode". Every item is converted as
// setarrayitem converts it, with its messages, so a value that does not fit is the same
// OverflowError. Subclasses of array.array are refused by name.
#include "interp/builtins/bytes_util.h"
#include "interp/tracing/tracer.h"
#include "modules/array/array_object.h"
#include "modules/machine_int.h"
#include "numeric/bigint.h"
#include "numeric/float_format.h"
#include "numeric/utf8.h"

#include <cstring>

namespace memstep::core::modules {

namespace array {

const char kTypecodes[] = "bBuhHiIlLqQfd";

std::size_t itemSize(char code) {
    switch (code) {
    case 'b':
    case 'B':
        return 1;
    case 'h':
    case 'H':
        return 2;
    case 'u': // wchar_t on Linux
    case 'i':
    case 'I':
    case 'f':
        return 4;
    case 'l':
    case 'L':
    case 'q':
    case 'Q':
    case 'd':
        return 8;
    default:
        return 0;
    }
}

ArrayObject* asArray(Object* o) {
    return o && o->tag == rt::Tag::Instance ? dynamic_cast<ArrayObject*>(o) : nullptr;
}

namespace {

template <typename T> T load(const ArrayObject* a, std::size_t i) {
    T v;
    std::memcpy(&v, a->data.data() + i * sizeof(T), sizeof(T));
    return v;
}

template <typename T> void store(std::string& out, T v) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    out.append(bytes, sizeof(T));
}

// The code points of UTF-8 text (a str's).
std::u32string codePoints(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        char32_t cp = n == 4 ? c & 0x07 : n == 3 ? c & 0x0F : n == 2 ? c & 0x1F : c;
        for (std::size_t k = 1; k < n && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

std::string unicodeText(const ArrayObject* a) {
    std::string out;
    for (std::size_t i = 0; i < length(a); ++i)
        out += numeric::codePointText(load<std::uint32_t>(a, i));
    return out;
}

// An integer item's value as CPython's converters see it (machine_int.h).
using IntValue = MachineInt;

bool intValue(Interpreter& in, Object* v, IntValue& out) {
    ObjRef hold;
    if (!interp::indexKey(in, v, hold))
        return false;
    if (v->tag != rt::Tag::Int && v->tag != rt::Tag::Bool) {
        in.raise("TypeError", std::string("'") + in.typeName(v) +
                                  "' object cannot be interpreted as an integer");
        return false;
    }
    out = machineInt(v);
    return true;
}

bool overflow(Interpreter& in, const char* message) {
    in.raise("OverflowError", message);
    return false;
}

// b, B, h, H, i and l go through PyLong_AsLong and then a range check of their own words.
bool packSigned(Interpreter& in, char code, const IntValue& v, std::string& out) {
    if (!v.fitsSigned)
        return overflow(in, "Python int too large to convert to C long");
    const std::int64_t x = v.small;
    switch (code) {
    case 'b': // parsed as a short first, then checked as a signed char
        if (x > 32767)
            return overflow(in, "signed short integer is greater than maximum");
        if (x < -32768)
            return overflow(in, "signed short integer is less than minimum");
        if (x > 127)
            return overflow(in, "signed char is greater than maximum");
        if (x < -128)
            return overflow(in, "signed char is less than minimum");
        store(out, static_cast<std::int8_t>(x));
        return true;
    case 'B':
        if (x > 255)
            return overflow(in, "unsigned byte integer is greater than maximum");
        if (x < 0)
            return overflow(in, "unsigned byte integer is less than minimum");
        store(out, static_cast<std::uint8_t>(x));
        return true;
    case 'h':
        if (x > 32767)
            return overflow(in, "signed short integer is greater than maximum");
        if (x < -32768)
            return overflow(in, "signed short integer is less than minimum");
        store(out, static_cast<std::int16_t>(x));
        return true;
    case 'l':
        store(out, x);
        return true;
    default: // 'H' is parsed as a C int first, then checked as an unsigned short
        if (x > INT32_MAX)
            return overflow(in, "signed integer is greater than maximum");
        if (x < INT32_MIN)
            return overflow(in, "signed integer is less than minimum");
        if (code == 'i') {
            store(out, static_cast<std::int32_t>(x));
            return true;
        }
        if (x > 65535)
            return overflow(in, "unsigned short is greater than maximum");
        if (x < 0)
            return overflow(in, "unsigned short is less than minimum");
        store(out, static_cast<std::uint16_t>(x));
        return true;
    }
}

bool packInt(Interpreter& in, char code, Object* value, std::string& out) {
    IntValue v;
    if (!intValue(in, value, v))
        return false;
    switch (code) {
    case 'I':
    case 'L':
        if (v.negative)
            return overflow(in, "can't convert negative value to unsigned int");
        if (!v.fitsUnsigned)
            return overflow(in, "Python int too large to convert to C unsigned long");
        if (code == 'L') {
            store(out, v.wide);
            return true;
        }
        if (v.wide > UINT32_MAX)
            return overflow(in, "unsigned int is greater than maximum");
        store(out, static_cast<std::uint32_t>(v.wide));
        return true;
    case 'q':
        if (!v.fitsSigned)
            return overflow(in, "int too big to convert");
        store(out, v.small);
        return true;
    case 'Q':
        if (v.negative)
            return overflow(in, "can't convert negative int to unsigned");
        if (!v.fitsUnsigned)
            return overflow(in, "int too big to convert");
        store(out, v.wide);
        return true;
    default:
        return packSigned(in, code, v, out);
    }
}

} // namespace

bool pack(Interpreter& in, char code, Object* value, std::string& out) {
    if (code == 'u') {
        std::u32string cps;
        if (value->tag == rt::Tag::Str)
            cps = codePoints(interp::text(value));
        if (cps.size() != 1) {
            in.raise("TypeError", "array item must be unicode character");
            return false;
        }
        store(out, static_cast<std::uint32_t>(cps[0]));
        return true;
    }
    if (code == 'f' || code == 'd') {
        double d = 0;
        if (!interp::floatArg(in, value, d))
            return false;
        if (code == 'f')
            store(out, static_cast<float>(d));
        else
            store(out, d);
        return true;
    }
    return packInt(in, code, value, out);
}

ObjRef item(Interpreter& in, const ArrayObject* a, std::size_t i) {
    rt::Heap& h = in.heap();
    switch (a->code) {
    case 'b':
        return h.newInt(load<std::int8_t>(a, i));
    case 'B':
        return h.newInt(load<std::uint8_t>(a, i));
    case 'h':
        return h.newInt(load<std::int16_t>(a, i));
    case 'H':
        return h.newInt(load<std::uint16_t>(a, i));
    case 'i':
        return h.newInt(load<std::int32_t>(a, i));
    case 'I':
        return h.newInt(load<std::uint32_t>(a, i));
    case 'l':
    case 'q':
        return h.newInt(load<std::int64_t>(a, i));
    case 'L':
    case 'Q': {
        auto v = load<std::uint64_t>(a, i);
        return v <= INT64_MAX ? h.newInt(static_cast<std::int64_t>(v))
                              : h.newInt(numeric::BigInt::fromUint64(v));
    }
    case 'f':
        return h.newFloat(static_cast<double>(load<float>(a, i)));
    case 'd':
        return h.newFloat(load<double>(a, i));
    default: // 'u'
        return in.newStr(numeric::codePointText(load<std::uint32_t>(a, i)));
    }
}

std::string reprText(const ArrayObject* a) {
    std::string out = std::string("array('") + a->code + "'";
    const std::size_t n = length(a);
    if (n == 0)
        return out + ")";
    if (a->code == 'u')
        return out + ", " + numeric::pyStringRepr(unicodeText(a)) + ")";
    out += ", [";
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            out += ", ";
        switch (a->code) {
        case 'b':
            out += std::to_string(load<std::int8_t>(a, i));
            break;
        case 'B':
            out += std::to_string(load<std::uint8_t>(a, i));
            break;
        case 'h':
            out += std::to_string(load<std::int16_t>(a, i));
            break;
        case 'H':
            out += std::to_string(load<std::uint16_t>(a, i));
            break;
        case 'i':
            out += std::to_string(load<std::int32_t>(a, i));
            break;
        case 'I':
            out += std::to_string(load<std::uint32_t>(a, i));
            break;
        case 'l':
        case 'q':
            out += std::to_string(load<std::int64_t>(a, i));
            break;
        case 'L':
        case 'Q':
            out += std::to_string(load<std::uint64_t>(a, i));
            break;
        case 'f':
            out += numeric::floatRepr(static_cast<double>(load<float>(a, i)));
            break;
        default:
            out += numeric::floatRepr(load<double>(a, i));
            break;
        }
    }
    return out + "])";
}

ArrayObject* newArray(Interpreter& in, rt::TypeObject* cls, char code, std::string data,
                      ObjRef& out) {
    auto* a = in.heap().make<ArrayObject>();
    out = ObjRef(a);
    a->cls = cls;
    a->code = code;
    a->data = std::move(data);
    in.heap().recharge(a, static_cast<std::int64_t>(a->data.size()));
    return a;
}

bool resizable(Interpreter& in, const ArrayObject* a, std::size_t newBytes) {
    if (a->exports == 0 || newBytes == a->data.size())
        return true;
    in.raise("BufferError", "cannot resize an array that is exporting buffers");
    return false;
}

void changed(Interpreter& in, ArrayObject* a) {
    in.heap().recharge(a, static_cast<std::int64_t>(rt::kObjectBytes + a->data.size()) -
                              static_cast<std::int64_t>(a->charged));
    if (in.tracer() && interp::Tracer::visible(a))
        in.tracer()->replaced(a);
}

ArrayObject* selfOf(Interpreter& in, Object* self, const char* method) {
    ArrayObject* a = asArray(self);
    if (!a)
        in.raise("TypeError", std::string("descriptor '") + method +
                                  "' for 'array.array' objects doesn't apply to a '" +
                                  in.typeName(self) + "' object");
    return a;
}

bool extendFromIterable(Interpreter& in, ArrayObject* a, Object* iterable) {
    ObjRef it = in.iter(iterable);
    if (!it)
        return false;
    return extendFromIterator(in, a, it.get());
}

bool extendFromIterator(Interpreter& in, ArrayObject* a, Object* it) {
    bool grew = false;
    std::size_t count = 0;
    while (ObjRef v = in.next(it)) {
        // A long iterable (range(10**9)) is charged as it grows, so the memory limit stops it.
        if (++count % 4096 == 0) {
            in.heap().recharge(a, static_cast<std::int64_t>(rt::kObjectBytes + a->data.size()) -
                                      static_cast<std::int64_t>(a->charged));
            if (in.heap().overLimit() || in.pollStop(4096)) {
                if (!in.hasException())
                    in.memoryLimit();
                return false;
            }
        }
        std::string bytes;
        if (!pack(in, a->code, v.get(), bytes) ||
            !resizable(in, a, a->data.size() + bytes.size())) {
            if (grew)
                changed(in, a);
            return false;
        }
        a->data += bytes;
        grew = true;
    }
    if (grew)
        changed(in, a);
    return !in.hasException();
}

namespace {

// The array's items from the start of the initializer that is not iterated (array_new).
bool fillFrom(Interpreter& in, ArrayObject* a, Object* initial) {
    if (initial->tag == rt::Tag::List || initial->tag == rt::Tag::Tuple) {
        // PySequence_GetItem each time: a list an __index__ shortens is read as it is then.
        for (std::size_t i = 0;; ++i) {
            const ObjVec& items = initial->tag == rt::Tag::List
                                      ? static_cast<rt::ListObject*>(initial)->items
                                      : static_cast<rt::TupleObject*>(initial)->items;
            if (i >= items.size())
                return true;
            ObjRef v = items[i];
            if (!pack(in, a->code, v.get(), a->data))
                return false;
        }
    }
    if (interp::isBytesLike(initial)) {
        const std::string& bytes = interp::bytesData(initial);
        if (bytes.size() % itemSize(a->code)) {
            in.raise("ValueError", "bytes length not a multiple of item size");
            return false;
        }
        a->data = bytes;
        return true;
    }
    if (initial->tag == rt::Tag::Str) { // typecode 'u'
        for (char32_t c : codePoints(interp::text(initial)))
            store(a->data, static_cast<std::uint32_t>(c));
        return true;
    }
    a->data = asArray(initial)->data; // an array of the same typecode
    return true;
}

ObjRef construct(Interpreter& in, rt::TypeObject* cls, CallArgs& args) {
    if (cls->mro.size() != 2)
        return in.abortUnsupported("a subclass of array.array");
    if (!interp::noKeywords(in, args, "array.array") ||
        !interp::parseTupleCount(in, args, "array", 1, 2))
        return nullptr;
    Object* codeArg = args.positional[0].get();
    std::u32string code;
    if (codeArg->tag == rt::Tag::Str)
        code = codePoints(interp::text(codeArg));
    if (code.size() != 1)
        return in.raise("TypeError", std::string("array() argument 1 must be a unicode character, "
                                                 "not ") +
                                         in.typeName(codeArg));
    ObjRef initial = args.positional.size() == 2 ? args.positional[1] : nullptr;
    const char32_t c = code[0];
    const std::string shown = numeric::codePointText(static_cast<std::uint32_t>(c));
    ArrayObject* source = initial ? asArray(initial.get()) : nullptr;
    if (initial && c != U'u') {
        if (initial->tag == rt::Tag::Str)
            return in.raise("TypeError", "cannot use a str to initialize an array with typecode '" +
                                             shown + "'");
        if (source && source->code == 'u')
            return in.raise("TypeError",
                            "cannot use a unicode array to initialize an array with typecode '" +
                                shown + "'");
    }
    ObjRef it;
    if (initial && initial->tag != rt::Tag::List && initial->tag != rt::Tag::Tuple &&
        !interp::isBytesLike(initial.get()) && !(c == U'u' && initial->tag == rt::Tag::Str) &&
        !(source && static_cast<char32_t>(source->code) == c)) {
        it = in.iter(initial.get());
        if (!it)
            return nullptr;
        initial = nullptr;
    }
    if (c > 0x7F || !std::strchr(kTypecodes, static_cast<int>(c)))
        return in.raise("ValueError",
                        "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    ObjRef out;
    ArrayObject* a = newArray(in, cls, static_cast<char>(c), std::string(), out);
    if (initial && !fillFrom(in, a, initial.get()))
        return nullptr;
    if (it && !extendFromIterator(in, a, it.get()))
        return nullptr;
    changed(in, a);
    return out;
}

ObjRef typecode(Interpreter& in, Object* self, CallArgs&) {
    ArrayObject* a = selfOf(in, self, "typecode");
    return a ? in.newStr(std::string(1, a->code)) : nullptr;
}

ObjRef itemsize(Interpreter& in, Object* self, CallArgs&) {
    ArrayObject* a = selfOf(in, self, "itemsize");
    return a ? in.heap().newInt(static_cast<std::int64_t>(itemSize(a->code))) : nullptr;
}

std::string traceValue(Object* self) {
    ArrayObject* a = asArray(self);
    return a ? reprText(a) : std::string();
}

const std::string* buffer(Object* self) {
    return &static_cast<ArrayObject*>(self)->data;
}

const rt::Metaclass kArrayMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) {
        return construct(in, static_cast<rt::TypeObject*>(cls), args);
    };
    return m;
}();

ObjRef noIteratorConstruct(Interpreter& in, Object*, CallArgs&) {
    return in.raise("TypeError", "cannot create 'array.arrayiterator' instances");
}

} // namespace
} // namespace array

void fillArray(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* t = makeNativeClass(in, "array", "array", &array::kArrayMeta);
    t->traceValue = array::traceValue;
    t->buffer = array::buffer;
    addNativeProperty(in, t, "typecode", array::typecode);
    addNativeProperty(in, t, "itemsize", array::itemsize);
    array::addSequenceMethods(in, t);
    array::addListMethods(in, t);
    t->dict.set("__hash__", in.none()); // unhashable, as a mutable sequence is
    // Its iterator's type, found by __iter__ under a name no program can spell.
    rt::TypeObject* iterType =
        makeNativeType(in, "array", "arrayiterator", array::noIteratorConstruct);
    iterType->name = "array.arrayiterator";
    t->dict.set(" iterator", ObjRef(iterType));
    m.set("array", ObjRef(t));
    m.set("ArrayType", ObjRef(t));
    m.set("typecodes", in.newStr(array::kTypecodes));
}

bool isMissingArrayAttribute(std::string_view name) {
    return isModuleDunder(ModuleOrigin::Extension, name) || name == "_array_reconstructor";
}

} // namespace memstep::core::modules
