// Classes made at run time and the program's metaclasses (metaclass.cpp): type.__new__ as
// type() with three arguments and a metaclass's super().__new__ call it, the metaclass a
// class statement calls, and what a class finds on its metaclass.
//
// A class a program's metaclass made is a TypeObject like any other, drawn as any class is;
// only its `metaclass` field differs (type() of it). memstep runs the metaclass's __new__,
// __init__, __call__, __repr__ and __str__ and its plain methods; a metaclass defining any
// other special method (__getattr__, __instancecheck__, __getitem__...) is refused by name,
// since memstep's own operations on classes would not call it.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// type.__new__(metatype, name, bases, dict) with `args` the three after the metatype: the
// new class, or null with CPython's TypeError (or an Unsupported abort) set.
ObjRef typeNewClass(Interpreter& in, rt::TypeObject* metatype, rt::CallArgs& args);

// type_new's init_subclass: super(cls, cls).__init_subclass__(**keywords), the first
// program's class after `cls` in its MRO defining it, else object's (which takes nothing);
// false with the exception set.
bool initSubclass(Interpreter& in, rt::TypeObject* cls, rt::CallArgs& keywords);

// object.__init_subclass__ bound to the class `self`: None, or CPython's TypeError for any
// argument.
ObjRef objectInitSubclass(Interpreter& in, rt::Object* self, rt::CallArgs& args);

// The builtin type.__new__ (a static method), and type.__init__ and type.__call__ bound to
// the class `self`, as super() finds them from a program's metaclass; null for other names.
ObjRef typeSlotThroughSuper(Interpreter& in, const std::string& name, ObjRef self,
                            bool selfIsClass);

// The __call__ the program's metaclass of `cls` defines, bound to `cls`; null when it
// defines none (type.__call__ then makes the instance).
ObjRef metaclassCall(Interpreter& in, rt::TypeObject* cls);

// `cls.name` found on its program metaclass (a method bound to the class); null when the
// metaclass has none, without an exception.
ObjRef metaclassAttr(Interpreter& in, rt::TypeObject* cls, const std::string& name);

// The reason memstep refuses a class whose namespace is `ns` (a special method it would not
// call), empty when it makes it; `layout` and `mro` as classBasesLayoutMro gives them.
// `library`: made with a library's metaclass (metaclass=ABCMeta) whatever its bases.
std::string refusedInClass(Interpreter& in, const rt::AttrDict& ns, rt::TypeObject* layout,
                           const std::vector<rt::TypeObject*>& mro, bool library = false);

// The class statement's metaclass (CPython's __build_class__): `meta` from `metaclass=`
// (null when not given), else type() of the first base; the most derived of it and the types
// of all bases (CPython's TypeError on a conflict). Null with the exception set.
ObjRef classMetaclass(Interpreter& in, ObjRef meta, const ObjVec& bases);

// A special method of a program's metaclass memstep would not call (class_statement.cpp).
bool isRefusedInMetaclass(std::string_view name);

// A data descriptor (a property) that the program's metaclass of `cls` defines for `name`:
// type_getattro gives it before the class's own attribute. Null without an exception when
// there is none; `found` says whether there is one (its value may be null on an error).
ObjRef metaclassDataAttr(Interpreter& in, rt::TypeObject* cls, const std::string& name,
                         bool& found);

// Setting or deleting `cls.name` where memstep would not do what CPython does: a special
// method a metaclass would need, a data descriptor of the class's metaclass. An Unsupported
// abort (false), or true.
bool metaclassAllowsSet(Interpreter& in, rt::TypeObject* cls, const std::string& name);

// True for a program's metaclass: a class of the program derived from type.
bool isProgramMetaclass(Interpreter& in, const Object* o);

} // namespace memstep::core::interp
