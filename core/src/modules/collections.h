// The collections module's parts, each in its own file: deque (collections_deque.cpp).
//
// Each library type is a TypeObject whose namespace holds builtins and properties; the
// interpreter binds them on attribute access (Interpreter::libraryAttr), so the types need no
// method table of their own in the interpreter.
#pragma once

#include "modules/modules.h"

namespace memstep::core::modules {

// The deque type, given its constructor and methods (once per interpreter).
rt::TypeObject* dequeType(Interpreter& in);

// A read-only property whose getter is the builtin `fn`, called with the object.
ObjRef property(Interpreter& in, const char* name, rt::NativeFn fn);

} // namespace memstep::core::modules
