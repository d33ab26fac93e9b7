// How the arguments of an exception's constructor become its state, and the __new__ the
// program's exception classes reach through super().__new__(cls, ...).
//
// BaseException keeps every argument in `args`. OSError (CPython's OSError.__new__ and
// __init__) reads errno, strerror, filename and filename2 from two to five arguments, keeps
// only the first two in `args` once a filename is given, and `OSError(errno, ...)` itself makes
// the subclass its errno names (ENOENT: FileNotFoundError). A subclass that defines __init__ but
// not __new__ gets its arguments parsed by OSError.__init__ instead, as CPython does.
// memstep computes str() when the state changes rather than when it is asked for, because the
// diagram shows it at every step; setting errno or filename therefore recomputes it.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// BaseException.__init__ (or OSError's parse) of `args` into `e`: its args, OSError's fields
// and its str(). False with the error raised (a str() or repr() of an argument failed).
bool setExceptionArgs(Interpreter& in, rt::ExceptionObject* e, const ObjVec& args);
// The check of the keywords of `args` that the __init__ of exception class `t` makes
// (OSError's __new__ makes it instead when it parses the arguments): none are taken but by
// ImportError (name, path), AttributeError (name, obj) and NameError (name). False with the
// TypeError raised.
bool exceptionKeywords(Interpreter& in, rt::TypeObject* t, const rt::CallArgs& args);
// Whether OSError.__init__ rather than OSError.__new__ reads the arguments of `cls`: a program's
// subclass defining __init__ and no __new__.
bool osErrorUsesInit(Interpreter& in, rt::TypeObject* cls);
// The class `cls(*args)` makes: OSError's errno mapping turns OSError(2, ...) into a
// FileNotFoundError; any other class is itself.
rt::TypeObject* exceptionClassFor(Interpreter& in, rt::TypeObject* cls, const ObjVec& args);
// OSError's errno, strerror, filename, filename2 and BlockingIOError's characters_written of
// `e`: null when `name` is none of them (or `e` no OSError), else the value or null with the
// AttributeError raised.
ObjRef osErrorAttr(Interpreter& in, rt::ExceptionObject* e, const std::string& name);
// `e.name = value` (null: `del e.name`) for those names: false when `name` is not one of them,
// else true with `ok` saying whether it worked.
bool setOsErrorAttr(Interpreter& in, rt::ExceptionObject* e, const std::string& name, ObjRef value,
                    bool& ok);
// `Exception.__new__` (the static method of the builtin exception class `t` or the one a
// program's class extends); null when `t` is no exception class.
ObjRef exceptionTypeNew(Interpreter& in, rt::TypeObject* t);

} // namespace memstep::core::interp
