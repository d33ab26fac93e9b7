// functools.lru_cache and functools.cache: the _lru_cache_wrapper of CPython 3.11's
// _functools.
//
// The wrapper calls the program's function only on a miss, so a memoised fib takes exactly
// CPython's steps, and a hit returns the very object stored. Keys are made as
// lru_cache_make_key makes them: a lone int or str argument is its own key, other positional
// arguments their tuple, keyword arguments follow a marker object. The cache itself is a
// dict no frame reaches (CPython's diagram does not show it either); a bounded cache keeps
// recency by moving a hit to the end of that dict and forgets its first key when full.
// cache_info() counts hits and misses where CPython's wrappers count them. With typed=True a
// key also holds the type of every argument, so 1 and 1.0 are cached apart.
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "modules/modules.h"

#include <cstdio>

namespace memstep::core::modules {

using interp::CallArgs;

namespace functools {
namespace {

// lru_cache_make_key; null with the exception set.
ObjRef makeKey(Interpreter& in, Object* marker, bool typed, CallArgs& args) {
    if (args.keywords.empty() && !typed) {
        if (args.positional.size() == 1) {
            rt::Tag tag = args.positional[0]->tag;
            if (tag == rt::Tag::Int || tag == rt::Tag::Str)
                return args.positional[0];
        }
        return in.heap().newTuple(args.positional);
    }
    ObjVec items = args.positional;
    if (!args.keywords.empty())
        items.push_back(ObjRef(marker));
    for (const rt::KwArg& k : args.keywords) {
        items.push_back(in.newStr(*k.name));
        items.push_back(k.value);
    }
    if (typed) { // the positional arguments' types, then the keyword values'
        for (const ObjRef& a : args.positional)
            items.push_back(ObjRef(in.typeOf(a.get())));
        for (const rt::KwArg& k : args.keywords)
            items.push_back(ObjRef(in.typeOf(k.value.get())));
    }
    return in.heap().newTuple(std::move(items));
}

// The maxsize this wrapper was made with: -1 for None (unbounded).
std::int64_t maxSize(Object* self) {
    return static_cast<rt::IntObject*>(nativeState(self, "maxsize"))->small;
}

std::int64_t counter(Object* self, std::string_view name) {
    return static_cast<rt::IntObject*>(nativeState(self, name))->small;
}

void setCounter(Interpreter& in, Object* self, std::string_view name, std::int64_t value) {
    setNativeState(static_cast<rt::InstanceObject*>(self), name, in.heap().newInt(value));
}

ObjRef wrapperCall(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef func(nativeState(self, "func"));
    std::int64_t max = maxSize(self);
    if (max == 0) {
        setCounter(in, self, "misses", counter(self, "misses") + 1);
        return in.call(func.get(), args);
    }
    bool typed = nativeState(self, "typed") == in.boolean(true).get();
    ObjRef key = makeKey(in, nativeState(self, "marker"), typed, args);
    if (!key)
        return nullptr;
    auto hash = in.hash(key.get());
    if (!hash)
        return nullptr;
    ObjRef cacheRef(nativeState(self, "cache"));
    auto* cache = static_cast<rt::DictObject*>(cacheRef.get());
    std::int64_t at = cache->find(key.get(), *hash, in);
    if (at == rt::kLookupFailed)
        return nullptr;
    if (at >= 0) {
        ObjRef result = cache->entries[static_cast<std::size_t>(at)].value;
        if (max > 0) { // most recently used: to the end
            ObjRef stored = cache->entries[static_cast<std::size_t>(at)].key;
            in.dictRemoveAt(cache, at);
            in.dictInsertNew(cache, stored, *hash, result);
        }
        setCounter(in, self, "hits", counter(self, "hits") + 1);
        return result;
    }
    // Counted before the call, as CPython does: a recursive function's inner calls see it.
    setCounter(in, self, "misses", counter(self, "misses") + 1);
    ObjRef result = in.call(func.get(), args);
    if (!result)
        return nullptr;
    at = cache->find(key.get(), *hash, in);
    if (at == rt::kLookupFailed)
        return nullptr;
    if (at >= 0)
        return result; // the call itself cached this key (a recursive function)
    if (max > 0 && static_cast<std::int64_t>(cache->used) >= max) {
        for (std::size_t i = 0; i < cache->entries.size(); ++i) {
            if (cache->entries[i].key) {
                in.dictRemoveAt(cache, static_cast<std::int64_t>(i));
                break;
            }
        }
    }
    // Through the interpreter, so the cache's growth counts against the memory limit.
    if (!in.dictSetHashed(cache, key, *hash, result))
        return nullptr;
    return result;
}

ObjRef cacheClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "_lru_cache_wrapper.cache_clear") ||
        !interp::argCount(in, args, "_lru_cache_wrapper.cache_clear", 0, 0))
        return nullptr;
    auto* cache = static_cast<rt::DictObject*>(nativeState(self, "cache"));
    in.heap().recharge(cache, -3 * static_cast<std::int64_t>(rt::kSlotBytes * cache->used));
    cache->clear();
    setCounter(in, self, "hits", 0);
    setCounter(in, self, "misses", 0);
    return in.none();
}

// None for an unbounded cache, as the wrapper reports its maxsize.
ObjRef maxSizeObject(Interpreter& in, Object* self) {
    return maxSize(self) < 0 ? in.none() : in.heap().newInt(maxSize(self));
}

// cache_info(): CacheInfo(hits, misses, maxsize, currsize), functools' namedtuple.
ObjRef cacheInfo(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "_lru_cache_wrapper.cache_info") ||
        !interp::argCount(in, args, "_lru_cache_wrapper.cache_info", 0, 0))
        return nullptr;
    auto* cache = static_cast<rt::DictObject*>(nativeState(self, "cache"));
    CallArgs fields;
    fields.positional = {in.heap().newInt(counter(self, "hits")),
                         in.heap().newInt(counter(self, "misses")), maxSizeObject(in, self),
                         in.heap().newInt(static_cast<std::int64_t>(cache->used))};
    return in.call(nativeState(self, "info"), fields);
}

// cache_parameters, the lambda lru_cache sets on each wrapper: a new dict {'maxsize': ...,
// 'typed': ...}; `self` holds the maxsize (None when unbounded), the lambda's qualname and the
// typed object lru_cache was given.
ObjRef cacheParameters(Interpreter& in, Object* self, CallArgs& args) {
    const ObjVec& bound = static_cast<rt::TupleObject*>(self)->items;
    const std::string& qualname = static_cast<rt::StrObject*>(bound[1].get())->text;
    if (!args.keywords.empty())
        return in.raise("TypeError", qualname + "() got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    if (!args.positional.empty())
        return in.raise("TypeError", qualname + "() takes 0 positional arguments but " +
                                         std::to_string(args.positional.size()) +
                                         (args.positional.size() == 1 ? " was" : " were") +
                                         " given");
    ObjRef out = in.heap().newDict();
    auto* d = static_cast<rt::DictObject*>(out.get());
    if (!in.dictSet(d, in.newStr("maxsize"), bound[0]) ||
        !in.dictSet(d, in.newStr("typed"), bound[2]))
        return nullptr;
    return out;
}

ObjRef wrapperAttr(Interpreter& in, Object* self, const std::string& name) {
    Object* func = nativeState(self, "func");
    if (name == "__wrapped__")
        return ObjRef(func);
    if (name == "cache_clear")
        return in.makeBuiltin("cache_clear", cacheClear, ObjRef(self));
    if (name == "cache_info")
        return in.makeBuiltin("cache_info", cacheInfo, ObjRef(self));
    if (name == "cache_parameters")
        return ObjRef(nativeState(self, "parameters"));
    if (name == "__name__" || name == "__qualname__" || name == "__doc__" || name == "__module__")
        return in.getAttr(func, name); // update_wrapper copied them from the function
    return nullptr;
}

ObjRef wrapperRepr(Interpreter& in, Object* self, CallArgs&) {
    char address[32];
    std::snprintf(address, sizeof address, "0x%llx",
                  static_cast<unsigned long long>(in.pyId(self)));
    return in.newStr(std::string("<functools._lru_cache_wrapper object at ") + address + ">");
}

// What lru_cache and cache are made with: the _lru_cache_wrapper type and functools' CacheInfo.
struct Types {
    rt::TypeObject* wrapper;
    Object* info;
};

Types typesOf(Object* bound) {
    const ObjVec& items = static_cast<rt::TupleObject*>(bound)->items;
    return {static_cast<rt::TypeObject*>(items[0].get()), items[1].get()};
}

// The wrapper of `func`. Its cache_parameters closes over maxCell (the maxsize object
// lru_cache settled on) and `typed` (the object given, whose truth the wrapper keeps);
// `lambdaQualname` names the function that made it.
ObjRef
wrap(Interpreter& in, Types types, ObjRef func, std::int64_t max, ObjRef maxCell, ObjRef typed,
     const char* lambdaQualname = "lru_cache.<locals>.decorating_function.<locals>.<lambda>") {
    int typedTruth = in.truthy(typed.get()); // _lru_cache_wrapper's "p" argument
    if (typedTruth < 0)
        return nullptr;
    rt::TypeObject* type = types.wrapper;
    ObjRef marker; // the kwd_mark between positional and keyword arguments in a key
    newNativeInstance(in, in.objectType(), marker);
    ObjRef out;
    rt::InstanceObject* w = newNativeInstance(in, type, out);
    Object* inner =
        func->tag == rt::Tag::Instance && static_cast<rt::InstanceObject*>(func.get())->cls == type
            ? func.get()
            : nullptr;
    setNativeState(w, "func", std::move(func));
    setNativeState(w, "maxsize", in.heap().newInt(max));
    setNativeState(w, "cache", in.heap().newDict());
    setNativeState(w, "marker", std::move(marker));
    setNativeState(w, "typed", in.boolean(typedTruth == 1));
    setNativeState(w, "info", ObjRef(types.info));
    setNativeState(w, "hits", in.heap().newInt(0));
    setNativeState(w, "misses", in.heap().newInt(0));
    // One function object per wrapper, as the lambda CPython's lru_cache stores on it.
    ObjRef parameters =
        in.makeBuiltin("<lambda>", cacheParameters,
                       in.heap().newTuple({maxCell, in.newStr(lambdaQualname), typed}));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = lambdaQualname;
    sig->closure = {{"maxsize", std::move(maxCell)}, {"typed", std::move(typed)}};
    static_cast<rt::BuiltinObject*>(parameters.get())->python = std::move(sig);
    // update_wrapper then copies the wrapped function's __dict__ over the wrapper's: a
    // wrapper of a wrapper keeps the inner one's cache_parameters.
    if (inner)
        parameters = ObjRef(nativeState(inner, "parameters"));
    setNativeState(w, "parameters", std::move(parameters));
    return out;
}

// decorating_function(user_function), the function lru_cache(maxsize) returns; `self` holds
// the wrapper type, CacheInfo and the maxsize.
ObjRef decorating(Interpreter& in, Object* self, CallArgs& args) {
    // A Python function in CPython, so its messages are a Python function's.
    const std::string name = "lru_cache.<locals>.decorating_function()";
    if (ObjRef func = interp::takeKeyword(args, "user_function")) {
        if (!args.positional.empty())
            return in.raise("TypeError",
                            name + " got multiple values for argument 'user_function'");
        args.positional.push_back(std::move(func));
    }
    if (!args.keywords.empty())
        return in.raise("TypeError", name + " got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    if (args.positional.empty())
        return in.raise("TypeError",
                        name + " missing 1 required positional argument: 'user_function'");
    if (args.positional.size() > 1)
        return in.raise("TypeError", name + " takes 1 positional argument but " +
                                         std::to_string(args.positional.size()) + " were given");
    const ObjVec& bound = static_cast<rt::TupleObject*>(self)->items;
    if (!isCallable(in, args.positional[0].get()))
        return in.hasException() ? nullptr
                                 : in.raise("TypeError", "the first argument must be callable");
    return wrap(in, typesOf(self), args.positional[0],
                static_cast<rt::IntObject*>(bound[2].get())->small, bound[3], bound[4]);
}

// lru_cache(maxsize=128, typed=False); `self` holds the wrapper type and CacheInfo.
ObjRef lruCache(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef maxsize = interp::takeKeyword(args, "maxsize");
    ObjRef typed = interp::takeKeyword(args, "typed");
    if (!args.keywords.empty())
        return in.raise("TypeError", "lru_cache() got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    if (args.positional.size() > 2)
        return in.raise("TypeError", "lru_cache() takes from 0 to 2 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    if (!args.positional.empty())
        maxsize = args.positional[0];
    if (args.positional.size() == 2)
        typed = args.positional[1];
    if (!typed)
        typed = in.boolean(false);
    const Types types = typesOf(self);
    std::int64_t max = 128;
    if (!maxsize) {
        max = 128;
    } else if (maxsize->tag == rt::Tag::Int || maxsize->tag == rt::Tag::Bool) {
        auto v = interp::intArg(in, maxsize.get());
        if (!v)
            return nullptr;
        max = std::max<std::int64_t>(*v, 0);
    } else if (maxsize->tag == rt::Tag::None) {
        max = -1;
    } else if (isCallable(in, maxsize.get()) && typed->tag == rt::Tag::Bool) {
        // @lru_cache without parentheses
        return wrap(in, types, maxsize, 128, in.heap().newInt(128), typed,
                    "lru_cache.<locals>.<lambda>");
    } else {
        return in.raise("TypeError",
                        "Expected first argument to be an integer, a callable, or None");
    }
    // The maxsize lru_cache's cells hold: the object passed, 0 for a negative one, None.
    ObjRef maxCell = max < 0 ? in.none() : max == 0 ? in.heap().newInt(0) : maxsize;
    if (!maxCell)
        maxCell = in.heap().newInt(128);
    ObjRef bound = in.heap().newTuple(
        {ObjRef(types.wrapper), ObjRef(types.info), in.heap().newInt(max), maxCell, typed});
    ObjRef decorator = in.makeBuiltin("decorating_function", decorating, bound);
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "lru_cache.<locals>.decorating_function";
    sig->params = {"user_function"};
    sig->positional = 1;
    sig->closure = {{"maxsize", maxCell}, {"typed", typed}};
    static_cast<rt::BuiltinObject*>(decorator.get())->python = std::move(sig);
    return decorator;
}

// cache(user_function): lru_cache(maxsize=None)(user_function).
ObjRef cache(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef func = interp::takeKeyword(args, "user_function");
    if (!interp::noMoreKeywords(in, args, "cache"))
        return nullptr;
    if (func)
        args.positional.insert(args.positional.begin(), func);
    if (args.positional.size() != 1)
        return in.raise("TypeError", "cache() takes 1 positional argument but " +
                                         std::to_string(args.positional.size()) + " were given");
    if (!isCallable(in, args.positional[0].get()))
        return in.hasException() ? nullptr
                                 : in.raise("TypeError", "the first argument must be callable");
    return wrap(in, typesOf(self), args.positional[0], -1, in.none(), in.boolean(false));
}

} // namespace

void fillLruCache(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* wrapper = makeNativeType(in, "functools", "_lru_cache_wrapper", nullptr);
    wrapper->callInstance = wrapperCall;
    wrapper->instanceAttr = wrapperAttr;
    wrapper->reprInstance = wrapperRepr;
    wrapper->instancesBind = true; // a cached method gets its instance as the first argument
    ObjRef info =
        libraryNamedtuple(in, "functools", "CacheInfo", {"hits", "misses", "maxsize", "currsize"});
    m.set("_CacheInfo", info);
    ObjRef types = in.heap().newTuple({ObjRef(wrapper), info});
    auto python = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      ObjVec defaults) {
        ObjRef f = in.makeBuiltin(name, fn, types);
        auto sig = std::make_unique<rt::PythonSignature>();
        sig->qualname = name;
        sig->positional = params.size();
        sig->params = std::move(params);
        sig->defaults = std::move(defaults);
        static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
        m.set(name, std::move(f));
    };
    python("lru_cache", lruCache, {"maxsize", "typed"}, {in.heap().newInt(128), in.boolean(false)});
    python("cache", cache, {"user_function"}, {});
}

} // namespace functools
} // namespace memstep::core::modules
