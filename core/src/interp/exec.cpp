// Statements: the step each one reports and what it runs (expressions are in eval.cpp; try,
// raise, with, import and class statements in their own files).
#include "interp/interpreter.h"

namespace memstep::core::interp {

using namespace syntax;

Flow Interpreter::execBlock(const StmtList& body, Frame& f) {
    // The enclosing statement is running again once the block ends (a loop's next item).
    const Stmt* enclosing = f.stmt;
    for (const StmtPtr& s : body) {
        f.stmt = s.get();
        Flow flow = exec(*s, f);
        if (flow != Flow::Normal) {
            f.stmt = enclosing;
            return flow;
        }
    }
    f.stmt = enclosing;
    return Flow::Normal;
}

Flow Interpreter::exec(const Stmt& s, Frame& f) {
    bool single = s.endLine <= s.line;
    switch (s.kind) {
    case StmtKind::ExprStmt: {
        if (&s == f.code->docstring)
            return Flow::Normal; // a constant of the function's code, never run
        if (single && !mark(f, s.line))
            return failed(f);
        ObjRef v = eval(*s.as<ExprStmt>().value, f);
        if (!v || (f.display && !displayValue(std::move(v))))
            return failed(f);
        return Flow::Normal;
    }
    case StmtKind::Assign: {
        if (single && !mark(f, s.line))
            return failed(f);
        auto& a = s.as<Assign>();
        ObjRef v = eval(*a.value, f);
        if (!v)
            return failed(f);
        for (const ExprPtr& t : a.targets)
            if (!assign(*t, v, f))
                return failed(f);
        return Flow::Normal;
    }
    case StmtKind::AnnAssign:
        return execAnnAssign(s.as<AnnAssign>(), single, f);
    case StmtKind::AugAssign:
        if (single && !mark(f, s.line))
            return failed(f);
        return execAugAssign(s.as<AugAssign>(), f);
    case StmtKind::If:
        return execIf(s, f);
    case StmtKind::While:
        return execWhile(s, f);
    case StmtKind::For:
        return execFor(s, f);
    case StmtKind::Pass:
        if (!mark(f, s.line))
            return failed(f);
        return Flow::Normal;
    case StmtKind::Break:
        if (!mark(f, s.line))
            return failed(f);
        return Flow::Break;
    case StmtKind::Continue:
        if (!mark(f, s.line))
            return failed(f);
        return Flow::Continue;
    case StmtKind::Return: {
        if (single && !mark(f, s.line))
            return failed(f);
        auto& r = s.as<Return>();
        if (r.value) {
            ObjRef v = eval(*r.value, f);
            // RETURN_VALUE is on the statement's line: a value over several lines steps
            // back to the `return` once it is made.
            if (!v || !mark(f, s.line))
                return failed(f);
            f.returnValue = std::move(v);
        } else {
            f.returnValue = none();
        }
        return Flow::Return;
    }
    case StmtKind::Delete: {
        if (single && !mark(f, s.line))
            return failed(f);
        for (const ExprPtr& t : s.as<Delete>().targets)
            if (!del(*t, f))
                return failed(f);
        return Flow::Normal;
    }
    case StmtKind::FunctionDef:
        return execFunctionDef(s, f);
    case StmtKind::ClassDef:
        return execClassDef(s.as<ClassDef>(), f);
    case StmtKind::Assert:
        if (single && !mark(f, s.line))
            return failed(f);
        return execAssert(s.as<Assert>(), f);
    case StmtKind::Global:
    case StmtKind::Nonlocal:
        return Flow::Normal;
    case StmtKind::Import:
    case StmtKind::ImportFrom:
        if (!mark(f, s.line))
            return failed(f);
        if (!execImport(s, f))
            return failed(f);
        return Flow::Normal;
    case StmtKind::Try:
        return execTry(s.as<Try>(), f);
    case StmtKind::With:
        return execWith(s.as<With>(), f);
    case StmtKind::Match:
        return execMatch(s.as<Match>(), f);
    case StmtKind::Raise:
        if (single && !mark(f, s.line))
            return failed(f);
        return execRaise(s.as<Raise>(), f);
    default:
        abort(kUnsupported,
              "this statement is not supported yet (line " + std::to_string(s.line) + ")");
        return Flow::Raise;
    }
}

Flow Interpreter::execIf(const Stmt& s, Frame& f) {
    auto& i = s.as<If>();
    // `if (` with its test on the lines below: nothing runs on the `if` line until the
    // test's first jump.
    int jumpLine = s.line;
    int truth = conditionTruth(*i.test, f, jumpLine);
    if (truth < 0)
        return failed(f);
    return execBlock(truth ? i.body : i.orElse, f);
}

Flow Interpreter::execAugAssign(const AugAssign& a, Frame& f) {
    // Loading and storing the target are the target's instructions, the operation is the
    // statement's: where the traceback's markers point.
    auto targetFailed = [&]() {
        f.failAt(*a.target);
        return failed(f);
    };
    if (a.target->kind == ExprKind::Name) {
        auto& n = a.target->as<Name>();
        if (!mark(f, a.target->line))
            return failed(f);
        ObjRef cur = loadName(n, f);
        if (!cur)
            return targetFailed();
        ObjRef v = eval(*a.value, f);
        if (!v || !mark(f, a.line)) // the in-place operation is on the statement's line
            return failed(f);
        ObjRef r = binary(a.op, cur.get(), v.get(), true);
        if (!r)
            return failed(f);
        cur = nullptr;
        if (!storeName(n, std::move(r), f))
            return targetFailed();
        return Flow::Normal;
    }
    if (a.target->kind == ExprKind::Subscript) {
        auto& sub = a.target->as<Subscript>();
        ObjRef obj = eval(*sub.value, f);
        if (!obj)
            return failed(f);
        ObjRef key = eval(*sub.slice, f);
        if (!key || !mark(f, a.target->line)) // BINARY_SUBSCR: the subscript's first line
            return failed(f);
        ObjRef cur = subscript(obj.get(), key.get());
        if (!cur)
            return targetFailed();
        ObjRef v = eval(*a.value, f);
        if (!v || !mark(f, a.line)) // the in-place operation is on the statement's line
            return failed(f);
        ObjRef r = binary(a.op, cur.get(), v.get(), true);
        if (!r)
            return failed(f);
        if (!storeSubscript(obj.get(), key.get(), std::move(r)))
            return targetFailed();
        return Flow::Normal;
    }
    if (a.target->kind == ExprKind::Attribute) {
        // `self.count += 1` reads through the class and writes to the instance: the
        // lesson of class attributes being shadowed.
        auto& at = a.target->as<Attribute>();
        ObjRef obj = eval(*at.value, f);
        if (!obj || !mark(f, a.target->endLine)) // LOAD_ATTR: the attribute's last line
            return failed(f);
        ObjRef cur = getAttr(obj.get(), at.attr);
        if (!cur)
            return targetFailed();
        ObjRef v = eval(*a.value, f);
        if (!v || !mark(f, a.line)) // the in-place operation is on the statement's line
            return failed(f);
        ObjRef r = binary(a.op, cur.get(), v.get(), true);
        if (!r)
            return failed(f);
        cur = nullptr;
        if (!mark(f, a.target->endLine))
            return failed(f);
        if (!setAttr(obj.get(), at.attr, std::move(r)))
            return targetFailed();
        return Flow::Normal;
    }
    raise("SyntaxError", "illegal expression for augmented assignment");
    return failed(f);
}

Flow Interpreter::execWhile(const Stmt& s, Frame& f) {
    auto& w = s.as<While>();
    while (true) {
        int jumpLine = s.line;
        int truth = conditionTruth(*w.test, f, jumpLine);
        if (truth < 0)
            return failed(f);
        if (!truth)
            break;
        Flow flow = execBlock(w.body, f);
        if (flow == Flow::Break)
            return Flow::Normal;
        if (flow == Flow::Continue)
            continue;
        if (flow != Flow::Normal)
            return flow;
    }
    return execBlock(w.orElse, f);
}

Flow Interpreter::execFor(const Stmt& s, Frame& f) {
    auto& fo = s.as<For>();
    if (!mark(f, s.line))
        return failed(f);
    ObjRef source = eval(*fo.iter, f);
    if (!source)
        return failed(f);
    ObjRef it = iter(source.get());
    if (!it)
        return failed(f);
    source = nullptr;
    bool first = true;
    while (true) {
        if (!first && !mark(f, s.line, true))
            return failed(f);
        first = false;
        ObjRef endedBy;
        ObjRef item = nextEnding(it.get(), endedBy);
        if (!item) {
            if (hasException())
                return failed(f);
            // CPython's FOR_ITER reports the StopIteration a __next__ raised.
            if (endedBy)
                reportEndedBy(f, endedBy.get());
            // CPython reports the StopIteration a generator's `return value` raises into
            // the loop (a plain `return` raises none).
            ObjRef value = takeGeneratorReturn(it.get());
            if (value && value->tag != rt::Tag::None)
                reportStopIteration(f, value.get());
            break;
        }
        if (!assign(*fo.target, std::move(item), f))
            return failed(f);
        Flow flow = execBlock(fo.body, f);
        if (flow == Flow::Break)
            return Flow::Normal;
        if (flow == Flow::Continue)
            continue;
        if (flow != Flow::Normal)
            return flow;
    }
    return execBlock(fo.orElse, f);
}

Flow Interpreter::execFunctionDef(const Stmt& s, Frame& f) {
    auto& d = s.as<FunctionDef>();
    // Decorators are evaluated first, each on its own line, then the def line runs.
    std::vector<ObjRef> decorators;
    if (!evalDecorators(d.decorators, f, decorators))
        return failed(f);
    auto it = functionCodes.find(&d.body);
    if (it == functionCodes.end()) {
        raise("SystemError", "unresolved function");
        return failed(f);
    }
    ObjRef fn = makeFunction(it->second, d.args, f, s.line);
    if (!fn || !makeAnnotations(static_cast<rt::FunctionObject*>(fn.get()), d, f))
        return failed(f);
    if (!decorators.empty()) {
        fn = applyDecorators(d.decorators, decorators, std::move(fn), f);
        if (!fn)
            return failed(f);
        if (!mark(f, s.line))
            return failed(f); // the name is stored on the def line
    }
    return bindDefinition(f, d.boundName, std::move(fn)) ? Flow::Normal : failed(f);
}

namespace {

// Where CPython 3.11's AssertionError points: the last comparison its jump over the raise
// tests (its position stays in place for the raise), else the statement (null).
const Expr* assertionAt(const Expr& test) {
    switch (test.kind) {
    case ExprKind::Compare:
        return &test;
    case ExprKind::UnaryOp:
        return test.as<UnaryOp>().op == UnaryOperator::Not
                   ? assertionAt(*test.as<UnaryOp>().operand)
                   : nullptr;
    case ExprKind::BoolOp: {
        const Expr* at = nullptr;
        for (const ExprPtr& v : test.as<BoolOp>().values)
            if (const Expr* inner = assertionAt(*v))
                at = inner;
        return at;
    }
    case ExprKind::IfExp: {
        auto& i = test.as<IfExp>();
        const Expr* at = nullptr;
        for (const Expr* part : {i.test.get(), i.body.get(), i.orElse.get()})
            if (const Expr* inner = assertionAt(*part))
                at = inner;
        return at;
    }
    default:
        return nullptr;
    }
}

} // namespace

Flow Interpreter::execAssert(const Assert& a, Frame& f) {
    int jumpLine = f.stmt ? f.stmt->line : f.line; // the assert statement's
    int truth = conditionTruth(*a.test, f, jumpLine);
    if (truth < 0)
        return failed(f);
    if (!truth) {
        // AssertionError(msg): the message object itself is the exception's argument.
        auto* e = m_heap->make<rt::ExceptionObject>();
        ObjRef exc(e);
        e->type = exceptionType("AssertionError");
        if (a.msg) {
            ObjRef m = eval(*a.msg, f);
            if (!m)
                return failed(f);
            auto text = str(m.get());
            if (!text)
                return failed(f);
            e->message = *text;
            e->args.push_back(std::move(m));
        }
        raiseObject(std::move(exc));
        if (const Expr* at = assertionAt(*a.test))
            f.failAt(*at);
        return failed(f);
    }
    return Flow::Normal;
}

} // namespace memstep::core::interp
