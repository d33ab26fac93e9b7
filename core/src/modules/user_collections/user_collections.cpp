// What UserDict and UserList share (user_collections.h).
#include "modules/user_collections/user_collections.h"

#include "interp/builtins/builtins_util.h"

namespace memstep::core::modules::user_collections {

using rt::CallArgs;

bool bindArgs(Interpreter& in, CallArgs& args, const Signature& sig, ObjVec& out) {
    const std::string q = sig.qualname;
    const std::size_t n = sig.params.size();
    if (args.positional.size() > n) {
        std::string count =
            sig.required == n ? std::to_string(n)
                              : "from " + std::to_string(sig.required) + " to " + std::to_string(n);
        in.raise("TypeError", q + "() takes " + count + " positional argument" +
                                  (n == 1 && sig.required == n ? "" : "s") + " but " +
                                  std::to_string(args.positional.size()) +
                                  (args.positional.size() == 1 ? " was" : " were") + " given");
        return false;
    }
    out = args.positional;
    out.resize(n);
    for (rt::KwArg& k : args.keywords) {
        std::size_t i = 0;
        while (i < n && *k.name != sig.params[i])
            ++i;
        if (i == n) {
            in.raise("TypeError", q + "() got an unexpected keyword argument '" + *k.name + "'");
            return false;
        }
        if (out[i]) {
            in.raise("TypeError", q + "() got multiple values for argument '" + *k.name + "'");
            return false;
        }
        out[i] = k.value;
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < sig.required; ++i)
        if (!out[i])
            missing.push_back(sig.params[i]);
    if (!missing.empty()) {
        in.raise("TypeError", q + "() missing " + std::to_string(missing.size()) + " required " +
                                  "positional argument" + (missing.size() == 1 ? "" : "s") + ": " +
                                  interp::joinNames(missing));
        return false;
    }
    return true;
}

bool bindCall(Interpreter& in, CallArgs& args, const Signature& sig, Call& out) {
    if (!bindArgs(in, args, sig, out.args))
        return false;
    out.self = out.args[0].get();
    out.data = in.getAttr(out.self, "data");
    return static_cast<bool>(out.data);
}

namespace {
std::string qualified(const char* owner, const char* name) {
    return std::string(owner) + "." + name;
}
} // namespace

ObjRef dataLen(Interpreter& in, CallArgs& args, const char* owner) {
    Call c;
    std::string q = qualified(owner, "__len__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self"}, 1}, c))
        return nullptr;
    CallArgs a;
    a.positional.push_back(c.data);
    return in.call(in.builtin("len").get(), a);
}

ObjRef dataRepr(Interpreter& in, CallArgs& args, const char* owner) {
    Call c;
    std::string q = qualified(owner, "__repr__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self"}, 1}, c))
        return nullptr;
    auto text = in.repr(c.data.get());
    return text ? in.newStr(*text) : nullptr;
}

ObjRef dataContains(Interpreter& in, CallArgs& args, const char* owner, const char* item) {
    Call c;
    std::string q = qualified(owner, "__contains__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self", item}, 2}, c))
        return nullptr;
    int has = in.contains(c.data.get(), c.args[1].get());
    return has < 0 ? nullptr : in.boolean(has != 0);
}

ObjRef dataSetItem(Interpreter& in, CallArgs& args, const char* owner, const char* key,
                   const char* item) {
    Call c;
    std::string q = qualified(owner, "__setitem__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self", key, item}, 3}, c))
        return nullptr;
    return in.storeSubscript(c.data.get(), c.args[1].get(), c.args[2]) ? in.none() : nullptr;
}

ObjRef dataDelItem(Interpreter& in, CallArgs& args, const char* owner, const char* key) {
    Call c;
    std::string q = qualified(owner, "__delitem__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self", key}, 2}, c))
        return nullptr;
    return in.deleteSubscript(c.data.get(), c.args[1].get()) ? in.none() : nullptr;
}

ObjRef callClass(Interpreter& in, Object* self, ObjVec positional) {
    CallArgs a;
    a.positional = std::move(positional);
    return in.call(in.typeOf(self), a);
}

ObjRef shallowCopy(Interpreter& in, Object* self, ObjRef data) {
    ObjRef out;
    rt::InstanceObject* inst = newNativeInstance(in, in.typeOf(self), out);
    for (const auto& [name, value] : static_cast<rt::InstanceObject*>(self)->attrs.items)
        inst->attrs.set(name, name == "data" ? data : value);
    if (!inst->attrs.find("data"))
        return in.raise("KeyError", "'data'");
    return out;
}

bool isInstanceOf(Interpreter& in, Object* o, std::string_view name) {
    for (rt::TypeObject* t : in.mroOf(in.typeOf(o)))
        if (t->isLibrary && t->qualname == name)
            return true;
    return false;
}

namespace {
const rt::Metaclass kAbcMeta = abcMetaclass();
} // namespace

rt::TypeObject* libraryClass(Interpreter& in, const char* name) {
    rt::TypeObject* t = makeNativeClass(in, "collections", name, &kAbcMeta);
    t->name = name; // a class of Python: its tp_name is its __name__
    ObjRef abc = in.importModule("abc");
    if (abc)
        t->metaclass = static_cast<rt::TypeObject*>(
            static_cast<rt::ModuleObject*>(abc.get())->find("ABCMeta"));
    return t;
}

ObjRef created(Interpreter& in, rt::TypeObject* cls) {
    return kAbcMeta.created(in, cls);
}

ObjRef addMethod(Interpreter& in, rt::TypeObject* cls, const char* owner, const char* name,
                 rt::NativeFn fn, std::vector<std::string> params, ObjRef self) {
    ObjRef func = in.makeBuiltin(name, fn, std::move(self));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = std::string(owner) + "." + name;
    sig->positional = params.size();
    sig->params = std::move(params);
    static_cast<rt::BuiltinObject*>(func.get())->python = std::move(sig);
    cls->dict.set(name, func);
    return func;
}

} // namespace memstep::core::modules::user_collections
