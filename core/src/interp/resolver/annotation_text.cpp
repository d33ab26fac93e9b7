#include "interp/resolver/annotation_text.h"

#include "numeric/complex_math.h"
#include "numeric/float_format.h"

namespace memstep::core::interp {

using namespace syntax;

namespace {

// Appends e's text; false for an expression left to Unsupported. `inSubscript`: a tuple is
// written bare, as in `dict[str, int]`; elsewhere it keeps its parentheses.
bool unparse(const Expr& e, std::string& out, bool inSubscript) {
    switch (e.kind) {
    case ExprKind::Name:
        out += e.as<Name>().id;
        return true;
    case ExprKind::Attribute:
        if (!unparse(*e.as<Attribute>().value, out, false))
            return false;
        out += "." + e.as<Attribute>().attr;
        return true;
    case ExprKind::Subscript:
        if (!unparse(*e.as<Subscript>().value, out, false))
            return false;
        out += '[';
        if (!unparse(*e.as<Subscript>().slice, out, true))
            return false;
        out += ']';
        return true;
    case ExprKind::Tuple:
    case ExprKind::List: {
        const bool isTuple = e.kind == ExprKind::Tuple;
        const ExprList& elts = isTuple ? e.as<Tuple>().elts : e.as<List>().elts;
        const bool bare = isTuple && inSubscript && !elts.empty();
        out += bare ? "" : isTuple ? "(" : "[";
        for (std::size_t i = 0; i < elts.size(); ++i) {
            if (i > 0)
                out += ", ";
            if (!unparse(*elts[i], out, false))
                return false;
        }
        if (isTuple && elts.size() == 1)
            out += ',';
        out += bare ? "" : isTuple ? ")" : "]";
        return true;
    }
    case ExprKind::BinOp: {
        // `|` alone (union types); its right operand is parenthesised when it is one too,
        // since the operator groups to the left.
        auto& b = e.as<BinOp>();
        if (b.op != Operator::BitOr || !unparse(*b.left, out, false))
            return false;
        const bool nested = b.right->kind == ExprKind::BinOp;
        out += nested ? " | (" : " | ";
        if (!unparse(*b.right, out, false))
            return false;
        out += nested ? ")" : "";
        return true;
    }
    case ExprKind::Constant: {
        auto& c = e.as<Constant>();
        switch (c.constKind) {
        case ConstantKind::None:
            out += "None";
            return true;
        case ConstantKind::True:
            out += "True";
            return true;
        case ConstantKind::False:
            out += "False";
            return true;
        case ConstantKind::Ellipsis:
            out += "...";
            return true;
        case ConstantKind::Int:
            out += c.text;
            return true;
        case ConstantKind::Float:
            out += numeric::floatRepr(c.floatValue);
            return true;
        case ConstantKind::Complex:
            out += numeric::complexRepr({0.0, c.floatValue});
            return true;
        case ConstantKind::Str:
            out += numeric::pyStringRepr(c.text);
            return true;
        case ConstantKind::Bytes:
            out += numeric::pyBytesRepr(c.text);
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

} // namespace

std::optional<std::string> annotationText(const Expr& e) {
    std::string out;
    if (!unparse(e, out, false))
        return std::nullopt;
    return out;
}

std::vector<NamedAnnotation> functionAnnotations(const FunctionDef& d) {
    static const std::string kReturn = "return";
    std::vector<NamedAnnotation> out;
    auto add = [&out](const Arg& a) {
        if (a.annotation)
            out.push_back({&a.name, a.annotation.get()});
    };
    const Arguments& a = d.args;
    for (const Arg& p : a.args)
        add(p);
    for (const Arg& p : a.posOnlyArgs)
        add(p);
    if (a.varArg)
        add(*a.varArg);
    for (const Arg& p : a.kwOnlyArgs)
        add(p);
    if (a.kwArg)
        add(*a.kwArg);
    if (d.returns)
        out.push_back({&kReturn, d.returns.get()});
    return out;
}

} // namespace memstep::core::interp
