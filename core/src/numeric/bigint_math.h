// Integer functions of the math module on BigInt (factorial, perm, comb, isqrt, gcd, lcm),
// computed by GMP. The caller checks the arguments and raises CPython's errors for them; these
// only compute. The results whose size the program chooses are estimated first and refused
// with a MemoryLimit error above `maxBits`, and the long products are product trees of GMP
// calls that report to the WorkPoll between calls (error type kStoppedError when it says stop),
// so math.factorial(10**7) can be cancelled although a single GMP call cannot.
#pragma once

#include "numeric/bigint.h"

#include <cstdint>

namespace memstep::core::numeric {

// n!
Result<BigInt> factorial(std::uint64_t n, WorkPoll& poll, std::uint64_t maxBits);
// n * (n - 1) * ... * (n - k + 1), math.perm(n, k); precondition: 0 <= k <= n.
Result<BigInt> fallingFactorial(const BigInt& n, std::uint64_t k, WorkPoll& poll,
                                std::uint64_t maxBits);
// n! / (k! (n - k)!), math.comb(n, k); precondition: 0 <= k <= n.
Result<BigInt> binomial(const BigInt& n, std::uint64_t k, WorkPoll& poll, std::uint64_t maxBits);
// floor(sqrt(n)); precondition: n >= 0.
BigInt isqrt(const BigInt& n);
// Both non-negative, as math.gcd and math.lcm answer.
BigInt gcd(const BigInt& a, const BigInt& b);
BigInt lcm(const BigInt& a, const BigInt& b);

} // namespace memstep::core::numeric
