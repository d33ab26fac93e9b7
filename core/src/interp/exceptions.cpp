// try/except/else/finally, raise, and the exception objects' own behaviour: matching against
// `except` clauses, chaining (__context__/__cause__) and the uncaught traceback text.
//
// The steps follow CPython 3.11's compiled code, because that is what sys.settrace reports:
// an 'exception' step is recorded where an exception is raised and in every caller it
// propagates into, but not where it is merely re-raised (a bare `raise`, the end of a
// `finally`, an `except` list that did not match), because CPython re-raises those without
// going through its error path. A handler's `as` name is deleted when the handler ends, as
// CPython's `finally: e = None; del e` does, so the trace shows the unbind.
#include "interp/errors/exception_args.h"
#include "interp/errors/traceback_marks.h"
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"

#include <algorithm>
#include <unordered_set>

namespace memstep::core::interp {

using namespace syntax;

namespace {

rt::ExceptionObject* asException(Object* o) {
    return o && o->tag == rt::Tag::Exception ? static_cast<rt::ExceptionObject*>(o) : nullptr;
}

} // namespace

ObjRef Interpreter::exceptionAttr(rt::ExceptionObject* e, const std::string& name) {
    if (name == "args")
        return m_heap->newTuple(e->args);
    if (name == "__cause__")
        return e->cause ? e->cause : none();
    if (name == "__context__")
        return e->context ? e->context : none();
    if (name == "__suppress_context__")
        return boolean(e->suppressContext);
    if (name == "__class__")
        return ObjRef(e->type);
    if (name == "__traceback__")
        return tracebackObject(e);
    if (ObjRef a = osErrorAttr(*this, e, name); a || hasException())
        return a;
    // StopIteration.value: what the generator returned (its first argument).
    if (name == "value" && isSubtype(e->type, exceptionType("StopIteration")))
        return e->args.empty() ? none() : e->args.front();
    // SystemExit.code: None, its one argument, or all of them.
    if (name == "code" && isSubtype(e->type, exceptionType("SystemExit")))
        return e->args.empty()       ? none()
               : e->args.size() == 1 ? e->args.front()
                                     : m_heap->newTuple(e->args);
    return nullptr;
}

ObjRef Interpreter::raiseObject(ObjRef exception) {
    // CPython's _PyErr_SetObject: a new exception remembers the one being handled, and a
    // context chain that would loop back to the new exception is cut first.
    auto* e = asException(exception.get());
    if (e && !m_handling.empty() && m_handling.back().get() != e) {
        Object* handled = m_handling.back().get();
        auto* o = asException(handled);
        while (o) {
            auto* next = asException(o->context.get());
            if (next == e) {
                o->context = nullptr;
                break;
            }
            o = next;
        }
        e->context = ObjRef(handled);
    }
    m_exception = std::move(exception);
    m_raisePending = true;
    return nullptr;
}

// An `except` clause's type: a class or a tuple of classes, all deriving from BaseException.
// 1 = matches, 0 = does not, -1 = TypeError raised.
int Interpreter::exceptionMatches(Object* exc, Object* spec) {
    ObjVec single;
    const ObjVec* types = &single;
    if (spec->tag == rt::Tag::Tuple) {
        types = &static_cast<rt::TupleObject*>(spec)->items;
    } else {
        single.push_back(ObjRef(spec));
    }
    for (const ObjRef& t : *types) {
        if (t->tag != rt::Tag::Type || !static_cast<rt::TypeObject*>(t.get())->isException) {
            raise("TypeError",
                  "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    // The whole MRO counts: `class E(Mixin, KeyError)` is caught by `except KeyError`.
    rt::TypeObject* have = typeOf(exc);
    for (const ObjRef& t : *types)
        if (isSubtype(have, static_cast<rt::TypeObject*>(t.get())))
            return 1;
    return 0;
}

// `raise X`: X may be an exception instance or an exception class (called with no arguments).
ObjRef Interpreter::exceptionInstance(ObjRef v, const char* notDerived) {
    if (v->tag == rt::Tag::Type && static_cast<rt::TypeObject*>(v.get())->isException) {
        rt::CallArgs none;
        ObjRef made = call(v.get(), none);
        if (!made)
            return nullptr;
        if (!asException(made.get())) {
            // do_raise's "calling %R ... not %R": the class's repr and its result's type's.
            auto r = repr(v.get());
            auto t = r ? repr(typeOf(made.get())) : std::nullopt;
            return t ? raise("TypeError", "calling " + *r +
                                              " should have returned an instance of "
                                              "BaseException, not " +
                                              *t)
                     : nullptr;
        }
        return made;
    }
    if (asException(v.get()))
        return v;
    return raise("TypeError", notDerived);
}

Flow Interpreter::execRaise(const Raise& r, Frame& f) {
    auto fail = [&]() {
        reportException(f);
        return Flow::Raise;
    };
    if (!r.exc) {
        if (m_handling.empty()) {
            raise("RuntimeError", "No active exception to reraise");
            return fail();
        }
        // A re-raise: CPython does not pass through its error path, so this frame gets no
        // second 'exception' step and the traceback keeps the original line.
        m_exception = m_handling.back();
        f.exceptionReported = true;
        return Flow::Raise;
    }
    ObjRef v = eval(*r.exc, f);
    if (!v)
        return fail();
    ObjRef exc = exceptionInstance(std::move(v), "exceptions must derive from BaseException");
    if (!exc)
        return fail();
    if (r.cause) {
        ObjRef c = eval(*r.cause, f);
        if (!c)
            return fail();
        ObjRef cause;
        if (c->tag != rt::Tag::None) {
            cause =
                exceptionInstance(std::move(c), "exception causes must derive from BaseException");
            if (!cause)
                return fail();
        }
        auto* e = asException(exc.get());
        e->cause = std::move(cause);
        e->suppressContext = true;
    }
    raiseObject(std::move(exc));
    return fail();
}

void Interpreter::bindHandlerName(Frame& f, const std::string& name, ObjRef value) {
    if (f.code->kind != CodeInfo::Kind::Module) {
        auto& names = f.code->slotNames;
        auto pos = std::find(names.begin(), names.end(), name);
        if (pos != names.end()) {
            auto slot = static_cast<std::size_t>(pos - names.begin());
            if (f.code->slotIsCell[slot]) {
                auto* cell = static_cast<rt::CellObject*>(f.locals[slot].get());
                if (m_tracer && f.traced == &f)
                    m_tracer->bind(f, name, value.get());
                cell->value = std::move(value);
            } else {
                bindLocal(f, static_cast<int>(slot), std::move(value));
            }
            return;
        }
        auto& free = f.code->freeNames;
        auto fpos = std::find(free.begin(), free.end(), name);
        if (fpos != free.end()) {
            auto* cell = static_cast<rt::CellObject*>(
                f.cells[static_cast<std::size_t>(fpos - free.begin())].get());
            cell->value = std::move(value);
            return;
        }
    }
    bindGlobal(globalSlot(name), std::move(value));
}

void Interpreter::unbindHandlerName(Frame& f, const std::string& name) {
    if (f.code->kind != CodeInfo::Kind::Module) {
        auto& names = f.code->slotNames;
        auto pos = std::find(names.begin(), names.end(), name);
        if (pos != names.end()) {
            auto slot = static_cast<std::size_t>(pos - names.begin());
            ObjRef* holder = &f.locals[slot];
            if (f.code->slotIsCell[slot])
                holder = &static_cast<rt::CellObject*>(holder->get())->value;
            if (*holder && m_tracer && f.traced == &f)
                m_tracer->unbind(f, name);
            *holder = nullptr;
            return;
        }
        auto& free = f.code->freeNames;
        auto fpos = std::find(free.begin(), free.end(), name);
        if (fpos != free.end()) {
            static_cast<rt::CellObject*>(
                f.cells[static_cast<std::size_t>(fpos - free.begin())].get())
                ->value = nullptr;
            return;
        }
    }
    auto s = static_cast<std::size_t>(globalSlot(name));
    if (m_globals[s])
        setGlobal(s, nullptr);
}

Flow Interpreter::execTry(const Try& t, Frame& f) {
    if (!mark(f, t.line)) {
        reportException(f);
        return Flow::Raise;
    }
    Flow flow = execBlock(t.body, f);
    if (flow == Flow::Raise && !m_abort && !t.handlers.empty()) {
        ObjRef exc = m_exception;
        for (const ExceptHandler& h : t.handlers) {
            // The clause's own line is a step whether or not it matches.
            if (!mark(f, h.line)) {
                reportException(f);
                return Flow::Raise;
            }
            int matched = 1;
            if (h.type) {
                // Evaluating the clause's type runs with the exception still pending.
                clearException();
                m_handling.push_back(exc);
                ObjRef spec = eval(*h.type, f);
                if (spec)
                    matched = exceptionMatches(exc.get(), spec.get());
                // A clause whose type fails to evaluate raises its own error (reported while
                // the first is still being handled), which still runs the finally body.
                if (!spec || matched < 0) {
                    f.exceptionReported = false;
                    reportException(f);
                    m_handling.pop_back();
                    flow = Flow::Raise;
                    break;
                }
                m_handling.pop_back();
                m_exception = exc;
            }
            if (!matched)
                continue;
            clearException();
            f.exceptionReported = false;
            m_handling.push_back(exc);
            if (!h.name.empty())
                bindHandlerName(f, h.name, exc);
            flow = execBlock(h.body, f);
            if (!h.name.empty() && !m_abort)
                unbindHandlerName(f, h.name);
            m_handling.pop_back();
            break;
        }
    } else if (flow == Flow::Normal) {
        flow = execBlock(t.orElse, f);
    }
    if (t.finalBody.empty() || m_abort)
        return flow;
    // The finally body runs with whatever was pending put aside; its own break, continue,
    // return or exception replaces it, otherwise the pending flow resumes.
    ObjRef pending;
    if (flow == Flow::Raise) {
        pending = m_exception;
        clearException();
        f.exceptionReported = false;
        m_handling.push_back(pending);
    }
    ObjRef savedReturn = f.returnValue;
    Flow fin = execBlock(t.finalBody, f);
    if (pending)
        m_handling.pop_back();
    if (fin != Flow::Normal || m_abort) {
        // A break or continue in the finally body drops a pending return: the function
        // later returns what its own code says, not the dropped value.
        if (fin == Flow::Break || fin == Flow::Continue)
            f.returnValue = nullptr;
        return fin;
    }
    if (flow == Flow::Raise) {
        m_exception = pending;
        f.exceptionReported = true;
    }
    if (flow == Flow::Return)
        f.returnValue = savedReturn;
    return flow;
}

// The uncaught error's text.

namespace {

void appendEntries(std::string& tb, const rt::ExceptionObject* e, const std::string& file,
                   const std::vector<std::string>& lines) {
    std::vector<rt::ExceptionObject::Where> entries(e->traceback.rbegin(), e->traceback.rend());
    std::size_t i = 0;
    while (i < entries.size()) {
        std::size_t j = i;
        while (j + 1 < entries.size() && entries[j + 1].line == entries[i].line &&
               entries[j + 1].function == entries[i].function &&
               entries[j + 1].file == entries[i].file)
            ++j;
        std::size_t run = j - i + 1;
        std::size_t shown = std::min<std::size_t>(run, 3);
        for (std::size_t k = 0; k < shown; ++k) {
            const auto& w = entries[i];
            tb += "  File \"" + (w.file.empty() ? file : w.file) + "\", line " +
                  std::to_string(w.line) + ", in " + w.function + "\n";
            if (w.file.empty() && w.line >= 1 && static_cast<std::size_t>(w.line) <= lines.size()) {
                const std::string& text = lines[static_cast<std::size_t>(w.line) - 1];
                std::size_t b = text.find_first_not_of(" \t\f");
                std::size_t en = text.find_last_not_of(" \t\f\r");
                if (b != std::string::npos)
                    tb += "    " + text.substr(b, en - b + 1) + "\n" + positionMarkers(text, w);
            }
        }
        if (run > 3)
            tb += "  [Previous line repeated " + std::to_string(run - 3) + " more time" +
                  (run - 3 > 1 ? "s" : "") + "]\n";
        i = j + 1;
    }
}

} // namespace

std::string Interpreter::tracebackText(rt::ExceptionObject* e, bool hints) {
    // Oldest exception first, as CPython prints a chain; `seen` stops a chain that loops.
    std::vector<rt::ExceptionObject*> chain;
    std::vector<const char*> separators;
    std::unordered_set<const rt::ExceptionObject*> seen;
    for (rt::ExceptionObject* cur = e; cur && seen.insert(cur).second;) {
        chain.push_back(cur);
        if (auto* c = asException(cur->cause.get())) {
            separators.push_back(
                "\nThe above exception was the direct cause of the following exception:\n\n");
            cur = c;
        } else if (auto* x = asException(cur->context.get()); x && !cur->suppressContext) {
            separators.push_back(
                "\nDuring handling of the above exception, another exception occurred:\n\n");
            cur = x;
        } else {
            cur = nullptr;
        }
    }
    if (separators.size() >= chain.size())
        separators.resize(chain.size() - 1);
    std::string out;
    for (std::size_t k = chain.size(); k-- > 0;) {
        rt::ExceptionObject* x = chain[k];
        if (!x->traceback.empty()) {
            out += "Traceback (most recent call last):\n";
            appendEntries(out, x, m_options.filename, m_lines);
        }
        // A library module's exception is printed with its module
        // (dataclasses.FrozenInstanceError).
        out += x->syntaxBlock;
        const bool library = !x->type->isUser && x->type->qualname.find('.') != std::string::npos;
        // A SyntaxError of text is printed with its msg, without str()'s " (<string>, line N)".
        std::string message = x->message;
        if (!x->syntaxBlock.empty())
            message = message.substr(0, message.rfind(" (<string>, line "));
        out +=
            (library ? x->type->qualname : x->type->name) + (message.empty() ? "" : ": " + message);
        if (std::string hint = hints ? suggestionFor(x) : ""; !hint.empty())
            out += ". Did you mean: '" + hint + "'?";
        out += "\n";
        if (k > 0)
            out += separators[k - 1];
    }
    return out;
}

} // namespace memstep::core::interp
