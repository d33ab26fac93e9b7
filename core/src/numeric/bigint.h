// Arbitrary-precision integers with Python's semantics, for ints that outgrow int64.
//
// The interpreter keeps small ints as int64 (see the checked* helpers at the end) and
// promotes to BigInt only on overflow, so BigInt favours simplicity over speed: a sign
// and a little-endian vector of 32-bit limbs, schoolbook multiplication and division.
// Conversions to and from decimal work nine digits per limb operation; that is
// quadratic, but str() of 4300 digits (Python's own limit) takes well under a
// millisecond. Everything follows CPython 3.11: floor division, % with the divisor's
// sign, infinite two's complement for bit operations on negatives, correctly rounded
// int -> float and int / int, hash modulo 2**61 - 1, and the 4300-digit str<->int limit.
#pragma once

#include "numeric/numeric_result.h"
#include "numeric/work_poll.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace memstep::core::numeric {

// CPython 3.11's default sys.get_int_max_str_digits(): decimal (non power-of-two base)
// conversions of ints with more digits raise ValueError.
inline constexpr std::size_t kMaxStrDigits = 4300;

// Results larger than this many bits (pow, <<) are refused with a MemoryLimit error
// instead of stalling the visualiser: 2**10**10 would need over a gigabyte. pow by
// repeated schoolbook squaring is refused beyond a quarter of it (a quarter million
// bits already takes a good fraction of a second); powers of two are plain shifts.
inline constexpr std::uint64_t kMaxResultBits = std::uint64_t{1} << 20;

class BigInt {
public:
    BigInt() = default; // zero
    static BigInt fromInt64(std::int64_t value);
    static BigInt fromUint64(std::uint64_t value);

    // Python int(text, base): surrounding whitespace, sign, underscores between digits,
    // 0x/0o/0b prefixes when base is 0 or matches; base 0 infers the base and rejects
    // leading zeros ("010"); Unicode decimal digits count as digits. No digit limit
    // here (source literals have none); nullopt for an invalid literal or base.
    static std::optional<BigInt> fromString(std::string_view text, int base = 10);
    // Same with CPython's error messages: "invalid literal for int() with base 10: 'x'",
    // "int() base must be >= 2 and <= 36, or 0", and the 4300-digit limit.
    static Result<BigInt> parse(std::string_view text, int base = 10);
    // int(float): exact; ValueError for NaN, OverflowError for infinities.
    static Result<BigInt> fromDouble(double value);

    // Digits in `base` (2..36, lower-case letters), '-' for negatives, no prefix.
    std::string toString(int base = 10) const;
    // str(int) with the 4300-digit limit and its CPython message.
    Result<std::string> toDecimalString() const;
    // Number of decimal digits of |value| (1 for zero), for the str() limit check.
    std::size_t decimalDigitCount() const;

    bool fitsInt64() const;
    std::int64_t toInt64() const; // precondition: fitsInt64()
    // Correctly rounded (half to even). OverflowError "int too large to convert to float".
    Result<double> toDouble() const;

    bool isZero() const { return m_limbs.empty(); }
    bool isNegative() const { return m_negative; }
    int sign() const { return isZero() ? 0 : (m_negative ? -1 : 1); }
    bool isOdd() const { return !m_limbs.empty() && (m_limbs[0] & 1u); }
    std::uint64_t bitLength() const; // of |value|, as int.bit_length()

    std::strong_ordering operator<=>(const BigInt& other) const;
    bool operator==(const BigInt& other) const = default;

    BigInt operator-() const;
    BigInt abs() const;
    BigInt operator+(const BigInt& other) const;
    BigInt operator-(const BigInt& other) const;
    BigInt operator*(const BigInt& other) const;
    // self * other reporting its progress to `poll` (a product of two million-bit ints takes
    // seconds): nullopt when the poll said stop.
    std::optional<BigInt> multiply(const BigInt& other, WorkPoll& poll) const;
    BigInt& operator+=(const BigInt& other) { return *this = *this + other; }
    BigInt& operator-=(const BigInt& other) { return *this = *this - other; }
    BigInt& operator*=(const BigInt& other) { return *this = *this * other; }

    // ZeroDivisionError "integer division or modulo by zero" (mod: "integer modulo by zero").
    Result<BigInt> floorDiv(const BigInt& divisor) const;
    Result<BigInt> mod(const BigInt& divisor) const;
    Result<std::pair<BigInt, BigInt>> divmod(const BigInt& divisor) const;
    // Python int / int, correctly rounded: ZeroDivisionError "division by zero",
    // OverflowError "integer division result too large for a float".
    Result<double> trueDiv(const BigInt& divisor) const;

    // self ** exponent for exponent >= 0 (a negative exponent is the caller's float
    // business: Python returns a float then). MemoryLimit beyond kMaxResultBits.
    Result<BigInt> pow(const BigInt& exponent) const;
    // pow(self, exponent, modulus) as Python 3.11, including negative exponents via the
    // modular inverse. ValueError "pow() 3rd argument cannot be 0" or
    // "base is not invertible for the given modulus".
    Result<BigInt> powMod(const BigInt& exponent, const BigInt& modulus) const;

    BigInt operator&(const BigInt& other) const;
    BigInt operator|(const BigInt& other) const;
    BigInt operator^(const BigInt& other) const;
    BigInt operator~() const;
    // ValueError "negative shift count"; << beyond kMaxResultBits is a MemoryLimit error.
    Result<BigInt> shiftLeft(const BigInt& count) const;
    Result<BigInt> shiftRight(const BigInt& count) const;
    BigInt shiftLeft(std::uint64_t count) const;
    BigInt shiftRight(std::uint64_t count) const; // floor, as Python's >>

    // hash(int): |value| mod 2**61-1 with the sign applied, and -1 mapped to -2.
    std::int64_t hash() const;

    // Magnitude limbs, least significant first (read-only access for tests and helpers).
    const std::vector<std::uint32_t>& limbs() const { return m_limbs; }
    // Builds sign and magnitude from limbs as limbs() returns them (high zeros allowed).
    static BigInt fromLimbs(std::vector<std::uint32_t> limbs, bool negative);

private:
    void trim();
    static BigInt fromMagnitude(std::vector<std::uint32_t> limbs, bool negative);

    std::vector<std::uint32_t> m_limbs; // no trailing zero limbs; empty means zero
    bool m_negative = false;            // never true for zero
};

// The message of ValueError for str() of an int with more than kMaxStrDigits digits.
std::string strDigitsLimitMessage();
// The message of ValueError for int(text) where the text has `digits` digits.
std::string intDigitsLimitMessage(std::size_t digits);

// int64 fast path: nullopt means the result does not fit and the caller promotes to BigInt.
std::optional<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checkedSub(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checkedMul(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checkedNeg(std::int64_t a);
// base ** exponent for exponent >= 0.
std::optional<std::int64_t> checkedPow(std::int64_t base, std::int64_t exponent);
// Python // and % on int64. Precondition: b != 0 (the caller raises ZeroDivisionError).
// floorDiv is nullopt only for INT64_MIN // -1; floorMod always fits.
std::optional<std::int64_t> floorDivInt64(std::int64_t a, std::int64_t b);
std::int64_t floorModInt64(std::int64_t a, std::int64_t b);
// hash(int) for an int64.
std::int64_t hashInt64(std::int64_t value);

} // namespace memstep::core::numeric
