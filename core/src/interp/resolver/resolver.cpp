// Scope analysis and constant merging, run once before a program starts.
//
// Pass one builds a symbol table per scope (module, function, lambda, comprehension): which
// names it binds, declares global or nonlocal, and uses. Pass two decides, for every use,
// whether the name is a local slot, a cell (a local captured by an inner function), a free
// variable read through the closure, or a global; the result is written into the Name node.
// Constants are folded the way CPython 3.11's AST optimiser does (with its size limits) and
// equal constants of the whole file become one object, as CPython's compiler merges them.
#include "interp/interpreter.h"
#include "interp/resolver/annotation_text.h"
#include "interp/resolver/constant_folder.h"
#include "interp/resolver/scope.h"
#include "syntax/parser.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <utility>

namespace memstep::core::interp {

using namespace syntax;

namespace {

class Resolver {
public:
    explicit Resolver(Interpreter& in) : m_in(in) {}

    // Source text compiled at run time (a doctest example): a module of its own, whose
    // constants are its own and which leaves the program's __name__ and __doc__ alone.
    const CodeInfo* runSnippet(const Module& m) {
        resolveModule(m);
        return m_root.code;
    }

    void run(const Module& m) {
        resolveModule(m);
        // __name__ is the interned "__main__", so it is one object with an equal literal.
        m_in.mainName = m_folder.merged(m_in.heap().freshStr("__main__"));
        if (const Stmt* doc = docstringOf(m.body))
            if (auto it = m_in.constants.find(doc->as<ExprStmt>().value.get());
                it != m_in.constants.end())
                m_in.moduleDoc = it->second;
    }

private:
    // The module's code object and every scope in it.
    void resolveModule(const Module& m) {
        auto code = std::make_unique<CodeInfo>();
        code->kind = CodeInfo::Kind::Module;
        code->name = "<module>";
        code->qualname = "<module>";
        code->body = &m.body;
        m_root.code = code.get();
        m_in.codes.push_back(std::move(code));
        for (const auto& s : m.body)
            stmt(*s, m_root);
        finish(m_root);
    }

    void unsupported(const Location& at, const std::string& what) {
        if (m_in.unsupported)
            return;
        m_in.unsupported = Diagnostic{kUnsupported,
                                      what + " (line " + std::to_string(at.line) + ")",
                                      at.line,
                                      at.column + 1,
                                      {}};
    }

    // An error CPython's symbol table finds after parsing, its carets under `at`.
    void syntaxError(const Location& at, const std::string& message) {
        if (m_in.unsupported)
            return;
        Diagnostic d{"SyntaxError", message, at.line, at.column + 1, {}};
        d.traceback = syntax::formatSyntaxError(d, m_in.sourceText(), m_in.options().filename,
                                                at.endLine == at.line ? at.endColumn + 1 : 0);
        m_in.unsupported = d;
    }

    Scope& newScope(Scope& parent, CodeInfo::Kind kind, std::string name, int line) {
        auto code = std::make_unique<CodeInfo>();
        code->kind = kind;
        code->name = std::move(name);
        code->firstLine = line;
        code->parent = parent.code;
        // CPython's __qualname__: dotted onto a class's, or under a function's "<locals>".
        if (parent.isModule())
            code->qualname = code->name;
        else if (parent.isClass())
            code->qualname = parent.code->qualname + "." + code->name;
        else
            code->qualname = parent.code->qualname + ".<locals>." + code->name;
        if (kind == CodeInfo::Kind::Function || kind == CodeInfo::Kind::Lambda)
            m_folder.nameCode(*code);
        auto s = std::make_unique<Scope>();
        s->code = code.get();
        s->parent = &parent;
        m_in.codes.push_back(std::move(code));
        parent.children.push_back(std::move(s));
        return *parent.children.back();
    }

    void stmts(const StmtList& body, Scope& s) {
        for (const auto& st : body)
            stmt(*st, s);
    }

    void functionLike(const Arguments& a, Scope& outer) {
        for (const auto& d : a.defaults)
            expr(*d, outer);
        for (const auto& d : a.kwDefaults)
            if (d)
                expr(*d, outer);
    }

    void stmt(const Stmt& st, Scope& s) {
        switch (st.kind) {
        case StmtKind::FunctionDef:
            functionDef(st, s);
            break;
        case StmtKind::ClassDef:
            classDef(st, s);
            break;
        case StmtKind::Return:
            if (auto& v = st.as<Return>().value)
                expr(*v, s);
            break;
        case StmtKind::Delete:
            for (const auto& t : st.as<Delete>().targets)
                expr(*t, s);
            break;
        case StmtKind::Assign: {
            auto& a = st.as<Assign>();
            expr(*a.value, s);
            for (const auto& t : a.targets)
                expr(*t, s);
            break;
        }
        case StmtKind::AugAssign: {
            auto& a = st.as<AugAssign>();
            expr(*a.value, s);
            expr(*a.target, s);
            break;
        }
        case StmtKind::AnnAssign:
            annAssign(st.as<AnnAssign>(), s);
            break;
        case StmtKind::For:
        case StmtKind::While:
        case StmtKind::If:
        case StmtKind::With:
        case StmtKind::Try:
        case StmtKind::Match:
            compound(st, s);
            break;
        case StmtKind::Raise: {
            auto& r = st.as<Raise>();
            if (r.exc)
                expr(*r.exc, s);
            if (r.cause)
                expr(*r.cause, s);
            break;
        }
        case StmtKind::Assert: {
            auto& a = st.as<Assert>();
            expr(*a.test, s);
            if (a.msg)
                expr(*a.msg, s);
            break;
        }
        case StmtKind::Import:
            importNames(st, s);
            break;
        case StmtKind::ImportFrom:
            importFrom(st, s);
            break;
        case StmtKind::Global:
            for (const auto& n : st.as<Global>().names)
                s.globalDecl.insert(n);
            break;
        case StmtKind::Nonlocal:
            for (const auto& n : st.as<Nonlocal>().names)
                s.nonlocalDecl.insert(n);
            break;
        case StmtKind::ExprStmt:
            expr(*st.as<ExprStmt>().value, s);
            break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        }
    }

    // `target: annotation [= value]`. Only a module or class body evaluates the annotation
    // (and stores it for a bare name); a function never does, as in CPython.
    void annAssign(const AnnAssign& a, Scope& s) {
        if (a.value)
            expr(*a.value, s);
        expr(*a.target, s);
        if (!s.isModule() && !s.isClass())
            return;
        s.code->setupAnnotations = true;
        // The name is a constant of the code, interned as CPython's are: the key of
        // __annotations__ is the very str an instance's __dict__ has for that attribute.
        if (a.simple)
            m_in.annotationConstants[a.target.get()] =
                m_in.constantPool[m_folder.nameConstant(a.target->as<Name>().id) - 1];
        annotation(*a.annotation, s, a.simple);
    }

    // An annotation run where it is written, or under `from __future__ import annotations`
    // its text, kept only where it is stored.
    void annotation(const Expr& e, Scope& s, bool stored) {
        if (!m_in.futureAnnotations) {
            expr(e, s);
            return;
        }
        if (!stored)
            return;
        std::optional<std::string> text = annotationText(e);
        if (!text) {
            unsupported(e, "this annotation under `from __future__ import annotations` is not "
                           "supported yet");
            return;
        }
        m_in.annotationConstants[&e] = m_folder.merged(m_in.heap().freshStr(std::move(*text)));
    }

    // A statement holding blocks of statements: its expressions, then its blocks in order.
    void compound(const Stmt& st, Scope& s) {
        switch (st.kind) {
        case StmtKind::For: {
            auto& f = st.as<For>();
            expr(*f.iter, s);
            m_folder.foldIterable(*f.iter);
            expr(*f.target, s);
            stmts(f.body, s);
            stmts(f.orElse, s);
            break;
        }
        case StmtKind::While: {
            auto& w = st.as<While>();
            expr(*w.test, s);
            stmts(w.body, s);
            stmts(w.orElse, s);
            break;
        }
        case StmtKind::If: {
            auto& i = st.as<If>();
            expr(*i.test, s);
            stmts(i.body, s);
            stmts(i.orElse, s);
            break;
        }
        case StmtKind::With: {
            auto& w = st.as<With>();
            for (const WithItem& item : w.items) {
                expr(*item.contextExpr, s);
                if (item.optionalVars)
                    expr(*item.optionalVars, s);
            }
            stmts(w.body, s);
            break;
        }
        case StmtKind::Try: {
            auto& t = st.as<Try>();
            stmts(t.body, s);
            for (const ExceptHandler& h : t.handlers) {
                if (h.type)
                    expr(*h.type, s);
                if (!h.name.empty())
                    s.bind(h.name);
                stmts(h.body, s);
            }
            stmts(t.orElse, s);
            stmts(t.finalBody, s);
            break;
        }
        case StmtKind::Match:
            expr(*st.as<Match>().subject, s);
            for (const MatchCase& c : st.as<Match>().cases) {
                forEachPatternExpr(*c.pattern, [&](const Expr& e) { expr(e, s); });
                if (c.guard)
                    expr(*c.guard, s);
                stmts(c.body, s);
            }
            break;
        default:
            break;
        }
    }

    // A def's, class's or import's name. A class body declaring it global or nonlocal binds it
    // outside in CPython, which memstep's does for an assignment only.
    void bindDefinitionName(const Location& at, Scope& s, const std::string& name) {
        if (s.isClass() && (s.globalDecl.count(name) || s.nonlocalDecl.count(name)))
            unsupported(at, "a `def`, `class` or `import` in a class body binding a name "
                            "declared `global` or `nonlocal` there is not supported yet");
        s.bind(name);
    }

    void functionDef(const Stmt& st, Scope& s) {
        auto& f = st.as<FunctionDef>();
        for (const auto& d : f.decorators)
            expr(*d, s);
        functionLike(f.args, s);
        for (const NamedAnnotation& n : functionAnnotations(f))
            annotation(*n.annotation, s, true);
        bindDefinitionName(st, s, f.boundName);
        // A decorated function's code starts at its first decorator (its `call` line).
        Scope& fs = newScope(s, CodeInfo::Kind::Function, f.name,
                             f.decorators.empty() ? st.line : f.decorators.front()->line);
        fs.code->isGenerator = f.scope.isGenerator;
        fs.code->args = &f.args;
        fs.code->body = &f.body;
        fs.code->docstring = docstringOf(f.body);
        bindParams(f.args, fs);
        stmts(f.body, fs);
    }

    void classDef(const Stmt& st, Scope& s) {
        auto& c = st.as<ClassDef>();
        for (const auto& d : c.decorators)
            expr(*d, s);
        for (const auto& b : c.bases)
            expr(*b, s);
        for (const auto& k : c.keywords) {
            expr(*k.value, s);
            if (k.arg.empty()) // the others go to __init_subclass__ as a call's keywords
                unsupported(st, "`**` in a class's keywords is not supported yet");
            else
                k.nameSlot = m_folder.nameConstant(k.arg);
        }
        bindDefinitionName(st, s, c.boundName);
        // The class's __name__ is the compiler's constant for its name, merged with any
        // equal string constant of the file (so `C.__name__ is "C"` holds as in CPython).
        m_in.classNames[&c] = m_folder.merged(m_in.heap().freshStr(c.name));
        Scope& cs = newScope(s, CodeInfo::Kind::Class, c.name,
                             c.decorators.empty() ? st.line : c.decorators.front()->line);
        cs.code->body = &c.body;
        stmts(c.body, cs);
    }

    // `import a, b`: only modules of the interpreter's ModuleLibrary.
    void importNames(const Stmt& st, Scope& s) {
        for (const Alias& a : st.as<Import>().names) {
            // `import collections.abc` binds the package, which memstep does not model: only
            // `from collections.abc import ...` reaches a dotted module.
            if (!m_in.isKnownModule(a.name) || a.name.find('.') != std::string::npos) {
                unsupported(a, "import of module '" + a.name + "' is not supported");
                break;
            }
            bindDefinitionName(a, s, a.asName.empty() ? a.name : a.asName);
        }
    }

    void importFrom(const Stmt& st, Scope& s) {
        auto& im = st.as<ImportFrom>();
        if (im.module == "__future__" && im.level == 0) {
            futureImport(im, s);
            return;
        }
        // A relative import raises ImportError when it runs (a one-file program has no
        // package), so its module need not be known; its names are bound all the same.
        if (im.level == 0 && !m_in.isKnownModule(im.module)) {
            unsupported(st, "import of module '" + im.module + "' is not supported");
            return;
        }
        for (const Alias& a : im.names) {
            if (a.name == "*") {
                if (!s.isModule()) {
                    unsupported(st, "`from ... import *` inside a function is not supported");
                    break;
                }
                if (im.level > 0)
                    continue;
                auto names = m_in.moduleStarNames(im.module);
                if (names.empty()) {
                    unsupported(st, "`from " + im.module + " import *` is not supported");
                    break;
                }
                for (const std::string& n : names)
                    s.bind(n);
            } else {
                bindDefinitionName(a, s, a.asName.empty() ? a.name : a.asName);
            }
        }
    }

    // `from __future__ import ...`: the parser has checked each feature exists in 3.11 and
    // the import's place; all but two change nothing any more.
    void futureImport(const ImportFrom& im, Scope& s) {
        for (const Alias& a : im.names) {
            if (a.name == "annotations")
                m_in.futureAnnotations = true;
            if (a.name == "barry_as_FLUFL") {
                unsupported(im, "`from __future__ import barry_as_FLUFL` is not supported");
                return;
            }
            s.bind(a.asName.empty() ? a.name : a.asName);
        }
    }

    void comprehension(const Expr& e, const std::vector<Comprehension>& gens, Scope& s,
                       const std::vector<const Expr*>& elts, const char* name) {
        // `:=` is a SyntaxError in an iterable (CPython's ste_comp_iter_expr).
        ++m_iterableDepth;
        expr(*gens[0].iter, s);
        --m_iterableDepth;
        m_folder.foldIterable(*gens[0].iter);
        Scope& cs = newScope(s, CodeInfo::Kind::Comprehension, name, e.line);
        const int outerDepth = std::exchange(m_iterableDepth, 0);
        for (std::size_t i = 0; i < gens.size(); ++i) {
            if (i > 0) {
                ++m_iterableDepth;
                expr(*gens[i].iter, cs);
                --m_iterableDepth;
                m_folder.foldIterable(*gens[i].iter);
            }
            expr(*gens[i].target, cs);
            for (const auto& c : gens[i].ifs)
                expr(*c, cs);
        }
        for (const Expr* x : elts)
            expr(*x, cs);
        m_iterableDepth = outerDepth;
        m_compCodes[&e] = cs.code;
    }

    void expr(const Expr& e, Scope& s) {
        visit(e, s);
        m_folder.fold(e);
    }

    // The expressions that open a scope (a lambda, a comprehension) or depend on the one they
    // are in (`:=`, `yield`).
    void scopeExpr(const Expr& e, Scope& s) {
        switch (e.kind) {
        case ExprKind::NamedExpr: {
            // The checks come first, as in CPython's symbol table, which visits the value after.
            auto& n = e.as<NamedExpr>();
            auto& name = n.target->as<Name>();
            Scope* target = &s;
            while (target->isComprehension())
                target = target->parent;
            if (auto error = namedExprError(n, s, *target, m_iterableDepth > 0))
                return syntaxError(*error->at, error->message);
            expr(*n.value, s);
            if (target == &s) {
                expr(*n.target, s);
                break;
            }
            // In a comprehension the name belongs to the scope around it (PEP 572): bound
            // there, and reached from the comprehension through the frame chain as the
            // comprehension's other names of that scope are. CPython's function holds it in
            // a cell (the comprehension's free variable), so its frame lists it after its
            // other locals.
            target->bind(name.id);
            if (!target->isModule())
                target->cells.insert(name.id);
            s.uses.push_back(&name);
            break;
        }
        case ExprKind::Lambda: {
            auto& l = e.as<Lambda>();
            functionLike(l.args, s);
            Scope& ls = newScope(s, CodeInfo::Kind::Lambda, "<lambda>", e.line);
            ls.code->args = &l.args;
            ls.code->lambdaBody = l.body.get();
            bindParams(l.args, ls);
            const int outerDepth = std::exchange(m_iterableDepth, 0);
            expr(*l.body, ls);
            m_iterableDepth = outerDepth;
            m_compCodes[&e] = ls.code;
            break;
        }
        case ExprKind::ListComp:
            comprehension(e, e.as<ListComp>().generators, s, {e.as<ListComp>().elt.get()},
                          "<listcomp>");
            break;
        case ExprKind::SetComp:
            comprehension(e, e.as<SetComp>().generators, s, {e.as<SetComp>().elt.get()},
                          "<setcomp>");
            break;
        case ExprKind::DictComp:
            comprehension(e, e.as<DictComp>().generators, s,
                          {e.as<DictComp>().key.get(), e.as<DictComp>().value.get()}, "<dictcomp>");
            break;
        case ExprKind::GeneratorExp:
            comprehension(e, e.as<GeneratorExp>().generators, s, {e.as<GeneratorExp>().elt.get()},
                          "<genexpr>");
            break;
        case ExprKind::Yield:
        case ExprKind::YieldFrom: {
            const ExprPtr& v =
                e.kind == ExprKind::Yield ? e.as<Yield>().value : e.as<YieldFrom>().value;
            if (v)
                expr(*v, s);
            // A lambda whose body yields is a generator function too (`lambda: (yield 1)`).
            if (s.code->kind == CodeInfo::Kind::Lambda)
                s.code->isGenerator = true;
            else if (s.code->kind != CodeInfo::Kind::Function)
                unsupported(e, "`yield` outside a def is not supported yet");
            break;
        }
        default:
            break;
        }
    }

    void visit(const Expr& e, Scope& s) {
        switch (e.kind) {
        case ExprKind::BoolOp:
            for (const auto& v : e.as<BoolOp>().values)
                expr(*v, s);
            break;
        case ExprKind::NamedExpr:
        case ExprKind::Lambda:
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp:
        case ExprKind::Yield:
        case ExprKind::YieldFrom:
            scopeExpr(e, s);
            break;
        case ExprKind::BinOp:
            expr(*e.as<BinOp>().left, s);
            expr(*e.as<BinOp>().right, s);
            break;
        case ExprKind::UnaryOp:
            expr(*e.as<UnaryOp>().operand, s);
            break;
        case ExprKind::IfExp:
            expr(*e.as<IfExp>().test, s);
            expr(*e.as<IfExp>().body, s);
            expr(*e.as<IfExp>().orElse, s);
            break;
        case ExprKind::Dict:
            for (const auto& k : e.as<Dict>().keys)
                if (k)
                    expr(*k, s);
            for (const auto& v : e.as<Dict>().values)
                expr(*v, s);
            break;
        case ExprKind::Set:
            for (const auto& v : e.as<Set>().elts)
                expr(*v, s);
            break;
        case ExprKind::Compare: {
            auto& c = e.as<Compare>();
            expr(*c.left, s);
            for (const auto& x : c.comparators)
                expr(*x, s);
            // CPython folds only the last comparison's display (fold_compare).
            if (c.ops.back() == CmpOperator::In || c.ops.back() == CmpOperator::NotIn)
                m_folder.foldIterable(*c.comparators.back());
            break;
        }
        case ExprKind::Call: {
            auto& c = e.as<Call>();
            expr(*c.func, s);
            for (const auto& a : c.args)
                expr(*a, s);
            for (const auto& k : c.keywords) {
                expr(*k.value, s);
                if (!k.arg.empty())
                    k.nameSlot = m_folder.nameConstant(k.arg);
            }
            break;
        }
        case ExprKind::FormattedValue: {
            auto& f = e.as<FormattedValue>();
            expr(*f.value, s);
            if (f.formatSpec)
                expr(*f.formatSpec, s);
            break;
        }
        case ExprKind::JoinedStr:
            for (const auto& v : e.as<JoinedStr>().values)
                expr(*v, s);
            break;
        case ExprKind::Constant:
            break;
        case ExprKind::Attribute:
            expr(*e.as<Attribute>().value, s);
            break;
        case ExprKind::Subscript:
            expr(*e.as<Subscript>().value, s);
            expr(*e.as<Subscript>().slice, s);
            break;
        case ExprKind::Starred:
            expr(*e.as<Starred>().value, s);
            break;
        case ExprKind::Name: {
            auto& n = e.as<Name>();
            s.uses.push_back(&n);
            if (n.ctx != ExprContext::Load)
                s.bind(n.id);
            break;
        }
        case ExprKind::List:
            for (const auto& v : e.as<List>().elts)
                expr(*v, s);
            break;
        case ExprKind::Tuple:
            for (const auto& v : e.as<Tuple>().elts)
                expr(*v, s);
            break;
        case ExprKind::Slice: {
            auto& sl = e.as<Slice>();
            if (sl.lower)
                expr(*sl.lower, s);
            if (sl.upper)
                expr(*sl.upper, s);
            if (sl.step)
                expr(*sl.step, s);
            break;
        }
        }
    }

    // Makes `n` available as a free variable of function scope `s`; returns false when no
    // enclosing function binds it (then it is a global).
    bool requestFree(Scope& s, const std::string& n) {
        if (std::find(s.code->freeNames.begin(), s.code->freeNames.end(), n) !=
            s.code->freeNames.end())
            return true;
        Scope* p = s.parent;
        while (p && p->isComprehension()) {
            if (bindsLocally(*p, n)) {
                // `[lambda: i for i in ...]`: one cell for the whole loop, shared by every
                // function made in it; a generator expression's paused frame is not drawn yet.
                if (p->code->name == "<genexpr>") {
                    unsupported(Location{s.code->firstLine, 0, 0, 0},
                                "closures over a generator expression's variables are not "
                                "supported yet");
                    return false;
                }
                p->cells.insert(n);
                s.code->freeNames.push_back(n);
                return true;
            }
            p = p->parent;
        }
        if (!p || p->isModule())
            return false;
        if (p->isClass()) {
            // Names bound in a class body are not visible to the functions inside it; a
            // variable of the function around the class reaches them through the class,
            // which has it as a free variable too (its frame's cells), as in CPython.
            if (!requestFree(*p, n))
                return false;
        } else if (p->globalDecl.count(n)) {
            return false;
        } else if (bindsLocally(*p, n)) {
            p->cells.insert(n);
        } else if (!requestFree(*p, n)) {
            return false;
        }
        s.code->freeNames.push_back(n);
        return true;
    }

    // The syntax checks already reject a `nonlocal` no function around binds; this only
    // keeps the resolver from running on should they miss one.
    void requestNonlocals(Scope& s) {
        for (const std::string& n : s.nonlocalDecl)
            if (!requestFree(s, n))
                unsupported(Location{s.code->firstLine, 0, 0, 0},
                            "no binding for nonlocal '" + n + "' found");
    }

    // Pass two, bottom-up so that captured names are known before slots are assigned.
    void analyse(Scope& s) {
        for (auto& c : s.children)
            analyse(*c);
        if (s.isModule() || s.isComprehension())
            return;
        if (s.isClass()) {
            analyseClass(s);
            return;
        }
        // A method that names super or __class__ gets the class body's `__class__` cell as a
        // free variable, as CPython's compiler does (the diagram shows it in its closure).
        if (s.parent && s.parent->isClass() && !s.isComprehension()) {
            for (const Name* use : s.uses)
                if ((use->id == "super" || use->id == "__class__") &&
                    use->ctx == ExprContext::Load && !bindsLocally(s, use->id)) {
                    if (std::find(s.code->freeNames.begin(), s.code->freeNames.end(),
                                  "__class__") == s.code->freeNames.end())
                        s.code->freeNames.push_back("__class__");
                    s.parent->code->needsClassCell = true;
                    break;
                }
        }
        requestNonlocals(s);
        for (const Name* use : s.uses) {
            const std::string& n = use->id;
            if (s.globalDecl.count(n) || bindsLocally(s, n))
                continue;
            requestFree(s, n);
        }
        // Names used by comprehensions nested here are looked up through the frame chain, so
        // a name they take from an enclosing function must be a free variable of this one.
        comprehensionFrees(s, s);
    }

    // fn is a function or a class body: a comprehension in a class body does not see the
    // class's names, so it reads the function's variable of that name even when the class
    // binds one.
    void comprehensionFrees(Scope& fn, Scope& s) {
        for (auto& c : s.children) {
            if (!c->isComprehension())
                continue;
            for (const Name* use : c->uses) {
                const std::string& n = use->id;
                bool boundInside = false;
                for (Scope* p = c.get(); p != &fn; p = p->parent)
                    if (bindsLocally(*p, n))
                        boundInside = true;
                if (boundInside || fn.globalDecl.count(n))
                    continue;
                // CPython's comprehension reads the function's variable through a cell, which
                // its frame lists after the other locals.
                if (!fn.isClass() && bindsLocally(fn, n)) {
                    fn.cells.insert(n);
                    continue;
                }
                requestFree(fn, n);
            }
            comprehensionFrees(fn, *c);
        }
    }

    // A class body reads its own namespace, then globals; a name it never binds that a
    // function around it has is a free variable of the class, read from its cell once the
    // namespace lacks it (CPython's LOAD_CLASSDEREF).
    // `nonlocal x` in the body makes x the class's free variable for stores and deletes too
    // (STORE_DEREF into the function's cell), so the class gets no attribute x.
    void analyseClass(Scope& s) {
        requestNonlocals(s);
        for (const Name* use : s.uses) {
            const std::string& n = use->id;
            if (s.globalDecl.count(n) || bindsLocally(s, n))
                continue;
            requestFree(s, n);
        }
        comprehensionFrees(s, s);
    }

    void finish(Scope& root) {
        analyse(root);
        sortFreeNames(root);
        assignSlots(root);
        resolveUses(root, m_in);
        for (auto& [e, code] : m_compCodes) {
            if (ScopeInfo* info = scopeInfoOf(*e)) {
                info->resolved = true;
                info->extra = std::shared_ptr<void>(std::shared_ptr<void>{}, code);
            }
        }
        linkFunctions(root);
    }

    void linkFunctions(Scope& s) {
        for (auto& c : s.children)
            linkFunctions(*c);
        if ((s.code->kind == CodeInfo::Kind::Function || s.code->kind == CodeInfo::Kind::Class) &&
            s.code->body) {
            // The FunctionDef owns `body`; find it through the code's body pointer.
            m_in.functionCodes[s.code->body] = s.code;
        }
    }

    Interpreter& m_in;
    ConstantFolder m_folder{m_in};
    Scope m_root;
    std::map<const Expr*, CodeInfo*> m_compCodes;
    int m_iterableDepth = 0; // > 0 inside a comprehension's iterable expression
};

} // namespace

void resolveModule(Interpreter& interp, const syntax::Module& module) {
    Resolver r(interp);
    r.run(module);
}

const CodeInfo* resolveSnippet(Interpreter& interp, const syntax::Module& module) {
    Resolver r(interp);
    return r.runSnippet(module);
}

} // namespace memstep::core::interp
