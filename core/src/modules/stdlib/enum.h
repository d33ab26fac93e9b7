// What the files of the enum module share (enum_module.cpp: Enum, EnumType's work, auto and
// unique; enum_data_types.cpp: IntEnum, StrEnum and the enums mixing in int or str;
// enum_flag.cpp: Flag and IntFlag; enum_library.cpp: the IntFlag classes of other modules).
#pragma once

#include "interp/interpreter.h"

#include <string>
#include <vector>

namespace memstep::core::modules {

using interp::Interpreter;
using rt::Object;
using rt::ObjRef;

// enum.Enum, the library class every enum class derives from.
rt::TypeObject* enumBase(Interpreter& in);
// A member is an instance of its class, or with a mixed-in data type (`class Size(int, Enum)`)
// an int or str of a subclass: its class and __dict__ live in the object's subclass part.
// memberClass and memberAttrs are null for other objects, memberField when `o` lacks `attr`.
rt::TypeObject* memberClass(Object* o);
rt::AttrDict* memberAttrs(Object* o);
Object* memberField(Object* o, const char* attr);
// A member of some enum class: an object of a program's class derived from Enum.
bool isEnumMember(Interpreter& in, Object* o);
// The entry `name` of the class's own namespace; null when it has none.
Object* classEntry(rt::TypeObject* cls, const char* name);
// Enum.__new__'s lookup of `cls`'s member by value (a Flag's composite made on demand).
ObjRef lookupByValue(Interpreter& in, rt::TypeObject* cls, Object* value);
// Whether a name of an enum's class body may be a member (neither _sunder_ nor __dunder__).
bool isMemberName(const std::string& name);
// The member values an enum's class body `ns` has stored so far (_EnumDict's _last_values).
ObjVec lastValues(const rt::AttrDict& ns);
// _EnumDict.__setitem__'s part for auto() (the enum metaclass's `store`): an auto object bound
// to `name` (alone or as an item of a tuple) replaced by what the class's
// _generate_next_value_ gives for the name (StrEnum's: the name in lower case).
ObjRef enumStore(Interpreter& in, rt::AttrDict& ns, const std::string& name, ObjRef value);
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
// enum.Flag, the library class every flag class derives from (enum_flag.cpp).
rt::TypeObject* flagBase(Interpreter& in);
// A class derived from Flag.
bool isFlagClass(Interpreter& in, rt::TypeObject* cls);
// Flag._generate_next_value_ for auto(): 1 first, then the power of two above the highest of
// `lastValues`.
ObjRef flagNextValue(Interpreter& in, const ObjVec& lastValues);
// EnumType.__new__'s Flag entries on `cls` (_boundary_, _flag_mask_...), set before its members
// are made; `flag` false for a plain enum with a member __init__, which sees them meanwhile and
// loses them once made (flagEnd).
void flagStart(Interpreter& in, rt::TypeObject* cls, bool flag);
void flagEnd(rt::TypeObject* cls);
// A Flag's member of value `value` made: the class's masks grow; `single` says whether the
// value is one bit (only those are named in _member_names_). False with the exception set.
bool flagRecord(Interpreter& in, rt::TypeObject* cls, Object* value, bool& single);
// The Flag class made: Flag's operators copied into it where its `body` has none, then (after
// __new__) the _iter_member_ of a class whose members were not defined in increasing order.
void flagFinish(Interpreter& in, rt::TypeObject* cls, const rt::AttrDict& body);
void flagOrder(Interpreter& in, rt::TypeObject* cls);
// Flag (and its FlagBoundary values), set in module `m` beside Enum (`e`).
void fillFlags(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* e);
// ReprEnum, IntEnum and StrEnum, and the data types' methods they hold, set in module `m`
// beside Enum (`e`).
void fillDataEnums(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* e);
// An IntFlag class of module `m` made as enum._simple_enum(IntFlag, boundary=KEEP) and
// global_enum make one (re.RegexFlag): `members` (aliases after their member) in definition
// order, each also a name of `m`, as the class is; repr() names them by module (re.IGNORECASE).
// Null with the exception set.
rt::TypeObject* globalIntFlag(Interpreter& in, rt::ModuleObject& m, const char* name,
                              const std::vector<std::pair<const char*, std::int64_t>>& members);

} // namespace memstep::core::modules
