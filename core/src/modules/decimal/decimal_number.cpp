// Decimal numbers and their arithmetic (see decimal_number.h), rule for rule as
// Lib/_pydecimal.py 3.11 states them.
#include "modules/decimal/decimal_number.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace memstep::core::modules::decimal {

namespace {

constexpr const char* kRoundingNames[] = {"ROUND_CEILING",   "ROUND_FLOOR",   "ROUND_UP",
                                          "ROUND_DOWN",      "ROUND_HALF_UP", "ROUND_HALF_DOWN",
                                          "ROUND_HALF_EVEN", "ROUND_05UP"};

// Coefficients and exponent gaps past this many digits are refused: CPython would compute
// them, but they are no course's numbers and GMP cannot be interrupted.
constexpr std::int64_t kMaxDigits = 100000;

Outcome ok(Number x) {
    return {std::move(x), Signal::None, {}};
}

Outcome fail(Signal s) {
    return {Number{}, s, {}};
}

Outcome refuse(std::string what) {
    return {Number{}, Signal::Unsupported, std::move(what)};
}

Number finite(bool negative, BigInt coef, std::int64_t exp) {
    Number n;
    n.negative = negative;
    n.coef = std::move(coef);
    n.exp = exp;
    return n;
}

Number special(bool negative, Kind kind) {
    Number n;
    n.negative = negative;
    n.kind = kind;
    return n;
}

// Keeps all but the last `drop` digits of `coef`, rounded by `r` (drop > 0): the rounding
// functions of _pydecimal, which look at the dropped digits and the last kept one.
BigInt roundDrop(const BigInt& coef, std::int64_t drop, Rounding r, bool negative) {
    BigInt q;
    bool nonzero = false;
    int half = -1; // the dropped part against half a unit: -1 less, 0 equal, 1 more
    if (drop > digitCount(coef) + 1) {
        nonzero = !coef.isZero();
    } else {
        BigInt p = pow10(drop), rem;
        mpz_tdiv_qr(q.gmp(), rem.gmp(), coef.gmp(), p.gmp());
        nonzero = !rem.isZero();
        const auto c = (rem + rem) <=> p;
        half = c < 0 ? -1 : c == 0 ? 0 : 1;
    }
    bool up = false;
    switch (r) {
    case Rounding::Down:
        break;
    case Rounding::Up:
        up = nonzero;
        break;
    case Rounding::Ceiling:
        up = nonzero && !negative;
        break;
    case Rounding::Floor:
        up = nonzero && negative;
        break;
    case Rounding::HalfUp:
        up = half >= 0;
        break;
    case Rounding::HalfDown:
        up = half > 0;
        break;
    case Rounding::HalfEven:
        up = half > 0 || (half == 0 && q.isOdd());
        break;
    case Rounding::ZeroFiveUp: {
        const unsigned long last = mpz_fdiv_ui(q.gmp(), 10);
        up = nonzero && (last == 0 || last == 5);
        break;
    }
    }
    return up ? q + BigInt::fromInt64(1) : q;
}

bool tooLong(std::int64_t digits) {
    return digits > kMaxDigits;
}

// _normalize of _pydecimal: when the exponents are far apart, the smaller operand only
// matters as a sticky digit below the precision.
void normalizePair(Number& a, Number& b, std::int64_t prec) {
    Number* big = a.exp < b.exp ? &b : &a;
    Number* small = a.exp < b.exp ? &a : &b;
    const std::int64_t bigLen = digitCount(big->coef), smallLen = digitCount(small->coef);
    const std::int64_t exp = big->exp + std::min<std::int64_t>(-1, bigLen - prec - 2);
    if (smallLen + small->exp - 1 < exp) {
        small->coef = BigInt::fromInt64(1);
        small->exp = exp;
    }
}

Outcome nanResult(const Number& a, const Number& b) {
    if (a.kind == Kind::SNaN || b.kind == Kind::SNaN)
        return fail(Signal::InvalidOperation);
    const Number& n = a.isNaN() ? a : b;
    Number out = n;
    out.kind = Kind::NaN;
    return ok(out);
}

} // namespace

const char* roundingName(Rounding r) {
    return kRoundingNames[static_cast<int>(r)];
}

std::optional<Rounding> roundingFromName(const std::string& name) {
    for (int i = 0; i < 8; ++i)
        if (name == kRoundingNames[i])
            return static_cast<Rounding>(i);
    return std::nullopt;
}

std::int64_t digitCount(const BigInt& coef) {
    if (coef.isZero())
        return 1;
    return static_cast<std::int64_t>(coef.abs().toString().size());
}

BigInt pow10(std::int64_t k) {
    BigInt r;
    mpz_ui_pow_ui(r.gmp(), 10, static_cast<unsigned long>(k));
    return r;
}

std::int64_t adjusted(const Number& x) {
    return x.exp + digitCount(x.coef) - 1;
}

Number fromInt(const BigInt& v) {
    return finite(v.isNegative(), v.abs(), 0);
}

Number fromDouble(double x) {
    if (std::isnan(x))
        return special(std::signbit(x), Kind::NaN);
    if (std::isinf(x))
        return special(x < 0, Kind::Infinite);
    const bool negative = std::signbit(x);
    int e = 0;
    double m = std::frexp(std::fabs(x), &e);
    // m * 2**e with m an integer below 2**53.
    for (int i = 0; i < 1100 && m != std::floor(m); ++i) {
        m *= 2.0;
        --e;
    }
    BigInt coef = *BigInt::fromDouble(m);
    if (e >= 0)
        return finite(negative, coef.shiftLeft(static_cast<std::uint64_t>(e)), 0);
    // n / 2**k == n * 5**k / 10**k, then trailing zeros are not removed (CPython keeps none:
    // an odd n times 5**k ends in 5).
    while (!coef.isZero() && !coef.isOdd() && e < 0) {
        coef = coef.shiftRight(1);
        ++e;
    }
    if (e >= 0)
        return finite(negative, coef.shiftLeft(static_cast<std::uint64_t>(e)), 0);
    BigInt five;
    mpz_ui_pow_ui(five.gmp(), 5, static_cast<unsigned long>(-e));
    return finite(negative, coef * five, e);
}

std::optional<Number> parse(const std::string& raw, bool* hugeExponent) {
    // _decimal strips str.strip()'s whitespace and then drops every underscore.
    std::size_t p = 0, end = raw.size();
    auto space = [](char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
    };
    while (p < end && space(raw[p]))
        ++p;
    while (end > p && space(raw[end - 1]))
        --end;
    std::string s;
    for (std::size_t i = p; i < end; ++i)
        if (raw[i] != '_')
            s += static_cast<char>(std::tolower(static_cast<unsigned char>(raw[i])));
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    auto digits = [&](std::string& out) {
        while (i < s.size() && isDigit(s[i]))
            out += s[i++];
        return true;
    };
    const std::string rest = s.substr(i);
    if (rest == "inf" || rest == "infinity")
        return special(negative, Kind::Infinite);
    for (const char* word : {"nan", "snan"}) {
        const std::string w = word;
        if (rest.compare(0, w.size(), w) != 0)
            continue;
        i += w.size();
        std::string payload;
        if (!digits(payload) || i != s.size())
            return std::nullopt;
        Number n = special(negative, w == "nan" ? Kind::NaN : Kind::SNaN);
        if (!payload.empty())
            n.coef = *BigInt::fromString(payload);
        return n;
    }
    std::string intPart, fracPart;
    if (!digits(intPart))
        return std::nullopt;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits(fracPart))
            return std::nullopt;
    }
    if (intPart.empty() && fracPart.empty())
        return std::nullopt;
    std::int64_t exp = 0;
    if (i < s.size() && s[i] == 'e') {
        ++i;
        bool negExp = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            negExp = s[i++] == '-';
        std::string e;
        if (!digits(e) || e.empty())
            return std::nullopt;
        e.erase(0, std::min(e.find_first_not_of('0'), e.size() - 1));
        if (e.size() > 15) {
            if (hugeExponent)
                *hugeExponent = true;
            return std::nullopt;
        }
        exp = std::stoll(e);
        if (negExp)
            exp = -exp;
    }
    if (i != s.size())
        return std::nullopt;
    std::string all = intPart + fracPart;
    const std::size_t nz = all.find_first_not_of('0');
    all = nz == std::string::npos ? "0" : all.substr(nz);
    return finite(negative, *BigInt::fromString(all),
                  exp - static_cast<std::int64_t>(fracPart.size()));
}

std::string toSci(const Number& x, bool capitals) {
    const std::string sign = x.negative ? "-" : "";
    if (x.kind == Kind::Infinite)
        return sign + "Infinity";
    if (x.isNaN())
        return sign + (x.kind == Kind::SNaN ? "sNaN" : "NaN") +
               (x.coef.isZero() ? "" : x.coef.toString());
    const std::string digits = x.coef.toString();
    const auto len = static_cast<std::int64_t>(digits.size());
    const std::int64_t leftDigits = x.exp + len;
    const std::int64_t dotPlace = x.exp <= 0 && leftDigits > -6 ? leftDigits : 1;
    std::string intPart, fracPart;
    if (dotPlace <= 0) {
        intPart = "0";
        fracPart = "." + std::string(static_cast<std::size_t>(-dotPlace), '0') + digits;
    } else if (dotPlace >= len) {
        intPart = digits + std::string(static_cast<std::size_t>(dotPlace - len), '0');
    } else {
        intPart = digits.substr(0, static_cast<std::size_t>(dotPlace));
        fracPart = "." + digits.substr(static_cast<std::size_t>(dotPlace));
    }
    std::string exp;
    if (leftDigits != dotPlace) {
        const std::int64_t e = leftDigits - dotPlace;
        exp = std::string(capitals ? "E" : "e") + (e >= 0 ? "+" : "") + std::to_string(e);
    }
    return sign + intPart + fracPart + exp;
}

Number rescale(const Number& x, std::int64_t exp, Rounding r) {
    if (x.isSpecial())
        return x;
    if (x.coef.isZero())
        return finite(x.negative, BigInt(), exp);
    if (x.exp >= exp)
        return finite(x.negative, x.coef * pow10(x.exp - exp), exp);
    return finite(x.negative, roundDrop(x.coef, exp - x.exp, r, x.negative), exp);
}

Outcome fix(Number x, const Context& c) {
    if (x.isSpecial())
        return ok(std::move(x));
    const std::int64_t etiny = c.emin - c.prec + 1, etop = c.emax - c.prec + 1;
    if (x.coef.isZero()) {
        x.exp = std::min(std::max(x.exp, etiny), c.emax);
        return ok(std::move(x));
    }
    const std::int64_t len = digitCount(x.coef);
    std::int64_t expMin = len + x.exp - c.prec;
    if (expMin > etop)
        return fail(Signal::Overflow);
    if (expMin < etiny)
        return refuse("a Decimal result below the context's smallest exponent (Emin)");
    if (x.exp < expMin) {
        BigInt coef = roundDrop(x.coef, expMin - x.exp, c.rounding, x.negative);
        if (digitCount(coef) > c.prec) {
            coef = *coef.floorDiv(BigInt::fromInt64(10));
            ++expMin;
        }
        if (expMin > etop)
            return fail(Signal::Overflow);
        return ok(finite(x.negative, std::move(coef), expMin));
    }
    if (adjusted(x) > c.emax)
        return fail(Signal::Overflow);
    return ok(std::move(x));
}

Outcome add(const Number& a, const Number& bIn, const Context& c, bool subtract) {
    Number b = bIn;
    if (subtract && !b.isNaN())
        b.negative = !b.negative;
    if (a.isNaN() || b.isNaN())
        return nanResult(a, b);
    if (a.kind == Kind::Infinite || b.kind == Kind::Infinite) {
        if (a.kind == Kind::Infinite && b.kind == Kind::Infinite && a.negative != b.negative)
            return fail(Signal::InvalidOperation);
        return ok(a.kind == Kind::Infinite ? a : b);
    }
    std::int64_t exp = std::min(a.exp, b.exp);
    const bool negativeZero = c.rounding == Rounding::Floor && a.negative != b.negative;
    if (a.isZero() && b.isZero())
        return fix(finite(negativeZero || (a.negative && b.negative), BigInt(), exp), c);
    if (a.isZero() || b.isZero()) {
        const Number& x = a.isZero() ? b : a;
        const Number& zero = a.isZero() ? a : b;
        exp = std::max(std::min(x.exp, zero.exp), x.exp - c.prec - 1);
        return fix(rescale(x, exp, c.rounding), c);
    }
    Number x = a, y = b;
    normalizePair(x, y, c.prec);
    exp = std::min(x.exp, y.exp);
    if (tooLong(std::max(x.exp, y.exp) - exp))
        return refuse("a Decimal sum of numbers this far apart");
    BigInt vx = x.coef * pow10(x.exp - exp), vy = y.coef * pow10(y.exp - exp);
    BigInt sum = (x.negative ? -vx : vx) + (y.negative ? -vy : vy);
    if (sum.isZero())
        return fix(finite(negativeZero, BigInt(), exp), c);
    return fix(finite(sum.isNegative(), sum.abs(), exp), c);
}

Outcome multiply(const Number& a, const Number& b, const Context& c) {
    const bool sign = a.negative != b.negative;
    if (a.isNaN() || b.isNaN())
        return nanResult(a, b);
    if (a.kind == Kind::Infinite || b.kind == Kind::Infinite) {
        if (a.isZero() || b.isZero())
            return fail(Signal::InvalidOperation);
        return ok(special(sign, Kind::Infinite));
    }
    return fix(finite(sign, a.coef * b.coef, a.exp + b.exp), c);
}

Outcome divide(const Number& a, const Number& b, const Context& c) {
    const bool sign = a.negative != b.negative;
    if (a.isNaN() || b.isNaN())
        return nanResult(a, b);
    if (a.kind == Kind::Infinite || b.kind == Kind::Infinite) {
        if (a.kind == Kind::Infinite && b.kind == Kind::Infinite)
            return fail(Signal::InvalidOperation);
        if (a.kind == Kind::Infinite)
            return ok(special(sign, Kind::Infinite));
        return refuse("dividing a Decimal by an infinity");
    }
    if (b.isZero())
        return fail(a.isZero() ? Signal::DivisionUndefined : Signal::DivisionByZero);
    if (a.isZero())
        return fix(finite(sign, BigInt(), a.exp - b.exp), c);
    const std::int64_t shift = digitCount(b.coef) - digitCount(a.coef) + c.prec + 1;
    std::int64_t exp = a.exp - b.exp - shift;
    if (tooLong(std::abs(shift)))
        return refuse("a Decimal quotient of numbers this different in length");
    BigInt q, r;
    if (shift >= 0) {
        BigInt top = a.coef * pow10(shift);
        mpz_tdiv_qr(q.gmp(), r.gmp(), top.gmp(), b.coef.gmp());
    } else {
        BigInt bottom = b.coef * pow10(-shift);
        mpz_tdiv_qr(q.gmp(), r.gmp(), a.coef.gmp(), bottom.gmp());
    }
    if (!r.isZero()) {
        if (mpz_fdiv_ui(q.gmp(), 5) == 0)
            q = q + BigInt::fromInt64(1);
    } else {
        const std::int64_t ideal = a.exp - b.exp;
        while (exp < ideal && mpz_fdiv_ui(q.gmp(), 10) == 0) {
            q = *q.floorDiv(BigInt::fromInt64(10));
            ++exp;
        }
    }
    return fix(finite(sign, std::move(q), exp), c);
}

namespace {

// _divide of _pydecimal: (a // b, a % b) for finite a and nonzero finite b.
bool divideParts(const Number& a, const Number& b, const Context& c, Number& q, Number& r,
                 Outcome& failure) {
    const bool sign = a.negative != b.negative;
    const std::int64_t ideal = std::min(a.exp, b.exp);
    const std::int64_t expDiff = a.isZero() ? 0 : adjusted(a) - adjusted(b);
    if (a.isZero() || expDiff <= -2) {
        q = finite(sign, BigInt(), 0);
        r = rescale(a, ideal, c.rounding);
        return true;
    }
    if (expDiff <= c.prec) {
        BigInt x = a.coef, y = b.coef;
        if (tooLong(std::abs(a.exp - b.exp))) {
            failure = refuse("a Decimal // or % of numbers this far apart");
            return false;
        }
        if (a.exp >= b.exp)
            x = x * pow10(a.exp - b.exp);
        else
            y = y * pow10(b.exp - a.exp);
        BigInt qi, ri;
        mpz_tdiv_qr(qi.gmp(), ri.gmp(), x.gmp(), y.gmp());
        if (digitCount(qi) <= c.prec) {
            q = finite(sign, std::move(qi), 0);
            r = finite(a.negative, std::move(ri), ideal);
            return true;
        }
    }
    failure = fail(Signal::DivisionImpossible);
    return false;
}

// What // (quotient) or % answers without dividing; nullopt when both are finite and b nonzero.
std::optional<Outcome> checkDivisionOperands(const Number& a, const Number& b, bool quotient) {
    if (a.isNaN() || b.isNaN())
        return nanResult(a, b);
    if (a.isSpecial() || b.isSpecial())
        return refuse("// or % of a Decimal infinity");
    if (b.isZero())
        return fail(a.isZero() ? Signal::DivisionUndefined
                    : quotient ? Signal::DivisionByZero
                               : Signal::InvalidOperation);
    return std::nullopt;
}

} // namespace

Outcome divideInteger(const Number& a, const Number& b, const Context& c) {
    if (std::optional<Outcome> early = checkDivisionOperands(a, b, true))
        return *early;
    Number q, r;
    Outcome failure;
    if (!divideParts(a, b, c, q, r, failure))
        return failure;
    return ok(std::move(q));
}

Outcome remainder(const Number& a, const Number& b, const Context& c) {
    if (std::optional<Outcome> early = checkDivisionOperands(a, b, false))
        return *early;
    Number q, r;
    Outcome failure;
    if (!divideParts(a, b, c, q, r, failure))
        return failure;
    return fix(std::move(r), c);
}

Outcome powerInt(const Number& a, const BigInt& n, const Context& c) {
    if (a.isSpecial())
        return refuse("a power of a Decimal infinity or NaN");
    if (n.isZero()) {
        if (a.isZero())
            return fail(Signal::InvalidOperation);
        return ok(finite(false, BigInt::fromInt64(1), 0));
    }
    const bool sign = a.negative && n.isOdd();
    if (a.isZero()) {
        if (n.isNegative())
            return ok(special(sign, Kind::Infinite));
        return ok(finite(sign, BigInt(), 0));
    }
    if (!n.fitsInt64())
        return refuse("a Decimal power with an exponent this large");
    const std::uint64_t k = static_cast<std::uint64_t>(n.abs().toInt64());
    // A base of exactly one (1.000) gives an exact power: 1.000 ** 3 is 1.000000000.
    if (!a.negative && a.exp <= 0 && a.coef == pow10(-a.exp)) {
        if (n.isNegative())
            return ok(finite(sign, BigInt::fromInt64(1), 0));
        const double wanted = static_cast<double>(k) * static_cast<double>(-a.exp);
        const std::int64_t shift = wanted > static_cast<double>(c.prec - 1)
                                       ? c.prec - 1
                                       : static_cast<std::int64_t>(wanted);
        return ok(finite(sign, pow10(shift), -shift));
    }
    // _decimal's _mpd_qpow_int: square and multiply (after taking 1/x for a negative power),
    // each product rounded half-even to a few more digits than the context's, then the result
    // rounded to the context: not always the correctly rounded power, but CPython's.
    Context work = c;
    work.rounding = Rounding::HalfEven;
    work.prec = c.prec + digitCount(n.abs()) + 2 + (n.isNegative() ? 1 : 0);
    Number base = a;
    base.negative = false;
    if (n.isNegative()) {
        Outcome inverse = divide(finite(false, BigInt::fromInt64(1), 0), base, work);
        if (inverse.signal != Signal::None)
            return inverse;
        base = std::move(inverse.value);
    }
    Number result = base;
    std::uint64_t bit = std::uint64_t{1} << 63;
    while ((bit & k) == 0)
        bit >>= 1;
    while (bit >>= 1) {
        Outcome square = multiply(result, result, work);
        if (square.signal != Signal::None)
            return square;
        result = std::move(square.value);
        if (k & bit) {
            Outcome product = multiply(result, base, work);
            if (product.signal != Signal::None)
                return product;
            result = std::move(product.value);
        }
    }
    result.negative = sign;
    return fix(std::move(result), c);
}

Outcome squareRoot(const Number& a, const Context& ctx) {
    if (a.isNaN())
        return nanResult(a, a);
    if (a.kind == Kind::Infinite) {
        if (a.negative)
            return fail(Signal::InvalidOperation);
        return ok(a);
    }
    if (a.isZero()) {
        const std::int64_t half = a.exp >= 0 ? a.exp / 2 : -((-a.exp + 1) / 2);
        return fix(finite(a.negative, BigInt(), half), ctx);
    }
    if (a.negative)
        return fail(Signal::InvalidOperation);
    const std::int64_t prec = ctx.prec + 1;
    const std::int64_t len = digitCount(a.coef);
    std::int64_t e = a.exp >= 0 ? a.exp / 2 : -((-a.exp + 1) / 2); // floor(exp / 2)
    BigInt cf = a.coef;
    std::int64_t l = 0;
    if (a.exp % 2 != 0) {
        cf = cf * BigInt::fromInt64(10);
        l = (len >> 1) + 1;
    } else {
        l = (len + 1) >> 1;
    }
    const std::int64_t shift = prec - l;
    bool exact = true;
    if (tooLong(2 * std::abs(shift)))
        return refuse("the square root of a Decimal this long");
    if (shift >= 0) {
        cf = cf * pow10(2 * shift);
    } else {
        BigInt r;
        BigInt p = pow10(-2 * shift);
        mpz_tdiv_qr(cf.gmp(), r.gmp(), cf.gmp(), p.gmp());
        exact = r.isZero();
    }
    e -= shift;
    BigInt root;
    mpz_sqrt(root.gmp(), cf.gmp());
    exact = exact && root * root == cf;
    if (exact) {
        if (shift >= 0)
            root = *root.floorDiv(pow10(shift));
        else
            root = root * pow10(-shift);
        e += shift;
    } else if (mpz_fdiv_ui(root.gmp(), 5) == 0) {
        root = root + BigInt::fromInt64(1);
    }
    Context halfEven = ctx;
    halfEven.rounding = Rounding::HalfEven;
    return fix(finite(false, std::move(root), e), halfEven);
}

Outcome quantize(const Number& a, std::int64_t exp, Rounding r, const Context& c) {
    if (a.isNaN())
        return nanResult(a, a);
    if (a.isSpecial())
        return fail(Signal::InvalidOperation);
    if (exp < c.emin - c.prec + 1 || exp > c.emax)
        return fail(Signal::InvalidOperation);
    if (a.isZero())
        return fix(finite(a.negative, BigInt(), exp), c);
    if (adjusted(a) > c.emax || adjusted(a) - exp + 1 > c.prec)
        return fail(Signal::InvalidOperation);
    Number out = rescale(a, exp, r);
    if (adjusted(out) > c.emax || digitCount(out.coef) > c.prec)
        return fail(Signal::InvalidOperation);
    return fix(std::move(out), c);
}

Outcome negate(const Number& a, const Context& c) {
    if (a.isNaN())
        return nanResult(a, a);
    Number out = a;
    out.negative = a.isZero() && c.rounding != Rounding::Floor ? false : !a.negative;
    return fix(std::move(out), c);
}

Outcome plus(const Number& a, const Context& c) {
    if (a.isNaN())
        return nanResult(a, a);
    Number out = a;
    if (a.isZero() && c.rounding != Rounding::Floor)
        out.negative = false;
    return fix(std::move(out), c);
}

Outcome absolute(const Number& a, const Context& c) {
    return a.negative ? negate(a, c) : plus(a, c);
}

int compare(const Number& a, const Number& b) {
    auto signOf = [](const Number& x) { return x.isZero() ? 0 : x.negative ? -1 : 1; };
    const int sa = signOf(a), sb = signOf(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    if (sa == 0)
        return 0;
    const bool infA = a.kind == Kind::Infinite, infB = b.kind == Kind::Infinite;
    if (infA || infB)
        return infA == infB ? 0 : (infA ? sa : -sa);
    const std::int64_t adjA = adjusted(a), adjB = adjusted(b);
    if (adjA != adjB)
        return adjA > adjB ? sa : -sa;
    const std::int64_t exp = std::min(a.exp, b.exp);
    const BigInt va = a.coef * pow10(a.exp - exp), vb = b.coef * pow10(b.exp - exp);
    const auto c = va <=> vb;
    return c == 0 ? 0 : (c > 0 ? sa : -sa);
}

BigInt truncate(const Number& x) {
    BigInt v = x.exp >= 0 ? x.coef * pow10(x.exp) : BigInt();
    if (x.exp < 0) {
        if (-x.exp <= digitCount(x.coef))
            mpz_tdiv_q(v.gmp(), x.coef.gmp(), pow10(-x.exp).gmp());
    }
    return x.negative ? -v : v;
}

std::int64_t hashOf(const Number& x) {
    if (x.kind == Kind::Infinite)
        return x.negative ? -314159 : 314159;
    const BigInt modulus = *BigInt::fromString("2305843009213693951");
    BigInt expHash;
    if (x.exp >= 0) {
        mpz_powm_ui(expHash.gmp(), BigInt::fromInt64(10).gmp(), static_cast<unsigned long>(x.exp),
                    modulus.gmp());
    } else {
        BigInt inverse;
        mpz_invert(inverse.gmp(), BigInt::fromInt64(10).gmp(), modulus.gmp());
        mpz_powm_ui(expHash.gmp(), inverse.gmp(), static_cast<unsigned long>(-x.exp),
                    modulus.gmp());
    }
    BigInt h;
    BigInt product = x.coef * expHash;
    mpz_fdiv_r(h.gmp(), product.gmp(), modulus.gmp());
    std::int64_t out = h.toInt64();
    if (x.negative)
        out = -out;
    return out == -1 ? -2 : out;
}

} // namespace memstep::core::modules::decimal
