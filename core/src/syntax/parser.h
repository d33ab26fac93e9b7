// Python 3.11 source text -> AST, with CPython's syntax errors.
//
// A hand-written recursive-descent parser over the token stream of lexer.h. It does not
// reproduce CPython's PEG grammar; instead it reports, for the mistakes students make,
// the same error type, message, line and column that CPython 3.11 reports (checked against
// real python3 in tests/unit/parser_test.cpp), and plain "invalid syntax" at the offending
// token otherwise. Constructs memstep cannot run yet (async, ...) give a
// Diagnostic of type "Unsupported" instead of a wrong tree.
#pragma once

#include "memstep/diagnostic.h"
#include "syntax/ast.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace memstep::core::syntax {

// What formatSyntaxError needs beyond the Diagnostic to draw CPython's caret line: where
// the highlighted range ends (SyntaxError.end_lineno/end_offset, 1-based characters).
struct ErrorSpanEnd {
    int line = 0;
    int offset = 0;
    bool atEndOfFile = false; // CPython prints no caret for errors at the end marker
    std::string text;         // the text CPython shows instead of the source line, if any
};

struct ParseResult {
    std::unique_ptr<Module> module;  // null when error is set
    std::optional<Diagnostic> error; // SyntaxError, IndentationError, TabError or Unsupported
    ErrorSpanEnd errorEnd;           // meaningful when error is set
};

// Parses a whole module. `source` is UTF-8, may start with a BOM and use CRLF line endings.
// The Diagnostic's traceback is left empty: fill it with formatSyntaxError once the file
// name is known.
ParseResult parse(std::string_view source);

// Parses text compiled in 'eval' mode (parse_eval.cpp): one expression, the module's body
// holding one expression statement, or the SyntaxError CPython's eval grammar reports, or an
// Unsupported diagnostic for an error it does not place as CPython does yet.
ParseResult parseEval(std::string_view source);

// CPython's private name mangling (_Py_Mangle): `name` as written in class `className` ("__x"
// in class "_A" is "_A__x"). Dunder names, dotted names, names not starting with "__", and
// any name in a class named only underscores are returned unchanged.
std::string mangleName(std::string_view className, std::string_view name);

// CPython's report of an uncaught syntax error, as `python3 FILE` prints it on stderr:
//   File "<filename>", line N
//     <source line>
//     <caret line>
//   SyntaxError: <message>
// For "Unsupported" diagnostics, just "Unsupported: <message>".
// The source is parsed again to find the error's span; a Diagnostic that does not come from
// parsing `source` gets a single caret, or carets up to `endOffset` (CPython's 1-based
// exclusive end_offset on the error's line) when given: the scope checks' errors.
std::string formatSyntaxError(const Diagnostic& error, std::string_view source,
                              std::string_view filename, int endOffset = 0);

} // namespace memstep::core::syntax
