// Text helpers of the re module's engine: Python's str.isidentifier and repr() of a str, and
// the character classes _sre tests (re_text.cpp).
#pragma once

#include <string>

namespace memstep::core::modules::re {

// str.isidentifier() of a group name.
bool isIdentifier(const std::u32string& name);
// repr() of a str, as %r writes it into an error message.
std::string pyRepr(const std::u32string& text);
// str.isalpha() of one character.
bool isAlphaChar(char32_t c);
// \d, \s as _sre tests them (Unicode unless `ascii`).
bool isDigitChar(char32_t c, bool ascii);
bool isSpaceChar(char32_t c, bool ascii);

} // namespace memstep::core::modules::re
