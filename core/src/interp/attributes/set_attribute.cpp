// Setting and deleting attributes: `obj.name = value` and `del obj.name` on instances,
// classes, functions and modules. An instance whose class defines __setattr__ or __delattr__
// goes through it (attribute_hooks.cpp); genericSetAttr is what object.__setattr__ does:
// a property or a data descriptor on the class first, then the instance's __dict__.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/class_namespace.h"
#include "interp/attributes/instance_dict.h"
#include "interp/attributes/metaclass.h"
#include "interp/errors/exception_args.h"
#include "interp/tracing/tracer.h"

namespace memstep::core::interp {

using rt::CallArgs;
using rt::TypeObject;

bool Interpreter::genericSetAttr(Object* o, const std::string& name, ObjRef value) {
    if (std::string_view(name) == "__dict__") // a length compare first, not memcmp
        return assignDictAttribute(*this, o, value.get());
    TypeObject* t = typeOf(o);
    ObjRef attr = lookupInType(t, name); // held: the accessor may change the class
    if (rt::DescriptorObject* d = asProperty(attr)) {
        ObjRef accessor = value ? d->setter : d->deleter;
        if (!accessor)
            return static_cast<bool>(noAccessor(*this, t, d, value ? "setter" : "deleter"));
        CallArgs args;
        args.positional.push_back(ObjRef(o));
        if (value)
            args.positional.push_back(std::move(value));
        return static_cast<bool>(call(accessor.get(), args));
    }
    if (rt::DescriptorObject* member = asMember(attr))
        return slotSet(*this, o, member, std::move(value));
    if (userDescriptor(*this, attr.get()).isData)
        return descriptorSet(*this, attr.get(), o, std::move(value));
    rt::AttrDict* dict = instanceDict(o);
    if (dict && value) {
        Object* raw = value.get();
        dict->set(name, std::move(value));
        if (m_tracer && Tracer::visible(o) && t->isUser && !t->isLibrary)
            m_tracer->mutateAttr(o, MutateOp::SetAttr, name, raw);
        attrChangedInDict(*this, o, name, raw);
        return true;
    }
    if (ObjRef old = dict ? dict->erase(name) : nullptr) {
        if (m_tracer && Tracer::visible(o) && t->isUser)
            m_tracer->mutateAttr(o, MutateOp::DelAttr, name, nullptr);
        attrChangedInDict(*this, o, name, nullptr);
        return true;
    }
    raise("AttributeError",
          "'" + std::string(typeName(o)) + "' object has no attribute '" + name + "'");
    return false;
}

bool Interpreter::setAttr(Object* o, const std::string& name, ObjRef value) {
    if (o->subclassed) { // class Stack(list): its instances have a __dict__
        if (name == "__class__") {
            abortUnsupported("setting `__class__` of a " + std::string(typeName(o)) +
                             " object is not supported");
            return false;
        }
        bool ok = false;
        if (hookedSetAttr(*this, o, name, value, ok))
            return ok;
        return genericSetAttr(o, name, std::move(value));
    }
    switch (o->tag) {
    case rt::Tag::Instance:
    case rt::Tag::Exception: {
        bool ok = false;
        if (o->tag == rt::Tag::Exception &&
            setOsErrorAttr(*this, static_cast<rt::ExceptionObject*>(o), name, value, ok))
            return ok; // OSError's errno, strerror, filename...: its fields, not its __dict__
        if (hookedSetAttr(*this, o, name, value, ok))
            return ok;
        return genericSetAttr(o, name, std::move(value));
    }
    case rt::Tag::Type: {
        auto* t = static_cast<TypeObject*>(o);
        if (!t->isUser) {
            raise("TypeError",
                  "cannot set '" + name + "' attribute of immutable type '" + t->name + "'");
            return false;
        }
        if (t->meta && t->meta->setClassAttr && !t->meta->setClassAttr(*this, t, name, value.get()))
            return false;
        if (!metaclassAllowsSet(*this, t, name))
            return false;
        // copyreg caches __slotnames__ on the class when copy.copy copies one of its objects.
        if (isBuiltinLayout(*this, t->layout) && name != "__slotnames__" &&
            isRefusedInSubclass(name, t->layout->instanceTag)) {
            abortUnsupported("setting `" + name + "` on a subclass of " + t->layout->name +
                             " is not supported yet");
            return false;
        }
        Object* raw = value.get();
        t->dict.set(name, std::move(value));
        if (m_tracer && Tracer::visible(o) && !rt::isHiddenClassAttr(name))
            m_tracer->mutateAttr(o, MutateOp::SetAttr, name, raw);
        return true;
    }
    case rt::Tag::Function:
        return setFunctionAttr(static_cast<rt::FunctionObject*>(o), name, std::move(value));
    case rt::Tag::Module:
        // CPython stores it in the module's namespace (and in builtins' it becomes a builtin).
        abortUnsupported("setting an attribute of a module is not supported yet");
        return false;
    default:
        // A library type's writable property (defaultdict.default_factory).
        if (const ObjRef* found = typeOf(o)->isUser ? nullptr : typeOf(o)->dict.find(name)) {
            rt::DescriptorObject* d = asProperty(*found);
            if (d && d->setter) {
                CallArgs args;
                args.positional.push_back(ObjRef(o));
                args.positional.push_back(std::move(value));
                return static_cast<bool>(call(d->setter.get(), args));
            }
            if (d && namedTupleBase(*this, typeOf(o))) // a field: "can't set attribute"
                return static_cast<bool>(noAccessor(*this, typeOf(o), d, "setter"));
        }
        break;
    }
    raise("AttributeError",
          "'" + std::string(typeName(o)) + "' object has no attribute '" + name + "'");
    return false;
}

bool Interpreter::delAttr(Object* o, const std::string& name) {
    if (o->subclassed) { // class Stack(list): its instances have a __dict__
        bool ok = false;
        if (hookedSetAttr(*this, o, name, nullptr, ok))
            return ok;
        return genericSetAttr(o, name, nullptr);
    }
    switch (o->tag) {
    case rt::Tag::Instance:
    case rt::Tag::Exception: {
        bool ok = false;
        if (o->tag == rt::Tag::Exception &&
            setOsErrorAttr(*this, static_cast<rt::ExceptionObject*>(o), name, nullptr, ok))
            return ok;
        if (hookedSetAttr(*this, o, name, nullptr, ok))
            return ok;
        return genericSetAttr(o, name, nullptr);
    }
    case rt::Tag::Type: {
        auto* t = static_cast<TypeObject*>(o);
        if (!t->isUser) {
            raise("TypeError",
                  "cannot delete '" + name + "' attribute of immutable type '" + t->name + "'");
            return false;
        }
        if (t->meta && t->meta->setClassAttr && !t->meta->setClassAttr(*this, t, name, nullptr))
            return false;
        if (!metaclassAllowsSet(*this, t, name))
            return false;
        namespaceEntryDeleted(t, name);
        ObjRef old = t->dict.erase(name);
        if (!old) {
            raise("AttributeError",
                  "type object '" + t->name + "' has no attribute '" + name + "'");
            return false;
        }
        if (m_tracer && Tracer::visible(o) && !rt::isHiddenClassAttr(name))
            m_tracer->mutateAttr(o, MutateOp::DelAttr, name, nullptr);
        return true;
    }
    case rt::Tag::Function:
        return setFunctionAttr(static_cast<rt::FunctionObject*>(o), name, nullptr);
    case rt::Tag::Module:
        abortUnsupported("deleting an attribute of a module is not supported yet");
        return false;
    default:
        if (TypeObject* named = namedTupleBase(*this, typeOf(o)))
            if (rt::DescriptorObject* d =
                    asProperty(named->dict.find(name) ? *named->dict.find(name) : nullptr))
                return static_cast<bool>(noAccessor(*this, named, d, "deleter"));
        break;
    }
    raise("AttributeError",
          "'" + std::string(typeName(o)) + "' object has no attribute '" + name + "'");
    return false;
}

} // namespace memstep::core::interp
