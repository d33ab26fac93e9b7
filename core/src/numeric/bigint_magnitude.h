// Unsigned magnitude arithmetic on little-endian 32-bit limbs, shared by the BigInt
// sources. Private to core/src/numeric: callers use BigInt.
//
// Every function takes and returns trimmed vectors (no high zero limbs; zero is empty).
// Division is Knuth's algorithm D, multiplication is schoolbook: BigInt values in a
// visualised program stay small, so clarity wins over asymptotics.
#pragma once

#include "numeric/work_poll.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace memstep::core::numeric::mag {

using Limbs = std::vector<std::uint32_t>;

void trim(Limbs& limbs);
int compare(const Limbs& a, const Limbs& b);
Limbs add(const Limbs& a, const Limbs& b);
Limbs sub(const Limbs& a, const Limbs& b); // precondition: a >= b
Limbs mul(const Limbs& a, const Limbs& b);
// The same, reporting each row of limb products to `poll`: nullopt when it said stop.
std::optional<Limbs> mul(const Limbs& a, const Limbs& b, WorkPoll& poll);
// Divides in place by a nonzero single limb and returns the remainder.
std::uint32_t divSmallInPlace(Limbs& a, std::uint32_t divisor);
void mulSmallAddInPlace(Limbs& a, std::uint32_t factor, std::uint32_t addend);
// Truncating quotient and remainder; precondition: b is nonzero.
std::pair<Limbs, Limbs> divMod(const Limbs& a, const Limbs& b);
Limbs shiftLeft(const Limbs& a, std::uint64_t bits);
Limbs shiftRight(const Limbs& a, std::uint64_t bits);
std::uint64_t bitLength(const Limbs& a);
// True when any of the lowest `bits` bits is set.
bool anyLowBitSet(const Limbs& a, std::uint64_t bits);
Limbs fromUint64(std::uint64_t value);

} // namespace memstep::core::numeric::mag
