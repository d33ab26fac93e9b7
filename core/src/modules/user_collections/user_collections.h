// collections.UserDict (user_dict.cpp), UserList (user_list.cpp) and UserString
// (user_string.cpp): classes CPython 3.11's
// Lib/collections/__init__.py writes in Python, whose objects keep their items in a real
// container, their attribute `data`. Here each is a library class (drawn by its name alone,
// as CPython's reference draws it; a program's subclass is the program's, its objects drawn
// with their `data`) whose methods are builtins standing in for the library's Python
// functions. What they do to the object itself (`self[key] = value`, `iter(self)`) goes
// through its class, so a program's subclass overriding __setitem__ or __getitem__ has it
// called where CPython calls it, and those calls are the program's steps.
#pragma once

#include "modules/modules.h"

#include <string>
#include <vector>

namespace memstep::core::modules::user_collections {

// The positional parameters of one of the library's Python functions, `self` first; those
// after `required` have defaults. Keywords are matched to them by name.
struct Signature {
    const char* qualname;
    std::vector<const char*> params;
    std::size_t required;
};

// Binds `args` to `sig` as CPython binds a call of a Python function: the values of the
// parameters, null for an absent optional one; false with CPython's TypeError set.
bool bindArgs(Interpreter& in, rt::CallArgs& args, const Signature& sig, ObjVec& out);

// A method's arguments bound, its `self` and `self.data`.
struct Call {
    ObjVec args; // by parameter, self first
    Object* self = nullptr;
    ObjRef data;
};
// bindArgs, then self.data; false with the exception set.
bool bindCall(Interpreter& in, rt::CallArgs& args, const Signature& sig, Call& out);

// The methods both classes write as one operation on self.data (len(self.data),
// repr(self.data), `x in self.data`, `self.data[k] = x`, `del self.data[k]`), named
// `owner.__len__`... in argument errors; `key` and `item` are their parameters' names.
ObjRef dataLen(Interpreter& in, rt::CallArgs& args, const char* owner);
ObjRef dataRepr(Interpreter& in, rt::CallArgs& args, const char* owner);
ObjRef dataContains(Interpreter& in, rt::CallArgs& args, const char* owner, const char* item);
ObjRef dataSetItem(Interpreter& in, rt::CallArgs& args, const char* owner, const char* key,
                   const char* item);
ObjRef dataDelItem(Interpreter& in, rt::CallArgs& args, const char* owner, const char* key);

// self.__class__(*positional): a subclass's __init__ runs.
ObjRef callClass(Interpreter& in, Object* self, ObjVec positional);
// __copy__: a new object of self's class, not initialised, with self's attributes, its
// `data` replaced by `data`.
ObjRef shallowCopy(Interpreter& in, Object* self, ObjRef data);
using Kind = rt::TypeObject::UserCollection;
// Whether `o` is an object of the library class of this kind or of a subclass of it.
bool isInstanceOf(Interpreter& in, Object* o, Kind kind);

// The class `name` of collections, with ABCMeta as its metaclass (UserDict derives from
// MutableMapping, UserList from MutableSequence): its subclasses get __abstractmethods__ and
// _abc_impl. Finish it with `created` once its namespace is filled.
rt::TypeObject* libraryClass(Interpreter& in, const char* name, Kind kind);
ObjRef created(Interpreter& in, rt::TypeObject* cls);
// __lt__, __le__, __eq__, __gt__ and __ge__ of `cls`, each `self.data OP other` with another
// object of its kind replaced by its data; `param` is their second parameter's name.
void addComparisons(Interpreter& in, rt::TypeObject* cls, const char* param);
// Sequence's __iter__ and __reversed__: generators reading self[i] through the class.
void addSequenceIteration(Interpreter& in, rt::TypeObject* cls);
// Adds a builtin standing in for the Python function `owner.name` with these parameters, the
// last of them taking `defaults`.
ObjRef addMethod(Interpreter& in, rt::TypeObject* cls, const char* owner, const char* name,
                 rt::NativeFn fn, std::vector<std::string> params, ObjRef self = nullptr,
                 ObjVec defaults = {});

} // namespace memstep::core::modules::user_collections
