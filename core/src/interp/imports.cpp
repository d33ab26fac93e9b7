// `import NAME [as X]` and `from NAME import a [as b], ... | *` over the built-in modules
// of the interpreter's ModuleLibrary (module_library.h). The resolver has already refused unknown
// modules, so here an import only makes the module once and binds names, one bind per name in
// source order, as CPython's IMPORT_NAME / IMPORT_FROM / STORE_NAME sequence does.
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"
#include "runtime/module.h"

#include <algorithm>

namespace memstep::core::interp {

using namespace syntax;

ObjRef Interpreter::importModule(const std::string& name) {
    auto it = m_modules.find(name);
    if (it != m_modules.end())
        return it->second;
    ObjRef m = m_library ? m_library->make(*this, name) : nullptr;
    if (!m) {
        if (!hasException())
            raise("ModuleNotFoundError", "No module named '" + name + "'");
        return nullptr;
    }
    m_modules.emplace(name, m);
    return m;
}

void Interpreter::bindNamed(Frame& f, const std::string& name, ObjRef value) {
    // An import binds like a def; only the refused name of an Enum's body fails, aborting.
    bindDefinition(f, name, std::move(value));
}

bool Interpreter::execImport(const Stmt& s, Frame& f) {
    if (s.kind == StmtKind::Import) {
        for (const Alias& a : s.as<Import>().names) {
            ObjRef m = importModule(a.name);
            if (!m)
                return false;
            bindNamed(f, a.asName.empty() ? a.name : a.asName, std::move(m));
        }
        return true;
    }
    auto& im = s.as<ImportFrom>();
    if (im.level > 0) {
        // The program runs as __main__, whose __package__ is None: importlib finds no parent.
        raise("ImportError", "attempted relative import with no known parent package");
        return false;
    }
    if (im.module == "__future__") {
        for (const Alias& a : im.names)
            bindNamed(f, a.asName.empty() ? a.name : a.asName, futureFeature(a.name));
        return true;
    }
    ObjRef m = importModule(im.module);
    if (!m)
        return false;
    auto* mod = static_cast<rt::ModuleObject*>(m.get());
    for (const Alias& a : im.names) {
        if (a.name == "*") {
            for (const std::string& n : moduleStarNames(im.module)) {
                Object* v = mod->find(n);
                if (!v) {
                    raise("SystemError", "module '" + im.module + "' lacks '" + n + "'");
                    return false;
                }
                bindNamed(f, n, ObjRef(v));
            }
            continue;
        }
        Object* v = mod->find(a.name);
        ObjRef name; // a module's __name__ is not in its namespace here (getAttr makes it)
        if (!v && a.name == "__name__")
            v = (name = newStr(mod->name)).get();
        if (!v && isMissingModuleAttribute(im.module, a.name)) {
            abortUnsupported("`from " + im.module + " import " + a.name + "` is not supported");
            return false;
        }
        if (!v) {
            raise("ImportError", "cannot import name '" + a.name + "' from '" + im.module +
                                     "' (unknown location)");
            return false;
        }
        bindNamed(f, a.asName.empty() ? a.name : a.asName, ObjRef(v));
    }
    return true;
}

} // namespace memstep::core::interp
