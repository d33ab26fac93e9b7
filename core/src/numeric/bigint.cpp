#include "numeric/bigint.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace memstep::core::numeric {

namespace {

constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;

// Powers and modular powers whose operands stay under this many bits go to GMP in one
// call: even its slowest case finishes in milliseconds, so there is nothing to poll.
constexpr std::uint64_t kOneCallBits = std::uint64_t{1} << 16;

NumericError stopped() {
    return makeError(kStoppedError, "");
}

// Work units of a GMP operation on `bits`-bit operands, for WorkPoll (one per 32-bit word).
std::uint64_t workOf(std::uint64_t bits) {
    return bits / 32 + 1;
}

} // namespace

NumericError intMemoryLimit(std::uint64_t maxBits) {
    return makeError("MemoryLimit", "the int would need more than the " +
                                        std::to_string(maxBits / 8 / 1024 / 1024) +
                                        " MB left under the memory limit - raise the limit in "
                                        "Settings");
}

BigInt::BigInt() {
    mpz_init(m_value);
}

BigInt::BigInt(const BigInt& other) {
    mpz_init_set(m_value, other.m_value);
}

BigInt::BigInt(BigInt&& other) noexcept {
    // A moved-from BigInt is zero: it keeps a fresh (allocation-free) mpz of its own.
    mpz_init(m_value);
    mpz_swap(m_value, other.m_value);
}

BigInt& BigInt::operator=(const BigInt& other) {
    if (this != &other)
        mpz_set(m_value, other.m_value);
    return *this;
}

BigInt& BigInt::operator=(BigInt&& other) noexcept {
    mpz_swap(m_value, other.m_value);
    return *this;
}

BigInt::~BigInt() {
    mpz_clear(m_value);
}

std::vector<std::uint32_t> BigInt::limbs() const {
    std::vector<std::uint32_t> out(limbCount());
    std::size_t written = 0;
    if (!out.empty())
        mpz_export(out.data(), &written, -1, sizeof(std::uint32_t), 0, 0, m_value);
    out.resize(written);
    return out;
}

BigInt BigInt::fromLimbs(const std::vector<std::uint32_t>& limbs, bool negative) {
    BigInt result;
    if (!limbs.empty())
        mpz_import(result.m_value, limbs.size(), -1, sizeof(std::uint32_t), 0, 0, limbs.data());
    if (negative)
        mpz_neg(result.m_value, result.m_value);
    return result;
}

BigInt BigInt::fromInt64(std::int64_t value) {
    const bool negative = value < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(value)
                                             : static_cast<std::uint64_t>(value);
    BigInt result = fromUint64(magnitude);
    if (negative)
        mpz_neg(result.m_value, result.m_value);
    return result;
}

BigInt BigInt::fromUint64(std::uint64_t value) {
    static_assert(sizeof(unsigned long) == sizeof(std::uint64_t), "GMP's ui is 64 bits here");
    BigInt result;
    mpz_set_ui(result.m_value, static_cast<unsigned long>(value));
    return result;
}

bool BigInt::fitsInt64() const {
    static_assert(sizeof(long) == sizeof(std::int64_t), "GMP's si is 64 bits here");
    return mpz_fits_slong_p(m_value) != 0;
}

std::int64_t BigInt::toInt64() const {
    return static_cast<std::int64_t>(mpz_get_si(m_value));
}

std::uint64_t BigInt::bitLength() const {
    return isZero() ? 0 : static_cast<std::uint64_t>(mpz_sizeinbase(m_value, 2));
}

std::strong_ordering BigInt::operator<=>(const BigInt& other) const {
    const int cmp = mpz_cmp(m_value, other.m_value);
    return cmp < 0 ? std::strong_ordering::less
                   : (cmp > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

BigInt BigInt::operator-() const {
    BigInt result;
    mpz_neg(result.m_value, m_value);
    return result;
}

BigInt BigInt::abs() const {
    BigInt result;
    mpz_abs(result.m_value, m_value);
    return result;
}

BigInt BigInt::operator+(const BigInt& other) const {
    BigInt result;
    mpz_add(result.m_value, m_value, other.m_value);
    return result;
}

BigInt BigInt::operator-(const BigInt& other) const {
    BigInt result;
    mpz_sub(result.m_value, m_value, other.m_value);
    return result;
}

BigInt BigInt::operator*(const BigInt& other) const {
    BigInt result;
    mpz_mul(result.m_value, m_value, other.m_value);
    return result;
}

std::optional<BigInt> BigInt::multiply(const BigInt& other, WorkPoll& poll) const {
    // One GMP call: its FFT multiplies two million-bit ints in milliseconds, so the poll
    // only hears about the work afterwards.
    BigInt result = *this * other;
    if (poll.stop(workOf(bitLength()) + workOf(other.bitLength())))
        return std::nullopt;
    return result;
}

Result<std::pair<BigInt, BigInt>> BigInt::divmod(const BigInt& divisor) const {
    if (divisor.isZero()) {
        return makeError("ZeroDivisionError", "integer division or modulo by zero");
    }
    std::pair<BigInt, BigInt> qr;
    // Floor division: the remainder takes the divisor's sign, as Python's.
    mpz_fdiv_qr(qr.first.m_value, qr.second.m_value, m_value, divisor.m_value);
    return qr;
}

Result<BigInt> BigInt::floorDiv(const BigInt& divisor) const {
    if (divisor.isZero()) {
        return makeError("ZeroDivisionError", "integer division or modulo by zero");
    }
    BigInt q;
    mpz_fdiv_q(q.m_value, m_value, divisor.m_value);
    return q;
}

Result<BigInt> BigInt::mod(const BigInt& divisor) const {
    if (divisor.isZero()) {
        return makeError("ZeroDivisionError", "integer modulo by zero");
    }
    BigInt r;
    mpz_fdiv_r(r.m_value, m_value, divisor.m_value);
    return r;
}

Result<BigInt> BigInt::pow(const BigInt& exponent, WorkPoll* poll, std::uint64_t maxBits) const {
    if (exponent.isNegative()) {
        return makeError("ValueError", "negative exponent needs a float result");
    }
    if (exponent.isZero()) {
        return fromInt64(1);
    }
    if (isZero() || mpz_cmpabs_ui(m_value, 1) == 0) {
        // 0**n, 1**n and (-1)**n need no work whatever the size of n.
        return exponent.isOdd() ? *this : abs();
    }
    // |base| >= 2: the result has floor(e * log2|base|) + 1 bits. Refuse before GMP tries.
    long scale = 0;
    const double mantissa = mpz_get_d_2exp(&scale, m_value); // |base| = |mantissa| * 2**scale
    const double log2Base = static_cast<double>(scale) + std::log2(std::fabs(mantissa));
    if (!exponent.fitsInt64() ||
        std::floor(static_cast<double>(exponent.toInt64()) * log2Base) + 1 >
            static_cast<double>(maxBits)) {
        return intMemoryLimit(maxBits);
    }
    const auto e = static_cast<unsigned long>(exponent.toInt64());
    BigInt result;
    if (poll == nullptr || static_cast<double>(e) * log2Base < static_cast<double>(kOneCallBits)) {
        mpz_pow_ui(result.m_value, m_value, e);
        return result;
    }
    // Left-to-right square and multiply, one GMP call at a time, polling between them.
    mpz_set_ui(result.m_value, 1);
    for (int bit = std::numeric_limits<unsigned long>::digits - 1 - __builtin_clzl(e); bit >= 0;
         --bit) {
        mpz_mul(result.m_value, result.m_value, result.m_value);
        if ((e >> bit) & 1u)
            mpz_mul(result.m_value, result.m_value, m_value);
        if (poll->stop(workOf(result.bitLength())))
            return stopped();
    }
    return result;
}

Result<BigInt> BigInt::powMod(const BigInt& exponent, const BigInt& modulus, WorkPoll* poll) const {
    if (modulus.isZero()) {
        return makeError("ValueError", "pow() 3rd argument cannot be 0");
    }
    const BigInt m = modulus.abs();
    BigInt base;
    mpz_fdiv_r(base.m_value, m_value, m.m_value);
    BigInt e = exponent.abs();
    if (exponent.isNegative() && mpz_invert(base.m_value, base.m_value, m.m_value) == 0) {
        // mpz_invert answers 0 when no inverse exists; modulo 1 everything inverts (to 0).
        if (mpz_cmp_ui(m.m_value, 1) != 0)
            return makeError("ValueError", "base is not invertible for the given modulus");
        mpz_set_ui(base.m_value, 0);
    }
    BigInt result;
    if (poll == nullptr || e.bitLength() * m.bitLength() < kOneCallBits * 64) {
        mpz_powm(result.m_value, base.m_value, e.m_value, m.m_value);
    } else {
        // A long exponent with a long modulus takes minutes in one mpz_powm: square and
        // multiply by hand, polling after each bit.
        mpz_set_ui(result.m_value, 1);
        mpz_fdiv_r(result.m_value, result.m_value, m.m_value);
        for (std::uint64_t i = e.bitLength(); i-- > 0;) {
            mpz_mul(result.m_value, result.m_value, result.m_value);
            mpz_fdiv_r(result.m_value, result.m_value, m.m_value);
            if (mpz_tstbit(e.m_value, static_cast<mp_bitcnt_t>(i))) {
                mpz_mul(result.m_value, result.m_value, base.m_value);
                mpz_fdiv_r(result.m_value, result.m_value, m.m_value);
            }
            if (poll->stop(2 * workOf(m.bitLength())))
                return stopped();
        }
    }
    if (modulus.isNegative() && !result.isZero()) {
        mpz_sub(result.m_value, result.m_value, m.m_value);
    }
    return result;
}

// GMP's logical operations treat negatives as infinite two's complement, as Python does.
BigInt BigInt::operator~() const {
    BigInt result;
    mpz_com(result.m_value, m_value);
    return result;
}

BigInt BigInt::operator&(const BigInt& other) const {
    BigInt result;
    mpz_and(result.m_value, m_value, other.m_value);
    return result;
}

BigInt BigInt::operator|(const BigInt& other) const {
    BigInt result;
    mpz_ior(result.m_value, m_value, other.m_value);
    return result;
}

BigInt BigInt::operator^(const BigInt& other) const {
    BigInt result;
    mpz_xor(result.m_value, m_value, other.m_value);
    return result;
}

BigInt BigInt::shiftLeft(std::uint64_t count) const {
    BigInt result;
    mpz_mul_2exp(result.m_value, m_value, static_cast<mp_bitcnt_t>(count));
    return result;
}

BigInt BigInt::shiftRight(std::uint64_t count) const {
    BigInt result;
    mpz_fdiv_q_2exp(result.m_value, m_value, static_cast<mp_bitcnt_t>(count)); // floor
    return result;
}

Result<BigInt> BigInt::shiftLeft(const BigInt& count, std::uint64_t maxBits) const {
    if (count.isNegative()) {
        return makeError("ValueError", "negative shift count");
    }
    if (isZero()) {
        return BigInt();
    }
    if (!count.fitsInt64() ||
        static_cast<std::uint64_t>(count.toInt64()) > maxBits - std::min(maxBits, bitLength())) {
        return intMemoryLimit(maxBits);
    }
    return shiftLeft(static_cast<std::uint64_t>(count.toInt64()));
}

Result<BigInt> BigInt::shiftRight(const BigInt& count) const {
    if (count.isNegative()) {
        return makeError("ValueError", "negative shift count");
    }
    if (!count.fitsInt64() || static_cast<std::uint64_t>(count.toInt64()) >= bitLength()) {
        return isNegative() ? fromInt64(-1) : BigInt();
    }
    return shiftRight(static_cast<std::uint64_t>(count.toInt64()));
}

std::int64_t BigInt::hash() const {
    // |value| mod (2**61 - 1): the truncating remainder's absolute value, as GMP returns it.
    auto h =
        static_cast<std::int64_t>(mpz_tdiv_ui(m_value, static_cast<unsigned long>(kHashModulus)));
    if (isNegative()) {
        h = -h;
    }
    return h == -1 ? -2 : h;
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
