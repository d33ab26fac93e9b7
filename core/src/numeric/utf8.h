// A str's text is UTF-8; Python counts it in code points. The one decoder and encoder of
// the core, so that every place that walks a str agrees on what a character is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace memstep::core::numeric {

// UTF-8 text of one code point, as chr() gives it (for %c and format(n, 'c')); a surrogate
// is encoded as is, as Python's str keeps it.
std::string codePointText(std::uint32_t codePoint);
void appendCodePoint(std::string& out, std::uint32_t codePoint);

struct CodePoint {
    std::uint32_t value = 0;
    std::size_t length = 1; // bytes of text it takes
};

// The code point that starts at byte i. A byte that does not start a whole sequence
// (a stray continuation byte, a sequence cut short) stands for itself, one byte long.
CodePoint codePointAt(std::string_view text, std::size_t i);
// The same, moving i past it.
char32_t readCodePoint(std::string_view text, std::size_t& i);

// The text as code points, the units of Python's str indexes.
std::u32string codePoints(std::string_view text);
// And back.
std::string utf8Text(std::u32string_view points);

} // namespace memstep::core::numeric
