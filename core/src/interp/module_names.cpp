// The names `python3 PROGRAM.py` puts in the __main__ module before the program's first line
// (__name__, __doc__, __file__, __builtins__...), the builtins module __builtins__ names,
// `__import__`, and the objects `from __future__ import` binds.
//
// They are plain globals whose names are dunders, so the trace leaves them out of the module
// frame's variables as the heap-graph contract says; a program that binds one of their
// values to a name of its own shows it like any object.
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"
#include "runtime/module.h"

namespace memstep::core::interp {

namespace {

// `__import__(name)` for a module memstep has; the rest of its signature (globals, fromlist,
// level) and every other module are refused rather than answered wrongly.
ObjRef bImport(Interpreter& in, Object*, rt::CallArgs& args) {
    if (!args.keywords.empty() || args.positional.size() != 1)
        return in.abortUnsupported("`__import__` with more than a module name is not supported");
    Object* name = args.positional[0].get();
    if (!isStr(name))
        return in.raise("TypeError", "__import__() argument 1 must be str, not " +
                                         std::string(in.typeName(name)));
    if (text(name).empty())
        return in.raise("ValueError", "Empty module name");
    if (!in.isKnownModule(text(name)))
        return in.abortUnsupported("import of module '" + text(name) + "' is not supported");
    return in.importModule(text(name));
}

} // namespace

void Interpreter::setupModuleBuiltins() {
    auto* builtins = m_heap->make<rt::ModuleObject>();
    builtins->name = "builtins";
    m_builtinsModule = ObjRef(builtins);
    m_builtins["__import__"] = makeBuiltin("__import__", bImport);
    setupGenericAliases();
}

// In the order CPython's __main__ holds them. __loader__ (a SourceFileLoader) is left out:
// reading it is refused as Unsupported (missing_builtins.cpp).
void Interpreter::bindModuleNames() {
    auto bind = [this](const char* name, ObjRef value) {
        bindGlobal(globalSlot(name), std::move(value));
    };
    bind("__name__", mainName ? mainName : newStr("__main__"));
    bind("__doc__", moduleDoc ? moduleDoc : none());
    bind("__package__", none());
    bind("__spec__", none());
    // __main__ always has one, so even a program without annotations can read it.
    bind("__annotations__", m_heap->newDict());
    bind("__builtins__", m_builtinsModule);
    bind("__file__", m_heap->freshStr(m_options.filename));
    bind("__cached__", none());
}

ObjRef Interpreter::builtinsModuleAttr(const std::string& name) {
    if (ObjRef b = builtin(name))
        return b;
    if (name == "__name__")
        return newStr("builtins");
    // Its dunders (__dict__, __doc__, __spec__...) are CPython's, not modelled.
    if (isMissingBuiltin(name) || name.rfind("__", 0) == 0)
        return abortUnsupported("`builtins." + name + "` is not supported");
    return raise("AttributeError", "module 'builtins' has no attribute '" + name + "'");
}

// The _Feature object the module __future__ holds for `name`: one per feature, so a second
// import binds the same object, as in CPython.
ObjRef Interpreter::futureFeature(const std::string& name) {
    auto it = m_futureFeatures.find(name);
    if (it != m_futureFeatures.end())
        return it->second;
    static const std::string kTypeName = "_Feature";
    rt::TypeObject* type = nullptr;
    if (!m_futureFeatures.empty())
        type = static_cast<rt::InstanceObject*>(m_futureFeatures.begin()->second.get())->cls;
    else
        type = addType(kTypeName, rt::Tag::Instance, nullptr);
    auto* feature = m_heap->make<rt::InstanceObject>();
    feature->cls = type;
    ObjRef out(feature);
    m_futureFeatures.emplace(name, out);
    return out;
}

} // namespace memstep::core::interp
