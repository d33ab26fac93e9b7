// __getattribute__, __getattr__, __setattr__, __delattr__ and descriptors written in Python
// (attribute_hooks.h says what each function stands for in CPython).
#include "interp/attributes/attribute_hooks.h"

#include "interp/builtins/builtins_util.h"
#include "interp/builtins/cpython_names.h"
#include "interp/tracing/tracer.h"

namespace memstep::core::interp {

namespace {

bool isAttributeError(Interpreter& in) {
    Object* e = in.pendingException();
    return e && !in.aborted() && e->tag == rt::Tag::Exception &&
           in.isSubtype(static_cast<rt::ExceptionObject*>(e)->type,
                        in.exceptionType("AttributeError"));
}

// The special method `name` of a program's object's class, bound to it and called with
// `args` (what CPython's call_attribute and vectorcall_method do); found false without it.
ObjRef callHook(Interpreter& in, Object* self, std::string_view name, ObjVec args, bool& found) {
    ObjRef keep(self);
    return in.callDunder(self, name, std::move(args), &found);
}

bool definesOnClass(Interpreter& in, Object* o, rt::AttrHook hook) {
    return typeDefines(in, in.typeOf(o), hook);
}

// The hook bits of every namespace on a program's class's MRO (0 for a builtin type): where a
// hook's bit is clear, typeDefines is false for it without asking which namespaces count.
std::uint8_t hookBitsOnMro(const rt::TypeObject* type) {
    std::uint8_t bits = 0;
    if (type->isUser)
        for (const rt::TypeObject* c : type->mro)
            bits |= c->dict.hooks;
    return bits;
}

} // namespace

bool typeDefines(Interpreter& in, rt::TypeObject* type, rt::AttrHook hook) {
    if (!type->isUser)
        return false;
    // The classes lookupInType searches, in its order; a bit says the name is present, and
    // the first class holding it decides, as lookupInType's value would.
    for (rt::TypeObject* c : type->mro)
        if (c->dict.has(hook) && (c->isUser || c->meta || isNamedTupleClass(in, c)))
            if (const ObjRef* v = c->dict.find(rt::attrHookName(hook)))
                return static_cast<bool>(*v);
    return false;
}

UserDescriptor userDescriptor(Interpreter& in, Object* attr) {
    UserDescriptor d;
    if (!attr || attr->tag != rt::Tag::Instance || !Interpreter::isUserObject(attr))
        return d;
    d.hasGet = definesOnClass(in, attr, rt::AttrHook::Get);
    d.isData = definesOnClass(in, attr, rt::AttrHook::Set) ||
               definesOnClass(in, attr, rt::AttrHook::Delete);
    return d;
}

ObjRef descriptorGet(Interpreter& in, Object* descr, Object* obj, rt::TypeObject* type) {
    bool found = false;
    return callHook(in, descr, "__get__", {obj ? ObjRef(obj) : in.none(), ObjRef(type)}, found);
}

bool descriptorSet(Interpreter& in, Object* descr, Object* obj, ObjRef value) {
    const char* name = value ? "__set__" : "__delete__";
    ObjVec args{ObjRef(obj)};
    if (value)
        args.push_back(std::move(value));
    bool found = false;
    ObjRef r = callHook(in, descr, name, std::move(args), found);
    if (!found && !in.hasException()) {
        // slot_tp_descr_set: vectorcall_method's lookup fails with the bare name.
        in.raise("AttributeError", name);
        return false;
    }
    return static_cast<bool>(r);
}

bool callSetNames(Interpreter& in, rt::TypeObject* cls) {
    // type_new_set_names works on a copy: a __set_name__ may change the class.
    auto items = cls->dict.items;
    for (const auto& [name, value] : items) {
        if (!Interpreter::isUserObject(value.get()) ||
            !definesOnClass(in, value.get(), rt::AttrHook::SetName))
            continue;
        bool found = false;
        if (!callHook(in, value.get(), "__set_name__", {ObjRef(cls), in.internedStr(name)},
                      found)) {
            // CPython 3.11 wraps the error in a RuntimeError raised from it.
            if (!in.aborted())
                in.abortUnsupported("an exception raised by __set_name__ is not supported yet");
            return false;
        }
    }
    return true;
}

ObjRef checkedIsinstance(Interpreter& in, Object* o, ObjRef answer) {
    if (answer && answer.get() == in.boolean(false).get() && Interpreter::isUserObject(o) &&
        definesOnClass(in, o, rt::AttrHook::GetAttribute))
        return in.abortUnsupported("isinstance() of an object whose class defines "
                                   "__getattribute__ is not supported when it is False");
    return answer;
}

ObjRef instanceCheckHook(Interpreter& in, Object* t) {
    if (t->tag != rt::Tag::Type)
        return nullptr;
    auto* cls = static_cast<rt::TypeObject*>(t);
    if (cls->isUser)
        return in.lookupInType(cls, " __instancecheck__");
    if (!cls->meta) // a builtin type: no namespace to search on every isinstance()
        return nullptr;
    const ObjRef* own = cls->dict.find(" __instancecheck__");
    return own ? *own : nullptr;
}

void augmentAttributeError(Interpreter& in, Object* o, const std::string& name) {
    if (!isAttributeError(in))
        return;
    auto* e = static_cast<rt::ExceptionObject*>(in.pendingException());
    if (!e->missingName.empty() || e->missingFrom)
        return;
    e->missingName = name;
    e->missingFrom = ObjRef(o);
}

ObjRef userGetAttr(Interpreter& in, Object* o, const std::string& name, ObjRef nameObject) {
    rt::TypeObject* t = in.typeOf(o);
    // One walk of the bits answers "neither", the usual case, without a walk per hook.
    const std::uint8_t bits = hookBitsOnMro(t);
    bool customGet = (bits & static_cast<std::uint8_t>(rt::AttrHook::GetAttribute)) &&
                     typeDefines(in, t, rt::AttrHook::GetAttribute);
    bool fallback = (bits & static_cast<std::uint8_t>(rt::AttrHook::GetAttr)) &&
                    typeDefines(in, t, rt::AttrHook::GetAttr);
    ObjRef keep(o);
    ObjRef out;
    if (customGet || fallback) {
        if (!nameObject)
            nameObject = in.internedStr(name);
        bool found = false;
        out = customGet ? callHook(in, o, "__getattribute__", {nameObject}, found)
                        : in.genericGetAttr(o, name);
        // slot_tp_getattr_hook: __getattr__ only when the lookup failed with an
        // AttributeError, which it clears first (so it is no __context__ of what follows).
        if (!out && fallback && isAttributeError(in)) {
            in.clearException();
            out = callHook(in, o, "__getattr__", {nameObject}, found);
        }
    } else {
        out = in.genericGetAttr(o, name);
    }
    if (!out)
        augmentAttributeError(in, o, name);
    return out;
}

bool hookedSetAttr(Interpreter& in, Object* o, const std::string& name, ObjRef value, bool& ok) {
    const char* hookName = value ? "__setattr__" : "__delattr__";
    rt::TypeObject* t = in.typeOf(o);
    if (!typeDefines(in, t, value ? rt::AttrHook::SetAttr : rt::AttrHook::DelAttr))
        return false;
    ObjRef hook = in.lookupInType(t, hookName);
    if (!hook)
        return false;
    ObjRef keep(o);
    if (hook->tag == rt::Tag::Builtin) {
        // A library's (a frozen dataclass's), or object's own slot wrapper stored by name.
        ok = in.callAttrHook(hook.get(), o, name, std::move(value));
        return true;
    }
    // PyObject_SetAttr interns the name: the hook gets the code's own str.
    ObjVec args{in.internedStr(name)};
    if (value)
        args.push_back(std::move(value));
    bool found = false;
    ok = static_cast<bool>(callHook(in, o, hookName, std::move(args), found));
    return true;
}

namespace {

bool nameArgument(Interpreter& in, CallArgs& args, const char* wrapper, std::size_t count) {
    if (!wrapperArgs(in, args, wrapper, count))
        return false;
    if (!isStr(args.positional[0].get())) {
        in.raise("TypeError", "attribute name must be string, not '" +
                                  std::string(in.typeName(args.positional[0].get())) + "'");
        return false;
    }
    return true;
}

// A builtin value with no __dict__ (an int, a list): object's generic lookup finds on it only
// what its type has.
bool isPlainValue(const Object* o) {
    switch (o->tag) {
    case rt::Tag::None:
    case rt::Tag::Bool:
    case rt::Tag::Int:
    case rt::Tag::Float:
    case rt::Tag::Complex:
    case rt::Tag::Str:
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
    case rt::Tag::List:
    case rt::Tag::Tuple:
    case rt::Tag::Dict:
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
    case rt::Tag::Range:
        return !o->subclassed;
    default:
        return false;
    }
}

// Whether object's generic setting or deleting applies to `self`: a program's instance or
// exception is stored the way these reach it; a plain value has no place for a new attribute
// (PyObject_GenericSetAttr's AttributeError). Other cases are refused.
bool genericApplies(Interpreter& in, Object* self, const char* what, const std::string& name) {
    if (Interpreter::isUserObject(self))
        return true;
    std::string type = in.typeName(self);
    if (isPlainValue(self) && !cpythonTypeHas(type, name)) {
        in.raise("AttributeError", "'" + type + "' object has no attribute '" + name + "'");
        return false;
    }
    in.abortUnsupported(std::string("object.") + what + " on a '" + type +
                        "' object is not supported");
    return false;
}

ObjRef objectGetattribute(Interpreter& in, Object* self, CallArgs& args) {
    if (!nameArgument(in, args, "__getattribute__", 1))
        return nullptr;
    const std::string& name = text(args.positional[0].get());
    // A plain value's type has no __getattribute__ of its own: getattr() is object's.
    if (isPlainValue(self))
        return in.getAttr(self, name);
    if (!genericApplies(in, self, "__getattribute__", name))
        return nullptr;
    return in.genericGetAttr(self, name);
}

ObjRef objectSetattr(Interpreter& in, Object* self, CallArgs& args) {
    if (!nameArgument(in, args, "__setattr__", 2))
        return nullptr;
    const std::string& name = text(args.positional[0].get());
    if (!genericApplies(in, self, "__setattr__", name) ||
        !in.genericSetAttr(self, name, args.positional[1]))
        return nullptr;
    return in.none();
}

ObjRef objectDelattr(Interpreter& in, Object* self, CallArgs& args) {
    if (!nameArgument(in, args, "__delattr__", 1))
        return nullptr;
    const std::string& name = text(args.positional[0].get());
    if (!genericApplies(in, self, "__delattr__", name) || !in.genericSetAttr(self, name, nullptr))
        return nullptr;
    return in.none();
}

} // namespace

rt::NativeFn objectAttributeMethod(std::string_view name) {
    if (name == "__getattribute__")
        return objectGetattribute;
    if (name == "__setattr__")
        return objectSetattr;
    if (name == "__delattr__")
        return objectDelattr;
    return nullptr;
}

} // namespace memstep::core::interp
