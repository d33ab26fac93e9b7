// Generators and generator expressions: what a suspended body keeps between two next() calls.
//
// A generator's frame outlives every call that resumes it, so it lives here on the heap (not
// on the C++ stack like an ordinary call's Frame) together with the coroutine whose native
// stack holds the evaluator's half-finished recursion (coroutine.h). The trace sees the frame
// only while it runs: resuming it pushes the frame (a `call` step, its variables bound again)
// and each `yield` pops it (a `return` step with the yielded value), exactly as sys.settrace
// reports a generator in CPython 3.11. The frame keeps one FrameId for its whole life.
// A generator dropped half-way is closed silently (GeneratorExit at its `yield`) so that the
// objects its stack still refers to are released; nothing of that is traced, as the reference
// tracer keeps every generator it has shown alive until the program ends.
#pragma once

#include "interp/generators/coroutine.h"
#include "interp/interpreter.h"

#include <memory>
#include <vector>

namespace memstep::core::interp {

struct GeneratorState final : rt::GeneratorHandle {
    enum class Status : std::uint8_t { Created, Suspended, Running, Done };

    explicit GeneratorState(Interpreter& in) : interp(&in) {}
    ~GeneratorState() override;
    void dropReferences() override;
    static void body(void* self); // the coroutine's entry point

    Interpreter* interp;
    Frame frame;
    rt::IteratorObject* self = nullptr;       // the generator object that owns this state
    ObjRef function;                          // keeps the code's defaults and closure alive
    const syntax::Expr* expression = nullptr; // a generator expression's node (else a def)
    // A generator expression of text run at run time (snippets.cpp): its globals; else null.
    std::shared_ptr<Interpreter::Namespace> snippetGlobals;
    ObjRef firstIterator; // genexpr: iter() of its first `for`, made eagerly
    FrameId outerId;      // genexpr: the frame it reads names from
    const CodeInfo* outerCode = nullptr;
    Status status = Status::Created;
    std::unique_ptr<Coroutine> coroutine;
    ObjRef transfer;    // in: the value sent; out: the value yielded
    ObjRef returnValue; // once finished normally: StopIteration's value
    bool yielded = false;
    bool closing = false; // dropped: GeneratorExit at its `yield`, nothing traced
    // gen.throw()/gen.close(): the exception to raise where the body is paused (or at its
    // first line when it has not started), as CPython's _gen_throw does.
    ObjRef thrown;
    // While paused in `yield from`: the iterator it delegates to.
    ObjRef delegate;
    // Resumed because a throw() passed to the delegate made it finish: the value `transfer`
    // carries is the `yield from` expression's result, not a value sent to the delegate.
    bool delegateFinished = false;
    // The exceptions its own except/finally blocks were handling when it stopped at a
    // `yield`: CPython keeps them with the generator (gi_exc_state), not with its caller.
    std::vector<ObjRef> handling;
    // Its frame is in the trace's `suspended` list (paused while the diagram shows `self`).
    bool listed = false;
    bool dropped = false; // dropPausedFrame: its frame leaves the trace, not kept paused
    int nativeDepth = 0;  // the evaluator's depth on this stack while suspended
};

// CPython's gen_close marks a generator paused in `yield from` as running while it closes the
// generator it delegates to: its frame is then neither on the stack nor paused, so it leaves
// the trace's `suspended` frames (its generator shows no frame) until the GeneratorExit
// thrown in after brings it back, its variables bound again (yield_from.cpp).
void dropPausedFrame(Interpreter& in, GeneratorState& g);

// An exception leaves the body of comprehension `e` (its frame cf): the traceback gets the
// comprehension's own entry, "<listcomp>", "<genexpr>"..., as CPython's frame adds one
// (comprehensions.cpp).
void comprehensionEntry(Interpreter& in, Frame& cf, const syntax::Expr& e);

} // namespace memstep::core::interp
