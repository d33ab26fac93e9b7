// `with` statements: a context manager's __enter__ and __exit__ run as ordinary Python calls,
// so their frames and steps appear exactly where CPython 3.11's sys.settrace reports them.
//
// `with a as x, b as y:` runs as `with a as x:` around `with b as y:`, as CPython compiles it.
// The steps follow the compiled code: however the body ends (normally, by an exception, by
// return/break/continue), the `with` line is reported again before __exit__ is called (a
// 'line' step only when the frame's line changes, as for any other line); an exception that
// __exit__ does not suppress is re-raised without a new 'exception' step and the frame goes
// back to the line that raised it, where CPython's RERAISE puts it.
//
// __exit__ receives (type, value, traceback) for an exception. The traceback is an opaque
// object of type `traceback`: the heap-graph contract follows none of its fields, and the
// diagram shows it as a box of that type, one per exception and depth, so `tb is
// e.__traceback__` holds as in CPython. Its attributes (tb_frame, tb_lineno, tb_next) would
// need real frame objects: reading them is refused as Unsupported rather than faked.
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"

namespace memstep::core::interp {

using namespace syntax;

ObjRef Interpreter::tracebackObject(rt::ExceptionObject* e) {
    if (e->traceback.empty())
        return none();
    // Each frame an exception passes through adds a traceback entry in CPython, a new
    // object heading the chain: one object per depth reached.
    if (!e->tracebackObject || e->tracebackDepth != e->traceback.size()) {
        if (!m_tracebackType)
            m_tracebackType = addType("traceback", rt::Tag::Instance, nullptr);
        auto* tb = m_heap->make<rt::InstanceObject>();
        tb->cls = m_tracebackType;
        e->tracebackObject = ObjRef(tb);
        e->tracebackDepth = e->traceback.size();
    }
    return e->tracebackObject;
}

bool Interpreter::isTraceback(const Object* o) const {
    return m_tracebackType && o->tag == rt::Tag::Instance &&
           static_cast<const rt::InstanceObject*>(o)->cls == m_tracebackType;
}

Flow Interpreter::execWith(const With& w, Frame& f) {
    if (!mark(f, w.line)) {
        reportException(f);
        return Flow::Raise;
    }
    return withItem(w, 0, f);
}

Flow Interpreter::withItem(const With& w, std::size_t index, Frame& f) {
    auto fail = [&]() {
        reportException(f);
        return Flow::Raise;
    };
    if (index == w.items.size())
        return execBlock(w.body, f);
    const WithItem& item = w.items[index];
    ObjRef manager = eval(*item.contextExpr, f);
    if (!manager)
        return fail();

    // CPython's BEFORE_WITH looks both methods up on the type, __enter__ first, and fails
    // before calling either.
    rt::TypeObject* type = typeOf(manager.get());
    bool user = isUserObject(manager.get());
    if (!user || !lookupInType(type, "__enter__")) {
        raise("TypeError",
              "'" + type->name + "' object does not support the context manager protocol");
        return fail();
    }
    if (!lookupInType(type, "__exit__")) {
        raise(
            "TypeError",
            "'" + type->name +
                "' object does not support the context manager protocol (missed __exit__ method)");
        return fail();
    }
    bool found = false;
    ObjRef entered = callDunder(manager.get(), "__enter__", {}, &found);
    if (!entered)
        return fail();

    // The `as` target is stored inside the protected block: a failing store reaches __exit__.
    Flow flow = Flow::Normal;
    if (item.optionalVars && !assign(*item.optionalVars, std::move(entered), f)) {
        reportException(f);
        flow = Flow::Raise;
    }
    if (flow == Flow::Normal)
        flow = withItem(w, index + 1, f);
    if (m_abort)
        return flow;

    if (flow != Flow::Raise) {
        if (!mark(f, w.line))
            return fail();
        ObjRef result = callDunder(manager.get(), "__exit__", {none(), none(), none()}, &found);
        if (!result)
            return fail();
        return flow;
    }

    // The body raised: __exit__ runs while the exception is being handled (so one it raises
    // itself gets it as __context__), and a true result swallows it.
    ObjRef exc = m_exception;
    int raisedLine = f.line;
    clearException();
    f.exceptionReported = false;
    auto* e = static_cast<rt::ExceptionObject*>(exc.get());
    ObjRef result;
    // CPython reports the `with` line before it starts handling the exception.
    bool marked = mark(f, w.line);
    m_handling.push_back(exc);
    if (marked)
        result = callDunder(manager.get(), "__exit__", {ObjRef(e->type), exc, tracebackObject(e)},
                            &found);
    int suppress = result ? truthy(result.get()) : -1;
    if (suppress < 0) {
        // The frame's 'exception' step for what __exit__ raised comes while still handling.
        Flow failed = fail();
        m_handling.pop_back();
        return failed;
    }
    m_handling.pop_back();
    if (suppress)
        return Flow::Normal;
    m_exception = std::move(exc);
    f.exceptionReported = true;
    f.line = raisedLine;
    return Flow::Raise;
}

} // namespace memstep::core::interp
