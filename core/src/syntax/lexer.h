// Python 3.11 tokenizer: source text -> tokens with CPython's positions and errors.
//
// The whole file is tokenized up front into a vector (fast, and simple for a backtracking-free
// parser). Like CPython's tokenizer it tracks indentation (INDENT/DEDENT, TabError with tab
// size 8 versus 1), bracket nesting (no NEWLINE inside brackets, mismatched/unclosed bracket
// errors) and reports malformed numbers and strings. A string literal, f-strings included, is
// one String token holding its raw text with prefix and quotes; the parser decodes it.
// On the first error the stream ends with an Error token and `error` holds the diagnostic;
// the parser decides which error wins, as CPython does.
#pragma once

#include "memstep/diagnostic.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace memstep::core::syntax {

enum class TokenKind : std::uint8_t {
    Name,    // identifiers and keywords
    Number,  // raw literal text, e.g. "0x_ff", "1.5e3"
    String,  // raw literal text with prefix and quotes, e.g. "rb'x'", "f\"{a}\""
    Op,      // operators and delimiters, also stray characters such as '$' or '?'
    Newline, // end of a logical line
    Indent,
    Dedent,
    EndOfFile,
    Error, // the tokenizer stopped here; see TokenStream::error
};

struct Token {
    TokenKind kind = TokenKind::EndOfFile;
    std::string_view text; // points into TokenStream::source
    int line = 1;          // 1-based
    int column = 0;        // 0-based byte offset in the line
    int endLine = 1;
    int endColumn = 0;

    bool is(TokenKind k, std::string_view t) const { return kind == k && text == t; }
    bool isOp(std::string_view t) const { return kind == TokenKind::Op && text == t; }
    bool isKeyword(std::string_view t) const { return kind == TokenKind::Name && text == t; }
};

struct TokenStream {
    std::shared_ptr<const std::string> source; // BOM stripped, line endings normalised to \n
    std::vector<Token> tokens;                 // ends with EndOfFile or Error
    std::optional<Diagnostic> error;           // set when tokens end with Error
    // The error is "'(' was never closed", found at the end of the file; CPython lets it win
    // over a parser error only when the parser's error is on a later line.
    bool unclosedBracketAtEof = false;
    std::vector<std::size_t> lineStarts; // byte offset of each line in *source, index line-1

    int lineCount() const { return static_cast<int>(lineStarts.size()); }
    // The text of a 1-based line without its newline; empty when out of range.
    std::string_view lineText(int line) const;
    // 1-based character column (what CPython's SyntaxError.offset reports) for a 0-based
    // byte column in the line.
    int charOffset(int line, int byteColumn) const;
};

// Tokenizes a whole module.
TokenStream tokenize(std::string_view source);

// True for Python's reserved words ("if", "None", "lambda", ...).
bool isKeyword(std::string_view word);

} // namespace memstep::core::syntax
