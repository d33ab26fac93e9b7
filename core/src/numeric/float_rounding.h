// Correct rounding of an exact binary value to a double, shared by int -> float,
// int / int and decimal rounding. Private to core/src/numeric.
//
// The value is mantissa * 2**exponent, plus "a little more" when sticky is set (bits
// below the mantissa that were non-zero). Rounding is half to even, and subnormal
// results are rounded once, at their own quantum, to avoid double rounding.
#pragma once

#include <cstdint>
#include <optional>

namespace memstep::core::numeric {

// nullopt when the rounded value overflows a double.
std::optional<double> roundToDouble(std::uint64_t mantissa, int exponent, bool sticky);

} // namespace memstep::core::numeric
