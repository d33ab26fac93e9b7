// The class system: `class` statements, instances, attribute lookup and assignment, bound
// methods, super(), and the builtins that belong to them (object, super, staticmethod,
// classmethod, property; getattr/setattr/hasattr/delattr, callable and issubclass are in
// attr_builtins.cpp).
//
// Lookup follows CPython's generic rules in a reduced form that is still exact for what a
// course shows: the class's MRO (C3) is searched first; a property found there wins over the
// instance's __dict__; otherwise the instance's own attribute shadows the class's; functions
// found on the class are bound to the instance, staticmethod/classmethod unwrap. A class body
// runs as a frame of its own whose names live in a namespace (not slots) and become the
// class's __dict__, exactly the order the diagram shows.
//
// Built-in bases: a class's `layout` is the builtin type whose instances it extends. Plain
// classes extend `object` (InstanceObject); classes derived from an exception type make
// ExceptionObjects whose `type` is the user class and whose __dict__ is `attrs`, so raising,
// `except` matching (which walks `base`) and str() keep working for them. That is the one
// hook the exception machinery needs: instantiate() below builds the right layout, and
// exceptionInit() is BaseException.__init__ (reached through super().__init__(...)).
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/class_namespace.h"
#include "interp/attributes/instance_dict.h"
#include "interp/attributes/metaclass.h"
#include "interp/builtins/builtins_util.h"
#include "interp/builtins/cpython_names.h"
#include "interp/errors/exception_args.h"
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"

#include <algorithm>
#include <cstdio>

namespace memstep::core::interp {

using namespace syntax;
using rt::CallArgs;
using rt::TypeObject;

namespace {

ObjRef newMethod(Interpreter& in, ObjRef self, ObjRef func) {
    auto* m = in.heap().make<rt::MethodObject>();
    m->self = std::move(self);
    m->func = std::move(func);
    return ObjRef(m);
}

// The __new__ of a builtin class (int, Exception) that `t` is or extends; null for object's.
ObjRef builtinNew(Interpreter& in, TypeObject* t) {
    if (ObjRef n = valueTypeNew(in, t))
        return n;
    return exceptionTypeNew(in, t);
}

// BaseException's own __init__, __str__ and __repr__, which its objects have in place of
// object's (super().__init__(message) in a program's exception class).

ObjRef exceptionInit(Interpreter& in, Object* self, CallArgs& args) {
    auto* e = static_cast<rt::ExceptionObject*>(self);
    // OSError.__init__ leaves what OSError.__new__ parsed (and checked), unless the class has it
    // parse.
    if (in.isSubtype(e->type, in.exceptionType("OSError")) && !osErrorUsesInit(in, e->type))
        return in.none();
    if (!exceptionKeywords(in, e->type, args) || !setExceptionArgs(in, e, args.positional))
        return nullptr;
    return in.none();
}

ObjRef exceptionStr(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__str__", 0))
        return nullptr;
    return in.newStr(static_cast<rt::ExceptionObject*>(self)->message);
}

ObjRef exceptionRepr(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__repr__", 0))
        return nullptr;
    auto r = in.repr(self, true);
    if (!r)
        return nullptr;
    return in.newStr(std::move(*r));
}

// What `object` (or BaseException, for an exception) gives `self` when no class in its MRO
// defines `name`, bound to it; null when neither has it.
ObjRef inheritedFromObject(Interpreter& in, Object* self, const std::string& name) {
    if (self->tag == rt::Tag::Exception) {
        rt::NativeFn fn = name == "__init__"   ? exceptionInit
                          : name == "__str__"  ? exceptionStr
                          : name == "__repr__" ? exceptionRepr
                                               : nullptr;
        if (fn)
            return in.makeBuiltin(name, fn, ObjRef(self));
    }
    return boundFromObject(in, self, name);
}

// The builtins of the class system.

ObjRef tObjectNew(Interpreter& in, Object*, CallArgs& args) {
    if (!args.positional.empty() || !args.keywords.empty())
        return in.raise("TypeError", "object() takes no arguments");
    auto* inst = in.heap().make<rt::InstanceObject>();
    inst->cls = in.objectType();
    return ObjRef(inst);
}

ObjRef makeDescriptor(Interpreter& in, rt::DescriptorObject::Kind kind, CallArgs& args,
                      const char* name) {
    if (!noKeywords(in, args, name))
        return nullptr;
    if (args.positional.size() != 1) // PyArg_UnpackTuple's words, not "takes exactly one"
        return in.raise("TypeError", std::string(name) + " expected 1 argument, got " +
                                         std::to_string(args.positional.size()));
    auto* d = in.heap().make<rt::DescriptorObject>();
    d->kind = kind;
    d->func = args.positional[0];
    return ObjRef(d);
}

ObjRef tStaticMethod(Interpreter& in, Object*, CallArgs& args) {
    return makeDescriptor(in, rt::DescriptorObject::Kind::StaticMethod, args, "staticmethod");
}
ObjRef tClassMethod(Interpreter& in, Object*, CallArgs& args) {
    return makeDescriptor(in, rt::DescriptorObject::Kind::ClassMethod, args, "classmethod");
}

ObjRef tProperty(Interpreter& in, Object*, CallArgs& args) {
    static const char* const kNames[] = {"fget", "fset", "fdel"};
    ObjRef parts[3];
    if (args.positional.size() > 4)
        return in.raise("TypeError", "property() takes at most 4 arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    for (std::size_t i = 0; i < args.positional.size() && i < 3; ++i)
        parts[i] = args.positional[i];
    for (int i = 0; i < 3; ++i)
        if (ObjRef k = takeKeyword(args, kNames[i]))
            parts[i] = k;
    takeKeyword(args, "doc");
    if (!noMoreKeywords(in, args, "property"))
        return nullptr;
    auto* d = in.heap().make<rt::DescriptorObject>();
    d->kind = rt::DescriptorObject::Kind::Property;
    for (int i = 0; i < 3; ++i)
        if (parts[i] && parts[i]->tag == rt::Tag::None)
            parts[i] = nullptr;
    d->getter = parts[0];
    d->setter = parts[1];
    d->deleter = parts[2];
    return ObjRef(d);
}

// prop.setter(f) / .getter(f) / .deleter(f): a copy of the property with one accessor replaced.
ObjRef propertyCopy(Interpreter& in, Object* self, CallArgs& args, int which) {
    if (!noKeywords(in, args, "setter") || !argCount(in, args, "setter", 1, 1))
        return nullptr;
    auto* old = static_cast<rt::DescriptorObject*>(self);
    auto* d = in.heap().make<rt::DescriptorObject>();
    d->kind = rt::DescriptorObject::Kind::Property;
    d->getter = old->getter;
    d->setter = old->setter;
    d->deleter = old->deleter;
    ObjRef f = args.positional[0]->tag == rt::Tag::None ? nullptr : args.positional[0];
    (which == 0 ? d->getter : which == 1 ? d->setter : d->deleter) = f;
    return ObjRef(d);
}
ObjRef propertyGetter(Interpreter& in, Object* self, CallArgs& args) {
    return propertyCopy(in, self, args, 0);
}
ObjRef propertySetter(Interpreter& in, Object* self, CallArgs& args) {
    return propertyCopy(in, self, args, 1);
}
ObjRef propertyDeleter(Interpreter& in, Object* self, CallArgs& args) {
    return propertyCopy(in, self, args, 2);
}

} // namespace

void Interpreter::setupClasses() {
    m_objectType = addType("object", rt::Tag::Instance, tObjectNew);
    m_types[static_cast<std::size_t>(rt::Tag::Instance)] = m_objectType;
    m_types[static_cast<std::size_t>(rt::Tag::Method)] =
        addType("method", rt::Tag::Method, nullptr);
    m_types[static_cast<std::size_t>(rt::Tag::Super)] = addType("super", rt::Tag::Super, tSuper);
    m_descriptorTypes[0] = addType("staticmethod", rt::Tag::Descriptor, tStaticMethod);
    m_descriptorTypes[1] = addType("classmethod", rt::Tag::Descriptor, tClassMethod);
    m_descriptorTypes[2] = addType("property", rt::Tag::Descriptor, tProperty);
    m_types[static_cast<std::size_t>(rt::Tag::Descriptor)] = m_descriptorTypes[2];
    m_descriptorTypes[3] = addType("member_descriptor", rt::Tag::Descriptor, nullptr);
    // Every builtin type chain ends in object for isinstance(x, object).
    m_builtins["object"] = ObjRef(m_objectType);
    m_builtins["super"] = ObjRef(m_types[static_cast<std::size_t>(rt::Tag::Super)]);
    for (TypeObject* t : {m_descriptorTypes[0], m_descriptorTypes[1], m_descriptorTypes[2]})
        m_builtins[t->name] = ObjRef(t);

    auto* niType = addType("NotImplementedType", rt::Tag::Instance, nullptr);
    auto* ni = m_heap->make<rt::InstanceObject>();
    ni->cls = niType;
    ni->immortal = true;
    m_notImplemented = ObjRef(ni);
    m_builtins["NotImplemented"] = m_notImplemented;

    addObjectMethods(*this, m_objectType);
    setupAttrBuiltins();
    // The classes the module library makes as builtins (memoryview), made on top of object.
    if (m_library)
        m_library->addBuiltins(*this);
}

bool Interpreter::isUserObject(const Object* o) {
    if (o->tag == rt::Tag::Instance)
        return static_cast<const rt::InstanceObject*>(o)->cls->isUser;
    if (o->tag == rt::Tag::Exception)
        return static_cast<const rt::ExceptionObject*>(o)->type->isUser;
    return false;
}

bool Interpreter::isSubtype(TypeObject* sub, TypeObject* base) {
    if (sub == base || base == m_objectType)
        return true;
    if (base->virtualSubclass)
        return base->virtualSubclass(*this, base, sub);
    if (sub->isUser || !sub->mro.empty()) // mroOf's rule
        return std::find(sub->mro.begin(), sub->mro.end(), base) != sub->mro.end();
    for (TypeObject* c = sub; c; c = c->base)
        if (c == base)
            return true;
    return false;
}

// The MRO of any type: user classes and library ones of several bases (decimal.DivisionByZero)
// store theirs; a builtin type is its `base` chain followed by object.
std::vector<TypeObject*> Interpreter::mroOf(TypeObject* t) {
    if (t->isUser || !t->mro.empty())
        return t->mro;
    std::vector<TypeObject*> out;
    for (TypeObject* c = t; c; c = c->base)
        out.push_back(c);
    if (t != m_objectType)
        out.push_back(m_objectType);
    return out;
}

ObjRef Interpreter::lookupInType(TypeObject* type, std::string_view name) {
    if (!type->isUser)
        return nullptr;
    // A library class with a metaclass is a Python class, and so is a namedtuple class a
    // program's class derives from.
    for (TypeObject* c : type->mro) {
        if (c->isUser || c->meta || isNamedTupleClass(*this, c))
            if (const ObjRef* v = c->dict.find(name))
                return *v;
        // Every class's namespace holds a __doc__ (type_ready stores None without a docstring),
        // so the lookup ends at the first class of the program's: a base's docstring is never
        // its subclass's. A library's class has its own, which memstep does not hold.
        if (name == "__doc__" && c->isUser && !c->isLibrary)
            return none();
    }
    return nullptr;
}

ObjRef newSubclassObject(rt::Heap& heap, TypeObject* cls) {
    if (cls->layout->instanceTag == rt::Tag::List) {
        auto* l = heap.make<rt::ListSubObject>();
        l->part.cls = cls;
        return ObjRef(l);
    }
    if (cls->layout->instanceTag == rt::Tag::Set) {
        auto* s = heap.make<rt::SetSubObject>();
        s->part.cls = cls;
        return ObjRef(s);
    }
    auto* d = heap.make<rt::DictSubObject>();
    d->part.cls = cls;
    return ObjRef(d);
}

ObjRef Interpreter::instantiate(TypeObject* cls, CallArgs& args) {
    ObjRef obj;
    ObjRef customNew = lookupInType(cls, "__new__");
    if (customNew) {
        // slot_tp_new: cls.__new__(cls, *args, **kwargs); __init__ runs only when it returns
        // an instance of cls, and then it is that object's class's __init__.
        ObjRef fn = bindFound(*this, customNew, nullptr, cls);
        if (!fn)
            return nullptr;
        CallArgs newArgs = args;
        newArgs.positional.insert(newArgs.positional.begin(), ObjRef(cls));
        obj = call(fn.get(), newArgs);
        if (!obj || !isSubtype(typeOf(obj.get()), cls))
            return obj;
        cls = typeOf(obj.get());
    } else if (isValueLayout(*this, cls->layout)) {
        obj = valueSubclassNew(*this, cls, args); // Num(3): int(3)'s value in a Num
        if (!obj)
            return nullptr;
    } else if (isBuiltinLayout(*this, cls->layout)) {
        obj = newSubclassObject(*m_heap, cls);
    } else if (cls->layout == builtinType(rt::Tag::Type)) {
        if (!(obj = typeNewClass(*this, cls, args))) // Meta(name, bases, namespace)
            return nullptr;
    } else if (cls->layout && cls->layout->isException) {
        // OSError.__new__ checks the keywords when it parses the arguments, BaseException's
        // __init__ when no class of the program's defines one.
        const bool parsesInNew =
            isSubtype(cls, exceptionType("OSError")) && !osErrorUsesInit(*this, cls);
        if ((parsesInNew || !lookupInType(cls, "__init__")) && !exceptionKeywords(*this, cls, args))
            return nullptr;
        cls = exceptionClassFor(*this, cls, args.positional); // OSError(2, ...): ENOENT's
        auto* e = m_heap->make<rt::ExceptionObject>();
        obj = ObjRef(e);
        e->type = cls;
        if (!setExceptionArgs(*this, e, osErrorUsesInit(*this, cls) ? ObjVec{} : args.positional))
            return nullptr;
    } else {
        auto* inst = m_heap->make<rt::InstanceObject>();
        inst->cls = cls;
        obj = ObjRef(inst);
    }
    ObjRef init = lookupInType(cls, "__init__");
    if (!init && obj->subclassed)
        init = method(obj.get(), "__init__"); // list.__init__, dict.__init__
    // BaseException.__init__ sets args again after the class's own __new__.
    if (!init && customNew && obj->tag == rt::Tag::Exception)
        return exceptionInit(*this, obj.get(), args) ? obj : nullptr;
    if (!init) {
        // object.__new__'s check: object.__init__ says nothing when __new__ is the class's.
        if (obj->tag == rt::Tag::Instance && !customNew &&
            (!args.positional.empty() || !args.keywords.empty()))
            return raise("TypeError", cls->name + "() takes no arguments");
        return obj;
    }
    // slot_tp_init's special lookup: the class's __init__, never __getattribute__.
    ObjRef bound = bindFound(*this, std::move(init), obj.get(), cls);
    if (!bound)
        return nullptr;
    ObjRef result = call(bound.get(), args);
    if (!result)
        return nullptr;
    if (result->tag != rt::Tag::None)
        return raise("TypeError", "__init__() should return None, not '" +
                                      std::string(typeName(result.get())) + "'");
    return obj;
}

namespace {

std::string propertyName(TypeObject* type, Object* prop) {
    for (TypeObject* c : type->mro)
        if (c->isUser || c->meta)
            for (const auto& [n, v] : c->dict.items)
                if (v.get() == prop)
                    return n;
    return "?";
}

} // namespace

bool isBuiltinLayout(Interpreter& in, const TypeObject* layout) {
    return layout &&
           (layout == in.builtinType(rt::Tag::List) || layout == in.builtinType(rt::Tag::Dict) ||
            layout == in.builtinType(rt::Tag::Set) || isValueLayout(in, layout));
}

bool overridesItems(Interpreter& in, Object* o) {
    if (!o->subclassed)
        return false;
    TypeObject* t = in.typeOf(o);
    return in.lookupInType(t, "__getitem__") || in.lookupInType(t, "__setitem__") ||
           in.lookupInType(t, "__delitem__");
}

bool overridesLen(Interpreter& in, Object* o) {
    if (!o->subclassed || o->tag != rt::Tag::List)
        return false;
    ObjRef len = in.lookupInType(in.typeOf(o), "__len__");
    return len && len->tag != rt::Tag::Builtin;
}

rt::AttrDict* instanceDict(Object* o) {
    if (rt::SubclassPart* part = rt::subclassPart(o)) // none for a library's (time.struct_time)
        return part->cls->noDict ? nullptr : &part->attrs;
    if (o->tag == rt::Tag::Instance) {
        auto* inst = static_cast<rt::InstanceObject*>(o);
        return inst->cls->isUser && !inst->cls->noDict ? &inst->attrs : nullptr;
    }
    if (o->tag == rt::Tag::Exception)
        return &static_cast<rt::ExceptionObject*>(o)->attrs;
    return nullptr;
}

ObjRef bindFound(Interpreter& in, ObjRef attr, Object* obj, TypeObject* type) {
    switch (attr->tag) {
    case rt::Tag::Function:
        if (obj)
            return newMethod(in, ObjRef(obj), std::move(attr));
        return attr;
    case rt::Tag::Builtin: {
        auto* b = static_cast<rt::BuiltinObject*>(attr.get());
        // A namedtuple class's method (_replace, __repr__) found from a program's subclass takes
        // the object as its own self, as libraryAttr gives it on the class's own objects.
        if (obj && !b->python && b->owner && isNamedTupleClass(in, b->owner))
            return in.makeBuiltin(b->name, b->fn, ObjRef(obj));
        // A stand-in for a library's Python function (functools' _gt_from_lt) binds as one.
        if (obj && b->python)
            return newMethod(in, ObjRef(obj), std::move(attr));
        // A method of a class a module writes in C (io.StringIO.write, a method_descriptor)
        // binds to its instance as a builtin_function_or_method.
        if (obj && b->kind == rt::BuiltinKind::MethodDescriptor && b->owner && b->owner->isLibrary)
            return in.makeBuiltin(b->name, b->fn, ObjRef(obj));
        // object's slot wrappers stored in a class (`__setattr__ = object.__setattr__`) bind
        // to the instance as method-wrappers, and so do int's or str's stored in a subclass
        // of it (IntEnum's __str__ is int.__repr__; its __format__, a method, binds as one).
        bool ownerOf = b->owner == in.objectType() ||
                       (b->owner && obj && obj->subclassed && b->owner->instanceTag == obj->tag);
        if (obj && b->kind == rt::BuiltinKind::WrapperDescriptor && ownerOf) {
            ObjRef m = in.makeBuiltin(b->name, b->fn, ObjRef(obj));
            static_cast<rt::BuiltinObject*>(m.get())->kind = rt::BuiltinKind::MethodWrapper;
            return m;
        }
        if (obj && b->kind == rt::BuiltinKind::MethodDescriptor && ownerOf)
            return in.makeBuiltin(b->name, b->fn, ObjRef(obj));
        return attr;
    }
    case rt::Tag::Instance:
        if (userDescriptor(in, attr.get()).hasGet)
            return descriptorGet(in, attr.get(), obj, type);
        if (obj && static_cast<rt::InstanceObject*>(attr.get())->cls->instancesBind)
            return newMethod(in, ObjRef(obj), std::move(attr));
        return attr;
    case rt::Tag::Descriptor: {
        auto* d = static_cast<rt::DescriptorObject*>(attr.get());
        switch (d->kind) {
        case rt::DescriptorObject::Kind::Member: // an instance's slot is read before this
            return attr;
        case rt::DescriptorObject::Kind::StaticMethod:
            return d->func;
        case rt::DescriptorObject::Kind::ClassMethod:
            // A namedtuple class's _make, found from a program's subclass: bound to that class.
            if (auto* b = d->func->tag == rt::Tag::Builtin
                              ? static_cast<rt::BuiltinObject*>(d->func.get())
                              : nullptr;
                b && b->owner && isNamedTupleClass(in, b->owner))
                return in.makeBuiltin(b->name, b->fn, ObjRef(type));
            return newMethod(in, ObjRef(type), d->func);
        case rt::DescriptorObject::Kind::Property: {
            if (!obj)
                return attr;
            if (!d->getter)
                return in.raise("AttributeError",
                                "property of '" + type->name + "' object has no getter");
            CallArgs args;
            args.positional.push_back(ObjRef(obj));
            return in.call(d->getter.get(), args);
        }
        }
        return attr;
    }
    default:
        return attr;
    }
}

// A property found on an instance's class: it takes precedence over the instance's __dict__
// for reading, setting and deleting alike. Null for anything else.
rt::DescriptorObject* asProperty(const ObjRef& attr) {
    if (!attr || attr->tag != rt::Tag::Descriptor)
        return nullptr;
    auto* d = static_cast<rt::DescriptorObject*>(attr.get());
    return d->kind == rt::DescriptorObject::Kind::Property ? d : nullptr;
}

// "property 'x' of 'C' object has no setter"; always null.
ObjRef noAccessor(Interpreter& in, TypeObject* t, rt::DescriptorObject* d, const char* role) {
    // A namedtuple's field is a _tuplegetter, whose message names neither field nor class.
    if (TypeObject* named = namedTupleBase(in, t))
        for (const auto& [n, v] : named->dict.items)
            if (v.get() == d)
                return in.raise("AttributeError",
                                std::string("can't ") +
                                    (std::string_view(role) == "setter" ? "set" : "delete") +
                                    " attribute");
    return in.raise("AttributeError", "property '" + propertyName(t, d) + "' of '" + t->name +
                                          "' object has no " + role);
}

ObjRef Interpreter::typeGetAttr(TypeObject* t, const std::string& name) {
    // A library type's name is CPython's tp_name, "collections.deque": its module, a dot and
    // its __name__.
    std::size_t dot = t->isUser ? std::string::npos : t->name.rfind('.');
    if (name == "__name__")
        return t->nameObject ? t->nameObject : newStr(t->name.substr(dot + 1));
    if (name == "__qualname__")
        return newStr(t->isUser ? t->qualname : t->name.substr(dot + 1));
    if (name == "__module__") {
        if (const ObjRef* m = t->isUser ? t->dict.find("__module__") : nullptr)
            return *m; // what the class body stored: the module's __name__
        if (!t->isUser) {
            // A library type is qualified by its module: "collections.deque" in its name,
            // "itertools.count" in its qualname.
            if (dot != std::string::npos)
                return newStr(t->name.substr(0, dot));
            if (std::size_t q = t->qualname.find('.'); q != std::string::npos)
                return newStr(t->qualname.substr(0, q));
        }
        return newStr(t->isUser ? "__main__" : "builtins");
    }
    if (name == "__class__") {
        if (t->meta && !t->metaclass) // typing's metaclasses, which memstep does not make
            return abortUnsupported("the metaclass of '" + t->name + "' is not supported");
        return ObjRef(typeOf(t));
    }
    if (name == "__base__") { // with several bases, CPython picks by layout (best_base)
        if (t->isUser && t->bases.size() != 1)
            return abortUnsupported("`" + t->name + ".__base__` (several bases) is not supported");
        if (t == m_objectType)
            return none();
        return ObjRef(t->isUser ? t->bases[0] : t->base ? t->base : m_objectType);
    }
    if (name == "__mro__" || name == "__bases__") {
        ObjVec items;
        if (name == "__mro__") {
            for (TypeObject* c : mroOf(t))
                items.push_back(ObjRef(c));
        } else if (t->isUser) {
            for (TypeObject* c : t->bases)
                items.push_back(ObjRef(c));
        } else if (t != m_objectType) {
            items.push_back(ObjRef(t->base ? t->base : m_objectType));
        }
        return m_heap->newTuple(std::move(items));
    }
    if (name == "__dict__")
        return classNamespaceProxy(*this, t);
    // A library type (collections.deque, Counter, a namedtuple class) gives its plain values
    // (_fields) and its classmethods (_make); its methods, and those of its bases, are not
    // given to its class object.
    if (const ObjRef* v = t->isUser ? nullptr : t->dict.find(name)) {
        if ((*v)->tag != rt::Tag::Builtin && (*v)->tag != rt::Tag::Descriptor)
            return *v;
        auto* d = (*v)->tag == rt::Tag::Descriptor ? static_cast<rt::DescriptorObject*>(v->get())
                                                   : nullptr;
        if (d && d->kind == rt::DescriptorObject::Kind::ClassMethod &&
            d->func->tag == rt::Tag::Builtin)
            return makeBuiltin(name, static_cast<rt::BuiltinObject*>(d->func.get())->fn, ObjRef(t));
        // The program's classmethod, staticmethod or property in a typing.NamedTuple class.
        if (d && d->kind != rt::DescriptorObject::Kind::Property && d->func &&
            d->func->tag != rt::Tag::Builtin && isNamedTupleClass(*this, t))
            return bindFound(*this, *v, nullptr, t);
        if (d && d->kind == rt::DescriptorObject::Kind::Property && d->getter &&
            d->getter->tag != rt::Tag::Builtin && isNamedTupleClass(*this, t))
            return *v;
    }
    // A type of itertools or functools (its module in its qualname, not its name) gives what
    // its own dict holds: itertools.chain.from_iterable.
    if (!t->isUser && dot == std::string::npos)
        if (const ObjRef* v = t->dict.find(name))
            return *v;
    bool found = false; // a property of the program's metaclass, before the class's own name
    if (ObjRef v = t->metaclass ? metaclassDataAttr(*this, t, name, found) : nullptr; found)
        return v;
    if (ObjRef attr = lookupInType(t, name))
        return bindFound(*this, attr, nullptr, t);
    if (ObjRef v = t->metaclass ? metaclassAttr(*this, t, name) : nullptr)
        return v; // a method of the program's metaclass, bound to the class
    if (ObjRef n = name == "__new__" ? builtinNew(*this, t) : nullptr)
        return n; // int.__new__, and Num.__new__ when Num(int) defines none
    // What a program's subclass of list or dict inherits from it: Stack.append is list.append.
    if (t->isUser && isBuiltinLayout(*this, t->layout)) {
        // dict.fromkeys bound to the subclass: it makes its dict through cls().
        if (t->layout->instanceTag == rt::Tag::Dict && isClassMethod(rt::Tag::Dict, name)) {
            const auto& dictMethods = m_methods[static_cast<std::size_t>(rt::Tag::Dict)];
            if (auto it = dictMethods.find(name); it != dictMethods.end())
                return makeBuiltin(name, it->second, ObjRef(t));
        }
        if (ObjRef m = typeMethod(t->layout, name))
            return m;
    }
    if (ObjRef m = t->isUser || t == m_objectType ? objectClassMethod(*this, t, name) : nullptr)
        return m; // object.__init_subclass__, bound to the class
    // What a plain class inherits from object's namespace: object.__new__, __setattr__...
    if (const ObjRef* v = t->isUser && t->layout == m_objectType && !t->meta
                              ? m_objectType->dict.find(name)
                              : nullptr)
        return *v;
    if (name == "__doc__")
        return none();
    if (ObjRef m = typeMethod(t, name))
        return m;
    if (t->meta && t->meta->classAttr)
        if (ObjRef v = t->meta->classAttr(*this, t, name); v || hasException() || aborted())
            return v;
    if (!t->isUser && !t->dict.items.empty())
        return abortUnsupported("`" + t->name.substr(t->name.rfind('.') + 1) + "." + name +
                                "` on the class is not supported");
    return noClassAttribute(
        t, name, "type object '" + t->name + "' has no attribute '" + name + "'", true, t);
}

ObjRef Interpreter::genericGetAttr(Object* o, const std::string& name) {
    TypeObject* t = typeOf(o);
    // As string views: a length compare rejects almost every name without memcmp.
    const std::string_view n = name;
    if (n == "__class__")
        return ObjRef(t);
    if (isTraceback(o))
        return abortUnsupported("the attributes of traceback objects (`" + name +
                                "`) are not supported");
    if (n == "__dict__")
        return instanceDictAttribute(*this, o);
    ObjRef attr = lookupInType(t, name);
    if (rt::DescriptorObject* d = asProperty(attr)) {
        if (!d->getter)
            return noAccessor(*this, t, d, "getter");
        return bindFound(*this, attr, o, t);
    }
    if (rt::DescriptorObject* member = asMember(attr))
        return slotGet(*this, o, member);
    // A data descriptor written in Python wins over the instance's own attribute when it has
    // a __get__; without one it is what the lookup gives when the instance has none.
    if (UserDescriptor u = userDescriptor(*this, attr.get()); u.isData && u.hasGet)
        return descriptorGet(*this, attr.get(), o, t);
    if (rt::AttrDict* dict = instanceDict(o))
        if (const ObjRef* v = dict->find(name))
            return *v;
    if (attr)
        return bindFound(*this, attr, o, t);
    // The builtin type's own methods (list.append), after the program's classes of the MRO.
    if (o->subclassed)
        if (ObjRef m = builtinPartAttr(*this, o, name))
            return m;
    if (o->tag == rt::Tag::Exception)
        if (ObjRef a = exceptionAttr(static_cast<rt::ExceptionObject*>(o), name);
            a || hasException())
            return a;
    if (t->instanceAttr) {
        if (ObjRef v = t->instanceAttr(*this, o, name))
            return v;
        if (hasException() || aborted())
            return nullptr;
    }
    if (ObjRef m = inheritedFromObject(*this, o, name))
        return m;
    return noClassAttribute(t, name, "'" + t->name + "' object has no attribute '" + name + "'",
                            false, o);
}

ObjRef Interpreter::classGetAttr(Object* o, const std::string& name) {
    if (o->subclassed)
        return userGetAttr(*this, o, name, nullptr);
    switch (o->tag) {
    case rt::Tag::Instance:
    case rt::Tag::Exception:
        if (!typeOf(o)->isUser)
            return genericGetAttr(o, name);
        return userGetAttr(*this, o, name, nullptr);
    case rt::Tag::Type:
        return typeGetAttr(static_cast<TypeObject*>(o), name);
    case rt::Tag::Method: {
        auto* m = static_cast<rt::MethodObject*>(o);
        if (name == "__self__")
            return m->self;
        if (name == "__func__")
            return m->func;
        ObjRef v = getAttr(m->func.get(), name);
        if (v)
            return v;
        clearException();
        return noAttribute("method", name, "'method' object has no attribute '" + name + "'", o);
    }
    case rt::Tag::Descriptor: {
        auto* d = static_cast<rt::DescriptorObject*>(o);
        if (d->kind == rt::DescriptorObject::Kind::Member)
            return memberAttr(*this, d, name);
        if (d->kind == rt::DescriptorObject::Kind::Property) {
            if (name == "setter")
                return makeBuiltin("setter", propertySetter, ObjRef(o));
            if (name == "getter")
                return makeBuiltin("getter", propertyGetter, ObjRef(o));
            if (name == "deleter")
                return makeBuiltin("deleter", propertyDeleter, ObjRef(o));
            if (name == "fget")
                return d->getter ? d->getter : none();
            if (name == "fset")
                return d->setter ? d->setter : none();
            if (name == "fdel")
                return d->deleter ? d->deleter : none();
        } else if (name == "__func__" || name == "__wrapped__") {
            return d->func;
        } else if (name == "__name__" || name == "__qualname__" || name == "__module__" ||
                   name == "__doc__") {
            // staticmethod and classmethod copy these from what they wrap, as functools.wraps.
            return getAttr(d->func.get(), name);
        }
        return noAttribute(
            typeName(o), name,
            "'" + std::string(typeName(o)) + "' object has no attribute '" + name + "'", o);
    }
    case rt::Tag::Super: {
        auto* s = static_cast<rt::SuperObject*>(o);
        std::vector<TypeObject*> mro = mroOf(s->selfType);
        auto pos = std::find(mro.begin(), mro.end(), s->start);
        if (pos != mro.end())
            ++pos;
        bool selfIsClass = s->self.get() == s->selfType;
        for (; pos != mro.end(); ++pos) {
            // The builtin type a program's class extends (class Stack(list)): its methods,
            // bound to the instance (super().append(x), super().__init__(items)).
            if (!selfIsClass && s->self->subclassed && *pos == s->selfType->layout)
                if (ObjRef m = method(s->self.get(), name))
                    return m;
            if (!(*pos)->isUser && !(*pos)->meta && !isNamedTupleClass(*this, *pos))
                continue;
            if (const ObjRef* v = (*pos)->dict.find(name))
                return bindFound(*this, *v, selfIsClass ? nullptr : s->self.get(), s->selfType);
        }
        // type.__new__, __init__ and __call__ for a program's metaclass (class Meta(type)).
        if (s->selfType->layout == builtinType(rt::Tag::Type) && s->start->isUser)
            if (ObjRef m = typeSlotThroughSuper(*this, name, s->self, selfIsClass))
                return m;
        if (s->self->tag == rt::Tag::Type)
            if (ObjRef m = objectClassMethod(*this, static_cast<TypeObject*>(s->self.get()), name))
                return m;
        // int.__new__ for super().__new__(cls, value) in class Num(int), Exception.__new__;
        // object.__new__.
        if (ObjRef n = name == "__new__" ? builtinNew(*this, s->selfType) : nullptr)
            return n;
        if (const ObjRef* v = name == "__new__" ? m_objectType->dict.find(name) : nullptr)
            return *v; // object.__new__, a static method
        if (!selfIsClass)
            if (ObjRef m = inheritedFromObject(*this, s->self.get(), name))
                return m;
        // The hint is chosen from dir() of the super object: the super type's own names.
        return noAttribute("super", name, "'super' object has no attribute '" + name + "'", o);
    }
    default:
        break;
    }
    const std::string type = typeName(o);
    return noAttribute(type, name, "'" + type + "' object has no attribute '" + name + "'", o);
}

ObjRef Interpreter::callDunder(Object* self, std::string_view name, ObjVec args, bool* found) {
    TypeObject* t = typeOf(self);
    ObjRef attr = lookupInType(t, name);
    *found = static_cast<bool>(attr);
    if (!attr)
        return nullptr;
    ObjRef fn = bindFound(*this, std::move(attr), self, t);
    if (!fn)
        return nullptr;
    CallArgs a;
    a.positional = std::move(args);
    return call(fn.get(), a);
}

} // namespace memstep::core::interp
