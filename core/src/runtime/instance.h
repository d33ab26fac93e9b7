// Objects of the class system: instances, bound methods, the staticmethod / classmethod /
// property wrappers, and super() proxies.
//
// A class is a TypeObject (callable.h) with `isUser` set, so `type(x)`, `isinstance` and
// attribute lookup treat builtin and user classes through one path. An instance only knows
// its class and its `__dict__`; everything else (methods, class attributes, dunders) is
// found on the class at the moment it is used, as CPython does, which is what makes
// `self.count += 1` shadow a class attribute and a class-level list shared by all instances.
// Classes are kept alive by the interpreter for the whole run, so the raw `cls` pointers
// here can never dangle; whether the diagram still shows a class is the tracer's business.
#pragma once

#include "runtime/callable.h"
#include "runtime/containers.h"

#include <string_view>

namespace memstep::core::rt {

// Names every class namespace has that the diagram leaves out (the heap-graph contract):
// the class frame hides the first three, the class object all of them.
inline bool isHiddenClassAttr(std::string_view name) {
    return name == "__module__" || name == "__qualname__" || name == "__doc__" ||
           name == "__dict__" || name == "__weakref__";
}

struct InstanceObject : Object {
    InstanceObject() : Object(Tag::Instance) {}
    ~InstanceObject() override; // lets its __dict__ go as a plain dict (heap.cpp)
    TypeObject* cls = nullptr;
    AttrDict attrs;
    // `obj.__dict__` once asked for: a dict kept equal to `attrs` both ways (the dict's
    // `owner` is this instance), so it stays the same object, as CPython's does. Null before.
    ObjRef dict;
};

// `obj.method` without the call: remembers `self` (the instance, or the class for a
// classmethod) and the function.
struct MethodObject : Object {
    MethodObject() : Object(Tag::Method) {}
    ObjRef self;
    ObjRef func;
};

struct DescriptorObject : Object {
    // Member: a slot of __slots__ (CPython's member_descriptor).
    enum class Kind : std::uint8_t { StaticMethod, ClassMethod, Property, Member };
    DescriptorObject() : Object(Tag::Descriptor) {}
    Kind kind = Kind::StaticMethod;
    ObjRef func; // staticmethod / classmethod: the wrapped callable; member: the slot's name
    TypeObject* owner = nullptr;    // member: the class whose __slots__ made it
    ObjRef getter, setter, deleter; // property (null when absent)
};

// super(C, obj): attribute lookups start after C in type(obj)'s MRO and bind to obj.
struct SuperObject : Object {
    SuperObject() : Object(Tag::Super) {}
    TypeObject* start = nullptr; // the class named by super(); lookups begin after it
    ObjRef self;                 // the instance (or class, in a classmethod)
    TypeObject* selfType = nullptr;
};

// What an object of a program's subclass of list, dict, set, int, float, str or tuple adds to the
// builtin object: its class and its __dict__. The object keeps the builtin's tag and layout, so
// every builtin operation serves it unchanged (list.append, dict.update, len, iteration), as
// CPython's do; the class statement refuses the special methods a builtin operation would have to
// call instead.
struct SubclassPart {
    SubclassPart() = default;
    SubclassPart(const SubclassPart&) = delete;
    SubclassPart& operator=(const SubclassPart&) = delete;
    ~SubclassPart(); // lets its __dict__ go as a plain dict (heap.cpp)
    TypeObject* cls = nullptr;
    AttrDict attrs;
    // `obj.__dict__` once asked for, kept equal to `attrs` as an instance's is (InstanceObject).
    ObjRef dict;
};

struct ListSubObject : ListObject {
    ListSubObject() : ListObject(Tag::List) { subclassed = true; }
    SubclassPart part;
};

struct DictSubObject : DictObject {
    DictSubObject() { subclassed = true; }
    SubclassPart part;
};

// class Tags(set): its table, and the class's part. The set's own operators make plain sets
// (Tags() | {1} is a set), as CPython's do.
struct SetSubObject : SetObject {
    SetSubObject() { subclassed = true; }
    SubclassPart part;
};

// class Num(int), class Temp(float), class Name(str): the immutable value and the class's
// part. Never cached nor interned (Num(3) is not Num(3)), never reused as a spare int.
struct IntSubObject : IntObject {
    IntSubObject() { subclassed = true; }
    SubclassPart part;
};

struct FloatSubObject : FloatObject {
    FloatSubObject() { subclassed = true; }
    SubclassPart part;
};

struct StrSubObject : StrObject {
    StrSubObject() { subclassed = true; }
    SubclassPart part;
};

// class Point(tuple): its items, fixed when made, and the class's part (never the empty tuple
// singleton).
struct TupleSubObject : TupleObject {
    TupleSubObject() { subclassed = true; }
    SubclassPart part;
};

// The class and __dict__ of an object marked `subclassed`; null for any other object.
inline SubclassPart* subclassPart(Object* o) {
    if (!o->subclassed)
        return nullptr;
    switch (o->tag) {
    case Tag::List:
        return &static_cast<ListSubObject*>(o)->part;
    case Tag::Dict:
        return &static_cast<DictSubObject*>(o)->part;
    case Tag::Set:
        return &static_cast<SetSubObject*>(o)->part;
    case Tag::Int:
        return &static_cast<IntSubObject*>(o)->part;
    case Tag::Float:
        return &static_cast<FloatSubObject*>(o)->part;
    case Tag::Str:
        return &static_cast<StrSubObject*>(o)->part;
    case Tag::Tuple:
        return &static_cast<TupleSubObject*>(o)->part;
    default:
        return nullptr;
    }
}
inline const SubclassPart* subclassPart(const Object* o) {
    return subclassPart(const_cast<Object*>(o));
}

} // namespace memstep::core::rt
