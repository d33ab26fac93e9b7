// Arbitrary-precision integers with Python's semantics, for ints that outgrow int64.
//
// The interpreter keeps small ints as int64 (see the checked* helpers at the end) and
// promotes to BigInt only on overflow. BigInt wraps a GMP integer (mpz_t): GMP's
// subquadratic multiplication, division and radix conversion make 10**100000 or
// factorial(20001) instant, as they are in CPython. The price is that a single GMP call
// cannot be interrupted, so the operations whose size the program controls (pow, pow with
// a modulus, factorial) run as loops of GMP calls that report to a WorkPoll between them,
// and every result's size is checked against a bit budget before it is computed (GMP
// aborts the process when an allocation fails). Everything follows CPython 3.11: floor division, %
// with the divisor's sign, infinite two's complement for bit operations on negatives, correctly
// rounded int -> float and int / int, hash modulo 2**61 - 1, and the 4300-digit str<->int limit.
#pragma once

#include "numeric/numeric_result.h"
#include "numeric/work_poll.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <gmp.h>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace memstep::core::numeric {

// CPython 3.11's default sys.get_int_max_str_digits(): decimal (non power-of-two base)
// conversions of ints with more digits raise ValueError.
inline constexpr std::size_t kMaxStrDigits = 4300;

// The default bit budget of a result whose size the program chooses (pow, <<, factorial):
// 2 GiB, so that an object's byte charge fits the heap's 32-bit counter, and far below GMP's
// own ceiling (2**37 bits), where it would abort. Larger results are refused with a
// MemoryLimit error; the interpreter passes the smaller room left under its heap limit.
inline constexpr std::uint64_t kMaxResultBits = std::uint64_t{1} << 34;

class BigInt {
public:
    BigInt(); // zero
    BigInt(const BigInt& other);
    BigInt(BigInt&& other) noexcept;
    BigInt& operator=(const BigInt& other);
    BigInt& operator=(BigInt&& other) noexcept;
    ~BigInt();

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

    bool isZero() const { return mpz_sgn(m_value) == 0; }
    bool isNegative() const { return mpz_sgn(m_value) < 0; }
    int sign() const { return mpz_sgn(m_value); }
    bool isOdd() const { return mpz_odd_p(m_value) != 0; }
    std::uint64_t bitLength() const; // of |value|, as int.bit_length()
    // 32-bit words of the magnitude, the size limbs() would have (cheap: no copy).
    std::size_t limbCount() const { return static_cast<std::size_t>((bitLength() + 31) / 32); }

    std::strong_ordering operator<=>(const BigInt& other) const;
    bool operator==(const BigInt& other) const { return mpz_cmp(m_value, other.m_value) == 0; }

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
    // business: Python returns a float then). MemoryLimit when the result would exceed
    // `maxBits`; with a poll, large powers report each squaring and give up (error type
    // kStoppedError) when it says stop.
    Result<BigInt> pow(const BigInt& exponent, WorkPoll* poll = nullptr,
                       std::uint64_t maxBits = kMaxResultBits) const;
    // pow(self, exponent, modulus) as Python 3.11, including negative exponents via the
    // modular inverse. ValueError "pow() 3rd argument cannot be 0" or
    // "base is not invertible for the given modulus". Polls as pow does.
    Result<BigInt> powMod(const BigInt& exponent, const BigInt& modulus,
                          WorkPoll* poll = nullptr) const;

    BigInt operator&(const BigInt& other) const;
    BigInt operator|(const BigInt& other) const;
    BigInt operator^(const BigInt& other) const;
    BigInt operator~() const;
    // ValueError "negative shift count"; << beyond maxBits is a MemoryLimit error.
    Result<BigInt> shiftLeft(const BigInt& count, std::uint64_t maxBits = kMaxResultBits) const;
    Result<BigInt> shiftRight(const BigInt& count) const;
    BigInt shiftLeft(std::uint64_t count) const;
    BigInt shiftRight(std::uint64_t count) const; // floor, as Python's >>

    // hash(int): |value| mod 2**61-1 with the sign applied, and -1 mapped to -2.
    std::int64_t hash() const;

    // Magnitude as 32-bit words, least significant first, no high zero words (a copy).
    std::vector<std::uint32_t> limbs() const;
    // Builds sign and magnitude from words as limbs() returns them (high zeros allowed).
    static BigInt fromLimbs(const std::vector<std::uint32_t>& limbs, bool negative);

    // The GMP value, for the numeric sources built on GMP (bigint_math.cpp).
    mpz_srcptr gmp() const { return m_value; }
    mpz_ptr gmp() { return m_value; }

private:
    mpz_t m_value;
};

// The error type of an operation given up because its WorkPoll said stop: the caller
// (who owns the poll) already knows why and drops the result.
inline constexpr const char* kStoppedError = "Stopped";

// The MemoryLimit error of a result over `maxBits` (the room left under the heap limit).
NumericError intMemoryLimit(std::uint64_t maxBits);
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
