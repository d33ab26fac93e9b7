// parse() and formatSyntaxError(), and the parts of the Parser every rule uses: reading
// tokens, reporting errors and counting nesting.
#include "syntax/parser.h"

#include "syntax/parser_impl.h"

#include <algorithm>

namespace memstep::core::syntax {

bool isBitwiseOrLevel(const Expr& e) {
    switch (e.kind) {
    case ExprKind::Compare:
    case ExprKind::BoolOp:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::NamedExpr:
    case ExprKind::Starred:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::GeneratorExp:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        return false;
    case ExprKind::UnaryOp:
        return e.as<UnaryOp>().op != UnaryOperator::Not;
    case ExprKind::Constant: {
        auto k = e.as<Constant>().constKind;
        return k != ConstantKind::True && k != ConstantKind::False && k != ConstantKind::None;
    }
    default:
        return true;
    }
}

Operator binaryOperator(std::string_view op) {
    if (op == "+")
        return Operator::Add;
    if (op == "-")
        return Operator::Sub;
    if (op == "*")
        return Operator::Mult;
    if (op == "@")
        return Operator::MatMult;
    if (op == "/")
        return Operator::Div;
    if (op == "%")
        return Operator::Mod;
    if (op == "**")
        return Operator::Pow;
    if (op == "<<")
        return Operator::LShift;
    if (op == ">>")
        return Operator::RShift;
    if (op == "|")
        return Operator::BitOr;
    if (op == "^")
        return Operator::BitXor;
    if (op == "&")
        return Operator::BitAnd;
    return Operator::FloorDiv;
}

std::string describeExpr(const Expr& e) {
    switch (e.kind) {
    case ExprKind::Attribute:
        return "attribute";
    case ExprKind::Subscript:
        return "subscript";
    case ExprKind::Starred:
        return "starred";
    case ExprKind::Name:
        return "name";
    case ExprKind::List:
        return "list";
    case ExprKind::Tuple:
        return "tuple";
    case ExprKind::Lambda:
        return "lambda";
    case ExprKind::Call:
        return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
        return "expression";
    case ExprKind::GeneratorExp:
        return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        return "yield expression";
    case ExprKind::ListComp:
        return "list comprehension";
    case ExprKind::SetComp:
        return "set comprehension";
    case ExprKind::DictComp:
        return "dict comprehension";
    case ExprKind::Dict:
        return "dict literal";
    case ExprKind::Set:
        return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        return "f-string expression";
    case ExprKind::Constant:
        switch (e.as<Constant>().constKind) {
        case ConstantKind::None:
            return "None";
        case ConstantKind::True:
            return "True";
        case ConstantKind::False:
            return "False";
        case ConstantKind::Ellipsis:
            return "ellipsis";
        default:
            return "literal";
        }
    case ExprKind::Compare:
        return "comparison";
    case ExprKind::IfExp:
        return "conditional expression";
    case ExprKind::NamedExpr:
        return "named expression";
    case ExprKind::Slice:
        return "slice";
    }
    return "expression";
}

const Token& Parser::next() {
    const Token& t = m_stream.tokens[m_pos];
    if (t.kind == TokenKind::Error)
        invalidSyntax();
    if (m_pos + 1 < m_stream.tokens.size())
        ++m_pos;
    if (t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent &&
        t.kind != TokenKind::Newline) {
        m_prevEndLine = t.endLine;
        m_prevEndColumn = t.endColumn;
    }
    return t;
}

bool Parser::acceptOp(std::string_view op) {
    if (!atOp(op))
        return false;
    next();
    return true;
}

bool Parser::acceptKeyword(std::string_view kw) {
    if (!atKeyword(kw))
        return false;
    next();
    return true;
}

void Parser::expectOp(std::string_view op) {
    if (!acceptOp(op))
        invalidSyntax();
}

// CPython's forced `&&':'` reports "expected ':'" at any token; the other headers only when
// the line ends where the colon should be.
void Parser::expectColon(bool forced) {
    if (acceptOp(":"))
        return;
    if (forced || atNewline())
        fail("expected ':'", peek());
    invalidSyntax();
}

void Parser::failAt(const std::string& message, int line, int byteColumn, const char* type) const {
    ParseFailure f;
    f.diagnostic = Diagnostic{type, message, line, m_stream.charOffset(line, byteColumn), {}};
    f.tokenLine = std::max(line, peek().line);
    f.end = {line, f.diagnostic.column, false, {}};
    throw f;
}

void Parser::failRange(const std::string& message, const Location& from, const Location& to,
                       const char* type) const {
    ParseFailure f;
    f.diagnostic =
        Diagnostic{type, message, from.line, m_stream.charOffset(from.line, from.column), {}};
    f.tokenLine = std::max(from.line, peek().line);
    f.end = {to.endLine, m_stream.charOffset(to.endLine, to.endColumn), false, {}};
    throw f;
}

void Parser::fail(const std::string& message, const Token& at, const char* type) const {
    if (at.kind == TokenKind::Error) {
        ParseFailure f;
        f.diagnostic = *m_stream.error;
        f.tokenLine = at.line;
        f.end = {f.diagnostic.line, f.diagnostic.column, false, {}};
        throw f;
    }
    if (at.kind == TokenKind::EndOfFile) {
        ParseFailure f;
        f.diagnostic =
            Diagnostic{type, message, at.line, m_stream.charOffset(at.line, at.column), {}};
        f.tokenLine = at.line;
        f.end = {at.line, f.diagnostic.column, true, {}};
        throw f;
    }
    if (at.kind != TokenKind::Name && at.kind != TokenKind::Number &&
        at.kind != TokenKind::String && at.kind != TokenKind::Op)
        failAt(message, at.line, at.column, type);
    failRange(message, Location{at.line, at.column, at.endLine, at.endColumn},
              Location{at.line, at.column, at.endLine, at.endColumn}, type);
}

void Parser::invalidSyntax() const {
    const Token& t = peek();
    if (t.kind == TokenKind::Indent) {
        ParseFailure f;
        f.diagnostic = Diagnostic{"IndentationError",
                                  "unexpected indent",
                                  t.line,
                                  m_stream.charOffset(t.line, t.endColumn) - 1,
                                  {}};
        f.tokenLine = t.line;
        f.end = {t.line, -1, false, {}};
        throw f;
    }
    if (t.kind == TokenKind::Dedent)
        fail("unexpected unindent", t, "IndentationError");
    fail("invalid syntax", t);
}

void Parser::enterNested(int levels) {
    m_nesting += levels;
    if (m_nesting <= kMaxParserNesting)
        return;
    // CPython's parser raises a bare MemoryError here, with no position.
    ParseFailure f;
    f.diagnostic = Diagnostic{"MemoryError", "", 0, 0, {}};
    f.tokenLine = peek().line;
    throw f;
}

bool Parser::nodeTooDeep() {
    ++m_chain;
    // The node being built, the leaf under it and the statement around it count too.
    if (m_nesting + m_chain + 2 <= kMaxCompileDepth)
        return false;
    if (!m_tooDeep)
        m_tooDeep = Diagnostic{"RecursionError", kCompileDepthMessage, 0, 0, {}};
    return true;
}

void Parser::unsupported(const std::string& what, int line) const {
    ParseFailure f;
    bool plural = what.back() == 's';
    f.diagnostic = Diagnostic{kUnsupported,
                              what + (plural ? " are" : " is") + " not supported yet (line " +
                                  std::to_string(line) + ")",
                              line,
                              0,
                              {}};
    f.tokenLine = line;
    f.end = {line, 0, false, {}};
    throw f;
}

std::unique_ptr<Module> Parser::parseModule() {
    auto module = std::make_unique<Module>();
    while (peek().kind != TokenKind::EndOfFile)
        parseStatement(module->body);
    return module;
}

ParseResult parse(std::string_view source) {
    TokenStream stream = tokenize(source);
    ParseResult result;
    Parser parser(stream);
    try {
        result.module = parser.parseModule();
    } catch (const ParseFailure& failure) {
        result.error = failure.diagnostic;
        result.errorEnd = failure.end;
        // CPython's parser stops at a MemoryError without tokenizing further.
        if (stream.error && failure.diagnostic != *stream.error &&
            failure.diagnostic.type != "MemoryError") {
            // CPython tokenizes the rest of the file after a parser error; a tokenizer error
            // there wins, an unclosed bracket only when the parser's error is further down.
            if (!stream.unclosedBracketAtEof || failure.tokenLine > stream.error->line) {
                result.error = stream.error;
                result.errorEnd = {stream.error->line, stream.error->column, false, {}};
            }
        }
        return result;
    }
    if (parser.tooDeep()) {
        result.module.reset();
        result.error = parser.tooDeep();
        return result;
    }
    if (auto error = checkModule(*result.module, stream, result.errorEnd)) {
        result.module.reset();
        result.error = error;
    }
    return result;
}

std::string formatSyntaxError(const Diagnostic& error, std::string_view source,
                              std::string_view filename, int endOffset) {
    if (error.type == kUnsupported)
        return error.type + ": " + error.message + "\n";
    // Errors of a too deeply nested program: CPython prints neither file nor line.
    if (error.type == "MemoryError" || error.type == "RecursionError")
        return error.message.empty() ? error.type + "\n" : error.type + ": " + error.message + "\n";
    std::string out =
        "  File \"" + std::string(filename) + "\", line " + std::to_string(error.line) + "\n";
    TokenStream lines = tokenize(source);
    if (error.line < 1 || error.line > lines.lineCount()) {
        out += error.type + ": " + error.message + "\n";
        return out;
    }
    // Only plain SyntaxError carries an end position; its subclasses get one caret.
    ErrorSpanEnd end{error.line, -1, false, {}};
    std::string_view text = lines.lineText(error.line);
    ParseResult again = parse(source);
    bool same = again.error && *again.error == error;
    if (same && error.type == "SyntaxError")
        end = again.errorEnd;
    if (endOffset > 0)
        end = ErrorSpanEnd{error.line, endOffset, false, {}};
    if (same && !again.errorEnd.text.empty())
        text = again.errorEnd.text;
    bool caret = error.column > 0 && !(same && again.errorEnd.atEndOfFile);
    // CPython measures the line with its newline.
    int lineSize = 0;
    for (unsigned char c : text)
        lineSize += (c & 0xc0) != 0x80;
    lineSize += 1;
    int endAt = end.offset;
    if (end.line > error.line)
        endAt = lineSize;
    if (endAt > lineSize + 1)
        endAt = lineSize + 1;
    int offset = error.column;
    int carets = endAt > 0 && endAt > offset ? endAt - offset : 1;
    offset -= 1;
    std::size_t strip = 0;
    while (strip < text.size() &&
           (text[strip] == ' ' || text[strip] == '\t' || text[strip] == '\f')) {
        ++strip;
        --offset;
    }
    std::string_view shown = text.substr(strip);
    int len = 0;
    for (unsigned char c : shown)
        len += (c & 0xc0) != 0x80;
    if (offset > len)
        offset = len;
    out += "    ";
    out += shown;
    out += "\n";
    if (offset >= 0 && caret)
        out += "    " + std::string(static_cast<std::size_t>(offset), ' ') +
               std::string(static_cast<std::size_t>(carets), '^') + "\n";
    out += error.type + ": " + error.message + "\n";
    return out;
}

} // namespace memstep::core::syntax
