// An instance's or a function's `__dict__` as the dict CPython gives: `obj.__dict__`,
// `vars(obj)`, `f.__dict__`, and `obj.__dict__ = d`.
//
// memstep keeps an instance's (or a function's) attributes in its AttrDict, which the diagram
// draws as its `attrs`. The first `obj.__dict__` makes a real dict holding the same names (as
// interned str keys) and values, kept by the instance so that it stays the same object; from
// then on every change to either side is made on the other at once, with its own trace event,
// so the dict's box and the instance's box always agree, and mutations through
// `obj.__dict__[...]`, `.update()`, `del`, `.pop()` or `.clear()` are the instance's
// attributes changing. The program's plain classes and its subclasses of list, dict, set, int,
// float, str and tuple get one (a slotted class's objects have none: an AttributeError); an
// exception's, a library class's or one of a class made by a library's metaclass stays
// refused by name. `obj.__dict__ = d` makes
// `d` itself the dict (the old one lives on as a plain dict), its entries the attributes, as
// CPython does.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// `obj.__dict__` read through object.__getattribute__: the instance's dict (made on first
// use), or null with the run aborted as Unsupported for what memstep cannot give.
ObjRef instanceDictAttribute(Interpreter& in, Object* o);
// `f.__dict__`: the function's dict (made on first use).
ObjRef functionDictAttribute(Interpreter& in, rt::FunctionObject* fn);
// `obj.__dict__ = value` (value null: `del obj.__dict__`) on an instance or a function: false
// with CPython's error (not a dict; a function's deleted) or the run aborted for a dict memstep
// cannot mirror (another's __dict__, a key that is not a str, a subclass of dict).
bool assignDictAttribute(Interpreter& in, Object* o, const Object* value);
// The instance's or function's attribute `name` is now `value` (null: deleted): its dict, if
// made, follows.
void attrChangedInDict(Interpreter& in, Object* o, const std::string& name, Object* value);
// The dict is some instance's or function's __dict__ (or the module namespace) and its entry
// `key` is now `value` (null: removed): the owner's attribute follows, with its trace event.
void entryChangedInInstance(Interpreter& in, rt::DictObject* d, Object* key, Object* value);
// The dict is some instance's or function's __dict__ and was just emptied: so are its
// attributes.
void entriesClearedInInstance(Interpreter& in, rt::DictObject* d);
// False, with the run aborted, for a key an owned __dict__ cannot take in memstep (an
// attribute name that is not a str).
bool instanceDictKeyAllowed(Interpreter& in, const rt::DictObject* d, const Object* key);
// The builtin vars(obj).
ObjRef builtinVars(Interpreter& in, Object* self, rt::CallArgs& args);

} // namespace memstep::core::interp
