// The methods and data attributes of int, bool, float and range: bit_length, bit_count,
// as_integer_ratio, conjugate, hex, count, index; real, imag, numerator, denominator. bool
// inherits int's, so every int method reads its operand through intValueOf, never by casting a
// bool to an int. The attributes return the very objects CPython returns (`x.real is x` for an
// int, a new 0.0 for a float's imag) because the diagram shows identity.
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"
#include "numeric/float_format.h"
#include "numeric/float_hex.h"

#include <bit>
#include <cmath>
#include <cstdio>

namespace memstep::core::interp {

namespace {

numeric::BigInt intValueOf(const Object* o) {
    if (o->tag == rt::Tag::Bool)
        return numeric::BigInt::fromInt64(static_cast<const rt::BoolObject*>(o)->value ? 1 : 0);
    return static_cast<const rt::IntObject*>(o)->toBig();
}

// int(x) of an int or a bool: an exact int is itself (long_long), a bool its int value (a
// cached small int).
ObjRef exactInt(Interpreter& in, Object* o) {
    if (o->tag == rt::Tag::Int)
        return exactValue(in, ObjRef(o)); // long_long: a plain int for Num(3)
    return in.heap().newInt(static_cast<rt::BoolObject*>(o)->value ? 1 : 0);
}

ObjRef intBitLength(Interpreter& in, Object* self, CallArgs& args) {
    if (!noArguments(in, args, "int.bit_length"))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(intValueOf(self).bitLength()));
}

ObjRef intBitCount(Interpreter& in, Object* self, CallArgs& args) {
    if (!noArguments(in, args, "int.bit_count"))
        return nullptr;
    const Object* o = self;
    std::int64_t ones = 0;
    if (o->tag == rt::Tag::Int && !static_cast<const rt::IntObject*>(o)->isBig()) {
        std::int64_t v = static_cast<const rt::IntObject*>(o)->small;
        std::uint64_t magnitude = v < 0 ? 0 - static_cast<std::uint64_t>(v) : v;
        ones = std::popcount(magnitude);
    } else {
        // Hexadecimal digits of |x| through the public API: four bits each.
        std::string hex = intValueOf(o).abs().toString(16);
        for (std::size_t i = 0; i < hex.size(); ++i) {
            char c = hex[i];
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            if (d >= 0 && d < 16)
                ones += std::popcount(static_cast<unsigned>(d));
            if (i % kTextChunk == 0 && in.pollStop())
                return nullptr;
        }
    }
    return in.heap().newInt(ones);
}

ObjRef intConjugate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noArguments(in, args, "int.conjugate"))
        return nullptr;
    return exactInt(in, self);
}

ObjRef intAsIntegerRatio(Interpreter& in, Object* self, CallArgs& args) {
    if (!noArguments(in, args, "int.as_integer_ratio"))
        return nullptr;
    return in.heap().newTuple({exactInt(in, self), in.heap().newInt(1)});
}

ObjRef floatIsInteger(Interpreter& in, Object* self, CallArgs& args) {
    if (!noArguments(in, args, "float.is_integer"))
        return nullptr;
    return in.boolean(numeric::floatIsInteger(static_cast<rt::FloatObject*>(self)->value));
}

ObjRef floatConjugate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noArguments(in, args, "float.conjugate"))
        return nullptr;
    return exactValue(in, ObjRef(self));
}

ObjRef floatAsIntegerRatio(Interpreter& in, Object* self, CallArgs& args) {
    if (!noArguments(in, args, "float.as_integer_ratio"))
        return nullptr;
    double v = static_cast<rt::FloatObject*>(self)->value;
    if (std::isinf(v))
        return in.raise("OverflowError", "cannot convert Infinity to integer ratio");
    if (std::isnan(v))
        return in.raise("ValueError", "cannot convert NaN to integer ratio");
    // v = mantissa * 2**exponent with an integral mantissa: shift its bits out one by one, as
    // float_as_integer_ratio does, then move the power of two to the side it belongs on.
    int exponent = 0;
    double mantissa = std::frexp(v, &exponent);
    for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
        mantissa *= 2.0;
        --exponent;
    }
    numeric::Result<numeric::BigInt> num = numeric::BigInt::fromDouble(mantissa);
    if (!num.ok())
        return intFromResult(in, std::move(num));
    numeric::BigInt numerator = num.value();
    numeric::BigInt denominator = numeric::BigInt::fromInt64(1);
    if (exponent > 0)
        numerator = numerator.shiftLeft(static_cast<std::uint64_t>(exponent));
    else
        denominator = denominator.shiftLeft(static_cast<std::uint64_t>(-exponent));
    return in.heap().newTuple(
        {in.heap().newInt(std::move(numerator)), in.heap().newInt(std::move(denominator))});
}

// float.hex(): "0x1.8000000000000p+0", CPython's float_hex (13 hexadecimal digits after the
// point, the exponent of a normal number; subnormals keep the exponent -1022).
ObjRef floatHex(Interpreter& in, Object* self, CallArgs& args) {
    if (!noArguments(in, args, "float.hex"))
        return nullptr;
    double v = static_cast<rt::FloatObject*>(self)->value;
    if (std::isnan(v) || std::isinf(v))
        return in.newStr(numeric::floatRepr(v));
    if (v == 0.0)
        return in.newStr(std::signbit(v) ? "-0x0.0p+0" : "0x0.0p+0");
    std::string out = v < 0 ? "-0x" : "0x";
    int exponent = 0;
    double m = std::frexp(std::fabs(v), &exponent); // m in [0.5, 1)
    int shift = 1 - std::max(-1021 - exponent, 0);
    m = std::ldexp(m, shift);
    exponent -= shift;
    auto digit = [](int d) { return "0123456789abcdef"[d]; };
    int lead = static_cast<int>(m);
    out += digit(lead);
    m -= lead;
    out += '.';
    for (int i = 0; i < 13; ++i) {
        m *= 16.0;
        int d = static_cast<int>(m);
        out += digit(d);
        m -= d;
    }
    out += 'p';
    out += exponent < 0 ? '-' : '+';
    out += std::to_string(exponent < 0 ? -exponent : exponent);
    return in.newStr(std::move(out));
}

// float.fromhex(string), a classmethod (bound to float; `x.fromhex(s)` passes the instance).
ObjRef floatFromhex(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "float.fromhex"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "float.fromhex() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    Object* text = args.positional[0].get();
    if (text->tag != rt::Tag::Str)
        return in.raise("TypeError", "bad argument type for built-in operation");
    auto value = numeric::floatFromHex(static_cast<rt::StrObject*>(text)->text);
    if (!value)
        return in.raise(value.error().type.c_str(), value.error().message);
    return in.heap().newFloat(*value);
}

// range.count(x) and range.index(x): an int (or bool) is found arithmetically, anything else by
// comparing every item, as _PySequence_IterSearch does. Returns the count, or the index (-1 when
// absent); nullopt with the exception set.
std::optional<std::int64_t> rangeSearch(Interpreter& in, rt::RangeObject* r, Object* x,
                                        bool wantIndex) {
    if (x->tag == rt::Tag::Int || x->tag == rt::Tag::Bool) {
        numeric::BigInt v = intValueOf(x);
        if (!v.fitsInt64())
            return wantIndex ? -1 : 0;
        std::int64_t n = v.toInt64();
        std::int64_t len = r->length();
        if (len == 0)
            return wantIndex ? -1 : 0;
        // Offsets are computed in unsigned arithmetic: n - start may overflow int64.
        auto offset = static_cast<std::uint64_t>(n) - static_cast<std::uint64_t>(r->start);
        auto step = static_cast<std::uint64_t>(r->step);
        bool below = r->step > 0 ? n < r->start : n > r->start;
        if (below)
            return wantIndex ? -1 : 0;
        std::uint64_t magnitude = r->step > 0 ? offset : 0 - offset;
        std::uint64_t stepMagnitude = r->step > 0 ? step : 0 - step;
        if (magnitude % stepMagnitude != 0)
            return wantIndex ? -1 : 0;
        std::uint64_t index = magnitude / stepMagnitude;
        if (index >= static_cast<std::uint64_t>(len))
            return wantIndex ? -1 : 0;
        return wantIndex ? static_cast<std::int64_t>(index) : 1;
    }
    std::int64_t len = r->length();
    std::int64_t count = 0;
    for (std::int64_t i = 0; i < len; ++i) {
        if (in.pollStop())
            return std::nullopt;
        ObjRef item = in.heap().newInt(r->start + i * r->step);
        bool eq = in.equals(item.get(), x);
        if (in.hasException() || in.aborted())
            return std::nullopt;
        if (eq) {
            if (wantIndex)
                return i;
            ++count;
        }
    }
    return wantIndex ? -1 : count;
}

ObjRef rangeCount(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "count") || !argCount(in, args, self, "count", 1, 1))
        return nullptr;
    auto n = rangeSearch(in, static_cast<rt::RangeObject*>(self), args.positional[0].get(), false);
    return n ? in.heap().newInt(*n) : nullptr;
}

ObjRef rangeIndex(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "index") || !argCount(in, args, self, "index", 1, 1))
        return nullptr;
    Object* x = args.positional[0].get();
    auto n = rangeSearch(in, static_cast<rt::RangeObject*>(self), x, true);
    if (!n)
        return nullptr;
    if (*n >= 0)
        return in.heap().newInt(*n);
    if (x->tag != rt::Tag::Int && x->tag != rt::Tag::Bool)
        return in.raise("ValueError", "sequence.index(x): x not in sequence");
    auto text = in.repr(x);
    return text ? in.raise("ValueError", *text + " is not in range") : nullptr;
}

// int.__add__(a, b), float.__lt__(a, b)...: the operator when the other operand is a number
// this type knows (an int or a bool for int; those and a float for float), NotImplemented
// otherwise, as CPython's slot wrappers answer (int.__add__(1, 2.0) is NotImplemented).
bool handles(const Object* self, const Object* other) {
    rt::Tag t = other->tag;
    if (t == rt::Tag::Int || t == rt::Tag::Bool)
        return true;
    return t == rt::Tag::Float && self->tag == rt::Tag::Float;
}

std::string binaryName(syntax::Operator op, bool reflected) {
    const char* base = op == syntax::Operator::Add        ? "add"
                       : op == syntax::Operator::Sub      ? "sub"
                       : op == syntax::Operator::Mult     ? "mul"
                       : op == syntax::Operator::Div      ? "truediv"
                       : op == syntax::Operator::FloorDiv ? "floordiv"
                                                          : "mod";
    return std::string("__") + (reflected ? "r" : "") + base + "__";
}

std::string compareName(syntax::CmpOperator op) {
    const char* base = op == syntax::CmpOperator::Eq      ? "eq"
                       : op == syntax::CmpOperator::NotEq ? "ne"
                       : op == syntax::CmpOperator::Lt    ? "lt"
                       : op == syntax::CmpOperator::LtE   ? "le"
                       : op == syntax::CmpOperator::Gt    ? "gt"
                                                          : "ge";
    return std::string("__") + base + "__";
}

bool dunderArgs(Interpreter& in, CallArgs& args, const std::string& name) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", "wrapper " + name + "() takes no keyword arguments");
        return false;
    }
    if (args.positional.size() == 1)
        return true;
    in.raise("TypeError", "expected 1 argument, got " + std::to_string(args.positional.size()));
    return false;
}

template <syntax::Operator Op, bool Reflected>
ObjRef numberBinary(Interpreter& in, Object* self, CallArgs& args) {
    if (!dunderArgs(in, args, binaryName(Op, Reflected)))
        return nullptr;
    Object* other = args.positional[0].get();
    if (!handles(self, other))
        return in.notImplemented();
    return Reflected ? in.binary(Op, other, self) : in.binary(Op, self, other);
}

template <syntax::CmpOperator Op>
ObjRef numberCompare(Interpreter& in, Object* self, CallArgs& args) {
    if (!dunderArgs(in, args, compareName(Op)))
        return nullptr;
    Object* other = args.positional[0].get();
    if (!handles(self, other))
        return in.notImplemented();
    int r = in.compare(Op, self, other);
    return r < 0 ? nullptr : in.boolean(r == 1);
}

struct NumberDunder {
    const char* name;
    rt::NativeFn fn;
};

const NumberDunder kNumberDunders[] = {
    {"__add__", numberBinary<syntax::Operator::Add, false>},
    {"__radd__", numberBinary<syntax::Operator::Add, true>},
    {"__sub__", numberBinary<syntax::Operator::Sub, false>},
    {"__rsub__", numberBinary<syntax::Operator::Sub, true>},
    {"__mul__", numberBinary<syntax::Operator::Mult, false>},
    {"__rmul__", numberBinary<syntax::Operator::Mult, true>},
    {"__truediv__", numberBinary<syntax::Operator::Div, false>},
    {"__rtruediv__", numberBinary<syntax::Operator::Div, true>},
    {"__floordiv__", numberBinary<syntax::Operator::FloorDiv, false>},
    {"__rfloordiv__", numberBinary<syntax::Operator::FloorDiv, true>},
    {"__mod__", numberBinary<syntax::Operator::Mod, false>},
    {"__rmod__", numberBinary<syntax::Operator::Mod, true>},
    {"__eq__", numberCompare<syntax::CmpOperator::Eq>},
    {"__ne__", numberCompare<syntax::CmpOperator::NotEq>},
    {"__lt__", numberCompare<syntax::CmpOperator::Lt>},
    {"__le__", numberCompare<syntax::CmpOperator::LtE>},
    {"__gt__", numberCompare<syntax::CmpOperator::Gt>},
    {"__ge__", numberCompare<syntax::CmpOperator::GtE>},
};

} // namespace

ObjRef numberAttribute(Interpreter& in, Object* o, const std::string& name) {
    if (o->tag == rt::Tag::Complex)
        return complexAttribute(in, o, name);
    if (o->tag == rt::Tag::Float) {
        if (name == "real")
            return exactValue(in, ObjRef(o)); // float_float
        if (name == "imag")
            return in.heap().newFloat(0.0);
        return nullptr;
    }
    if (name == "real" || name == "numerator")
        return exactInt(in, o);
    if (name == "imag")
        return in.heap().newInt(0);
    if (name == "denominator")
        return in.heap().newInt(1);
    return nullptr;
}

void registerNumberMethods(MethodTables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) {
        t[static_cast<std::size_t>(tag)][name] = fn;
    };
    for (rt::Tag tag : {rt::Tag::Int, rt::Tag::Bool}) {
        reg(tag, "bit_length", intBitLength);
        reg(tag, "bit_count", intBitCount);
        reg(tag, "conjugate", intConjugate);
        reg(tag, "as_integer_ratio", intAsIntegerRatio);
    }
    reg(rt::Tag::Float, "is_integer", floatIsInteger);
    reg(rt::Tag::Float, "conjugate", floatConjugate);
    reg(rt::Tag::Float, "as_integer_ratio", floatAsIntegerRatio);
    reg(rt::Tag::Float, "hex", floatHex);
    reg(rt::Tag::Float, "fromhex", floatFromhex);
    for (const NumberDunder& d : kNumberDunders)
        for (rt::Tag tag : {rt::Tag::Int, rt::Tag::Bool, rt::Tag::Float})
            reg(tag, d.name, d.fn);
    reg(rt::Tag::Range, "count", rangeCount);
    reg(rt::Tag::Range, "index", rangeIndex);
}

} // namespace memstep::core::interp
