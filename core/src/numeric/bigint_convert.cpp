#include "numeric/bigint.h"
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
    // GMP converts in subquadratic time from text, so spell the digit values as digits.
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string text;
    text.reserve(scanned.digits.size());
    for (const char value : scanned.digits) {
        text.push_back(kDigits[static_cast<unsigned char>(value)]);
    }
    BigInt result;
    mpz_set_str(result.gmp(), text.c_str(), scanned.base); // valid digits: cannot fail
    return scanned.negative ? -result : result;
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
    BigInt result;
    mpz_set_d(result.gmp(), value); // truncates toward zero, exactly
    return result;
}

std::string BigInt::toString(int base) const {
    if (base < 2 || base > 36) {
        base = 10;
    }
    // mpz_sizeinbase may overcount by one; the buffer holds that, the sign and the NUL.
    std::string text(mpz_sizeinbase(m_value, base) + 2, '\0');
    mpz_get_str(text.data(), base, m_value); // lower-case letters for bases up to 36
    text.resize(std::char_traits<char>::length(text.c_str()));
    return text;
}

std::size_t BigInt::decimalDigitCount() const {
    return toString(10).size() - (isNegative() ? 1 : 0);
}

Result<std::string> BigInt::toDecimalString() const {
    // Cheap early exit as CPython does: 4300 digits need well under 15000 bits.
    if (bitLength() > kMaxStrDigits * 4) {
        return makeError("ValueError", strDigitsLimitMessage());
    }
    std::string text = toString(10);
    if (text.size() - (isNegative() ? 1 : 0) > kMaxStrDigits) {
        return makeError("ValueError", strDigitsLimitMessage());
    }
    return text;
}

namespace {

// The top 64 bits of |value| (value has at least `drop` + 1 bits) after dropping `drop`
// bits, and whether any dropped bit was set.
std::uint64_t topBits(mpz_srcptr value, std::uint64_t drop, bool& sticky) {
    mpz_t top;
    mpz_init(top);
    mpz_abs(top, value);
    mpz_tdiv_q_2exp(top, top, static_cast<mp_bitcnt_t>(drop));
    const std::uint64_t bits = mpz_get_ui(top); // at most 64 bits remain
    mpz_clear(top);
    sticky = drop > 0 && mpz_scan1(value, 0) < drop; // the lowest set bit is the same for -v
    return bits;
}

} // namespace

Result<double> BigInt::toDouble() const {
    const std::uint64_t bits = bitLength();
    if (bits > DBL_MAX_EXP + 1) {
        return makeError("OverflowError", "int too large to convert to float");
    }
    const std::uint64_t drop = bits > 64 ? bits - 64 : 0;
    bool sticky = false;
    const std::uint64_t mantissa = topBits(m_value, drop, sticky);
    auto value = roundToDouble(mantissa, static_cast<int>(drop), sticky);
    if (!value) {
        return makeError("OverflowError", "int too large to convert to float");
    }
    return isNegative() ? -*value : *value;
}

Result<double> BigInt::trueDiv(const BigInt& divisor) const {
    if (divisor.isZero()) {
        return makeError("ZeroDivisionError", "division by zero");
    }
    const bool negative = isNegative() != divisor.isNegative();
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
    BigInt numerator = abs();
    BigInt denominator = divisor.abs();
    if (scale >= 0) {
        denominator = denominator.shiftLeft(static_cast<std::uint64_t>(scale));
    } else {
        numerator = numerator.shiftLeft(static_cast<std::uint64_t>(-scale));
    }
    BigInt q;
    BigInt r;
    mpz_tdiv_qr(q.gmp(), r.gmp(), numerator.gmp(), denominator.gmp());
    auto value = roundToDouble(mpz_get_ui(q.gmp()), static_cast<int>(scale), !r.isZero());
    if (!value) {
        return makeError("OverflowError", "integer division result too large for a float");
    }
    return negative ? -*value : *value;
}

} // namespace memstep::core::numeric
