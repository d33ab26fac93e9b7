#include "numeric/float_format.h"

#include <cfloat>
#include <charconv>
#include <cmath>
#include <string>

namespace memstep::core::numeric {

namespace {

constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;
constexpr int kHashBits = 61;
constexpr std::int64_t kHashInf = 314159;

bool isOddInteger(double value) {
    return std::fmod(std::fabs(value), 2.0) == 1.0;
}

// Exact decimal expansion of a finite non-negative double: integer digits and fraction
// digits (every double is a finite binary fraction, so 1074 decimals always suffice).
void exactDecimal(double value, std::string& intPart, std::string& fracPart) {
    std::string buffer(1500, '\0');
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                   std::chars_format::fixed, 1074);
    buffer.resize(static_cast<std::size_t>(end - buffer.data()));
    const std::size_t point = buffer.find('.');
    intPart = buffer.substr(0, point);
    fracPart = point == std::string::npos ? std::string() : buffer.substr(point + 1);
    while (!fracPart.empty() && fracPart.back() == '0') {
        fracPart.pop_back();
    }
}

} // namespace

Result<double> floatTrueDiv(double a, double b) {
    if (b == 0.0) {
        return makeError("ZeroDivisionError", "float division by zero");
    }
    return a / b;
}

Result<std::pair<double, double>> floatDivMod(double a, double b) {
    if (b == 0.0) {
        return makeError("ZeroDivisionError", "float divmod()");
    }
    double mod = std::fmod(a, b);
    // fmod is exact, so a - mod is an exact multiple of b (up to rounding of the division).
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, b);
    }
    double floorDiv = 0.0;
    if (div != 0.0) {
        floorDiv = std::floor(div);
        if (div - floorDiv > 0.5) {
            floorDiv += 1.0;
        }
    } else {
        floorDiv = std::copysign(0.0, a / b);
    }
    return std::pair{floorDiv, mod};
}

Result<double> floatFloorDiv(double a, double b) {
    if (b == 0.0) {
        return makeError("ZeroDivisionError", "float floor division by zero");
    }
    return floatDivMod(a, b)->first;
}

Result<double> floatMod(double a, double b) {
    if (b == 0.0) {
        return makeError("ZeroDivisionError", "float modulo");
    }
    return floatDivMod(a, b)->second;
}

Result<double> floatPow(double a, double b) {
    if (b == 0.0) {
        return 1.0;
    }
    if (std::isnan(a)) {
        return a;
    }
    if (std::isnan(b)) {
        return a == 1.0 ? 1.0 : b;
    }
    if (std::isinf(b)) {
        const double magnitude = std::fabs(a);
        if (magnitude == 1.0) {
            return 1.0;
        }
        return (b > 0.0) == (magnitude > 1.0) ? std::fabs(b) : 0.0;
    }
    if (std::isinf(a)) {
        const bool odd = isOddInteger(b);
        if (b > 0.0) {
            return odd ? a : std::fabs(a);
        }
        return odd ? std::copysign(0.0, a) : 0.0;
    }
    if (a == 0.0) {
        if (b < 0.0) {
            return makeError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        }
        return isOddInteger(b) ? a : 0.0;
    }
    bool negate = false;
    if (a < 0.0) {
        if (b != std::floor(b)) {
            return makeError("Unsupported",
                             "a negative number raised to a fractional power gives a complex "
                             "number, and complex numbers are not supported yet");
        }
        a = -a;
        negate = isOddInteger(b);
    }
    if (a == 1.0) {
        return negate ? -1.0 : 1.0;
    }
    double result = std::pow(a, b);
    if (std::isinf(result)) {
        return makeError("OverflowError", "(34, 'Numerical result out of range')");
    }
    return negate ? -result : result;
}

Result<BigInt> floatToInt(double value) {
    return BigInt::fromDouble(value);
}

bool floatIsInteger(double value) {
    return std::isfinite(value) && std::floor(value) == value;
}

std::int64_t floatHash(double value) {
    if (std::isinf(value)) {
        return value > 0 ? kHashInf : -kHashInf;
    }
    if (std::isnan(value) || value == 0.0) {
        return 0;
    }
    // value = mantissa * 2**exponent exactly, and 2**61 == 1 modulo 2**61 - 1, so the
    // power of two only rotates the residue.
    int exponent = 0;
    const double fraction = std::frexp(std::fabs(value), &exponent);
    auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, DBL_MANT_DIG));
    exponent -= DBL_MANT_DIG;
    std::uint64_t h = mantissa % kHashModulus;
    int rotate = exponent % kHashBits;
    if (rotate < 0) {
        rotate += kHashBits;
    }
    if (rotate != 0) {
        h = ((h << rotate) & kHashModulus) | (h >> (kHashBits - rotate));
    }
    auto result = static_cast<std::int64_t>(h);
    if (value < 0) {
        result = -result;
    }
    return result == -1 ? -2 : result;
}

std::partial_ordering compareIntFloat(const BigInt& a, double b) {
    if (std::isnan(b)) {
        return std::partial_ordering::unordered;
    }
    if (std::isinf(b)) {
        return b > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
    }
    if (a.bitLength() <= DBL_MANT_DIG) {
        return *a.toDouble() <=> b; // exact
    }
    const double floored = std::floor(b);
    const BigInt whole = *BigInt::fromDouble(floored);
    const auto order = a <=> whole;
    if (order != 0) {
        return order < 0 ? std::partial_ordering::less : std::partial_ordering::greater;
    }
    return floored == b ? std::partial_ordering::equivalent : std::partial_ordering::less;
}

Result<double> roundFloat(double value, std::int64_t ndigits) {
    // Beyond these a double has no digit to round (CPython's NDIGITS_MAX / NDIGITS_MIN).
    constexpr std::int64_t kMaxDigits = 323;
    constexpr std::int64_t kMinDigits = -308;
    if (!std::isfinite(value) || value == 0.0 || ndigits > kMaxDigits) {
        return value;
    }
    if (ndigits < kMinDigits) {
        return 0.0 * value;
    }
    std::string intPart;
    std::string fracPart;
    exactDecimal(std::fabs(value), intPart, fracPart);
    const std::string digits = intPart + fracPart;
    const auto point = static_cast<std::int64_t>(intPart.size());
    const std::int64_t cut = point + ndigits; // digits kept
    if (cut >= static_cast<std::int64_t>(digits.size())) {
        return value; // already exact at this precision
    }
    std::string kept = cut > 0 ? digits.substr(0, static_cast<std::size_t>(cut)) : std::string();
    bool roundUp = false;
    if (cut >= 0) {
        const char next = digits[static_cast<std::size_t>(cut)];
        const bool restNonZero =
            digits.find_first_not_of('0', static_cast<std::size_t>(cut) + 1) != std::string::npos;
        const bool lastOdd = !kept.empty() && ((kept.back() - '0') & 1);
        roundUp = next > '5' || (next == '5' && (restNonZero || lastOdd));
    }
    if (roundUp) {
        std::size_t i = kept.size();
        while (i > 0 && kept[i - 1] == '9') {
            kept[--i] = '0';
        }
        if (i == 0) {
            kept.insert(kept.begin(), '1');
        } else {
            ++kept[i - 1];
        }
    }
    if (kept.empty()) {
        kept = "0";
    }
    const std::string text = kept + "e" + std::to_string(-ndigits);
    double result = 0.0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (ec == std::errc::result_out_of_range || std::isinf(result)) {
        return makeError("OverflowError", "rounded value too large to represent");
    }
    return std::copysign(result, value);
}

Result<BigInt> roundFloatToInt(double value) {
    if (!std::isfinite(value)) {
        return BigInt::fromDouble(value);
    }
    double rounded = std::round(value); // half away from zero, then fix ties to even
    if (std::fabs(value - rounded) == 0.5) {
        rounded = 2.0 * std::round(value / 2.0);
    }
    return BigInt::fromDouble(rounded);
}

BigInt roundInt(const BigInt& value, std::int64_t ndigits) {
    if (ndigits >= 0 || value.isZero()) {
        return value;
    }
    // 10**k has more than 3.3*k bits: beyond the value's size everything rounds to 0.
    const std::uint64_t k = static_cast<std::uint64_t>(-(ndigits + 1)) + 1;
    if (k > value.bitLength() / 3 + 2) {
        return BigInt();
    }
    const BigInt scale = *BigInt::fromInt64(10).pow(BigInt::fromUint64(k));
    auto [quotient, remainder] = *value.divmod(scale);
    const auto twice = remainder + remainder;
    if (twice > scale || (twice == scale && quotient.isOdd())) {
        quotient += BigInt::fromInt64(1);
    }
    return quotient * scale;
}

} // namespace memstep::core::numeric
