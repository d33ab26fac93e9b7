// A class body's `locals()` (and `vars()`, `dir()` without an argument): the namespace the
// class is being built from, as the dict CPython gives.
//
// memstep keeps the body's names in an AttrDict (Frame::classNamespace), which the diagram draws
// as the class frame's variables. The first locals() in the body makes a real dict holding the
// same names in the same order (`__module__` and `__qualname__` first), kept by the frame so
// that every call answers the same object; while the body runs, each change to either side is
// made on the other at once, so `locals()["y"] = 1` makes a class attribute `y`, as in CPython.
// When the body ends the dict is let go as a plain dict: type() copies the namespace, so later
// changes to it are no longer the class's. A body whose namespace a metaclass made (its
// `__prepare__`, an Enum's) is refused by name: there locals() is that other mapping.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// The class body frame f's namespace dict (made on first use); null with the run aborted for a
// namespace made by a metaclass.
ObjRef classBodyDict(Interpreter& in, Frame& f);
// The dict is a running class body's namespace (its owner is itself, a marker no instance is).
bool isClassBodyDict(const rt::DictObject* d);
// The class body dict's entry `key` is now `value` (null: removed): the body's name follows.
void entryChangedInClassBody(Interpreter& in, rt::DictObject* d, Object* key, Object* value);
// False, with the run aborted, for a key memstep's class namespace cannot take (not a str), or
// for clearing it (which would take `__module__` and `__qualname__` along).
bool classBodyKeyAllowed(Interpreter& in, const Object* key);
void entriesClearedInClassBody(Interpreter& in);
// The body ended: the dict becomes a plain one.
void classBodyEnded(Frame& f);

} // namespace memstep::core::interp
