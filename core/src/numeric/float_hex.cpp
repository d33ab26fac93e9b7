// float.fromhex, following the steps of CPython's float_fromhex.
#include "numeric/float_hex.h"

#include <cfloat>
#include <climits>
#include <cmath>
#include <limits>

namespace memstep::core::numeric {

namespace {

// CPython reads the exponent with strtol, which saturates at the limits of a C long.
constexpr long kLongMax = LONG_MAX;
constexpr long kLongMin = LONG_MIN;
// More hex digits than this could overflow the exponent arithmetic below.
constexpr long kMaxDigits =
    std::min(DBL_MIN_EXP - DBL_MANT_DIG - kLongMin / 2, kLongMax / 2 + 1 - DBL_MAX_EXP) / 4;

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool matchesIgnoringCase(std::string_view text, std::size_t at, std::string_view word) {
    if (text.size() - at < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = text[at + i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

NumericError parseError() {
    return makeError("ValueError", "invalid hexadecimal floating-point string");
}
NumericError overflowError() {
    return makeError("OverflowError", "hexadecimal value too large to represent as a float");
}

// A signed run of decimal digits as strtol reads it (saturating).
long readExponent(std::string_view text, std::size_t start, std::size_t end) {
    bool negative = text[start] == '-';
    if (text[start] == '-' || text[start] == '+')
        ++start;
    long value = 0;
    for (std::size_t i = start; i < end; ++i) {
        int d = text[i] - '0';
        if (negative)
            value = value < (kLongMin + d) / 10 ? kLongMin : value * 10 - d;
        else
            value = value > (kLongMax - d) / 10 ? kLongMax : value * 10 + d;
    }
    return value;
}

// The parsed coefficient and exponent of a finite hex string: digit j (0 = least
// significant) is digitAt(j), which steps over the point.
struct HexCoefficient {
    std::string_view text;
    std::size_t coeffEnd = 0;
    long ndigits = 0; // leading zeros dropped
    long fdigits = 0; // digits after the point
    long exp = 0;     // the p exponent, as strtol read it

    int digitAt(long j) const {
        return hexValue(j < fdigits ? text[coeffEnd - static_cast<std::size_t>(j)]
                                    : text[coeffEnd - 1 - static_cast<std::size_t>(j)]);
    }
};

// The coefficient rounded half to even to a double (subnormals at their own quantum), as
// float_fromhex computes it; OverflowError past the largest double.
Result<double> roundHex(HexCoefficient h) {
    const long ndigits = h.ndigits;
    if (ndigits == 0 || h.exp < kLongMin / 2)
        return 0.0;
    if (h.exp > kLongMax / 2)
        return overflowError();
    const long exp = h.exp - 4 * h.fdigits;
    // One more than the exponent of the coefficient's most significant bit.
    long topExp = exp + 4 * (ndigits - 1);
    for (int digit = h.digitAt(ndigits - 1); digit != 0; digit /= 2)
        ++topExp;
    if (topExp < DBL_MIN_EXP - DBL_MANT_DIG)
        return 0.0;
    if (topExp > DBL_MAX_EXP)
        return overflowError();
    // The exponent of the rounded value's least significant bit (subnormals have fewer bits).
    const long lsb = std::max(topExp, static_cast<long>(DBL_MIN_EXP)) - DBL_MANT_DIG;
    double x = 0.0;
    if (exp >= lsb) {
        for (long i = ndigits - 1; i >= 0; --i)
            x = 16.0 * x + h.digitAt(i);
        return std::ldexp(x, static_cast<int>(exp));
    }
    // Rounding: keyDigit holds the first bit rounded away, halfEps is that bit.
    const int halfEps = 1 << static_cast<int>((lsb - exp - 1) % 4);
    const long keyDigit = (lsb - exp - 1) / 4;
    for (long i = ndigits - 1; i > keyDigit; --i)
        x = 16.0 * x + h.digitAt(i);
    const int digit = h.digitAt(keyDigit);
    x = 16.0 * x + static_cast<double>(digit & (16 - 2 * halfEps));
    // Half to even: up when the first bit away is set and the kept lsb or any later bit is.
    if ((digit & halfEps) != 0) {
        bool roundUp =
            (digit & (3 * halfEps - 1)) != 0 ||
            (halfEps == 8 && keyDigit + 1 < ndigits && (h.digitAt(keyDigit + 1) & 1) != 0);
        for (long i = keyDigit - 1; !roundUp && i >= 0; --i)
            roundUp = h.digitAt(i) != 0;
        if (roundUp) {
            x += 2 * halfEps;
            if (topExp == DBL_MAX_EXP && x == std::ldexp(2.0 * halfEps, DBL_MANT_DIG))
                return overflowError(); // rounded up to 2**DBL_MAX_EXP
        }
    }
    return std::ldexp(x, static_cast<int>(exp + 4 * keyDigit));
}

// "inf", "infinity" or "nan" in any case after an optional sign, as _Py_parse_inf_or_nan
// reads them: the value and the position after it, or nothing.
bool infOrNan(std::string_view text, std::size_t& pos, double& value) {
    std::size_t p = pos;
    bool minus = p < text.size() && text[p] == '-';
    if (p < text.size() && (text[p] == '-' || text[p] == '+'))
        ++p;
    const double sign = minus ? -1.0 : 1.0;
    if (matchesIgnoringCase(text, p, "inf")) {
        p += 3;
        if (matchesIgnoringCase(text, p, "inity"))
            p += 5;
        value = sign * std::numeric_limits<double>::infinity();
    } else if (matchesIgnoringCase(text, p, "nan")) {
        p += 3;
        value = std::copysign(std::numeric_limits<double>::quiet_NaN(), sign);
    } else {
        return false;
    }
    pos = p;
    return true;
}

} // namespace

Result<double> floatFromHex(std::string_view text) {
    const std::size_t end = text.size();
    // The C string's terminator past the end: it is neither a digit nor a space.
    auto at = [&](std::size_t i) { return i < end ? text[i] : '\0'; };
    auto finish = [&](std::size_t pos, Result<double> value) -> Result<double> {
        while (isAsciiSpace(at(pos)))
            ++pos;
        if (pos != end)
            return parseError();
        return value;
    };
    std::size_t s = 0;
    while (isAsciiSpace(at(s)))
        ++s;
    double special = 0.0;
    if (infOrNan(text, s, special))
        return finish(s, special);

    bool negate = false;
    if (at(s) == '-') {
        negate = true;
        ++s;
    } else if (at(s) == '+') {
        ++s;
    }
    if (at(s) == '0' && (at(s + 1) == 'x' || at(s + 1) == 'X'))
        s += 2;

    // The coefficient: <integer> [. <fraction>].
    HexCoefficient h;
    h.text = text;
    const std::size_t coeffStart = s;
    while (hexValue(at(s)) >= 0)
        ++s;
    const std::size_t point = s;
    h.coeffEnd = s;
    if (at(s) == '.') {
        ++s;
        while (hexValue(at(s)) >= 0)
            ++s;
        h.coeffEnd = s - 1;
    }
    h.ndigits = static_cast<long>(h.coeffEnd - coeffStart);
    h.fdigits = static_cast<long>(h.coeffEnd - point);
    if (h.ndigits == 0)
        return parseError();
    if (h.ndigits > kMaxDigits)
        return makeError("ValueError", "hexadecimal string too long to convert");

    if (at(s) == 'p' || at(s) == 'P') {
        ++s;
        const std::size_t expStart = s;
        if (at(s) == '-' || at(s) == '+')
            ++s;
        if (at(s) < '0' || at(s) > '9')
            return parseError();
        while (at(s) >= '0' && at(s) <= '9')
            ++s;
        h.exp = readExponent(text, expStart, s);
    }
    while (h.ndigits > 0 && h.digitAt(h.ndigits - 1) == 0)
        --h.ndigits;
    Result<double> x = roundHex(h);
    if (!x)
        return x; // an overflow is reported whatever follows
    return finish(s, negate ? -*x : *x);
}

} // namespace memstep::core::numeric
