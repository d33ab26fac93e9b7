// The SyntaxErrors CPython 3.11's compiler raises while compiling a `case` pattern
// (compile.c's compiler_pattern_*): an irrefutable pattern before the last case, a name bound
// twice, alternatives binding different names, a repeated literal key or class keyword.
//
// The compiler places each error at the pattern it entered last (compiler_pattern's SET_LOC
// is never undone), so the walk below follows its order and keeps that pattern in `m_at`.
#include "numeric/float_format.h"
#include "syntax/parser_impl.h"

#include <algorithm>

namespace memstep::core::syntax {

namespace {

class PatternChecker {
public:
    std::optional<PatternError> run(const Pattern& p, bool allowIrrefutable) {
        try {
            visit(p, allowIrrefutable);
        } catch (const PatternError& e) {
            return e;
        }
        return std::nullopt;
    }

private:
    [[noreturn]] void fail(const std::string& message) const { throw PatternError{message, m_at}; }

    void store(const Expr* name) {
        if (!name)
            return;
        const std::string& id = name->as<Name>().id;
        if (std::find(m_stores.begin(), m_stores.end(), id) != m_stores.end())
            fail("multiple assignments to name '" + id + "' in pattern");
        m_stores.push_back(id);
    }

    void visit(const Pattern& p, bool allowIrrefutable) {
        m_at = p;
        switch (p.kind) {
        case PatternKind::Value:
        case PatternKind::Singleton:
            break;
        case PatternKind::Sequence:
            if (std::count_if(p.patterns.begin(), p.patterns.end(), [](const PatternPtr& sub) {
                    return sub->kind == PatternKind::Star;
                }) > 1)
                fail("multiple starred names in sequence pattern");
            for (const PatternPtr& sub : p.patterns)
                visit(*sub, true);
            break;
        case PatternKind::Star:
            store(p.name.get());
            break;
        case PatternKind::Mapping:
            duplicateKeys(p);
            for (const PatternPtr& sub : p.patterns)
                visit(*sub, true);
            store(p.name.get());
            break;
        case PatternKind::Class:
            for (std::size_t i = 0; i < p.kwdAttrs.size(); ++i)
                for (std::size_t j = i + 1; j < p.kwdAttrs.size(); ++j)
                    if (p.kwdAttrs[i] == p.kwdAttrs[j]) {
                        m_at = *p.kwdPatterns[j];
                        fail("attribute name repeated in class pattern: " + p.kwdAttrs[j]);
                    }
            for (const PatternPtr& sub : p.patterns)
                visit(*sub, true);
            for (const PatternPtr& sub : p.kwdPatterns)
                visit(*sub, true);
            break;
        case PatternKind::As:
            if (!p.pattern) {
                if (!allowIrrefutable) {
                    if (p.name)
                        fail("name capture '" + p.name->as<Name>().id +
                             "' makes remaining patterns unreachable");
                    fail("wildcard makes remaining patterns unreachable");
                }
                store(p.name.get());
                break;
            }
            visit(*p.pattern, allowIrrefutable);
            store(p.name.get());
            break;
        case PatternKind::Or:
            alternatives(p, allowIrrefutable);
            break;
        }
    }

    void alternatives(const Pattern& p, bool allowIrrefutable) {
        std::vector<std::string> outer = std::move(m_stores);
        std::vector<std::string> control;
        for (std::size_t i = 0; i < p.patterns.size(); ++i) {
            m_stores.clear();
            visit(*p.patterns[i], allowIrrefutable && i + 1 == p.patterns.size());
            if (i == 0) {
                control = m_stores;
                continue;
            }
            std::vector<std::string> a = control, b = m_stores;
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            if (a != b)
                fail("alternative patterns bind different names");
        }
        m_stores = std::move(outer);
        for (const std::string& id : control) {
            if (std::find(m_stores.begin(), m_stores.end(), id) != m_stores.end())
                fail("multiple assignments to name '" + id + "' in pattern");
            m_stores.push_back(id);
        }
    }

    // The key's repr and a text equal for keys Python finds equal (1, 1.0 and True), or
    // nullopt for a value-pattern key (checked when it runs).
    static std::optional<std::pair<std::string, std::string>> literalKey(const Expr& key) {
        const Expr* e = &key;
        bool negative = false;
        if (e->kind == ExprKind::UnaryOp) {
            negative = true;
            e = e->as<UnaryOp>().operand.get();
        }
        if (e->kind != ExprKind::Constant)
            return std::nullopt;
        const auto& c = e->as<Constant>();
        std::string sign = negative ? "-" : "";
        switch (c.constKind) {
        case ConstantKind::None:
            return std::pair{std::string("None"), std::string("None")};
        case ConstantKind::True:
            return std::pair{std::string("True"), std::string("n1")};
        case ConstantKind::False:
            return std::pair{std::string("False"), std::string("n0")};
        case ConstantKind::Int:
            return std::pair{sign + c.text, "n" + (c.text == "0" ? c.text : sign + c.text)};
        case ConstantKind::Float: {
            double v = negative ? -c.floatValue : c.floatValue;
            std::string same = numeric::floatRepr(v);
            if (v == static_cast<double>(static_cast<long long>(v)) && v > -1e15 && v < 1e15)
                same = std::to_string(static_cast<long long>(v));
            return std::pair{numeric::floatRepr(v), "n" + same};
        }
        case ConstantKind::Str:
            return std::pair{numeric::pyStringRepr(c.text), "s" + c.text};
        case ConstantKind::Bytes:
            return std::pair{numeric::pyBytesRepr(c.text), "b" + c.text};
        default:
            return std::nullopt;
        }
    }

    void duplicateKeys(const Pattern& p) const {
        std::vector<std::string> seen;
        for (const ExprPtr& key : p.keys) {
            auto literal = literalKey(*key);
            if (!literal)
                continue;
            if (std::find(seen.begin(), seen.end(), literal->second) != seen.end())
                fail("mapping pattern checks duplicate key (" + literal->first + ")");
            seen.push_back(literal->second);
        }
    }

    Location m_at;
    std::vector<std::string> m_stores;
};

} // namespace

std::optional<PatternError> checkCasePattern(const Pattern& pattern, bool allowIrrefutable) {
    return PatternChecker().run(pattern, allowIrrefutable);
}

} // namespace memstep::core::syntax
