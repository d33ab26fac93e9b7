// A program's class's namespace as CPython shows it: `vars(C)` and `C.__dict__`, a read-only
// `mappingproxy` of the class's dict.
//
// memstep keeps a class's names in its AttrDict (TypeObject::dict), which the diagram draws as
// the class's attributes, and leaves out what CPython's type() adds to the dict on its own: the
// `__dict__` and `__weakref__` descriptors of a class whose instances get them first, `__doc__`
// (None without a docstring) and `__hash__ = None` beside an `__eq__`. The proxy reads the class
// at every use, so it follows the class as CPython's does: each operation builds the dict CPython
// would hold (those entries in CPython's places, `__qualname__` left out) and answers from it.
// A builtin type's, a library class's and an Enum's or ABC's namespace stay refused by name.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// The class's namespace as a new dict in CPython's order; null with the run aborted for a
// class memstep does not give one of.
ObjRef classNamespaceDict(Interpreter& in, rt::TypeObject* t);
// `vars(C)` and `C.__dict__`: a new mappingproxy of the class (null with the run aborted).
ObjRef classNamespaceProxy(Interpreter& in, rt::TypeObject* t);
// types.MappingProxyType(d): a read-only view of the dict `d` (an Enum's __members__).
ObjRef mappingProxyOf(Interpreter& in, rt::DictObject* d);
// type() made the class's entries up to here (its body's and its slots'): what is set on the
// class later comes after the entries it adds itself. Returns true.
bool namespaceMade(rt::TypeObject* t);
// The class's entry `name` is about to be deleted: the count of made entries follows.
void namespaceEntryDeleted(rt::TypeObject* t, const std::string& name);
// dir(obj) of an instance of the program's plain class, or dir(C) of such a class, whose class
// defines no __dir__: the sorted names of its __dict__ and of every namespace of its MRO, as
// object.__dir__ and type.__dir__ gather them; null with the run aborted for anything else.
ObjRef attributeNamesForDir(Interpreter& in, Object* o);

} // namespace memstep::core::interp
