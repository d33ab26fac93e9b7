// The statistics module's basics: mean, median, mode, variance, pvariance, stdev and pstdev,
// with CPython 3.11's exact results.
//
// CPython sums the data as exact fractions and converts once at the end (_sum, _ss,
// _convert), and stdev takes a correctly rounded square root of that fraction
// (_float_sqrt_of_frac); so does this file, with GMP integers. The data may hold ints,
// bools, floats and fractions.Fraction; an infinity or NaN, the xbar/mu arguments and the
// module's other functions are refused as Unsupported. StatisticsError is a library
// exception class (a ValueError, printed as statistics.StatisticsError).
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

namespace statistics {
namespace {

// The type CPython's _coerce settles on: int (ints and bools alone), Fraction or float.
enum class Kind { Int, Fraction, Float };

struct Exact {
    Kind kind = Kind::Int;
    fractions::Rational sum{BigInt(), BigInt::fromInt64(1)};   // sum of x
    fractions::Rational sumSq{BigInt(), BigInt::fromInt64(1)}; // sum of x*x
    std::int64_t count = 0;
    rt::TypeObject* fractionClass = nullptr;
};

void addTo(fractions::Rational& acc, const BigInt& n, const BigInt& d) {
    acc.n = acc.n * d + n * acc.d;
    acc.d = acc.d * d;
    BigInt g = fractions::gcd(acc.n, acc.d);
    if (!g.isZero() && !(g == BigInt::fromInt64(1))) {
        acc.n = fractions::exactDiv(acc.n, g);
        acc.d = fractions::exactDiv(acc.d, g);
    }
}

fractions::Rational reduced(BigInt n, BigInt d) {
    if (d.isNegative()) {
        n = -n;
        d = -d;
    }
    BigInt g = fractions::gcd(n, d);
    if (!g.isZero() && !(g == BigInt::fromInt64(1)))
        return {fractions::exactDiv(n, g), fractions::exactDiv(d, g)};
    return {std::move(n), std::move(d)};
}

ObjRef statisticsError(Interpreter& in, const std::string& message) {
    auto* e = in.heap().make<rt::ExceptionObject>();
    ObjRef exc(e);
    ObjRef module = in.importModule("statistics");
    Object* type =
        module ? static_cast<rt::ModuleObject*>(module.get())->find("StatisticsError") : nullptr;
    if (!type || type->tag != rt::Tag::Type)
        return in.abortUnsupported(
            "statistics with statistics.StatisticsError replaced by the program is not supported");
    e->type = static_cast<rt::TypeObject*>(type);
    e->args = {in.newStr(message)};
    e->message = message;
    return in.raiseObject(exc);
}

// Every value of `data` as an exact ratio, as _sum and _ss read them. False with the error set.
bool readData(Interpreter& in, Object* data, Exact& out) {
    ObjRef it = in.iter(data);
    if (!it)
        return false;
    while (ObjRef x = in.next(it.get())) {
        BigInt n, d = BigInt::fromInt64(1);
        if (interp::ops::isIntLike(x.get())) {
            n = interp::ops::bigValue(x.get());
        } else if (x->tag == rt::Tag::Float) {
            const double v = static_cast<rt::FloatObject*>(x.get())->value;
            if (!std::isfinite(v)) {
                in.abortUnsupported(
                    "statistics of data holding an infinity or NaN is not supported");
                return false;
            }
            fractions::Rational r;
            fractions::fromFloat(in, v, r);
            n = r.n;
            d = r.d;
            out.kind = Kind::Float;
        } else if (fractions::isFraction(x.get())) {
            fractions::Rational r = fractions::valueOf(x.get());
            n = r.n;
            d = r.d;
            out.fractionClass = static_cast<rt::InstanceObject*>(x.get())->cls;
            if (out.kind == Kind::Int)
                out.kind = Kind::Fraction;
        } else if (x->tag == rt::Tag::Instance || x->tag == rt::Tag::Exception) {
            in.abortUnsupported(std::string("statistics of '") + in.typeName(x.get()) +
                                "' data is not supported");
            return false;
        } else {
            in.raise("TypeError", std::string("can't convert type '") + in.typeName(x.get()) +
                                      "' to numerator/denominator");
            return false;
        }
        ++out.count;
        addTo(out.sum, n, d);
        addTo(out.sumSq, n * n, d * d);
        if (in.pollStop())
            return false;
    }
    return !in.hasException() && !in.aborted();
}

// _convert(value, T).
ObjRef convert(Interpreter& in, const Exact& e, const fractions::Rational& v) {
    if (e.kind == Kind::Fraction)
        return fractions::make(in, e.fractionClass, v.n, v.d);
    if (e.kind == Kind::Int && v.d == BigInt::fromInt64(1))
        return in.heap().newInt(v.n);
    auto r = v.n.trueDiv(v.d);
    if (!r)
        return in.raise(r.error().type.c_str(), r.error().message);
    return in.heap().newFloat(*r);
}

// Sum of squared deviations over its divisor: (count * sxx - sx * sx) / count / divisor.
fractions::Rational spread(const Exact& e, std::int64_t divisor) {
    const BigInt count = BigInt::fromInt64(e.count);
    // sx = a/b, sxx = c/d: (count*c/d - a*a/(b*b)) / count
    const BigInt& a = e.sum.n;
    const BigInt& b = e.sum.d;
    const BigInt& c = e.sumSq.n;
    const BigInt& d = e.sumSq.d;
    BigInt num = count * c * b * b - a * a * d;
    BigInt den = d * b * b * count * BigInt::fromInt64(divisor);
    return reduced(std::move(num), std::move(den));
}

BigInt isqrt(const BigInt& x) {
    BigInt r;
    mpz_sqrt(r.gmp(), x.gmp());
    return r;
}

// _integer_sqrt_of_frac_rto: sqrt(n/m) rounded to odd.
BigInt sqrtRoundToOdd(const BigInt& n, const BigInt& m) {
    BigInt a = isqrt(*n.floorDiv(m));
    if (!(a * a * m == n))
        a = a | BigInt::fromInt64(1);
    return a;
}

// _float_sqrt_of_frac(n, m): the square root of n/m as a float, correctly rounded.
ObjRef floatSqrtOfFrac(Interpreter& in, const BigInt& n, const BigInt& m) {
    constexpr std::int64_t kSqrtBitWidth = 2 * 53 + 3;
    const std::int64_t diff = static_cast<std::int64_t>(n.bitLength()) -
                              static_cast<std::int64_t>(m.bitLength()) - kSqrtBitWidth;
    const std::int64_t q = diff >= 0 ? diff / 2 : -((-diff + 1) / 2);
    BigInt numerator, denominator = BigInt::fromInt64(1);
    if (q >= 0) {
        numerator = sqrtRoundToOdd(n, m.shiftLeft(static_cast<std::uint64_t>(2 * q)))
                        .shiftLeft(static_cast<std::uint64_t>(q));
    } else {
        numerator = sqrtRoundToOdd(n.shiftLeft(static_cast<std::uint64_t>(-2 * q)), m);
        denominator = denominator.shiftLeft(static_cast<std::uint64_t>(-q));
    }
    auto r = numerator.trueDiv(denominator);
    if (!r)
        return in.raise(r.error().type.c_str(), r.error().message);
    return in.heap().newFloat(*r);
}

// The data argument; `second` names the optional argument memstep refuses (variance's xbar,
// pstdev's mu), null for a function of the data alone (mean, median, mode).
bool oneArg(Interpreter& in, CallArgs& args, const char* name, const char* second) {
    if (second && (interp::takeKeyword(args, second) || args.positional.size() == 2)) {
        in.abortUnsupported(std::string("statistics.") + name + "() with " + second +
                            " is not supported");
        return false;
    }
    ObjRef data = interp::takeKeyword(args, "data");
    if (!second) { // a Python function's binding of (data): keywords, then the count
        const std::string fn = std::string(name) + "()";
        if (!args.keywords.empty()) {
            in.raise("TypeError", fn + " got an unexpected keyword argument '" +
                                      *args.keywords.front().name + "'");
            return false;
        }
        if (data && !args.positional.empty()) {
            in.raise("TypeError", fn + " got multiple values for argument 'data'");
            return false;
        }
        if (args.positional.size() > 1) {
            in.raise("TypeError", fn + " takes 1 positional argument but " +
                                      std::to_string(args.positional.size()) + " were given");
            return false;
        }
        if (!data && args.positional.empty()) {
            in.raise("TypeError", fn + " missing 1 required positional argument: 'data'");
            return false;
        }
    }
    if (data)
        args.positional.push_back(data);
    return interp::noMoreKeywords(in, args, name) && interp::argCount(in, args, name, 1, 1);
}

ObjRef mean(Interpreter& in, Object*, CallArgs& args) {
    Exact e;
    if (!oneArg(in, args, "mean", nullptr) || !readData(in, args.positional[0].get(), e))
        return nullptr;
    if (e.count < 1)
        return statisticsError(in, "mean requires at least one data point");
    return convert(in, e, reduced(e.sum.n, e.sum.d * BigInt::fromInt64(e.count)));
}

template <bool Sample, bool Root> ObjRef spreadFn(Interpreter& in, Object*, CallArgs& args) {
    const char* name = Sample ? (Root ? "stdev" : "variance") : (Root ? "pstdev" : "pvariance");
    Exact e;
    if (!oneArg(in, args, name, Sample ? "xbar" : "mu") ||
        !readData(in, args.positional[0].get(), e))
        return nullptr;
    if (e.count < (Sample ? 2 : 1))
        return statisticsError(in, std::string(name) + " requires at least " +
                                       (Sample ? "two data points" : "one data point"));
    fractions::Rational v = spread(e, Sample ? e.count - 1 : 1);
    if (!Sample)
        v = reduced(v.n, v.d * BigInt::fromInt64(e.count));
    if (Root)
        return floatSqrtOfFrac(in, v.n, v.d);
    return convert(in, e, v);
}

ObjRef median(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "median", nullptr))
        return nullptr;
    CallArgs call;
    call.positional = {args.positional[0]};
    ObjRef sorted = in.call(in.builtin("sorted").get(), call);
    if (!sorted)
        return nullptr;
    const ObjVec& items = static_cast<rt::ListObject*>(sorted.get())->items;
    const std::size_t n = items.size();
    if (n == 0)
        return statisticsError(in, "no median for empty data");
    if (n % 2 == 1)
        return items[n / 2];
    ObjRef low = items[n / 2 - 1], high = items[n / 2];
    ObjRef total = in.binary(Operator::Add, low.get(), high.get());
    if (!total)
        return nullptr;
    return in.binary(Operator::Div, total.get(), in.heap().newInt(2).get());
}

// Counter(data).most_common(1)[0][0]: the first of the most frequent values.
ObjRef mode(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArg(in, args, "mode", nullptr))
        return nullptr;
    ObjRef it = in.iter(args.positional[0].get());
    if (!it)
        return nullptr;
    auto index = in.heap().newDict();
    auto* d = static_cast<rt::DictObject*>(index.get());
    std::vector<std::pair<ObjRef, std::int64_t>> counts;
    while (ObjRef x = in.next(it.get())) {
        std::optional<std::int64_t> h = in.hash(x.get());
        if (!h)
            return nullptr;
        const std::int64_t pos = d->find(x.get(), *h, in);
        if (pos == rt::kLookupFailed || in.hasException() || in.aborted())
            return nullptr;
        if (pos >= 0) {
            ++counts[static_cast<std::size_t>(
                         interp::ops::bigValue(d->entries[pos].value.get()).toInt64())]
                  .second;
        } else {
            if (!in.dictSetHashed(d, x, *h,
                                  in.heap().newInt(static_cast<std::int64_t>(counts.size()))))
                return nullptr;
            counts.emplace_back(x, 1);
        }
        if (in.pollStop())
            return nullptr;
    }
    if (in.hasException() || in.aborted())
        return nullptr;
    if (counts.empty())
        return statisticsError(in, "no mode for empty data");
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    return best->first;
}

} // namespace
} // namespace statistics

bool isMissingStatisticsAttribute(std::string_view name) {
    // dir(statistics) in CPython 3.11 minus what fillStatistics provides, sorted.
    static const std::vector<std::string_view> kMissing = {
        "Counter",
        "Decimal",
        "Fraction",
        "LinearRegression",
        "NormalDist",
        "_SQRT2",
        "__all__",
        "__annotations__",
        "_coerce",
        "_convert",
        "_decimal_sqrt_of_frac",
        "_exact_ratio",
        "_fail_neg",
        "_float_sqrt_of_frac",
        "_integer_sqrt_of_frac_rto",
        "_isfinite",
        "_mean_stdev",
        "_normal_dist_inv_cdf",
        "_sqrt_bit_width",
        "_ss",
        "_sum",
        "bisect_left",
        "bisect_right",
        "correlation",
        "covariance",
        "defaultdict",
        "erf",
        "exp",
        "fabs",
        "fmean",
        "fsum",
        "geometric_mean",
        "groupby",
        "harmonic_mean",
        "hypot",
        "linear_regression",
        "log",
        "math",
        "median_grouped",
        "median_high",
        "median_low",
        "mul",
        "multimode",
        "namedtuple",
        "numbers",
        "quantiles",
        "random",
        "reduce",
        "repeat",
        "sqrt",
        "sys",
        "tau",
    };
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

void fillStatistics(Interpreter& in, rt::ModuleObject& m) {
    m.set("StatisticsError", ObjRef(interp::newLibraryException(in, "statistics", "StatisticsError",
                                                                in.exceptionType("ValueError"))));
    addPythonFunction(in, m, "mean", statistics::mean, {"data"}, {});
    addPythonFunction(in, m, "median", statistics::median, {"data"}, {});
    addPythonFunction(in, m, "mode", statistics::mode, {"data"}, {});
    addPythonFunction(in, m, "variance", statistics::spreadFn<true, false>, {"data", "xbar"},
                      {in.none()});
    addPythonFunction(in, m, "pvariance", statistics::spreadFn<false, false>, {"data", "mu"},
                      {in.none()});
    addPythonFunction(in, m, "stdev", statistics::spreadFn<true, true>, {"data", "xbar"},
                      {in.none()});
    addPythonFunction(in, m, "pstdev", statistics::spreadFn<false, true>, {"data", "mu"},
                      {in.none()});
}

} // namespace memstep::core::modules
