// The dataclasses module, as CPython 3.11's Lib/dataclasses.py behaves, shared by its files:
// dataclasses_module.cpp (field(), fields(), asdict(), astuple(), replace(), is_dataclass()),
// dataclasses_process.cpp (the @dataclass decorator, _process_class) and
// dataclasses_methods.cpp (the methods it writes into the class).
//
// CPython generates each class's __init__, __repr__, __eq__... as Python source run by exec():
// their code is `<string>`, not the program's, so they take no steps. Here each is a builtin
// standing in for that function (drawn as a `function` with CPython's parameters, defaults and
// closure), made per class, whose bound self is the class. Field, _DataclassParams, MISSING
// and the default-factory sentinel are instances of native types, drawn as CPython draws a
// library object: their type name alone. What cannot be exact (KW_ONLY, frozen slots,
// string annotations naming ClassVar) is refused as Unsupported.
#pragma once

#include "modules/modules.h"

namespace memstep::core::modules::dataclasses {

// What the generated code needs of the module: read from the module object.
struct Library {
    rt::ModuleObject* module = nullptr;
    Object* missing = nullptr;    // dataclasses.MISSING
    Object* hasFactory = nullptr; // dataclasses._HAS_DEFAULT_FACTORY, repr '<factory>'
    rt::TypeObject* fieldType = nullptr;
    rt::TypeObject* paramsType = nullptr;
};
Library library(Object* module);

// A Field's attribute (name, type, default, default_factory, init, repr, hash, compare).
Object* fieldAttr(Object* field, const char* name);
bool fieldFlag(Interpreter& in, Object* field, const char* name);
// The class's __dataclass_fields__ (a dict), or null when it is no dataclass.
rt::DictObject* classFields(Interpreter& in, rt::TypeObject* cls);
// The class's __dataclass_params__ (a _DataclassParams), or null.
Object* classParams(Interpreter& in, rt::TypeObject* cls);
// The fields that are real fields (not ClassVar nor InitVar pseudo-fields), in order.
ObjVec realFields(Interpreter& in, rt::DictObject* fields);
// The real fields and the InitVar pseudo-fields, in order: what __init__ takes.
ObjVec initFields(Interpreter& in, rt::DictObject* fields);
// Whether a Field is an InitVar pseudo-field (its _field_type is _FIELD_INITVAR).
bool isInitVar(Object* field);

// dataclass(cls=None, /, *, init=True, ...): the decorator (self is the module).
ObjRef dataclassFunction(Interpreter& in, Object* module, rt::CallArgs& args);

// The generated methods, added to `cls` in CPython's order; false with the error set.
struct Options {
    bool init = true, repr = true, eq = true, order = false, unsafeHash = false, frozen = false,
         matchArgs = true;
};
bool addMethods(Interpreter& in, const Library& lib, rt::TypeObject* cls, const Options& o,
                bool explicitHash);
// Whether `fn` is the __repr__ the decorator wrote (pprint lays out such an object's fields).
bool isGeneratedRepr(const Object* fn);

} // namespace memstep::core::modules::dataclasses
