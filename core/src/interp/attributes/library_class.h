// Classes written in C in CPython that memstep writes in C++ (io.StringIO, mappingproxy): their
// type objects and their methods, shared by the interpreter's own and the modules'.
//
// Such a class is found, called and dispatched as a program's class is, through its namespace,
// but drawn as CPython's reference draws a library class: by its __name__, without its
// namespace, and its instances by their type alone.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// Makes `t` such a class: `tpName` is CPython's tp_name (`_io.StringIO`, `mappingproxy`), as
// error messages write it, `name` its __name__ and `module` its __module__. It lives as long as
// the interpreter.
void initLibraryClass(Interpreter& in, rt::TypeObject* t, std::string tpName, const char* module,
                      const char* name);
// A library's exception class (statistics.StatisticsError, re.error, struct.error, decimal's
// signals), written in Python or made by PyErr_NewException: named `name`, qualified by
// `module` (its repr: <class 'struct.error'>), extending `base` (its first base when it has
// several), raised and caught as a builtin exception is. It lives as long as the interpreter.
rt::TypeObject* newLibraryException(Interpreter& in, const char* module, const char* name,
                                    rt::TypeObject* base);
// A method of such a class: a method_descriptor read from the class, bound to an instance as a
// builtin_function_or_method, so `fn` gets the instance as its self.
void addMethodDescriptor(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn);

} // namespace memstep::core::interp
