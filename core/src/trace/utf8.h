// Strict UTF-8 checking, as Python's 'utf-8' codec does it.
//
// The JSON writer must never emit invalid UTF-8 (python3 -m json.tool would refuse the whole
// trace), and the tracer must refuse a program that is not UTF-8 with CPython's message; both
// need the same answer to "how long is the valid sequence here, and if it is broken, why".
#pragma once

#include <cstddef>
#include <string_view>

namespace memstep::core {

enum class Utf8Error { None, InvalidStart, InvalidContinuation, UnexpectedEnd };

struct Utf8Sequence {
    std::size_t length = 0; // bytes of the valid sequence, or of the broken prefix
    Utf8Error error = Utf8Error::None;
};

// The sequence starting at text[at] (at < text.size()). Overlong forms, surrogates and code
// points past U+10FFFF are errors, as in CPython.
Utf8Sequence utf8SequenceAt(std::string_view text, std::size_t at);

// Offset of the first byte that is not valid UTF-8, or npos when all of it is.
std::size_t firstInvalidUtf8(std::string_view text);

} // namespace memstep::core
