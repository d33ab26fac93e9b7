#include "numeric/bigint.h"

#include "numeric/bigint_magnitude.h"

#include <algorithm>
#include <limits>

namespace memstep::core::numeric {

namespace {

constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;

NumericError memoryLimit() {
    return makeError("MemoryLimit", "int result too large for the visualiser (more than " +
                                        std::to_string(kMaxResultBits) + " bits)");
}

// Two's complement of `value` in `size` limbs (size must exceed the magnitude's size).
mag::Limbs toTwos(const BigInt& value, std::size_t size) {
    mag::Limbs limbs = value.limbs();
    if (!value.isNegative()) {
        limbs.resize(size, 0);
        return limbs;
    }
    limbs = mag::sub(limbs, mag::Limbs{1});
    limbs.resize(size, 0);
    for (auto& limb : limbs) {
        limb = ~limb;
    }
    return limbs;
}

} // namespace

BigInt BigInt::fromLimbs(std::vector<std::uint32_t> limbs, bool negative) {
    return fromMagnitude(std::move(limbs), negative);
}

BigInt BigInt::fromMagnitude(std::vector<std::uint32_t> limbs, bool negative) {
    BigInt result;
    result.m_limbs = std::move(limbs);
    result.m_negative = negative;
    result.trim();
    return result;
}

void BigInt::trim() {
    mag::trim(m_limbs);
    if (m_limbs.empty()) {
        m_negative = false;
    }
}

BigInt BigInt::fromInt64(std::int64_t value) {
    const bool negative = value < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(value)
                                             : static_cast<std::uint64_t>(value);
    return fromMagnitude(mag::fromUint64(magnitude), negative);
}

BigInt BigInt::fromUint64(std::uint64_t value) {
    return fromMagnitude(mag::fromUint64(value), false);
}

bool BigInt::fitsInt64() const {
    if (m_limbs.size() > 2) {
        return false;
    }
    std::uint64_t magnitude = 0;
    for (std::size_t i = m_limbs.size(); i-- > 0;) {
        magnitude = (magnitude << 32) | m_limbs[i];
    }
    const std::uint64_t limit = std::uint64_t{1} << 63;
    return m_negative ? magnitude <= limit : magnitude < limit;
}

std::int64_t BigInt::toInt64() const {
    std::uint64_t magnitude = 0;
    for (std::size_t i = m_limbs.size(); i-- > 0;) {
        magnitude = (magnitude << 32) | m_limbs[i];
    }
    return m_negative ? static_cast<std::int64_t>(std::uint64_t{0} - magnitude)
                      : static_cast<std::int64_t>(magnitude);
}

std::uint64_t BigInt::bitLength() const {
    return mag::bitLength(m_limbs);
}

std::strong_ordering BigInt::operator<=>(const BigInt& other) const {
    if (m_negative != other.m_negative) {
        return m_negative ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    int cmp = mag::compare(m_limbs, other.m_limbs);
    if (m_negative) {
        cmp = -cmp;
    }
    return cmp < 0 ? std::strong_ordering::less
                   : (cmp > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

BigInt BigInt::operator-() const {
    return fromMagnitude(m_limbs, !m_negative);
}

BigInt BigInt::abs() const {
    return fromMagnitude(m_limbs, false);
}

BigInt BigInt::operator+(const BigInt& other) const {
    if (m_negative == other.m_negative) {
        return fromMagnitude(mag::add(m_limbs, other.m_limbs), m_negative);
    }
    if (mag::compare(m_limbs, other.m_limbs) >= 0) {
        return fromMagnitude(mag::sub(m_limbs, other.m_limbs), m_negative);
    }
    return fromMagnitude(mag::sub(other.m_limbs, m_limbs), other.m_negative);
}

BigInt BigInt::operator-(const BigInt& other) const {
    return *this + (-other);
}

BigInt BigInt::operator*(const BigInt& other) const {
    return fromMagnitude(mag::mul(m_limbs, other.m_limbs), m_negative != other.m_negative);
}

std::optional<BigInt> BigInt::multiply(const BigInt& other, WorkPoll& poll) const {
    auto limbs = mag::mul(m_limbs, other.m_limbs, poll);
    if (!limbs)
        return std::nullopt;
    return fromMagnitude(std::move(*limbs), m_negative != other.m_negative);
}

Result<std::pair<BigInt, BigInt>> BigInt::divmod(const BigInt& divisor) const {
    if (divisor.isZero()) {
        return makeError("ZeroDivisionError", "integer division or modulo by zero");
    }
    auto [q, r] = mag::divMod(m_limbs, divisor.m_limbs);
    BigInt quotient = fromMagnitude(std::move(q), m_negative != divisor.m_negative);
    BigInt remainder = fromMagnitude(std::move(r), m_negative);
    if (!remainder.isZero() && remainder.m_negative != divisor.m_negative) {
        quotient = quotient - fromInt64(1);
        remainder = remainder + divisor;
    }
    return std::pair{std::move(quotient), std::move(remainder)};
}

Result<BigInt> BigInt::floorDiv(const BigInt& divisor) const {
    auto result = divmod(divisor);
    if (!result) {
        return result.error();
    }
    return std::move(result->first);
}

Result<BigInt> BigInt::mod(const BigInt& divisor) const {
    if (divisor.isZero()) {
        return makeError("ZeroDivisionError", "integer modulo by zero");
    }
    return std::move(divmod(divisor)->second);
}

Result<BigInt> BigInt::pow(const BigInt& exponent) const {
    if (exponent.isNegative()) {
        return makeError("ValueError", "negative exponent needs a float result");
    }
    if (exponent.isZero()) {
        return fromInt64(1);
    }
    if (isZero() || (m_limbs.size() == 1 && m_limbs[0] == 1)) {
        // 0**n, 1**n and (-1)**n need no work whatever the size of n.
        return exponent.isOdd() ? *this : abs();
    }
    const std::uint64_t bitsPerFactor = bitLength() - 1; // at least 1: |base| >= 2 here
    const bool powerOfTwo = !mag::anyLowBitSet(m_limbs, bitsPerFactor);
    const std::uint64_t limit = powerOfTwo ? kMaxResultBits : kMaxResultBits / 4;
    if (!exponent.fitsInt64() ||
        static_cast<std::uint64_t>(exponent.toInt64()) > limit / bitsPerFactor) {
        return memoryLimit();
    }
    std::uint64_t e = static_cast<std::uint64_t>(exponent.toInt64());
    if (powerOfTwo) {
        const BigInt magnitude = fromInt64(1).shiftLeft(bitsPerFactor * e);
        return m_negative && (e & 1u) ? -magnitude : magnitude;
    }
    BigInt result = fromInt64(1);
    BigInt square = *this;
    while (true) {
        if (e & 1u) {
            result = result * square;
        }
        e >>= 1;
        if (e == 0) {
            break;
        }
        square = square * square;
    }
    return result;
}

Result<BigInt> BigInt::powMod(const BigInt& exponent, const BigInt& modulus) const {
    if (modulus.isZero()) {
        return makeError("ValueError", "pow() 3rd argument cannot be 0");
    }
    const BigInt m = modulus.abs();
    BigInt base = *mod(m);
    BigInt e = exponent;
    if (e.isNegative()) {
        // Modular inverse by the extended Euclidean algorithm.
        BigInt oldR = base, r = m, oldS = fromInt64(1), s;
        while (!r.isZero()) {
            auto [q, rem] = *oldR.divmod(r);
            oldR = std::exchange(r, rem);
            BigInt next = oldS - q * s;
            oldS = std::exchange(s, next);
        }
        if (oldR != fromInt64(1)) {
            return makeError("ValueError", "base is not invertible for the given modulus");
        }
        base = *oldS.mod(m);
        e = -e;
    }
    BigInt result = *fromInt64(1).mod(m);
    const std::uint64_t bits = e.bitLength();
    for (std::uint64_t i = bits; i-- > 0;) {
        result = *(result * result).mod(m);
        if ((e.m_limbs[static_cast<std::size_t>(i / 32)] >> (i % 32)) & 1u) {
            result = *(result * base).mod(m);
        }
    }
    if (modulus.isNegative() && !result.isZero()) {
        result = result - m;
    }
    return result;
}

BigInt BigInt::operator~() const {
    return -*this - fromInt64(1);
}

namespace {

enum class BitOp { And, Or, Xor };

BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op) {
    const std::size_t size = std::max(a.limbs().size(), b.limbs().size()) + 1;
    mag::Limbs x = toTwos(a, size);
    mag::Limbs y = toTwos(b, size);
    bool negative = false;
    switch (op) {
    case BitOp::And:
        negative = a.isNegative() && b.isNegative();
        for (std::size_t i = 0; i < size; ++i)
            x[i] &= y[i];
        break;
    case BitOp::Or:
        negative = a.isNegative() || b.isNegative();
        for (std::size_t i = 0; i < size; ++i)
            x[i] |= y[i];
        break;
    case BitOp::Xor:
        negative = a.isNegative() != b.isNegative();
        for (std::size_t i = 0; i < size; ++i)
            x[i] ^= y[i];
        break;
    }
    if (negative) {
        for (auto& limb : x) {
            limb = ~limb;
        }
        mag::trim(x);
        return BigInt::fromLimbs(mag::add(x, mag::Limbs{1}), true);
    }
    return BigInt::fromLimbs(std::move(x), false);
}

} // namespace

} // namespace memstep::core::numeric

namespace memstep::core::numeric {

BigInt BigInt::operator&(const BigInt& other) const {
    return bitwise(*this, other, BitOp::And);
}
BigInt BigInt::operator|(const BigInt& other) const {
    return bitwise(*this, other, BitOp::Or);
}
BigInt BigInt::operator^(const BigInt& other) const {
    return bitwise(*this, other, BitOp::Xor);
}

BigInt BigInt::shiftLeft(std::uint64_t count) const {
    return fromMagnitude(mag::shiftLeft(m_limbs, count), m_negative);
}

BigInt BigInt::shiftRight(std::uint64_t count) const {
    if (!m_negative) {
        return fromMagnitude(mag::shiftRight(m_limbs, count), false);
    }
    // Floor for negatives: -((|a| - 1) >> n) - 1.
    mag::Limbs reduced = mag::shiftRight(mag::sub(m_limbs, mag::Limbs{1}), count);
    return fromMagnitude(mag::add(reduced, mag::Limbs{1}), true);
}

Result<BigInt> BigInt::shiftLeft(const BigInt& count) const {
    if (count.isNegative()) {
        return makeError("ValueError", "negative shift count");
    }
    if (isZero()) {
        return BigInt();
    }
    if (!count.fitsInt64()) {
        return makeError("OverflowError", "too many digits in integer");
    }
    const std::uint64_t n = static_cast<std::uint64_t>(count.toInt64());
    if (n > kMaxResultBits) {
        return memoryLimit();
    }
    return shiftLeft(n);
}

Result<BigInt> BigInt::shiftRight(const BigInt& count) const {
    if (count.isNegative()) {
        return makeError("ValueError", "negative shift count");
    }
    if (!count.fitsInt64() || static_cast<std::uint64_t>(count.toInt64()) >= bitLength()) {
        return m_negative ? fromInt64(-1) : BigInt();
    }
    return shiftRight(static_cast<std::uint64_t>(count.toInt64()));
}

std::int64_t BigInt::hash() const {
    std::uint64_t h = 0;
    for (std::size_t i = m_limbs.size(); i-- > 0;) {
        unsigned __int128 cur = (static_cast<unsigned __int128>(h) << 32) | m_limbs[i];
        h = static_cast<std::uint64_t>(cur % kHashModulus);
    }
    std::int64_t result = static_cast<std::int64_t>(h);
    if (m_negative) {
        result = -result;
    }
    return result == -1 ? -2 : result;
}

std::optional<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_add_overflow(a, b, &r)) {
        return std::nullopt;
    }
    return r;
}

std::optional<std::int64_t> checkedSub(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) {
        return std::nullopt;
    }
    return r;
}

std::optional<std::int64_t> checkedMul(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) {
        return std::nullopt;
    }
    return r;
}

std::optional<std::int64_t> checkedNeg(std::int64_t a) {
    if (a == std::numeric_limits<std::int64_t>::min()) {
        return std::nullopt;
    }
    return -a;
}

std::optional<std::int64_t> checkedPow(std::int64_t base, std::int64_t exponent) {
    if (exponent < 0) {
        return std::nullopt;
    }
    std::int64_t result = 1;
    std::int64_t square = base;
    while (true) {
        if (exponent & 1) {
            auto product = checkedMul(result, square);
            if (!product) {
                return std::nullopt;
            }
            result = *product;
        }
        exponent >>= 1;
        if (exponent == 0) {
            return result;
        }
        auto next = checkedMul(square, square);
        if (!next) {
            return std::nullopt;
        }
        square = *next;
    }
}

std::optional<std::int64_t> floorDivInt64(std::int64_t a, std::int64_t b) {
    if (a == std::numeric_limits<std::int64_t>::min() && b == -1) {
        return std::nullopt;
    }
    std::int64_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) {
        --q;
    }
    return q;
}

std::int64_t floorModInt64(std::int64_t a, std::int64_t b) {
    if (b == -1) {
        return 0;
    }
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    return r;
}

std::int64_t hashInt64(std::int64_t value) {
    const bool negative = value < 0;
    std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(value)
                                       : static_cast<std::uint64_t>(value);
    std::int64_t h = static_cast<std::int64_t>(magnitude % kHashModulus);
    if (negative) {
        h = -h;
    }
    return h == -1 ? -2 : h;
}

} // namespace memstep::core::numeric
