#include "numeric/bigint_math.h"

#include <cmath>
#include <optional>

namespace memstep::core::numeric {

namespace {

// Products of fewer factors than this are one run of GMP calls; products whose estimated
// size stays under kOneCallBits go to GMP's own (faster, uninterruptible) functions.
constexpr std::uint64_t kLeafFactors = 32;
constexpr double kOneCallBits = double(std::uint64_t{1} << 22);

// start * (start + 1) * ... * (start + count - 1) as a balanced product tree, so the big
// multiplications are few and each is followed by a poll; nullopt when the poll said stop.
std::optional<BigInt> rangeProduct(const BigInt& start, std::uint64_t count, WorkPoll& poll) {
    if (count <= kLeafFactors) {
        BigInt product = BigInt::fromInt64(1);
        BigInt factor = start;
        for (std::uint64_t i = 0; i < count; ++i) {
            mpz_mul(product.gmp(), product.gmp(), factor.gmp());
            mpz_add_ui(factor.gmp(), factor.gmp(), 1);
        }
        if (poll.stop(count + product.limbCount()))
            return std::nullopt;
        return product;
    }
    const std::uint64_t half = count / 2;
    auto low = rangeProduct(start, half, poll);
    if (!low)
        return std::nullopt;
    auto high = rangeProduct(start + BigInt::fromUint64(half), count - half, poll);
    if (!high)
        return std::nullopt;
    return low->multiply(*high, poll);
}

// log2(n!), within a few bits (Stirling through lgamma).
double log2Factorial(double n) {
    return std::lgamma(n + 1.0) / std::log(2.0);
}

} // namespace

Result<BigInt> factorial(std::uint64_t n, WorkPoll& poll, std::uint64_t maxBits) {
    const double bits = log2Factorial(static_cast<double>(n));
    if (bits > static_cast<double>(maxBits))
        return intMemoryLimit(maxBits);
    if (bits < kOneCallBits) {
        BigInt result;
        mpz_fac_ui(result.gmp(), static_cast<unsigned long>(n));
        return result;
    }
    auto result = rangeProduct(BigInt::fromInt64(1), n, poll);
    if (!result)
        return makeError(kStoppedError, "");
    return std::move(*result);
}

Result<BigInt> fallingFactorial(const BigInt& n, std::uint64_t k, WorkPoll& poll,
                                std::uint64_t maxBits) {
    // Each of the k factors has at most bitLength(n) bits.
    const double bits = static_cast<double>(k) * static_cast<double>(n.bitLength());
    if (bits > static_cast<double>(maxBits))
        return intMemoryLimit(maxBits);
    auto result = rangeProduct(n - BigInt::fromUint64(k) + BigInt::fromInt64(1), k, poll);
    if (!result)
        return makeError(kStoppedError, "");
    return std::move(*result);
}

Result<BigInt> binomial(const BigInt& n, std::uint64_t k, WorkPoll& poll, std::uint64_t maxBits) {
    const double bits = static_cast<double>(k) * static_cast<double>(n.bitLength());
    if (bits < kOneCallBits) {
        BigInt result;
        mpz_bin_ui(result.gmp(), n.gmp(), static_cast<unsigned long>(k));
        return result;
    }
    // The falling product over k!: both are interruptible trees, the exact division is not.
    auto numerator = fallingFactorial(n, k, poll, maxBits);
    if (!numerator)
        return numerator;
    auto denominator = factorial(k, poll, maxBits);
    if (!denominator)
        return denominator;
    BigInt result;
    mpz_divexact(result.gmp(), numerator->gmp(), denominator->gmp());
    return result;
}

BigInt isqrt(const BigInt& n) {
    BigInt root;
    mpz_sqrt(root.gmp(), n.gmp());
    return root;
}

BigInt gcd(const BigInt& a, const BigInt& b) {
    BigInt result;
    mpz_gcd(result.gmp(), a.gmp(), b.gmp());
    return result;
}

BigInt lcm(const BigInt& a, const BigInt& b) {
    BigInt result;
    mpz_lcm(result.gmp(), a.gmp(), b.gmp());
    return result;
}

} // namespace memstep::core::numeric
