// fractions.Fraction's operators, comparisons, hash, conversions and rounding, and the
// parsing of Fraction(str), each as Lib/fractions.py 3.11 writes it (see fractions.h).
#include "interp/builtins/builtins_util.h"
#include "interp/operators/binary_operators.h"
#include "modules/stdlib/fractions.h"

#include <cmath>
#include <utility>

namespace memstep::core::modules::fractions {

using interp::CallArgs;
using numeric::BigInt;
using syntax::Operator;

namespace {

// |exponent| of a Fraction('1e...') or 10**|ndigits| past which memstep refuses to build the
// power of ten (CPython would spend minutes and gigabytes on it).
constexpr std::int64_t kMaxPowerOfTen = 1'000'000;

BigInt one() {
    return BigInt::fromInt64(1);
}

BigInt powerOfTen(std::uint64_t k) {
    BigInt r;
    mpz_ui_pow_ui(r.gmp(), 10, k);
    return r;
}

// Half to even, as Fraction.__round__() with no ndigits: n/d for d > 0.
BigInt roundHalfEven(const BigInt& n, const BigInt& d) {
    BigInt q, r;
    mpz_fdiv_qr(q.gmp(), r.gmp(), n.gmp(), d.gmp());
    const auto c = (r + r) <=> d;
    if (c < 0)
        return q;
    if (c > 0 || q.isOdd())
        return q + one();
    return q;
}

// The Fraction a method runs on, or null with TypeError set.
Object* self(Interpreter& in, CallArgs& args, const char* name, std::size_t min, std::size_t max) {
    if (!interp::noKeywords(in, args, name) || !interp::argCount(in, args, name, min, max))
        return nullptr;
    Object* s = args.positional[0].get();
    if (!isFraction(s)) {
        in.raise("TypeError", std::string("descriptor '") + name +
                                  "' requires a 'Fraction' object but received a '" +
                                  in.typeName(s) + "'");
        return nullptr;
    }
    return s;
}

rt::TypeObject* classOf(Object* f) {
    return static_cast<rt::InstanceObject*>(f)->cls;
}

enum class Arith { Add, Sub, Mul, Div, FloorDiv, DivMod, Mod };

struct ArithDef {
    Arith op;
    const char* forward;
    const char* reverse;
    Operator fallback; // the float operator (DivMod: divmod())
};

constexpr ArithDef kArith[] = {
    {Arith::Add, "__add__", "__radd__", Operator::Add},
    {Arith::Sub, "__sub__", "__rsub__", Operator::Sub},
    {Arith::Mul, "__mul__", "__rmul__", Operator::Mult},
    {Arith::Div, "__truediv__", "__rtruediv__", Operator::Div},
    {Arith::FloorDiv, "__floordiv__", "__rfloordiv__", Operator::FloorDiv},
    {Arith::DivMod, "__divmod__", "__rdivmod__", Operator::FloorDiv},
    {Arith::Mod, "__mod__", "__rmod__", Operator::Mod},
};

// _add and _sub: the gcd shortcuts of fractions.py, which keep the result in lowest terms.
ObjRef addSub(Interpreter& in, rt::TypeObject* cls, const Rational& a, const Rational& b,
              bool subtract) {
    auto combine = [&](const BigInt& x, const BigInt& y) { return subtract ? x - y : x + y; };
    BigInt g = gcd(a.d, b.d);
    if (g == one())
        return make(in, cls, combine(a.n * b.d, a.d * b.n), a.d * b.d);
    BigInt s = exactDiv(a.d, g);
    BigInt t = combine(a.n * exactDiv(b.d, g), b.n * s);
    BigInt g2 = gcd(t, g);
    if (g2 == one())
        return make(in, cls, t, s * b.d);
    return make(in, cls, exactDiv(t, g2), s * exactDiv(b.d, g2));
}

ObjRef mul(Interpreter& in, rt::TypeObject* cls, Rational a, Rational b) {
    BigInt g1 = gcd(a.n, b.d);
    if (g1 > one()) {
        a.n = exactDiv(a.n, g1);
        b.d = exactDiv(b.d, g1);
    }
    BigInt g2 = gcd(b.n, a.d);
    if (g2 > one()) {
        b.n = exactDiv(b.n, g2);
        a.d = exactDiv(a.d, g2);
    }
    return make(in, cls, a.n * b.n, b.d * a.d);
}

ObjRef div(Interpreter& in, rt::TypeObject* cls, Rational a, Rational b) {
    BigInt g1 = gcd(a.n, b.n);
    if (g1 > one()) {
        a.n = exactDiv(a.n, g1);
        b.n = exactDiv(b.n, g1);
    }
    BigInt g2 = gcd(b.d, a.d);
    if (g2 > one()) {
        a.d = exactDiv(a.d, g2);
        b.d = exactDiv(b.d, g2);
    }
    BigInt n = a.n * b.d, d = b.n * a.d;
    if (d.isNegative()) {
        n = -n;
        d = -d;
    }
    return makeChecked(in, cls, n, d, false);
}

// The monomorphic operator of fractions.py on two rationals (ints or Fractions).
ObjRef exact(Interpreter& in, rt::TypeObject* cls, Arith op, Object* x, Object* y) {
    Rational a = valueOf(x), b = valueOf(y);
    rt::Heap& h = in.heap();
    switch (op) {
    case Arith::Add:
    case Arith::Sub:
        return addSub(in, cls, a, b, op == Arith::Sub);
    case Arith::Mul:
        return mul(in, cls, std::move(a), std::move(b));
    case Arith::Div:
        return div(in, cls, std::move(a), std::move(b));
    case Arith::FloorDiv:
        return in.binary(Operator::FloorDiv, h.newInt(a.n * b.d).get(), h.newInt(a.d * b.n).get());
    case Arith::DivMod: {
        ObjRef top = h.newInt(a.n * b.d), bottom = h.newInt(a.d * b.n);
        ObjRef q = in.binary(Operator::FloorDiv, top.get(), bottom.get());
        if (!q)
            return nullptr;
        ObjRef r = in.binary(Operator::Mod, top.get(), bottom.get());
        if (!r)
            return nullptr;
        ObjRef f = makeChecked(in, cls, interp::ops::bigValue(r.get()), a.d * b.d, true);
        return f ? h.newTuple({q, f}) : nullptr;
    }
    case Arith::Mod: {
        ObjRef r = in.binary(Operator::Mod, h.newInt(a.n * b.d).get(), h.newInt(b.n * a.d).get());
        if (!r)
            return nullptr;
        return makeChecked(in, cls, interp::ops::bigValue(r.get()), a.d * b.d, true);
    }
    }
    return nullptr;
}

// operator.op(x, y) on floats (or divmod()).
ObjRef floatFallback(Interpreter& in, const ArithDef& def, Object* x, Object* y) {
    if (def.op != Arith::DivMod)
        return in.binary(def.fallback, x, y);
    CallArgs call;
    call.positional = {ObjRef(x), ObjRef(y)};
    return in.call(in.builtin("divmod").get(), call);
}

template <std::size_t I> ObjRef forward(Interpreter& in, Object*, CallArgs& args) {
    const ArithDef& def = kArith[I];
    Object* a = self(in, args, def.forward, 2, 2);
    if (!a)
        return nullptr;
    Object* b = args.positional[1].get();
    if (isRational(b))
        return exact(in, classOf(a), def.op, a, b);
    if (b->tag == rt::Tag::Float) {
        ObjRef fa = toFloat(in, a);
        return fa ? floatFallback(in, def, fa.get(), b) : nullptr;
    }
    return in.notImplemented();
}

template <std::size_t I> ObjRef reverse(Interpreter& in, Object*, CallArgs& args) {
    const ArithDef& def = kArith[I];
    Object* b = self(in, args, def.reverse, 2, 2);
    if (!b)
        return nullptr;
    Object* a = args.positional[1].get();
    if (isRational(a))
        return exact(in, classOf(b), def.op, a, b);
    if (a->tag == rt::Tag::Float) {
        ObjRef fb = toFloat(in, b);
        return fb ? floatFallback(in, def, a, fb.get()) : nullptr;
    }
    return in.notImplemented();
}

ObjRef intPow(Interpreter& in, const BigInt& base, const BigInt& exponent) {
    return in.binary(Operator::Pow, in.heap().newInt(base).get(), in.heap().newInt(exponent).get());
}

// Fraction ** b for a rational b.
ObjRef powRational(Interpreter& in, Object* a, Object* b) {
    Rational x = valueOf(a), e = valueOf(b);
    if (e.d != one()) {
        ObjRef fa = toFloat(in, a), fb = isFraction(b) ? toFloat(in, b) : nullptr;
        if (!fa || !fb)
            return nullptr;
        return in.binary(Operator::Pow, fa.get(), fb.get());
    }
    BigInt p = e.n;
    BigInt top = x.n, bottom = x.d;
    if (p.isNegative()) {
        p = -p;
        top = x.n.isNegative() ? -x.d : x.d;
        bottom = x.n.isNegative() ? -x.n : x.n;
    }
    ObjRef n = intPow(in, top, p);
    if (!n)
        return nullptr;
    ObjRef d = intPow(in, bottom, p);
    if (!d)
        return nullptr;
    if (interp::ops::bigValue(d.get()).isZero())
        return in.raise("ZeroDivisionError",
                        "Fraction(" + interp::ops::bigValue(n.get()).toString() + ", 0)");
    return make(in, classOf(a), n, d);
}

ObjRef powFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__pow__", 2, 2);
    if (!a)
        return nullptr;
    Object* b = args.positional[1].get();
    if (isRational(b))
        return powRational(in, a, b);
    ObjRef fa = toFloat(in, a);
    return fa ? in.binary(Operator::Pow, fa.get(), b) : nullptr;
}

ObjRef rpowFn(Interpreter& in, Object*, CallArgs& args) {
    Object* b = self(in, args, "__rpow__", 2, 2);
    if (!b)
        return nullptr;
    Object* a = args.positional[1].get();
    Rational e = valueOf(b);
    if (e.d == one() && !e.n.isNegative())
        return in.binary(Operator::Pow, a, slot(b, "_numerator"));
    if (isRational(a)) {
        Rational v = valueOf(a);
        ObjRef base = makeChecked(in, classOf(b), v.n, v.d, true);
        return base ? powRational(in, base.get(), b) : nullptr;
    }
    if (e.d == one())
        return in.binary(Operator::Pow, a, slot(b, "_numerator"));
    ObjRef fb = toFloat(in, b);
    return fb ? in.binary(Operator::Pow, a, fb.get()) : nullptr;
}

ObjRef posFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__pos__", 1, 1);
    return a ? make(in, classOf(a), ObjRef(slot(a, "_numerator")), ObjRef(slot(a, "_denominator")))
             : nullptr;
}

ObjRef negFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__neg__", 1, 1);
    if (!a)
        return nullptr;
    return make(in, classOf(a), in.heap().newInt(-valueOf(a).n), ObjRef(slot(a, "_denominator")));
}

ObjRef absFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__abs__", 1, 1);
    if (!a)
        return nullptr;
    BigInt n = valueOf(a).n;
    ObjRef top = n.isNegative() ? in.heap().newInt(-n) : ObjRef(slot(a, "_numerator"));
    return make(in, classOf(a), top, ObjRef(slot(a, "_denominator")));
}

// __int__ and __trunc__: toward zero.
ObjRef truncFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__trunc__", 1, 1);
    if (!a)
        return nullptr;
    Rational v = valueOf(a);
    if (v.n.isNegative())
        return in.heap().newInt(-*(-v.n).floorDiv(v.d));
    return in.heap().newInt(*v.n.floorDiv(v.d));
}

ObjRef floorFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__floor__", 1, 1);
    if (!a)
        return nullptr;
    Rational v = valueOf(a);
    return in.heap().newInt(*v.n.floorDiv(v.d));
}

ObjRef ceilFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__ceil__", 1, 1);
    if (!a)
        return nullptr;
    Rational v = valueOf(a);
    return in.heap().newInt(-*(-v.n).floorDiv(v.d));
}

ObjRef roundFn(Interpreter& in, Object*, CallArgs& args) {
    ObjRef nd = interp::takeKeyword(args, "ndigits");
    if (nd)
        args.positional.push_back(nd);
    Object* a = self(in, args, "__round__", 1, 2);
    if (!a)
        return nullptr;
    Rational v = valueOf(a);
    if (args.positional.size() == 1 || args.positional[1]->tag == rt::Tag::None)
        return in.heap().newInt(roundHalfEven(v.n, v.d));
    Object* digits = args.positional[1].get();
    if (!interp::ops::isIntLike(digits))
        return in.abortUnsupported(
            "round() of a Fraction with an ndigits that is not an int is not supported");
    BigInt k = interp::ops::bigValue(digits);
    if (k.abs() > BigInt::fromInt64(kMaxPowerOfTen))
        return in.abortUnsupported(
            "round() of a Fraction to more than a million digits is not supported");
    const std::int64_t places = k.toInt64();
    BigInt shift = powerOfTen(static_cast<std::uint64_t>(places < 0 ? -places : places));
    if (places > 0)
        return makeChecked(in, classOf(a), roundHalfEven(v.n * shift, v.d), shift, true);
    return make(in, classOf(a), roundHalfEven(v.n, v.d * shift) * shift, one());
}

ObjRef floatFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__float__", 1, 1);
    return a ? toFloat(in, a) : nullptr;
}

ObjRef boolFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__bool__", 1, 1);
    return a ? in.boolean(!valueOf(a).n.isZero()) : nullptr;
}

// CPython's hash of a rational: n * inverse(d) modulo 2**61 - 1, signed like n.
ObjRef hashFn(Interpreter& in, Object*, CallArgs& args) {
    Object* a = self(in, args, "__hash__", 1, 1);
    if (!a)
        return nullptr;
    Rational v = valueOf(a);
    BigInt modulus = *BigInt::fromString("2305843009213693951");
    BigInt inverse;
    std::int64_t h = 314159; // sys.hash_info.inf: d is a multiple of the modulus
    if (mpz_invert(inverse.gmp(), v.d.gmp(), modulus.gmp()) != 0) {
        BigInt r;
        BigInt product = v.n.abs() * inverse;
        mpz_fdiv_r(r.gmp(), product.gmp(), modulus.gmp());
        h = r.toInt64();
    }
    if (v.n.isNegative())
        h = -h;
    return in.heap().newInt(h == -1 ? -2 : h);
}

// The order of self and other when both are exact (NaN and infinities aside), as
// fractions.py's _richcmp and __eq__ reach it; nullopt when other is no number it compares.
std::optional<std::strong_ordering> order(Interpreter& in, Object* self, Object* other,
                                          bool& failed) {
    Rational a = valueOf(self);
    Rational b;
    if (isRational(other)) {
        b = valueOf(other);
    } else if (other->tag == rt::Tag::Float) {
        if (!fromFloat(in, static_cast<rt::FloatObject*>(other)->value, b)) {
            failed = true;
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    return (a.n * b.d) <=> (a.d * b.n);
}

template <int Op> ObjRef compareFn(Interpreter& in, Object*, CallArgs& args) {
    static constexpr const char* kNames[] = {"__eq__", "__lt__", "__gt__", "__le__", "__ge__"};
    Object* a = self(in, args, kNames[Op], 2, 2);
    if (!a)
        return nullptr;
    Object* b = args.positional[1].get();
    if (b->tag == rt::Tag::Float) {
        const double x = static_cast<rt::FloatObject*>(b)->value;
        if (std::isnan(x) || std::isinf(x)) {
            const double zero = 0.0;
            const bool r = Op == 0   ? zero == x
                           : Op == 1 ? zero < x
                           : Op == 2 ? zero > x
                           : Op == 3 ? zero <= x
                                     : zero >= x;
            return in.boolean(r);
        }
    }
    bool failed = false;
    std::optional<std::strong_ordering> c = order(in, a, b, failed);
    if (failed)
        return nullptr;
    if (!c)
        return in.notImplemented();
    const bool r = Op == 0   ? *c == 0
                   : Op == 1 ? *c < 0
                   : Op == 2 ? *c > 0
                   : Op == 3 ? *c <= 0
                             : *c >= 0;
    return in.boolean(r);
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Python's \s in a str pattern, for the ASCII characters.
bool isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

// \d+(_\d+)* at s[p]: the digits without their underscores; empty when none match.
std::string digitRun(const std::string& s, std::size_t& p, std::size_t end) {
    std::string out;
    while (p < end && isDigit(s[p]))
        out += s[p++];
    while (!out.empty() && p + 1 < end && s[p] == '_' && isDigit(s[p + 1])) {
        ++p;
        while (p < end && isDigit(s[p]))
            out += s[p++];
    }
    return out;
}

} // namespace

std::optional<Rational> parse(Interpreter& in, Object* textObj) {
    const std::string& s = interp::text(textObj);
    auto invalid = [&]() -> std::optional<Rational> {
        if (auto r = in.repr(textObj))
            in.raise("ValueError", "Invalid literal for Fraction: " + *r);
        return std::nullopt;
    };
    for (unsigned char c : s)
        if (c >= 0x80) {
            in.abortUnsupported(
                "Fraction() of a str with characters outside ASCII is not supported");
            return std::nullopt;
        }
    std::size_t p = 0, end = s.size();
    while (p < end && isSpace(s[p]))
        ++p;
    while (end > p && isSpace(s[end - 1]))
        --end;
    bool negative = false;
    if (p < end && (s[p] == '+' || s[p] == '-'))
        negative = s[p++] == '-';
    if (!(p < end && (isDigit(s[p]) || (s[p] == '.' && p + 1 < end && isDigit(s[p + 1])))))
        return invalid();
    std::string num = digitRun(s, p, end);
    Rational r{num.empty() ? BigInt() : *BigInt::fromString(num), one()};
    if (p < end && s[p] == '/') {
        ++p;
        std::string den = digitRun(s, p, end);
        if (den.empty() || p != end)
            return invalid();
        r.d = *BigInt::fromString(den);
    } else {
        if (p < end && s[p] == '.') {
            ++p;
            std::string decimal = digitRun(s, p, end);
            if (!decimal.empty()) {
                BigInt scale = powerOfTen(decimal.size());
                r.n = r.n * scale + *BigInt::fromString(decimal);
                r.d = r.d * scale;
            }
        }
        if (p < end && (s[p] == 'e' || s[p] == 'E')) {
            ++p;
            bool negExp = false;
            if (p < end && (s[p] == '+' || s[p] == '-'))
                negExp = s[p++] == '-';
            std::string exp = digitRun(s, p, end);
            if (exp.empty())
                return invalid();
            BigInt e = *BigInt::fromString(exp);
            if (e > BigInt::fromInt64(kMaxPowerOfTen)) {
                in.abortUnsupported(
                    "Fraction() of a str with an exponent over a million is not supported");
                return std::nullopt;
            }
            BigInt power = powerOfTen(static_cast<std::uint64_t>(e.toInt64()));
            if (negExp && !e.isZero())
                r.d = r.d * power;
            else
                r.n = r.n * power;
        }
        if (p != end)
            return invalid();
    }
    if (negative)
        r.n = -r.n;
    return r;
}

void addArithmetic(Interpreter& in, rt::TypeObject* cls, const MethodAdder& method) {
    (void)cls;
    const std::vector<std::string> ab = {"a", "b"}, ba = {"b", "a"}, a = {"a"};
    auto pair = [&]<std::size_t I>(std::integral_constant<std::size_t, I>) {
        method(kArith[I].forward, forward<I>, ab, {});
        method(kArith[I].reverse, reverse<I>, ba, {});
    };
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (pair(std::integral_constant<std::size_t, I>{}), ...);
    }
    (std::make_index_sequence<7>{});
    method("__pow__", powFn, ab, {});
    method("__rpow__", rpowFn, ba, {});
    method("__pos__", posFn, a, {});
    method("__neg__", negFn, a, {});
    method("__abs__", absFn, a, {});
    method("__int__", truncFn, a, {});
    method("__trunc__", truncFn, a, {});
    method("__floor__", floorFn, a, {});
    method("__ceil__", ceilFn, a, {});
    method("__round__", roundFn, {"self", "ndigits"}, {in.none()});
    method("__hash__", hashFn, {"self"}, {});
    method("__eq__", compareFn<0>, ab, {});
    method("__lt__", compareFn<1>, ab, {});
    method("__gt__", compareFn<2>, ab, {});
    method("__le__", compareFn<3>, ab, {});
    method("__ge__", compareFn<4>, ab, {});
    method("__bool__", boolFn, a, {});
    method("__float__", floatFn, {"self"}, {});
}

} // namespace memstep::core::modules::fractions
