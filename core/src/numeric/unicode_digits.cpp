#include "numeric/unicode_digits.h"

#include "numeric/utf8.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace memstep::core::numeric {

namespace {

// First code point (the digit zero) of each run of decimal digits beyond ASCII.
constexpr std::uint32_t kDigitZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

bool isUnicodeSpace(std::uint32_t cp) {
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

int digitOf(std::uint32_t cp) {
    const auto* it = std::upper_bound(std::begin(kDigitZeros), std::end(kDigitZeros), cp);
    if (it == std::begin(kDigitZeros)) {
        return -1;
    }
    const std::uint32_t zero = *(it - 1);
    return cp - zero <= 9 ? static_cast<int>(cp - zero) : -1;
}

} // namespace

std::string asciiDigitsAndSpaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const CodePoint point = codePointAt(text, i);
        const bool decoded = point.length > 1; // not ASCII, not a stray byte
        const int digit = decoded ? digitOf(point.value) : -1;
        if (digit >= 0) {
            out += static_cast<char>('0' + digit);
        } else if (decoded && isUnicodeSpace(point.value)) {
            out += ' ';
        } else {
            out.append(text.substr(i, point.length));
        }
        i += point.length;
    }
    return out;
}

} // namespace memstep::core::numeric
