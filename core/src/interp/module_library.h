// The modules a program may import, as the interpreter sees them.
//
// The modules themselves (modules/) are written on top of the interpreter: they make builtin
// functions and call back into it. So the interpreter never includes them; it asks this
// interface, and the layer above both (run.cpp) hands it the standard library
// (modules::standardLibrary()). An interpreter given no library can import nothing.
#pragma once

#include "runtime/object.h"

#include <string>
#include <string_view>
#include <vector>

namespace memstep::core::interp {

class Interpreter;

class ModuleLibrary {
public:
    virtual ~ModuleLibrary() = default;

    // True for a module `import NAME` may reach; the resolver refuses any other before the run.
    virtual bool isKnown(std::string_view name) const = 0;
    // The names `from NAME import *` binds, in CPython's order; empty when memstep cannot bind
    // exactly CPython's set of names for that module.
    virtual std::vector<std::string> starNames(std::string_view name) const = 0;
    // True for a name CPython's module has and memstep's does not (random.Random, copy.Error):
    // reading it is refused as Unsupported rather than answered with a false AttributeError.
    virtual bool isMissingAttribute(std::string_view module, std::string_view name) const = 0;
    // A new module object with all its attributes, made in `in`; null for an unknown module.
    virtual rt::ObjRef make(Interpreter& in, std::string_view name) const = 0;
    // Binds the builtins the library writes (memoryview, a C type built like the modules'
    // classes) in a new interpreter, with Interpreter::setBuiltin.
    virtual void addBuiltins(Interpreter& in) const = 0;
};

} // namespace memstep::core::interp
