// A Python function's attributes, as CPython's function type keeps them: __name__,
// __qualname__, __doc__, __module__ and __annotations__ live in the function object itself
// (data descriptors: they come before its __dict__ and check what they are given), every other
// name in its __dict__ (`f.calls = 0`, `fib.cache = {}`, functools.wraps's __wrapped__). The
// __dict__ is what the diagram draws as the function's attributes, as an instance's.
#include "interp/attributes/instance_dict.h"
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"
#include "runtime/containers.h"

namespace memstep::core::interp {

namespace {

// Names of CPython's function type that are data descriptors memstep does not give: reading one
// ends in Unsupported (cpython_names.h), and so does setting or deleting it.
bool isUnsupportedFunctionSlot(const std::string& name) {
    return name == "__code__" || name == "__defaults__" || name == "__kwdefaults__";
}

} // namespace

std::string Interpreter::functionQualname(const rt::FunctionObject* fn) {
    if (fn->qualnameObject)
        return text(fn->qualnameObject.get());
    return fn->code ? fn->code->qualname : fn->name;
}

ObjRef Interpreter::functionAttr(rt::FunctionObject* fn, const std::string& name) {
    if (name == "__name__") {
        if (fn->nameObject)
            return fn->nameObject;
        // One object for the function's whole life, the code's (see CodeInfo::nameSlot).
        return fn->code && fn->code->nameSlot ? constantPool[fn->code->nameSlot - 1]
                                              : newStr(fn->name);
    }
    if (name == "__qualname__") {
        if (fn->qualnameObject)
            return fn->qualnameObject;
        return fn->code && fn->code->qualnameSlot ? constantPool[fn->code->qualnameSlot - 1]
                                                  : newStr(functionQualname(fn));
    }
    if (name == "__module__")
        // Every def is the program's (or a doctest's, run there).
        return fn->moduleObject ? fn->moduleObject : newStr("__main__");
    if (name == "__doc__") {
        if (fn->docObject)
            return fn->docObject;
        const syntax::Stmt* doc = fn->code ? fn->code->docstring : nullptr;
        auto it = doc ? constants.find(doc->as<syntax::ExprStmt>().value.get()) : constants.end();
        return it != constants.end() ? it->second : none();
    }
    if (name == "__annotations__") {
        // A def without annotations gets its empty dict on first use, then keeps it.
        if (!fn->annotations)
            fn->annotations = m_heap->newDict();
        return fn->annotations;
    }
    if (name == "__dict__")
        return functionDictAttribute(*this, fn);
    if (const ObjRef* v = fn->dict.find(name))
        return *v;
    return nullptr;
}

bool Interpreter::setFunctionAttr(rt::FunctionObject* fn, const std::string& name, ObjRef value) {
    const bool visible = m_tracer && Tracer::visible(fn);
    if (name == "__name__" || name == "__qualname__") {
        if (!value || value->tag != rt::Tag::Str) {
            raise("TypeError", name + " must be set to a string object");
            return false;
        }
        if (name == "__qualname__") {
            fn->qualnameObject = std::move(value);
            return true;
        }
        fn->name = text(value.get());
        fn->nameObject = std::move(value);
        if (visible)
            m_tracer->replaced(fn); // the box's name
        return true;
    }
    if (name == "__doc__" || name == "__module__") {
        // Plain members: any object; deleting one leaves None behind.
        (name == "__doc__" ? fn->docObject : fn->moduleObject) = value ? std::move(value) : none();
        return true;
    }
    if (name == "__annotations__") {
        if (value && value->tag == rt::Tag::None)
            value = nullptr; // made again, empty, on the next read
        if (value && value->tag != rt::Tag::Dict) {
            raise("TypeError", "__annotations__ must be set to a dict object");
            return false;
        }
        fn->annotations = std::move(value);
        return true;
    }
    if (name == "__closure__" || name == "__globals__" || name == "__builtins__") {
        raise("AttributeError", "readonly attribute");
        return false;
    }
    if (name == "__class__") {
        if (!value)
            raise("TypeError", "can't delete __class__ attribute");
        else if (value->tag != rt::Tag::Type)
            raise("TypeError", "__class__ must be set to a class, not '" +
                                   std::string(typeName(value.get())) + "' object");
        else
            raise("TypeError",
                  "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return false;
    }
    if (name == "__dict__")
        return assignDictAttribute(*this, fn, value.get());
    if (isUnsupportedFunctionSlot(name)) {
        abortUnsupported(std::string(value ? "setting" : "deleting") + " a function's `" + name +
                         "` is not supported");
        return false;
    }
    if (value) {
        Object* raw = value.get();
        fn->dict.set(name, std::move(value));
        if (visible)
            m_tracer->mutateAttr(fn, MutateOp::SetAttr, name, raw);
        attrChangedInDict(*this, fn, name, raw);
        return true;
    }
    if (!fn->dict.erase(name)) {
        raise("AttributeError", "'function' object has no attribute '" + name + "'");
        return false;
    }
    if (visible)
        m_tracer->mutateAttr(fn, MutateOp::DelAttr, name, nullptr);
    attrChangedInDict(*this, fn, name, nullptr);
    return true;
}

} // namespace memstep::core::interp
