// `yield from`: a generator's frame delegating to another iterator, as CPython 3.11's SEND
// loop does it. A generator delegate is resumed directly; any other iterator is asked for
// __next__ (or its send method for a value other than None), and the StopIteration that
// ends it carries the result. While a throw() passes through the paused frame to the
// generator it delegates to, that frame is shown on the stack without running, as CPython
// links the frames.
#include "interp/generators/generator.h"
#include "interp/tracing/tracer.h"

namespace memstep::core::interp {

void Interpreter::showPausedFrame(GeneratorState& g, bool shown) {
    if (!shown)
        return;
    Frame& frame = g.frame;
    const CodeInfo* code = frame.code;
    m_frames.push_back(&frame);
    ++m_depth;
    if (!m_tracer)
        return;
    // A frame the trace kept in `suspended` comes back with its variables; only a cell
    // (which a closure may have changed meanwhile) is bound again.
    const bool resumed = g.listed;
    m_tracer->framePush(frame, resumed ? g.self : nullptr);
    if (resumed) {
        g.listed = false;
        if (Tracer::visible(g.self))
            m_tracer->replaced(g.self);
    }
    for (std::size_t i = 0; i < code->slotNames.size(); ++i) {
        Object* v = frame.locals[i].get();
        if (v && code->slotIsCell[i])
            v = static_cast<rt::CellObject*>(v)->value.get();
        else if (resumed)
            continue;
        if (v)
            m_tracer->bind(frame, code->slotNames[i], v);
    }
}

void Interpreter::hidePausedFrame(GeneratorState& g, bool shown) {
    if (!shown)
        return;
    if (m_tracer && !m_abort) {
        const bool keep = !g.dropped && Tracer::visible(g.self);
        m_tracer->framePop(g.frame, none().get(), keep ? g.self : nullptr);
        if (keep) {
            g.listed = true;
            m_tracer->replaced(g.self);
        }
    }
    m_frames.pop_back();
    --m_depth;
}

void dropPausedFrame(Interpreter& in, GeneratorState& g) {
    if (!g.listed || !in.tracer() || in.aborted())
        return;
    in.showPausedFrame(g, true); // out of `suspended`: its generator no longer names it
    g.dropped = true;
    in.hidePausedFrame(g, true); // and off the stack, not paused
    g.dropped = false;
}

// One round of `yield from` with an iterator that is not a generator, as CPython's SEND:
// __next__ for None, its `send` method for any other value. At the end (null, no exception)
// `endedBy` is the StopIteration that carries the result, or null when it simply ran out.
ObjRef Interpreter::delegateSend(Object* it, const ObjRef& sent, ObjRef& endedBy) {
    if (!sent || sent->tag == rt::Tag::None)
        return nextEnding(it, endedBy);
    endedBy = nullptr;
    ObjRef send = getAttr(it, "send");
    if (!send)
        return nullptr;
    rt::CallArgs args;
    args.positional.push_back(sent);
    ObjRef v = call(send.get(), args);
    if (!v && m_exception && m_exception->tag == rt::Tag::Exception && !m_abort &&
        isSubtype(static_cast<rt::ExceptionObject*>(m_exception.get())->type,
                  exceptionType("StopIteration"))) {
        endedBy = std::move(m_exception);
        clearException();
    }
    return v;
}

ObjRef Interpreter::yieldFrom(Object* iterable) {
    ObjRef it = iter(iterable);
    if (!it)
        return nullptr;
    auto* inner =
        it->tag == rt::Tag::Iterator ? static_cast<rt::IteratorObject*>(it.get()) : nullptr;
    bool isGenerator = inner && inner->kind == rt::IteratorObject::Kind::Generator;
    ObjRef sent;
    while (true) {
        ObjRef endedBy;
        ObjRef v =
            isGenerator ? resumeGenerator(inner, sent) : delegateSend(it.get(), sent, endedBy);
        if (!v) {
            if (hasException() || m_abort)
                return nullptr;
            Frame* here =
                m_runningGenerators.empty() ? nullptr : &m_runningGenerators.back()->frame;
            if (endedBy) {
                // The StopIteration a __next__ raised: the delegating frame sees it, and
                // its value (first argument) is the result.
                if (here)
                    reportEndedBy(*here, endedBy.get());
                auto* stop = static_cast<rt::ExceptionObject*>(endedBy.get());
                return stop->args.empty() ? none() : stop->args[0];
            }
            ObjRef result = isGenerator ? takeGeneratorReturn(inner) : nullptr;
            // Like a for loop, the delegating frame sees the StopIteration of `return value`.
            if (result && result->tag != rt::Tag::None && here)
                reportStopIteration(*here, result.get());
            return result ? result : none();
        }
        GeneratorState* self = m_runningGenerators.empty() ? nullptr : m_runningGenerators.back();
        if (self)
            self->delegate = it;
        sent = yieldValue(std::move(v));
        if (self)
            self->delegate = nullptr;
        if (self && self->delegateFinished) {
            self->delegateFinished = false;
            return sent;
        }
        if (!sent) {
            if (self && self->closing && isGenerator && inner->generator) {
                auto* ig = static_cast<GeneratorState*>(inner->generator.get());
                if (ig->status == GeneratorState::Status::Suspended)
                    closeGenerator(*ig);
            } else if (self && self->closing && isUserObject(it.get()) &&
                       lookupInType(typeOf(it.get()), "close")) {
                // CPython's gen_close_iter: the delegate's own close() runs first; an error
                // it raises is what the paused frame gets instead of GeneratorExit.
                ObjRef exit = std::move(m_exception);
                clearException();
                ObjRef close = getAttr(it.get(), "close");
                rt::CallArgs none;
                if (close && call(close.get(), none) && !m_abort)
                    m_exception = std::move(exit);
            }
            return nullptr;
        }
    }
}

} // namespace memstep::core::interp
