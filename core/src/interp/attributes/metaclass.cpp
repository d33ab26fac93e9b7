// type.__new__ for classes made at run time and by a program's metaclass, and what a class
// finds through its metaclass (see metaclass.h).
#include "interp/attributes/metaclass.h"

#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/value_subclass.h"

namespace memstep::core::interp {

using rt::CallArgs;
using rt::TypeObject;

namespace {

ObjRef metaclassConflict(Interpreter& in) {
    return in.raise("TypeError", "metaclass conflict: the metaclass of a derived class must be a "
                                 "(non-strict) subclass of the metaclasses of all its bases");
}

// _PyType_CalculateMetaclass: the most derived of `winner` and the types of `bases`; null with
// CPython's TypeError when two are unrelated.
TypeObject* mostDerived(Interpreter& in, TypeObject* winner, const ObjVec& bases) {
    for (const ObjRef& b : bases) {
        TypeObject* t = in.typeOf(b.get());
        if (in.isSubtype(winner, t))
            continue;
        if (in.isSubtype(t, winner)) {
            winner = t;
            continue;
        }
        metaclassConflict(in);
        return nullptr;
    }
    return winner;
}

// The namespace a class made by type.__new__ starts with: a copy of `dict`, __qualname__
// taken out of it (into `qualname`) and __classcell__ too (into `cell`), __module__ added
// from the caller's globals when the dict has none. False with the exception set.
bool classNamespace(Interpreter& in, rt::DictObject* dict, rt::AttrDict& ns, std::string& qualname,
                    ObjRef& cell) {
    for (const rt::DictEntry& e : dict->entries) {
        if (!e.key)
            continue;
        if (e.key->tag != rt::Tag::Str) {
            in.abortUnsupported("a class namespace with a key that is not a str is not supported");
            return false;
        }
        ns.set(static_cast<rt::StrObject*>(e.key.get())->text, e.value);
    }
    if (ObjRef q = ns.erase("__qualname__")) {
        if (q->tag != rt::Tag::Str) {
            in.raise("TypeError",
                     "type __qualname__ must be a str, not " + std::string(in.typeName(q.get())));
            return false;
        }
        qualname = static_cast<rt::StrObject*>(q.get())->text;
    }
    if (ObjRef c = ns.erase("__classcell__")) {
        if (c->tag != rt::Tag::Cell) {
            in.raise("TypeError", "__classcell__ must be a nonlocal cell, not <class '" +
                                      std::string(in.typeName(c.get())) + "'>");
            return false;
        }
        cell = std::move(c);
    }
    if (!ns.find("__module__")) {
        int slot = in.globalSlot("__name__");
        ObjRef module = slot >= 0 && static_cast<std::size_t>(slot) < in.globals().size()
                            ? in.globals()[static_cast<std::size_t>(slot)]
                            : nullptr;
        if (module)
            ns.set("__module__", module);
    }
    return true;
}

// Bases type.__new__ cannot take as memstep models them: a builtin standing for a CPython
// type (map), a class of a library's metaclass (an Enum, an ABC), a builtin type memstep does
// not subclass. An Unsupported abort, or true.
bool acceptedBases(Interpreter& in, const ObjVec& bases) {
    for (const ObjRef& b : bases) {
        if (b->tag == rt::Tag::Builtin) {
            in.abortUnsupported("a class base that is not a class here (`" +
                                static_cast<rt::BuiltinObject*>(b.get())->name +
                                "`) is not supported");
            return false;
        }
        if (b->tag != rt::Tag::Type)
            continue;
        auto* t = static_cast<TypeObject*>(b.get());
        if (t->meta) {
            in.abortUnsupported("type.__new__ with the base '" + t->name +
                                "' (made by a library's metaclass) is not supported yet");
            return false;
        }
        TypeObject* l = t->isUser && t->layout ? t->layout : t;
        if (l != in.objectType() && !l->isException && !isBuiltinLayout(in, l) &&
            l != in.builtinType(rt::Tag::Type)) {
            in.abortUnsupported("subclassing the built-in type '" + l->name +
                                "' is not supported yet");
            return false;
        }
    }
    return true;
}

// type.__new__ as super() gives it (a static method): type.__new__(metatype, name, bases,
// dict).
ObjRef typeDunderNew(Interpreter& in, Object*, CallArgs& args) {
    TypeObject* metatype = newWrapperClass(in, in.builtinType(rt::Tag::Type), args);
    if (!metatype)
        return nullptr;
    CallArgs rest;
    rest.positional.assign(args.positional.begin() + 1, args.positional.end());
    rest.keywords = args.keywords;
    return typeNewClass(in, metatype, rest);
}

// type.__init__ bound to a class: it checks its arguments and does nothing else.
ObjRef typeDunderInit(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 1 && args.positional.size() != 3)
        return in.raise("TypeError", "type.__init__() takes 1 or 3 arguments");
    return in.none();
}

// type.__call__ bound to a class: makes its instance, whatever __call__ its metaclass has.
ObjRef typeDunderCall(Interpreter& in, Object* self, CallArgs& args) {
    return in.callClass(static_cast<TypeObject*>(self), args);
}

} // namespace

bool isProgramMetaclass(Interpreter& in, const Object* o) {
    if (o->tag != rt::Tag::Type)
        return false;
    auto* t = static_cast<const TypeObject*>(o);
    return t->isUser && t->layout == in.builtinType(rt::Tag::Type);
}

ObjRef classMetaclass(Interpreter& in, ObjRef meta, const ObjVec& bases) {
    // A base that is not a class here is refused once the body has run, as before.
    ObjVec classes;
    for (const ObjRef& b : bases)
        if (b->tag == rt::Tag::Type)
            classes.push_back(b);
    if (!meta) {
        if (bases.empty() || bases[0]->tag != rt::Tag::Type)
            return ObjRef(in.builtinType(rt::Tag::Type));
        meta = ObjRef(in.typeOf(bases[0].get()));
    }
    // Anything else callable (a function) is called as it is, with no metaclass computed.
    if (meta->tag != rt::Tag::Type)
        return meta;
    TypeObject* winner = mostDerived(in, static_cast<TypeObject*>(meta.get()), classes);
    return winner ? ObjRef(winner) : nullptr;
}

ObjRef typeNewClass(Interpreter& in, TypeObject* metatype, CallArgs& args) {
    const std::size_t n = args.positional.size();
    if (n != 3)
        return in.raise("TypeError", "type.__new__() takes exactly 3 arguments (" +
                                         std::to_string(n) + " given)");
    Object* name = args.positional[0].get();
    Object* baseTuple = args.positional[1].get();
    Object* dict = args.positional[2].get();
    auto wrong = [&](int i, const char* want, Object* got) {
        return in.raise("TypeError", "type.__new__() argument " + std::to_string(i) + " must be " +
                                         want + ", not " + in.typeName(got));
    };
    if (name->tag != rt::Tag::Str)
        return wrong(1, "str", name);
    if (baseTuple->tag != rt::Tag::Tuple)
        return wrong(2, "tuple", baseTuple);
    if (dict->tag != rt::Tag::Dict)
        return wrong(3, "dict", dict);
    ObjVec baseObjects = static_cast<rt::TupleObject*>(baseTuple)->items;
    if (!acceptedBases(in, baseObjects))
        return nullptr;
    TypeObject* winner = mostDerived(in, metatype, baseObjects);
    if (!winner)
        return nullptr;
    if (winner != metatype && in.lookupInType(winner, "__new__"))
        return in.abortUnsupported("type.__new__ handing the class to the metaclass '" +
                                   winner->name + "' of its bases is not supported yet");
    metatype = winner;

    std::vector<TypeObject*> bases;
    TypeObject* layout = nullptr;
    std::vector<TypeObject*> mro;
    if (!in.classBasesLayoutMro(baseObjects, bases, layout, mro))
        return nullptr;
    rt::AttrDict ns;
    std::string qualname = static_cast<rt::StrObject*>(name)->text;
    ObjRef cell;
    if (!classNamespace(in, static_cast<rt::DictObject*>(dict), ns, qualname, cell))
        return nullptr;
    if (std::string refused = refusedInClass(in, ns, layout, mro); !refused.empty())
        return in.abortUnsupported(refused);
    ObjRef cls = in.makeClass(static_cast<rt::StrObject*>(name)->text, ObjRef(name), qualname, ns,
                              cell, bases, layout, mro);
    auto* t = static_cast<TypeObject*>(cls.get());
    if (metatype != in.builtinType(rt::Tag::Type))
        t->metaclass = metatype;
    if (!makeSlots(in, t) || !callSetNames(in, t))
        return nullptr;
    // The keywords left over go to __init_subclass__ (a library's classes: object's).
    CallArgs keywords;
    keywords.keywords = args.keywords;
    if (std::any_of(mro.begin(), mro.end(), [](TypeObject* c) { return c->meta; })) {
        if (!objectInitSubclass(in, t, keywords))
            return nullptr;
    } else if (!initSubclass(in, t, keywords)) {
        return nullptr;
    }
    return cls;
}

ObjRef objectInitSubclass(Interpreter& in, Object* self, CallArgs& args) {
    // The builtin method bound to the class names itself by the class's qualified name.
    const std::string who = static_cast<TypeObject*>(self)->qualname + ".__init_subclass__()";
    if (!args.keywords.empty())
        return in.raise("TypeError", who + " takes no keyword arguments");
    if (!args.positional.empty())
        return in.raise("TypeError", who + " takes no arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    return in.none();
}

bool initSubclass(Interpreter& in, TypeObject* cls, CallArgs& keywords) {
    for (std::size_t i = 1; i < cls->mro.size(); ++i) {
        const ObjRef* v =
            cls->mro[i]->isUser ? cls->mro[i]->dict.find("__init_subclass__") : nullptr;
        if (!v)
            continue;
        ObjRef fn = bindFound(in, *v, nullptr, cls);
        return fn && in.call(fn.get(), keywords);
    }
    return static_cast<bool>(objectInitSubclass(in, cls, keywords));
}

ObjRef typeSlotThroughSuper(Interpreter& in, const std::string& name, ObjRef self,
                            bool selfIsClass) {
    if (name == "__new__")
        return in.makeBuiltin("__new__", typeDunderNew);
    if (selfIsClass || self->tag != rt::Tag::Type)
        return nullptr;
    if (name == "__init__")
        return in.makeBuiltin("__init__", typeDunderInit, std::move(self));
    if (name == "__call__")
        return in.makeBuiltin("__call__", typeDunderCall, std::move(self));
    return nullptr;
}

ObjRef metaclassCall(Interpreter& in, TypeObject* cls) {
    ObjRef fn = in.lookupInType(cls->metaclass, "__call__");
    return fn ? bindFound(in, std::move(fn), cls, cls->metaclass) : nullptr;
}

ObjRef metaclassDataAttr(Interpreter& in, TypeObject* cls, const std::string& name, bool& found) {
    ObjRef v =
        cls->metaclass && cls->metaclass->isUser ? in.lookupInType(cls->metaclass, name) : nullptr;
    if (!v || !(asProperty(v) || userDescriptor(in, v.get()).isData))
        return nullptr;
    found = true;
    return bindFound(in, std::move(v), cls, cls->metaclass);
}

bool metaclassAllowsSet(Interpreter& in, TypeObject* cls, const std::string& name) {
    if (cls->layout == in.builtinType(rt::Tag::Type) && isRefusedInMetaclass(name)) {
        in.abortUnsupported("setting `" + name + "` on a metaclass is not supported yet");
        return false;
    }
    ObjRef v =
        cls->metaclass && cls->metaclass->isUser ? in.lookupInType(cls->metaclass, name) : nullptr;
    if (v && (asProperty(v) || userDescriptor(in, v.get()).isData)) {
        in.abortUnsupported("setting `" + name +
                            "` on a class whose metaclass defines it as "
                            "a descriptor is not supported yet");
        return false;
    }
    return true;
}

ObjRef metaclassAttr(Interpreter& in, TypeObject* cls, const std::string& name) {
    ObjRef v = in.lookupInType(cls->metaclass, name);
    return v ? bindFound(in, std::move(v), cls, cls->metaclass) : nullptr;
}

} // namespace memstep::core::interp
