// functools.lru_cache and functools.cache: the _lru_cache_wrapper of CPython 3.11's
// _functools.
//
// The wrapper calls the program's function only on a miss, so a memoised fib takes exactly
// CPython's steps, and a hit returns the very object stored. Keys are made as
// lru_cache_make_key makes them: a lone int or str argument is its own key, other positional
// arguments their tuple, keyword arguments follow a marker object. The cache itself is a
// dict no frame reaches (CPython's diagram does not show it either); a bounded cache keeps
// recency by moving a hit to the end of that dict and forgets its first key when full.
// typed=True and cache_info() are refused as Unsupported.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

#include <cstdio>

namespace memstep::core::modules {

using interp::CallArgs;

namespace functools {
namespace {

// lru_cache_make_key; null with the exception set.
ObjRef makeKey(Interpreter& in, Object* marker, CallArgs& args) {
    if (args.keywords.empty()) {
        if (args.positional.size() == 1) {
            rt::Tag tag = args.positional[0]->tag;
            if (tag == rt::Tag::Int || tag == rt::Tag::Str)
                return args.positional[0];
        }
        return in.heap().newTuple(args.positional);
    }
    ObjVec items = args.positional;
    items.push_back(ObjRef(marker));
    for (const rt::KwArg& k : args.keywords) {
        items.push_back(in.newStr(*k.name));
        items.push_back(k.value);
    }
    return in.heap().newTuple(std::move(items));
}

// The maxsize this wrapper was made with: -1 for None (unbounded).
std::int64_t maxSize(Object* self) {
    return static_cast<rt::IntObject*>(nativeState(self, "maxsize"))->small;
}

ObjRef wrapperCall(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef func(nativeState(self, "func"));
    std::int64_t max = maxSize(self);
    if (max == 0)
        return in.call(func.get(), args);
    ObjRef key = makeKey(in, nativeState(self, "marker"), args);
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
        return result;
    }
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
    if (!interp::noKeywords(in, args, "cache_clear") ||
        !interp::argCount(in, args, "cache_clear", 0, 0))
        return nullptr;
    auto* cache = static_cast<rt::DictObject*>(nativeState(self, "cache"));
    in.heap().recharge(cache, -3 * static_cast<std::int64_t>(rt::kSlotBytes * cache->used));
    cache->clear();
    return in.none();
}

ObjRef wrapperAttr(Interpreter& in, Object* self, const std::string& name) {
    Object* func = nativeState(self, "func");
    if (name == "__wrapped__")
        return ObjRef(func);
    if (name == "cache_clear")
        return in.makeBuiltin("cache_clear", cacheClear, ObjRef(self));
    if (name == "cache_info" || name == "cache_parameters")
        return in.abortUnsupported("functools.lru_cache's " + name + "() is not supported");
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

// The wrapper of `func`; `type` is _lru_cache_wrapper.
ObjRef wrap(Interpreter& in, rt::TypeObject* type, ObjRef func, std::int64_t max) {
    ObjRef marker; // the kwd_mark between positional and keyword arguments in a key
    newNativeInstance(in, in.objectType(), marker);
    ObjRef out;
    rt::InstanceObject* w = newNativeInstance(in, type, out);
    setNativeState(w, "func", std::move(func));
    setNativeState(w, "maxsize", in.heap().newInt(max));
    setNativeState(w, "cache", in.heap().newDict());
    setNativeState(w, "marker", std::move(marker));
    return out;
}

// decorating_function(user_function), the function lru_cache(maxsize) returns; `self` holds
// the wrapper type and the maxsize.
ObjRef decorating(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "decorating_function") ||
        !interp::argCount(in, args, "decorating_function", 1, 1))
        return nullptr;
    const ObjVec& bound = static_cast<rt::TupleObject*>(self)->items;
    if (!isCallable(in, args.positional[0].get()))
        return in.hasException() ? nullptr
                                 : in.raise("TypeError", "the first argument must be callable");
    return wrap(in, static_cast<rt::TypeObject*>(bound[0].get()), args.positional[0],
                static_cast<rt::IntObject*>(bound[1].get())->small);
}

// lru_cache(maxsize=128, typed=False); `self` is the wrapper type.
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
    if (typed && typed.get() != in.boolean(false).get())
        return in.abortUnsupported("functools.lru_cache(typed=True) is not supported");
    auto* type = static_cast<rt::TypeObject*>(self);
    std::int64_t max = 128;
    if (!maxsize) {
        max = 128;
    } else if (maxsize->tag == rt::Tag::Int) {
        auto v = interp::intArg(in, maxsize.get());
        if (!v)
            return nullptr;
        max = std::max<std::int64_t>(*v, 0);
    } else if (maxsize->tag == rt::Tag::None) {
        max = -1;
    } else if (isCallable(in, maxsize.get())) {
        return wrap(in, type, maxsize, 128); // @lru_cache without parentheses
    } else {
        return in.raise("TypeError",
                        "Expected first argument to be an integer, a callable, or None");
    }
    ObjRef bound = in.heap().newTuple({ObjRef(type), in.heap().newInt(max)});
    ObjRef decorator = in.makeBuiltin("decorating_function", decorating, bound);
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "lru_cache.<locals>.decorating_function";
    sig->params = {"user_function"};
    sig->positional = 1;
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
    return wrap(in, static_cast<rt::TypeObject*>(self), args.positional[0], -1);
}

} // namespace

void fillLruCache(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* wrapper = makeNativeType(in, "functools", "_lru_cache_wrapper", nullptr);
    wrapper->callInstance = wrapperCall;
    wrapper->instanceAttr = wrapperAttr;
    wrapper->reprInstance = wrapperRepr;
    wrapper->instancesBind = true; // a cached method gets its instance as the first argument
    auto python = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      ObjVec defaults) {
        ObjRef f = in.makeBuiltin(name, fn, ObjRef(wrapper));
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
