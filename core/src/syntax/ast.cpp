#include "syntax/ast.h"

namespace memstep::core::syntax {

const char* toString(Operator op) {
    switch (op) {
    case Operator::Add:
        return "+";
    case Operator::Sub:
        return "-";
    case Operator::Mult:
        return "*";
    case Operator::MatMult:
        return "@";
    case Operator::Div:
        return "/";
    case Operator::Mod:
        return "%";
    case Operator::Pow:
        return "**";
    case Operator::LShift:
        return "<<";
    case Operator::RShift:
        return ">>";
    case Operator::BitOr:
        return "|";
    case Operator::BitXor:
        return "^";
    case Operator::BitAnd:
        return "&";
    case Operator::FloorDiv:
        return "//";
    }
    return "?";
}

const char* toString(UnaryOperator op) {
    switch (op) {
    case UnaryOperator::Invert:
        return "~";
    case UnaryOperator::Not:
        return "not";
    case UnaryOperator::UAdd:
        return "+";
    case UnaryOperator::USub:
        return "-";
    }
    return "?";
}

const char* toString(CmpOperator op) {
    switch (op) {
    case CmpOperator::Eq:
        return "==";
    case CmpOperator::NotEq:
        return "!=";
    case CmpOperator::Lt:
        return "<";
    case CmpOperator::LtE:
        return "<=";
    case CmpOperator::Gt:
        return ">";
    case CmpOperator::GtE:
        return ">=";
    case CmpOperator::Is:
        return "is";
    case CmpOperator::IsNot:
        return "is not";
    case CmpOperator::In:
        return "in";
    case CmpOperator::NotIn:
        return "not in";
    }
    return "?";
}

const char* toString(BoolOperator op) {
    return op == BoolOperator::And ? "and" : "or";
}

void forEachPatternExpr(const Pattern& p, const std::function<void(const Expr&)>& visit) {
    if (p.value)
        visit(*p.value);
    for (std::size_t i = 0; i < p.patterns.size(); ++i) {
        if (i < p.keys.size())
            visit(*p.keys[i]);
        forEachPatternExpr(*p.patterns[i], visit);
    }
    for (const PatternPtr& sub : p.kwdPatterns)
        forEachPatternExpr(*sub, visit);
    if (p.pattern)
        forEachPatternExpr(*p.pattern, visit);
    if (p.name)
        visit(*p.name);
}

} // namespace memstep::core::syntax
