// Making bytes and bytearray objects and converting them: the constructors bytes(...) and
// bytearray(...), str.encode and bytes.decode (whose codecs are bytes_codecs.cpp), hex and
// fromhex, and int.to_bytes / int.from_bytes. Arguments and errors follow CPython 3.11's
// bytes_new and bytearray___init__ (bytes(n) zeros, bytes(str) needs an encoding...).
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/bytes_util.h"
#include "numeric/bigint.h"

#include <algorithm>

namespace memstep::core::interp {

namespace {

// source, encoding and errors by position or keyword.
struct SourceArgs {
    ObjRef source, encoding, errors;
};

std::optional<SourceArgs> sourceArgs(Interpreter& in, CallArgs& args, const char* name) {
    if (!keywordParserCount(in, args, name, 3, 3))
        return std::nullopt;
    SourceArgs a;
    a.source = takeKeyword(args, "source");
    a.encoding = takeKeyword(args, "encoding");
    a.errors = takeKeyword(args, "errors");
    if (!noMoreKeywords(in, args, name))
        return std::nullopt;
    if (args.positional.size() > 3) {
        in.raise("TypeError", std::string(name) + "() takes at most 3 arguments (" +
                                  std::to_string(args.positional.size()) + " given)");
        return std::nullopt;
    }
    ObjRef* slots[] = {&a.source, &a.encoding, &a.errors};
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        *slots[i] = args.positional[i];
    if (!clinicStrArg(in, name, "encoding", a.encoding.get()) ||
        !clinicStrArg(in, name, "errors", a.errors.get()))
        return std::nullopt;
    return a;
}

// The items of a program's iterable object as bytes (PyBytes_FromObject, bytearray_init): an
// error making its iterator other than TypeError is the program's own and goes up unchanged.
std::optional<std::string> userIterableData(Interpreter& in, Object* src, const char* typeWord,
                                            bool array) {
    ObjRef it = in.iter(src);
    if (!it) {
        Object* e = in.pendingException();
        if (in.aborted() || !e || e->tag != rt::Tag::Exception ||
            !in.isSubtype(static_cast<rt::ExceptionObject*>(e)->type,
                          in.exceptionType("TypeError")))
            return std::nullopt;
        in.clearException();
        in.raise("TypeError",
                 "cannot convert '" + std::string(in.typeName(src)) + "' object to " + typeWord);
        return std::nullopt;
    }
    if (!array && !in.lengthHint(src, 0, 1))
        return std::nullopt;
    std::string out;
    if (!bytesFromIterator(in, it.get(), out,
                           array ? "byte must be in range(0, 256)"
                                 : "bytes must be in range(0, 256)"))
        return std::nullopt;
    return out;
}

// The contents bytes(...) or bytearray(...) makes of its arguments; nullopt with the error set.
std::optional<std::string> constructedData(Interpreter& in, const SourceArgs& a, bool array) {
    const char* typeWord = array ? "bytearray" : "bytes";
    if (!a.source) {
        if (a.encoding || a.errors) {
            in.raise("TypeError", a.encoding ? "encoding without a string argument"
                                             : "errors without a string argument");
            return std::nullopt;
        }
        return std::string();
    }
    Object* src = a.source.get();
    if (isStr(src)) {
        if (!a.encoding) {
            in.raise("TypeError", "string argument without an encoding");
            return std::nullopt;
        }
        ObjRef encoded = encodeText(in, text(src), a.encoding.get(), a.errors.get());
        if (!encoded)
            return std::nullopt;
        return bytesData(encoded.get());
    }
    if (a.encoding || a.errors) {
        in.raise("TypeError", a.encoding ? "encoding without a string argument"
                                         : "errors without a string argument");
        return std::nullopt;
    }
    if (src->tag == rt::Tag::Instance) {
        const rt::TypeObject* cls = static_cast<rt::InstanceObject*>(src)->cls;
        if (cls->buffer)
            return *cls->buffer(src);
    }
    // A program's object: a class's __index__ gives a count of zero bytes (PyIndex_Check);
    // else it is iterated (its __iter__ or __getitem__), bytes() asking its __len__ or
    // __length_hint__ for a size once the iterator is made; an object neither is a TypeError.
    ObjRef count;
    if (Interpreter::isUserObject(src) && !src->subclassed) {
        if (in.hasUserIndex(src)) {
            if (!(count = in.userIndex(src)))
                return std::nullopt;
            src = count.get();
        } else {
            return userIterableData(in, src, typeWord, array);
        }
    }
    if (src->tag == rt::Tag::Int || src->tag == rt::Tag::Bool) {
        if (src->tag == rt::Tag::Int && static_cast<rt::IntObject*>(src)->isBig()) {
            in.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
            return std::nullopt;
        }
        auto n = intArg(in, src);
        if (!n)
            return std::nullopt;
        if (*n < 0) {
            in.raise("ValueError", "negative count");
            return std::nullopt;
        }
        if (!in.heap().canAllocate(static_cast<std::uint64_t>(*n))) {
            in.memoryLimit();
            return std::nullopt;
        }
        return std::string(static_cast<std::size_t>(*n), '\0');
    }
    std::string out;
    // _PyBytes_FromIterator asks a list subclass's __len__ for a hint; bytearray() does not.
    if (!array && overridesLen(in, src) && !in.lengthHint(src, 0, 1))
        return std::nullopt;
    if (!bytesFromIterable(in, src, out, typeWord,
                           array ? "byte must be in range(0, 256)"
                                 : "bytes must be in range(0, 256)"))
        return std::nullopt;
    return out;
}

} // namespace

ObjRef bytesConstruct(Interpreter& in, Object*, CallArgs& args) {
    auto a = sourceArgs(in, args, "bytes");
    if (!a)
        return nullptr;
    // bytes(b) of a bytes is b itself.
    if (a->source && a->source->tag == rt::Tag::Bytes && !a->encoding && !a->errors)
        return a->source;
    // A class's __bytes__ answers bytes(x) (not bytearray(x)); it must give a bytes.
    if (a->source && !a->encoding && !a->errors && Interpreter::isUserObject(a->source.get())) {
        bool found = false;
        ObjRef r = in.callDunder(a->source.get(), "__bytes__", {}, &found);
        if (found) {
            if (r && r->tag != rt::Tag::Bytes)
                return in.raise("TypeError", "__bytes__ returned non-bytes (type " +
                                                 std::string(in.typeName(r.get())) + ")");
            return r;
        }
    }
    auto data = constructedData(in, *a, false);
    if (!data)
        return nullptr;
    return in.heap().newBytes(std::move(*data));
}

ObjRef bytearrayConstruct(Interpreter& in, Object*, CallArgs& args) {
    auto a = sourceArgs(in, args, "bytearray");
    if (!a)
        return nullptr;
    auto data = constructedData(in, *a, true);
    if (!data)
        return nullptr;
    return in.heap().newByteArray(std::move(*data));
}

namespace {

// encoding and errors of encode/decode, by position or keyword.
bool codecKeywords(Interpreter& in, CallArgs& args, const char* name, ObjRef& encoding,
                   ObjRef& errors) {
    if (!keywordParserCount(in, args, name, 2, 2))
        return false;
    encoding = takeKeyword(args, "encoding");
    errors = takeKeyword(args, "errors");
    if (!noMoreKeywords(in, args, name))
        return false;
    if (!args.positional.empty())
        encoding = args.positional[0];
    if (args.positional.size() > 1)
        errors = args.positional[1];
    return true;
}

ObjRef strEncode(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef encoding, errors;
    if (!codecKeywords(in, args, "encode", encoding, errors))
        return nullptr;
    return encodeText(in, text(self), encoding.get(), errors.get());
}

ObjRef bDecode(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef encoding, errors;
    if (!codecKeywords(in, args, "decode", encoding, errors))
        return nullptr;
    return decodeBytes(in, bytesData(self), encoding.get(), errors.get());
}

constexpr char kHexDigits[] = "0123456789abcdef";

// hex(sep=None, bytes_per_sep=1): a one-character separator between groups of bytes_per_sep
// bytes, the groups counted from the right end (from the left when negative), as
// _Py_strhex_impl writes them.
ObjRef bHex(Interpreter& in, Object* self, CallArgs& args) {
    if (!clinicArgs(in, args, "hex", {"sep", "bytes_per_sep"}, 0))
        return nullptr;
    ObjRef sep = args.positional.empty() ? nullptr : args.positional[0];
    ObjRef group = args.positional.size() < 2 ? nullptr : args.positional[1];
    std::int64_t every = 1;
    if (group) {
        auto n = intArg(in, group.get());
        if (!n)
            return nullptr;
        every = *n;
    }
    char sepChar = 0;
    if (sep && sep->tag != rt::Tag::None) {
        const bool isText = isStr(sep.get());
        if (!isText && sep->tag != rt::Tag::Bytes) { // its length is asked for first
            rt::CallArgs lenArgs{{sep}, {}};
            ObjRef length = in.call(in.builtin("len").get(), lenArgs);
            if (!length)
                return nullptr;
            if (auto k = intArg(in, length.get()); !k || *k != 1)
                return k ? in.raise("ValueError", "sep must be length 1.") : nullptr;
            return in.raise("TypeError", "sep must be str or bytes.");
        }
        const std::string& t = isText ? text(sep.get()) : bytesData(sep.get());
        const auto length =
            isText ? std::count_if(t.begin(), t.end(), [](char c) { return (c & 0xC0) != 0x80; })
                   : static_cast<std::ptrdiff_t>(t.size());
        if (length != 1)
            return in.raise("ValueError", "sep must be length 1.");
        if (static_cast<unsigned char>(t[0]) > 127)
            return in.raise("ValueError", "sep must be ASCII.");
        sepChar = t[0];
    }
    const std::string& data = bytesData(self);
    const auto n = static_cast<std::int64_t>(data.size());
    const std::int64_t size = every < 0 ? -every : every;
    std::string out;
    for (std::int64_t i = 0; i < n; ++i) {
        // A separator before byte i when a group ends there: counted from the end for a
        // positive bytes_per_sep, from the start for a negative one.
        const std::int64_t before = every > 0 ? n - i : i;
        if (sepChar && size > 0 && i > 0 && before % size == 0)
            out += sepChar;
        const auto c = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
        out += kHexDigits[c >> 4];
        out += kHexDigits[c & 15];
    }
    return in.newStr(std::move(out));
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    c = static_cast<char>(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// bytes.fromhex / bytearray.fromhex: self is the class.
ObjRef bFromhex(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "fromhex") || !argCount(in, args, self, "fromhex", 1, 1))
        return nullptr;
    Object* arg = args.positional[0].get();
    if (!isStr(arg))
        return in.raise("TypeError",
                        "fromhex() argument must be str, not " + std::string(in.typeName(arg)));
    const std::string& t = text(arg);
    std::string out;
    // Positions are in characters; a non-ASCII character is never a digit, so it is the error.
    std::size_t chars = 0;
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '\v' ||
            t[i] == '\f') {
            ++i;
            ++chars;
            continue;
        }
        const int hi = hexValue(t[i]);
        const int lo = i + 1 < t.size() ? hexValue(t[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return in.raise("ValueError",
                            "non-hexadecimal number found in fromhex() arg at position " +
                                std::to_string(hi < 0 ? chars : chars + 1));
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        chars += 2;
    }
    const bool array = self->tag == rt::Tag::Type &&
                       static_cast<rt::TypeObject*>(self)->instanceTag == rt::Tag::ByteArray;
    return array ? ObjRef(in.heap().newByteArray(std::move(out)))
                 : in.heap().newBytes(std::move(out));
}

// byteorder (and the other arguments) of to_bytes/from_bytes: false with the error set.
bool littleEndian(Interpreter& in, Object* order, bool& little) {
    if (!order) {
        little = false;
        return true;
    }
    if (!isStr(order)) {
        in.raise("TypeError", "to_bytes() argument 'byteorder' must be str, not " +
                                  std::string(in.typeName(order)));
        return false;
    }
    if (text(order) != "little" && text(order) != "big") {
        in.raise("ValueError", "byteorder must be either 'little' or 'big'");
        return false;
    }
    little = text(order) == "little";
    return true;
}

numeric::BigInt powerOf256(std::size_t n) {
    return *numeric::BigInt::fromString("1" + std::string(2 * n, '0'), 16);
}

ObjRef intToBytes(Interpreter& in, Object* self, CallArgs& args) {
    if (!keywordParserCount(in, args, "to_bytes", 2, 3))
        return nullptr;
    ObjRef length = takeKeyword(args, "length");
    ObjRef order = takeKeyword(args, "byteorder");
    ObjRef isSigned = takeKeyword(args, "signed");
    if (!noMoreKeywords(in, args, "to_bytes"))
        return nullptr;
    if (!args.positional.empty())
        length = args.positional[0];
    if (args.positional.size() > 1)
        order = args.positional[1];
    std::int64_t n = 1;
    if (length) {
        auto v = intArg(in, length.get());
        if (!v)
            return nullptr;
        n = *v;
    }
    if (n < 0)
        return in.raise("ValueError", "length argument must be non-negative");
    bool little = false;
    if (!littleEndian(in, order.get(), little))
        return nullptr;
    const int sign = isSigned ? in.truthy(isSigned.get()) : 0;
    if (sign < 0)
        return nullptr;
    if (!in.heap().canAllocate(static_cast<std::uint64_t>(n) * 3))
        return in.memoryLimit();
    numeric::BigInt v = self->tag == rt::Tag::Bool
                            ? numeric::BigInt::fromInt64(static_cast<rt::BoolObject*>(self)->value)
                            : static_cast<rt::IntObject*>(self)->toBig();
    if (v.isNegative() && !sign)
        return in.raise("OverflowError", "can't convert negative int to unsigned");
    const auto bytes = static_cast<std::size_t>(n);
    const std::uint64_t bits =
        v.isNegative() ? (-(v + numeric::BigInt::fromInt64(1))).bitLength() : v.bitLength();
    if (bits + (sign ? 1 : 0) > 8 * static_cast<std::uint64_t>(bytes))
        return in.raise("OverflowError", "int too big to convert");
    if (bytes == 0)
        return in.heap().newBytes({});
    if (v.isNegative())
        v += powerOf256(bytes);
    std::string digits = v.toString(16);
    digits.insert(0, 2 * bytes - digits.size(), '0');
    std::string out;
    for (std::size_t i = 0; i < bytes; ++i)
        out += static_cast<char>(hexValue(digits[2 * i]) * 16 + hexValue(digits[2 * i + 1]));
    if (little)
        std::reverse(out.begin(), out.end());
    return in.heap().newBytes(std::move(out));
}

// int.from_bytes: self is the class.
ObjRef intFromBytes(Interpreter& in, Object*, CallArgs& args) {
    if (!keywordParserCount(in, args, "from_bytes", 2, 3))
        return nullptr;
    ObjRef source = takeKeyword(args, "bytes");
    ObjRef order = takeKeyword(args, "byteorder");
    ObjRef isSigned = takeKeyword(args, "signed");
    if (!source && args.positional.empty())
        return in.raise("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)");
    if (!noMoreKeywords(in, args, "from_bytes"))
        return nullptr;
    if (!args.positional.empty())
        source = args.positional[0];
    if (args.positional.size() > 1)
        order = args.positional[1];
    if (!source)
        return in.raise("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)");
    if (isStr(source.get()))
        return in.raise("TypeError", "cannot convert 'str' object to bytes");
    std::string data;
    if ((overridesLen(in, source.get()) && !in.lengthHint(source.get(), 0, 1)) ||
        !bytesFromIterable(in, source.get(), data, "bytes", "bytes must be in range(0, 256)"))
        return nullptr;
    bool little = false;
    if (!littleEndian(in, order.get(), little))
        return nullptr;
    const int sign = isSigned ? in.truthy(isSigned.get()) : 0;
    if (sign < 0)
        return nullptr;
    if (little)
        std::reverse(data.begin(), data.end());
    std::string digits = "0";
    for (char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        digits += kHexDigits[c >> 4];
        digits += kHexDigits[c & 15];
    }
    numeric::BigInt v = *numeric::BigInt::fromString(digits, 16);
    if (sign && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80))
        v -= powerOf256(data.size());
    return in.heap().newInt(std::move(v));
}

} // namespace

void registerBytesConversions(MethodTables& t) {
    t[static_cast<std::size_t>(rt::Tag::Str)]["encode"] = strEncode;
    for (rt::Tag tag : {rt::Tag::Bytes, rt::Tag::ByteArray}) {
        auto& m = t[static_cast<std::size_t>(tag)];
        m["decode"] = bDecode;
        m["hex"] = bHex;
        m["fromhex"] = bFromhex;
    }
    for (rt::Tag tag : {rt::Tag::Int, rt::Tag::Bool}) {
        t[static_cast<std::size_t>(tag)]["to_bytes"] = intToBytes;
        t[static_cast<std::size_t>(tag)]["from_bytes"] = intFromBytes;
    }
}

} // namespace memstep::core::interp
