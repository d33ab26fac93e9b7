// The `match` statement (PEP 634): its subject, its `case` blocks and every pattern kind, in
// the shapes of CPython's grammar (python.gram's match_stmt ... keyword_pattern). `match` and
// `case` are soft keywords: parseStatement only comes here when the line cannot be an
// ordinary statement (isMatchStatement).
#include "syntax/parser_impl.h"

namespace memstep::core::syntax {

namespace {

bool isSoftName(const Token& t, std::string_view word) {
    return t.kind == TokenKind::Name && t.text == word;
}

template <class At> PatternPtr newPattern(const At& at, PatternKind kind) {
    auto p = std::make_unique<Pattern>(kind);
    p->line = at.line;
    p->column = at.column;
    return p;
}

} // namespace

// `match <subject>:` at the start of a line, where `match` cannot be a plain name (nothing
// that could continue an expression statement follows it).
bool Parser::isMatchStatement() const {
    const Token& second = peek(1);
    if (second.kind == TokenKind::Newline || second.kind == TokenKind::EndOfFile)
        return false;
    if (second.kind == TokenKind::Op) {
        std::string_view op = second.text;
        if (op != "(" && op != "[" && op != "{" && op != "-" && op != "*" && op != "~" &&
            op != "...")
            return false;
    }
    int depth = 0;
    const Token* last = nullptr;
    for (std::size_t i = m_pos + 1; i < m_stream.tokens.size(); ++i) {
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
    return last && last->isOp(":") && depth == 0;
}

// CPython's invalid_match_stmt, tried once the line failed as a simple statement: `match` and
// a subject ending the line is a match statement missing its colon; anything else after the
// subject is where the error is.
void Parser::failMissingMatchColon(std::size_t start) {
    m_pos = start;
    try {
        next();
        if (atOp("*"))
            parseStarNamedExpression();
        else
            parseNamedExpression();
        while (acceptOp(",") && !atNewline())
            parseStarNamedExpression();
    } catch (const ParseFailure&) {
        return;
    }
    if (atNewline())
        fail("expected ':'", peek());
    if (!atOp(":"))
        invalidSyntax(); // at the furthest token reached, as CPython reports it
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
StmtPtr Parser::parseMatch() {
    const Token& kw = next();
    auto node = startNode<Match>(kw);
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    ExprPtr first = atOp("*") ? parseStarNamedExpression() : parseNamedExpression();
    if (atOp(",")) {
        auto tuple = startNode<Tuple>(*first);
        tuple->elts.push_back(std::move(first));
        while (acceptOp(",") && !atOp(":"))
            tuple->elts.push_back(parseStarNamedExpression());
        finish(*tuple);
        node->subject = std::move(tuple);
    } else {
        if (first->kind == ExprKind::Starred)
            invalidSyntax();
        node->subject = std::move(first);
    }
    expectColon(false);
    if (!atNewline())
        invalidSyntax();
    next();
    if (peek().kind != TokenKind::Indent)
        fail("expected an indented block after 'match' statement on line " +
                 std::to_string(kw.line),
             peek(), "IndentationError");
    next();
    while (isSoftName(peek(), "case")) {
        const Token& c = next();
        MatchCase mc;
        mc.line = c.line;
        mc.column = c.column;
        mc.pattern = parsePatterns();
        if (acceptKeyword("if"))
            mc.guard = parseNamedExpression();
        // CPython steps through such a case line by line, sub-pattern by sub-pattern and
        // back again (its jumps carry the pattern's lines); memstep does not model that.
        if (mc.pattern->endLine != c.line || (mc.guard && mc.guard->endLine != c.line))
            unsupported("a multi-line `case` pattern or guard", c.line);
        expectColon(false);
        mc.body = parseBlock("'case' statement", c.line);
        mc.endLine = mc.body.back()->endLine;
        mc.endColumn = mc.body.back()->endColumn;
        node->cases.push_back(std::move(mc));
    }
    if (node->cases.empty() || peek().kind != TokenKind::Dedent)
        invalidSyntax();
    next();
    node->endLine = node->cases.back().endLine;
    node->endColumn = node->cases.back().endColumn;
    return node;
}

// patterns: open_sequence_pattern | pattern
PatternPtr Parser::parsePatterns() {
    const Token& start = peek();
    PatternPtr first = parseMaybeStarPattern();
    if (!atOp(",")) {
        if (first->kind == PatternKind::Star)
            invalidSyntax();
        return first;
    }
    auto seq = newPattern(start, PatternKind::Sequence);
    seq->patterns.push_back(std::move(first));
    while (acceptOp(",") && !atOp(":") && !atKeyword("if"))
        seq->patterns.push_back(parseMaybeStarPattern());
    finish(*seq);
    return seq;
}

// maybe_star_pattern: star_pattern | pattern
PatternPtr Parser::parseMaybeStarPattern() {
    const Token& start = peek();
    if (!acceptOp("*"))
        return parsePattern();
    auto star = newPattern(start, PatternKind::Star);
    star->name = parseCaptureTarget(true);
    finish(*star);
    return star;
}

// A capture target after `*`, `**` or `as`: a plain name; null for `_` (only where the
// grammar allows a wildcard).
ExprPtr Parser::parseCaptureTarget(bool wildcardAllowed) {
    const Token& t = peek();
    if (t.kind != TokenKind::Name || isKeyword(t.text) || peek(1).isOp(".") || peek(1).isOp("(") ||
        peek(1).isOp("="))
        invalidSyntax();
    if (t.text == "_") {
        if (!wildcardAllowed)
            fail("cannot use '_' as a target", t);
        next();
        return nullptr;
    }
    next();
    auto name = startNode<Name>(t);
    name->id = mangled(t.text);
    name->ctx = ExprContext::Store;
    finish(*name);
    return name;
}

// pattern: as_pattern | or_pattern; as_pattern: or_pattern 'as' pattern_capture_target
PatternPtr Parser::parsePattern() {
    CounterRestore restore(m_nesting);
    enterNested();
    const Token& start = peek();
    PatternPtr p = parseClosedPattern();
    if (atOp("|")) {
        auto alt = newPattern(start, PatternKind::Or);
        alt->patterns.push_back(std::move(p));
        while (acceptOp("|"))
            alt->patterns.push_back(parseClosedPattern());
        finish(*alt);
        p = std::move(alt);
    }
    if (!acceptKeyword("as"))
        return p;
    auto as = newPattern(start, PatternKind::As);
    as->pattern = std::move(p);
    as->name = parseCaptureTarget(false);
    finish(*as);
    return as;
}

// A literal usable in a pattern: signed_number | strings | None | True | False. f-strings
// are not literals here.
ExprPtr Parser::parseLiteralExpr() {
    const Token& t = peek();
    if (t.isOp("-")) {
        next();
        const Token& n = peek();
        if (n.kind != TokenKind::Number)
            invalidSyntax();
        next();
        auto neg = startNode<UnaryOp>(t);
        neg->op = UnaryOperator::USub;
        neg->operand = parseNumber(n);
        finish(*neg);
        return neg;
    }
    if (t.kind == TokenKind::Number) {
        next();
        return parseNumber(t);
    }
    ExprPtr s = parseStrings();
    if (s->kind == ExprKind::JoinedStr)
        failAt("patterns may only match literals and attribute lookups", *s);
    return s;
}

// name_or_attr: NAME ('.' NAME)*, as a Name or an Attribute chain (Load).
ExprPtr Parser::parseNameOrAttr() {
    const Token& t = next();
    ExprPtr e;
    {
        auto name = startNode<Name>(t);
        name->id = mangled(t.text);
        finish(*name);
        e = std::move(name);
    }
    while (acceptOp(".")) {
        const Token& attr = peek();
        if (attr.kind != TokenKind::Name || isKeyword(attr.text))
            invalidSyntax();
        next();
        auto a = startNode<Attribute>(t);
        a->value = std::move(e);
        a->attr = mangled(attr.text);
        finish(*a);
        e = std::move(a);
    }
    return e;
}

// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
PatternPtr Parser::parseClosedPattern() {
    const Token& t = peek();
    if (t.kind == TokenKind::Name) {
        if (t.text == "None" || t.text == "True" || t.text == "False") {
            auto single = newPattern(t, PatternKind::Singleton);
            single->value = parseAtom();
            finish(*single);
            return single;
        }
        if (isKeyword(t.text))
            invalidSyntax();
        if (!peek(1).isOp(".") && !peek(1).isOp("(")) {
            auto as = newPattern(t, PatternKind::As);
            as->name = parseCaptureTarget(true);
            finish(*as);
            return as;
        }
        ExprPtr target = parseNameOrAttr();
        if (atOp("("))
            return parseClassPattern(t, std::move(target));
        if (target->kind == ExprKind::Name)
            invalidSyntax();
        auto value = newPattern(t, PatternKind::Value);
        value->value = std::move(target);
        finish(*value);
        return value;
    }
    if (t.kind == TokenKind::Number || t.kind == TokenKind::String || t.isOp("-")) {
        auto value = newPattern(t, PatternKind::Value);
        value->value = parseLiteralExpr();
        if (t.kind != TokenKind::String && (atOp("+") || atOp("-")) &&
            peek(1).kind == TokenKind::Number) {
            // complex_number: signed_real_number ('+' | '-') imaginary_number
            next();
            const Token& number = next();
            ExprPtr imaginary = parseNumber(number);
            if (imaginary->as<Constant>().constKind != ConstantKind::Complex)
                failAt("imaginary number required in complex literal", *imaginary);
            unsupported("a complex literal `a + bj` in a case pattern", number.line);
        }
        finish(*value);
        return value;
    }
    if (t.isOp("(") || t.isOp("["))
        return parseSequencePattern();
    if (t.isOp("{"))
        return parseMappingPattern();
    invalidSyntax();
}

// group_pattern: '(' pattern ')'; sequence_pattern: '[' maybe_sequence_pattern? ']' |
// '(' open_sequence_pattern? ')'
PatternPtr Parser::parseSequencePattern() {
    const Token& open = next();
    std::string_view closer = open.isOp("(") ? ")" : "]";
    auto seq = newPattern(open, PatternKind::Sequence);
    bool sawComma = false;
    while (!atOp(closer)) {
        seq->patterns.push_back(parseMaybeStarPattern());
        if (!acceptOp(",")) {
            if (!atOp(closer))
                invalidSyntax();
            break;
        }
        sawComma = true;
    }
    next();
    if (closer == ")" && !sawComma && seq->patterns.size() == 1) {
        if (seq->patterns.front()->kind == PatternKind::Star)
            invalidSyntax();
        return std::move(seq->patterns.front()); // a group: just the pattern inside
    }
    finish(*seq);
    return seq;
}

// mapping_pattern: '{' [items_pattern ','] [double_star_pattern ','] '}'
PatternPtr Parser::parseMappingPattern() {
    const Token& open = next();
    auto map = newPattern(open, PatternKind::Mapping);
    while (!atOp("}")) {
        if (acceptOp("**")) {
            if (peek().isKeyword("_"))
                invalidSyntax(); // double_star_pattern: '**' pattern_capture_target
            map->name = parseCaptureTarget(false);
            acceptOp(",");
            if (!atOp("}"))
                invalidSyntax();
            break;
        }
        const Token& k = peek();
        ExprPtr key;
        if (k.kind == TokenKind::Name &&
            !(k.text == "None" || k.text == "True" || k.text == "False")) {
            if (isKeyword(k.text))
                invalidSyntax();
            key = parseNameOrAttr();
            if (key->kind == ExprKind::Name)
                invalidSyntax();
        } else if (k.kind == TokenKind::Name) {
            key = parseAtom();
        } else {
            key = parseLiteralExpr();
        }
        expectOp(":");
        map->keys.push_back(std::move(key));
        map->patterns.push_back(parsePattern());
        if (!acceptOp(",")) {
            if (!atOp("}"))
                invalidSyntax();
            break;
        }
    }
    next();
    finish(*map);
    return map;
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'
PatternPtr Parser::parseClassPattern(const Token& start, ExprPtr cls) {
    next(); // '('
    auto node = newPattern(start, PatternKind::Class);
    node->value = std::move(cls);
    while (!atOp(")")) {
        if (peek().kind == TokenKind::Name && peek(1).isOp("=")) {
            const Token& attr = next();
            next();
            node->kwdAttrs.emplace_back(attr.text);
            node->kwdPatterns.push_back(parsePattern());
        } else {
            const Token& at = peek();
            PatternPtr p = parsePattern();
            if (!node->kwdAttrs.empty()) {
                Location from{at.line, at.column, at.line, at.column};
                failRange("positional patterns follow keyword patterns", from, *p);
            }
            node->patterns.push_back(std::move(p));
        }
        if (!acceptOp(",")) {
            if (!atOp(")"))
                invalidSyntax();
            break;
        }
    }
    next();
    finish(*node);
    return node;
}

} // namespace memstep::core::syntax
