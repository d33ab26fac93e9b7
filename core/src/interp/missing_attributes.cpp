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
    // What a built-in class has from its metaclass (dict.mro) counts too.
    if (onClass && !t->isUser && cpythonTypeHas("type", name))
        return noAttribute("type", name, message, obj);
    const rt::TypeObject* base = t;
    while (base != nullptr && base->isUser)
        base = base->base;
    return noAttribute(base != nullptr ? std::string_view(base->name) : "object", name, message,
                       obj);
}

} // namespace memstep::core::interp
