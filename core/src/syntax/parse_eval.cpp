// Text compiled in 'eval' mode (eval("1 +"), compile(text, "<string>", "eval")): CPython's
// grammar there is `expressions NEWLINE* ENDMARKER`, so its errors fall in other places than
// those of the same text compiled as a module. The text is parsed as a module (parser.cpp)
// and the eval grammar's failure is then found on the tokens:
// - text that is a module but not one expression fails at the first token the expression
//   cannot take: a statement's keyword (`pass`), `=`, an augmented assignment, `:`, `:=` or
//   `;` outside brackets and lambdas, or what follows the expression's line;
// - an error at the implicit end of a text that ends without a newline has offset 0 (no
//   caret), and empty text fails on line 0;
// - the tokenizer's errors (a bracket never closed, an unterminated string) and the
//   expression grammar's own messages are the module's.
// Any other error of the module's grammar (about assignment targets, statements) is not
// placed yet: it is refused as Unsupported rather than shown where CPython would not show it.
#include "syntax/lexer.h"
#include "syntax/parser.h"

#include <array>
#include <string_view>

namespace memstep::core::syntax {

namespace {

// Words that start a statement, never the eval grammar's expression (`yield` is not one
// there either).
bool startsStatement(std::string_view word) {
    static constexpr std::array<std::string_view, 24> kWords = {
        "assert", "async",  "break",    "class", "continue", "def",    "del", "elif",
        "else",   "except", "finally",  "for",   "from",     "global", "if",  "import",
        "in",     "is",     "nonlocal", "pass",  "raise",    "return", "try", "while"};
    for (std::string_view w : kWords)
        if (w == word)
            return true;
    return word == "with" || word == "and" || word == "or" || word == "as" || word == "yield" ||
           word == "await";
}

bool endsExpression(std::string_view op) {
    static constexpr std::array<std::string_view, 17> kOps = {
        "=",  "+=", "-=",  "*=",  "/=",  "//=", "%=", "@=", "&=",
        "|=", "^=", ">>=", "<<=", "**=", ":=",  ";",  "->"};
    for (std::string_view o : kOps)
        if (o == op)
            return true;
    return false;
}

// The first token the eval grammar cannot take, or null when the tokens are one expression
// (maybe followed by newlines).
const Token* evalFailure(const TokenStream& ts) {
    const std::vector<Token>& t = ts.tokens;
    if (t.empty())
        return nullptr;
    const Token& first = t.front();
    if ((first.kind == TokenKind::Name && startsStatement(first.text)) || first.isOp("*") ||
        first.isOp("**"))
        return &first;
    int depth = 0;
    int lambdas = 0; // lambdas whose `:` is still to come: `=` and `:` are theirs
    for (std::size_t i = 0; i < t.size(); ++i) {
        const Token& k = t[i];
        if (k.kind == TokenKind::EndOfFile || k.kind == TokenKind::Error)
            return nullptr;
        if (k.kind == TokenKind::Newline && depth == 0) {
            std::size_t j = i + 1;
            while (j < t.size() &&
                   (t[j].kind == TokenKind::Newline || t[j].kind == TokenKind::Dedent))
                ++j;
            return j < t.size() && t[j].kind != TokenKind::EndOfFile ? &t[j] : nullptr;
        }
        if (k.kind == TokenKind::Name && k.text == "lambda" && depth == 0)
            ++lambdas;
        if (k.kind != TokenKind::Op)
            continue;
        if (k.text == "(" || k.text == "[" || k.text == "{")
            ++depth;
        else if (k.text == ")" || k.text == "]" || k.text == "}")
            --depth;
        else if (depth == 0 && k.text == ":" && lambdas > 0)
            --lambdas;
        else if (depth == 0 && k.text == "=" && lambdas > 0)
            continue; // a lambda's default
        else if (depth == 0 && (k.text == ":" || endsExpression(k.text)))
            return &k;
    }
    return nullptr;
}

ParseResult invalidSyntax(int line, int offset, int endOffset) {
    ParseResult r;
    r.error = Diagnostic{"SyntaxError", "invalid syntax", line, offset, {}, {}};
    r.errorEnd.line = line;
    r.errorEnd.offset = endOffset;
    return r;
}

ParseResult failAt(const TokenStream& ts, const Token& k) {
    const int offset = ts.charOffset(k.line, k.column);
    int endOffset = k.endLine == k.line ? ts.charOffset(k.line, k.endColumn) : offset;
    return invalidSyntax(k.line, offset, endOffset);
}

ParseResult refuse(std::string message) {
    ParseResult r;
    r.error = Diagnostic{"Unsupported", std::move(message), 0, 0, {}, {}};
    return r;
}

} // namespace

ParseResult parseEval(std::string_view source) {
    ParseResult module = parse(source);
    if (module.error && module.error->type == "Unsupported")
        return module;
    TokenStream ts = tokenize(source);
    if (!module.error) {
        const StmtList& body = module.module->body;
        const Token* k = evalFailure(ts); // `1;` is one expression statement too
        if (body.size() == 1 && body.front()->kind == StmtKind::ExprStmt && !k)
            return module;
        if (body.empty()) {
            if (source.empty())
                return invalidSyntax(0, 0, 0);
            return refuse("text holding no expression (only comments or blank lines) given to "
                          "eval is not supported yet");
        }
        if (k)
            return failAt(ts, *k);
        return refuse("this syntax error in text compiled in 'eval' mode is not supported yet");
    }
    const Diagnostic& d = *module.error;
    // The tokenizer's errors win in both modes, and so do those of indentation.
    if (ts.error || d.type != "SyntaxError")
        return module;
    const Token* k = evalFailure(ts);
    // The eval grammar fails first: at a token before the module's error, or at the same.
    if (k &&
        (k->line < d.line || (k->line == d.line && ts.charOffset(k->line, k->column) <= d.column)))
        return failAt(ts, *k);
    // The module's error at the implicit end of the text: the eval grammar reports it at
    // its end marker, offset 0, when no newline follows the error's line.
    const bool lastLine =
        d.line >= 1 && d.line <= ts.lineCount() &&
        ts.source->find('\n', ts.lineStarts[static_cast<std::size_t>(d.line) - 1]) ==
            std::string_view::npos;
    for (const Token& t : ts.tokens)
        if ((t.kind == TokenKind::Newline && t.text.empty()) || t.kind == TokenKind::EndOfFile)
            if (lastLine && t.line == d.line && ts.charOffset(t.line, t.column) == d.column) {
                if (d.message != "invalid syntax")
                    break;
                return invalidSyntax(d.line, 0, 0);
            }
    if (d.message == "invalid syntax" || d.message.starts_with("invalid syntax. Perhaps") ||
        d.message.starts_with("expected 'else'") ||
        d.message.starts_with("Generator expression must be") ||
        d.message.find("was never closed") != std::string::npos ||
        d.message.starts_with("unmatched") || d.message.starts_with("closing parenthesis"))
        return module;
    // An error of the module's grammar about what comes after an expression (an assignment
    // target, a statement): the eval grammar stops at the expression's end.
    if (k && (d.message.starts_with("cannot assign") ||
              d.message.find("illegal expression") != std::string::npos ||
              d.message.starts_with("invalid syntax. Maybe you meant")))
        return failAt(ts, *k);
    return refuse("the syntax error \"" + d.message +
                  "\" in text compiled in 'eval' mode is not placed as CPython places it yet");
}

} // namespace memstep::core::syntax
