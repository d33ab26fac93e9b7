// A function frame's f_locals: the dict locals(), vars() and exec see in a function.
//
// CPython 3.11 keeps a function's variables in fast slots; f_locals is a dict it fills from
// them when asked (PyFrame_FastToLocals: each bound variable set, each unbound one removed),
// and a debugger asks at every event of the frame (sys.settrace's call_trampoline), so the
// dict the program holds follows the frame step by step, while what the program writes into
// it never reaches the variables (the next refresh writes them back over it). Names only the
// dict holds, which exec in the function binds there, stay; CPython's debugger shows them as
// the frame's variables, so memstep's frame shows them too (Frame::localsExtras).
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"

#include <algorithm>

namespace memstep::core::interp {

namespace {

bool isVariableName(const CodeInfo& code, const std::string& name) {
    return std::find(code.slotNames.begin(), code.slotNames.end(), name) != code.slotNames.end() ||
           std::find(code.freeNames.begin(), code.freeNames.end(), name) != code.freeNames.end();
}

} // namespace

rt::DictObject* Interpreter::frameLocals(Frame& f) {
    if (!f.localsDict)
        f.localsDict = m_heap->newDict();
    refreshFrameLocals(f);
    return static_cast<rt::DictObject*>(f.localsDict.get());
}

void Interpreter::refreshFrameLocals(Frame& f) {
    ObjRef keep = f.localsDict;
    auto* d = static_cast<rt::DictObject*>(keep.get());
    const CodeInfo& code = *f.code;
    auto sync = [&](const std::string& name, Object* value) {
        ObjRef key = internedStr(name);
        auto h = hash(key.get());
        std::int64_t pos = h ? d->findBuiltin(key.get(), *h) : -1;
        if (value) {
            if (pos < 0 || d->entries[static_cast<std::size_t>(pos)].value.get() != value)
                dictSet(d, std::move(key), ObjRef(value));
        } else if (pos >= 0) {
            dictRemoveAt(d, pos);
        }
    };
    for (std::size_t i = 0; i < code.slotNames.size() && i < f.locals.size(); ++i) {
        Object* v = f.locals[i].get();
        if (v && code.slotIsCell[i])
            v = static_cast<rt::CellObject*>(v)->value.get();
        sync(code.slotNames[i], v);
    }
    for (std::size_t i = 0; i < code.freeNames.size() && i < f.cells.size(); ++i)
        sync(code.freeNames[i], static_cast<rt::CellObject*>(f.cells[i].get())->value.get());
    // The names only the dict holds are the frame's variables as the debugger shows them.
    std::vector<std::pair<std::string, ObjRef>> extras;
    for (const rt::DictEntry& e : d->entries)
        if (e.key && isStr(e.key.get()) && !isVariableName(code, text(e.key.get())))
            extras.emplace_back(text(e.key.get()), e.value);
    if (m_tracer && f.traced == &f) {
        // Pairs by name, not structured bindings: clang 14 lets no lambda capture those.
        for (const auto& old : f.localsExtras)
            if (std::none_of(extras.begin(), extras.end(),
                             [&](const auto& x) { return x.first == old.first; }))
                m_tracer->unbind(f, old.first);
        for (const auto& extra : extras) {
            auto was = std::find_if(f.localsExtras.begin(), f.localsExtras.end(),
                                    [&](const auto& x) { return x.first == extra.first; });
            if (was == f.localsExtras.end() || was->second.get() != extra.second.get())
                m_tracer->bind(f, extra.first, extra.second.get());
        }
    }
    f.localsExtras = std::move(extras);
}

} // namespace memstep::core::interp
