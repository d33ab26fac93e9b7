// Classes that take part in their own attribute access: __getattribute__, __getattr__,
// __setattr__ and __delattr__, and descriptors written in Python (a class attribute whose class
// defines __get__, __set__ or __delete__, and __set_name__ at class creation).
//
// classes.cpp does CPython's generic lookup (object.__getattribute__, object.__setattr__);
// these functions put in front of it what a program's class defines, as CPython's slot
// functions do (slot_tp_getattr_hook, slot_tp_setattro, slot_tp_descr_get/set). Each hook is
// an ordinary call of a Python function, so the trace shows its frame and steps exactly where
// CPython's debugger does; nothing here keeps state of its own.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// What `attr`, found on `type`'s MRO, gives when looked up through `obj` (an instance) or
// through the class itself (obj null): a bound method, a property's value, what a descriptor's
// __get__ returns. Null with the exception set.
ObjRef bindFound(Interpreter& in, ObjRef attr, Object* obj, rt::TypeObject* type);
// A property found on an instance's class, or null.
rt::DescriptorObject* asProperty(const ObjRef& attr);
// An instance's __dict__ (a program's instance or exception), or null.
rt::AttrDict* instanceDict(Object* o);

// class Stack(list) (runtime/instance.h). Whether `layout` is a builtin type a program's class
// may extend besides object and the exceptions: list, dict, set, int, float, str or tuple, whose
// objects are then marked `subclassed`.
bool isBuiltinLayout(Interpreter& in, const rt::TypeObject* layout);
// An empty object of `cls`, a program's subclass of list, dict or set, before any __init__
// runs (list.__new__(cls)).
ObjRef newSubclassObject(rt::Heap& heap, rt::TypeObject* cls);
// int, float, str or tuple: a builtin layout whose objects hold an immutable value, fixed when
// the type's __new__ makes them (value_subclass.cpp).
bool isValueLayout(Interpreter& in, const rt::TypeObject* layout);
// An object of `cls` (a program's subclass of int, float, str or tuple) holding `value`'s value,
// made as int.__new__(cls, ...) makes it: a new object, never a cached one.
ObjRef newValueSubObject(Interpreter& in, rt::TypeObject* cls, Object* value);
// A class collections.namedtuple made (typing.NamedTuple's too), not a program's subclass of one.
bool isNamedTupleClass(Interpreter& in, const rt::TypeObject* t);
// The namedtuple class `cls` is or derives from (class Point(namedtuple("Point", "x y"))), whose
// _fields, _make, _replace and __repr__ serve the subclass's objects; null when none.
rt::TypeObject* namedTupleBase(Interpreter& in, rt::TypeObject* cls);
// cls(*args) before its __init__: the base type called with the arguments, its value in a new
// object of cls (long_subtype_new, float_subtype_new, unicode_subtype_new). Null on error.
ObjRef valueSubclassNew(Interpreter& in, rt::TypeObject* cls, rt::CallArgs& args);
// int.__new__, float.__new__, str.__new__ (a static method of `layout`): null when `t` is
// not one of those types nor a program's class extending one.
ObjRef valueTypeNew(Interpreter& in, rt::TypeObject* t);
// What an object of such a class has from its builtin type: list.append bound to it, an
// int's `real` or `numerator`; null when the type has no such attribute.
ObjRef builtinPartAttr(Interpreter& in, Object* o, const std::string& name);
// A name such a class (of base `base`) may not define: a special method the builtin
// operations memstep runs for its objects would not call.
bool isRefusedInSubclass(std::string_view name, rt::Tag base);
// An object of such a class whose class defines __getitem__, __setitem__ or __delitem__:
// code reading or writing its items directly would skip them.
bool overridesItems(Interpreter& in, Object* o);
// An object of a list subclass whose class (or a mixin) defines __len__: len(), truth and
// length hints call it, as CPython's slots do for a heap type.
bool overridesLen(Interpreter& in, Object* o);
// "property 'x' of 'C' object has no setter" (role: getter, setter, deleter); always null.
ObjRef noAccessor(Interpreter& in, rt::TypeObject* t, rt::DescriptorObject* d, const char* role);

// Whether `type` (a program's class) or a class of its MRO that lookupInType searches defines
// the hook: lookupInType(type, name) != null for the hook's name, answered from the
// namespaces' hook bits (runtime/attr_dict.h) without comparing names, since every `obj.x`
// and `obj.x = v` asks it. False for a builtin type.
bool typeDefines(Interpreter& in, rt::TypeObject* type, rt::AttrHook hook);

// A descriptor written in Python: an instance whose class defines __get__ (`hasGet`), and is a
// data descriptor when it defines __set__ or __delete__ (`isData`), which then takes
// precedence over the instance's own attributes. Both false for anything else.
struct UserDescriptor {
    bool hasGet = false;
    bool isData = false;
};
UserDescriptor userDescriptor(Interpreter& in, Object* attr);
// descr.__get__(obj, type), obj None when read through the class; null with the exception set.
ObjRef descriptorGet(Interpreter& in, Object* descr, Object* obj, rt::TypeObject* type);
// descr.__set__(obj, value), or descr.__delete__(obj) when value is null; false with the
// exception set (AttributeError('__delete__') when the descriptor has no such method).
bool descriptorSet(Interpreter& in, Object* descr, Object* obj, ObjRef value);
// type.__new__'s last step: `value.__set_name__(cls, name)` for every attribute of the new
// class whose class defines it, in the namespace's order. False with the exception set.
bool callSetNames(Interpreter& in, rt::TypeObject* cls);

// obj.name on a program's object (an instance or exception of a program's class): through its
// class's __getattribute__ and __getattr__, if any, then the AttributeError augmented. The
// hooks get `nameObject` as the name (getattr(obj, s) passes s itself), or when it is null the
// code's own interned str, as LOAD_ATTR passes it.
ObjRef userGetAttr(Interpreter& in, Object* o, const std::string& name, ObjRef nameObject);
// `obj.name = value` (value null: `del obj.name`) when the class defines __setattr__ (or
// __delattr__): true with the outcome in `ok`; false when it does not.
bool hookedSetAttr(Interpreter& in, Object* o, const std::string& name, ObjRef value, bool& ok);
// As PyObject_GetAttr does with an AttributeError leaving a lookup on `o`: the error learns
// the name and the object (for the traceback's "Did you mean"), unless it knows them already.
void augmentAttributeError(Interpreter& in, Object* o, const std::string& name);

// __slots__ (slots.cpp). After the class is made: its member descriptors, its slot layout and
// whether its instances have a __dict__; false with CPython's TypeError/ValueError set, or
// the run aborted for what memstep does not model (several bases with slots...).
bool makeSlots(Interpreter& in, rt::TypeObject* cls);
// A member descriptor (a slot) or null.
inline rt::DescriptorObject* asMember(const ObjRef& attr) {
    if (!attr || attr->tag != rt::Tag::Descriptor)
        return nullptr;
    auto* d = static_cast<rt::DescriptorObject*>(attr.get());
    return d->kind == rt::DescriptorObject::Kind::Member ? d : nullptr;
}
// The slot's value on `o`, or AttributeError "'P' object has no attribute 'x'" when unset.
ObjRef slotGet(Interpreter& in, Object* o, rt::DescriptorObject* member);
// Sets the slot (value null: deletes it, AttributeError('x') when unset); false on error.
bool slotSet(Interpreter& in, Object* o, rt::DescriptorObject* member, ObjRef value);
// A member descriptor's own attributes: __name__, __objclass__.
ObjRef memberAttr(Interpreter& in, rt::DescriptorObject* member, const std::string& name);

// isinstance(o, C) (and a class pattern) answering False: CPython then reads o.__class__,
// through the class's own __getattribute__ when it has one, a call memstep does not make. So
// that case is refused: null after aborting, else `answer` itself.
ObjRef checkedIsinstance(Interpreter& in, Object* o, ObjRef answer);
// A library metaclass's __instancecheck__ (typing.Protocol's, typing.Any's) that isinstance()
// and a class pattern call with (cls, o): kept in the library class's namespace under a name
// no program can spell, found through the MRO of a program's class derived from it. Null when
// `t` is not a class or has none (a builtin type, with no library metaclass, has none).
ObjRef instanceCheckHook(Interpreter& in, Object* t);

// object.__getattribute__, __setattr__ and __delattr__ as bound to `self` (super().__setattr__,
// obj.__setattr__), or null for another name.
rt::NativeFn objectAttributeMethod(std::string_view name);
// object_methods.cpp: puts object's own methods in its namespace, as CPython's slot wrappers
// and method descriptors (object.__init__(self), object.__setattr__(self, n, v)), and __new__.
void addObjectMethods(Interpreter& in, rt::TypeObject* object);
// object's classmethods __init_subclass__ and __subclasshook__ bound to `cls`, or null for
// another name.
ObjRef objectClassMethod(Interpreter& in, rt::TypeObject* cls, const std::string& name);
// What object's namespace gives `self` under `name`, bound to it (super().__init__,
// obj.__repr__), or null when object has no such name.
ObjRef boundFromObject(Interpreter& in, Object* self, const std::string& name);

// super() (super_object.cpp): the object whose attribute lookup starts after `start` in the
// MRO of `self`'s type (of `self` itself when it is a subclass of start), given as it is
// called, super() or super(type, obj).
ObjRef tSuper(Interpreter& in, Object*, rt::CallArgs& args);

} // namespace memstep::core::interp
