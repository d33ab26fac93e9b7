// globals(): the module namespace as the dict CPython's __main__ is (namespace_dict.h).
//
// memstep keeps module-level names in slots (m_globals), which the diagram draws as the
// module frame's variables. The first globals() makes a real dict holding the bound names
// (interned str keys) in the order they were first bound, as CPython's dict holds them; from
// then on every binding is made on the other side at once, with its own trace event, as an
// instance's __dict__ follows its attributes (instance_dict.cpp). The two sides never call
// each other back: a change made through the dict is carried to the slot only.
#include "interp/attributes/namespace_dict.h"

#include "interp/attributes/class_body_dict.h"
#include "interp/builtins/builtins_util.h"
#include "interp/tracing/tracer.h"
#include "runtime/module.h"

#include <algorithm>

namespace memstep::core::interp {

void Interpreter::setGlobal(std::size_t s, ObjRef value, bool fromDict) {
    if (m_tracer && !m_globalHidden[s]) {
        if (value)
            m_tracer->bind(*m_frames.front(), m_globalNames[s], value.get());
        else if (m_globals[s])
            m_tracer->unbind(*m_frames.front(), m_globalNames[s]);
    }
    // Text run in a namespace of its own marks every binding: exec in a function copies
    // what its text bound into the function's f_locals (snippets.cpp).
    if (value && (!m_globals[s] || m_outsideGlobals))
        m_globalBoundAt[s] = ++m_bindCount;
    Object* raw = value.get();
    ObjRef old = std::move(m_globals[s]);
    m_globals[s] = std::move(value);
    if (fromDict || !m_globalsDict)
        return;
    auto* d = static_cast<rt::DictObject*>(m_globalsDict.get());
    ObjRef key = internedStr(m_globalNames[s]);
    if (raw) {
        dictSet(d, std::move(key), ObjRef(raw)); // a str key: cannot fail
        return;
    }
    auto h = hash(key.get());
    std::int64_t pos = h ? d->findBuiltin(key.get(), *h) : -1;
    if (pos >= 0)
        dictRemoveAt(d, pos);
}

bool Interpreter::inComprehension() const {
    return !m_comprehensionFrames.empty() && !m_frames.empty() &&
           m_comprehensionFrames.back()->traced == m_frames.back()->traced;
}

ObjRef Interpreter::globalsDict() {
    if (m_globalsDict)
        return m_globalsDict;
    if (!m_namespaceOwner) {
        auto* marker = m_heap->make<rt::ModuleObject>();
        marker->name = "__main__";
        m_namespaceOwner = ObjRef(marker);
    }
    std::vector<std::size_t> bound;
    for (std::size_t s = 0; s < m_globals.size(); ++s)
        if (m_globals[s])
            bound.push_back(s);
    std::sort(bound.begin(), bound.end(), [this](std::size_t a, std::size_t b) {
        return m_globalBoundAt[a] < m_globalBoundAt[b];
    });
    rt::Ref<rt::DictObject> d = m_heap->newDict();
    for (std::size_t s : bound)
        dictSet(d.get(), internedStr(m_globalNames[s]), m_globals[s]);
    d->owner = m_namespaceOwner.get();
    m_globalsDict = d;
    return m_globalsDict;
}

void Interpreter::globalChangedInDict(const std::string& name, ObjRef value) {
    auto s = static_cast<std::size_t>(globalSlot(name));
    if (m_globals[s].get() == value.get())
        return;
    setGlobal(s, std::move(value), true);
}

bool isNamespaceDict(Interpreter& in, const rt::DictObject* d) {
    return d->owner && d->owner == in.namespaceOwner();
}

void entryChangedInNamespace(Interpreter& in, rt::DictObject* d, Object* key, Object* value) {
    if (d != in.activeGlobalsDict()) {
        in.abortUnsupported("changing a module namespace's dict while other code's globals are "
                            "in use is not supported");
        return;
    }
    in.globalChangedInDict(text(key), ObjRef(value));
}

void entriesClearedInNamespace(Interpreter& in, rt::DictObject* d) {
    if (d != in.activeGlobalsDict()) {
        in.abortUnsupported("clearing a module namespace's dict while other code's globals are "
                            "in use is not supported");
        return;
    }
    // Every global goes, the dunders python3 put there too; CPython's frame keeps its
    // builtins, so the program goes on with them alone, as memstep's lookups do.
    const std::vector<std::string> names = in.globalNames();
    for (const std::string& name : names)
        in.globalChangedInDict(name, nullptr);
}

bool namespaceKeyAllowed(Interpreter& in, const Object* key) {
    if (isStr(key))
        return true;
    in.abortUnsupported("a key that is not a str in the module namespace's dict is not "
                        "supported");
    return false;
}

namespace {

// The dict locals() gives where the program stands now: the module's namespace at module
// level, a function's f_locals in a function; null with the run aborted where memstep refuses.
ObjRef scopeDict(Interpreter& in, const char* who) {
    const std::vector<Frame*>& frames = in.frames();
    if (in.inOwnNamespace())
        return in.abortUnsupported(std::string(who) + " in text run with a namespace of its own "
                                                      "is not supported");
    if (in.inComprehension())
        return in.abortUnsupported(std::string(who) + " in a comprehension is not supported");
    if (in.atProgramModuleLevel())
        return in.globalsDict();
    Frame* f = frames.empty() ? nullptr : frames.back();
    if (f && !f->classNamespace && !f->text &&
        (f->code->kind == CodeInfo::Kind::Function || f->code->kind == CodeInfo::Kind::Lambda))
        return ObjRef(in.frameLocals(*f));
    if (f && f->classNamespace)
        return classBodyDict(in, *f);
    return in.abortUnsupported(std::string(who) + " here is not supported");
}

} // namespace

ObjRef builtinGlobals(Interpreter& in, Object*, rt::CallArgs& args) {
    if (!noArguments(in, args, "globals"))
        return nullptr;
    if (in.inOwnNamespace())
        return in.abortUnsupported("globals() in text run with a namespace of its own is not "
                                   "supported");
    return in.globalsDict();
}

ObjRef builtinLocals(Interpreter& in, Object*, rt::CallArgs& args) {
    if (!noArguments(in, args, "locals"))
        return nullptr;
    return scopeDict(in, "locals()");
}

ObjRef localsForVars(Interpreter& in) {
    return scopeDict(in, "vars() without an argument");
}

ObjRef scopeNamesForDir(Interpreter& in) {
    ObjRef scope = scopeDict(in, "dir() without an argument");
    if (!scope)
        return nullptr;
    ObjVec names;
    for (const rt::DictEntry& e : static_cast<rt::DictObject*>(scope.get())->entries)
        if (e.key) {
            if (!isStr(e.key.get()))
                return in.abortUnsupported("dir() of a scope with a key that is not a str is "
                                           "not supported");
            names.push_back(e.key);
        }
    std::sort(names.begin(), names.end(),
              [](const ObjRef& a, const ObjRef& b) { return text(a.get()) < text(b.get()); });
    return in.heap().newList(std::move(names));
}

} // namespace memstep::core::interp
