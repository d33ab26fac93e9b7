// The builtins that reach attributes by name and ask about classes: getattr, setattr, hasattr,
// delattr, callable, issubclass, and vars (attributes/instance_dict.cpp). They go through the
// interpreter's getAttr/setAttr/delAttr, so they see exactly what `obj.name` would
// (classes.cpp).
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/instance_dict.h"
#include "interp/attributes/namespace_dict.h"
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"

namespace memstep::core::interp {

using rt::CallArgs;
using rt::TypeObject;

namespace {

// getattr's and hasattr's lookup: a program's object's hooks get the name object given.
ObjRef readAttribute(Interpreter& in, Object* o, const ObjRef& name) {
    if (Interpreter::isUserObject(o))
        return userGetAttr(in, o, text(name.get()), name);
    return in.getAttr(o, text(name.get()));
}

// setattr and delattr (PyObject_SetAttr) intern the name first: the hooks get that str.
const std::string& internedName(Interpreter& in, ObjRef& name) {
    name = in.intern(name);
    return text(name.get());
}

ObjRef bGetattr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "getattr") || !argCount(in, args, "getattr", 2, 3))
        return nullptr;
    if (!isStr(args.positional[1].get()))
        return in.raise("TypeError", "attribute name must be string, not '" +
                                         std::string(in.typeName(args.positional[1].get())) + "'");
    ObjRef v = readAttribute(in, args.positional[0].get(), args.positional[1]);
    if (v || args.positional.size() < 3 || in.aborted())
        return v;
    auto* e = static_cast<rt::ExceptionObject*>(in.pendingException());
    if (!e || e->type != in.exceptionType("AttributeError"))
        return nullptr;
    in.clearException();
    return args.positional[2];
}

ObjRef bHasattr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "hasattr") || !argCount(in, args, "hasattr", 2, 2))
        return nullptr;
    if (!isStr(args.positional[1].get()))
        return in.raise("TypeError", "attribute name must be string, not '" +
                                         std::string(in.typeName(args.positional[1].get())) + "'");
    ObjRef v = readAttribute(in, args.positional[0].get(), args.positional[1]);
    if (v)
        return in.boolean(true);
    if (in.aborted())
        return nullptr;
    auto* e = static_cast<rt::ExceptionObject*>(in.pendingException());
    if (!e || e->type != in.exceptionType("AttributeError"))
        return nullptr;
    in.clearException();
    return in.boolean(false);
}

ObjRef bSetattr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "setattr") || !argCount(in, args, "setattr", 3, 3))
        return nullptr;
    if (!isStr(args.positional[1].get()))
        return in.raise("TypeError", "attribute name must be string, not '" +
                                         std::string(in.typeName(args.positional[1].get())) + "'");
    if (!in.setAttr(args.positional[0].get(), internedName(in, args.positional[1]),
                    args.positional[2]))
        return nullptr;
    return in.none();
}

ObjRef bDelattr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "delattr") || !argCount(in, args, "delattr", 2, 2))
        return nullptr;
    if (!isStr(args.positional[1].get()))
        return in.raise("TypeError", "attribute name must be string, not '" +
                                         std::string(in.typeName(args.positional[1].get())) + "'");
    if (!in.delAttr(args.positional[0].get(), internedName(in, args.positional[1])))
        return nullptr;
    return in.none();
}

ObjRef bCallable(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "callable") || !argCount(in, args, "callable", 1, 1))
        return nullptr;
    Object* o = args.positional[0].get();
    switch (o->tag) {
    case rt::Tag::Function:
    case rt::Tag::Builtin:
    case rt::Tag::Type:
    case rt::Tag::Method:
        return in.boolean(true);
    case rt::Tag::Instance:
    case rt::Tag::Exception:
        if (in.typeOf(o)->callInstance)
            return in.boolean(true); // functools.partial, operator.itemgetter...
        return in.boolean(static_cast<bool>(in.lookupInType(in.typeOf(o), "__call__")));
    default:
        return in.boolean(false);
    }
}

ObjRef bIssubclass(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "issubclass") || !argCount(in, args, "issubclass", 2, 2))
        return nullptr;
    if (args.positional[0]->tag != rt::Tag::Type)
        return in.raise("TypeError", "issubclass() arg 1 must be a class");
    auto* sub = static_cast<TypeObject*>(args.positional[0].get());
    return in.subtypeOfAny(sub, args.positional[1].get(),
                           "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

} // namespace

void Interpreter::setupAttrBuiltins() {
    struct Def {
        const char* name;
        rt::NativeFn fn;
    };
    static const Def kFunctions[] = {
        {"getattr", bGetattr}, {"setattr", bSetattr},       {"hasattr", bHasattr},
        {"delattr", bDelattr}, {"callable", bCallable},     {"issubclass", bIssubclass},
        {"vars", builtinVars}, {"globals", builtinGlobals}, {"locals", builtinLocals},
    };
    for (const Def& d : kFunctions)
        m_builtins[d.name] = makeBuiltin(d.name, d.fn);
}

} // namespace memstep::core::interp
