// The fractions module: Fraction, as CPython 3.11's Lib/fractions.py computes it.
//
// Fraction is a Python class there, so here it is a library class (TypeObject::isLibrary):
// the interpreter finds its methods, calls them and dispatches operators to them as it does
// for a program's class, while the diagram draws it and its instances by name only, as the
// reference tracer draws any class that is not the program's. Each method is a builtin
// standing in for the Python function (PythonSignature), so it binds like one and takes no
// steps. An instance keeps its value in the slots CPython names, `_numerator` and
// `_denominator` (int objects: Fraction(n) keeps n itself, as CPython does). The arithmetic
// follows fractions.py step for step (its gcd shortcuts decide the ZeroDivisionError texts);
// the int work that can fail or grow (**, //, %) goes through the interpreter's own int
// operators. Subclasses of Fraction and setting its attributes are refused as Unsupported; as a
// dict key or set item a Fraction compares through its __eq__ as a program's class does.
#include "interp/attributes/library_class.h"
#include "interp/builtins/builtins_util.h"
#include "interp/operators/binary_operators.h"
#include "modules/modules.h"
#include "modules/stdlib/fractions.h"

#include <algorithm>
#include <cmath>

namespace memstep::core::modules {

using interp::CallArgs;
using numeric::BigInt;
using syntax::Operator;

namespace fractions {

bool isFraction(const Object* o) {
    if (o->tag != rt::Tag::Instance)
        return false;
    const rt::TypeObject* t = static_cast<const rt::InstanceObject*>(o)->cls;
    return t->isLibrary && t->name == "Fraction";
}

Object* slot(Object* f, std::string_view name) {
    const ObjRef* v = static_cast<rt::InstanceObject*>(f)->attrs.find(name);
    return v ? v->get() : nullptr;
}

bool isRational(const Object* o) {
    return interp::ops::isIntLike(o) || isFraction(o);
}

Rational valueOf(Object* o) {
    if (isFraction(o))
        return {interp::ops::bigValue(slot(o, "_numerator")),
                interp::ops::bigValue(slot(o, "_denominator"))};
    return {interp::ops::bigValue(o), BigInt::fromInt64(1)};
}

BigInt gcd(const BigInt& a, const BigInt& b) {
    BigInt r;
    mpz_gcd(r.gmp(), a.gmp(), b.gmp());
    return r;
}

BigInt exactDiv(const BigInt& a, const BigInt& b) {
    BigInt r;
    mpz_divexact(r.gmp(), a.gmp(), b.gmp());
    return r;
}

ObjRef make(Interpreter& in, rt::TypeObject* cls, ObjRef n, ObjRef d) {
    auto* inst = in.heap().make<rt::InstanceObject>();
    ObjRef out(inst);
    inst->cls = cls;
    inst->attrs.set("_numerator", std::move(n));
    inst->attrs.set("_denominator", std::move(d));
    return out;
}

ObjRef make(Interpreter& in, rt::TypeObject* cls, const BigInt& n, const BigInt& d) {
    return make(in, cls, in.heap().newInt(n), in.heap().newInt(d));
}

ObjRef makeChecked(Interpreter& in, rt::TypeObject* cls, const BigInt& n, const BigInt& d,
                   bool normalize) {
    if (d.isZero())
        return in.raise("ZeroDivisionError", "Fraction(" + n.toString() + ", 0)");
    if (!normalize)
        return make(in, cls, n, d);
    BigInt g = gcd(n, d);
    if (d.isNegative())
        g = -g;
    return make(in, cls, exactDiv(n, g), exactDiv(d, g));
}

ObjRef toFloat(Interpreter& in, Object* f) {
    return in.binary(Operator::Div, slot(f, "_numerator"), slot(f, "_denominator"));
}

} // namespace fractions

namespace {

using fractions::isFraction;
using fractions::isRational;
using fractions::Rational;
using fractions::slot;
using fractions::valueOf;

rt::TypeObject* classOf(Object* f) {
    return static_cast<rt::InstanceObject*>(f)->cls;
}

// The self argument of a method, or null with TypeError set (a method read from the class
// and called with something else).
Object* selfArg(Interpreter& in, CallArgs& args, const char* name, std::size_t min,
                std::size_t max) {
    if (!interp::noKeywords(in, args, name) || !interp::argCount(in, args, name, min, max))
        return nullptr;
    Object* self = args.positional[0].get();
    if (!isFraction(self)) {
        in.raise("TypeError", std::string("descriptor '") + name +
                                  "' requires a 'Fraction' object but received a '" +
                                  in.typeName(self) + "'");
        return nullptr;
    }
    return self;
}

// float.as_integer_ratio(), exactly.
bool floatRatio(Interpreter& in, double x, BigInt& n, BigInt& d) {
    if (std::isinf(x)) {
        in.raise("OverflowError", "cannot convert Infinity to integer ratio");
        return false;
    }
    if (std::isnan(x)) {
        in.raise("ValueError", "cannot convert NaN to integer ratio");
        return false;
    }
    int e = 0;
    double m = std::frexp(x, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
        m *= 2.0;
        --e;
    }
    auto big = BigInt::fromDouble(m);
    n = big ? *big : BigInt();
    d = BigInt::fromInt64(1);
    if (e > 0)
        n = n.shiftLeft(static_cast<std::uint64_t>(e));
    else
        d = d.shiftLeft(static_cast<std::uint64_t>(-e));
    return true;
}

} // namespace

namespace fractions {
bool fromFloat(Interpreter& in, double x, Rational& out) {
    return floatRatio(in, x, out.n, out.d);
}
} // namespace fractions

namespace {

// Fraction(numerator=0, denominator=None): __new__ in CPython, here the __init__ of an
// instance the class call has just made.
ObjRef fractionInit(Interpreter& in, Object*, CallArgs& args) {
    ObjRef num = interp::takeKeyword(args, "numerator");
    ObjRef den = interp::takeKeyword(args, "denominator");
    if (interp::takeKeyword(args, "_normalize"))
        return in.abortUnsupported(
            "Fraction(_normalize=...), a private argument, is not supported");
    if (!interp::noMoreKeywords(in, args, "Fraction"))
        return nullptr;
    auto& pos = args.positional;
    if (pos.size() > 3 || (pos.size() >= 2 && num) || (pos.size() == 3 && den))
        return in.raise("TypeError", "Fraction.__new__() takes from 1 to 3 positional "
                                     "arguments but " +
                                         std::to_string(pos.size() + 1) + " were given");
    auto* self = static_cast<rt::InstanceObject*>(pos[0].get());
    if (!isFraction(self))
        return in.abortUnsupported("a subclass of fractions.Fraction is not supported");
    if (pos.size() >= 2)
        num = pos[1];
    if (pos.size() == 3)
        den = pos[2];
    if (!num)
        num = in.heap().newInt(0);
    if (den && den->tag == rt::Tag::None)
        den = nullptr;
    BigInt n, d;
    if (!den) {
        if (num->tag == rt::Tag::Int) {
            self->attrs.set("_numerator", num);
            self->attrs.set("_denominator", in.heap().newInt(1));
            return in.none();
        }
        if (num->tag == rt::Tag::Bool) {
            self->attrs.set("_numerator", in.heap().newInt(interp::ops::bigValue(num.get())));
            self->attrs.set("_denominator", in.heap().newInt(1));
            return in.none();
        }
        if (isFraction(num.get())) {
            self->attrs.set("_numerator", ObjRef(slot(num.get(), "_numerator")));
            self->attrs.set("_denominator", ObjRef(slot(num.get(), "_denominator")));
            return in.none();
        }
        if (num->tag == rt::Tag::Float) {
            if (!floatRatio(in, static_cast<rt::FloatObject*>(num.get())->value, n, d))
                return nullptr;
            self->attrs.set("_numerator", in.heap().newInt(n));
            self->attrs.set("_denominator", in.heap().newInt(d));
            return in.none();
        }
        if (num->tag == rt::Tag::Instance &&
            static_cast<rt::InstanceObject*>(num.get())->cls->name == "decimal.Decimal")
            return in.abortUnsupported("Fraction() of a decimal.Decimal is not supported");
        if (num->tag != rt::Tag::Str)
            return in.raise("TypeError", "argument should be a string or a Rational instance");
        std::optional<Rational> parsed = fractions::parse(in, num.get());
        if (!parsed)
            return nullptr;
        n = std::move(parsed->n);
        d = std::move(parsed->d);
    } else if (num->tag == rt::Tag::Int && den->tag == rt::Tag::Int) {
        n = interp::ops::bigValue(num.get());
        d = interp::ops::bigValue(den.get());
    } else if (isRational(num.get()) && isRational(den.get())) {
        Rational a = valueOf(num.get()), b = valueOf(den.get());
        n = a.n * b.d;
        d = b.n * a.d;
    } else {
        return in.raise("TypeError", "both arguments should be Rational instances");
    }
    ObjRef made = fractions::makeChecked(in, self->cls, n, d, true);
    if (!made)
        return nullptr;
    self->attrs = std::move(static_cast<rt::InstanceObject*>(made.get())->attrs);
    return in.none();
}

ObjRef fractionSetAttr(Interpreter& in, Object*, CallArgs& args) {
    std::string name = args.positional.size() > 1 && interp::isStr(args.positional[1].get())
                           ? interp::text(args.positional[1].get())
                           : "?";
    return in.abortUnsupported("setting or deleting attribute '" + name + "' of a Fraction");
}

ObjRef numerator(Interpreter& in, Object*, CallArgs& args) {
    Object* self = selfArg(in, args, "numerator", 1, 1);
    return self ? ObjRef(slot(self, "_numerator")) : nullptr;
}

ObjRef denominator(Interpreter& in, Object*, CallArgs& args) {
    Object* self = selfArg(in, args, "denominator", 1, 1);
    return self ? ObjRef(slot(self, "_denominator")) : nullptr;
}

ObjRef asIntegerRatio(Interpreter& in, Object*, CallArgs& args) {
    Object* self = selfArg(in, args, "as_integer_ratio", 1, 1);
    if (!self)
        return nullptr;
    return in.heap().newTuple(
        {ObjRef(slot(self, "_numerator")), ObjRef(slot(self, "_denominator"))});
}

ObjRef reprFn(Interpreter& in, Object*, CallArgs& args) {
    Object* self = selfArg(in, args, "__repr__", 1, 1);
    if (!self)
        return nullptr;
    Rational v = valueOf(self);
    return in.newStr(classOf(self)->name + "(" + v.n.toString() + ", " + v.d.toString() + ")");
}

ObjRef strFn(Interpreter& in, Object*, CallArgs& args) {
    Object* self = selfArg(in, args, "__str__", 1, 1);
    if (!self)
        return nullptr;
    Rational v = valueOf(self);
    if (v.d == BigInt::fromInt64(1))
        return in.newStr(v.n.toString());
    return in.newStr(v.n.toString() + "/" + v.d.toString());
}

// limit_denominator(max_denominator=1000000): the closest Fraction with a denominator at most
// max_denominator, by the continued-fraction walk of fractions.py.
ObjRef limitDenominator(Interpreter& in, Object*, CallArgs& args) {
    ObjRef maxKw = interp::takeKeyword(args, "max_denominator");
    if (maxKw)
        args.positional.push_back(maxKw);
    Object* self = selfArg(in, args, "limit_denominator", 1, 2);
    if (!self)
        return nullptr;
    BigInt maxDen = BigInt::fromInt64(1000000);
    if (args.positional.size() == 2) {
        Object* m = args.positional[1].get();
        if (!interp::ops::isIntLike(m))
            return in.abortUnsupported(
                "limit_denominator() of a max_denominator that is not an int is not supported");
        maxDen = interp::ops::bigValue(m);
    }
    if (maxDen < BigInt::fromInt64(1))
        return in.raise("ValueError", "max_denominator should be at least 1");
    Rational v = valueOf(self);
    if (v.d <= maxDen)
        return fractions::make(in, classOf(self), ObjRef(slot(self, "_numerator")),
                               ObjRef(slot(self, "_denominator")));
    BigInt p0 = BigInt::fromInt64(0), q0 = BigInt::fromInt64(1);
    BigInt p1 = BigInt::fromInt64(1), q1 = BigInt::fromInt64(0);
    BigInt n = v.n, d = v.d;
    while (true) {
        BigInt a = *n.floorDiv(d);
        BigInt q2 = q0 + a * q1;
        if (q2 > maxDen)
            break;
        BigInt p2 = p0 + a * p1;
        p0 = std::move(p1);
        q0 = std::move(q1);
        p1 = std::move(p2);
        q1 = std::move(q2);
        BigInt r = n - a * d;
        n = std::move(d);
        d = std::move(r);
    }
    BigInt k = *(maxDen - q0).floorDiv(q1);
    BigInt b1n = p0 + k * p1, b1d = q0 + k * q1;
    // |p1/q1 - v| <= |b1n/b1d - v|, cross-multiplied over positive denominators.
    BigInt left = (p1 * v.d - v.n * q1).abs() * b1d;
    BigInt right = (b1n * v.d - v.n * b1d).abs() * q1;
    if (left <= right)
        return fractions::makeChecked(in, classOf(self), p1, q1, true);
    return fractions::makeChecked(in, classOf(self), b1n, b1d, true);
}

ObjRef copyFn(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "__copy__") || args.positional.empty() ||
        !isFraction(args.positional[0].get()))
        return in.abortUnsupported("Fraction.__copy__ called this way is not supported");
    return args.positional[0];
}

ObjRef numeratorSlot(Interpreter& in, Object*, CallArgs& args) {
    Object* self = selfArg(in, args, "_numerator", 1, 1);
    return self ? ObjRef(slot(self, "_numerator")) : nullptr;
}

ObjRef denominatorSlot(Interpreter& in, Object*, CallArgs& args) {
    Object* self = selfArg(in, args, "_denominator", 1, 1);
    return self ? ObjRef(slot(self, "_denominator")) : nullptr;
}

// Fraction.from_float(f), a classmethod: cls(f) for an int, the exact value of a float.
ObjRef fromFloatFn(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "from_float") ||
        !interp::argCount(in, args, "from_float", 2, 2))
        return nullptr;
    auto* cls = static_cast<rt::TypeObject*>(args.positional[0].get());
    Object* f = args.positional[1].get();
    if (interp::ops::isIntLike(f)) {
        CallArgs call;
        call.positional = {args.positional[1]};
        return in.call(cls, call);
    }
    if (f->tag != rt::Tag::Float) {
        auto r = in.repr(f);
        if (!r)
            return nullptr;
        return in.raise("TypeError", cls->name + ".from_float() only takes floats, not " + *r +
                                         " (" + in.typeName(f) + ")");
    }
    fractions::Rational v;
    if (!fractions::fromFloat(in, static_cast<rt::FloatObject*>(f)->value, v))
        return nullptr;
    return fractions::makeChecked(in, cls, v.n, v.d, true);
}

ObjRef unsupportedMethod(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("this method of fractions.Fraction (from_decimal, conjugate, real, "
                               "imag, a private one) is not supported");
}

} // namespace

void fillFractions(Interpreter& in, rt::ModuleObject& m) {
    auto* t = in.heap().make<rt::TypeObject>();
    ObjRef cls(t);
    // A class written in Python: its tp_name is its __name__.
    interp::initLibraryClass(in, t, "Fraction", "fractions", "Fraction");
    auto method = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      ObjVec defaults = {}) {
        ObjRef func = in.makeBuiltin(name, fn);
        auto sig = std::make_unique<rt::PythonSignature>();
        sig->qualname = std::string("Fraction.") + name;
        sig->positional = params.size();
        sig->params = std::move(params);
        sig->defaults = std::move(defaults);
        static_cast<rt::BuiltinObject*>(func.get())->python = std::move(sig);
        t->dict.set(name, func);
        return func;
    };
    auto property = [&](const char* name, rt::NativeFn fn) {
        ObjRef getter = method(name, fn, {"a"});
        auto* p = in.heap().make<rt::DescriptorObject>();
        p->kind = rt::DescriptorObject::Kind::Property;
        p->getter = std::move(getter);
        t->dict.set(name, ObjRef(p));
    };
    method("__init__", fractionInit, {"self", "numerator", "denominator"},
           {in.heap().newInt(0), in.none()});
    method("__setattr__", fractionSetAttr, {"self", "name", "value"});
    method("__delattr__", fractionSetAttr, {"self", "name"});
    method("as_integer_ratio", asIntegerRatio, {"self"});
    method("limit_denominator", limitDenominator, {"self", "max_denominator"},
           {in.heap().newInt(1000000)});
    property("numerator", numerator);
    property("denominator", denominator);
    method("__repr__", reprFn, {"self"});
    method("__str__", strFn, {"self"});
    method("__copy__", copyFn, {"self"});
    method("__deepcopy__", copyFn, {"self", "memo"});
    fractions::addArithmetic(in, t, method);
    for (const char* name :
         {"from_decimal", "conjugate", "__reduce__", "__complex__", "_richcmp", "_add", "_sub",
          "_mul", "_div", "_floordiv", "_divmod", "_mod", "_operator_fallbacks"})
        method(name, unsupportedMethod, {"self"});
    for (const char* name : {"real", "imag", "_abc_impl"})
        property(name, unsupportedMethod);
    property("_numerator", numeratorSlot);
    property("_denominator", denominatorSlot);
    t->dict.set("__slots__",
                in.heap().newTuple({in.newStr("_numerator"), in.newStr("_denominator")}));
    t->dict.set("__abstractmethods__", ObjRef(in.heap().newSet(true)));
    auto* fromFloat = in.heap().make<rt::DescriptorObject>();
    fromFloat->kind = rt::DescriptorObject::Kind::ClassMethod;
    ObjRef fromFloatFunc = in.makeBuiltin("from_float", fromFloatFn);
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "Fraction.from_float";
    sig->positional = 2;
    sig->params = {"cls", "f"};
    static_cast<rt::BuiltinObject*>(fromFloatFunc.get())->python = std::move(sig);
    fromFloat->func = fromFloatFunc;
    t->dict.set("from_float", ObjRef(fromFloat));
    m.set("Fraction", cls);
}

bool isMissingFractionsAttribute(std::string_view name) {
    // dir(fractions) in CPython 3.11 minus Fraction, sorted for binary search.
    static const std::vector<std::string_view> kMissing = {
        "Decimal", "_PyHASH_INF", "_PyHASH_MODULUS", "_RATIONAL_FORMAT",
        "__all__", "math",        "numbers",         "operator",
        "re",      "sys"};
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
