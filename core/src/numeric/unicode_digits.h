// int() and float() accept any Unicode decimal digit ('١٢' is 12) and Unicode
// whitespace around the number. Private to core/src/numeric.
//
// The text is rewritten to ASCII before the ASCII-only grammars run, as CPython does.
// The table lists the zero of every run of ten decimal digits (Unicode 14, category Nd).
#pragma once

#include <string>
#include <string_view>

namespace memstep::core::numeric {

// ASCII text stays as is; non-ASCII decimal digits become '0'..'9' and non-ASCII
// whitespace becomes ' '. Other characters (and invalid UTF-8) are kept unchanged.
std::string asciiDigitsAndSpaces(std::string_view text);

} // namespace memstep::core::numeric
