// The errors CPython raises after a successful parse, in its order: first the symbol table's
// (duplicate parameters, misplaced global/nonlocal, nonlocal without binding), then the
// compiler's ('return'/'yield' outside function, 'break'/'continue' outside loop, starred
// targets). Also marks generator functions in ScopeInfo::isGenerator.
#include "syntax/parser_impl.h"

#include <set>

namespace memstep::core::syntax {

namespace {

struct CheckFailure {
    Diagnostic diagnostic;
    ErrorSpanEnd end;
};

enum class ScopeKind { Module, Function, Lambda, Class, Comprehension };

struct ScopeRecord {
    ScopeKind kind;
    int parent;
    std::set<std::string> bound;
    std::set<std::string> used;
    std::set<std::string> params;
    std::set<std::string> globals;
    std::set<std::string> nonlocals;
    std::string comprehensionName; // "list comprehension", ...
    ScopeInfo* info = nullptr;
    std::set<std::string> annotated; // names of simple `x: T` statements
};

struct PendingNonlocal {
    std::string name;
    int scope;
    Location at;
};

class Checker {
public:
    explicit Checker(const TokenStream& stream) : m_stream(stream) {}

    std::optional<Diagnostic> run(const Module& module, ErrorSpanEnd& end) {
        try {
            checkLeadingFutures(module.body);
            m_pass = 1;
            m_depth = 0;
            m_scopes.clear();
            m_scopes.push_back({ScopeKind::Module, -1, {}, {}, {}, {}, {}, {}, &module.scope});
            m_current = 0;
            visitBody(module.body);
            for (const auto& pending : m_nonlocals)
                checkNonlocalBinding(pending);
            m_pass = 2;
            m_scopes.clear();
            m_scopes.push_back({ScopeKind::Module, -1, {}, {}, {}, {}, {}, {}, &module.scope});
            m_current = 0;
            m_loopDepth = 0;
            m_depth = 0;
            visitBody(module.body);
        } catch (const CheckFailure& failure) {
            end = failure.end;
            return failure.diagnostic;
        }
        return std::nullopt;
    }

private:
    [[noreturn]] void fail(const std::string& message, const Location& at) const {
        throw CheckFailure{
            Diagnostic{
                "SyntaxError", message, at.line, m_stream.charOffset(at.line, at.column), {}},
            {at.endLine, m_stream.charOffset(at.endLine, at.endColumn), false, {}}};
    }

    // CPython's future.c places these errors with PyErr_SyntaxLocationObject: a start and no
    // end, which python3 draws as one caret under the statement's first character.
    [[noreturn]] void failAtStart(const std::string& message, const Location& at) const {
        int offset = m_stream.charOffset(at.line, at.column);
        throw CheckFailure{Diagnostic{"SyntaxError", message, at.line, offset, {}},
                           {at.line, offset + 1, false, {}}};
    }

    static bool isFutureImport(const Stmt& s) {
        return s.kind == StmtKind::ImportFrom && s.as<ImportFrom>().module == "__future__" &&
               s.as<ImportFrom>().level == 0;
    }

    // CPython's future_parse, before the symbol table: the `from __future__` imports that
    // open the file (after an optional docstring) must name features 3.11 knows. A later one
    // is refused when compiled (visitImport), or here when it shares the line of the first
    // statement that ended the opening.
    void checkLeadingFutures(const StmtList& body) {
        static const std::set<std::string> kFeatures = {
            "nested_scopes",  "generators",     "division",         "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations"};
        bool done = false;
        int prevLine = 0;
        for (std::size_t i = 0; i < body.size(); ++i) {
            const Stmt& s = *body[i];
            if (done && s.line > prevLine)
                return;
            prevLine = s.line;
            if (isFutureImport(s)) {
                if (done)
                    fail("from __future__ imports must occur at the beginning of the file", s);
                for (const Alias& a : s.as<ImportFrom>().names) {
                    if (a.name == "braces")
                        failAtStart("not a chance", s);
                    if (!kFeatures.count(a.name))
                        failAtStart("future feature " + a.name + " is not defined", s);
                }
                m_futureLine = s.line;
            } else if (!(i == 0 && s.kind == StmtKind::ExprStmt &&
                         s.as<ExprStmt>().value->kind == ExprKind::Constant &&
                         s.as<ExprStmt>().value->as<Constant>().constKind == ConstantKind::Str)) {
                done = true;
            }
        }
    }

    ScopeRecord& scope() { return m_scopes[static_cast<std::size_t>(m_current)]; }

    int enter(ScopeKind kind, ScopeInfo* info) {
        int saved = m_current;
        m_scopes.push_back({kind, m_current, {}, {}, {}, {}, {}, {}, info});
        m_current = static_cast<int>(m_scopes.size() - 1);
        return saved;
    }

    void bind(const std::string& name) { scope().bound.insert(name); }

    void checkNonlocalBinding(const PendingNonlocal& pending) {
        int s = m_scopes[static_cast<std::size_t>(pending.scope)].parent;
        while (s >= 0) {
            const ScopeRecord& r = m_scopes[static_cast<std::size_t>(s)];
            if (r.kind == ScopeKind::Module)
                break;
            if (r.kind != ScopeKind::Class && !r.globals.count(pending.name) &&
                (r.bound.count(pending.name) || r.nonlocals.count(pending.name)))
                return;
            s = r.parent;
        }
        fail("no binding for nonlocal '" + pending.name + "' found", pending.at);
    }

    void visitBody(const StmtList& body) {
        for (const auto& s : body)
            visitStmt(*s);
    }

    void visitArgsDefaults(const Arguments& args) {
        for (const auto& d : args.defaults)
            visitExpr(*d);
        for (const auto& d : args.kwDefaults)
            if (d)
                visitExpr(*d);
    }

    // `owner`: the def or lambda, where the compiler points at a parameter named __debug__.
    void declareParams(const Arguments& args, const Location& owner) {
        std::set<std::string> seen;
        auto add = [&](const Arg& a) {
            if (!seen.insert(a.name).second && m_pass == 1)
                fail("duplicate argument '" + a.name + "' in function definition", a);
            scope().params.insert(a.name);
            bind(a.name);
            checkDebugTarget(a.name, ExprContext::Store, owner);
        };
        for (const auto& a : args.posOnlyArgs)
            add(a);
        for (const auto& a : args.args)
            add(a);
        if (args.varArg)
            add(*args.varArg);
        for (const auto& a : args.kwOnlyArgs)
            add(a);
        if (args.kwArg)
            add(*args.kwArg);
    }

    void visitAnnotations(const Arguments& args) {
        auto visit = [&](const Arg& a) {
            if (a.annotation)
                visitExpr(*a.annotation);
        };
        for (const auto& a : args.posOnlyArgs)
            visit(a);
        for (const auto& a : args.args)
            visit(a);
        if (args.varArg)
            visit(*args.varArg);
        for (const auto& a : args.kwOnlyArgs)
            visit(a);
        if (args.kwArg)
            visit(*args.kwArg);
    }

    // Compiler check of an assignment target: starred rules.
    void checkStarredTarget(const Expr& target) {
        if (m_pass != 2)
            return;
        if (target.kind == ExprKind::Starred)
            fail("starred assignment target must be in a list or tuple", target);
        const ExprList* elts = nullptr;
        if (target.kind == ExprKind::Tuple)
            elts = &target.as<Tuple>().elts;
        else if (target.kind == ExprKind::List)
            elts = &target.as<List>().elts;
        if (!elts)
            return;
        int stars = 0;
        for (const auto& e : *elts) {
            if (e->kind == ExprKind::Starred) {
                if (++stars > 1)
                    fail("multiple starred expressions in assignment", target);
                checkStarredTarget(*e->as<Starred>().value);
            } else {
                checkStarredTarget(*e);
            }
        }
    }

    // Compiler check: __debug__ is a constant the compiler folds, so no name can bind it.
    void checkDebugTarget(const std::string& name, ExprContext ctx, const Location& at) {
        if (m_pass != 2 || ctx == ExprContext::Load || name != "__debug__")
            return;
        fail(ctx == ExprContext::Del ? "cannot delete __debug__" : "cannot assign to __debug__",
             at);
    }

    void visitTarget(const Expr& target) {
        checkStarredTarget(target);
        visitExpr(target);
    }

    // Counts one level of the tree for the duration of a visitStmt/visitExpr: CPython's
    // symbol table gives up past kMaxCompileDepth, and so do we, which also bounds every
    // later recursive walk over the tree (resolver, evaluator).
    class DepthGuard {
    public:
        explicit DepthGuard(int& depth) : m_depth(depth) {
            if (++m_depth > kMaxCompileDepth)
                throw CheckFailure{Diagnostic{"RecursionError", kCompileDepthMessage, 0, 0, {}},
                                   {}};
        }
        ~DepthGuard() { --m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;

    private:
        int& m_depth;
    };

    void visitFunctionDef(const FunctionDef& f) {
        for (const auto& d : f.decorators)
            visitExpr(*d);
        visitArgsDefaults(f.args);
        visitAnnotations(f.args);
        if (f.returns)
            visitExpr(*f.returns);
        bind(f.name);
        checkDebugTarget(f.name, ExprContext::Store, f);
        int saved = enter(ScopeKind::Function, &f.scope);
        int savedLoops = m_loopDepth;
        m_loopDepth = 0;
        if (m_pass == 1)
            f.scope.isGenerator = false;
        declareParams(f.args, f);
        visitBody(f.body);
        m_loopDepth = savedLoops;
        m_current = saved;
    }

    void visitClassDef(const ClassDef& c) {
        for (const auto& d : c.decorators)
            visitExpr(*d);
        for (const auto& b : c.bases)
            visitExpr(*b);
        for (const auto& k : c.keywords)
            visitExpr(*k.value);
        bind(c.name);
        checkDebugTarget(c.name, ExprContext::Store, c);
        int saved = enter(ScopeKind::Class, &c.scope);
        int savedLoops = m_loopDepth;
        m_loopDepth = 0;
        visitBody(c.body);
        m_loopDepth = savedLoops;
        m_current = saved;
    }

    void visitTry(const Try& t) {
        visitBody(t.body);
        for (const auto& h : t.handlers) {
            if (h.type)
                visitExpr(*h.type);
            if (!h.name.empty()) {
                bind(h.name);
                checkDebugTarget(h.name, ExprContext::Store, h);
            }
            visitBody(h.body);
        }
        visitBody(t.orElse);
        visitBody(t.finalBody);
    }

    void visitImport(const Stmt& s) {
        if (s.kind == StmtKind::Import) {
            for (const auto& alias : s.as<Import>().names) {
                const std::string name = alias.asName.empty()
                                             ? alias.name.substr(0, alias.name.find('.'))
                                             : alias.asName;
                bind(name);
                checkDebugTarget(name, ExprContext::Store, s);
            }
            return;
        }
        if (m_pass == 2 && isFutureImport(s) && s.line > m_futureLine)
            fail("from __future__ imports must occur at the beginning of the file", s);
        if (m_pass == 2 && s.as<ImportFrom>().names.front().name == "*" &&
            scope().kind != ScopeKind::Module)
            fail("import * only allowed at module level", s);
        for (const auto& alias : s.as<ImportFrom>().names) {
            bind(alias.asName.empty() ? alias.name : alias.asName);
            checkDebugTarget(alias.asName.empty() ? alias.name : alias.asName, ExprContext::Store,
                             s);
        }
    }

    // `x: T [= v]`. A simple name declared global or nonlocal in a function cannot be
    // annotated; an annotated one cannot be declared so later (visitGlobalOrNonlocal).
    void visitAnnAssign(const AnnAssign& a, const Stmt& s) {
        if (m_pass == 1 && a.simple) {
            const std::string& name = a.target->as<Name>().id;
            const bool global = scope().globals.count(name) > 0;
            if (scope().kind != ScopeKind::Module && (global || scope().nonlocals.count(name)))
                fail("annotated name '" + name + "' can't be " + (global ? "global" : "nonlocal"),
                     s);
            scope().annotated.insert(name);
        }
        if (a.value)
            visitExpr(*a.value);
        visitExpr(*a.annotation);
        visitExpr(*a.target);
    }

    // `global` and `nonlocal` against the uses and bindings seen before them (first pass).
    void visitGlobalOrNonlocal(const Stmt& s) {
        bool isGlobal = s.kind == StmtKind::Global;
        const auto& names = isGlobal ? s.as<Global>().names : s.as<Nonlocal>().names;
        const char* what = isGlobal ? "global" : "nonlocal";
        if (m_pass != 1)
            return;
        if (!isGlobal && scope().kind == ScopeKind::Module)
            fail("nonlocal declaration not allowed at module level", s);
        for (const auto& name : names) {
            if (scope().params.count(name))
                fail("name '" + name + "' is parameter and " + what, s);
            if (isGlobal ? scope().nonlocals.count(name) : scope().globals.count(name))
                fail("name '" + name + "' is nonlocal and global", s);
            if (scope().annotated.count(name))
                fail("annotated name '" + name + "' can't be " + what, s);
            if (scope().bound.count(name))
                fail("name '" + name + "' is assigned to before " + what + " declaration", s);
            if (scope().used.count(name))
                fail("name '" + name + "' is used prior to " + what + " declaration", s);
            if (isGlobal) {
                scope().globals.insert(name);
            } else {
                scope().nonlocals.insert(name);
                m_nonlocals.push_back({name, m_current, s});
            }
        }
    }

    void visitStmt(const Stmt& s) {
        DepthGuard guard(m_depth);
        switch (s.kind) {
        case StmtKind::FunctionDef:
            visitFunctionDef(s.as<FunctionDef>());
            break;
        case StmtKind::ClassDef:
            visitClassDef(s.as<ClassDef>());
            break;
        case StmtKind::Return: {
            const auto& r = s.as<Return>();
            if (m_pass == 2 && scope().kind != ScopeKind::Function)
                fail("'return' outside function", s);
            if (r.value)
                visitExpr(*r.value);
            break;
        }
        case StmtKind::Delete:
            for (const auto& t : s.as<Delete>().targets)
                visitExpr(*t);
            break;
        case StmtKind::Assign: {
            const auto& a = s.as<Assign>();
            visitExpr(*a.value);
            for (const auto& t : a.targets)
                visitTarget(*t);
            break;
        }
        case StmtKind::AugAssign: {
            const auto& a = s.as<AugAssign>();
            visitExpr(*a.value);
            visitExpr(*a.target);
            break;
        }
        case StmtKind::AnnAssign:
            visitAnnAssign(s.as<AnnAssign>(), s);
            break;
        case StmtKind::For: {
            const auto& f = s.as<For>();
            visitExpr(*f.iter);
            visitTarget(*f.target);
            ++m_loopDepth;
            visitBody(f.body);
            --m_loopDepth;
            visitBody(f.orElse);
            break;
        }
        case StmtKind::While: {
            const auto& w = s.as<While>();
            visitExpr(*w.test);
            ++m_loopDepth;
            visitBody(w.body);
            --m_loopDepth;
            visitBody(w.orElse);
            break;
        }
        case StmtKind::If: {
            const auto& i = s.as<If>();
            visitExpr(*i.test);
            visitBody(i.body);
            visitBody(i.orElse);
            break;
        }
        case StmtKind::With: {
            const auto& w = s.as<With>();
            for (const auto& item : w.items) {
                visitExpr(*item.contextExpr);
                if (item.optionalVars)
                    visitTarget(*item.optionalVars);
            }
            visitBody(w.body);
            break;
        }
        case StmtKind::Raise: {
            const auto& r = s.as<Raise>();
            if (r.exc)
                visitExpr(*r.exc);
            if (r.cause)
                visitExpr(*r.cause);
            break;
        }
        case StmtKind::Try:
            visitTry(s.as<Try>());
            break;
        case StmtKind::Assert: {
            const auto& a = s.as<Assert>();
            visitExpr(*a.test);
            if (a.msg)
                visitExpr(*a.msg);
            break;
        }
        case StmtKind::Import:
        case StmtKind::ImportFrom:
            visitImport(s);
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal:
            visitGlobalOrNonlocal(s);
            break;
        case StmtKind::ExprStmt:
            visitExpr(*s.as<ExprStmt>().value);
            break;
        case StmtKind::Pass:
            break;
        case StmtKind::Break:
            if (m_pass == 2 && m_loopDepth == 0)
                fail("'break' outside loop", s);
            break;
        case StmtKind::Continue:
            if (m_pass == 2 && m_loopDepth == 0)
                fail("'continue' not properly in loop", s);
            break;
        case StmtKind::Match:
            visitMatch(s.as<Match>());
            break;
        }
    }

    // Compiled case by case: the pattern (its errors in pass 2), the guard, the body.
    void visitMatch(const Match& m) {
        visitExpr(*m.subject);
        for (std::size_t i = 0; i < m.cases.size(); ++i) {
            const MatchCase& c = m.cases[i];
            if (m_pass == 2)
                if (auto error = checkCasePattern(*c.pattern, c.guard || i + 1 == m.cases.size()))
                    fail(error->message, error->at);
            forEachPatternExpr(*c.pattern, [this](const Expr& e) { visitExpr(e); });
            if (c.guard)
                visitExpr(*c.guard);
            visitBody(c.body);
        }
    }

    void visitComprehension(const std::vector<Comprehension>& generators, ScopeInfo& info,
                            const char* name, auto&& visitElements) {
        visitExpr(*generators.front().iter);
        int saved = enter(ScopeKind::Comprehension, &info);
        scope().comprehensionName = name;
        int savedLoops = m_loopDepth;
        m_loopDepth = 0;
        for (std::size_t i = 0; i < generators.size(); ++i) {
            const auto& g = generators[i];
            if (i > 0)
                visitExpr(*g.iter);
            visitTarget(*g.target);
            for (const auto& cond : g.ifs)
                visitExpr(*cond);
        }
        visitElements();
        m_loopDepth = savedLoops;
        m_current = saved;
    }

    void visitYield(const Expr& e) {
        ScopeRecord& s = scope();
        if (m_pass == 1 && s.kind == ScopeKind::Comprehension)
            fail("'yield' inside " + s.comprehensionName, e);
        if (m_pass == 2 && s.kind != ScopeKind::Function && s.kind != ScopeKind::Lambda)
            fail("'yield' outside function", e);
        if (s.info)
            s.info->isGenerator = true;
    }

    // Items of displays and call arguments, where `*x` is allowed.
    void visitElements(const ExprList& items) {
        for (const auto& item : items)
            visitExpr(item->kind == ExprKind::Starred ? *item->as<Starred>().value : *item);
    }

    void visitNamedExpr(const NamedExpr& n) {
        visitExpr(*n.value);
        // The target binds in the enclosing non-comprehension scope.
        int s = m_current;
        while (m_scopes[static_cast<std::size_t>(s)].kind == ScopeKind::Comprehension)
            s = m_scopes[static_cast<std::size_t>(s)].parent;
        m_scopes[static_cast<std::size_t>(s)].bound.insert(n.target->as<Name>().id);
        checkDebugTarget(n.target->as<Name>().id, ExprContext::Store, *n.target);
    }

    void visitLambda(const Lambda& l) {
        visitArgsDefaults(l.args);
        int saved = enter(ScopeKind::Lambda, &l.scope);
        declareParams(l.args, l);
        visitExpr(*l.body);
        m_current = saved;
    }

    // A list, set or dict comprehension or a generator expression, each its own scope.
    void visitComprehensionExpr(const Expr& e) {
        switch (e.kind) {
        case ExprKind::ListComp: {
            const auto& c = e.as<ListComp>();
            visitComprehension(c.generators, c.scope, "list comprehension",
                               [&] { visitExpr(*c.elt); });
            break;
        }
        case ExprKind::SetComp: {
            const auto& c = e.as<SetComp>();
            visitComprehension(c.generators, c.scope, "set comprehension",
                               [&] { visitExpr(*c.elt); });
            break;
        }
        case ExprKind::DictComp: {
            const auto& c = e.as<DictComp>();
            visitComprehension(c.generators, c.scope, "dict comprehension", [&] {
                visitExpr(*c.key);
                visitExpr(*c.value);
            });
            break;
        }
        default: {
            const auto& c = e.as<GeneratorExp>();
            visitComprehension(c.generators, c.scope, "generator expression",
                               [&] { visitExpr(*c.elt); });
            break;
        }
        }
    }

    void visitExpr(const Expr& e) {
        DepthGuard guard(m_depth);
        switch (e.kind) {
        case ExprKind::BoolOp:
            for (const auto& v : e.as<BoolOp>().values)
                visitExpr(*v);
            break;
        case ExprKind::NamedExpr:
            visitNamedExpr(e.as<NamedExpr>());
            break;
        case ExprKind::BinOp:
            visitExpr(*e.as<BinOp>().left);
            visitExpr(*e.as<BinOp>().right);
            break;
        case ExprKind::UnaryOp:
            visitExpr(*e.as<UnaryOp>().operand);
            break;
        case ExprKind::Lambda:
            visitLambda(e.as<Lambda>());
            break;
        case ExprKind::IfExp: {
            const auto& i = e.as<IfExp>();
            visitExpr(*i.test);
            visitExpr(*i.body);
            visitExpr(*i.orElse);
            break;
        }
        case ExprKind::Dict: {
            const auto& d = e.as<Dict>();
            for (std::size_t i = 0; i < d.values.size(); ++i) {
                if (d.keys[i])
                    visitExpr(*d.keys[i]);
                visitExpr(*d.values[i]);
            }
            break;
        }
        case ExprKind::Set:
            visitElements(e.as<Set>().elts);
            break;
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp:
            visitComprehensionExpr(e);
            break;
        case ExprKind::Yield:
            visitYield(e);
            if (e.as<Yield>().value)
                visitExpr(*e.as<Yield>().value);
            break;
        case ExprKind::YieldFrom:
            visitYield(e);
            visitExpr(*e.as<YieldFrom>().value);
            break;
        case ExprKind::Compare:
            visitExpr(*e.as<Compare>().left);
            for (const auto& c : e.as<Compare>().comparators)
                visitExpr(*c);
            break;
        case ExprKind::Call:
            visitExpr(*e.as<Call>().func);
            visitElements(e.as<Call>().args);
            for (const auto& k : e.as<Call>().keywords) {
                checkDebugTarget(k.arg, ExprContext::Store, e);
                visitExpr(*k.value);
            }
            break;
        case ExprKind::FormattedValue:
            visitExpr(*e.as<FormattedValue>().value);
            if (e.as<FormattedValue>().formatSpec)
                visitExpr(*e.as<FormattedValue>().formatSpec);
            break;
        case ExprKind::JoinedStr:
            for (const auto& v : e.as<JoinedStr>().values)
                visitExpr(*v);
            break;
        case ExprKind::Constant:
            break;
        case ExprKind::Attribute:
            visitExpr(*e.as<Attribute>().value);
            checkDebugTarget(e.as<Attribute>().attr, e.as<Attribute>().ctx, e);
            break;
        case ExprKind::Subscript:
            visitExpr(*e.as<Subscript>().value);
            visitExpr(*e.as<Subscript>().slice);
            break;
        case ExprKind::Starred:
            if (m_pass == 2 && e.as<Starred>().ctx == ExprContext::Load)
                fail("can't use starred expression here", e);
            visitExpr(*e.as<Starred>().value);
            break;
        case ExprKind::Name: {
            const auto& n = e.as<Name>();
            if (n.ctx == ExprContext::Load)
                scope().used.insert(n.id);
            else
                bind(n.id);
            checkDebugTarget(n.id, n.ctx, e);
            break;
        }
        case ExprKind::List:
            visitElements(e.as<List>().elts);
            break;
        case ExprKind::Tuple:
            visitElements(e.as<Tuple>().elts);
            break;
        case ExprKind::Slice: {
            const auto& s = e.as<Slice>();
            if (s.lower)
                visitExpr(*s.lower);
            if (s.upper)
                visitExpr(*s.upper);
            if (s.step)
                visitExpr(*s.step);
            break;
        }
        }
    }

    const TokenStream& m_stream;
    int m_pass = 1;
    std::vector<ScopeRecord> m_scopes;
    int m_current = 0;
    int m_loopDepth = 0;
    int m_depth = 0; // statements and expressions being visited, see DepthGuard
    std::vector<PendingNonlocal> m_nonlocals;
    int m_futureLine = 0; // the line of the last `from __future__` import opening the file
};

} // namespace

std::optional<Diagnostic> checkModule(const Module& module, const TokenStream& stream,
                                      ErrorSpanEnd& end) {
    return Checker(stream).run(module, end);
}

} // namespace memstep::core::syntax
