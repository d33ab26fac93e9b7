#include "syntax/parser.h"

#include <algorithm>

#include "syntax/parser_impl.h"

namespace memstep::core::syntax {

namespace {

bool isAugAssign(const Token& t) {
    if (t.kind != TokenKind::Op || t.text.size() < 2 || t.text.back() != '=')
        return false;
    std::string_view op = t.text.substr(0, t.text.size() - 1);
    return op == "+" || op == "-" || op == "*" || op == "/" || op == "//" || op == "%" ||
           op == "**" || op == "@" || op == "&" || op == "|" || op == "^" || op == "<<" ||
           op == ">>";
}

// Kinds that CPython's bitwise_or rule can produce (the left side of "cannot assign to X
// here. Maybe you meant '==' instead of '='?").
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

} // namespace

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
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
        switch (e.as<Constant>().constKind) {
        case ConstantKind::None: return "None";
        case ConstantKind::True: return "True";
        case ConstantKind::False: return "False";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
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
        f.diagnostic = Diagnostic{type, message, at.line, m_stream.charOffset(at.line, at.column), {}};
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
        f.diagnostic = Diagnostic{"IndentationError", "unexpected indent", t.line,
                                  m_stream.charOffset(t.line, t.endColumn) - 1, {}};
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
                              line, 0, {}};
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

void Parser::parseStatement(StmtList& out) {
    const Token& t = peek();
    if (t.kind == TokenKind::Name) {
        std::string_view w = t.text;
        if (w == "if" || w == "while" || w == "for" || w == "try" || w == "with" || w == "def" ||
            w == "class" || w == "async") {
            out.push_back(parseCompound());
            return;
        }
        if (w == "match")
            checkMatchStatement();
    } else if (t.isOp("@")) {
        out.push_back(parseCompound());
        return;
    }
    parseSimpleStatements(out);
}

// A `match` statement: `match <subject>:` at the start of a line, where `match` cannot be a
// plain name (nothing that could continue an expression statement follows it).
void Parser::checkMatchStatement() const {
    const Token& second = peek(1);
    if (second.kind == TokenKind::Newline || second.kind == TokenKind::EndOfFile)
        return;
    if (second.kind == TokenKind::Op) {
        std::string_view op = second.text;
        if (op != "(" && op != "[" && op != "{" && op != "-" && op != "*" && op != "~" &&
            op != "...")
            return;
    }
    std::size_t i = m_pos + 1;
    int depth = 0;
    const Token* last = nullptr;
    for (; i < m_stream.tokens.size(); ++i) {
        const Token& k = m_stream.tokens[i];
        if (k.kind == TokenKind::Newline || k.kind == TokenKind::EndOfFile ||
            k.kind == TokenKind::Error)
            break;
        if (k.isOp("(") || k.isOp("[") || k.isOp("{"))
            ++depth;
        if (k.isOp(")") || k.isOp("]") || k.isOp("}"))
            --depth;
        last = &k;
    }
    if (last && last->isOp(":") && depth == 0)
        unsupported("`match`", peek().line);
}

void Parser::parseSimpleStatements(StmtList& out) {
    for (;;) {
        out.push_back(parseSimpleStatement());
        if (!acceptOp(";"))
            break;
        if (atNewline())
            break;
    }
    if (peek().kind == TokenKind::EndOfFile)
        return;
    if (!atNewline())
        invalidSyntax();
    next();
}

StmtPtr Parser::parseSimpleStatement() {
    const Token& t = peek();
    if (t.kind == TokenKind::Name) {
        std::string_view w = t.text;
        if (w == "pass" || w == "break" || w == "continue") {
            next();
            StmtPtr s;
            if (w == "pass")
                s = startNode<Pass>(t);
            else if (w == "break")
                s = startNode<Break>(t);
            else
                s = startNode<Continue>(t);
            finish(*s);
            return s;
        }
        if (w == "return")
            return parseReturn();
        if (w == "import")
            return parseImport();
        if (w == "from")
            return parseFromImport();
        if (w == "raise")
            return parseRaise();
        if (w == "del")
            return parseDelete();
        if (w == "assert")
            return parseAssert();
        if (w == "global" || w == "nonlocal")
            return parseGlobalOrNonlocal();
        if (w == "await")
            unsupported("`await`", t.line);
    }
    return parseExpressionStatement();
}

StmtPtr Parser::parseExpressionStatement() {
    const Token& start = peek();
    bool startsWithParen = start.isOp("(");
    bool legacyCandidate = start.kind == TokenKind::Name &&
                           (start.text == "print" || start.text == "exec") &&
                           !peek(1).isOp("(");
    ExprPtr first;
    std::size_t firstPos = m_pos;
    try {
        first = parseStarExpressions(true);
    } catch (const ParseFailure&) {
        if (!legacyCandidate)
            throw;
        m_pos = firstPos;
        first = parseStarExpressions(true);
    }
    if (legacyCandidate && first->kind == ExprKind::Name && startsExpression(peek()) &&
        !peek().isKeyword("if") && !peek().isKeyword("in") && !peek().isKeyword("is")) {
        std::size_t save = m_pos;
        ExprPtr rest;
        try {
            rest = parseStarExpressions();
        } catch (const ParseFailure&) {
            m_pos = save;
            invalidSyntax();
        }
        std::string name(start.text);
        failRange("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                  *first, *rest);
    }

    if (atOp(":")) {
        if (first->kind == ExprKind::Tuple && !startsWithParen)
            failAt("only single target (not tuple) can be annotated",
                   *first->as<Tuple>().elts.front());
        if (first->kind == ExprKind::Tuple)
            failAt("only single target (not tuple) can be annotated", *first);
        if (first->kind == ExprKind::List)
            failAt("only single target (not list) can be annotated", *first);
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript)
            failAt("illegal target for annotation", *first);
        next();
        auto node = startNode<AnnAssign>(start);
        node->simple = first->kind == ExprKind::Name && !startsWithParen;
        setContext(*first, ExprContext::Store);
        node->target = std::move(first);
        node->annotation = parseExpression();
        if (acceptOp("="))
            node->value = parseStarExpressions(true);
        finish(*node);
        return node;
    }
    if (isAugAssign(peek())) {
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript)
            failAt("'" + describeExpr(*first) + "' is an illegal expression for augmented assignment",
                   *first);
        const Token& opTok = next();
        auto node = startNode<AugAssign>(start);
        node->op = binaryOperator(opTok.text.substr(0, opTok.text.size() - 1));
        setContext(*first, ExprContext::Store);
        node->target = std::move(first);
        node->value = parseStarExpressions(true);
        finish(*node);
        return node;
    }
    if (atOp("=")) {
        auto node = startNode<Assign>(start);
        ExprList chain;
        chain.push_back(std::move(first));
        while (acceptOp("="))
            chain.push_back(parseStarExpressions(true));
        // CPython's invalid_named_expression: `1 = x` reads as a mistyped comparison.
        if (chain.size() == 2 && invalidTarget(*chain[0], ExprContext::Store) == chain[0].get() &&
            isBitwiseOrLevel(*chain[0]) && isBitwiseOrLevel(*chain[1]) &&
            chain[0]->kind != ExprKind::Starred)
            failAt("cannot assign to " + describeExpr(*chain[0]) +
                       " here. Maybe you meant '==' instead of '='?",
                   *chain[0]);
        for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
            if (chain[i]->kind == ExprKind::Yield || chain[i]->kind == ExprKind::YieldFrom)
                failAt("assignment to yield expression not possible", *chain[i]);
            checkTarget(*chain[i], ExprContext::Store);
        }
        node->value = std::move(chain.back());
        chain.pop_back();
        node->targets = std::move(chain);
        finish(*node);
        return node;
    }
    auto node = startNode<ExprStmt>(start);
    node->value = std::move(first);
    finish(*node);
    return node;
}

StmtPtr Parser::parseReturn() {
    auto node = startNode<Return>(next());
    if (!atNewline() && !atOp(";") && peek().kind != TokenKind::EndOfFile)
        node->value = parseStarExpressions();
    finish(*node);
    return node;
}

StmtPtr Parser::parseRaise() {
    auto node = startNode<Raise>(next());
    if (!atNewline() && !atOp(";") && peek().kind != TokenKind::EndOfFile) {
        node->exc = parseExpression();
        if (acceptKeyword("from"))
            node->cause = parseExpression();
    }
    finish(*node);
    return node;
}

StmtPtr Parser::parseDelete() {
    auto node = startNode<Delete>(next());
    for (;;) {
        ExprPtr target = parseBitwiseOr();
        checkTarget(*target, ExprContext::Del);
        node->targets.push_back(std::move(target));
        if (!acceptOp(","))
            break;
        if (atNewline() || atOp(";"))
            break;
    }
    finish(*node);
    return node;
}

StmtPtr Parser::parseAssert() {
    auto node = startNode<Assert>(next());
    node->test = parseExpression();
    if (acceptOp(","))
        node->msg = parseExpression();
    finish(*node);
    return node;
}

StmtPtr Parser::parseGlobalOrNonlocal() {
    const Token& kw = next();
    StmtPtr node;
    std::vector<std::string>* names;
    if (kw.text == "global") {
        auto g = startNode<Global>(kw);
        names = &g->names;
        node = std::move(g);
    } else {
        auto n = startNode<Nonlocal>(kw);
        names = &n->names;
        node = std::move(n);
    }
    do {
        if (peek().kind != TokenKind::Name || isKeyword(peek().text))
            invalidSyntax();
        names->emplace_back(next().text);
    } while (acceptOp(","));
    finish(*node);
    return node;
}

std::string Parser::parseDottedName() {
    if (peek().kind != TokenKind::Name || isKeyword(peek().text))
        invalidSyntax();
    std::string name(next().text);
    while (acceptOp(".")) {
        if (peek().kind != TokenKind::Name || isKeyword(peek().text))
            invalidSyntax();
        name += '.';
        name += next().text;
    }
    return name;
}

StmtPtr Parser::parseImport() {
    auto node = startNode<Import>(next());
    do {
        Alias alias;
        alias.line = peek().line;
        alias.column = peek().column;
        alias.name = parseDottedName();
        if (acceptKeyword("as")) {
            if (peek().kind != TokenKind::Name || isKeyword(peek().text))
                invalidSyntax();
            alias.asName = next().text;
        }
        finish(alias);
        node->names.push_back(std::move(alias));
    } while (acceptOp(","));
    finish(*node);
    return node;
}

StmtPtr Parser::parseFromImport() {
    auto node = startNode<ImportFrom>(next());
    for (;;) {
        if (acceptOp("."))
            node->level += 1;
        else if (acceptOp("..."))
            node->level += 3;
        else
            break;
    }
    if (!atKeyword("import") || node->level == 0)
        node->module = parseDottedName();
    if (!acceptKeyword("import"))
        invalidSyntax();
    if (atOp("*")) {
        Alias alias;
        const Token& star = next();
        alias.line = star.line;
        alias.column = star.column;
        alias.name = "*";
        finish(alias);
        node->names.push_back(std::move(alias));
        finish(*node);
        return node;
    }
    bool paren = acceptOp("(");
    for (;;) {
        if (peek().kind != TokenKind::Name || isKeyword(peek().text))
            invalidSyntax();
        Alias alias;
        const Token& name = next();
        alias.line = name.line;
        alias.column = name.column;
        alias.name = name.text;
        if (acceptKeyword("as")) {
            if (peek().kind != TokenKind::Name || isKeyword(peek().text))
                invalidSyntax();
            alias.asName = next().text;
        }
        finish(alias);
        node->names.push_back(std::move(alias));
        if (!acceptOp(","))
            break;
        if (paren && atOp(")"))
            break;
        if (!paren && (atNewline() || atOp(";")))
            fail("trailing comma not allowed without surrounding parentheses", peek());
    }
    if (paren)
        expectOp(")");
    finish(*node);
    return node;
}

StmtPtr Parser::parseCompound() {
    const Token& t = peek();
    if (t.isKeyword("if"))
        return parseIf(false);
    if (t.isKeyword("while"))
        return parseWhile();
    if (t.isKeyword("for"))
        return parseFor();
    if (t.isKeyword("try"))
        return parseTry();
    if (t.isKeyword("with"))
        return parseWith();
    if (t.isKeyword("async"))
        unsupported("`async`", t.line);
    ExprList decorators;
    while (acceptOp("@")) {
        decorators.push_back(parseNamedExpression());
        if (!atNewline())
            invalidSyntax();
        next();
    }
    if (atKeyword("def"))
        return parseFunctionDef(std::move(decorators));
    if (atKeyword("class"))
        return parseClassDef(std::move(decorators));
    if (atKeyword("async"))
        unsupported("`async`", peek().line);
    invalidSyntax();
}

// block: NEWLINE INDENT statement+ DEDENT | simple statements on the header's line.
StmtList Parser::parseBlock(const std::string& what, int headerLine) {
    StmtList body;
    if (!atNewline()) {
        if (peek().kind == TokenKind::EndOfFile)
            fail("expected an indented block after " + what + " on line " +
                     std::to_string(headerLine),
                 peek(), "IndentationError");
        parseSimpleStatements(body);
        return body;
    }
    next();
    if (peek().kind != TokenKind::Indent)
        fail("expected an indented block after " + what + " on line " + std::to_string(headerLine),
             peek(), "IndentationError");
    next();
    while (peek().kind != TokenKind::Dedent && peek().kind != TokenKind::EndOfFile)
        parseStatement(body);
    if (peek().kind == TokenKind::Dedent)
        next();
    return body;
}

// `if x = 1:`: CPython's hint spans the name and the value after '='.
void Parser::failMaybeEquals(const Expr& name) {
    next();
    ExprPtr value;
    try {
        value = parseBitwiseOr();
    } catch (const ParseFailure&) {
        invalidSyntax();
    }
    if (atOp("=") || atOp(":="))
        invalidSyntax();
    failRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name, *value);
}

StmtPtr Parser::parseIf(bool isElif) {
    const Token& kw = next();
    auto node = startNode<If>(kw);
    node->test = parseNamedExpression();
    if (atOp("=")) {
        if (node->test->kind == ExprKind::Name)
            failMaybeEquals(*node->test);
        if (isBitwiseOrLevel(*node->test))
            failAt("cannot assign to " + describeExpr(*node->test) +
                       " here. Maybe you meant '==' instead of '='?",
                   *node->test);
    }
    expectColon(false);
    node->body = parseBlock(isElif ? "'elif' statement" : "'if' statement", kw.line);
    if (atKeyword("elif")) {
        node->orElse.push_back(parseIf(true));
    } else if (atKeyword("else")) {
        const Token& e = next();
        expectColon(true);
        node->orElse = parseBlock("'else' statement", e.line);
    }
    if (node->orElse.empty()) {
        node->endLine = node->body.back()->endLine;
        node->endColumn = node->body.back()->endColumn;
    } else {
        node->endLine = node->orElse.back()->endLine;
        node->endColumn = node->orElse.back()->endColumn;
    }
    return node;
}

StmtPtr Parser::parseWhile() {
    const Token& kw = next();
    auto node = startNode<While>(kw);
    node->test = parseNamedExpression();
    if (atOp("=") && node->test->kind == ExprKind::Name)
        failMaybeEquals(*node->test);
    expectColon(false);
    node->body = parseBlock("'while' statement", kw.line);
    if (atKeyword("else")) {
        const Token& e = next();
        expectColon(true);
        node->orElse = parseBlock("'else' statement", e.line);
    }
    const StmtList& last = node->orElse.empty() ? node->body : node->orElse;
    node->endLine = last.back()->endLine;
    node->endColumn = last.back()->endColumn;
    return node;
}

StmtPtr Parser::parseFor() {
    const Token& kw = next();
    auto node = startNode<For>(kw);
    node->target = parseTargetList();
    if (!acceptKeyword("in"))
        invalidSyntax();
    node->iter = parseStarExpressions();
    expectColon(false);
    node->body = parseBlock("'for' statement", kw.line);
    if (atKeyword("else")) {
        const Token& e = next();
        expectColon(true);
        node->orElse = parseBlock("'else' statement", e.line);
    }
    const StmtList& last = node->orElse.empty() ? node->body : node->orElse;
    node->endLine = last.back()->endLine;
    node->endColumn = last.back()->endColumn;
    return node;
}

StmtPtr Parser::parseTry() {
    const Token& kw = next();
    auto node = startNode<Try>(kw);
    expectColon(true);
    node->body = parseBlock("'try' statement", kw.line);
    while (atKeyword("except")) {
        const Token& ex = next();
        if (atOp("*"))
            unsupported("`except*`", ex.line);
        ExceptHandler handler;
        handler.line = ex.line;
        handler.column = ex.column;
        if (!atOp(":") && !atNewline()) {
            handler.type = parseExpression();
            if (atOp(",")) {
                // `except A, B:` needs parentheses in Python 3.
                std::size_t save = m_pos;
                next();
                ExprPtr rest;
                try {
                    rest = parseStarExpressions();
                } catch (const ParseFailure&) {
                    m_pos = save;
                    invalidSyntax();
                }
                if (atOp(":") || atKeyword("as"))
                    failRange("multiple exception types must be parenthesized", *handler.type,
                              *rest);
                invalidSyntax();
            }
            if (acceptKeyword("as")) {
                if (peek().kind != TokenKind::Name || isKeyword(peek().text))
                    invalidSyntax();
                handler.name = next().text;
            }
        }
        expectColon(false);
        handler.body = parseBlock("'except' statement", ex.line);
        handler.endLine = handler.body.back()->endLine;
        handler.endColumn = handler.body.back()->endColumn;
        node->handlers.push_back(std::move(handler));
    }
    if (atKeyword("else") && !node->handlers.empty()) {
        const Token& e = next();
        expectColon(true);
        node->orElse = parseBlock("'else' statement", e.line);
    }
    if (atKeyword("finally")) {
        const Token& f = next();
        expectColon(true);
        node->finalBody = parseBlock("'finally' statement", f.line);
    }
    if (node->handlers.empty() && node->finalBody.empty())
        fail("expected 'except' or 'finally' block", peek());
    const StmtList& last = !node->finalBody.empty() ? node->finalBody
                           : !node->orElse.empty()  ? node->orElse
                                                    : node->handlers.back().body;
    node->endLine = last.back()->endLine;
    node->endColumn = last.back()->endColumn;
    return node;
}

StmtPtr Parser::parseWith() {
    const Token& kw = next();
    auto node = startNode<With>(kw);
    bool paren = false;
    // `with (a as b, c):` and `with (a, b):` are parenthesized items (CPython tries that
    // form first); `with (a, b) as c:` is one tuple-valued item.
    if (atOp("(")) {
        int depth = 0;
        std::size_t i = m_pos;
        for (; i < m_stream.tokens.size(); ++i) {
            const Token& k = m_stream.tokens[i];
            if (k.isOp("(") || k.isOp("[") || k.isOp("{"))
                ++depth;
            else if (k.isOp(")") || k.isOp("]") || k.isOp("}")) {
                if (--depth == 0)
                    break;
            } else if (k.kind == TokenKind::Newline || k.kind == TokenKind::EndOfFile ||
                     k.kind == TokenKind::Error)
                break;
        }
        if (i + 1 < m_stream.tokens.size() && m_stream.tokens[i + 1].isOp(":")) {
            paren = true;
            next();
            ++m_bracketDepth;
        }
    }
    for (;;) {
        WithItem item;
        item.contextExpr = parseExpression();
        if (acceptKeyword("as")) {
            // A single target: in `with a as b, c` the comma starts the next item.
            item.optionalVars = parseBitwiseOr();
            checkTarget(*item.optionalVars, ExprContext::Store);
        }
        node->items.push_back(std::move(item));
        if (!acceptOp(","))
            break;
        if (paren && atOp(")"))
            break;
    }
    if (paren) {
        expectOp(")");
        --m_bracketDepth;
    }
    expectColon(false);
    node->body = parseBlock("'with' statement", kw.line);
    node->endLine = node->body.back()->endLine;
    node->endColumn = node->body.back()->endColumn;
    return node;
}

StmtPtr Parser::parseFunctionDef(ExprList decorators) {
    const Token& kw = next();
    auto node = startNode<FunctionDef>(kw);
    node->decorators = std::move(decorators);
    if (peek().kind != TokenKind::Name || isKeyword(peek().text))
        invalidSyntax();
    node->name = next().text;
    if (!atOp("("))
        fail("expected '('", peek());
    next();
    ++m_bracketDepth;
    parseParameters(node->args, false, ")");
    expectOp(")");
    --m_bracketDepth;
    if (acceptOp("->"))
        node->returns = parseExpression();
    expectColon(true);
    node->body = parseBlock("function definition", kw.line);
    node->endLine = node->body.back()->endLine;
    node->endColumn = node->body.back()->endColumn;
    return node;
}

StmtPtr Parser::parseClassDef(ExprList decorators) {
    const Token& kw = next();
    auto node = startNode<ClassDef>(kw);
    node->decorators = std::move(decorators);
    if (peek().kind != TokenKind::Name || isKeyword(peek().text))
        invalidSyntax();
    node->name = next().text;
    if (atOp("(")) {
        Call call;
        const Location open = here();
        next();
        ++m_bracketDepth;
        parseCallArguments(call, open);
        --m_bracketDepth;
        node->bases = std::move(call.args);
        node->keywords = std::move(call.keywords);
    }
    expectColon(false);
    node->body = parseBlock("class definition", kw.line);
    node->endLine = node->body.back()->endLine;
    node->endColumn = node->body.back()->endColumn;
    return node;
}

// Parameters up to (not including) `closer`: ")" for def, ":" for lambda.
void Parser::parseParameters(Arguments& args, bool isLambda, std::string_view closer) {
    bool seenSlash = false;
    bool seenStar = false;
    bool seenDefault = false;
    auto parseArg = [&](bool allowAnnotation) {
        const Token& name = peek();
        if (name.kind != TokenKind::Name || isKeyword(name.text))
            invalidSyntax();
        next();
        Arg arg;
        arg.line = name.line;
        arg.column = name.column;
        arg.name = name.text;
        if (allowAnnotation && !isLambda && acceptOp(":"))
            arg.annotation = parseExpression();
        finish(arg);
        return arg;
    };
    while (!atOp(closer)) {
        if (atOp("/")) {
            const Token& slash = next();
            if (seenSlash)
                fail("/ may appear only once", slash);
            if (seenStar)
                fail("/ must be ahead of *", slash);
            if (args.args.empty())
                fail("at least one argument must precede /", slash);
            seenSlash = true;
            args.posOnlyArgs = std::move(args.args);
            args.args.clear();
        } else if (atOp("**")) {
            next();
            args.kwArg = parseArg(true);
            if (atOp("=")) {
                fail("var-keyword argument cannot have default value", peek());
            }
            acceptOp(",");
            if (!atOp(closer))
                fail("arguments cannot follow var-keyword argument", peek());
            break;
        } else if (atOp("*")) {
            const Token& star = next();
            if (seenStar)
                fail("* argument may appear only once", star);
            seenStar = true;
            if (atOp(",") || atOp(closer)) {
                if (atOp(closer) || peek(1).isOp(closer) || peek(1).isOp("**"))
                    fail("named arguments must follow bare *", star);
            } else {
                args.varArg = parseArg(true);
                if (atOp("="))
                    fail("var-positional argument cannot have default value", peek());
            }
        } else {
            Arg arg = parseArg(true);
            ExprPtr def;
            if (acceptOp("="))
                def = parseExpression();
            if (seenStar) {
                args.kwOnlyArgs.push_back(std::move(arg));
                args.kwDefaults.push_back(std::move(def));
            } else {
                if (def) {
                    seenDefault = true;
                    args.defaults.push_back(std::move(def));
                } else if (seenDefault) {
                    failAt("non-default argument follows default argument", arg);
                }
                args.args.push_back(std::move(arg));
            }
        }
        if (!acceptOp(","))
            break;
    }
    if (!atOp(closer))
        invalidSyntax();
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
                              std::string_view filename) {
    if (error.type == kUnsupported)
        return error.type + ": " + error.message + "\n";
    // Errors of a too deeply nested program: CPython prints neither file nor line.
    if (error.type == "MemoryError" || error.type == "RecursionError")
        return error.message.empty() ? error.type + "\n" : error.type + ": " + error.message + "\n";
    std::string out = "  File \"" + std::string(filename) + "\", line " +
                      std::to_string(error.line) + "\n";
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
    if (same && !again.errorEnd.text.empty())
        text = again.errorEnd.text;
    bool caret = error.column > 0 && !(same && again.errorEnd.atEndOfFile);
    // CPython measures the line with its newline.
    int lineSize = 0;
    for (unsigned char c : text)
        lineSize += (c & 0xc0) != 0x80;
    lineSize += 1;
    int endOffset = end.offset;
    if (end.line > error.line)
        endOffset = lineSize;
    if (endOffset > lineSize + 1)
        endOffset = lineSize + 1;
    int offset = error.column;
    int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset -= 1;
    std::size_t strip = 0;
    while (strip < text.size() && (text[strip] == ' ' || text[strip] == '\t' || text[strip] == '\f')) {
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
