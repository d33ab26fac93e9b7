// collections.UserDict, as CPython 3.11's Lib/collections/__init__.py writes it: a class of
// Python whose instances keep their items in a real dict, their attribute `data`, and whose
// methods (its own and those it inherits from MutableMapping) work through `self[key]`,
// `key in self` and `iter(self)`. Those go through the object's class, so a program's
// subclass overriding __setitem__ has it called by __init__, update() and setdefault(), as
// in CPython, and those calls are the program's steps.
//
// UserDict is a library class (drawn by its name alone, as CPython's reference draws it);
// a program's subclass is the program's, its instances drawn with their `data`. Its methods
// are builtins standing in for the library's Python functions. keys(), items() and values()
// give collections.abc's views; iterating one reads the items at once, which is what CPython
// sees unless the class overrides __getitem__ or __iter__ (then iterating is refused) or the
// loop changes the dict (CPython then raises RuntimeError, memstep does not).
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"

#include <string>
#include <vector>

namespace memstep::core::modules {

using interp::CallArgs;

namespace userdict {
namespace {

// The positional parameters of one of the library's Python functions, `self` first; those
// after `required` have defaults. Keywords are matched to them by name.
struct Signature {
    const char* qualname;
    std::vector<const char*> params;
    std::size_t required;
};

// Binds `args` to `sig` as CPython binds a call of a Python function: the values of the
// parameters, null for an absent optional one; false with CPython's TypeError set.
bool bindArgs(Interpreter& in, CallArgs& args, const Signature& sig, ObjVec& out) {
    const std::string q = sig.qualname;
    const std::size_t n = sig.params.size();
    if (args.positional.size() > n) {
        std::string count = sig.required == n ? std::to_string(n)
                                              : "from " + std::to_string(sig.required) + " to " +
                                                    std::to_string(n);
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
            missing.push_back(std::string("'") + sig.params[i] + "'");
    if (!missing.empty()) {
        in.raise("TypeError", q + "() missing " + std::to_string(missing.size()) + " required " +
                                  "positional argument" + (missing.size() == 1 ? "" : "s") + ": " +
                                  interp::joinNames(missing));
        return false;
    }
    return true;
}

ObjRef dataOf(Interpreter& in, Object* self) {
    return in.getAttr(self, "data");
}

ObjRef callMethod(Interpreter& in, Object* self, const char* name, ObjVec positional) {
    ObjRef m = in.getAttr(self, name);
    if (!m)
        return nullptr;
    CallArgs a;
    a.positional = std::move(positional);
    return in.call(m.get(), a);
}

bool isMapping(Interpreter& in, Object* o) {
    if (o->tag == rt::Tag::Dict)
        return true;
    for (rt::TypeObject* t : in.mroOf(in.typeOf(o)))
        if (t->isLibrary && t->nameObject && interp::text(t->nameObject.get()) == "UserDict")
            return true;
    return false;
}

// MutableMapping.update(self, other=(), /, **kwds): every item through `self[key] = value`.
bool updateFrom(Interpreter& in, Object* self, Object* other) {
    if (isMapping(in, other) || in.getAttr(other, "keys")) {
        ObjRef keys = isMapping(in, other) ? in.iter(other) : callMethod(in, other, "keys", {});
        ObjRef it = keys && !isMapping(in, other) ? in.iter(keys.get()) : keys;
        if (!it)
            return false;
        while (ObjRef key = in.next(it.get())) {
            ObjRef value = in.subscript(other, key.get());
            if (!value || !in.storeSubscript(self, key.get(), value))
                return false;
        }
        return !in.hasException();
    }
    in.clearException(); // hasattr(other, "keys") was False
    ObjRef it = in.iter(other);
    if (!it)
        return false;
    while (ObjRef pair = in.next(it.get())) {
        ObjVec kv;
        if (!in.iter(pair.get())) {
            in.clearException();
            in.raise("TypeError", "cannot unpack non-iterable " +
                                      std::string(in.typeName(pair.get())) + " object");
            return false;
        }
        if (!in.collect(pair.get(), kv))
            return false;
        if (kv.size() != 2) {
            in.raise("ValueError", kv.size() < 2 ? "not enough values to unpack (expected 2, got " +
                                                       std::to_string(kv.size()) + ")"
                                                 : "too many values to unpack (expected 2)");
            return false;
        }
        if (!in.storeSubscript(self, kv[0].get(), kv[1]))
            return false;
    }
    return !in.hasException();
}

bool updateKeywords(Interpreter& in, Object* self, CallArgs& args) {
    for (rt::KwArg& k : args.keywords)
        if (!in.storeSubscript(self, in.newStr(*k.name).get(), k.value))
            return false;
    return true;
}

// __init__(self, dict=None, /, **kwargs)
ObjRef init(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.empty())
        return in.raise("TypeError",
                        "UserDict.__init__() missing 1 required positional argument: 'self'");
    if (args.positional.size() > 2)
        return in.raise("TypeError", "UserDict.__init__() takes from 1 to 2 positional arguments "
                                     "but " +
                                         std::to_string(args.positional.size()) + " were given");
    Object* self = args.positional[0].get();
    if (!in.setAttr(self, "data", in.heap().newDict()))
        return nullptr;
    if (args.positional.size() == 2 && args.positional[1]->tag != rt::Tag::None &&
        !callMethod(in, self, "update", {args.positional[1]}))
        return nullptr;
    if (!args.keywords.empty()) {
        auto kw = in.heap().newDict();
        for (rt::KwArg& k : args.keywords)
            in.dictSet(static_cast<rt::DictObject*>(kw.get()), in.newStr(*k.name), k.value);
        if (!callMethod(in, self, "update", {kw}))
            return nullptr;
    }
    return in.none();
}

#define USERDICT_ARGS(qual, ...)                                                                   \
    ObjVec a;                                                                                      \
    if (!bindArgs(in, args, Signature{qual, __VA_ARGS__}, a))                                          \
        return nullptr;                                                                            \
    Object* self = a[0].get();                                                                     \
    ObjRef data = dataOf(in, self);                                                                \
    if (!data)                                                                                     \
        return nullptr;

ObjRef len(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.__len__", {"self"}, 1)
    CallArgs l;
    l.positional.push_back(data);
    return in.call(in.builtin("len").get(), l);
}

// __getitem__: the data's item, else the class's __missing__, else KeyError(key).
ObjRef getItem(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.__getitem__", {"self", "key"}, 2)
    int has = in.contains(data.get(), a[1].get());
    if (has < 0)
        return nullptr;
    if (has)
        return in.subscript(data.get(), a[1].get());
    rt::TypeObject* cls = in.typeOf(self);
    if (in.lookupInType(cls, "__missing__")) {
        CallArgs m;
        m.positional = {a[0], a[1]};
        ObjRef fn = in.getAttr(cls, "__missing__");
        return fn ? in.call(fn.get(), m) : nullptr;
    }
    auto* e = in.heap().make<rt::ExceptionObject>();
    ObjRef exc(e);
    e->type = in.exceptionType("KeyError");
    e->args.push_back(a[1]);
    auto text = in.repr(a[1].get());
    if (!text)
        return nullptr;
    e->message = *text;
    return in.raiseObject(exc);
}

ObjRef setItem(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.__setitem__", {"self", "key", "item"}, 3)
    if (!in.storeSubscript(data.get(), a[1].get(), a[2]))
        return nullptr;
    return in.none();
}

ObjRef delItem(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.__delitem__", {"self", "key"}, 2)
    if (!in.deleteSubscript(data.get(), a[1].get()))
        return nullptr;
    return in.none();
}

ObjRef iterFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.__iter__", {"self"}, 1)
    return in.iter(data.get());
}

ObjRef containsFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.__contains__", {"self", "key"}, 2)
    int has = in.contains(data.get(), a[1].get());
    return has < 0 ? nullptr : in.boolean(has != 0);
}

ObjRef reprFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.__repr__", {"self"}, 1)
    auto text = in.repr(data.get());
    return text ? in.newStr(*text) : nullptr;
}

// self.__class__(items), as __or__ and __ror__ make their result (a subclass's __init__
// runs, and its __setitem__ for each item).
ObjRef sameClassWith(Interpreter& in, Object* self, ObjRef items) {
    CallArgs a;
    a.positional.push_back(std::move(items));
    return in.call(in.typeOf(self), a);
}

ObjRef copyDict(Interpreter& in, Object* d) {
    ObjRef c = in.method(d, "copy");
    CallArgs none;
    return c ? in.call(c.get(), none) : nullptr;
}

// __or__, __ror__, __ior__: with a UserDict or a dict; NotImplemented with anything else.
ObjRef orWith(Interpreter& in, CallArgs& args, const char* qual, bool reflected, bool inplace) {
    USERDICT_ARGS(qual, {"self", "other"}, 2)
    Object* other = a[1].get();
    ObjRef otherItems;
    if (isMapping(in, other) && other->tag != rt::Tag::Dict) {
        otherItems = dataOf(in, other);
        if (!otherItems)
            return nullptr;
    } else if (other->tag == rt::Tag::Dict) {
        otherItems = a[1];
    } else if (inplace) {
        // __ior__: self.data |= other, whatever dict's |= takes.
        ObjRef r = in.binary(syntax::Operator::BitOr, data.get(), other, true);
        return r ? a[0] : nullptr;
    } else {
        return in.notImplemented();
    }
    if (inplace) {
        ObjRef r = in.binary(syntax::Operator::BitOr, data.get(), otherItems.get(), true);
        return r ? a[0] : nullptr;
    }
    ObjRef merged = reflected ? in.binary(syntax::Operator::BitOr, otherItems.get(), data.get())
                              : in.binary(syntax::Operator::BitOr, data.get(), otherItems.get());
    return merged ? sameClassWith(in, self, merged) : nullptr;
}

ObjRef orFn(Interpreter& in, Object*, CallArgs& args) {
    return orWith(in, args, "UserDict.__or__", false, false);
}
ObjRef rorFn(Interpreter& in, Object*, CallArgs& args) {
    return orWith(in, args, "UserDict.__ror__", true, false);
}
ObjRef iorFn(Interpreter& in, Object*, CallArgs& args) {
    return orWith(in, args, "UserDict.__ior__", false, true);
}

// __copy__: a new object of self's class, not initialised, with self's attributes and a
// copy of its data (or `data` as given).
ObjRef shallowCopy(Interpreter& in, Object* self, ObjRef data) {
    ObjRef out;
    rt::InstanceObject* inst = newNativeInstance(in, in.typeOf(self), out);
    for (const auto& [name, value] : static_cast<rt::InstanceObject*>(self)->attrs.items)
        inst->attrs.set(name, name == "data" ? data : value);
    if (!inst->attrs.find("data"))
        return in.raise("KeyError", "'data'");
    return out;
}

ObjRef dunderCopyFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.__copy__", {"self"}, 1)
    ObjRef items = copyDict(in, data.get());
    return items ? shallowCopy(in, self, items) : nullptr;
}

// copy(): UserDict(self.data.copy()) for a UserDict; for a subclass's object, copy.copy of
// it with empty data, then update(self) (its __setitem__ runs for each item).
ObjRef copyFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("UserDict.copy", {"self"}, 1)
    ObjRef items = copyDict(in, data.get());
    if (!items)
        return nullptr;
    rt::TypeObject* cls = in.typeOf(self);
    if (cls->isLibrary)
        return sameClassWith(in, self, items);
    ObjRef c = shallowCopy(in, self, in.heap().newDict());
    if (!c || !callMethod(in, c.get(), "update", {a[0]}))
        return nullptr;
    return c;
}

// Mapping.get(self, key, default=None): self[key], the default on KeyError.
ObjRef getFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("Mapping.get", {"self", "key", "default"}, 2)
    ObjRef v = in.subscript(self, a[1].get());
    if (v)
        return v;
    if (in.exceptionMatches(in.pendingException(), in.exceptionType("KeyError")) != 1)
        return nullptr;
    in.clearException();
    return a[2] ? a[2] : in.none();
}

// MutableMapping.pop(self, key, default=<marker>)
ObjRef popFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("MutableMapping.pop", {"self", "key", "default"}, 2)
    ObjRef v = in.subscript(self, a[1].get());
    if (!v) {
        if (!a[2] || in.exceptionMatches(in.pendingException(), in.exceptionType("KeyError")) != 1)
            return nullptr;
        in.clearException();
        return a[2];
    }
    if (!in.deleteSubscript(self, a[1].get()))
        return nullptr;
    return v;
}

// MutableMapping.popitem(self): the first key of iter(self); KeyError (no text) when empty.
ObjRef popitemFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("MutableMapping.popitem", {"self"}, 1)
    ObjRef it = in.iter(self);
    ObjRef key = it ? in.next(it.get()) : nullptr;
    if (!key) {
        if (in.hasException())
            return nullptr;
        auto* e = in.heap().make<rt::ExceptionObject>();
        ObjRef exc(e);
        e->type = in.exceptionType("KeyError");
        return in.raiseObject(exc);
    }
    ObjRef value = in.subscript(self, key.get());
    if (!value || !in.deleteSubscript(self, key.get()))
        return nullptr;
    return in.heap().newTuple({key, value});
}

// MutableMapping.clear(self): popitem() until KeyError.
ObjRef clearFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("MutableMapping.clear", {"self"}, 1)
    while (callMethod(in, self, "popitem", {})) {
    }
    if (in.exceptionMatches(in.pendingException(), in.exceptionType("KeyError")) != 1)
        return nullptr;
    in.clearException();
    return in.none();
}

// MutableMapping.update(self, other=(), /, **kwds)
ObjRef updateFn(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.empty())
        return in.raise("TypeError", "MutableMapping.update() missing 1 required positional "
                                     "argument: 'self'");
    if (args.positional.size() > 2)
        return in.raise("TypeError", "MutableMapping.update() takes from 1 to 2 positional "
                                     "arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    Object* self = args.positional[0].get();
    if (args.positional.size() == 2 && !updateFrom(in, self, args.positional[1].get()))
        return nullptr;
    if (!updateKeywords(in, self, args))
        return nullptr;
    return in.none();
}

// MutableMapping.setdefault(self, key, default=None)
ObjRef setdefaultFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("MutableMapping.setdefault", {"self", "key", "default"}, 2)
    ObjRef v = in.subscript(self, a[1].get());
    if (v)
        return v;
    if (in.exceptionMatches(in.pendingException(), in.exceptionType("KeyError")) != 1)
        return nullptr;
    // CPython stores the default in its `except KeyError` block: the program's __setitem__
    // would run while that KeyError is being handled, which memstep cannot show.
    for (rt::TypeObject* t : in.mroOf(in.typeOf(self))) {
        if (!t->dict.find("__setitem__"))
            continue;
        if (!t->isLibrary)
            return in.abortUnsupported("setdefault() of a UserDict whose class overrides "
                                       "__setitem__ is not supported");
        break;
    }
    in.clearException();
    ObjRef def = a[2] ? a[2] : in.none();
    if (!in.storeSubscript(self, a[1].get(), def))
        return nullptr;
    return def;
}

// The items of a mapping as a dict, read as dict(m.items()) reads them: a dict's own, else
// iter(m) and m[key] through its class.
ObjRef itemsDict(Interpreter& in, Object* m) {
    if (m->tag == rt::Tag::Dict)
        return ObjRef(m);
    ObjRef out = in.heap().newDict();
    ObjRef it = in.iter(m);
    if (!it)
        return nullptr;
    while (ObjRef key = in.next(it.get())) {
        ObjRef v = in.subscript(m, key.get());
        if (!v || !in.dictSet(static_cast<rt::DictObject*>(out.get()), key, v))
            return nullptr;
    }
    return in.hasException() ? nullptr : out;
}

// Mapping.__eq__: NotImplemented unless other is a Mapping; then the items as dicts.
ObjRef eqFn(Interpreter& in, Object*, CallArgs& args) {
    USERDICT_ARGS("Mapping.__eq__", {"self", "other"}, 2)
    if (!isMapping(in, a[1].get()))
        return in.notImplemented();
    ObjRef mine = itemsDict(in, self);
    ObjRef theirs = mine ? itemsDict(in, a[1].get()) : nullptr;
    if (!theirs)
        return nullptr;
    int eq = in.compare(syntax::CmpOperator::Eq, mine.get(), theirs.get());
    return eq < 0 ? nullptr : in.boolean(eq != 0);
}

// fromkeys(cls, iterable, value=None): cls(), then d[key] = value for each key.
ObjRef fromkeysFn(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"UserDict.fromkeys", {"cls", "iterable", "value"}, 2}, a))
        return nullptr;
    CallArgs none;
    ObjRef d = in.call(a[0].get(), none);
    ObjRef it = d ? in.iter(a[1].get()) : nullptr;
    if (!it)
        return nullptr;
    ObjRef value = a[2] ? a[2] : in.none();
    while (ObjRef key = in.next(it.get()))
        if (!in.storeSubscript(d.get(), key.get(), value))
            return nullptr;
    return in.hasException() ? nullptr : d;
}

// collections.abc's KeysView, ItemsView and ValuesView of a UserDict: its `_mapping`.
enum class View { Keys, Items, Values };
constexpr const char* kViewNames[] = {"KeysView", "ItemsView", "ValuesView"};

Object* viewMapping(Object* self) {
    const ObjRef* m = static_cast<rt::InstanceObject*>(self)->attrs.find("_mapping");
    return m ? m->get() : nullptr;
}

View viewKind(Interpreter& in, Object* self) {
    const std::string& name = interp::text(in.typeOf(self)->nameObject.get());
    return name == "KeysView" ? View::Keys : name == "ItemsView" ? View::Items : View::Values;
}

ObjRef viewLen(Interpreter& in, Object* self, CallArgs& args) {
    CallArgs l;
    if (!interp::argCount(in, args, "__len__", 0, 0))
        return nullptr;
    l.positional.emplace_back(viewMapping(self));
    return in.call(in.builtin("len").get(), l);
}

ObjRef viewRepr(Interpreter& in, Object* self, CallArgs& args) {
    auto text = in.repr(viewMapping(self));
    if (!text)
        return nullptr;
    return in.newStr(std::string(kViewNames[static_cast<int>(viewKind(in, self))]) + "(" + *text +
                     ")");
}

// Whether iterating `m` through its class reads what its data holds: UserDict's own
// __iter__ and __getitem__.
bool ownReading(Interpreter& in, Object* m) {
    for (const char* name : {"__iter__", "__getitem__"}) {
        ObjRef found = in.lookupInType(in.typeOf(m), name);
        for (rt::TypeObject* t : in.mroOf(in.typeOf(m))) {
            if (const ObjRef* own = t->dict.find(name)) {
                if (!t->isLibrary || own->get() != found.get())
                    return false;
                break;
            }
        }
    }
    return true;
}

ObjRef viewIter(Interpreter& in, Object* self, CallArgs& args) {
    Object* m = viewMapping(self);
    View kind = viewKind(in, self);
    if (!ownReading(in, m))
        return in.abortUnsupported(std::string("iterating the ") + kViewNames[int(kind)] +
                                   " of a UserDict whose class overrides __iter__ or "
                                   "__getitem__ is not supported");
    ObjRef data = dataOf(in, m);
    if (!data)
        return nullptr;
    ObjRef view = in.method(data.get(), kind == View::Keys    ? "keys"
                                         : kind == View::Items ? "items"
                                                               : "values");
    CallArgs none;
    ObjRef v = view ? in.call(view.get(), none) : nullptr;
    ObjVec items;
    if (!v || !in.collect(v.get(), items))
        return nullptr;
    return in.iter(in.heap().newList(std::move(items)).get());
}

ObjRef viewContains(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::argCount(in, args, "__contains__", 1, 1))
        return nullptr;
    Object* m = viewMapping(self);
    Object* x = args.positional[0].get();
    View kind = viewKind(in, self);
    if (kind == View::Keys) {
        int has = in.contains(m, x);
        return has < 0 ? nullptr : in.boolean(has != 0);
    }
    CallArgs none;
    ObjRef it = viewIter(in, self, none);
    if (!it)
        return nullptr;
    while (ObjRef item = in.next(it.get())) {
        int eq = in.compare(syntax::CmpOperator::Eq, item.get(), x);
        if (eq != 0)
            return eq < 0 ? nullptr : in.boolean(true);
    }
    return in.hasException() ? nullptr : in.boolean(false);
}


rt::TypeObject* viewType(Interpreter& in, View kind) {
    rt::TypeObject* t = makeNativeClass(in, "collections.abc", kViewNames[int(kind)], nullptr);
    t->name = kViewNames[int(kind)];
    for (auto [name, fn] : {std::pair<const char*, rt::NativeFn>{"__len__", viewLen},
                            {"__repr__", viewRepr},
                            {"__iter__", viewIter},
                            {"__contains__", viewContains}})
        addNativeMethod(in, t, name, fn);
    return t;
}

// keys(), items(), values(): a view of self.
template <View kKind> ObjRef viewOf(Interpreter& in, Object* views, CallArgs& args) {
    ObjVec a;
    static const char* kQual[] = {"Mapping.keys", "Mapping.items", "Mapping.values"};
    if (!bindArgs(in, args, Signature{kQual[int(kKind)], {"self"}, 1}, a))
        return nullptr;
    auto* types = static_cast<rt::TupleObject*>(views);
    ObjRef out;
    rt::InstanceObject* v =
        newNativeInstance(in, static_cast<rt::TypeObject*>(types->items[int(kKind)].get()), out);
    v->attrs.set("_mapping", a[0]);
    return out;
}

} // namespace
} // namespace userdict

ObjRef userDictClass(Interpreter& in) {
    using namespace userdict;
    // UserDict derives from MutableMapping, whose metaclass is ABCMeta: its subclasses get
    // __abstractmethods__ and _abc_impl, and the class is called as an ABC's is.
    static const rt::Metaclass kAbcMeta = abcMetaclass();
    rt::TypeObject* t = makeNativeClass(in, "collections", "UserDict", &kAbcMeta);
    t->name = "UserDict"; // a class of Python: its tp_name is its __name__
    ObjRef abc = in.importModule("abc");
    if (!abc)
        return nullptr;
    t->metaclass = static_cast<rt::TypeObject*>(
        static_cast<rt::ModuleObject*>(abc.get())->find("ABCMeta"));
    auto method = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      const char* owner = "UserDict", ObjRef self = nullptr) {
        ObjRef func = in.makeBuiltin(name, fn, std::move(self));
        auto sig = std::make_unique<rt::PythonSignature>();
        sig->qualname = std::string(owner) + "." + name;
        sig->positional = params.size();
        sig->params = std::move(params);
        static_cast<rt::BuiltinObject*>(func.get())->python = std::move(sig);
        t->dict.set(name, func);
        return func;
    };
    method("__init__", init, {"self", "dict", "kwargs"});
    method("__len__", len, {"self"});
    method("__getitem__", getItem, {"self", "key"});
    method("__setitem__", setItem, {"self", "key", "item"});
    method("__delitem__", delItem, {"self", "key"});
    method("__iter__", iterFn, {"self"});
    method("__contains__", containsFn, {"self", "key"});
    method("__repr__", reprFn, {"self"});
    method("__or__", orFn, {"self", "other"});
    method("__ror__", rorFn, {"self", "other"});
    method("__ior__", iorFn, {"self", "other"});
    method("__copy__", dunderCopyFn, {"self"});
    method("copy", copyFn, {"self"});
    method("get", getFn, {"self", "key", "default"}, "Mapping");
    method("__eq__", eqFn, {"self", "other"}, "Mapping");
    method("pop", popFn, {"self", "key", "default"}, "MutableMapping");
    method("popitem", popitemFn, {"self"}, "MutableMapping");
    method("clear", clearFn, {"self"}, "MutableMapping");
    method("update", updateFn, {"self", "other", "kwds"}, "MutableMapping");
    method("setdefault", setdefaultFn, {"self", "key", "default"}, "MutableMapping");
    // Mapping sets __hash__ = None (it defines __eq__).
    t->dict.set("__hash__", in.none());
    ObjRef views = in.heap().newTuple({ObjRef(viewType(in, View::Keys)),
                                       ObjRef(viewType(in, View::Items)),
                                       ObjRef(viewType(in, View::Values))});
    method("keys", viewOf<View::Keys>, {"self"}, "Mapping", views);
    method("items", viewOf<View::Items>, {"self"}, "Mapping", views);
    method("values", viewOf<View::Values>, {"self"}, "Mapping", views);
    auto* fromkeys = in.heap().make<rt::DescriptorObject>();
    fromkeys->kind = rt::DescriptorObject::Kind::ClassMethod;
    fromkeys->func = in.makeBuiltin("fromkeys", fromkeysFn);
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "UserDict.fromkeys";
    sig->positional = 3;
    sig->params = {"cls", "iterable", "value"};
    static_cast<rt::BuiltinObject*>(fromkeys->func.get())->python = std::move(sig);
    t->dict.set("fromkeys", ObjRef(fromkeys));
    return kAbcMeta.created(in, t);
}

} // namespace memstep::core::modules
