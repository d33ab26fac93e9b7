// Simple statements: the ones a line holds, several to a line with `;` (expression
// statements and assignments, return, raise, del, assert, global, import...), and the
// dispatch between them and the compound statements of parser_compound.cpp.
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

} // namespace

void Parser::parseStatement(StmtList& out) {
    const Token& t = peek();
    if (t.kind == TokenKind::Name) {
        std::string_view w = t.text;
        if (w == "if" || w == "while" || w == "for" || w == "try" || w == "with" || w == "def" ||
            w == "class" || w == "async") {
            out.push_back(parseCompound());
            return;
        }
        if (w == "match" && isMatchStatement()) {
            out.push_back(parseMatch());
            return;
        }
        if (w == "match" && startsExpression(peek(1))) {
            std::size_t start = m_pos, kept = out.size();
            try {
                parseSimpleStatements(out);
            } catch (const ParseFailure&) {
                out.resize(kept);
                failMissingMatchColon(start);
                throw;
            }
            return;
        }
    } else if (t.isOp("@")) {
        out.push_back(parseCompound());
        return;
    }
    parseSimpleStatements(out);
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
                           (start.text == "print" || start.text == "exec") && !peek(1).isOp("(");
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
            failAt("'" + describeExpr(*first) +
                       "' is an illegal expression for augmented assignment",
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
        names->emplace_back(mangled(next().text));
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

std::string mangleName(std::string_view className, std::string_view name) {
    if (!name.starts_with("__") || name.ends_with("__") || name.find('.') != std::string_view::npos)
        return std::string(name);
    const std::size_t start = className.find_first_not_of('_');
    if (start == std::string_view::npos)
        return std::string(name);
    return "_" + std::string(className.substr(start)) + std::string(name);
}

std::string Parser::mangled(std::string_view name) const {
    return m_className.empty() ? std::string(name) : mangleName(m_className, name);
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
            alias.asName = mangled(next().text);
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
            alias.asName = mangled(next().text);
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

} // namespace memstep::core::syntax
