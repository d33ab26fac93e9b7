// The built-in modules a program may import: math, random and copy.
//
// memstep runs one file, so `import` only ever reaches these modules, each written in C++
// in its own file here (math_module.cpp, random_module.cpp, copy_module.cpp) to give
// CPython 3.11's results bit for bit. Any other module is refused before the run starts, by
// the resolver, with an Unsupported diagnostic naming it. The interpreter makes each module
// once per run (imports.cpp), so every import of it binds the same object, as sys.modules
// does in CPython.
#pragma once

#include "interp/interpreter.h"
#include "runtime/module.h"

#include <string>
#include <string_view>
#include <vector>

namespace memstep::core::modules {

using interp::Interpreter;
using rt::ObjRef;
using rt::ObjVec;

bool isKnownModule(std::string_view name);
// The names `from NAME import *` binds, in CPython's order; empty when memstep cannot bind
// exactly CPython's set of names for that module.
std::vector<std::string> starNames(std::string_view name);
// True for a name CPython's module has and memstep's does not (random.Random, copy.Error):
// reading it is refused as Unsupported rather than answered with a false AttributeError.
bool isMissingAttribute(std::string_view module, std::string_view name);
// A new module object with all its attributes; null for an unknown module.
ObjRef makeModule(Interpreter& in, std::string_view name);

// Each module's attributes (its own file).
void fillMath(Interpreter& in, rt::ModuleObject& m);
void fillRandom(Interpreter& in, rt::ModuleObject& m);
void fillCopy(Interpreter& in, rt::ModuleObject& m);

// Adds a builtin function `name` to a module; `bound` passes the module itself as the
// function's self (for modules with state).
void addFunction(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn fn, bool bound = false);

// Stops the run with an Unsupported diagnostic that says where: "WHAT (line N)".
ObjRef unsupported(Interpreter& in, const std::string& what);

} // namespace memstep::core::modules
