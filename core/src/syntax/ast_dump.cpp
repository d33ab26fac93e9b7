#include "syntax/ast_dump.h"

#include "numeric/float_format.h"

#include <cstdio>
#include <type_traits>

namespace memstep::core::syntax {

namespace {

class Dumper {
public:
    explicit Dumper(DumpOptions options) : m_options(options) {}
    std::string take() { return std::move(m_out); }

    void module(const Module& m) {
        m_out += "(Module";
        body(m.body);
        m_out += ')';
    }

    void stmt(const Stmt& s) {
        switch (s.kind) {
        case StmtKind::FunctionDef:
            functionDef(s.as<FunctionDef>(), s);
            break;
        case StmtKind::ClassDef:
            classDef(s.as<ClassDef>(), s);
            break;
        case StmtKind::Return:
            open("Return", s);
            optional(s.as<Return>().value.get());
            break;
        case StmtKind::Delete:
            open("Delete", s);
            items(s.as<Delete>().targets);
            break;
        case StmtKind::Assign:
            open("Assign", s);
            list("targets", s.as<Assign>().targets);
            optional(s.as<Assign>().value.get());
            break;
        case StmtKind::AugAssign:
            open("AugAssign", s);
            optional(s.as<AugAssign>().target.get());
            m_out += std::string(" ") + toString(s.as<AugAssign>().op) + "=";
            optional(s.as<AugAssign>().value.get());
            break;
        case StmtKind::AnnAssign: {
            const auto& a = s.as<AnnAssign>();
            open("AnnAssign", s);
            optional(a.target.get());
            optional(a.annotation.get());
            optional(a.value.get());
            if (a.simple)
                m_out += " simple";
            break;
        }
        case StmtKind::For:
            forStmt(s.as<For>(), s);
            break;
        case StmtKind::While:
            whileStmt(s.as<While>(), s);
            break;
        case StmtKind::If:
            ifStmt(s.as<If>(), s);
            break;
        case StmtKind::With:
            withStmt(s.as<With>(), s);
            break;
        case StmtKind::Raise:
            open("Raise", s);
            if (s.as<Raise>().exc)
                optional(s.as<Raise>().exc.get());
            if (s.as<Raise>().cause) {
                m_out += " (from";
                optional(s.as<Raise>().cause.get());
                m_out += ')';
            }
            break;
        case StmtKind::Try:
            tryStmt(s.as<Try>(), s);
            break;
        case StmtKind::Assert:
            open("Assert", s);
            optional(s.as<Assert>().test.get());
            optional(s.as<Assert>().msg.get());
            break;
        case StmtKind::Import:
            open("Import", s);
            aliases(s.as<Import>().names);
            break;
        case StmtKind::ImportFrom: {
            const auto& i = s.as<ImportFrom>();
            open("ImportFrom", s);
            m_out += ' ' + std::string(static_cast<std::size_t>(i.level), '.') + i.module;
            aliases(i.names);
            break;
        }
        case StmtKind::Global:
            open("Global", s);
            for (const auto& n : s.as<Global>().names)
                m_out += ' ' + n;
            break;
        case StmtKind::Nonlocal:
            open("Nonlocal", s);
            for (const auto& n : s.as<Nonlocal>().names)
                m_out += ' ' + n;
            break;
        case StmtKind::ExprStmt:
            open("Expr", s);
            optional(s.as<ExprStmt>().value.get());
            break;
        case StmtKind::Pass:
            open("Pass", s);
            break;
        case StmtKind::Break:
            open("Break", s);
            break;
        case StmtKind::Continue:
            open("Continue", s);
            break;
        case StmtKind::Match:
            open("Match", s);
            optional(s.as<Match>().subject.get());
            for (const MatchCase& c : s.as<Match>().cases) {
                m_out += " (case";
                optional(c.guard.get());
                body(c.body);
                m_out += ')';
            }
            break;
        }
        m_out += ')';
    }

    void expr(const Expr& e) {
        switch (e.kind) {
        case ExprKind::BoolOp:
            open("BoolOp", e);
            m_out += std::string(" ") + toString(e.as<BoolOp>().op);
            items(e.as<BoolOp>().values);
            break;
        case ExprKind::NamedExpr:
            open("NamedExpr", e);
            optional(e.as<NamedExpr>().target.get());
            optional(e.as<NamedExpr>().value.get());
            break;
        case ExprKind::BinOp:
            open("BinOp", e);
            m_out += std::string(" ") + toString(e.as<BinOp>().op);
            optional(e.as<BinOp>().left.get());
            optional(e.as<BinOp>().right.get());
            break;
        case ExprKind::UnaryOp:
            open("UnaryOp", e);
            m_out += std::string(" ") + toString(e.as<UnaryOp>().op);
            optional(e.as<UnaryOp>().operand.get());
            break;
        case ExprKind::Lambda:
            open("Lambda", e);
            arguments(e.as<Lambda>().args);
            optional(e.as<Lambda>().body.get());
            break;
        case ExprKind::IfExp:
            open("IfExp", e);
            optional(e.as<IfExp>().test.get());
            optional(e.as<IfExp>().body.get());
            optional(e.as<IfExp>().orElse.get());
            break;
        case ExprKind::Dict:
            dictDisplay(e.as<Dict>(), e);
            break;
        case ExprKind::Set:
            open("Set", e);
            items(e.as<Set>().elts);
            break;
        case ExprKind::ListComp:
            comprehension("ListComp", e.as<ListComp>(), e);
            break;
        case ExprKind::SetComp:
            comprehension("SetComp", e.as<SetComp>(), e);
            break;
        case ExprKind::DictComp:
            comprehension("DictComp", e.as<DictComp>(), e);
            break;
        case ExprKind::GeneratorExp:
            comprehension("GeneratorExp", e.as<GeneratorExp>(), e);
            break;
        case ExprKind::Yield:
            open("Yield", e);
            optional(e.as<Yield>().value.get());
            break;
        case ExprKind::YieldFrom:
            open("YieldFrom", e);
            optional(e.as<YieldFrom>().value.get());
            break;
        case ExprKind::Compare:
            compare(e.as<Compare>(), e);
            break;
        case ExprKind::Call:
            call(e.as<Call>(), e);
            break;
        case ExprKind::FormattedValue:
            formattedValue(e.as<FormattedValue>(), e);
            break;
        case ExprKind::JoinedStr:
            open("JoinedStr", e);
            items(e.as<JoinedStr>().values);
            break;
        case ExprKind::Constant:
            open("Constant", e);
            m_out += ' ';
            constant(e.as<Constant>());
            break;
        case ExprKind::Attribute:
            open("Attribute", e);
            optional(e.as<Attribute>().value.get());
            m_out += ' ' + e.as<Attribute>().attr;
            context(e.as<Attribute>().ctx);
            break;
        case ExprKind::Subscript:
            open("Subscript", e);
            optional(e.as<Subscript>().value.get());
            optional(e.as<Subscript>().slice.get());
            context(e.as<Subscript>().ctx);
            break;
        case ExprKind::Starred:
            open("Starred", e);
            optional(e.as<Starred>().value.get());
            context(e.as<Starred>().ctx);
            break;
        case ExprKind::Name:
            open("Name", e);
            m_out += ' ' + e.as<Name>().id;
            context(e.as<Name>().ctx);
            break;
        case ExprKind::List:
            open("List", e);
            items(e.as<List>().elts);
            context(e.as<List>().ctx);
            break;
        case ExprKind::Tuple:
            open("Tuple", e);
            items(e.as<Tuple>().elts);
            context(e.as<Tuple>().ctx);
            break;
        case ExprKind::Slice:
            slice(e.as<Slice>(), e);
            break;
        }
        m_out += ')';
    }

private:
    void functionDef(const FunctionDef& f, const Location& at) {
        open("FunctionDef", at);
        m_out += ' ' + f.name;
        arguments(f.args);
        list("decorators", f.decorators);
        if (f.returns) {
            m_out += " (returns ";
            expr(*f.returns);
            m_out += ')';
        }
        body(f.body);
    }

    void classDef(const ClassDef& c, const Location& at) {
        open("ClassDef", at);
        m_out += ' ' + c.name;
        list("bases", c.bases);
        keywords(c.keywords);
        list("decorators", c.decorators);
        body(c.body);
    }

    void forStmt(const For& f, const Location& at) {
        open("For", at);
        optional(f.target.get());
        optional(f.iter.get());
        body(f.body);
        if (!f.orElse.empty())
            body(f.orElse, "else");
    }

    void whileStmt(const While& w, const Location& at) {
        open("While", at);
        optional(w.test.get());
        body(w.body);
        if (!w.orElse.empty())
            body(w.orElse, "else");
    }

    void ifStmt(const If& i, const Location& at) {
        open("If", at);
        optional(i.test.get());
        body(i.body);
        if (!i.orElse.empty())
            body(i.orElse, "else");
    }

    void withStmt(const With& w, const Location& at) {
        open("With", at);
        for (const auto& item : w.items) {
            m_out += " (item";
            optional(item.contextExpr.get());
            if (item.optionalVars)
                optional(item.optionalVars.get());
            m_out += ')';
        }
        body(w.body);
    }

    void tryStmt(const Try& t, const Location& at) {
        open("Try", at);
        body(t.body);
        for (const auto& h : t.handlers) {
            m_out += " (except";
            if (h.type)
                optional(h.type.get());
            if (!h.name.empty())
                m_out += " as " + h.name;
            body(h.body);
            m_out += ')';
        }
        if (!t.orElse.empty())
            body(t.orElse, "else");
        if (!t.finalBody.empty())
            body(t.finalBody, "finally");
    }

    void dictDisplay(const Dict& d, const Location& at) {
        open("Dict", at);
        for (std::size_t i = 0; i < d.values.size(); ++i) {
            if (d.keys[i]) {
                m_out += " (";
                expr(*d.keys[i]);
                m_out += ':';
            } else {
                m_out += " (**";
            }
            optional(d.values[i].get());
            m_out += ')';
        }
    }

    // A comprehension: its element (key and value for a dict), then its for/if clauses.
    template <class Comp> void comprehension(const char* name, const Comp& c, const Location& at) {
        open(name, at);
        if constexpr (std::is_same_v<Comp, DictComp>) {
            optional(c.key.get());
            optional(c.value.get());
        } else {
            optional(c.elt.get());
        }
        generators(c.generators);
    }

    void compare(const Compare& c, const Location& at) {
        open("Compare", at);
        optional(c.left.get());
        for (std::size_t i = 0; i < c.ops.size(); ++i) {
            m_out += std::string(" ") + toString(c.ops[i]);
            optional(c.comparators[i].get());
        }
    }

    void call(const Call& c, const Location& at) {
        open("Call", at);
        optional(c.func.get());
        list("args", c.args);
        keywords(c.keywords);
    }

    void formattedValue(const FormattedValue& f, const Location& at) {
        open("FormattedValue", at);
        optional(f.value.get());
        if (f.conversion)
            m_out += std::string(" !") + f.conversion;
        if (f.formatSpec) {
            m_out += " (spec";
            optional(f.formatSpec.get());
            m_out += ')';
        }
    }

    void slice(const Slice& s, const Location& at) {
        open("Slice", at);
        for (const Expr* part : {s.lower.get(), s.upper.get(), s.step.get()}) {
            if (part)
                optional(part);
            else
                m_out += " _";
        }
    }

    void open(const char* name, const Location& l) {
        m_out += '(';
        m_out += name;
        if (m_options.locations)
            m_out += " @" + std::to_string(l.line) + ':' + std::to_string(l.column) + '-' +
                     std::to_string(l.endLine) + ':' + std::to_string(l.endColumn);
    }
    void optional(const Expr* e) {
        if (!e)
            return;
        m_out += ' ';
        expr(*e);
    }
    void items(const ExprList& list) {
        for (const auto& e : list)
            optional(e.get());
    }
    void list(const char* name, const ExprList& list) {
        if (list.empty())
            return;
        m_out += std::string(" (") + name;
        items(list);
        m_out += ')';
    }
    void body(const StmtList& stmts, const char* name = nullptr) {
        if (name)
            m_out += std::string(" (") + name;
        for (const auto& s : stmts) {
            m_out += ' ';
            stmt(*s);
        }
        if (name)
            m_out += ')';
    }
    void context(ExprContext ctx) {
        if (ctx == ExprContext::Store)
            m_out += " Store";
        else if (ctx == ExprContext::Del)
            m_out += " Del";
    }
    void keywords(const std::vector<Keyword>& kws) {
        for (const auto& k : kws) {
            m_out += " (kw " + (k.arg.empty() ? std::string("**") : k.arg);
            optional(k.value.get());
            m_out += ')';
        }
    }
    void aliases(const std::vector<Alias>& names) {
        for (const auto& a : names)
            m_out += ' ' + a.name + (a.asName.empty() ? "" : " as " + a.asName);
    }
    void generators(const std::vector<Comprehension>& gens) {
        for (const auto& g : gens) {
            m_out += " (for";
            optional(g.target.get());
            optional(g.iter.get());
            for (const auto& cond : g.ifs) {
                m_out += " (if";
                optional(cond.get());
                m_out += ')';
            }
            m_out += ')';
        }
    }
    void arg(const char* label, const Arg& a) {
        m_out += std::string(" ") + label + a.name;
        if (a.annotation) {
            m_out += ':';
            expr(*a.annotation);
        }
    }
    void argList(const char* label, const std::vector<Arg>& args) {
        for (const auto& a : args)
            arg(label, a);
    }
    void arguments(const Arguments& a) {
        m_out += " (args";
        argList("", a.posOnlyArgs);
        if (!a.posOnlyArgs.empty())
            m_out += " /";
        argList("", a.args);
        if (a.varArg)
            arg("*", *a.varArg);
        else if (!a.kwOnlyArgs.empty())
            m_out += " *";
        argList("", a.kwOnlyArgs);
        if (a.kwArg)
            arg("**", *a.kwArg);
        m_out += ')';
        list("defaults", a.defaults);
        bool anyKw = false;
        for (const auto& d : a.kwDefaults)
            anyKw |= d != nullptr;
        if (anyKw) {
            m_out += " (kwdefaults";
            for (const auto& d : a.kwDefaults) {
                if (d)
                    optional(d.get());
                else
                    m_out += " _";
            }
            m_out += ')';
        }
    }
    void constant(const Constant& c) {
        switch (c.constKind) {
        case ConstantKind::None:
            m_out += "None";
            break;
        case ConstantKind::True:
            m_out += "True";
            break;
        case ConstantKind::False:
            m_out += "False";
            break;
        case ConstantKind::Ellipsis:
            m_out += "...";
            break;
        case ConstantKind::Int:
            m_out += c.text;
            break;
        case ConstantKind::Complex:
            m_out += numeric::floatRepr(c.floatValue) + "j";
            break;
        case ConstantKind::Float: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.17g", c.floatValue);
            std::string text = buf;
            if (text.find_first_of(".en") == std::string::npos)
                text += ".0";
            m_out += text;
            break;
        }
        case ConstantKind::Str:
            m_out += '\'';
            for (char ch : c.text) {
                if (ch == '\n')
                    m_out += "\\n";
                else if (ch == '\t')
                    m_out += "\\t";
                else if (ch == '\\')
                    m_out += "\\\\";
                else if (ch == '\'')
                    m_out += "\\'";
                else
                    m_out += ch;
            }
            m_out += '\'';
            break;
        case ConstantKind::Bytes:
            m_out += numeric::pyBytesRepr(c.text);
            break;
        }
    }

    DumpOptions m_options;
    std::string m_out;
};

} // namespace

std::string dump(const Module& module, DumpOptions options) {
    Dumper d(options);
    d.module(module);
    return d.take();
}

std::string dump(const Expr& expr, DumpOptions options) {
    Dumper d(options);
    d.expr(expr);
    return d.take();
}

std::string dump(const Stmt& stmt, DumpOptions options) {
    Dumper d(options);
    d.stmt(stmt);
    return d.take();
}

} // namespace memstep::core::syntax
