// Generators, generator expressions and the lazy builtin iterators.
#include "interp/generators/generator.h"

#include "interp/generators/globals_scope.h"
#include "interp/tracing/tracer.h"

#include <algorithm>

namespace memstep::core::interp {

using namespace syntax;

namespace {

// A dropped generator that keeps yielding while it is being closed is given up after this.
constexpr int kMaxCloseAttempts = 8;
// What a started generator costs against RunLimits::maxHeapBytes: the part of its native
// stack a suspended body typically touches.
constexpr std::uint32_t kStartedGeneratorBytes = 16u << 10;

const CodeInfo* codeOf(const ScopeInfo& scope) {
    return static_cast<const CodeInfo*>(scope.extra.get());
}

// PEP 479: a StopIteration leaving a generator's body would end the caller's loop silently,
// so CPython's gen_send_ex2 replaces it with a RuntimeError caused by it.
void stopIterationToRuntimeError(Interpreter& in) {
    Object* pending = in.pendingException();
    if (pending->tag != rt::Tag::Exception)
        return;
    auto* stop = static_cast<rt::ExceptionObject*>(pending);
    if (!in.isSubtype(stop->type, in.exceptionType("StopIteration")))
        return;
    ObjRef cause(pending);
    in.clearException();
    in.raise("RuntimeError", "generator raised StopIteration");
    auto* e = static_cast<rt::ExceptionObject*>(in.pendingException());
    e->cause = cause;
    e->context = cause;
    e->suppressContext = true;
}

} // namespace

GeneratorState::~GeneratorState() {
    if (status == Status::Suspended && interp)
        interp->closeGenerator(*this);
    if (interp) {
        auto& live = interp->m_generators;
        live.erase(std::remove(live.begin(), live.end(), this), live.end());
        auto& reading = interp->m_genexpsReading;
        reading.erase(std::remove(reading.begin(), reading.end(), this), reading.end());
    }
}

void GeneratorState::dropReferences() {
    // Heap teardown: the interpreter is gone, so a body still suspended cannot be unwound.
    interp = nullptr;
    frame.locals.clear();
    frame.cells.clear();
    frame.returnValue = nullptr;
    frame.outer = nullptr;
    frame.keptOuter = nullptr; // what it read of a scope that ended goes with it
    function = nullptr;
    firstIterator = nullptr;
    transfer = nullptr;
    returnValue = nullptr;
    thrown = nullptr;
    delegate = nullptr;
    handling.clear();
    snippetGlobals = nullptr;
}

void GeneratorState::body(void* self) {
    auto* g = static_cast<GeneratorState*>(self);
    g->interp->runGeneratorBody(*g);
}

void Interpreter::runGeneratorBody(GeneratorState& g) {
    if (g.thrown) {
        // Thrown into before it started: CPython 3.11 runs the frame, which raises at once.
        g.frame.line = g.frame.code->firstLine;
        raiseObject(std::move(g.thrown));
        if (g.expression)
            comprehensionEntry(*this, g.frame, *g.expression);
        reportException(g.frame);
        return;
    }
    if (g.expression) {
        const auto& gens = g.expression->as<GeneratorExp>().generators;
        if (compGenerate(*g.expression, gens, 0, g.frame, nullptr, g.firstIterator.get()))
            g.returnValue = none();
        else
            comprehensionEntry(*this, g.frame, *g.expression);
        return;
    }
    if (const Expr* body = g.frame.code->lambdaBody) { // a lambda that yields: as runFrame
        ObjRef result;
        if (mark(g.frame, body->line))
            result = eval(*body, g.frame);
        if (result)
            g.returnValue = std::move(result);
        else
            reportException(g.frame);
        return;
    }
    Flow flow = execBlock(*g.frame.code->body, g.frame);
    if (flow != Flow::Raise)
        g.returnValue = g.frame.returnValue ? g.frame.returnValue : none();
}

ObjRef Interpreter::makeGenerator(rt::FunctionObject* fn, rt::CallArgs& args) {
    auto state = std::make_unique<GeneratorState>(*this);
    Frame& frame = state->frame;
    if (!prepareFrame(fn, args, frame))
        return nullptr;
    state->function = ObjRef(fn);
    return wrapGenerator(std::move(state));
}

ObjRef Interpreter::wrapGenerator(std::unique_ptr<GeneratorState> state) {
    auto* it = m_heap->make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = rt::IteratorObject::Kind::Generator;
    it->typeName = "generator";
    state->self = it;
    it->generator = std::move(state);
    return out;
}

ObjRef Interpreter::makeGeneratorExpression(const Expr& e, Frame& f) {
    auto& ge = e.as<GeneratorExp>();
    // CPython evaluates the first iterable, and calls iter() on it, where the expression is:
    // on the expression's first line before and after the iterable's own lines.
    if (!mark(f, e.line))
        return nullptr;
    ObjRef source = eval(*ge.generators[0].iter, f);
    if (!source || !mark(f, e.line))
        return nullptr;
    ObjRef first = iter(source.get());
    if (!first)
        return nullptr;
    const CodeInfo* code = codeOf(ge.scope);
    auto state = std::make_unique<GeneratorState>(*this);
    Frame& cf = state->frame;
    cf.code = code;
    cf.locals.resize(code->slotNames.size());
    cf.outer = &f;
    cf.traced = f.traced;
    cf.id = f.id;
    state->expression = &e;
    state->firstIterator = std::move(first);
    state->outerId = f.id;
    state->outerCode = f.code;
    if (m_outsideGlobals) // made by text run at run time: its body reads the text's globals
        state->snippetGlobals = m_activeSnippet;
    if (code->readsEnclosing) {
        // It may outlive every frame of its chain: each copies what it reads when it ends.
        markReadByGenexp(f);
        m_genexpsReading.push_back(state.get());
    }
    return wrapGenerator(std::move(state));
}

bool Interpreter::enclosingAlive(const GeneratorState& g) const {
    if (!g.frame.code->readsEnclosing)
        return true;
    const Frame* outer = g.frame.outer;
    if (outer == g.frame.keptOuter.get()) // what it reads of a scope that has ended
        return true;
    for (const Frame* f : m_frames)
        if (f == outer && f->id == g.outerId && f->code == g.outerCode)
            return true;
    for (const Frame* f : m_comprehensionFrames)
        if (f == outer && f->code == g.outerCode)
            return true;
    for (const GeneratorState* s : m_generators)
        if (&s->frame == outer && s->frame.code == g.outerCode)
            return true;
    for (const GeneratorState* s : m_runningGenerators)
        if (&s->frame == outer && s->frame.code == g.outerCode)
            return true;
    return false;
}

ObjRef Interpreter::resumeGenerator(rt::IteratorObject* it, ObjRef sent) {
    auto* g = static_cast<GeneratorState*>(it->generator.get());
    if (!g || g->status == GeneratorState::Status::Done)
        return nullptr;
    if (g->status == GeneratorState::Status::Running)
        return raise("ValueError", "generator already executing");
    if (g->status == GeneratorState::Status::Created && sent && sent->tag != rt::Tag::None)
        return raise("TypeError", "can't send non-None value to a just-started generator");
    if (g->expression && !enclosingAlive(*g)) {
        int line = m_frames.empty() ? 0 : m_frames.back()->line;
        abort(kUnsupported, "a generator expression (made on line " +
                                std::to_string(g->expression->line) +
                                ") used after the function whose variables it reads has returned "
                                "is not supported yet (line " +
                                std::to_string(line) + ")");
        return nullptr;
    }
    ObjRef keep(it); // the body may drop the last other reference to its own generator
    bool started = g->coroutine != nullptr;
    ObjRef out = runGenerator(*g, std::move(sent), g->expression == nullptr && !m_quiet);
    if (!started && g->coroutine)
        m_heap->recharge(it, kStartedGeneratorBytes);
    if (started && !g->coroutine)
        m_heap->recharge(it, -static_cast<std::int64_t>(kStartedGeneratorBytes));
    if (m_abort)
        return nullptr;
    return out;
}

ObjRef Interpreter::runGenerator(GeneratorState& g, ObjRef sent, bool traced) {
    Frame& frame = g.frame;
    const CodeInfo* code = frame.code;
    // CPython links the generator's own exc_info on top before its 'call' event.
    const std::size_t handlingBase = m_handling.size();
    m_handling.insert(m_handling.end(), g.handling.begin(), g.handling.end());
    g.handling.clear();
    if (traced) {
        if (m_depth >= m_recursionLimit) {
            g.handling.assign(m_handling.begin() + static_cast<std::ptrdiff_t>(handlingBase),
                              m_handling.end());
            m_handling.resize(handlingBase);
            return raise("RecursionError", "maximum recursion depth exceeded");
        }
        showPausedFrame(g, true);
        frame.exceptionReported = false;
        int line = g.status == GeneratorState::Status::Created ? code->firstLine : frame.line;
        // Resumed past its `yield from` (a throw made the delegate finish), CPython's frame
        // skips the RESUME that reports the `call`.
        if (!g.delegateFinished && !step(frame, StepKind::Call, line)) {
            m_frames.pop_back();
            --m_depth;
            g.handling.assign(m_handling.begin() + static_cast<std::ptrdiff_t>(handlingBase),
                              m_handling.end());
            m_handling.resize(handlingBase);
            return nullptr;
        }
    }
    if (!g.coroutine) {
        g.coroutine = std::make_unique<Coroutine>(&GeneratorState::body, &g, m_stackPool);
        g.nativeDepth = 0; // a stack of its own: the body gets the whole nesting budget
        m_generators.push_back(&g);
    }
    g.transfer = sent ? std::move(sent) : none();
    g.status = GeneratorState::Status::Running;
    g.yielded = false;
    m_runningGenerators.push_back(&g);
    int outerDepth = m_nativeDepth;
    const char* outerFloor = m_stackFloor;
    m_nativeDepth = g.nativeDepth;
    GeneratorGlobalsScope globals(*this, g.snippetGlobals.get()); // snippets.cpp
    // The body's own loops end on their own StopIterations, never on its caller's.
    ObjRef* outerSink = m_endSink;
    m_endSink = nullptr;
    bool ran = g.coroutine->prepare();
    if (ran) {
        m_stackFloor = g.coroutine->stackFloor();
        ran = g.coroutine->resume();
    }
    m_endSink = outerSink;
    g.nativeDepth = m_nativeDepth;
    m_nativeDepth = outerDepth;
    m_stackFloor = outerFloor;
    m_runningGenerators.pop_back();
    ObjRef out;
    if (!ran) {
        raise("MemoryError", "");
        g.status = GeneratorState::Status::Done;
    } else if (g.yielded) {
        g.status = GeneratorState::Status::Suspended;
        out = std::move(g.transfer);
    } else {
        g.status = GeneratorState::Status::Done;
    }
    if (traced) {
        if (!m_abort) {
            Object* shown = out ? out.get() : (g.returnValue ? g.returnValue.get() : none().get());
            m_yieldStep = g.status == GeneratorState::Status::Suspended;
            step(frame, StepKind::Return, frame.line, shown);
            m_yieldStep = false;
            if (m_tracer) {
                // Paused while the diagram shows the generator: its frame is kept, listed in
                // the trace's `suspended` frames and named by the generator's `frame`.
                const bool keep =
                    g.status == GeneratorState::Status::Suspended && Tracer::visible(g.self);
                m_tracer->framePop(frame, shown, keep ? g.self : nullptr);
                if (keep) {
                    g.listed = true;
                    m_tracer->replaced(g.self);
                }
            }
        }
        m_frames.pop_back();
        --m_depth;
    }
    if (m_handling.size() > handlingBase) {
        if (g.status == GeneratorState::Status::Suspended)
            g.handling.assign(m_handling.begin() + static_cast<std::ptrdiff_t>(handlingBase),
                              m_handling.end());
        m_handling.resize(handlingBase);
    }
    if (g.status == GeneratorState::Status::Done && m_exception && !m_abort)
        stopIterationToRuntimeError(*this);
    if (g.status == GeneratorState::Status::Done) {
        // CPython clears a finished generator's frame: its variables let go of their objects.
        g.coroutine.reset();
        m_generators.erase(std::remove(m_generators.begin(), m_generators.end(), &g),
                           m_generators.end());
        if (frame.readByGenexp)
            keepReadByGenexps(frame);
        frame.locals.clear();
        frame.cells.clear();
        g.firstIterator = nullptr;
        g.function = nullptr;
    }
    return out;
}

ObjRef Interpreter::yieldValue(ObjRef value) {
    if (m_runningGenerators.empty())
        return raise("SystemError", "yield outside a running generator");
    GeneratorState* g = m_runningGenerators.back();
    g->transfer = std::move(value);
    g->yielded = true;
    g->coroutine->suspend();
    g->yielded = false;
    if (g->closing)
        return raise("GeneratorExit", "");
    if (g->thrown)
        return raiseObject(std::move(g->thrown));
    ObjRef sent = std::move(g->transfer);
    return sent ? sent : none();
}

ObjRef Interpreter::raiseStopIteration(ObjRef value) {
    if (!value || value->tag == rt::Tag::None)
        return raise("StopIteration", "");
    rt::CallArgs exc;
    exc.positional.push_back(std::move(value));
    ObjRef type(exceptionType("StopIteration"));
    ObjRef e = call(type.get(), exc);
    if (!e)
        return nullptr;
    return raiseObject(std::move(e));
}

ObjRef Interpreter::takeGeneratorReturn(Object* iterator) {
    if (iterator->tag != rt::Tag::Iterator)
        return nullptr;
    auto* it = static_cast<rt::IteratorObject*>(iterator);
    if (it->kind != rt::IteratorObject::Kind::Generator || !it->generator)
        return nullptr;
    auto* g = static_cast<GeneratorState*>(it->generator.get());
    return std::move(g->returnValue);
}

void Interpreter::closeGenerator(GeneratorState& g) {
    if (g.status != GeneratorState::Status::Suspended || !g.coroutine)
        return;
    ObjRef pending = std::move(m_exception);
    g.closing = true;
    // CPython closes a generator the moment its last reference goes. The reference tracer
    // keeps every generator it has shown alive, so only one the diagram never showed is
    // closed visibly: `call`, `exception` GeneratorExit and `return` steps of its frame.
    bool traced = !g.expression && g.self && g.self->id == 0 && m_tracer && !m_quiet && !m_abort &&
                  !m_frames.empty();
    if (traced) {
        // gen_close: one paused in `yield from` another generator closes that one first
        // (gen_close_iter), itself counted as running and off the stack meanwhile; only then
        // is GeneratorExit raised where it is paused. So the innermost frame's steps come
        // first, then each delegating frame's on the way out.
        auto* inner = g.delegate && g.delegate->tag == rt::Tag::Iterator
                          ? static_cast<rt::IteratorObject*>(g.delegate.get())
                          : nullptr;
        if (inner && inner->kind == rt::IteratorObject::Kind::Generator && inner->generator) {
            ObjRef keep = g.delegate;
            g.status = GeneratorState::Status::Running;
            closeGenerator(*static_cast<GeneratorState*>(inner->generator.get()));
            g.status = GeneratorState::Status::Suspended;
        }
        runGenerator(g, nullptr, true);
        m_exception = nullptr;
    }
    ++m_quiet;
    std::unique_ptr<Tracer> tracer = std::move(m_tracer);
    for (int attempt = 0;
         attempt < kMaxCloseAttempts && g.status == GeneratorState::Status::Suspended; ++attempt) {
        runGenerator(g, nullptr, false);
        m_exception = nullptr; // GeneratorExit (or whatever the body raised while closing)
    }
    m_tracer = std::move(tracer);
    --m_quiet;
    // A body that keeps yielding is dropped with its stack; what that stack held stays alive
    // until the heap's teardown.
    g.coroutine.reset();
    g.status = GeneratorState::Status::Done;
    if (g.frame.readByGenexp)
        keepReadByGenexps(g.frame);
    g.frame.locals.clear();
    g.frame.cells.clear();
    g.transfer = nullptr;
    m_generators.erase(std::remove(m_generators.begin(), m_generators.end(), &g),
                       m_generators.end());
    m_exception = std::move(pending);
}

void Interpreter::reportStopIteration(Frame& f, Object* value) {
    if (f.traced != &f || m_quiet)
        return;
    auto* e = m_heap->make<rt::ExceptionObject>();
    ObjRef exc(e);
    e->type = exceptionType("StopIteration");
    e->args.push_back(ObjRef(value));
    auto text = str(value);
    if (!text)
        return;
    e->message = *text;
    ObjRef saved = std::move(m_exception);
    m_exception = exc;
    if (m_tracer)
        m_tracer->raise(e->type->name, e->message, e);
    step(f, StepKind::Exception, f.line);
    m_exception = std::move(saved);
}

static ObjRef generatorSend(Interpreter& in, Object* self, rt::CallArgs& args) {
    auto* it = static_cast<rt::IteratorObject*>(self);
    if (it->kind != rt::IteratorObject::Kind::Generator)
        return in.raise("AttributeError",
                        "'" + std::string(in.typeName(self)) + "' object has no attribute 'send'");
    if (!args.keywords.empty())
        return in.raise("TypeError", "generator.send() takes no keyword arguments");
    if (args.positional.size() != 1)
        return in.raise("TypeError", "generator.send() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    ObjRef v = in.resumeGenerator(it, args.positional[0]);
    if (v || in.hasException() || in.aborted())
        return v;
    return in.raiseStopIteration(in.takeGeneratorReturn(it));
}

namespace {

rt::IteratorObject* generatorOf(Interpreter& in, Object* self, const char* method) {
    auto* it = static_cast<rt::IteratorObject*>(self);
    if (it->kind == rt::IteratorObject::Kind::Generator)
        return it;
    in.raise("AttributeError",
             "'" + std::string(in.typeName(self)) + "' object has no attribute '" + method + "'");
    return nullptr;
}

bool isExceptionClass(Object* o) {
    return o->tag == rt::Tag::Type && static_cast<rt::TypeObject*>(o)->isException;
}

// gen.throw's arguments made into the exception to raise, as CPython's _gen_throw and
// _PyErr_NormalizeException do: an instance alone, or a class with its value (an instance
// of the class itself, a tuple of arguments, one argument or None).
ObjRef thrownException(Interpreter& in, rt::CallArgs& args) {
    const std::size_t n = args.positional.size();
    if (!args.keywords.empty())
        return in.raise("TypeError", "generator.throw() takes no keyword arguments");
    if (n < 1)
        return in.raise("TypeError", "throw expected at least 1 argument, got 0");
    if (n > 3)
        return in.raise("TypeError",
                        "throw expected at most 3 arguments, got " + std::to_string(n));
    Object* type = args.positional[0].get();
    Object* value = n > 1 ? args.positional[1].get() : nullptr;
    if (value && value->tag == rt::Tag::None)
        value = nullptr;
    if (n > 2 && args.positional[2]->tag != rt::Tag::None) {
        if (in.isTraceback(args.positional[2].get()))
            return in.abortUnsupported("generator.throw() with a traceback object");
        return in.raise("TypeError", "throw() third argument must be a traceback object");
    }
    if (type->tag == rt::Tag::Exception) {
        if (value)
            return in.raise("TypeError", "instance exception may not have a separate value");
        return ObjRef(type);
    }
    if (!isExceptionClass(type))
        return in.raise("TypeError",
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not " +
                            std::string(in.typeName(type)));
    auto* cls = static_cast<rt::TypeObject*>(type);
    if (value && value->tag == rt::Tag::Exception &&
        in.isSubtype(static_cast<rt::ExceptionObject*>(value)->type, cls))
        return ObjRef(value);
    rt::CallArgs made;
    if (value && value->tag == rt::Tag::Tuple)
        made.positional = static_cast<rt::TupleObject*>(value)->items;
    else if (value)
        made.positional.push_back(ObjRef(value));
    ObjRef e = in.call(type, made);
    if (e && e->tag != rt::Tag::Exception) {
        auto r = in.repr(type); // CPython's "calling %R": <class '__main__.E'>
        if (r)
            in.raise("TypeError", "calling " + *r +
                                      " should have returned an instance of BaseException, not " +
                                      in.typeName(e.get()));
        e = nullptr;
    }
    // _gen_throw normalises the exception before it resumes the frame: an error making it is
    // what is thrown in, raised at the generator's line.
    if (!e && !in.aborted() && in.hasException()) {
        e = ObjRef(in.pendingException());
        in.clearException();
    }
    return e;
}

ObjRef throwIntoGenerator(Interpreter& in, rt::IteratorObject* it, ObjRef exception);

// CPython's gen_close_iter for a generator paused in `yield from` another generator that is
// closed (close(), or throw(GeneratorExit)): the delegate is closed first, a GeneratorExit of
// its own, while the paused one counts as running (its frame dropped from the trace); what
// that close raises (a RuntimeError if it yielded) replaces `exception`, which is then raised
// where the frame is paused. Always null: the caller raises it.
ObjRef closeDelegate(Interpreter& in, GeneratorState& g, rt::IteratorObject* inner,
                     ObjRef& exception) {
    rt::CallArgs noArgs;
    ObjRef exit = in.call(in.exceptionType("GeneratorExit"), noArgs);
    if (!exit)
        return nullptr;
    if (g.expression == nullptr && !in.isQuiet())
        dropPausedFrame(in, g);
    g.status = GeneratorState::Status::Running;
    ObjRef yielded = throwIntoGenerator(in, inner, std::move(exit));
    g.status = GeneratorState::Status::Suspended;
    if (in.aborted())
        return nullptr;
    if (yielded) {
        // CPython then drops that delegate, still paused, while the RuntimeError unwinds the
        // frame: steps memstep orders differently so far.
        in.abortUnsupported("closing a generator paused in `yield from` a generator that "
                            "ignores GeneratorExit is not supported yet");
        return nullptr;
    }
    if (in.hasException()) {
        Object* raised = in.pendingException();
        if (in.exceptionMatches(raised, in.exceptionType("GeneratorExit")) <= 0 &&
            in.exceptionMatches(raised, in.exceptionType("StopIteration")) <= 0)
            exception = ObjRef(raised);
        in.clearException();
    }
    in.takeGeneratorReturn(inner);
    return nullptr;
}

// CPython's _gen_throw for a generator paused in `yield from` another generator: the
// exception goes to that generator first, its frame shown above the paused one. What it
// yields is yielded at once (the paused frame does not run); when it finishes, its result
// resumes the frame; what it raises is raised where the frame is paused. Null with
// `handled` false: `exception` (maybe replaced) is still to be raised here.
ObjRef throwToDelegate(Interpreter& in, GeneratorState& g, ObjRef& exception, bool& handled) {
    handled = false;
    ObjRef delegate = g.delegate;
    auto* inner = delegate->tag == rt::Tag::Iterator
                      ? static_cast<rt::IteratorObject*>(delegate.get())
                      : nullptr;
    const bool isGenerator = inner && inner->kind == rt::IteratorObject::Kind::Generator;
    const bool closing =
        in.exceptionMatches(exception.get(), in.exceptionType("GeneratorExit")) == 1;
    if (closing && isGenerator)
        return closeDelegate(in, g, inner, exception);
    // Calling an object's own close or throw runs code while CPython marks the paused frame
    // as executing but off the stack, which memstep does not model for such objects yet.
    const char* method = closing ? "close" : "throw";
    if (Interpreter::isUserObject(delegate.get()) &&
        in.lookupInType(in.typeOf(delegate.get()), method)) {
        in.abortUnsupported(std::string(closing ? "closing" : "throwing into") +
                            " a generator paused in `yield from` " +
                            (isGenerator
                                 ? "another generator"
                                 : "an object with its own " + std::string(method) + " method") +
                            " is not supported");
        return nullptr;
    }
    if (!isGenerator)
        return nullptr; // raised where the frame is paused
    const bool shown = g.expression == nullptr && !in.isQuiet();
    in.showPausedFrame(g, shown);
    ObjRef out = throwIntoGenerator(in, inner, exception);
    in.hidePausedFrame(g, shown);
    if (out || in.aborted()) {
        handled = true;
        return out;
    }
    ObjRef result;
    if (!in.hasException()) {
        result = in.takeGeneratorReturn(delegate.get());
    } else {
        exception = ObjRef(in.pendingException());
        in.clearException();
        return nullptr;
    }
    handled = true;
    g.delegateFinished = true;
    ObjRef resumed = in.resumeGenerator(g.self, result ? result : in.none());
    g.delegateFinished = false;
    return resumed;
}

// Raises `exception` where the generator is paused; what it yields next, or null when it
// finished (StopIteration's value kept) or raised.
ObjRef throwIntoGenerator(Interpreter& in, rt::IteratorObject* it, ObjRef exception) {
    auto* g = static_cast<GeneratorState*>(it->generator.get());
    if (!g || g->status == GeneratorState::Status::Done)
        return in.raiseObject(std::move(exception));
    if (g->delegate && g->status == GeneratorState::Status::Suspended) {
        ObjRef keep(it);
        bool handled = false;
        ObjRef out = throwToDelegate(in, *g, exception, handled);
        if (handled || in.aborted())
            return out;
    }
    if (g->status != GeneratorState::Status::Running)
        g->thrown = std::move(exception);
    ObjRef out = in.resumeGenerator(it, nullptr);
    g->thrown = nullptr;
    return out;
}

static ObjRef generatorThrow(Interpreter& in, Object* self, rt::CallArgs& args) {
    rt::IteratorObject* it = generatorOf(in, self, "throw");
    if (!it)
        return nullptr;
    // CPython hands throw()'s arguments to such a delegate unchecked (g.throw(123) reaches it).
    auto* g = static_cast<GeneratorState*>(it->generator.get());
    if (g && g->delegate && g->status == GeneratorState::Status::Suspended &&
        Interpreter::isUserObject(g->delegate.get()) &&
        in.lookupInType(in.typeOf(g->delegate.get()), "throw"))
        return in.abortUnsupported("throwing into a generator paused in `yield from` an object "
                                   "with its own throw method is not supported");
    ObjRef exception = thrownException(in, args);
    if (!exception)
        return nullptr;
    ObjRef v = throwIntoGenerator(in, it, std::move(exception));
    if (v || in.hasException() || in.aborted())
        return v;
    return in.raiseStopIteration(in.takeGeneratorReturn(it));
}

} // namespace

static ObjRef generatorClose(Interpreter& in, Object* self, rt::CallArgs& args) {
    rt::IteratorObject* it = generatorOf(in, self, "close");
    if (!it)
        return nullptr;
    if (!args.keywords.empty())
        return in.raise("TypeError", "generator.close() takes no keyword arguments");
    if (!args.positional.empty())
        return in.raise("TypeError", "generator.close() takes no arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    auto* g = static_cast<GeneratorState*>(it->generator.get());
    if (!g || g->status == GeneratorState::Status::Done)
        return in.none();
    rt::CallArgs noArgs;
    ObjRef exit = in.call(in.exceptionType("GeneratorExit"), noArgs);
    if (!exit)
        return nullptr;
    ObjRef v = throwIntoGenerator(in, it, std::move(exit));
    if (v)
        return in.raise("RuntimeError", "generator ignored GeneratorExit");
    if (in.aborted())
        return nullptr;
    if (in.hasException()) {
        int exited = in.exceptionMatches(in.pendingException(), in.exceptionType("GeneratorExit"));
        if (exited <= 0)
            return nullptr;
        in.clearException();
    }
    in.takeGeneratorReturn(it);
    return in.none();
}

void Interpreter::registerGeneratorMethods() {
    auto& methods = m_methods[static_cast<std::size_t>(rt::Tag::Iterator)];
    methods["send"] = generatorSend;
    methods["throw"] = generatorThrow;
    methods["close"] = generatorClose;
}

// The lazy builtin iterators (map, filter, zip, enumerate, reversed over a list).

ObjRef Interpreter::makeLazyIterator(rt::IteratorObject::Kind kind, const char* typeName,
                                     ObjRef source, ObjVec iterators) {
    auto* it = m_heap->make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = kind;
    it->typeName = typeName;
    it->source = std::move(source);
    it->values = std::move(iterators);
    return out;
}

ObjRef Interpreter::nextLazy(rt::IteratorObject* it) {
    using K = rt::IteratorObject::Kind;
    if (it->exhausted)
        return nullptr;
    ObjRef keep(it);
    auto ended = [&]() -> ObjRef {
        if (!hasException())
            it->exhausted = true;
        return nullptr;
    };
    switch (it->kind) {
    case K::Map: {
        rt::CallArgs args;
        for (const ObjRef& source : it->values) {
            ObjRef x = next(source.get());
            if (!x)
                return ended();
            args.positional.push_back(std::move(x));
        }
        return call(it->source.get(), args);
    }
    case K::Filter:
        while (true) {
            ObjRef x = next(it->values[0].get());
            if (!x)
                return ended();
            ObjRef verdict = x;
            if (it->source->tag != rt::Tag::None) {
                rt::CallArgs args;
                args.positional.push_back(x);
                verdict = call(it->source.get(), args);
                if (!verdict)
                    return nullptr;
            }
            int t = truthy(verdict.get());
            if (t < 0)
                return nullptr;
            if (t)
                return x;
        }
    case K::Zip: {
        if (it->values.empty())
            return ended();
        ObjVec row;
        for (const ObjRef& source : it->values) {
            ObjRef x = next(source.get());
            if (!x)
                return ended();
            row.push_back(std::move(x));
        }
        return m_heap->newTuple(std::move(row));
    }
    case K::Enumerate: {
        ObjRef x = next(it->values[0].get());
        if (!x)
            return ended();
        ObjRef count = m_heap->newInt(it->cur++);
        return m_heap->newTuple({std::move(count), std::move(x)});
    }
    case K::Reversed: {
        auto* list = static_cast<rt::ListObject*>(it->source.get());
        if (it->pos < 0 || it->pos >= static_cast<std::int64_t>(list->items.size()))
            return ended();
        return list->items[static_cast<std::size_t>(it->pos--)];
    }
    case K::Generator:
        return resumeGenerator(it, nullptr);
    default:
        return nullptr;
    }
}

} // namespace memstep::core::interp
