// decodeSource: CPython reports a non-UTF-8 byte with the codec's message, but relative to
// the piece of text its tokenizer was decoding: the body of a string literal when the byte is
// inside one (positions count from the literal's first character, the literal's end is the
// "end of data"), otherwise the rest of the line from the bad byte on (position 0).
#include "memstep/source_text.h"

#include "trace/utf8.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

namespace memstep::core {

namespace {

constexpr std::string_view kBom = "\xef\xbb\xbf";

std::string hexByte(unsigned char byte) {
    char text[8];
    std::snprintf(text, sizeof text, "%02x", byte);
    return text;
}

// [begin, end) of the string literal body around `at` on the line [lineBegin, lineEnd), or
// nullopt when `at` is not inside a literal. Good enough for one-line literals, which is
// where students put non-ASCII text.
std::optional<std::pair<std::size_t, std::size_t>>
literalAround(std::string_view text, std::size_t lineBegin, std::size_t lineEnd, std::size_t at) {
    char quote = 0;
    std::size_t bodyBegin = 0;
    for (std::size_t i = lineBegin; i < lineEnd; ++i) {
        const char c = text[i];
        if (quote == 0) {
            if (c == '#') {
                return std::nullopt;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                bodyBegin = i + 1;
            }
        } else if (c == '\\') {
            ++i;
        } else if (c == quote) {
            if (at >= bodyBegin && at < i) {
                return std::make_pair(bodyBegin, i);
            }
            quote = 0;
        }
    }
    if (quote != 0 && at >= bodyBegin) {
        return std::make_pair(bodyBegin, lineEnd);
    }
    return std::nullopt;
}

} // namespace

SourceText decodeSource(std::string bytes, std::string_view filename) {
    SourceText result;
    const bool hadBom = bytes.starts_with(kBom);
    if (hadBom) {
        bytes.erase(0, kBom.size());
    }
    const std::size_t bad = firstInvalidUtf8(bytes);
    if (bad == std::string::npos) {
        result.text = std::move(bytes);
        return result;
    }
    const std::string_view text = bytes;
    std::size_t lineBegin = 0;
    if (bad > 0) {
        const std::size_t previous = text.rfind('\n', bad - 1);
        lineBegin = previous == std::string::npos ? 0 : previous + 1;
    }
    const std::size_t newline = text.find('\n', bad);
    const std::size_t lineEnd = newline == std::string::npos ? text.size() : newline;
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + bad, '\n'));

    std::size_t unitBegin = bad;
    std::size_t unitEnd = lineEnd;
    if (auto literal = literalAround(text, lineBegin, lineEnd, bad)) {
        unitBegin = literal->first;
        unitEnd = literal->second;
    }
    const std::string_view unit = text.substr(unitBegin, unitEnd - unitBegin);
    const std::size_t position = bad - unitBegin;
    const Utf8Sequence sequence = utf8SequenceAt(unit, position);
    std::string where;
    if (sequence.error == Utf8Error::UnexpectedEnd && sequence.length > 1) {
        where = "bytes in position " + std::to_string(position) + "-" +
                std::to_string(position + sequence.length - 1);
    } else {
        where = "byte 0x" + hexByte(static_cast<unsigned char>(text[bad])) + " in position " +
                std::to_string(position);
    }
    const char* reason = sequence.error == Utf8Error::UnexpectedEnd ? "unexpected end of data"
                         : sequence.error == Utf8Error::InvalidContinuation
                             ? "invalid continuation byte"
                             : "invalid start byte";

    Diagnostic error;
    error.type = "SyntaxError";
    error.message = "(unicode error) 'utf-8' codec can't decode " + where + ": " + reason;
    error.line = line;
    error.column = static_cast<int>(bad - lineBegin) + 1;
    if (hadBom) {
        error.traceback = "  File \"" + std::string(filename) + "\", line " + std::to_string(line) +
                          "\nSyntaxError: " + error.message + "\n";
    } else {
        error.traceback = "SyntaxError: Non-UTF-8 code starting with '\\x" +
                          hexByte(static_cast<unsigned char>(text[bad])) + "' in file " +
                          std::string(filename) + " on line " + std::to_string(line) +
                          ", but no encoding declared; see https://peps.python.org/pep-0263/ "
                          "for details\n";
    }
    result.text = std::move(bytes);
    result.error = std::move(error);
    return result;
}

} // namespace memstep::core
