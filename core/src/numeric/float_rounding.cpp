#include "numeric/float_rounding.h"

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>

namespace memstep::core::numeric {

std::optional<double> roundToDouble(std::uint64_t mantissa, int exponent, bool sticky) {
    if (mantissa == 0) {
        return 0.0;
    }
    const int bits = 64 - std::countl_zero(mantissa);
    // Keep 53 significant bits, or fewer when the result is subnormal (quantum 2**-1074).
    const int minQuantumExp = DBL_MIN_EXP - DBL_MANT_DIG; // -1074
    const int drop = std::max(bits - DBL_MANT_DIG, minQuantumExp - exponent);
    if (drop <= 0) {
        return std::ldexp(static_cast<double>(mantissa), exponent); // exact
    }
    if (drop > 64) {
        return 0.0; // below half the smallest subnormal
    }
    std::uint64_t kept = drop == 64 ? 0 : mantissa >> drop;
    const std::uint64_t mask = drop == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << drop) - 1;
    const std::uint64_t rest = mantissa & mask;
    const std::uint64_t half = std::uint64_t{1} << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1u)))) {
        ++kept;
    }
    const double value = std::ldexp(static_cast<double>(kept), exponent + drop);
    if (std::isinf(value)) {
        return std::nullopt;
    }
    return value;
}

} // namespace memstep::core::numeric
