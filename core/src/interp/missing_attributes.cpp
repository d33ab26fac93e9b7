// The AttributeError for a name an object lacks, or Unsupported when CPython's built-in type
// has that name and memstep does not (cpython_names.h): memstep never answers a name CPython
// has with an error CPython would not raise.
#include "interp/builtins/cpython_names.h"
#include "interp/interpreter.h"

namespace memstep::core::interp {

ObjRef Interpreter::noAttribute(std::string_view type, const std::string& name,
                                const std::string& message, Object* obj) {
    if (cpythonTypeHas(type, name))
        return abortUnsupported("`" + std::string(type) + "." + name + "` is not supported");
    raise("AttributeError", message);
    // As PyObject_GetAttr augments the error, for the traceback's hint.
    if (obj != nullptr && m_exception && m_exception->tag == rt::Tag::Exception) {
        auto* e = static_cast<rt::ExceptionObject*>(m_exception.get());
        e->missingName = name;
        e->missingFrom = ObjRef(obj);
    }
    return nullptr;
}

ObjRef Interpreter::noClassAttribute(rt::TypeObject* t, const std::string& name,
                                     const std::string& message, bool onClass, Object* obj) {
    // What a class has from its metaclass (dict.mro, C.__base__) counts too.
    if (onClass && cpythonTypeHas("type", name))
        return noAttribute("type", name, message, obj);
    const rt::TypeObject* base = t;
    while (base != nullptr && base->isUser)
        base = base->base;
    // A class statement's class (with no __slots__) has __weakref__, and so do its instances.
    if (base != t && name == "__weakref__")
        return abortUnsupported("`" + t->name + ".__weakref__` is not supported");
    return noAttribute(base != nullptr ? std::string_view(base->name) : "object", name, message,
                       obj);
}

ObjRef Interpreter::noBuiltinAttribute(rt::BuiltinObject* b, const std::string& name) {
    // enumerate, zip, map, filter and reversed are classes in CPython, functions here: their
    // names, and those of `type`, are CPython's, and the error is a class's.
    if (!b->self && cpythonTypeNames(b->name).size() > 0 && builtin(b->name).get() == b) {
        if (cpythonTypeHas("type", name))
            return noAttribute("type", name, "", b);
        return noAttribute(b->name, name,
                           "type object '" + b->name + "' has no attribute '" + name + "'", b);
    }
    if (name == "__class__")
        return ObjRef(typeOf(b));
    const std::string type = typeName(b);
    return noAttribute(type, name, "'" + type + "' object has no attribute '" + name + "'", b);
}

} // namespace memstep::core::interp
