// The AttributeError for a name an object lacks, or Unsupported when CPython's built-in type
// has that name and memstep does not (cpython_names.h): memstep never answers a name CPython
// has with an error CPython would not raise.
#include "interp/builtins/cpython_names.h"
#include "interp/interpreter.h"

namespace memstep::core::interp {

ObjRef Interpreter::noAttribute(std::string_view type, const std::string& name,
                                const std::string& message) {
    if (cpythonTypeHas(type, name))
        return abortUnsupported("`" + std::string(type) + "." + name + "` is not supported");
    return raise("AttributeError", message);
}

ObjRef Interpreter::noClassAttribute(rt::TypeObject* t, const std::string& name,
                                     const std::string& message, bool onClass) {
    // What a built-in class has from its metaclass (dict.mro) counts too.
    if (onClass && !t->isUser && cpythonTypeHas("type", name))
        return noAttribute("type", name, message);
    const rt::TypeObject* base = t;
    while (base != nullptr && base->isUser)
        base = base->base;
    return noAttribute(base != nullptr ? std::string_view(base->name) : "object", name, message);
}

} // namespace memstep::core::interp
