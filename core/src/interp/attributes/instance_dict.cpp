// An instance's __dict__ kept equal to its attributes both ways (instance_dict.h). The two
// sides never call each other back: a change arriving on one side is made on the other only
// when it is not there already, so each change is made, and traced, once per side.
#include "interp/attributes/instance_dict.h"

#include "interp/attributes/attribute_hooks.h"
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

// Where an instance, or an object of a subclass of a built-in type, keeps its __dict__ once
// asked for; null for other objects.
ObjRef* dictSlot(Object* o) {
    if (rt::SubclassPart* part = rt::subclassPart(o))
        return &part->dict;
    if (o->tag == rt::Tag::Instance)
        return &static_cast<rt::InstanceObject*>(o)->dict;
    return nullptr;
}

void traceAttr(Interpreter& in, Object* inst, const std::string& name, Object* value) {
    if (in.tracer() && Tracer::visible(inst))
        in.tracer()->mutateAttr(inst, value ? MutateOp::SetAttr : MutateOp::DelAttr, name, value);
}

} // namespace

ObjRef instanceDictAttribute(Interpreter& in, Object* o) {
    if (const char* refusal = dictRefusal(in, o))
        return in.abortUnsupported(refusal);
    rt::TypeObject* cls = in.typeOf(o);
    if (cls->noDict) // all its attributes are slots
        return in.noClassAttribute(
            cls, "__dict__", "'" + cls->name + "' object has no attribute '__dict__'", false, o);
    ObjRef& slot = *dictSlot(o);
    if (slot)
        return slot;
    rt::Ref<rt::DictObject> d = in.heap().newDict();
    for (const auto& [name, value] : instanceDict(o)->items)
        if (!in.dictSet(d.get(), in.internedStr(name), value))
            return nullptr;
    d->owner = o;
    slot = d;
    return slot;
}

bool assignDictAttribute(Interpreter& in, Object* o, const Object* value) {
    if (ObjRef* slot = dictSlot(o); value && slot && slot->get() == value)
        return true;
    in.abortUnsupported("assigning or deleting an instance's `__dict__` is not supported");
    return false;
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
    Object* inst = d->owner;
    rt::AttrDict& attrs = *instanceDict(inst);
    const std::string& name = text(key);
    const ObjRef* now = attrs.find(name);
    if (value) {
        if (now && now->get() == value)
            return;
        attrs.set(name, ObjRef(value));
    } else {
        if (!now)
            return;
        ObjRef old = attrs.erase(name);
    }
    traceAttr(in, inst, name, value);
}

void entriesClearedInInstance(Interpreter& in, rt::DictObject* d) {
    if (isNamespaceDict(in, d))
        return entriesClearedInNamespace(in, d);
    Object* inst = d->owner;
    rt::AttrDict& attrs = *instanceDict(inst);
    std::vector<std::pair<std::string, ObjRef>> old = std::move(attrs.items);
    attrs.items.clear();
    for (const auto& [name, value] : old)
        traceAttr(in, inst, name, nullptr);
}

bool instanceDictKeyAllowed(Interpreter& in, const rt::DictObject* d, const Object* key) {
    if (!d->owner || isStr(key))
        return true;
    if (isNamespaceDict(in, d))
        return namespaceKeyAllowed(in, key);
    in.abortUnsupported("a key that is not a str in an instance's `__dict__` is not supported");
    return false;
}

ObjRef builtinVars(Interpreter& in, Object*, rt::CallArgs& args) {
    if (!noKeywords(in, args, "vars") || !argCount(in, args, "vars", 0, 1))
        return nullptr;
    if (args.positional.empty())
        return localsForVars(in);
    Object* o = args.positional[0].get();
    if (o->tag == rt::Tag::Type)
        return in.abortUnsupported("`vars()` of a class (a mappingproxy) is not supported");
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
