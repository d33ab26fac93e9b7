#include "numeric/bigint.h"
#include "numeric/bigint_magnitude.h"
#include "numeric/float_format.h"
#include "numeric/float_rounding.h"
#include "numeric/unicode_digits.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace memstep::core::numeric {

namespace {

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int digitValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

struct ScannedInt {
    bool negative = false;
    int base = 10;
    std::string digits; // digit values, underscores removed
};

// A literal that failed can still count for the digit limit: CPython counts the run of
// digits first and reports the limit before what follows the run ("1"*5000 + "x").
struct DigitRun {
    std::size_t digits = 0; // digits of a run that ended cleanly, 0 otherwise
    int base = 10;
};

// Validates `text` against Python's int(text, base) grammar; base must be 0 or 2..36.
std::optional<ScannedInt> scanInt(std::string_view original, int base, DigitRun* run = nullptr) {
    const std::string ascii = asciiDigitsAndSpaces(original);
    const std::string_view text = ascii;
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isAsciiSpace(text[begin])) {
        ++begin;
    }
    while (end > begin && isAsciiSpace(text[end - 1])) {
        --end;
    }
    std::string_view s = text.substr(begin, end - begin);
    ScannedInt scanned;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        scanned.negative = s[0] == '-';
        s.remove_prefix(1);
    }
    bool hadPrefix = false;
    if (s.size() >= 2 && s[0] == '0') {
        const char p = static_cast<char>(s[1] | 0x20);
        const int prefixBase = p == 'x' ? 16 : (p == 'o' ? 8 : (p == 'b' ? 2 : 0));
        if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
            base = prefixBase;
            hadPrefix = true;
            s.remove_prefix(2);
        }
    }
    const bool inferredDecimal = base == 0;
    if (inferredDecimal) {
        base = 10;
    }
    scanned.base = base;
    if (run != nullptr) {
        run->base = base;
    }
    auto cleanRun = [&] {
        if (run != nullptr) {
            run->digits = scanned.digits.size();
        }
        return std::nullopt;
    };
    bool lastWasDigit = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '_') {
            // One underscore between digits, or right after a base prefix.
            if (!(lastWasDigit || (i == 0 && hadPrefix))) {
                return std::nullopt;
            }
            lastWasDigit = false;
            continue;
        }
        const int value = digitValue(c);
        if (value >= base) {
            if (lastWasDigit) {
                return cleanRun();
            }
            return std::nullopt;
        }
        scanned.digits.push_back(static_cast<char>(value));
        lastWasDigit = true;
    }
    if (scanned.digits.empty() || !lastWasDigit) {
        return std::nullopt;
    }
    if (inferredDecimal && scanned.digits[0] == 0 &&
        std::any_of(scanned.digits.begin(), scanned.digits.end(), [](char d) { return d != 0; })) {
        return cleanRun(); // "010" is not a valid base-0 literal
    }
    return scanned;
}

BigInt buildFromDigits(const ScannedInt& scanned) {
    // Largest power of the base that fits a limb: feed that many digits per step.
    std::uint32_t chunkPower = 1;
    int chunkDigits = 0;
    while (static_cast<std::uint64_t>(chunkPower) * scanned.base <= 0xFFFFFFFFu) {
        chunkPower *= static_cast<std::uint32_t>(scanned.base);
        ++chunkDigits;
    }
    mag::Limbs limbs;
    std::size_t i = 0;
    const std::size_t n = scanned.digits.size();
    while (i < n) {
        const std::size_t take =
            std::min<std::size_t>(static_cast<std::size_t>(chunkDigits), n - i);
        std::uint32_t factor = 1;
        std::uint32_t chunk = 0;
        for (std::size_t k = 0; k < take; ++k) {
            factor *= static_cast<std::uint32_t>(scanned.base);
            chunk = chunk * static_cast<std::uint32_t>(scanned.base) +
                    static_cast<std::uint32_t>(scanned.digits[i + k]);
        }
        mag::mulSmallAddInPlace(limbs, factor, chunk);
        if (limbs.empty() && chunk != 0) {
            limbs.push_back(chunk);
        }
        i += take;
    }
    return BigInt::fromLimbs(std::move(limbs), scanned.negative);
}

bool isPowerOfTwo(int base) {
    return (base & (base - 1)) == 0;
}

} // namespace

std::string strDigitsLimitMessage() {
    return "Exceeds the limit (" + std::to_string(kMaxStrDigits) +
           " digits) for integer string conversion; use sys.set_int_max_str_digits() to "
           "increase the limit";
}

std::string intDigitsLimitMessage(std::size_t digits) {
    return "Exceeds the limit (" + std::to_string(kMaxStrDigits) +
           " digits) for integer string conversion: value has " + std::to_string(digits) +
           " digits; use sys.set_int_max_str_digits() to increase the limit";
}

std::optional<BigInt> BigInt::fromString(std::string_view text, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        return std::nullopt;
    }
    auto scanned = scanInt(text, base);
    if (!scanned) {
        return std::nullopt;
    }
    return buildFromDigits(*scanned);
}

Result<BigInt> BigInt::parse(std::string_view text, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        return makeError("ValueError", "int() base must be >= 2 and <= 36, or 0");
    }
    DigitRun run;
    auto scanned = scanInt(text, base, &run);
    if (!scanned && !isPowerOfTwo(run.base) && run.digits > kMaxStrDigits) {
        return makeError("ValueError", intDigitsLimitMessage(run.digits));
    }
    if (!scanned) {
        // CPython quotes at most 200 characters of the text and cuts the quote at 200.
        std::string quoted = pyStringRepr(text.substr(0, 200));
        if (quoted.size() > 200) {
            quoted.resize(200);
        }
        return makeError("ValueError", "invalid literal for int() with base " +
                                           std::to_string(base) + ": " + quoted);
    }
    if (!isPowerOfTwo(scanned->base) && scanned->digits.size() > kMaxStrDigits) {
        return makeError("ValueError", intDigitsLimitMessage(scanned->digits.size()));
    }
    return buildFromDigits(*scanned);
}

Result<BigInt> BigInt::fromDouble(double value) {
    if (std::isnan(value)) {
        return makeError("ValueError", "cannot convert float NaN to integer");
    }
    if (std::isinf(value)) {
        return makeError("OverflowError", "cannot convert float infinity to integer");
    }
    const double truncated = std::trunc(value);
    if (truncated == 0.0) {
        return BigInt();
    }
    int exponent = 0;
    const double fraction = std::frexp(std::fabs(truncated), &exponent); // [0.5, 1)
    const auto mantissa =
        static_cast<std::uint64_t>(std::ldexp(fraction, DBL_MANT_DIG)); // exact, 53 bits
    BigInt result = fromUint64(mantissa);
    const int shift = exponent - DBL_MANT_DIG;
    result = shift >= 0 ? result.shiftLeft(static_cast<std::uint64_t>(shift))
                        : result.shiftRight(static_cast<std::uint64_t>(-shift));
    return truncated < 0 ? -result : result;
}

std::string BigInt::toString(int base) const {
    if (base < 2 || base > 36) {
        base = 10;
    }
    if (isZero()) {
        return "0";
    }
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::uint32_t chunkPower = 1;
    int chunkDigits = 0;
    while (static_cast<std::uint64_t>(chunkPower) * static_cast<std::uint64_t>(base) <=
           0xFFFFFFFFu) {
        chunkPower *= static_cast<std::uint32_t>(base);
        ++chunkDigits;
    }
    std::string reversed;
    mag::Limbs rest = m_limbs;
    while (!rest.empty()) {
        std::uint32_t chunk = mag::divSmallInPlace(rest, chunkPower);
        for (int k = 0; k < chunkDigits && (chunk != 0 || !rest.empty()); ++k) {
            reversed.push_back(kDigits[chunk % static_cast<std::uint32_t>(base)]);
            chunk /= static_cast<std::uint32_t>(base);
        }
    }
    if (m_negative) {
        reversed.push_back('-');
    }
    return std::string(reversed.rbegin(), reversed.rend());
}

std::size_t BigInt::decimalDigitCount() const {
    return toString(10).size() - (m_negative ? 1 : 0);
}

Result<std::string> BigInt::toDecimalString() const {
    // Cheap early exit as CPython does: 4300 digits need well under 15000 bits.
    if (bitLength() > kMaxStrDigits * 4) {
        return makeError("ValueError", strDigitsLimitMessage());
    }
    std::string text = toString(10);
    if (text.size() - (m_negative ? 1 : 0) > kMaxStrDigits) {
        return makeError("ValueError", strDigitsLimitMessage());
    }
    return text;
}

Result<double> BigInt::toDouble() const {
    const std::uint64_t bits = bitLength();
    if (bits <= 64) {
        std::uint64_t magnitude = 0;
        for (std::size_t i = m_limbs.size(); i-- > 0;) {
            magnitude = (magnitude << 32) | m_limbs[i];
        }
        const double value = static_cast<double>(magnitude); // correctly rounded
        return m_negative ? -value : value;
    }
    if (bits > DBL_MAX_EXP + 1) {
        return makeError("OverflowError", "int too large to convert to float");
    }
    const std::uint64_t drop = bits - 64;
    const mag::Limbs top = mag::shiftRight(m_limbs, drop);
    std::uint64_t mantissa = 0;
    for (std::size_t i = top.size(); i-- > 0;) {
        mantissa = (mantissa << 32) | top[i];
    }
    const bool sticky = mag::anyLowBitSet(m_limbs, drop);
    auto value = roundToDouble(mantissa, static_cast<int>(drop), sticky);
    if (!value) {
        return makeError("OverflowError", "int too large to convert to float");
    }
    return m_negative ? -*value : *value;
}

Result<double> BigInt::trueDiv(const BigInt& divisor) const {
    if (divisor.isZero()) {
        return makeError("ZeroDivisionError", "division by zero");
    }
    const bool negative = m_negative != divisor.m_negative;
    if (isZero()) {
        return negative ? -0.0 : 0.0;
    }
    const auto aBits = static_cast<std::int64_t>(bitLength());
    const auto bBits = static_cast<std::int64_t>(divisor.bitLength());
    if (aBits <= DBL_MANT_DIG && bBits <= DBL_MANT_DIG) {
        // Both operands are exact doubles, so IEEE division is correctly rounded.
        return *toDouble() / *divisor.toDouble();
    }
    const std::int64_t diff = aBits - bBits; // the quotient lies in [2**(diff-1), 2**(diff+1))
    if (diff > DBL_MAX_EXP + 1) {
        return makeError("OverflowError", "integer division result too large for a float");
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 2) {
        return negative ? -0.0 : 0.0;
    }
    // Scale so the integer quotient keeps two bits beyond a double's precision (fewer
    // for subnormal results, where the quantum is fixed at 2**-1074).
    const std::int64_t scale = std::max<std::int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mag::Limbs numerator = m_limbs;
    mag::Limbs denominator = divisor.m_limbs;
    if (scale >= 0) {
        denominator = mag::shiftLeft(denominator, static_cast<std::uint64_t>(scale));
    } else {
        numerator = mag::shiftLeft(numerator, static_cast<std::uint64_t>(-scale));
    }
    auto [q, r] = mag::divMod(numerator, denominator);
    std::uint64_t mantissa = 0;
    for (std::size_t i = q.size(); i-- > 0;) {
        mantissa = (mantissa << 32) | q[i];
    }
    auto value = roundToDouble(mantissa, static_cast<int>(scale), !r.empty());
    if (!value) {
        return makeError("OverflowError", "integer division result too large for a float");
    }
    return negative ? -*value : *value;
}

} // namespace memstep::core::numeric
