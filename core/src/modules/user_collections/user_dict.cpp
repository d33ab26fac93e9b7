// collections.UserDict, as CPython 3.11's Lib/collections/__init__.py writes it: a class of
// Python whose instances keep their items in a real dict, their attribute `data`, and whose
// methods (its own and those it inherits from MutableMapping) work through `self[key]`,
// `key in self` and `iter(self)`. Those go through the object's class, so a program's
// subclass overriding __setitem__ has it called by __init__, update() and setdefault(), as
// in CPython, and those calls are the program's steps.
//
// How it is drawn and called is in user_collections.h. keys(), items() and values()
// give collections.abc's views; iterating one is collections.abc's generator, reading the
// mapping through its class for each item (a class's own __iter__ and __getitem__ run; a loop
// changing the dict meets its iterator's RuntimeError), as in CPython.
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "modules/library_generator.h"
#include "modules/user_collections/user_collections.h"

#include <string>
#include <vector>

namespace memstep::core::modules {

using interp::CallArgs;

namespace userdict {
namespace {

using namespace user_collections;

ObjRef dataOf(Interpreter& in, Object* self) {
    return in.getAttr(self, "data");
}

bool isMapping(Interpreter& in, Object* o) {
    return o->tag == rt::Tag::Dict || isInstanceOf(in, o, Kind::Dict);
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

// The positional arguments of `f(self, x=..., /, **kwargs)`: self, and x or not.
bool selfAndOne(Interpreter& in, CallArgs& args, const char* qualname) {
    ObjVec ignored;
    CallArgs positional;
    positional.positional = args.positional;
    return bindArgs(in, positional, Signature{qualname, {"self", "x"}, 1}, ignored);
}

// __init__(self, dict=None, /, **kwargs)
ObjRef init(Interpreter& in, Object*, CallArgs& args) {
    if (!selfAndOne(in, args, "UserDict.__init__"))
        return nullptr;
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

// __getitem__: the data's item, else the class's __missing__, else KeyError(key).
ObjRef getItem(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserDict.__getitem__", {"self", "key"}, 2}, c))
        return nullptr;
    int has = in.contains(c.data.get(), c.args[1].get());
    if (has < 0)
        return nullptr;
    if (has)
        return in.subscript(c.data.get(), c.args[1].get());
    rt::TypeObject* cls = in.typeOf(c.self);
    if (in.lookupInType(cls, "__missing__")) {
        CallArgs m;
        m.positional = {c.args[0], c.args[1]};
        ObjRef fn = in.getAttr(cls, "__missing__");
        return fn ? in.call(fn.get(), m) : nullptr;
    }
    auto* e = in.heap().make<rt::ExceptionObject>();
    ObjRef exc(e);
    e->type = in.exceptionType("KeyError");
    e->args.push_back(c.args[1]);
    auto text = in.repr(c.args[1].get());
    if (!text)
        return nullptr;
    e->message = *text;
    return in.raiseObject(exc);
}

ObjRef iterFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserDict.__iter__", {"self"}, 1}, c))
        return nullptr;
    return in.iter(c.data.get());
}

ObjRef copyDict(Interpreter& in, Object* d) {
    ObjRef c = in.method(d, "copy");
    CallArgs none;
    return c ? in.call(c.get(), none) : nullptr;
}

// __or__, __ror__, __ior__: with a UserDict or a dict; NotImplemented with anything else.
ObjRef orWith(Interpreter& in, CallArgs& args, const char* qual, bool reflected, bool inplace) {
    Call c;
    if (!bindCall(in, args, Signature{qual, {"self", "other"}, 2}, c))
        return nullptr;
    Object* other = c.args[1].get();
    ObjRef otherItems;
    if (isMapping(in, other) && other->tag != rt::Tag::Dict) {
        otherItems = dataOf(in, other);
        if (!otherItems)
            return nullptr;
    } else if (other->tag == rt::Tag::Dict) {
        otherItems = c.args[1];
    } else if (inplace) {
        // __ior__: c.self.data |= other, whatever dict's |= takes.
        ObjRef r = in.binary(syntax::Operator::BitOr, c.data.get(), other, true);
        return r ? c.args[0] : nullptr;
    } else {
        return in.notImplemented();
    }
    if (inplace) {
        ObjRef r = in.binary(syntax::Operator::BitOr, c.data.get(), otherItems.get(), true);
        return r ? c.args[0] : nullptr;
    }
    ObjRef merged = reflected ? in.binary(syntax::Operator::BitOr, otherItems.get(), c.data.get())
                              : in.binary(syntax::Operator::BitOr, c.data.get(), otherItems.get());
    return merged ? callClass(in, c.self, {merged}) : nullptr;
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

ObjRef dunderCopyFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserDict.__copy__", {"self"}, 1}, c))
        return nullptr;
    ObjRef items = copyDict(in, c.data.get());
    return items ? shallowCopy(in, c.self, items) : nullptr;
}

// copy(): UserDict(self.data.copy()) for a UserDict; for a subclass's object, copy.copy of
// it with empty data, then update(self) (its __setitem__ runs for each item).
ObjRef copyFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserDict.copy", {"self"}, 1}, c))
        return nullptr;
    ObjRef items = copyDict(in, c.data.get());
    if (!items)
        return nullptr;
    rt::TypeObject* cls = in.typeOf(c.self);
    if (cls->isLibrary)
        return callClass(in, c.self, {items});
    ObjRef copy = shallowCopy(in, c.self, in.heap().newDict());
    if (!copy || !callMethod(in, copy.get(), "update", {c.args[0]}))
        return nullptr;
    return copy;
}

// self[key] through the class, as `try: return self[key] except KeyError:` of get() and
// setdefault() reads it: null with `missing` set when it raised KeyError, which is cleared;
// null with another exception left set.
ObjRef itemOrMissing(Interpreter& in, Object* self, Object* key, bool& missing) {
    missing = false;
    ObjRef v = in.subscript(self, key);
    if (v || in.exceptionMatches(in.pendingException(), in.exceptionType("KeyError")) != 1)
        return v;
    in.clearException();
    missing = true;
    return nullptr;
}

// Mapping.get(self, key, default=None): self[key], the default on KeyError.
ObjRef getFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"Mapping.get", {"self", "key", "default"}, 2}, c))
        return nullptr;
    bool missing = false;
    ObjRef v = itemOrMissing(in, c.self, c.args[1].get(), missing);
    if (!missing)
        return v;
    return c.args[2] ? c.args[2] : in.none();
}

// MutableMapping.pop(self, key, default=<marker>)
ObjRef popFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"MutableMapping.pop", {"self", "key", "default"}, 2}, c))
        return nullptr;
    ObjRef v = in.subscript(c.self, c.args[1].get());
    if (!v) {
        if (!c.args[2] ||
            in.exceptionMatches(in.pendingException(), in.exceptionType("KeyError")) != 1)
            return nullptr;
        in.clearException();
        return c.args[2];
    }
    if (!in.deleteSubscript(c.self, c.args[1].get()))
        return nullptr;
    return v;
}

// MutableMapping.popitem(self): the first key of iter(self); KeyError (no text) when empty.
ObjRef popitemFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"MutableMapping.popitem", {"self"}, 1}, c))
        return nullptr;
    ObjRef it = in.iter(c.self);
    ObjRef key = it ? in.next(it.get()) : nullptr;
    if (!key) {
        if (in.hasException())
            return nullptr;
        auto* e = in.heap().make<rt::ExceptionObject>();
        ObjRef exc(e);
        e->type = in.exceptionType("KeyError");
        return in.raiseObject(exc);
    }
    ObjRef value = in.subscript(c.self, key.get());
    if (!value || !in.deleteSubscript(c.self, key.get()))
        return nullptr;
    return in.heap().newTuple({key, value});
}

// MutableMapping.clear(self): popitem() until KeyError.
ObjRef clearFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"MutableMapping.clear", {"self"}, 1}, c))
        return nullptr;
    while (callMethod(in, c.self, "popitem", {})) {
    }
    if (in.exceptionMatches(in.pendingException(), in.exceptionType("KeyError")) != 1)
        return nullptr;
    in.clearException();
    return in.none();
}

// MutableMapping.update(self, other=(), /, **kwds)
ObjRef updateFn(Interpreter& in, Object*, CallArgs& args) {
    if (!selfAndOne(in, args, "MutableMapping.update"))
        return nullptr;
    Object* self = args.positional[0].get();
    if (args.positional.size() == 2 && !updateFrom(in, self, args.positional[1].get()))
        return nullptr;
    if (!updateKeywords(in, self, args))
        return nullptr;
    return in.none();
}

// MutableMapping.setdefault(self, key, default=None)
ObjRef setdefaultFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"MutableMapping.setdefault", {"self", "key", "default"}, 2},
                  c))
        return nullptr;
    bool missing = false;
    ObjRef v = itemOrMissing(in, c.self, c.args[1].get(), missing);
    if (!missing)
        return v;
    // CPython stores the default in its `except KeyError` block: the program's __setitem__
    // would run while that KeyError is being handled, which memstep cannot show.
    for (rt::TypeObject* t : in.mroOf(in.typeOf(c.self))) {
        if (!t->dict.find("__setitem__"))
            continue;
        if (!t->isLibrary)
            return in.abortUnsupported("setdefault() of a UserDict whose class overrides "
                                       "__setitem__ is not supported");
        break;
    }
    ObjRef def = c.args[2] ? c.args[2] : in.none();
    if (!in.storeSubscript(c.self, c.args[1].get(), def))
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
    Call c;
    if (!bindCall(in, args, Signature{"Mapping.__eq__", {"self", "other"}, 2}, c))
        return nullptr;
    if (!isMapping(in, c.args[1].get()))
        return in.notImplemented();
    ObjRef mine = itemsDict(in, c.self);
    ObjRef theirs = mine ? itemsDict(in, c.args[1].get()) : nullptr;
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

ObjRef viewRepr(Interpreter& in, Object* self, CallArgs&) {
    auto text = in.repr(viewMapping(self));
    if (!text)
        return nullptr;
    return in.newStr(std::string(kViewNames[static_cast<int>(viewKind(in, self))]) + "(" + *text +
                     ")");
}

// The views' __iter__ as collections.abc writes it, a generator: `for key in mapping`,
// giving the key, mapping[key] or both; each step runs the class's __iter__ and __getitem__.
struct ViewIterator : LibraryGenerator {
    ObjRef mapping, keys;
    View kind = View::Keys;

    ObjRef step(Interpreter& in) override {
        if (!keys && !(keys = in.iter(mapping.get())))
            return nullptr;
        ObjRef key = in.next(keys.get());
        if (!key || kind == View::Keys)
            return key;
        ObjRef value = in.subscript(mapping.get(), key.get());
        if (!value || kind == View::Values)
            return value;
        return in.heap().newTuple({key, value});
    }

    void dropReferences() override { mapping = keys = nullptr; }
};

ObjRef viewIter(Interpreter& in, Object* self, CallArgs&) {
    View kind = viewKind(in, self);
    auto state = std::make_unique<ViewIterator>();
    state->mapping = ObjRef(viewMapping(self));
    state->kind = kind;
    state->name = "__iter__";
    state->qualname = std::string(kViewNames[int(kind)]) + ".__iter__";
    state->what = std::string("the iter() generator of a UserDict's ") + kViewNames[int(kind)];
    return newLibraryGenerator(in, std::move(state));
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

ObjRef len(Interpreter& in, Object*, CallArgs& args) {
    return dataLen(in, args, "UserDict");
}
ObjRef reprFn(Interpreter& in, Object*, CallArgs& args) {
    return dataRepr(in, args, "UserDict");
}
ObjRef containsFn(Interpreter& in, Object*, CallArgs& args) {
    return dataContains(in, args, "UserDict", "key");
}
ObjRef setItem(Interpreter& in, Object*, CallArgs& args) {
    return dataSetItem(in, args, "UserDict", "key", "item");
}
ObjRef delItem(Interpreter& in, Object*, CallArgs& args) {
    return dataDelItem(in, args, "UserDict", "key");
}

} // namespace
} // namespace userdict

ObjRef userDictClass(Interpreter& in) {
    using namespace userdict;
    rt::TypeObject* t =
        user_collections::libraryClass(in, "UserDict", user_collections::Kind::Dict);
    auto method = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      const char* owner = "UserDict", ObjRef self = nullptr) {
        return user_collections::addMethod(in, t, owner, name, fn, std::move(params),
                                           std::move(self));
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
    ObjRef views =
        in.heap().newTuple({ObjRef(viewType(in, View::Keys)), ObjRef(viewType(in, View::Items)),
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
    return user_collections::created(in, t);
}

} // namespace memstep::core::modules
