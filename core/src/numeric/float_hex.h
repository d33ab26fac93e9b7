// float.fromhex: a hexadecimal string to the nearest double, exactly as CPython 3.11's
// float_fromhex rounds it (half to even, subnormals rounded once at their own quantum) and
// with its errors: ValueError for a malformed string, OverflowError for a value past the
// largest double.
#pragma once

#include "numeric/numeric_result.h"

#include <string_view>

namespace memstep::core::numeric {

// `text` is the str's UTF-8; surrounding ASCII whitespace is allowed, as are "inf",
// "infinity" and "nan" in any case, a sign, an optional 0x and a p exponent.
Result<double> floatFromHex(std::string_view text);

} // namespace memstep::core::numeric
