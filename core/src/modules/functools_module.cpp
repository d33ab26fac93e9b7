// The functools module: reduce, partial, cmp_to_key, lru_cache, cache and total_ordering
// as CPython 3.11's functools and _functools give them.
//
// partial, KeyWrapper (what cmp_to_key returns) and _lru_cache_wrapper are builtin types of
// this module (modules.h's native types), so the diagram shows them as CPython's reference
// does, by type name only. A partial keeps the very tuple and dict its `args` and `keywords`
// return. The lru_cache wrapper keys its cache as _functools' lru_cache_make_key does (one
// int or str argument is its own key, so f(1) and f(1.0) are different calls), and a bounded
// cache forgets the least recently used key. cache_info() counts as CPython does; typed=True is
// refused. wraps and update_wrapper are in functools_wraps.cpp.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

namespace memstep::core::modules {

using interp::CallArgs;

namespace functools {
namespace {

ObjRef reduce(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "reduce"))
        return nullptr;
    std::size_t n = args.positional.size();
    if (n < 2 || n > 3)
        return in.raise("TypeError", std::string("reduce expected at ") +
                                         (n < 2 ? "least 2" : "most 3") + " arguments, got " +
                                         std::to_string(n));
    ObjRef it = in.iter(args.positional[1].get());
    if (!it) {
        in.clearException();
        return in.raise("TypeError", "reduce() arg 2 must support iteration");
    }
    ObjRef result = n == 3 ? args.positional[2] : nullptr;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x) {
            if (in.hasException() || in.aborted())
                return nullptr;
            break;
        }
        if (!result) {
            result = std::move(x);
            continue;
        }
        CallArgs a;
        a.positional = {std::move(result), std::move(x)};
        result = in.call(args.positional[0].get(), a);
        if (!result)
            return nullptr;
    }
    if (!result)
        return in.raise("TypeError", "reduce() of empty iterable with no initial value");
    return result;
}

// partial(func, /, *args, **keywords); `type` is the partial type itself.
ObjRef partialNew(Interpreter& in, Object* type, CallArgs& args) {
    auto* cls = static_cast<rt::TypeObject*>(type);
    if (args.positional.empty())
        return in.raise("TypeError", "type 'partial' takes at least one argument");
    ObjRef func = args.positional[0];
    if (!isCallable(in, func.get()))
        return in.hasException() ? nullptr
                                 : in.raise("TypeError", "the first argument must be callable");
    ObjVec positional(args.positional.begin() + 1, args.positional.end());
    auto keywords = in.heap().newDict();
    // A partial of a partial flattens into one, as CPython's partial_new does.
    if (func->tag == rt::Tag::Instance &&
        static_cast<rt::InstanceObject*>(func.get())->cls == cls) {
        Object* inner = func.get();
        const ObjVec& before = static_cast<rt::TupleObject*>(nativeState(inner, "args"))->items;
        positional.insert(positional.begin(), before.begin(), before.end());
        for (const rt::DictEntry& e :
             static_cast<rt::DictObject*>(nativeState(inner, "keywords"))->entries)
            if (e.key)
                in.dictSetHashed(keywords.get(), e.key, e.hash, e.value);
        func = ObjRef(nativeState(inner, "func"));
    }
    for (rt::KwArg& k : args.keywords)
        if (!in.dictSet(keywords.get(), in.newStr(*k.name), k.value))
            return nullptr;
    ObjRef out;
    rt::InstanceObject* p = newNativeInstance(in, cls, out);
    setNativeState(p, "func", func);
    setNativeState(p, "args", in.heap().newTuple(std::move(positional)));
    setNativeState(p, "keywords", keywords);
    return out;
}

ObjRef partialCall(Interpreter& in, Object* self, CallArgs& args) {
    CallArgs a;
    a.positional = static_cast<rt::TupleObject*>(nativeState(self, "args"))->items;
    a.positional.insert(a.positional.end(), args.positional.begin(), args.positional.end());
    std::vector<std::string> names; // the KwArgs point at these for the call
    auto* keywords = static_cast<rt::DictObject*>(nativeState(self, "keywords"));
    for (const rt::DictEntry& e : keywords->entries)
        if (e.key)
            names.push_back(interp::text(e.key.get()));
    for (const rt::KwArg& k : args.keywords)
        if (std::find(names.begin(), names.end(), *k.name) == names.end())
            names.push_back(*k.name);
    for (const std::string& name : names) {
        ObjRef value;
        for (const rt::KwArg& k : args.keywords)
            if (*k.name == name)
                value = k.value;
        if (!value)
            for (const rt::DictEntry& e : keywords->entries)
                if (e.key && interp::text(e.key.get()) == name)
                    value = e.value;
        a.keywords.push_back({&name, value});
    }
    ObjRef func(nativeState(self, "func"));
    return in.call(func.get(), a);
}

ObjRef partialAttr(Interpreter&, Object* self, const std::string& name) {
    if (name == "func" || name == "args" || name == "keywords")
        return ObjRef(nativeState(self, name));
    return nullptr;
}

ObjRef partialRepr(Interpreter& in, Object* self, CallArgs&) {
    auto text = in.repr(nativeState(self, "func"));
    if (!text)
        return nullptr;
    std::string out = "functools.partial(" + *text;
    for (const ObjRef& a : static_cast<rt::TupleObject*>(nativeState(self, "args"))->items) {
        auto r = in.repr(a.get());
        if (!r)
            return nullptr;
        out += ", " + *r;
    }
    for (const rt::DictEntry& e :
         static_cast<rt::DictObject*>(nativeState(self, "keywords"))->entries) {
        if (!e.key)
            continue;
        auto r = in.repr(e.value.get());
        if (!r)
            return nullptr;
        out += ", " + interp::text(e.key.get()) + "=" + *r;
    }
    return in.newStr(out + ")");
}

// cmp_to_key(mycmp): a KeyWrapper holding the function; calling it wraps one object.
ObjRef keyWrapperCall(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef obj = interp::takeKeyword(args, "obj");
    if (!interp::noMoreKeywords(in, args, "K"))
        return nullptr;
    if (obj)
        args.positional.insert(args.positional.begin(), obj);
    if (args.positional.size() != 1)
        return in.raise("TypeError", "K() takes exactly 1 argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    ObjRef out;
    rt::InstanceObject* k = newNativeInstance(in, static_cast<rt::InstanceObject*>(self)->cls, out);
    setNativeState(k, "cmp", ObjRef(nativeState(self, "cmp")));
    setNativeState(k, "obj", args.positional[0]);
    return out;
}

int keyWrapperCompare(Interpreter& in, int op, Object* a, Object* b) {
    auto* cls = static_cast<rt::InstanceObject*>(a)->cls;
    if (b->tag != rt::Tag::Instance || static_cast<rt::InstanceObject*>(b)->cls != cls) {
        in.raise("TypeError", "other argument must be K instance");
        return -1;
    }
    Object* x = nativeState(a, "obj");
    Object* y = nativeState(b, "obj");
    if (!x || !y) {
        in.raise("AttributeError", "object");
        return -1;
    }
    CallArgs c;
    c.positional = {ObjRef(x), ObjRef(y)};
    ObjRef res = in.call(nativeState(a, "cmp"), c);
    if (!res)
        return -1;
    return in.compare(static_cast<syntax::CmpOperator>(op), res.get(), in.heap().newInt(0).get());
}

ObjRef keyWrapperAttr(Interpreter&, Object* self, const std::string& name) {
    if (name == "obj")
        if (Object* o = nativeState(self, "obj"))
            return ObjRef(o);
    return nullptr;
}

// `type`: the KeyWrapper type, bound as the builtin's self.
ObjRef cmpToKey(Interpreter& in, Object* type, CallArgs& args) {
    ObjRef mycmp = interp::takeKeyword(args, "mycmp");
    if (!interp::noMoreKeywords(in, args, "cmp_to_key"))
        return nullptr;
    if (mycmp)
        args.positional.insert(args.positional.begin(), mycmp);
    if (args.positional.size() != 1)
        return in.raise("TypeError", "cmp_to_key() takes exactly 1 argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    ObjRef out;
    setNativeState(newNativeInstance(in, static_cast<rt::TypeObject*>(type), out), "cmp",
                   args.positional[0]);
    return out;
}

} // namespace

// lru_cache (functools_cache.cpp) and total_ordering (functools_ordering.cpp).
void fillLruCache(Interpreter& in, rt::ModuleObject& m);
void fillTotalOrdering(Interpreter& in, rt::ModuleObject& m);
void fillWraps(Interpreter& in, rt::ModuleObject& m);

} // namespace functools

void fillFunctools(Interpreter& in, rt::ModuleObject& m) {
    // The KeyWrapper type is reachable only through what cmp_to_key returns.
    rt::TypeObject* keyWrapper = makeNativeType(in, "functools", "KeyWrapper", nullptr);
    keyWrapper->callInstance = functools::keyWrapperCall;
    keyWrapper->compareInstance = functools::keyWrapperCompare;
    keyWrapper->instanceAttr = functools::keyWrapperAttr;
    m.set("cmp_to_key", in.makeBuiltin("cmp_to_key", functools::cmpToKey, ObjRef(keyWrapper)));
    addFunction(in, m, "reduce", functools::reduce);
    rt::TypeObject* partial = makeNativeType(in, "functools", "partial", functools::partialNew);
    partial->callInstance = functools::partialCall;
    partial->instanceAttr = functools::partialAttr;
    partial->reprInstance = functools::partialRepr;
    m.set("partial", ObjRef(partial));
    functools::fillLruCache(in, m);
    functools::fillTotalOrdering(in, m);
    functools::fillWraps(in, m);
}

} // namespace memstep::core::modules
