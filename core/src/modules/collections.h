// The collections module's parts, each in its own file: deque (collections_deque.cpp),
// defaultdict and OrderedDict (collections_dicts.cpp), Counter (collections_counter.cpp), UserDict,
// UserList and UserString (user_collections/),
// namedtuple (collections_namedtuple.cpp), and the helpers they share (collections_module.cpp).
// collections.abc is a module of its own (collections_abc.cpp, declared in modules.h).
//
// Each library type is a TypeObject whose namespace holds builtins and properties; the
// interpreter binds them on attribute access (Interpreter::libraryAttr), so the types need no
// method table of their own in the interpreter.
#pragma once

#include "modules/modules.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace memstep::core::modules {

using rt::Object;

// The deque type, given its constructor and methods (once per interpreter).
rt::TypeObject* dequeType(Interpreter& in);

// The dict types: a dict whose `cls` is the type (see rt::DictObject).
rt::TypeObject* defaultdictType(Interpreter& in);
rt::TypeObject* orderedDictType(Interpreter& in);
rt::TypeObject* counterType(Interpreter& in);
// The namedtuple function (collections_namedtuple.cpp).
ObjRef namedtupleFunction(Interpreter& in);
// An object of the namedtuple class `cls` holding `items`, as its generated __new__ makes it.
ObjRef namedtupleInstance(Interpreter& in, rt::TypeObject* cls, ObjVec items);
// collections.UserDict, UserList and UserString (user_collections/).
ObjRef userDictClass(Interpreter& in);
ObjRef userListClass(Interpreter& in);
ObjRef userStringClass(Interpreter& in);
// A namedtuple class a library module makes for itself (functools' CacheInfo), as
// namedtuple(name, fields) called in `module` makes it.
ObjRef libraryNamedtuple(Interpreter& in, const std::string& module, const std::string& name,
                         const std::vector<std::string>& fields);

// A new dict type `name` (CPython's tp_name: "collections.OrderedDict", "Counter"), a subtype
// of dict made by `ctor`.
rt::TypeObject* libraryDictTypeObject(Interpreter& in, const char* name, rt::NativeFn ctor);
// Adds builtins to a type's namespace.
void addMethods(Interpreter& in, rt::TypeObject* t,
                std::initializer_list<std::pair<const char*, rt::NativeFn>> methods);
// An empty dict of the library type `cls`.
ObjRef newLibraryDict(Interpreter& in, rt::TypeObject* cls);
// dict's own initialisation: the entries of the one positional argument (a mapping or an
// iterable of pairs) left in `args`, then the keyword arguments; false with the error set.
bool fillDict(Interpreter& in, rt::DictObject* d, rt::CallArgs& args);
// Appends `{k: v, ...}` (or `[(k, v), ...]` with asPairs) of d's entries to `out`; a dict met
// again inside itself is written "...". False with the error set.
bool entriesRepr(Interpreter& in, rt::DictObject* d, std::string& out, const char* open,
                 const char* close, bool asPairs);

// A property whose getter is the builtin `fn`, called with the object, and whose setter (when
// given) is called with the object and the value.
ObjRef property(Interpreter& in, const char* name, rt::NativeFn fn, rt::NativeFn setter = nullptr);

} // namespace memstep::core::modules
