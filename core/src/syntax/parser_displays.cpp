// Atoms and displays of the recursive-descent parser: names, constants, parenthesized
// expressions, tuples, lists, sets, dicts and the comprehensions written inside them.
#include "syntax/parser_impl.h"

#include <algorithm>

namespace memstep::core::syntax {

ExprPtr Parser::parseAtom() {
    const Token& t = peek();
    switch (t.kind) {
    case TokenKind::Name: {
        std::string_view w = t.text;
        if (w == "None" || w == "True" || w == "False") {
            next();
            auto node = startNode<Constant>(t);
            node->constKind = w == "None"   ? ConstantKind::None
                              : w == "True" ? ConstantKind::True
                                            : ConstantKind::False;
            finish(*node);
            return node;
        }
        if (w == "lambda")
            return parseLambda();
        if (w == "yield")
            invalidSyntax();
        if (isKeyword(w))
            invalidSyntax();
        next();
        auto node = startNode<Name>(t);
        node->id = mangled(w);
        finish(*node);
        return node;
    }
    case TokenKind::Number:
        next();
        return parseNumber(t);
    case TokenKind::String:
        return parseStrings();
    case TokenKind::Op:
        if (t.text == "(")
            return parseParenthesized();
        if (t.text == "[")
            return parseListDisplay();
        if (t.text == "{")
            return parseBraceDisplay();
        if (t.text == "...") {
            next();
            auto node = startNode<Constant>(t);
            node->constKind = ConstantKind::Ellipsis;
            finish(*node);
            return node;
        }
        break;
    default:
        break;
    }
    invalidSyntax();
}

void Parser::closeDisplay(Expr& node, std::string_view closer) {
    expectOp(closer);
    --m_bracketDepth;
    finish(node);
}

void Parser::parseMoreElements(ExprList& elts, ExprPtr first, std::string_view closer) {
    elts.push_back(std::move(first));
    while (acceptOp(",")) {
        if (atOp(closer))
            break;
        ExprPtr e = parseStarNamedExpression();
        afterElement(closer, *e);
        elts.push_back(std::move(e));
    }
}

template <class Comp>
ExprPtr Parser::parseComprehension(const Token& open, ExprPtr elt, std::string_view closer) {
    if (elt->kind == ExprKind::Starred)
        failAt("iterable unpacking cannot be used in comprehension", *elt);
    auto comp = startNode<Comp>(open);
    comp->elt = std::move(elt);
    comp->generators = parseComprehensionClauses();
    closeDisplay(*comp, closer);
    return comp;
}

ExprPtr Parser::parseParenthesized() {
    const Token& open = next();
    ++m_bracketDepth;
    if (atOp(")")) {
        auto tuple = startNode<Tuple>(open);
        closeDisplay(*tuple, ")");
        return tuple;
    }
    if (atKeyword("yield")) {
        ExprPtr y = parseYield();
        expectOp(")");
        --m_bracketDepth;
        return y;
    }
    ExprPtr first = parseStarNamedExpression();
    if (atKeyword("for"))
        return parseComprehension<GeneratorExp>(open, std::move(first), ")");
    afterElement(")", *first);
    if (atOp(")")) {
        next();
        --m_bracketDepth;
        if (first->kind == ExprKind::Starred)
            failAt("cannot use starred expression here", *first);
        return first;
    }
    auto tuple = startNode<Tuple>(open);
    parseMoreElements(tuple->elts, std::move(first), ")");
    closeDisplay(*tuple, ")");
    return tuple;
}

ExprPtr Parser::parseListDisplay() {
    const Token& open = next();
    ++m_bracketDepth;
    if (atOp("]")) {
        auto list = startNode<List>(open);
        closeDisplay(*list, "]");
        return list;
    }
    ExprPtr first = parseStarNamedExpression();
    if (atKeyword("for"))
        return parseComprehension<ListComp>(open, std::move(first), "]");
    auto list = startNode<List>(open);
    afterElement("]", *first);
    parseMoreElements(list->elts, std::move(first), "]");
    closeDisplay(*list, "]");
    return list;
}

ExprPtr Parser::parseBraceDisplay() {
    const Token& open = next();
    ++m_bracketDepth;
    if (atOp("}")) {
        auto dict = startNode<Dict>(open);
        closeDisplay(*dict, "}");
        return dict;
    }
    // The first item decides between a dict and a set.
    if (acceptOp("**"))
        return parseDictDisplay(open, nullptr, parseBitwiseOr());
    bool starred = atOp("*");
    ExprPtr first = starred ? parseStarNamedExpression() : parseNamedExpression();
    if (!starred && acceptOp(":")) {
        ExprPtr value = parseExpression();
        if (atKeyword("for")) {
            auto comp = startNode<DictComp>(open);
            comp->key = std::move(first);
            comp->value = std::move(value);
            comp->generators = parseComprehensionClauses();
            closeDisplay(*comp, "}");
            return comp;
        }
        return parseDictDisplay(open, std::move(first), std::move(value));
    }
    if (atKeyword("for"))
        return parseComprehension<SetComp>(open, std::move(first), "}");
    auto set = startNode<Set>(open);
    afterElement("}", *first);
    parseMoreElements(set->elts, std::move(first), "}");
    closeDisplay(*set, "}");
    return set;
}

ExprPtr Parser::parseDictDisplay(const Token& open, ExprPtr key, ExprPtr value) {
    auto dict = startNode<Dict>(open);
    afterElement("}", *value);
    dict->keys.push_back(std::move(key));
    dict->values.push_back(std::move(value));
    while (acceptOp(",")) {
        if (atOp("}"))
            break;
        if (acceptOp("**")) {
            dict->keys.push_back(nullptr);
            dict->values.push_back(parseBitwiseOr());
        } else {
            ExprPtr k = parseExpression();
            if (!atOp(":")) {
                if (atOp(",") || atOp("}"))
                    failAt("':' expected after dictionary key", k->endLine,
                           std::max(0, k->endColumn - 1));
                invalidSyntax();
            }
            const Token& colon = next();
            if (atOp("}") || atOp(","))
                fail("expression expected after dictionary key and ':'", colon);
            dict->keys.push_back(std::move(k));
            dict->values.push_back(parseExpression());
        }
        afterElement("}", *dict->values.back());
    }
    closeDisplay(*dict, "}");
    return dict;
}

std::vector<Comprehension> Parser::parseComprehensionClauses() {
    std::vector<Comprehension> clauses;
    while (atKeyword("for") || atKeyword("async")) {
        if (atKeyword("async"))
            unsupported("`async for`", peek().line);
        const Token& kw = next();
        Comprehension c;
        c.line = kw.line;
        c.column = kw.column;
        c.target = parseTargetList();
        if (!acceptKeyword("in"))
            invalidSyntax();
        c.iter = parseDisjunction();
        while (atKeyword("if")) {
            next();
            c.ifs.push_back(parseDisjunction());
        }
        finish(c);
        clauses.push_back(std::move(c));
    }
    return clauses;
}

} // namespace memstep::core::syntax
