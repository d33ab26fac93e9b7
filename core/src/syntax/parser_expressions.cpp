// Expressions and assignment targets of the recursive-descent parser (statements are in
// parser_statements.cpp and parser_compound.cpp, atoms and displays in parser_displays.cpp).
// Each precedence level of Python's grammar is one function, lowest first.
#include "syntax/parser_impl.h"

namespace memstep::core::syntax {

bool Parser::startsExpression(const Token& t) const {
    switch (t.kind) {
    case TokenKind::Name:
        return !isKeyword(t.text) || t.text == "None" || t.text == "True" || t.text == "False" ||
               t.text == "not" || t.text == "lambda" || t.text == "await";
    case TokenKind::Number:
    case TokenKind::String:
        return true;
    case TokenKind::Op:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
               t.text == "~" || t.text == "...";
    default:
        return false;
    }
}

// The span of the expression at the current position if one parses there (position
// restored either way).
std::optional<Location> Parser::tryParsesExpression() {
    std::size_t save = m_pos;
    int endLine = m_prevEndLine, endColumn = m_prevEndColumn;
    std::optional<Location> span;
    try {
        ExprPtr e = parseExpression();
        span = static_cast<const Location&>(*e);
    } catch (const ParseFailure&) {
    }
    m_pos = save;
    m_prevEndLine = endLine;
    m_prevEndColumn = endColumn;
    return span;
}

// After an element inside brackets: a comma, the closer, or CPython's "Perhaps you forgot a
// comma?" when another expression follows directly.
void Parser::afterElement(std::string_view closer, const Expr& element) {
    if (atOp(",") || atOp(closer))
        return;
    const Token& t = peek();
    if (startsExpression(t) && element.kind != ExprKind::Lambda &&
        element.kind != ExprKind::IfExp && element.kind != ExprKind::Starred &&
        !(element.kind == ExprKind::Name && t.kind == TokenKind::String)) {
        if (auto next = tryParsesExpression())
            failRange("invalid syntax. Perhaps you forgot a comma?", element, *next);
    }
    invalidSyntax();
}

ExprPtr Parser::parseStarExpressions(bool allowYield) {
    if (allowYield && atKeyword("yield"))
        return parseYield();
    const Location start = here();
    ExprPtr first = parseStarExpression();
    if (!atOp(","))
        return first;
    auto tuple = startNode<Tuple>(start);
    tuple->elts.push_back(std::move(first));
    while (acceptOp(",")) {
        if (!startsExpression(peek()) && !atOp("*"))
            break;
        tuple->elts.push_back(parseStarExpression());
    }
    finish(*tuple);
    return tuple;
}

ExprPtr Parser::parseStarExpression() {
    if (atOp("*")) {
        auto node = startNode<Starred>(next());
        node->value = parseBitwiseOr();
        finish(*node);
        return node;
    }
    return parseExpression();
}

ExprPtr Parser::parseStarNamedExpression() {
    if (atOp("*")) {
        auto node = startNode<Starred>(next());
        node->value = parseBitwiseOr();
        finish(*node);
        return node;
    }
    return parseNamedExpression();
}

ExprPtr Parser::parseNamedExpression() {
    if (peek().kind == TokenKind::Name && peek(1).isOp(":=") && !isKeyword(peek().text)) {
        const Token& name = next();
        auto target = startNode<Name>(name);
        target->id = mangled(name.text);
        target->ctx = ExprContext::Store;
        finish(*target);
        next();
        auto node = startNode<NamedExpr>(name);
        node->target = std::move(target);
        node->value = parseExpression();
        finish(*node);
        return node;
    }
    ExprPtr e = parseExpression();
    if (atOp(":="))
        failAt("cannot use assignment expressions with " + describeExpr(*e), *e);
    return e;
}

ExprPtr Parser::parseExpression() {
    if (atKeyword("lambda"))
        return parseLambda();
    const Location start = here();
    ExprPtr body = parseDisjunction();
    if (!atKeyword("if"))
        return body;
    next();
    auto node = startNode<IfExp>(start);
    node->body = std::move(body);
    node->test = parseDisjunction();
    if (!acceptKeyword("else")) {
        if (!atOp(":"))
            failRange("expected 'else' after 'if' expression", start, *node->test);
        invalidSyntax();
    }
    CounterRestore restore(m_nesting);
    enterNested();
    node->orElse = parseExpression();
    finish(*node);
    return node;
}

ExprPtr Parser::parseLambda() {
    CounterRestore restore(m_nesting);
    enterNested(2);
    const Token& kw = next();
    auto node = startNode<Lambda>(kw);
    parseParameters(node->args, true, ":");
    expectOp(":");
    node->body = parseExpression();
    finish(*node);
    return node;
}

ExprPtr Parser::parseYield() {
    const Token& kw = next();
    if (acceptKeyword("from")) {
        auto node = startNode<YieldFrom>(kw);
        node->value = parseExpression();
        finish(*node);
        return node;
    }
    auto node = startNode<Yield>(kw);
    if (startsExpression(peek()) || atOp("*"))
        node->value = parseStarExpressions();
    finish(*node);
    return node;
}

ExprPtr Parser::parseDisjunction() {
    const Location start = here();
    ExprPtr first = parseConjunction();
    if (!atKeyword("or"))
        return first;
    auto node = startNode<BoolOp>(start);
    node->op = BoolOperator::Or;
    node->values.push_back(std::move(first));
    while (acceptKeyword("or"))
        node->values.push_back(parseConjunction());
    finish(*node);
    return node;
}

ExprPtr Parser::parseConjunction() {
    const Location start = here();
    ExprPtr first = parseInversion();
    if (!atKeyword("and"))
        return first;
    auto node = startNode<BoolOp>(start);
    node->op = BoolOperator::And;
    node->values.push_back(std::move(first));
    while (acceptKeyword("and"))
        node->values.push_back(parseInversion());
    finish(*node);
    return node;
}

ExprPtr Parser::parseInversion() {
    if (atKeyword("not")) {
        auto node = startNode<UnaryOp>(next());
        node->op = UnaryOperator::Not;
        CounterRestore restore(m_nesting);
        enterNested();
        node->operand = parseInversion();
        finish(*node);
        return node;
    }
    return parseComparison();
}

ExprPtr Parser::parseComparison() {
    const Location start = here();
    ExprPtr first = parseBitwiseOr();
    std::unique_ptr<Compare> node;
    for (;;) {
        const Token& t = peek();
        std::optional<CmpOperator> op;
        int width = 1;
        if (t.kind == TokenKind::Op) {
            if (t.text == "==")
                op = CmpOperator::Eq;
            else if (t.text == "!=")
                op = CmpOperator::NotEq;
            else if (t.text == "<")
                op = CmpOperator::Lt;
            else if (t.text == "<=")
                op = CmpOperator::LtE;
            else if (t.text == ">")
                op = CmpOperator::Gt;
            else if (t.text == ">=")
                op = CmpOperator::GtE;
        } else if (t.isKeyword("in")) {
            op = CmpOperator::In;
        } else if (t.isKeyword("is")) {
            op = peek(1).isKeyword("not") ? CmpOperator::IsNot : CmpOperator::Is;
            width = op == CmpOperator::IsNot ? 2 : 1;
        } else if (t.isKeyword("not") && peek(1).isKeyword("in")) {
            op = CmpOperator::NotIn;
            width = 2;
        }
        if (!op)
            break;
        for (int i = 0; i < width; ++i)
            next();
        if (!node) {
            node = startNode<Compare>(start);
            node->left = std::move(first);
        }
        node->ops.push_back(*op);
        node->comparators.push_back(parseBitwiseOr());
    }
    if (!node)
        return first;
    finish(*node);
    return node;
}

namespace {
// `a + b + c` nests to the left, one node per operator: each one counts towards the tree's
// depth (tooDeep), and past the limit the rest of the chain is parsed but not kept.
template <class Next>
ExprPtr binaryLevel(Parser& p, Next nextLevel, std::initializer_list<std::string_view> ops,
                    auto&& peekOp, auto&& consume, auto&& makeNode, auto&& tooDeep,
                    Location start) {
    ExprPtr left = nextLevel();
    for (;;) {
        std::string_view found;
        for (auto op : ops)
            if (peekOp(op))
                found = op;
        if (found.empty())
            return left;
        consume();
        bool drop = tooDeep();
        ExprPtr right = nextLevel();
        if (!drop)
            left = makeNode(std::move(left), binaryOperator(found), std::move(right), start);
    }
    (void)p;
}
} // namespace

#define MEMSTEP_BINARY_LEVEL(Self, NextLevel, ...)                                                 \
    ExprPtr Parser::Self() {                                                                       \
        CounterRestore restore(m_chain);                                                           \
        return binaryLevel(                                                                        \
            *this, [this] { return NextLevel(); }, {__VA_ARGS__},                                  \
            [this](std::string_view op) { return atOp(op); }, [this] { next(); },                  \
            [this](ExprPtr l, Operator op, ExprPtr r, const Location& start) {                     \
                auto node = startNode<BinOp>(start);                                               \
                node->left = std::move(l);                                                         \
                node->op = op;                                                                     \
                node->right = std::move(r);                                                        \
                finish(*node);                                                                     \
                return ExprPtr(std::move(node));                                                   \
            },                                                                                     \
            [this] { return nodeTooDeep(); }, here());                                             \
    }

MEMSTEP_BINARY_LEVEL(parseBitwiseOr, parseBitwiseXor, "|")
MEMSTEP_BINARY_LEVEL(parseBitwiseXor, parseBitwiseAnd, "^")
MEMSTEP_BINARY_LEVEL(parseBitwiseAnd, parseShift, "&")
MEMSTEP_BINARY_LEVEL(parseShift, parseSum, "<<", ">>")
MEMSTEP_BINARY_LEVEL(parseSum, parseTerm, "+", "-")
MEMSTEP_BINARY_LEVEL(parseTerm, parseFactor, "*", "/", "//", "%", "@")

#undef MEMSTEP_BINARY_LEVEL

ExprPtr Parser::parseFactor() {
    const Token& t = peek();
    if (t.isOp("-") || t.isOp("+") || t.isOp("~")) {
        next();
        auto node = startNode<UnaryOp>(t);
        node->op = t.text == "-"   ? UnaryOperator::USub
                   : t.text == "+" ? UnaryOperator::UAdd
                                   : UnaryOperator::Invert;
        CounterRestore restore(m_nesting);
        enterNested();
        node->operand = parseFactor();
        finish(*node);
        return node;
    }
    return parsePower();
}

ExprPtr Parser::parsePower() {
    if (atKeyword("await"))
        unsupported("`await`", peek().line);
    const Location start = here();
    ExprPtr base = parsePrimary();
    if (!atOp("**"))
        return base;
    next();
    auto node = startNode<BinOp>(start);
    node->left = std::move(base);
    node->op = Operator::Pow;
    CounterRestore restore(m_nesting);
    enterNested(2);
    node->right = parseFactor();
    finish(*node);
    return node;
}

ExprPtr Parser::parsePrimary() {
    const Location start = here();
    ExprPtr e = parseAtom();
    // Trailers nest like binary operators: `f()()()` is Call(Call(Call(f))). Past the depth
    // limit they are still parsed, but the node is not kept (see nodeTooDeep).
    CounterRestore restore(m_chain);
    for (;;) {
        if (!atOp(".") && !atOp("(") && !atOp("["))
            return e;
        if (nodeTooDeep()) {
            // Drop what was built: only the recorded error will be used.
            auto stub = startNode<Name>(start);
            finish(*stub);
            e = std::move(stub);
        }
        if (atOp(".")) {
            next();
            const Token& name = peek();
            if (name.kind != TokenKind::Name || isKeyword(name.text))
                invalidSyntax();
            next();
            auto node = startNode<Attribute>(start);
            node->value = std::move(e);
            node->attr = mangled(name.text);
            finish(*node);
            e = std::move(node);
        } else if (atOp("(")) {
            const Location open = here();
            next();
            ++m_bracketDepth;
            auto node = startNode<Call>(start);
            node->func = std::move(e);
            parseCallArguments(*node, open);
            --m_bracketDepth;
            finish(*node);
            e = std::move(node);
        } else if (atOp("[")) {
            next();
            ++m_bracketDepth;
            auto node = startNode<Subscript>(start);
            node->value = std::move(e);
            node->slice = parseSubscriptSlices();
            expectOp("]");
            --m_bracketDepth;
            finish(*node);
            e = std::move(node);
        } else {
            return e;
        }
    }
}

// Arguments after '(' up to and including ')'.
void Parser::parseCallArguments(Call& call, const Location& open) {
    bool seenKeyword = false;
    bool seenDoubleStar = false;
    std::optional<std::string> orderError;
    while (!atOp(")")) {
        const Token& t = peek();
        if (t.isOp("*")) {
            next();
            if (seenDoubleStar)
                fail("iterable argument unpacking follows keyword argument unpacking", t);
            auto star = startNode<Starred>(t);
            star->value = parseExpression();
            finish(*star);
            if (atKeyword("for"))
                failAt("iterable unpacking cannot be used in comprehension", *star);
            afterElement(")", *star);
            call.args.push_back(std::move(star));
        } else if (t.isOp("**")) {
            next();
            Keyword kw;
            kw.line = t.line;
            kw.column = t.column;
            kw.value = parseExpression();
            finish(kw);
            afterElement(")", *kw.value);
            call.keywords.push_back(std::move(kw));
            seenDoubleStar = true;
        } else if (t.kind == TokenKind::Name && peek(1).isOp("=") && !isKeyword(t.text)) {
            next();
            next();
            Keyword kw;
            kw.line = t.line;
            kw.column = t.column;
            kw.arg = t.text;
            kw.value = parseExpression();
            finish(kw);
            afterElement(")", *kw.value);
            call.keywords.push_back(std::move(kw));
            seenKeyword = true;
        } else {
            ExprPtr arg = parseNamedExpression();
            if (atKeyword("for")) {
                auto gen = startNode<GeneratorExp>(*arg);
                gen->elt = std::move(arg);
                gen->generators = parseComprehensionClauses();
                finish(*gen);
                if (atOp(")") && call.args.empty() && call.keywords.empty()) {
                    // A lone generator argument owns the call's parentheses.
                    gen->line = open.line;
                    gen->column = open.column;
                    gen->endLine = peek().endLine;
                    gen->endColumn = peek().endColumn;
                }
                if (!call.args.empty() || !call.keywords.empty() || !atOp(")")) {
                    if (atOp(",") || !call.args.empty() || !call.keywords.empty())
                        failAt("Generator expression must be parenthesized", *gen);
                }
                if (gen->elt->kind == ExprKind::Starred)
                    failAt("iterable unpacking cannot be used in comprehension", *gen->elt);
                arg = std::move(gen);
            } else if (atOp("=")) {
                if (arg->kind == ExprKind::Constant &&
                    (arg->as<Constant>().constKind == ConstantKind::True ||
                     arg->as<Constant>().constKind == ConstantKind::False ||
                     arg->as<Constant>().constKind == ConstantKind::None))
                    failAt("cannot assign to " + describeExpr(*arg), *arg);
                failAt("expression cannot contain assignment, perhaps you meant \"==\"?", *arg);
            }
            afterElement(")", *arg);
            if ((seenKeyword || seenDoubleStar) && !orderError)
                orderError = seenDoubleStar
                                 ? "positional argument follows keyword argument unpacking"
                                 : "positional argument follows keyword argument";
            call.args.push_back(std::move(arg));
        }
        if (!acceptOp(","))
            break;
    }
    if (orderError)
        fail(*orderError, peek());
    expectOp(")");
}

ExprPtr Parser::parseSubscriptSlices() {
    const Location start = here();
    ExprPtr first = parseSlice();
    if (!atOp(",") && first->kind != ExprKind::Starred)
        return first;
    auto tuple = startNode<Tuple>(start);
    tuple->elts.push_back(std::move(first));
    while (acceptOp(",")) {
        if (atOp("]"))
            break;
        tuple->elts.push_back(parseSlice());
    }
    finish(*tuple);
    return tuple;
}

ExprPtr Parser::parseSlice() {
    const Token& start = peek();
    if (atOp("*"))
        return parseStarNamedExpression();
    ExprPtr lower;
    if (!atOp(":")) {
        lower = parseNamedExpression();
        if (!atOp(":")) {
            afterElement("]", *lower);
            return lower;
        }
    }
    auto node = startNode<Slice>(start);
    node->lower = std::move(lower);
    next();
    if (!atOp(":") && !atOp("]") && !atOp(","))
        node->upper = parseExpression();
    if (acceptOp(":")) {
        if (!atOp("]") && !atOp(","))
            node->step = parseExpression();
    }
    finish(*node);
    return node;
}

// star_targets for `for` loops and comprehensions: bitwise_or-level items, so `in` ends it.
ExprPtr Parser::parseTargetList() {
    auto item = [this]() -> ExprPtr {
        if (atOp("*")) {
            auto star = startNode<Starred>(next());
            star->value = parseBitwiseOr();
            finish(*star);
            return star;
        }
        return parseBitwiseOr();
    };
    const Location start = here();
    ExprPtr first = item();
    ExprPtr result;
    if (atOp(",")) {
        auto tuple = startNode<Tuple>(start);
        tuple->elts.push_back(std::move(first));
        while (acceptOp(",")) {
            if (atKeyword("in") || atOp("=") || atOp(":") || atOp(")"))
                break;
            tuple->elts.push_back(item());
        }
        finish(*tuple);
        result = std::move(tuple);
    } else {
        result = std::move(first);
    }
    checkTarget(*result, ExprContext::Store);
    return result;
}

ExprPtr Parser::parseStandaloneExpression() {
    ++m_bracketDepth;
    if (atOp("*"))
        fail("f-string: can't use starred expression here", peek());
    ExprPtr e = parseStarExpressions(true);
    if (peek().kind != TokenKind::Newline && peek().kind != TokenKind::EndOfFile)
        invalidSyntax();
    return e;
}

const Expr* Parser::invalidTarget(const Expr& e, ExprContext ctx) const {
    switch (e.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        return nullptr;
    case ExprKind::Starred:
        return ctx == ExprContext::Del ? &e : invalidTarget(*e.as<Starred>().value, ctx);
    case ExprKind::Tuple:
        for (const auto& item : e.as<Tuple>().elts)
            if (const Expr* bad = invalidTarget(*item, ctx))
                return bad;
        return nullptr;
    case ExprKind::List:
        for (const auto& item : e.as<List>().elts)
            if (const Expr* bad = invalidTarget(*item, ctx))
                return bad;
        return nullptr;
    default:
        return &e;
    }
}

void Parser::checkTarget(Expr& e, ExprContext ctx) {
    if (const Expr* bad = invalidTarget(e, ctx)) {
        std::string verb = ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ";
        failAt(verb + describeExpr(*bad), *bad);
    }
    setContext(e, ctx);
}

void Parser::setContext(Expr& e, ExprContext ctx) {
    switch (e.kind) {
    case ExprKind::Name:
        e.as<Name>().ctx = ctx;
        break;
    case ExprKind::Attribute:
        e.as<Attribute>().ctx = ctx;
        break;
    case ExprKind::Subscript:
        e.as<Subscript>().ctx = ctx;
        break;
    case ExprKind::Starred:
        e.as<Starred>().ctx = ctx;
        setContext(*e.as<Starred>().value, ctx);
        break;
    case ExprKind::Tuple:
        e.as<Tuple>().ctx = ctx;
        for (auto& item : e.as<Tuple>().elts)
            setContext(*item, ctx);
        break;
    case ExprKind::List:
        e.as<List>().ctx = ctx;
        for (auto& item : e.as<List>().elts)
            setContext(*item, ctx);
        break;
    default:
        break;
    }
}

} // namespace memstep::core::syntax
