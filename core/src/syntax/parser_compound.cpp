// Compound statements: if, while, for, try, with, def and class, their indented blocks and
// the parameter lists of def and lambda.
#include "syntax/parser_impl.h"

#include <utility>

namespace memstep::core::syntax {

namespace {

// A compound statement ends where the last statement of its last block ends.
void endAtLast(Location& node, const StmtList& block) {
    node.endLine = block.back()->endLine;
    node.endColumn = block.back()->endColumn;
}

} // namespace

// The block after an `else` keyword the caller has seen (if, while, for, try).
StmtList Parser::parseElseBlock() {
    const Token& e = next();
    expectColon(true);
    return parseBlock("'else' statement", e.line);
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
    // An indented line holding only a backslash joins the blank line after it: an indent that
    // holds no statement, as CPython's tokenizer sees no block there.
    if (body.empty())
        fail("expected an indented block after " + what + " on line " + std::to_string(headerLine),
             peek(), "IndentationError");
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
        node->orElse = parseElseBlock();
    }
    endAtLast(*node, node->orElse.empty() ? node->body : node->orElse);
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
    if (atKeyword("else"))
        node->orElse = parseElseBlock();
    endAtLast(*node, node->orElse.empty() ? node->body : node->orElse);
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
    if (atKeyword("else"))
        node->orElse = parseElseBlock();
    endAtLast(*node, node->orElse.empty() ? node->body : node->orElse);
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
                handler.name = mangled(next().text);
            }
        }
        expectColon(false);
        handler.body = parseBlock("'except' statement", ex.line);
        endAtLast(handler, handler.body);
        node->handlers.push_back(std::move(handler));
    }
    if (atKeyword("else") && !node->handlers.empty())
        node->orElse = parseElseBlock();
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
    endAtLast(*node, last);
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
    endAtLast(*node, node->body);
    return node;
}

StmtPtr Parser::parseFunctionDef(ExprList decorators) {
    const Token& kw = next();
    auto node = startNode<FunctionDef>(kw);
    node->decorators = std::move(decorators);
    if (peek().kind != TokenKind::Name || isKeyword(peek().text))
        invalidSyntax();
    node->name = next().text;
    node->boundName = mangled(node->name);
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
    endAtLast(*node, node->body);
    return node;
}

StmtPtr Parser::parseClassDef(ExprList decorators) {
    const Token& kw = next();
    auto node = startNode<ClassDef>(kw);
    node->decorators = std::move(decorators);
    if (peek().kind != TokenKind::Name || isKeyword(peek().text))
        invalidSyntax();
    node->name = next().text;
    node->boundName = mangled(node->name);
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
    const std::string outerClass = std::exchange(m_className, node->name);
    node->body = parseBlock("class definition", kw.line);
    m_className = outerClass;
    endAtLast(*node, node->body);
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
        arg.name = mangled(name.text);
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

} // namespace memstep::core::syntax
