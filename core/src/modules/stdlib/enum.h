// What the files of the enum module share (enum_module.cpp: Enum, EnumType's work, auto and
// unique; enum_data_types.cpp: IntEnum, StrEnum and the enums mixing in int or str).
#pragma once

#include "interp/interpreter.h"

#include <string>
#include <vector>

namespace memstep::core::modules {

using interp::Interpreter;
using rt::Object;
using rt::ObjRef;

// A builtin standing for one of enum.py's Python functions (drawn as a function with `params`).
ObjRef enumStandIn(Interpreter& in, const char* name, const char* qualname, rt::NativeFn fn,
                   std::vector<std::string> params);
// int.__repr__, str.__format__...: the one object Enum (`enumCls`) keeps for the data type's
// method `name`.
ObjRef dataMethod(rt::TypeObject* enumCls, rt::TypeObject* dataType, const std::string& name);
// What `name` is on `cls`'s MRO from its `from`th class on: a class's entry, or `dataType` itself
// when that builtin (int or str) defines it; null when none.
Object* findInMro(rt::TypeObject* cls, const std::string& name, std::size_t from,
                  rt::TypeObject* dataType);
// EnumType.__new__'s last touch on `cls`, an enum mixing in `dataType` (int or str) whose body
// was `body`: the enum's __repr__, __str__ and __format__ put back where the data type's own
// would be found first.
void restoreEnumMethods(rt::TypeObject* enumCls, rt::TypeObject* cls, rt::TypeObject* dataType,
                        const rt::AttrDict& body);
// ReprEnum, IntEnum and StrEnum, and the data types' methods they hold, set in module `m`
// beside Enum (`e`).
void fillDataEnums(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* e);

} // namespace memstep::core::modules
