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

} // namespace memstep::core::interp
