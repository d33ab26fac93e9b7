// Digit layout of one finite or infinite double, shared by repr(), format() and `%`.
// Private to core/src/numeric.
//
// std::to_chars does the hard part (shortest round-trip digits, exact rounding at a
// given precision); these helpers only rearrange its output into CPython's shapes.
#pragma once

#include <string>
#include <string_view>

namespace memstep::core::numeric {

// How to lay out the digits of a non-negative double.
enum class FloatStyle {
    Exponent, // 'e': d.ddde+XX with `precision` decimals
    Fixed,    // 'f': ddd.ddd with `precision` decimals
    General,  // 'g': precision significant digits, trailing zeros stripped
    Repr,     // repr(): shortest round-trip digits, scientific below 1e-4 / from 1e16
};

// `value` must be non-negative (or +inf/nan). Lower case ("inf", "1e+16"); the caller
// applies upper case, sign and padding. addDot0 makes integral fixed results end in
// ".0" and moves the switch to scientific one digit earlier, as format(x, '.3') does.
std::string floatBody(double value, FloatStyle style, int precision, bool alternate, bool addDot0);

// Number of Unicode code points in UTF-8 text (invalid bytes count as one each).
std::size_t codePointCount(std::string_view text);
// The first `count` code points of UTF-8 text.
std::string_view codePointPrefix(std::string_view text, std::size_t count);

} // namespace memstep::core::numeric
