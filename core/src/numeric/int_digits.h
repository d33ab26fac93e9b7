// The digits of an int in the base a format type names, shared by format() (format_spec.cpp)
// and the % operator (percent_format.cpp), so both spell bases and prefixes the same way.
// Private to core/src/numeric.
#pragma once

#include "numeric/bigint.h"

#include <cctype>
#include <string>

namespace memstep::core::numeric {

struct IntDigits {
    int base = 10;
    std::string
        prefix; // what the alternate form (#) writes before the digits: "0b", "0o", "0x", "0X"
    std::string digits; // of the magnitude, no sign; upper case for 'X'
};

// `type` is the format type or % conversion: 'b', 'o', 'x', 'X', anything else is decimal.
inline IntDigits intDigits(const BigInt& value, char type) {
    IntDigits out;
    switch (type) {
    case 'b':
        out.base = 2;
        out.prefix = "0b";
        break;
    case 'o':
        out.base = 8;
        out.prefix = "0o";
        break;
    case 'x':
        out.base = 16;
        out.prefix = "0x";
        break;
    case 'X':
        out.base = 16;
        out.prefix = "0X";
        break;
    default:
        break;
    }
    out.digits = value.abs().toString(out.base);
    if (type == 'X') {
        for (auto& ch : out.digits) {
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        }
    }
    return out;
}

} // namespace memstep::core::numeric
