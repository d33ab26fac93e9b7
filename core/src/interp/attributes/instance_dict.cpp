// An instance's or a function's __dict__ kept equal to its attributes both ways
// (instance_dict.h). The two
// sides never call each other back: a change arriving on one side is made on the other only
// when it is not there already, so each change is made, and traced, once per side.
#include "interp/attributes/instance_dict.h"

#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/class_body_dict.h"
#include "interp/attributes/class_namespace.h"
#include "interp/attributes/namespace_dict.h"
#include "interp/builtins/builtins_util.h"
#include "interp/tracing/tracer.h"

namespace memstep::core::interp {

namespace {

// Why `o` gets no __dict__ in memstep, or null when it gets one.
const char* dictRefusal(Interpreter& in, Object* o) {
    if (o->tag == rt::Tag::Exception)
        return "the `__dict__` of an exception is not supported";
    if (o->subclassed) // class Num(int): its __dict__ is the part's attributes
        return nullptr;
    if (o->tag != rt::Tag::Instance)
        return "`__dict__` is not supported yet";
    rt::TypeObject* t = in.typeOf(o);
    if (!t->isUser || t->isLibrary || t->meta)
        return "the `__dict__` of an instance of a library's class is not supported";
    if (!t->noDict && !t->slotOrder.empty()) // the slots are in attrs too (slots.cpp)
        return "the `__dict__` of an instance that has slots as well is not supported";
    if (in.lookupInType(t, "__dict__"))
        return "a class attribute named `__dict__` is not supported";
    return nullptr;
}

// The attributes a __dict__ mirrors, and where its owner keeps the dict: an instance's, an
// object's of a subclass of a built-in type, or a function's (null for any other object).
rt::AttrDict* mirroredAttrs(Object* owner) {
    if (owner->tag == rt::Tag::Function)
        return &static_cast<rt::FunctionObject*>(owner)->dict;
    return instanceDict(owner);
}

ObjRef* dictSlot(Object* owner) {
    if (rt::SubclassPart* part = rt::subclassPart(owner))
        return &part->dict;
    if (owner->tag == rt::Tag::Instance)
        return &static_cast<rt::InstanceObject*>(owner)->dict;
    if (owner->tag == rt::Tag::Function)
        return &static_cast<rt::FunctionObject*>(owner)->dictObject;
    return nullptr;
}

void traceAttr(Interpreter& in, Object* owner, const std::string& name, Object* value) {
    if (in.tracer() && Tracer::visible(owner))
        in.tracer()->mutateAttr(owner, value ? MutateOp::SetAttr : MutateOp::DelAttr, name, value);
}

// The owner's dict, made on first use from its attributes (interned str keys, in their order).
ObjRef mirroredDict(Interpreter& in, Object* owner) {
    ObjRef* slot = dictSlot(owner);
    if (*slot)
        return *slot;
    rt::Ref<rt::DictObject> d = in.heap().newDict();
    for (const auto& [name, value] : mirroredAttrs(owner)->items)
        if (!in.dictSet(d.get(), in.internedStr(name), value))
            return nullptr;
    d->owner = owner;
    *slot = d;
    return *slot;
}

// Every attribute of the owner goes, each with its trace event (its dict is let go first).
void dropAttrs(Interpreter& in, Object* owner) {
    rt::AttrDict* attrs = mirroredAttrs(owner);
    std::vector<std::pair<std::string, ObjRef>> old = std::move(attrs->items);
    attrs->items.clear();
    for (const auto& [name, value] : old)
        traceAttr(in, owner, name, nullptr);
}

// Why `value` cannot become an object's __dict__ in memstep, or null when it can.
const char* newDictRefusal(const rt::DictObject* d) {
    if (d->subclassed || d->cls)
        return "a dict of another type than dict as an object's `__dict__` is not supported";
    if (d->owner)
        return "a dict that is already another object's `__dict__` or a module's namespace "
               "given as an object's `__dict__` is not supported";
    for (const rt::DictEntry& e : d->entries)
        if (e.key && !isStr(e.key.get()))
            return "a key that is not a str in an object's `__dict__` is not supported";
    return nullptr;
}

} // namespace

ObjRef instanceDictAttribute(Interpreter& in, Object* o) {
    if (const char* refusal = dictRefusal(in, o))
        return in.abortUnsupported(refusal);
    rt::TypeObject* cls = in.typeOf(o);
    if (cls->noDict) // all its attributes are slots
        return in.noClassAttribute(
            cls, "__dict__", "'" + cls->name + "' object has no attribute '__dict__'", false, o);
    return mirroredDict(in, o);
}

ObjRef functionDictAttribute(Interpreter& in, rt::FunctionObject* fn) {
    return mirroredDict(in, fn);
}

bool assignDictAttribute(Interpreter& in, Object* o, const Object* value) {
    ObjRef* slot = dictSlot(o);
    if (value && slot && slot->get() == value)
        return true;
    if (o->tag != rt::Tag::Function)
        if (const char* refusal = dictRefusal(in, o)) {
            in.abortUnsupported(refusal);
            return false;
        }
    if (rt::TypeObject* cls = in.typeOf(o); o->tag != rt::Tag::Function && cls->noDict) {
        in.noClassAttribute(cls, "__dict__",
                            "'" + cls->name + "' object has no attribute '__dict__'", false, o);
        return false;
    }
    if (!value && o->tag == rt::Tag::Function) {
        in.raise("TypeError", "cannot delete __dict__");
        return false;
    }
    if (value && value->tag != rt::Tag::Dict) {
        in.raise("TypeError", "__dict__ must be set to a dictionary, not a '" +
                                  std::string(in.typeName(value)) + "'");
        return false;
    }
    auto* d = static_cast<rt::DictObject*>(const_cast<Object*>(value));
    if (const char* refusal = d ? newDictRefusal(d) : nullptr) {
        in.abortUnsupported(refusal);
        return false;
    }
    // The old dict lives on as a plain dict where the program holds it; `del obj.__dict__`
    // leaves the instance with none, an empty one made at its next use.
    if (*slot)
        static_cast<rt::DictObject*>(slot->get())->owner = nullptr;
    slot->reset();
    dropAttrs(in, o);
    if (!d)
        return true;
    rt::AttrDict* attrs = mirroredAttrs(o);
    for (const rt::DictEntry& e : d->entries)
        if (e.key) {
            attrs->set(text(e.key.get()), e.value);
            traceAttr(in, o, text(e.key.get()), e.value.get());
        }
    d->owner = o;
    *slot = ObjRef(d);
    return true;
}

void attrChangedInDict(Interpreter& in, Object* o, const std::string& name, Object* value) {
    ObjRef* slot = dictSlot(o);
    if (!slot || !*slot)
        return;
    auto* d = static_cast<rt::DictObject*>(slot->get());
    ObjRef key = in.internedStr(name);
    if (value) {
        in.dictSet(d, std::move(key), ObjRef(value)); // a str key: cannot fail
        return;
    }
    auto h = in.hash(key.get());
    std::int64_t pos = h ? d->findBuiltin(key.get(), *h) : -1;
    if (pos >= 0)
        in.dictRemoveAt(d, pos);
}

void entryChangedInInstance(Interpreter& in, rt::DictObject* d, Object* key, Object* value) {
    if (isNamespaceDict(in, d))
        return entryChangedInNamespace(in, d, key, value);
    if (isClassBodyDict(d))
        return entryChangedInClassBody(in, d, key, value);
    Object* owner = d->owner;
    rt::AttrDict* attrs = mirroredAttrs(owner);
    const std::string& name = text(key);
    const ObjRef* now = attrs->find(name);
    if (value) {
        if (now && now->get() == value)
            return;
        attrs->set(name, ObjRef(value));
    } else {
        if (!now)
            return;
        ObjRef old = attrs->erase(name);
    }
    traceAttr(in, owner, name, value);
}

void entriesClearedInInstance(Interpreter& in, rt::DictObject* d) {
    if (isNamespaceDict(in, d))
        return entriesClearedInNamespace(in, d);
    if (isClassBodyDict(d))
        return entriesClearedInClassBody(in);
    dropAttrs(in, d->owner);
}

bool instanceDictKeyAllowed(Interpreter& in, const rt::DictObject* d, const Object* key) {
    if (!d->owner || isStr(key))
        return true;
    if (isNamespaceDict(in, d))
        return namespaceKeyAllowed(in, key);
    if (isClassBodyDict(d))
        return classBodyKeyAllowed(in, key);
    in.abortUnsupported("a key that is not a str in an object's `__dict__` is not supported");
    return false;
}

ObjRef builtinVars(Interpreter& in, Object*, rt::CallArgs& args) {
    if (!noKeywords(in, args, "vars") || !argCount(in, args, "vars", 0, 1))
        return nullptr;
    if (args.positional.empty())
        return localsForVars(in);
    Object* o = args.positional[0].get();
    if (o->tag == rt::Tag::Type)
        return classNamespaceProxy(in, static_cast<rt::TypeObject*>(o));
    ObjRef name = in.internedStr("__dict__");
    ObjRef d = Interpreter::isUserObject(o) ? userGetAttr(in, o, "__dict__", name)
                                            : in.getAttr(o, "__dict__");
    if (d || in.aborted())
        return d;
    auto* e = static_cast<rt::ExceptionObject*>(in.pendingException());
    if (!e || e->type != in.exceptionType("AttributeError"))
        return nullptr;
    in.clearException();
    return in.raise("TypeError", "vars() argument must have __dict__ attribute");
}

} // namespace memstep::core::interp
