// The math module: CPython 3.11's functions with its result types and error messages.
//
// Float functions follow CPython's math_1/math_2 wrappers: a NaN result from a non-NaN
// argument is ValueError("math domain error"), an infinite result from a finite argument is
// OverflowError("math range error") where the function can overflow. The integer functions
// (factorial, gcd, lcm, isqrt, comb, perm) work on big ints exactly.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "numeric/bigint_math.h"
#include "numeric/gamma.h"

#include <cerrno>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace memstep::core::modules {

using interp::CallArgs;
using numeric::BigInt;
using rt::Object;

// The module's own code; its functions carry their Python names.
namespace math {
namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;

ObjRef domainError(Interpreter& in) {
    return in.raise("ValueError", "math domain error");
}
ObjRef rangeError(Interpreter& in) {
    return in.raise("OverflowError", "math range error");
}

std::string qualified(const char* name) {
    return std::string("math.") + name;
}

bool oneArg(Interpreter& in, CallArgs& args, const char* name) {
    std::string q = qualified(name);
    return interp::noKeywords(in, args, q.c_str()) && interp::argCount(in, args, q.c_str(), 1, 1);
}

bool twoArgs(Interpreter& in, CallArgs& args, const char* name) {
    return interp::noKeywords(in, args, name) && interp::argCount(in, args, name, 2, 2);
}

ObjRef floatResult(Interpreter& in, double x, double r, bool canOverflow) {
    if (std::isnan(r) && !std::isnan(x))
        return domainError(in);
    if (std::isinf(r) && std::isfinite(x))
        return canOverflow ? rangeError(in) : domainError(in);
    return in.heap().newFloat(r);
}

// One float argument through f, with CPython's math_1 error rules.
ObjRef math1(Interpreter& in, CallArgs& args, const char* name, double (*f)(double),
             bool canOverflow) {
    if (!oneArg(in, args, name))
        return nullptr;
    double x = 0;
    if (!interp::floatArg(in, args.positional[0].get(), x))
        return nullptr;
    return floatResult(in, x, f(x), canOverflow);
}

#define MATH1(NAME, EXPR, OVERFLOW)                                                                \
    ObjRef NAME(Interpreter& in, Object*, CallArgs& args) {                                        \
        return math1(                                                                              \
            in, args, #NAME, [](double x) -> double { return EXPR; }, OVERFLOW);                   \
    }

MATH1(acos, std::acos(x), false)
MATH1(acosh, std::acosh(x), false)
MATH1(asin, std::asin(x), false)
MATH1(asinh, std::asinh(x), false)
MATH1(atan, std::atan(x), false)
MATH1(atanh, std::atanh(x), false)
MATH1(cbrt, std::cbrt(x), false)
MATH1(cos, std::isinf(x) ? std::numeric_limits<double>::quiet_NaN() : std::cos(x), false)
MATH1(cosh, std::cosh(x), true)
MATH1(erf, std::erf(x), false)
MATH1(erfc, std::erfc(x), false)
MATH1(exp, std::exp(x), true)
MATH1(exp2, std::exp2(x), true)
MATH1(expm1, std::expm1(x), true)
MATH1(fabs, std::fabs(x), false)
MATH1(sin, std::isinf(x) ? std::numeric_limits<double>::quiet_NaN() : std::sin(x), false)
MATH1(sinh, std::sinh(x), true)
MATH1(sqrt, std::sqrt(x), false)
MATH1(tan, std::isinf(x) ? std::numeric_limits<double>::quiet_NaN() : std::tan(x), false)
MATH1(tanh, std::tanh(x), false)
MATH1(degrees, x*(180.0 / kPi), true)
MATH1(radians, x*(kPi / 180.0), false)

// CPython's math_1a: only the errno its own gamma code sets is an error; an ERANGE whose
// result is small is an underflow, not an error.
ObjRef gammaResult(Interpreter& in, CallArgs& args, const char* name,
                   numeric::GammaResult (*f)(double)) {
    if (!oneArg(in, args, name))
        return nullptr;
    double x = 0;
    if (!interp::floatArg(in, args.positional[0].get(), x))
        return nullptr;
    numeric::GammaResult r = f(x);
    if (r.error == EDOM)
        return domainError(in);
    if (r.error == ERANGE && std::fabs(r.value) >= 1.5)
        return rangeError(in);
    return in.heap().newFloat(r.value);
}
ObjRef gamma(Interpreter& in, Object*, CallArgs& args) {
    return gammaResult(in, args, "gamma", numeric::gamma);
}
ObjRef lgamma(Interpreter& in, Object*, CallArgs& args) {
    return gammaResult(in, args, "lgamma", numeric::logGamma);
}

ObjRef log1p(Interpreter& in, Object*, CallArgs& args) {
    return math1(
        in, args, "log1p",
        [](double x) {
            return x <= -1.0 ? std::numeric_limits<double>::quiet_NaN() : std::log1p(x);
        },
        false);
}

// log of an int or float as CPython's loghelper: ints too big for a float go through
// their bit length, so math.log(10**400) works.
bool logOf(Interpreter& in, Object* o, double (*f)(double), double& out) {
    if (o->tag == rt::Tag::Int && static_cast<rt::IntObject*>(o)->isBig()) {
        BigInt v = static_cast<rt::IntObject*>(o)->toBig();
        if (v.sign() <= 0)
            return domainError(in), false;
        if (auto d = v.toDouble()) {
            out = f(*d);
            return true;
        }
        std::uint64_t shift = v.bitLength() - 64;
        auto d = v.shiftRight(shift).toDouble();
        out = f(*d) + static_cast<double>(shift) * f(2.0);
        return true;
    }
    double x = 0;
    if (!interp::floatArg(in, o, x))
        return false;
    if (std::isnan(x) || (std::isinf(x) && x > 0)) {
        out = x;
        return true;
    }
    if (x <= 0)
        return domainError(in), false;
    out = f(x);
    return true;
}

ObjRef log(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "log") || !interp::argCount(in, args, "log", 1, 2))
        return nullptr;
    double num = 0;
    if (!logOf(
            in, args.positional[0].get(), [](double x) { return std::log(x); }, num))
        return nullptr;
    if (args.positional.size() == 1)
        return in.heap().newFloat(num);
    double den = 0;
    if (!logOf(
            in, args.positional[1].get(), [](double x) { return std::log(x); }, den))
        return nullptr;
    if (den == 0)
        return in.raise("ZeroDivisionError", "float division by zero");
    return in.heap().newFloat(num / den);
}
ObjRef log2(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "log2"))
        return nullptr;
    double r = 0;
    if (!logOf(
            in, args.positional[0].get(), [](double x) { return std::log2(x); }, r))
        return nullptr;
    return in.heap().newFloat(r);
}
ObjRef log10(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "log10"))
        return nullptr;
    double r = 0;
    if (!logOf(
            in, args.positional[0].get(), [](double x) { return std::log10(x); }, r))
        return nullptr;
    return in.heap().newFloat(r);
}

// Two float arguments.
bool twoDoubles(Interpreter& in, CallArgs& args, const char* name, double& x, double& y) {
    return twoArgs(in, args, name) && interp::floatArg(in, args.positional[0].get(), x) &&
           interp::floatArg(in, args.positional[1].get(), y);
}

ObjRef atan2(Interpreter& in, Object*, CallArgs& args) {
    double y = 0, x = 0;
    if (!twoDoubles(in, args, "atan2", y, x))
        return nullptr;
    return in.heap().newFloat(std::atan2(y, x));
}
ObjRef copysign(Interpreter& in, Object*, CallArgs& args) {
    double x = 0, y = 0;
    if (!twoDoubles(in, args, "copysign", x, y))
        return nullptr;
    return in.heap().newFloat(std::copysign(x, y));
}
ObjRef fmod(Interpreter& in, Object*, CallArgs& args) {
    double x = 0, y = 0;
    if (!twoDoubles(in, args, "fmod", x, y))
        return nullptr;
    if (std::isinf(y) && std::isfinite(x))
        return in.heap().newFloat(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        return domainError(in);
    return in.heap().newFloat(r);
}
ObjRef remainder(Interpreter& in, Object*, CallArgs& args) {
    double x = 0, y = 0;
    if (!twoDoubles(in, args, "remainder", x, y))
        return nullptr;
    double r = std::remainder(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
        return domainError(in);
    return in.heap().newFloat(r);
}
ObjRef pow(Interpreter& in, Object*, CallArgs& args) {
    double x = 0, y = 0;
    if (!twoDoubles(in, args, "pow", x, y))
        return nullptr;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x))
            return in.heap().newFloat(y == 0.0 ? 1.0 : x);
        if (std::isnan(y))
            return in.heap().newFloat(x == 1.0 ? 1.0 : y);
        return in.heap().newFloat(std::pow(x, y));
    }
    if (x == 0.0 && y < 0.0)
        return domainError(in);
    if (x < 0.0 && std::floor(y) != y)
        return domainError(in);
    double r = std::pow(x, y);
    if (std::isinf(r))
        return rangeError(in);
    return in.heap().newFloat(r);
}
ObjRef ldexp(Interpreter& in, Object*, CallArgs& args) {
    if (!twoArgs(in, args, "ldexp"))
        return nullptr;
    double x = 0;
    if (!interp::floatArg(in, args.positional[0].get(), x))
        return nullptr;
    Object* exponent = args.positional[1].get();
    if (exponent->tag != rt::Tag::Int && exponent->tag != rt::Tag::Bool) // PyLong_Check only
        return in.raise("TypeError", "Expected an int as second argument to ldexp.");
    auto e = interp::intArg(in, exponent);
    if (!e)
        return nullptr;
    if (x == 0 || !std::isfinite(x))
        return in.heap().newFloat(x);
    long exp = *e > 100000 ? 100000 : (*e < -100000 ? -100000 : static_cast<long>(*e));
    double r = std::ldexp(x, static_cast<int>(exp));
    if (std::isinf(r))
        return rangeError(in);
    return in.heap().newFloat(r);
}
ObjRef nextafter(Interpreter& in, Object*, CallArgs& args) {
    double x = 0, y = 0;
    if (!twoDoubles(in, args, "nextafter", x, y))
        return nullptr;
    return in.heap().newFloat(std::nextafter(x, y));
}
ObjRef ulp(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "ulp"))
        return nullptr;
    double x = 0;
    if (!interp::floatArg(in, args.positional[0].get(), x))
        return nullptr;
    if (std::isnan(x))
        return in.heap().newFloat(x);
    x = std::fabs(x);
    if (std::isinf(x))
        return in.heap().newFloat(x);
    double inf = std::numeric_limits<double>::infinity();
    double x2 = std::nextafter(x, inf);
    if (std::isinf(x2))
        return in.heap().newFloat(x - std::nextafter(x, -inf));
    return in.heap().newFloat(x2 - x);
}
ObjRef frexp(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "frexp"))
        return nullptr;
    double x = 0;
    if (!interp::floatArg(in, args.positional[0].get(), x))
        return nullptr;
    int e = 0;
    double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
    return in.heap().newTuple(
        {in.heap().newFloat(m), in.heap().newInt(static_cast<std::int64_t>(e))});
}
ObjRef modf(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "modf"))
        return nullptr;
    double x = 0;
    if (!interp::floatArg(in, args.positional[0].get(), x))
        return nullptr;
    double ip = 0, fp = 0;
    if (std::isinf(x)) {
        ip = x;
        fp = std::copysign(0.0, x);
    } else {
        fp = std::modf(x, &ip);
    }
    return in.heap().newTuple({in.heap().newFloat(fp), in.heap().newFloat(ip)});
}

ObjRef predicate(Interpreter& in, CallArgs& args, const char* name, bool (*p)(double)) {
    if (!oneArg(in, args, name))
        return nullptr;
    double x = 0;
    if (!interp::floatArg(in, args.positional[0].get(), x))
        return nullptr;
    return in.boolean(p(x));
}
ObjRef isfinite(Interpreter& in, Object*, CallArgs& args) {
    return predicate(in, args, "isfinite",
                     [](double x) { return static_cast<bool>(std::isfinite(x)); });
}
ObjRef isinf(Interpreter& in, Object*, CallArgs& args) {
    return predicate(in, args, "isinf", [](double x) { return static_cast<bool>(std::isinf(x)); });
}
ObjRef isnan(Interpreter& in, Object*, CallArgs& args) {
    return predicate(in, args, "isnan", [](double x) { return static_cast<bool>(std::isnan(x)); });
}

ObjRef isclose(Interpreter& in, Object*, CallArgs& args) {
    ObjRef relArg = interp::takeKeyword(args, "rel_tol");
    ObjRef absArg = interp::takeKeyword(args, "abs_tol");
    if (!interp::noMoreKeywords(in, args, "isclose"))
        return nullptr;
    if (args.positional.size() != 2)
        return in.raise("TypeError", "isclose() takes exactly 2 positional arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    double a = 0, b = 0, rel = 1e-09, abs = 0.0;
    if (!interp::floatArg(in, args.positional[0].get(), a) ||
        !interp::floatArg(in, args.positional[1].get(), b))
        return nullptr;
    if (relArg && !interp::floatArg(in, relArg.get(), rel))
        return nullptr;
    if (absArg && !interp::floatArg(in, absArg.get(), abs))
        return nullptr;
    if (rel < 0.0 || abs < 0.0)
        return in.raise("ValueError", "tolerances must be non-negative");
    if (a == b)
        return in.boolean(true);
    if (std::isinf(a) || std::isinf(b))
        return in.boolean(false);
    double diff = std::fabs(b - a);
    return in.boolean((diff <= std::fabs(rel * b)) || (diff <= std::fabs(rel * a)) ||
                      (diff <= abs));
}

ObjRef hypot(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "hypot"))
        return nullptr;
    double r = 0;
    bool nan = false, inf = false;
    for (const ObjRef& a : args.positional) {
        double x = 0;
        if (!interp::floatArg(in, a.get(), x))
            return nullptr;
        if (std::isinf(x))
            inf = true;
        if (std::isnan(x))
            nan = true;
        r = std::hypot(r, x);
    }
    if (inf)
        return in.heap().newFloat(std::numeric_limits<double>::infinity());
    if (nan)
        return in.heap().newFloat(std::numeric_limits<double>::quiet_NaN());
    return in.heap().newFloat(r);
}

ObjRef dist(Interpreter& in, Object*, CallArgs& args) {
    if (!twoArgs(in, args, "dist"))
        return nullptr;
    ObjVec p, q;
    if (!in.collect(args.positional[0].get(), p, true) ||
        !in.collect(args.positional[1].get(), q, true))
        return nullptr;
    if (p.size() != q.size())
        return in.raise("ValueError", "both points must have the same number of dimensions");
    double r = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        double a = 0, b = 0;
        if (!interp::floatArg(in, p[i].get(), a) || !interp::floatArg(in, q[i].get(), b))
            return nullptr;
        r = std::hypot(r, a - b);
    }
    return in.heap().newFloat(r);
}

// floor/ceil/trunc: ints come back as they are, floats become exact ints.
ObjRef rounding(Interpreter& in, CallArgs& args, const char* name, double (*f)(double)) {
    if (!oneArg(in, args, name))
        return nullptr;
    Object* x = args.positional[0].get();
    if (x->tag == rt::Tag::Int)
        return args.positional[0];
    if (x->tag == rt::Tag::Bool)
        return in.heap().newInt(static_cast<std::int64_t>(static_cast<rt::BoolObject*>(x)->value));
    // A class's own __floor__ / __ceil__ / __trunc__ (fractions.Fraction has them).
    if (Interpreter::isUserObject(x)) {
        bool found = false;
        ObjRef r = in.callDunder(x, "__" + std::string(name) + "__", {}, &found);
        if (found)
            return r;
        // floor and ceil take any real number (its __float__ or __index__); trunc does not.
        double d = 0;
        if (std::string(name) != "trunc")
            return interp::floatArg(in, x, d) ? interp::intFromResult(in, BigInt::fromDouble(f(d)))
                                              : nullptr;
    }
    if (x->tag != rt::Tag::Float) {
        if (std::string(name) == "trunc")
            return in.raise("TypeError", "type " + std::string(in.typeName(x)) +
                                             " doesn't define __trunc__ method");
        return in.raise("TypeError", "must be real number, not " + std::string(in.typeName(x)));
    }
    return interp::intFromResult(in,
                                 BigInt::fromDouble(f(static_cast<rt::FloatObject*>(x)->value)));
}
ObjRef floor(Interpreter& in, Object*, CallArgs& args) {
    return rounding(in, args, "floor", [](double x) { return std::floor(x); });
}
ObjRef ceil(Interpreter& in, Object*, CallArgs& args) {
    return rounding(in, args, "ceil", [](double x) { return std::ceil(x); });
}
ObjRef trunc(Interpreter& in, Object*, CallArgs& args) {
    return rounding(in, args, "trunc", [](double x) { return std::trunc(x); });
}

// An exact int argument ("'float' object cannot be interpreted as an integer").
std::optional<BigInt> bigArg(Interpreter& in, Object* o) {
    ObjRef hold; // the int a program's __index__ returned
    if (!interp::indexKey(in, o, hold))
        return std::nullopt;
    if (o->tag == rt::Tag::Bool)
        return BigInt::fromInt64(static_cast<rt::BoolObject*>(o)->value);
    if (o->tag == rt::Tag::Int)
        return static_cast<rt::IntObject*>(o)->toBig();
    in.raise("TypeError",
             "'" + std::string(in.typeName(o)) + "' object cannot be interpreted as an integer");
    return std::nullopt;
}

ObjRef factorial(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "factorial"))
        return nullptr;
    Object* x = args.positional[0].get();
    if (x->tag == rt::Tag::Float)
        return in.raise("TypeError", "'float' object cannot be interpreted as an integer");
    auto n = bigArg(in, x);
    if (!n)
        return nullptr;
    if (n->isNegative())
        return in.raise("ValueError", "factorial() not defined for negative values");
    if (!n->fitsInt64())
        return in.raise("OverflowError",
                        "factorial() argument should not exceed 9223372036854775807");
    auto r = numeric::factorial(static_cast<std::uint64_t>(n->toInt64()), in, in.intBitBudget());
    if (!r) // MemoryLimit or a stop: raise() ends the run
        return in.raise(r.error().type.c_str(), r.error().message);
    return in.heap().newInt(std::move(*r));
}

// The magnitude of a plain int that fits a machine word, or nothing (a big int, int64's
// lowest value, a bool, a subclass's object or another type: the general path's).
std::optional<std::uint64_t> smallMagnitude(const Object* o) {
    if (o->tag != rt::Tag::Int || o->subclassed)
        return std::nullopt;
    const auto* i = static_cast<const rt::IntObject*>(o);
    if (i->isBig() || i->small == std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return static_cast<std::uint64_t>(i->small < 0 ? -i->small : i->small);
}

ObjRef gcd(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "gcd"))
        return nullptr;
    // math.gcd(i, 360) in a loop: word-sized ints need no big-int values made and freed.
    std::uint64_t small = 0;
    bool allSmall = true;
    for (const ObjRef& a : args.positional) {
        auto m = smallMagnitude(a.get());
        if (!m) {
            allSmall = false;
            break;
        }
        small = std::gcd(small, *m);
    }
    if (allSmall)
        return in.heap().newInt(static_cast<std::int64_t>(small));
    BigInt r;
    for (const ObjRef& a : args.positional) {
        auto v = bigArg(in, a.get());
        if (!v)
            return nullptr;
        r = numeric::gcd(r, *v);
    }
    return in.heap().newInt(std::move(r));
}

ObjRef lcm(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "lcm"))
        return nullptr;
    BigInt r = BigInt::fromInt64(1);
    for (const ObjRef& a : args.positional) {
        auto v = bigArg(in, a.get());
        if (!v)
            return nullptr;
        if (v->isZero() || r.isZero()) {
            r = BigInt();
            continue;
        }
        r = numeric::lcm(r, *v);
    }
    return in.heap().newInt(std::move(r));
}

ObjRef isqrt(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "isqrt"))
        return nullptr;
    auto n = bigArg(in, args.positional[0].get());
    if (!n)
        return nullptr;
    if (n->isNegative())
        return in.raise("ValueError", "isqrt() argument must be nonnegative");
    return in.heap().newInt(numeric::isqrt(*n));
}

bool combArgs(Interpreter& in, CallArgs& args, const char* name, std::size_t min, BigInt& n,
              BigInt& k, bool& hasK) {
    if (!interp::noKeywords(in, args, name) || !interp::argCount(in, args, name, min, 2))
        return false;
    auto a = bigArg(in, args.positional[0].get());
    if (!a)
        return false;
    n = *a;
    hasK = args.positional.size() == 2 && args.positional[1]->tag != rt::Tag::None;
    if (hasK) {
        auto b = bigArg(in, args.positional[1].get());
        if (!b)
            return false;
        k = *b;
    }
    if (n.isNegative())
        return in.raise("ValueError", "n must be a non-negative integer"), false;
    if (hasK && k.isNegative())
        return in.raise("ValueError", "k must be a non-negative integer"), false;
    return true;
}

// The BigInt math functions' result as an int; a MemoryLimit or a stop ends the run.
ObjRef intResult(Interpreter& in, numeric::Result<BigInt> r) {
    if (!r)
        return in.raise(r.error().type.c_str(), r.error().message);
    return in.heap().newInt(std::move(*r));
}

ObjRef perm(Interpreter& in, Object*, CallArgs& args) {
    BigInt n, k;
    bool hasK = false;
    if (!combArgs(in, args, "perm", 1, n, k, hasK))
        return nullptr;
    if (!hasK)
        k = n;
    if (k > n)
        return in.heap().newInt(std::int64_t{0});
    if (!k.fitsInt64())
        return in.raise("OverflowError", "k must not exceed 9223372036854775807");
    return intResult(in, numeric::fallingFactorial(n, static_cast<std::uint64_t>(k.toInt64()), in,
                                                   in.intBitBudget()));
}

ObjRef comb(Interpreter& in, Object*, CallArgs& args) {
    BigInt n, k;
    bool hasK = false;
    if (!combArgs(in, args, "comb", 2, n, k, hasK))
        return nullptr;
    if (k > n)
        return in.heap().newInt(std::int64_t{0});
    BigInt nk = n - k;
    if (nk < k)
        k = nk;
    if (!k.fitsInt64())
        return in.raise("OverflowError", "min(n - k, k) must not exceed 9223372036854775807");
    return intResult(
        in, numeric::binomial(n, static_cast<std::uint64_t>(k.toInt64()), in, in.intBitBudget()));
}

ObjRef prod(Interpreter& in, Object*, CallArgs& args) {
    ObjRef start = interp::takeKeyword(args, "start");
    if (!interp::noMoreKeywords(in, args, "prod"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "prod() takes exactly 1 positional argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    ObjRef acc = start ? start : in.heap().newInt(std::int64_t{1});
    ObjRef it = in.iter(args.positional[0].get());
    if (!it)
        return nullptr;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x) {
            if (in.hasException())
                return nullptr;
            return acc;
        }
        acc = in.binary(syntax::Operator::Mult, acc.get(), x.get());
        if (!acc)
            return nullptr;
    }
}

// Shewchuk's exactly rounded sum, as CPython's math_fsum.
ObjRef fsum(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "fsum"))
        return nullptr;
    ObjRef it = in.iter(args.positional[0].get());
    if (!it)
        return nullptr;
    std::vector<double> p;
    double special = 0.0, infSum = 0.0;
    while (true) {
        ObjRef item = in.next(it.get());
        if (!item) {
            if (in.hasException())
                return nullptr;
            break;
        }
        double x = 0;
        if (!interp::floatArg(in, item.get(), x))
            return nullptr;
        double xsave = x;
        std::size_t i = 0;
        for (double y : p) {
            if (std::fabs(x) < std::fabs(y))
                std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(xsave))
                    return in.raise("OverflowError", "intermediate overflow in fsum");
                if (std::isinf(xsave))
                    infSum += xsave;
                special += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (special != 0.0) {
        if (std::isnan(infSum))
            return in.raise("ValueError", "-inf + inf in fsum");
        return in.heap().newFloat(special);
    }
    double hi = 0.0;
    std::size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    return in.heap().newFloat(hi);
}

} // namespace
} // namespace math

void fillMath(Interpreter& in, rt::ModuleObject& m) {
    struct Def {
        const char* name;
        rt::NativeFn fn;
    };
    // The order of CPython's math module dict, so `from math import *` binds in its order.
    static const Def kFunctions[] = {
        {"acos", math::acos},
        {"acosh", math::acosh},
        {"asin", math::asin},
        {"asinh", math::asinh},
        {"atan", math::atan},
        {"atan2", math::atan2},
        {"atanh", math::atanh},
        {"cbrt", math::cbrt},
        {"ceil", math::ceil},
        {"copysign", math::copysign},
        {"cos", math::cos},
        {"cosh", math::cosh},
        {"degrees", math::degrees},
        {"dist", math::dist},
        {"erf", math::erf},
        {"erfc", math::erfc},
        {"exp", math::exp},
        {"exp2", math::exp2},
        {"expm1", math::expm1},
        {"fabs", math::fabs},
        {"factorial", math::factorial},
        {"floor", math::floor},
        {"fmod", math::fmod},
        {"frexp", math::frexp},
        {"fsum", math::fsum},
        {"gamma", math::gamma},
        {"gcd", math::gcd},
        {"hypot", math::hypot},
        {"isclose", math::isclose},
        {"isfinite", math::isfinite},
        {"isinf", math::isinf},
        {"isnan", math::isnan},
        {"isqrt", math::isqrt},
        {"lcm", math::lcm},
        {"ldexp", math::ldexp},
        {"lgamma", math::lgamma},
        {"log", math::log},
        {"log1p", math::log1p},
        {"log10", math::log10},
        {"log2", math::log2},
        {"modf", math::modf},
        {"pow", math::pow},
        {"radians", math::radians},
        {"remainder", math::remainder},
        {"sin", math::sin},
        {"sinh", math::sinh},
        {"sqrt", math::sqrt},
        {"tan", math::tan},
        {"tanh", math::tanh},
        {"trunc", math::trunc},
        {"prod", math::prod},
        {"perm", math::perm},
        {"comb", math::comb},
        {"nextafter", math::nextafter},
        {"ulp", math::ulp},
    };
    for (const Def& d : kFunctions)
        addFunction(in, m, d.name, d.fn);
    m.set("pi", in.heap().newFloat(math::kPi));
    m.set("e", in.heap().newFloat(2.718281828459045235360287471352662498));
    m.set("tau", in.heap().newFloat(2 * math::kPi));
    m.set("inf", in.heap().newFloat(std::numeric_limits<double>::infinity()));
    m.set("nan", in.heap().newFloat(std::numeric_limits<double>::quiet_NaN()));
}

} // namespace memstep::core::modules
