// What `object` itself holds (object.__init__, __repr__, __eq__, __new__...): the methods every
// class inherits, read from the class (`object.__init__(self)`, `Base.__repr__(self)` reaching
// object) or bound to an object (`super().__init__()`, `obj.__setattr__`).
//
// They live in object's namespace as CPython's do, slot wrappers and method descriptors under
// their own names, so `object.__init__ is object.__init__` and each binds to an object as a
// method-wrapper; super() and an instance's lookup bind these same objects (boundFromObject),
// so there is one definition of each. They are C code in CPython: none has steps of its own,
// but a program's __eq__ or __setattr__ they reach runs with its steps.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/metaclass.h"
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"

#include <cstdio>

namespace memstep::core::interp {

namespace {

using rt::TypeObject;

// Whether `t`'s __init__ is not object's (its tp_init is not object_init): a program's class
// defining one, or a builtin base with its own (list, dict, set, the exceptions).
bool ownInit(Interpreter& in, TypeObject* t) {
    if (t->isUser && in.lookupInType(t, "__init__"))
        return true;
    TypeObject* layout = t->isUser ? t->layout : t;
    return layout != in.objectType() && !isValueLayout(in, layout);
}

// Whether `t`'s __new__ is not object's: a program's class defining one, or a builtin base
// (int, list...) with its own.
bool ownNew(Interpreter& in, TypeObject* t) {
    if (t->isUser && in.lookupInType(t, "__new__"))
        return true;
    return (t->isUser ? t->layout : t) != in.objectType();
}

// object_init: extra arguments are an error unless the class's __new__ (not object's) takes
// them; the wording says whose __init__ it was.
ObjRef objectInit(Interpreter& in, Object* self, CallArgs& args) {
    if (args.positional.empty() && args.keywords.empty())
        return in.none();
    TypeObject* t = in.typeOf(self);
    if (!Interpreter::isUserObject(self) && !self->subclassed && t != in.objectType() &&
        !isValueLayout(in, t) && !isBuiltinLayout(in, t) && !t->isException)
        return in.abortUnsupported("object.__init__ with arguments on a '" +
                                   std::string(in.typeName(self)) + "' object is not supported");
    const char* tail = "__init__() takes exactly one argument (the instance to initialize)";
    if (ownInit(in, t))
        return in.raise("TypeError", std::string("object.") + tail);
    if (!ownNew(in, t)) // tp_name: a program's class by its __name__
        return in.raise("TypeError", t->name + "." + tail);
    return in.none();
}

// object_repr: "<module.Qualname object at 0x...>", past the class's own __repr__. memstep
// writes that text for an instance; a builtin value (object.__repr__(5)) is named by its
// type's tp_name. A program's exception or subclass of list draws its own, not this.
ObjRef objectRepr(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__repr__", 0))
        return nullptr;
    if (self->tag != rt::Tag::Instance) {
        if (Interpreter::isUserObject(self) || self->subclassed)
            return in.abortUnsupported("object.__repr__ of a '" + std::string(in.typeName(self)) +
                                       "' object is not supported");
        char address[32];
        std::snprintf(address, sizeof address, "0x%llx",
                      static_cast<unsigned long long>(in.pyId(self)));
        return in.newStr("<" + std::string(in.typeName(self)) + " object at " + address + ">");
    }
    auto r = in.repr(self, true);
    if (!r)
        return nullptr;
    return in.newStr(std::move(*r));
}

// object_str: repr(self), through the class's own __repr__.
ObjRef objectStr(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__str__", 0))
        return nullptr;
    return convertObject(in, self, 'r');
}

// Only what memstep keeps as CPython does may be compared or hashed by object's own rules;
// object.__hash__(5) hashes the int's address, not 5.
bool identityApplies(Interpreter& in, Object* self, const char* what) {
    if (Interpreter::isUserObject(self) && !self->subclassed)
        return true;
    if (self->tag == rt::Tag::Instance && in.typeOf(self) == in.objectType())
        return true;
    in.abortUnsupported(std::string("object.") + what + " of a '" + in.typeName(self) +
                        "' object is not supported");
    return false;
}

// object_richcompare's == is identity, which memstep keeps as CPython does for every object.
ObjRef objectEq(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__eq__", 1))
        return nullptr;
    return self == args.positional[0].get() ? in.boolean(true) : in.notImplemented();
}

// object's __ne__ asks the type's own __eq__ (a program's, with its steps) and inverts it,
// NotImplemented staying NotImplemented: no reflected operand is tried.
ObjRef objectNe(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__ne__", 1) || !identityApplies(in, self, "__ne__"))
        return nullptr;
    bool found = false;
    ObjRef eq = in.callDunder(self, "__eq__", {args.positional[0]}, &found);
    if (!found && !in.hasException())
        eq = self == args.positional[0].get() ? in.boolean(true) : in.notImplemented();
    if (!eq || eq.get() == in.notImplemented().get())
        return eq;
    int truth = in.truthy(eq.get());
    if (truth < 0)
        return nullptr;
    return in.boolean(!truth);
}

ObjRef objectOrder(Interpreter& in, CallArgs& args, const char* name) {
    if (!wrapperArgs(in, args, name, 1))
        return nullptr;
    return in.notImplemented();
}
ObjRef objectLt(Interpreter& in, Object*, CallArgs& args) {
    return objectOrder(in, args, "__lt__");
}
ObjRef objectLe(Interpreter& in, Object*, CallArgs& args) {
    return objectOrder(in, args, "__le__");
}
ObjRef objectGt(Interpreter& in, Object*, CallArgs& args) {
    return objectOrder(in, args, "__gt__");
}
ObjRef objectGe(Interpreter& in, Object*, CallArgs& args) {
    return objectOrder(in, args, "__ge__");
}

ObjRef objectHash(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__hash__", 0) || !identityApplies(in, self, "__hash__"))
        return nullptr;
    auto h = rt::hashOf(self);
    return in.heap().newInt(h ? *h : 0);
}

// object.__format__(obj, spec): str(obj) for an empty spec, an error for any other.
ObjRef objectFormat(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "object.__format__") ||
        !argCount(in, args, "object.__format__", 1, 1))
        return nullptr;
    Object* spec = args.positional[0].get();
    if (!isStr(spec))
        return in.raise("TypeError",
                        "__format__() argument must be str, not " + std::string(in.typeName(spec)));
    if (!text(spec).empty())
        return in.raise("TypeError", "unsupported format string passed to " +
                                         in.typeOf(self)->name + ".__format__");
    return convertObject(in, self, 's');
}

// object's methods memstep does not run, each refused with its reason when called.
ObjRef objectSizeof(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("object.__sizeof__ is not supported: sizes in bytes are "
                               "CPython's memory layout, which memstep does not copy");
}
ObjRef objectReduce(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("object.__reduce__, __reduce_ex__ and __getstate__ (the "
                               "protocol of pickle and copy) are not supported");
}
ObjRef objectDir(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("object.__dir__ is not supported: it lists names in the order "
                               "of CPython's dicts; sorted(dir(obj)) gives them");
}

// The base whose __new__ a program's class ends up with: CPython's walk past the classes
// defining __new__ in Python (tp_new_wrapper's "staticbase").
TypeObject* staticBase(Interpreter& in, TypeObject* cls) {
    while (cls->isUser && !cls->bases.empty() && in.lookupInType(cls, "__new__"))
        cls = cls->bases[0];
    return cls;
}

// object.__new__(cls, ...): a bare instance of a plain class, with object_new's check of the
// arguments the class's __init__ or __new__ would take instead; a class whose objects another
// __new__ must make is refused by CPython as unsafe.
ObjRef objectNew(Interpreter& in, Object*, CallArgs& args) {
    TypeObject* cls = newWrapperClass(in, in.objectType(), args); // every class is object's
    if (!cls)
        return nullptr;
    if (cls->isLibrary || cls->meta)
        return in.abortUnsupported("object.__new__(" + cls->name + ") is not supported");
    TypeObject* base = staticBase(in, cls);
    if ((base->isUser ? base->layout : base) != in.objectType())
        return in.raise("TypeError", "object.__new__(" + cls->name + ") is not safe, use " +
                                         base->name + ".__new__()");
    if (args.positional.size() > 1 || !args.keywords.empty()) {
        if (ownNew(in, cls))
            return in.raise(
                "TypeError",
                "object.__new__() takes exactly one argument (the type to instantiate)");
        if (!cls->isUser || !in.lookupInType(cls, "__init__"))
            return in.raise("TypeError", cls->name + "() takes no arguments");
    }
    auto* inst = in.heap().make<rt::InstanceObject>();
    inst->cls = cls;
    return ObjRef(inst);
}

// object.__subclasshook__(), a classmethod: NotImplemented, "use the usual rules".
ObjRef objectSubclasshook(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "object.__subclasshook__"))
        return nullptr;
    return in.notImplemented();
}

struct ObjectMethod {
    const char* name;
    rt::NativeFn fn;
    rt::BuiltinKind kind;
};

constexpr auto kSlot = rt::BuiltinKind::WrapperDescriptor;
constexpr auto kMethod = rt::BuiltinKind::MethodDescriptor;

// In the order of CPython 3.11's object.__dict__.
const ObjectMethod kObjectMethods[] = {
    {"__repr__", objectRepr, kSlot},       {"__hash__", objectHash, kSlot},
    {"__str__", objectStr, kSlot},         {"__getattribute__", nullptr, kSlot},
    {"__setattr__", nullptr, kSlot},       {"__delattr__", nullptr, kSlot},
    {"__lt__", objectLt, kSlot},           {"__le__", objectLe, kSlot},
    {"__eq__", objectEq, kSlot},           {"__ne__", objectNe, kSlot},
    {"__gt__", objectGt, kSlot},           {"__ge__", objectGe, kSlot},
    {"__init__", objectInit, kSlot},       {"__reduce_ex__", objectReduce, kMethod},
    {"__reduce__", objectReduce, kMethod}, {"__getstate__", objectReduce, kMethod},
    {"__format__", objectFormat, kMethod}, {"__sizeof__", objectSizeof, kMethod},
    {"__dir__", objectDir, kMethod},
};

} // namespace

void addObjectMethods(Interpreter& in, TypeObject* object) {
    // A static method: <built-in method __new__ of type object>.
    object->dict.set("__new__", in.makeBuiltin("__new__", objectNew, ObjRef(object)));
    for (const ObjectMethod& m : kObjectMethods) {
        rt::NativeFn fn = m.fn ? m.fn : objectAttributeMethod(m.name);
        ObjRef d = in.makeBuiltin(m.name, fn);
        auto* b = static_cast<rt::BuiltinObject*>(d.get());
        b->kind = m.kind;
        b->owner = object;
        object->dict.set(m.name, std::move(d));
    }
}

ObjRef objectClassMethod(Interpreter& in, TypeObject* cls, const std::string& name) {
    if (name == "__init_subclass__")
        return in.makeBuiltin(name, objectInitSubclass, ObjRef(cls));
    if (name == "__subclasshook__")
        return in.makeBuiltin(name, objectSubclasshook, ObjRef(cls));
    return nullptr;
}

ObjRef boundFromObject(Interpreter& in, Object* self, const std::string& name) {
    // A program's subclass of list or dict has list's or dict's ==, != and hash, not object's.
    if (self->subclassed && (name == "__eq__" || name == "__ne__" || name == "__hash__"))
        return nullptr;
    const ObjRef* v = in.objectType()->dict.find(name);
    if (!v)
        return nullptr;
    return bindFound(in, *v, self, in.typeOf(self));
}

} // namespace memstep::core::interp
