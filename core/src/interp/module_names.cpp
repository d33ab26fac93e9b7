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

#include <cstdio>

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

// __main__'s __loader__, a SourceFileLoader: its attributes are CPython's import machinery,
// refused by name; it is there so that globals() holds every name CPython's does, in its order.
ObjRef loaderAttribute(Interpreter& in, Object*, const std::string& name) {
    return in.abortUnsupported("the attribute `" + name + "` of `__loader__` is not supported");
}

// object.__repr__ of the loader, its address memstep's id() as every default repr's is.
ObjRef loaderRepr(Interpreter& in, Object* self, rt::CallArgs&) {
    char address[32];
    std::snprintf(address, sizeof address, "0x%llx",
                  static_cast<unsigned long long>(in.pyId(self)));
    return in.newStr(std::string("<_frozen_importlib_external.SourceFileLoader object at ") +
                     address + ">");
}

} // namespace

void Interpreter::setupModuleBuiltins() {
    auto* builtins = m_heap->make<rt::ModuleObject>();
    builtins->name = "builtins";
    m_builtinsModule = ObjRef(builtins);
    m_builtins["__import__"] = makeBuiltin("__import__", bImport);
    setupGenericAliases();
}

// In the order CPython's __main__ holds them.
void Interpreter::bindModuleNames() {
    auto bind = [this](const char* name, ObjRef value) {
        bindGlobal(globalSlot(name), std::move(value));
    };
    bind("__name__", mainName ? mainName : newStr("__main__"));
    bind("__doc__", moduleDoc ? moduleDoc : none());
    bind("__package__", none());
    rt::TypeObject* loaderType = addType("SourceFileLoader", rt::Tag::Instance, nullptr);
    loaderType->instanceAttr = loaderAttribute;
    loaderType->reprInstance = loaderRepr;
    auto* loader = m_heap->make<rt::InstanceObject>();
    loader->cls = loaderType;
    bind("__loader__", ObjRef(loader));
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

namespace {

// CPython 3.11's __future__.py: each feature's repr(), which is all a program can see of it
// here (its attributes are refused). Checked against python3 by
// tests/programs/modules/future_feature_repr.py.
const char* futureFeatureText(const std::string& name) {
    static const std::pair<const char*, const char*> kFeatures[] = {
        {"nested_scopes", "(2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16"},
        {"generators", "(2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0"},
        {"division", "(2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072"},
        {"absolute_import", "(2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144"},
        {"with_statement", "(2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288"},
        {"print_function", "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576"},
        {"unicode_literals", "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152"},
        {"barry_as_FLUFL", "(3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 4194304"},
        {"generator_stop", "(3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608"},
        {"annotations", "(3, 7, 0, 'beta', 1), None, 16777216"},
    };
    for (const auto& [feature, text] : kFeatures)
        if (name == feature)
            return text;
    return nullptr;
}

// A feature keeps its text under a hidden key, as native types keep their state.
const std::string kFeatureTextKey = " text";

std::string featureText(Object* self) {
    const ObjRef* text = static_cast<rt::InstanceObject*>(self)->attrs.find(kFeatureTextKey);
    return text ? static_cast<rt::StrObject*>(text->get())->text : std::string();
}

ObjRef featureRepr(Interpreter& in, Object* self, rt::CallArgs&) {
    return in.newStr(featureText(self));
}

} // namespace

// The _Feature object the module __future__ holds for `name`: one per feature, so a second
// import binds the same object, as in CPython. Its repr is its trace value, so the diagram
// shows what print() would.
ObjRef Interpreter::futureFeature(const std::string& name) {
    auto it = m_futureFeatures.find(name);
    if (it != m_futureFeatures.end())
        return it->second;
    static const std::string kTypeName = "_Feature";
    rt::TypeObject* type = nullptr;
    if (!m_futureFeatures.empty()) {
        type = static_cast<rt::InstanceObject*>(m_futureFeatures.begin()->second.get())->cls;
    } else {
        type = addType(kTypeName, rt::Tag::Instance, nullptr);
        type->reprInstance = featureRepr;
        type->traceValue = featureText;
    }
    auto* feature = m_heap->make<rt::InstanceObject>();
    feature->cls = type;
    ObjRef out(feature);
    if (const char* text = futureFeatureText(name))
        feature->attrs.set(kFeatureTextKey, newStr(std::string("_Feature(") + text + ")"));
    m_futureFeatures.emplace(name, out);
    return out;
}

} // namespace memstep::core::interp
