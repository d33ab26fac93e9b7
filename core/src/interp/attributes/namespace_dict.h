// The module namespace as the dict CPython gives: `globals()`, and `locals()`, `vars()` and
// `dir()` without an argument where they name the module's scope.
//
// The dict is made on the first globals() and kept equal to the module's names both ways
// (Interpreter::setGlobal on one side, the hooks below on the other), so a name bound through
// `globals()["x"] = 1` shows in the module's frame at the next step and a binding of the
// program shows in the dict's box. A class body's namespace is class_body_dict.h's; where
// CPython answers with a dict of its own machinery that memstep does not keep (a comprehension's
// scope, text run with a namespace of its own), the run is refused by name.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// The dict is a module namespace's (its owner is the interpreter's marker).
bool isNamespaceDict(Interpreter& in, const rt::DictObject* d);
// The namespace dict's entry `key` is now `value` (null: removed): the global follows.
void entryChangedInNamespace(Interpreter& in, rt::DictObject* d, Object* key, Object* value);
// The namespace dict was emptied: refused (the run aborted).
void entriesClearedInNamespace(Interpreter& in, rt::DictObject* d);
// False, with the run aborted, for a key that is not a str.
bool namespaceKeyAllowed(Interpreter& in, const Object* key);
// The builtins globals() and locals().
ObjRef builtinGlobals(Interpreter& in, Object* self, rt::CallArgs& args);
ObjRef builtinLocals(Interpreter& in, Object* self, rt::CallArgs& args);
// vars() and dir() without an argument: the scope's dict, the sorted list of its names (null
// with the run aborted where memstep refuses them).
ObjRef localsForVars(Interpreter& in);
ObjRef scopeNamesForDir(Interpreter& in);

} // namespace memstep::core::interp
