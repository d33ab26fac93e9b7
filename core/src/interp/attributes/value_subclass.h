// Subclasses of int, float and str (value_subclass.cpp): what a builtin operation returns when
// CPython's code would hand back its operand unchanged.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// `o` itself, unless it is an object of a program's subclass of int, float, str or tuple: then
// a plain one of the same value, as CPython's _PyLong_Copy, PyFloat_FromDouble and
// unicode_result_unchanged make it (a small int is the cached one; a str a new object; a tuple
// a new one of the same items).
ObjRef exactValue(Interpreter& in, ObjRef o);

// tp_new_wrapper's checks of `BASE.__new__(cls, ...)` where `layout` is BASE: the class its first
// argument names, a subtype of BASE; null with CPython's TypeError set ("not enough arguments",
// "X is not a type object", "X is not a subtype of BASE").
rt::TypeObject* newWrapperClass(Interpreter& in, rt::TypeObject* layout, const rt::CallArgs& args);

} // namespace memstep::core::interp
