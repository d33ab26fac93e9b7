// Decimal's operators (with Decimals, ints and bools; a float or any other operand gives
// NotImplemented, so `Decimal(1) + 1.5` is the interpreter's TypeError), comparisons (floats
// compared exactly), hash, conversions, rounding and the plain methods, in the current context.
#include "interp/builtins/builtins_util.h"
#include "interp/operators/binary_operators.h"
#include "modules/decimal/decimal.h"

#include <cmath>
#include <cstdlib>
#include <utility>

namespace memstep::core::modules::decimal {

using interp::CallArgs;

namespace {

DecObject* selfOf(Interpreter& in, Object* self, const char* name) {
    DecObject* d = asDecimal(self);
    if (!d)
        wrongSelf(in, "decimal.Decimal", name, self);
    return d;
}

// One argument, no keywords: the other operand of an operator.
DecObject* binarySelf(Interpreter& in, Object* self, CallArgs& args, const char* name) {
    DecObject* d = selfOf(in, self, name);
    if (!d || !interp::noKeywords(in, args, self, name) ||
        !interp::argCount(in, args, self, name, 1, 1))
        return nullptr;
    return d;
}

bool isFractionObject(Object* o) {
    if (o->tag != rt::Tag::Instance)
        return false;
    const rt::TypeObject* t = static_cast<rt::InstanceObject*>(o)->cls;
    return t->isLibrary && t->name == "Fraction";
}

enum class Op { Add, Sub, Mul, Div, FloorDiv, Mod, DivMod };

struct OpDef {
    Op op;
    const char* forward;
    const char* reverse;
};

constexpr OpDef kOps[] = {
    {Op::Add, "__add__", "__radd__"},
    {Op::Sub, "__sub__", "__rsub__"},
    {Op::Mul, "__mul__", "__rmul__"},
    {Op::Div, "__truediv__", "__rtruediv__"},
    {Op::FloorDiv, "__floordiv__", "__rfloordiv__"},
    {Op::Mod, "__mod__", "__rmod__"},
    {Op::DivMod, "__divmod__", "__rdivmod__"},
};

ObjRef apply(Interpreter& in, DecClass* cls, Op op, const Number& a, const Number& b) {
    const Context& c = currentContext(cls);
    switch (op) {
    case Op::Add:
        return deliver(in, cls, add(a, b, c, false));
    case Op::Sub:
        return deliver(in, cls, add(a, b, c, true));
    case Op::Mul:
        return deliver(in, cls, multiply(a, b, c));
    case Op::Div:
        return deliver(in, cls, divide(a, b, c));
    case Op::FloorDiv:
        return deliver(in, cls, divideInteger(a, b, c));
    case Op::Mod:
        return deliver(in, cls, remainder(a, b, c));
    case Op::DivMod: {
        if (b.isZero() && !a.isSpecial() && !a.isZero())
            return deliver(in, cls, Outcome{{}, Signal::DivModByZero, {}});
        ObjRef q = deliver(in, cls, divideInteger(a, b, c));
        if (!q)
            return nullptr;
        ObjRef r = deliver(in, cls, remainder(a, b, c));
        return r ? in.heap().newTuple({q, r}) : nullptr;
    }
    }
    return nullptr;
}

template <std::size_t I, bool Reverse> ObjRef arith(Interpreter& in, Object* self, CallArgs& args) {
    const OpDef& def = kOps[I];
    DecObject* d = binarySelf(in, self, args, Reverse ? def.reverse : def.forward);
    if (!d)
        return nullptr;
    Object* other = args.positional[0].get();
    std::optional<Number> v = operandValue(other);
    if (!v)
        return in.notImplemented(); // a float, a Fraction...: TypeError, as in CPython
    return Reverse ? apply(in, decClassOf(d), def.op, *v, d->value)
                   : apply(in, decClassOf(d), def.op, d->value, *v);
}

// The integer value of a power's exponent: an int, or a Decimal of integral value (2, 2.00,
// 2E+1), which _decimal raises to alike.
std::optional<BigInt> integralExponent(Object* o) {
    if (interp::ops::isIntLike(o))
        return interp::ops::bigValue(o);
    DecObject* d = asDecimal(o);
    if (!d || d->value.isSpecial() || d->value.exp > 20)
        return std::nullopt;
    const Number& x = d->value;
    if (x.exp < 0 && compare(rescale(x, 0, Rounding::Down), x) != 0)
        return std::nullopt;
    return truncate(x);
}

template <bool Reverse> ObjRef powFn(Interpreter& in, Object* self, CallArgs& args) {
    const char* name = Reverse ? "__rpow__" : "__pow__";
    DecObject* d = selfOf(in, self, name);
    if (!d || !interp::noKeywords(in, args, self, name) ||
        !interp::argCount(in, args, self, name, 1, 2))
        return nullptr;
    if (args.positional.size() == 2 && args.positional[1]->tag != rt::Tag::None)
        return in.abortUnsupported("pow() of a Decimal with a modulus");
    Object* other = args.positional[0].get();
    if (!operandValue(other))
        return in.notImplemented(); // Decimal ** Fraction(3) is then Fraction.__rpow__'s
    Number base = Reverse ? *operandValue(other) : d->value;
    std::optional<BigInt> n = integralExponent(Reverse ? self : other);
    if (!n)
        return in.abortUnsupported("a Decimal power with a non-integral exponent");
    return deliver(in, decClassOf(d), powerInt(base, *n, currentContext(decClassOf(d))));
}

// The other side of a comparison, exactly; nullopt for a type Decimal does not compare with.
std::optional<Number> comparand(Object* o) {
    if (std::optional<Number> v = operandValue(o))
        return v;
    if (o->tag == rt::Tag::Float)
        return fromDouble(static_cast<rt::FloatObject*>(o)->value);
    return std::nullopt;
}

// 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=.
template <int Cmp> ObjRef compareFn(Interpreter& in, Object* self, CallArgs& args) {
    static constexpr const char* kNames[] = {"__eq__", "__ne__", "__lt__",
                                             "__le__", "__gt__", "__ge__"};
    DecObject* d = binarySelf(in, self, args, kNames[Cmp]);
    if (!d)
        return nullptr;
    Object* other = args.positional[0].get();
    std::optional<Number> v = comparand(other);
    if (!v) {
        // _decimal compares these by value (Decimal(1) == 1+0j is True); a complex has no order.
        if (isFractionObject(other) || (other->tag == rt::Tag::Complex && Cmp <= 1))
            return in.abortUnsupported("comparing a Decimal with a Fraction or complex");
        return in.notImplemented();
    }
    if (d->value.isNaN() || v->isNaN()) {
        if (d->value.kind == Kind::SNaN || v->kind == Kind::SNaN)
            return deliver(in, decClassOf(d), Outcome{{}, Signal::InvalidOperation, {}});
        if (Cmp <= 1)
            return in.boolean(Cmp == 1);
        return deliver(in, decClassOf(d), Outcome{{}, Signal::InvalidOperation, {}});
    }
    const int c = compare(d->value, *v);
    const bool r = Cmp == 0   ? c == 0
                   : Cmp == 1 ? c != 0
                   : Cmp == 2 ? c < 0
                   : Cmp == 3 ? c <= 0
                   : Cmp == 4 ? c > 0
                              : c >= 0;
    return in.boolean(r);
}

ObjRef noArgSelf(Interpreter& in, Object* self, CallArgs& args, const char* name, DecObject*& d) {
    d = selfOf(in, self, name);
    if (!d || !interp::noKeywords(in, args, self, name) ||
        !interp::argCount(in, args, self, name, 0, 0))
        return nullptr;
    return ObjRef(self);
}

ObjRef hashFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, "__hash__", d))
        return nullptr;
    if (d->value.isNaN())
        return in.abortUnsupported("hashing a Decimal NaN");
    return in.heap().newInt(hashOf(d->value));
}

ObjRef boolFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, "__bool__", d))
        return nullptr;
    return in.boolean(!d->value.isZero());
}

// int() and the roundings to an integer: ValueError for a NaN, OverflowError for an infinity.
ObjRef integral(Interpreter& in, const Number& x, Rounding r) {
    if (x.isNaN())
        return in.raise("ValueError", "cannot convert NaN to integer");
    if (x.kind == Kind::Infinite)
        return in.raise("OverflowError", "cannot convert Infinity to integer");
    if (x.exp > 100000)
        return in.abortUnsupported("int() of a Decimal with over 100000 digits");
    return in.heap().newInt(truncate(x.exp < 0 ? rescale(x, 0, r) : x));
}

template <Rounding R> ObjRef toIntFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, "__int__", d))
        return nullptr;
    return integral(in, d->value, R);
}

ObjRef floatFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, "__float__", d))
        return nullptr;
    if (d->value.kind == Kind::SNaN)
        return in.raise("ValueError", "cannot convert signaling NaN to float");
    if (d->value.isNaN())
        return in.heap().newFloat(d->value.negative ? -NAN : NAN);
    // strtod rounds correctly, as float(str(d)) does in CPython.
    const std::string text = toSci(d->value, true);
    return in.heap().newFloat(std::strtod(text.c_str(), nullptr));
}

ObjRef roundFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = selfOf(in, self, "__round__");
    if (!d || !interp::noKeywords(in, args, self, "__round__") ||
        !interp::argCount(in, args, self, "__round__", 0, 1))
        return nullptr;
    if (args.positional.empty())
        return integral(in, d->value, Rounding::HalfEven);
    Object* n = args.positional[0].get();
    if (!interp::ops::isIntLike(n))
        return in.raise("TypeError", "optional arg must be an integer");
    BigInt k = interp::ops::bigValue(n);
    if (!k.fitsInt64() || std::llabs(k.toInt64()) > 999999999)
        return in.abortUnsupported("round() of a Decimal to more than 999999999 places");
    const Context& c = currentContext(decClassOf(d));
    return deliver(in, decClassOf(d), quantize(d->value, -k.toInt64(), c.rounding, c));
}

template <int Which> ObjRef unaryFn(Interpreter& in, Object* self, CallArgs& args) {
    static constexpr const char* kNames[] = {"__neg__", "__pos__", "__abs__"};
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, kNames[Which], d))
        return nullptr;
    const Context& c = currentContext(decClassOf(d));
    return deliver(in, decClassOf(d),
                   Which == 0   ? negate(d->value, c)
                   : Which == 1 ? plus(d->value, c)
                                : absolute(d->value, c));
}

template <bool Repr> ObjRef textFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, Repr ? "__repr__" : "__str__", d))
        return nullptr;
    const std::string s = toSci(d->value, currentContext(decClassOf(d)).capitals != 0);
    return in.newStr(Repr ? "Decimal('" + s + "')" : s);
}

ObjRef formatFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = selfOf(in, self, "__format__");
    if (!d || !interp::argCount(in, args, self, "__format__", 1, 1))
        return nullptr;
    if (!interp::isStr(args.positional[0].get()))
        return in.raise("TypeError", "format arg must be str");
    return formatDecimal(in, d->value, interp::text(args.positional[0].get()),
                         currentContext(decClassOf(d)));
}

// The rounding= argument of quantize(): a rounding constant or None.
bool roundingArg(Interpreter& in, Object* r, Rounding& out) {
    if (r->tag == rt::Tag::None)
        return true;
    std::optional<Rounding> v = interp::isStr(r) ? roundingFromName(interp::text(r)) : std::nullopt;
    if (!v) {
        in.raise("TypeError", "valid values for rounding are:\n"
                              "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                              "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                              "   ROUND_05UP]");
        return false;
    }
    out = *v;
    return true;
}

ObjRef quantizeFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = selfOf(in, self, "quantize");
    if (!d)
        return nullptr;
    // _decimal parses quantize's arguments with a format that gives no name, so its errors
    // say "function".
    const std::size_t given = args.positional.size() + args.keywords.size();
    if (given > 3)
        return in.raise("TypeError",
                        "function takes at most 3 arguments (" + std::to_string(given) + " given)");
    ObjRef exp = interp::takeKeyword(args, "exp");
    ObjRef rounding = interp::takeKeyword(args, "rounding");
    auto& pos = args.positional;
    if ((exp && !pos.empty()) || (rounding && pos.size() > 1))
        return in.raise("TypeError", std::string("argument for function given by name ('") +
                                         (exp && !pos.empty() ? "exp') and position (1)"
                                                              : "rounding') and position (2)"));
    if (interp::takeKeyword(args, "context"))
        return in.abortUnsupported("Decimal.quantize(..., context=...)");
    if (!interp::noMoreKeywords(in, args, "quantize"))
        return nullptr;
    if (pos.size() == 3)
        return in.abortUnsupported("Decimal.quantize(..., context)");
    if (!exp && !pos.empty())
        exp = pos[0];
    if (!rounding && pos.size() == 2)
        rounding = pos[1];
    if (!exp)
        return in.raise("TypeError", "function missing required argument 'exp' (pos 1)");
    const Context& c = currentContext(decClassOf(d));
    Rounding r = c.rounding;
    if (rounding && !roundingArg(in, rounding.get(), r))
        return nullptr;
    std::optional<Number> e = operandValue(exp.get());
    if (!e)
        return in.raise("TypeError", std::string("conversion from ") + in.typeName(exp.get()) +
                                         " to Decimal is not supported");
    if (e->isSpecial())
        return in.abortUnsupported("Decimal.quantize() to an infinity or NaN");
    return deliver(in, decClassOf(d), quantize(d->value, e->exp, r, c));
}

ObjRef sqrtFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = selfOf(in, self, "sqrt");
    if (!d)
        return nullptr;
    if (!args.keywords.empty() || !args.positional.empty())
        return in.abortUnsupported("Decimal.sqrt() with a context");
    return deliver(in, decClassOf(d), squareRoot(d->value, currentContext(decClassOf(d))));
}

// 0 is_zero, 1 is_nan, 2 is_infinite, 3 is_finite, 4 is_signed, 5 is_qnan, 6 is_snan.
template <int Which> ObjRef predicate(Interpreter& in, Object* self, CallArgs& args) {
    static constexpr const char* kNames[] = {"is_zero",   "is_nan",  "is_infinite", "is_finite",
                                             "is_signed", "is_qnan", "is_snan"};
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, kNames[Which], d))
        return nullptr;
    const Number& x = d->value;
    const bool r = Which == 0   ? x.isZero()
                   : Which == 1 ? x.isNaN()
                   : Which == 2 ? x.kind == Kind::Infinite
                   : Which == 3 ? !x.isSpecial()
                   : Which == 4 ? x.negative
                   : Which == 5 ? x.kind == Kind::NaN
                                : x.kind == Kind::SNaN;
    return in.boolean(r);
}

// 0 copy_abs, 1 copy_negate: exact, no context.
template <int Which> ObjRef copyOp(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, Which == 0 ? "copy_abs" : "copy_negate", d))
        return nullptr;
    Number x = d->value;
    x.negative = Which == 0 ? false : !x.negative;
    return newDecimal(in, decClassOf(d), std::move(x));
}

ObjRef adjustedFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, "adjusted", d))
        return nullptr;
    return in.heap().newInt(d->value.isSpecial() ? 0 : adjusted(d->value));
}

ObjRef normalizeFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = nullptr;
    if (!noArgSelf(in, self, args, "normalize", d))
        return nullptr;
    Outcome out = fix(d->value, currentContext(decClassOf(d)));
    if (out.signal == Signal::None && !out.value.isSpecial()) {
        Number& x = out.value;
        if (x.coef.isZero()) {
            x.exp = 0;
        } else {
            while (mpz_fdiv_ui(x.coef.gmp(), 10) == 0 &&
                   x.exp < currentContext(decClassOf(d)).emax) {
                x.coef = *x.coef.floorDiv(BigInt::fromInt64(10));
                ++x.exp;
            }
        }
    }
    return deliver(in, decClassOf(d), std::move(out));
}

ObjRef toIntegralFn(Interpreter& in, Object* self, CallArgs& args) {
    DecObject* d = selfOf(in, self, "to_integral_value");
    if (!d)
        return nullptr;
    ObjRef rounding = interp::takeKeyword(args, "rounding");
    if (!args.keywords.empty() || args.positional.size() > (rounding ? 0u : 1u))
        return in.abortUnsupported("Decimal.to_integral_value() with a context");
    if (!rounding && !args.positional.empty())
        rounding = args.positional[0];
    Rounding r = currentContext(decClassOf(d)).rounding;
    if (rounding && !roundingArg(in, rounding.get(), r))
        return nullptr;
    if (d->value.kind == Kind::SNaN)
        return deliver(in, decClassOf(d), Outcome{{}, Signal::InvalidOperation, {}});
    // A new object even when the value is already integral, as _decimal makes.
    if (d->value.isSpecial() || d->value.exp >= 0)
        return newDecimal(in, decClassOf(d), d->value);
    return newDecimal(in, decClassOf(d), rescale(d->value, 0, r));
}

// Decimal.from_float(f), a classmethod: the exact value of a float or an int.
ObjRef fromFloatFn(Interpreter& in, Object*, CallArgs& args) {
    Object* clsObj = args.positional.empty() ? nullptr : args.positional[0].get();
    if (!clsObj || clsObj->tag != rt::Tag::Type ||
        !isDecimalType(static_cast<rt::TypeObject*>(clsObj)))
        return in.abortUnsupported("Decimal.from_float() of a subclass or without its class");
    auto* cls = static_cast<DecClass*>(static_cast<rt::TypeObject*>(clsObj));
    if (!args.keywords.empty())
        return in.raise("TypeError", "Decimal.from_float() takes no keyword arguments");
    if (args.positional.size() != 2)
        return in.raise("TypeError", "Decimal.from_float() takes exactly one argument (" +
                                         std::to_string(args.positional.size() - 1) + " given)");
    Object* v = args.positional[1].get();
    if (v->tag == rt::Tag::Float)
        return newDecimal(in, cls, fromDouble(static_cast<rt::FloatObject*>(v)->value));
    if (interp::ops::isIntLike(v))
        return newDecimal(in, cls, fromInt(interp::ops::bigValue(v)));
    return in.raise("TypeError", "argument must be int or float");
}

// __copy__ and __deepcopy__: a Decimal is immutable, so it is its own copy.
template <bool deep> ObjRef copyFn(Interpreter& in, Object* self, CallArgs&) {
    if (!asDecimal(self)) {
        wrongSelf(in, "decimal.Decimal", deep ? "__deepcopy__" : "__copy__", self);
        return nullptr;
    }
    return ObjRef(self);
}

ObjRef setAttr(Interpreter& in, Object*, CallArgs& args) {
    std::string name = !args.positional.empty() && interp::isStr(args.positional[0].get())
                           ? interp::text(args.positional[0].get())
                           : "?";
    // A Decimal has no __dict__; its only data attributes are the getters real and imag.
    if (name == "real" || name == "imag")
        return in.raise("AttributeError",
                        "attribute '" + name + "' of 'decimal.Decimal' objects is not writable");
    return in.raise("AttributeError", "'decimal.Decimal' object has no attribute '" + name + "'");
}

} // namespace

void addDecimalMethods(Interpreter& in, DecClass* t) {
    auto pair = [&]<std::size_t I>(std::integral_constant<std::size_t, I>) {
        addNativeMethod(in, t, kOps[I].forward, arith<I, false>);
        addNativeMethod(in, t, kOps[I].reverse, arith<I, true>);
    };
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (pair(std::integral_constant<std::size_t, I>{}), ...);
    }
    (std::make_index_sequence<7>{});
    addNativeMethod(in, t, "__pow__", powFn<false>);
    addNativeMethod(in, t, "__rpow__", powFn<true>);
    addNativeMethod(in, t, "__eq__", compareFn<0>);
    addNativeMethod(in, t, "__ne__", compareFn<1>);
    addNativeMethod(in, t, "__lt__", compareFn<2>);
    addNativeMethod(in, t, "__le__", compareFn<3>);
    addNativeMethod(in, t, "__gt__", compareFn<4>);
    addNativeMethod(in, t, "__ge__", compareFn<5>);
    addNativeMethod(in, t, "__hash__", hashFn);
    addNativeMethod(in, t, "__bool__", boolFn);
    addNativeMethod(in, t, "__int__", toIntFn<Rounding::Down>);
    addNativeMethod(in, t, "__trunc__", toIntFn<Rounding::Down>);
    addNativeMethod(in, t, "__floor__", toIntFn<Rounding::Floor>);
    addNativeMethod(in, t, "__ceil__", toIntFn<Rounding::Ceiling>);
    addNativeMethod(in, t, "__float__", floatFn);
    addNativeMethod(in, t, "__round__", roundFn);
    addNativeMethod(in, t, "__neg__", unaryFn<0>);
    addNativeMethod(in, t, "__pos__", unaryFn<1>);
    addNativeMethod(in, t, "__abs__", unaryFn<2>);
    addNativeMethod(in, t, "__repr__", textFn<true>);
    addNativeMethod(in, t, "__str__", textFn<false>);
    addNativeMethod(in, t, "__format__", formatFn);
    addNativeMethod(in, t, "quantize", quantizeFn);
    addNativeMethod(in, t, "sqrt", sqrtFn);
    addNativeMethod(in, t, "is_zero", predicate<0>);
    addNativeMethod(in, t, "is_nan", predicate<1>);
    addNativeMethod(in, t, "is_infinite", predicate<2>);
    addNativeMethod(in, t, "is_finite", predicate<3>);
    addNativeMethod(in, t, "is_signed", predicate<4>);
    addNativeMethod(in, t, "is_qnan", predicate<5>);
    addNativeMethod(in, t, "is_snan", predicate<6>);
    addNativeMethod(in, t, "copy_abs", copyOp<0>);
    addNativeMethod(in, t, "copy_negate", copyOp<1>);
    addNativeMethod(in, t, "adjusted", adjustedFn);
    addNativeMethod(in, t, "normalize", normalizeFn);
    addNativeMethod(in, t, "to_integral_value", toIntegralFn);
    addNativeMethod(in, t, "to_integral", toIntegralFn);
    addNativeMethod(in, t, "__copy__", copyFn<false>);
    addNativeMethod(in, t, "__deepcopy__", copyFn<true>);
    addNativeMethod(in, t, "__setattr__", setAttr);
    addNativeMethod(in, t, "__delattr__", setAttr);
    for (const char* name : {"as_integer_ratio",
                             "as_tuple",
                             "canonical",
                             "compare",
                             "compare_signal",
                             "compare_total",
                             "compare_total_mag",
                             "conjugate",
                             "copy_sign",
                             "exp",
                             "fma",
                             "is_canonical",
                             "is_normal",
                             "is_subnormal",
                             "ln",
                             "log10",
                             "logb",
                             "logical_and",
                             "logical_invert",
                             "logical_or",
                             "logical_xor",
                             "max",
                             "max_mag",
                             "min",
                             "min_mag",
                             "next_minus",
                             "next_plus",
                             "next_toward",
                             "number_class",
                             "radix",
                             "remainder_near",
                             "rotate",
                             "same_quantum",
                             "scaleb",
                             "shift",
                             "to_eng_string",
                             "to_integral_exact",
                             "__complex__",
                             "__reduce__",
                             "__getstate__",
                             "__sizeof__"})
        addRefusedMethod(in, t, name);
    for (const char* name : {"real", "imag"})
        addRefusedAttribute(in, t, name);
    auto* fromFloat = in.heap().make<rt::DescriptorObject>();
    fromFloat->kind = rt::DescriptorObject::Kind::ClassMethod;
    fromFloat->func = in.makeBuiltin("from_float", fromFloatFn);
    t->dict.set("from_float", ObjRef(fromFloat));
}

} // namespace memstep::core::modules::decimal
