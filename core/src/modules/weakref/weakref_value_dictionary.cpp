// weakref.WeakValueDictionary: a mapping whose values are held weakly, the cache of courses.
//
// CPython's (Lib/weakref.py) keeps a dict of key -> KeyedRef whose callback removes the entry
// when its value dies. memstep keeps the same dict of its own weak references, without
// callbacks: an entry whose value is dead (weakref_object.h) is dropped when the program next
// looks at it, which no program can tell from CPython's removal at the death, since every
// operation looks first (len and iteration at every entry, the others at their key's). An
// entry dead and set again goes to the end, as CPython's removed and re-added one does.
//
// The trace draws one by its type only, as CPython's reference draws a library class's object.
// keys(), values(), items() and iter() are generators in CPython; here they walk a list of the
// live entries taken at the call, which iterates the same.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/weakref/weakref_object.h"

namespace memstep::core::modules::weakref {

using interp::CallArgs;

namespace {

// The dict of key -> weak reference, the instance's state "data".
rt::DictObject* dataOf(Object* self) {
    return static_cast<rt::DictObject*>(nativeState(self, "data"));
}

// The class of the entries' weak references (CPython's KeyedRef): the dictionary's own, so
// weakref.ref never shares one, and nothing shows them.
rt::TypeObject* keyedRefClass(Object* self) {
    return static_cast<rt::InstanceObject*>(self)->cls;
}

bool isWeakValueDictionary(Object* o) {
    return o->tag == rt::Tag::Instance &&
           static_cast<rt::InstanceObject*>(o)->cls->name == "WeakValueDictionary";
}

// The dictionary `self` of a method, or null with CPython's TypeError naming `method`.
Object* selfDict(Interpreter& in, Object* self, const char* method) {
    if (isWeakValueDictionary(self))
        return self;
    in.raise("TypeError", std::string("descriptor '") + method +
                              "' for 'WeakValueDictionary' objects doesn't apply to a '" +
                              in.typeName(self) + "' object");
    return nullptr;
}

// Position of `key` in the dict: -1 when absent, rt::kLookupFailed with the error set.
std::int64_t entryOf(Interpreter& in, rt::DictObject* d, Object* key) {
    std::optional<std::int64_t> h = in.hash(key);
    if (!h)
        return rt::kLookupFailed;
    return d->find(key, *h, in);
}

// The live value of the entry at `pos`; a dead one is dropped (null). *refused when memstep
// cannot know whether it lives.
Object* liveAt(Interpreter& in, rt::DictObject* d, std::int64_t pos, bool* refused) {
    auto* ref = static_cast<WeakRefObject*>(d->entries[pos].value.get());
    Object* o = referentNow(in, ref, refused);
    if (!o && !*refused)
        d->erase(pos);
    return o;
}

// Drops every dead entry; false when memstep cannot know (refused).
bool purge(Interpreter& in, rt::DictObject* d) {
    for (std::size_t i = 0; i < d->entries.size(); ++i) {
        if (!d->entries[i].key)
            continue;
        bool refused = false;
        liveAt(in, d, static_cast<std::int64_t>(i), &refused);
        if (refused)
            return false;
    }
    return true;
}

// The live value for `key`: null when absent or dead (*failed false), or null with an error
// or refusal (*failed true).
Object* lookup(Interpreter& in, Object* self, Object* key, bool* failed) {
    *failed = false;
    rt::DictObject* d = dataOf(self);
    std::int64_t pos = entryOf(in, d, key);
    if (pos == rt::kLookupFailed) {
        *failed = true;
        return nullptr;
    }
    if (pos < 0)
        return nullptr;
    Object* o = liveAt(in, d, pos, failed);
    return o;
}

// d[key] = value: the weak reference is made first (its TypeError before the key's hash).
bool store(Interpreter& in, Object* self, ObjRef key, Object* value) {
    ObjRef ref = newWeakRef(in, keyedRefClass(self), value, true);
    if (!ref)
        return false;
    bool failed = false;
    lookup(in, self, key.get(), &failed); // drops a dead entry, so the key goes to the end
    if (failed)
        return false;
    return in.storeSubscript(dataOf(self), key.get(), std::move(ref));
}

// The live entries in order, after dropping the dead ones; false when refused.
bool liveEntries(Interpreter& in, Object* self, Entries& out) {
    rt::DictObject* d = dataOf(self);
    if (!purge(in, d))
        return false;
    for (const rt::DictEntry& e : d->entries)
        if (e.key)
            out.emplace_back(e.key, ObjRef(in.heap().weakReferent(e.value.get())));
    return true;
}

// update(other) and the constructor's argument: a mapping's items() (any object that has
// them), else pairs, as dict(other) reads them; then the keywords.
bool updateFrom(Interpreter& in, Object* self, CallArgs& args, const char* method) {
    if (args.positional.size() > 1) {
        std::string qual = std::string("WeakValueDictionary.") + method + "()";
        return static_cast<bool>(
            in.raise("TypeError", qual + " takes from 1 to 2 positional arguments but " +
                                      std::to_string(args.positional.size() + 1) + " were given"));
    }
    ObjVec sources;
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None)
        sources.push_back(args.positional[0]);
    if (!args.keywords.empty()) {
        ObjRef kw = in.heap().newDict();
        for (const rt::KwArg& k : args.keywords)
            if (!in.storeSubscript(kw.get(), k.key ? k.key.get() : in.newStr(*k.name).get(),
                                   k.value))
                return false;
        sources.push_back(kw);
    }
    for (const ObjRef& source : sources) {
        Entries items;
        if (!mappingItems(in, source, items))
            return false;
        for (auto& [k, v] : items)
            if (!store(in, self, k, v.get()))
                return false;
    }
    return true;
}

const rt::Metaclass kDictMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) {
        return newWeakMapping(in, cls, "WeakValueDictionary", args, updateFrom);
    };
    return m;
}();

ObjRef wvdGetItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "__getitem__") ||
        !pythonArgs(in, args, "WeakValueDictionary", "__getitem__", {"key"}, 1))
        return nullptr;
    bool failed = false;
    Object* o = lookup(in, self, args.positional[0].get(), &failed);
    if (failed)
        return nullptr;
    // Absent or dropped dead: the dict's own KeyError(key).
    return o ? ObjRef(o) : in.subscript(dataOf(self), args.positional[0].get());
}

ObjRef wvdSetItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "__setitem__") ||
        !pythonArgs(in, args, "WeakValueDictionary", "__setitem__", {"key", "value"}, 2))
        return nullptr;
    return store(in, self, args.positional[0], args.positional[1].get()) ? in.none() : nullptr;
}

ObjRef wvdDelItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "__delitem__") ||
        !pythonArgs(in, args, "WeakValueDictionary", "__delitem__", {"key"}, 1))
        return nullptr;
    bool failed = false;
    lookup(in, self, args.positional[0].get(), &failed);
    if (failed)
        return nullptr;
    return in.deleteSubscript(dataOf(self), args.positional[0].get()) ? in.none() : nullptr;
}

ObjRef wvdContains(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "__contains__") ||
        !pythonArgs(in, args, "WeakValueDictionary", "__contains__", {"key"}, 1))
        return nullptr;
    bool failed = false;
    Object* o = lookup(in, self, args.positional[0].get(), &failed);
    return failed ? nullptr : in.boolean(o != nullptr);
}

// get(key, default=None) and setdefault's lookup: the live value for the key, or null (the
// default's turn) with *failed false; *failed true on an error.
Object* lookupWithDefault(Interpreter& in, Object* self, CallArgs& args, const char* method,
                          bool* failed) {
    *failed = true;
    if (!selfDict(in, self, method) ||
        !pythonArgs(in, args, "WeakValueDictionary", method, {"key", "default"}, 1))
        return nullptr;
    return lookup(in, self, args.positional[0].get(), failed);
}

ObjRef defaultOf(Interpreter& in, CallArgs& args) {
    return args.positional.size() > 1 ? args.positional[1] : in.none();
}

ObjRef wvdGet(Interpreter& in, Object* self, CallArgs& args) {
    bool failed = false;
    Object* o = lookupWithDefault(in, self, args, "get", &failed);
    if (failed)
        return nullptr;
    return o ? ObjRef(o) : defaultOf(in, args);
}

ObjRef wvdPop(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "pop") || !args.keywords.empty()) {
        if (!args.keywords.empty())
            in.abortUnsupported("keyword arguments to WeakValueDictionary.pop()");
        return nullptr;
    }
    if (args.positional.empty())
        return in.raise("TypeError",
                        "WeakValueDictionary.pop() missing 1 required positional argument: 'key'");
    if (args.positional.size() > 2)
        return in.raise("TypeError", "pop expected at most 2 arguments, got " +
                                         std::to_string(args.positional.size()));
    Object* key = args.positional[0].get();
    bool failed = false;
    Object* o = lookup(in, self, key, &failed);
    if (failed)
        return nullptr;
    if (!o)
        return args.positional.size() > 1 ? args.positional[1] : in.subscript(dataOf(self), key);
    ObjRef keep(o);
    return in.deleteSubscript(dataOf(self), key) ? keep : nullptr;
}

ObjRef wvdSetDefault(Interpreter& in, Object* self, CallArgs& args) {
    bool failed = false;
    Object* o = lookupWithDefault(in, self, args, "setdefault", &failed);
    if (failed)
        return nullptr;
    if (o)
        return ObjRef(o);
    ObjRef value = defaultOf(in, args);
    return store(in, self, args.positional[0], value.get()) ? value : nullptr;
}

ObjRef wvdUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "update"))
        return nullptr;
    return updateFrom(in, self, args, "update") ? in.none() : nullptr;
}

ObjRef wvdLen(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "__len__") ||
        !pythonArgs(in, args, "WeakValueDictionary", "__len__", {}, 0) || !purge(in, dataOf(self)))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(dataOf(self)->used));
}

// keys(), values(), items() (Part 0, 1, 2) and iter() (3, the keys): the live entries of now.
template <int Part> ObjRef wvdPart(Interpreter& in, Object* self, CallArgs& args) {
    static constexpr const char* kNames[] = {"keys", "values", "items", "__iter__"};
    Entries entries;
    if (!selfDict(in, self, kNames[Part]) ||
        !pythonArgs(in, args, "WeakValueDictionary", kNames[Part], {}, 0) ||
        !liveEntries(in, self, entries))
        return nullptr;
    return entriesIterator(in, entries, Part % 3);
}

ObjRef wvdPopItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "popitem") ||
        !pythonArgs(in, args, "WeakValueDictionary", "popitem", {}, 0) || !purge(in, dataOf(self)))
        return nullptr;
    rt::DictObject* d = dataOf(self);
    if (d->used == 0) { // the dict's own KeyError
        ObjRef pop = in.getAttr(d, "popitem");
        CallArgs none;
        return pop ? in.call(pop.get(), none) : nullptr;
    }
    for (std::size_t i = d->entries.size(); i-- > 0;)
        if (d->entries[i].key) {
            rt::DictEntry e = d->erase(static_cast<std::int64_t>(i));
            return in.heap().newTuple({e.key, ObjRef(in.heap().weakReferent(e.value.get()))});
        }
    return nullptr;
}

ObjRef wvdClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "clear") ||
        !pythonArgs(in, args, "WeakValueDictionary", "clear", {}, 0))
        return nullptr;
    dataOf(self)->clear();
    return in.none();
}

ObjRef wvdCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "copy") || !pythonArgs(in, args, "WeakValueDictionary", "copy", {}, 0))
        return nullptr;
    Entries entries;
    if (!liveEntries(in, self, entries))
        return nullptr;
    CallArgs none;
    ObjRef out = kDictMeta.call(in, static_cast<rt::InstanceObject*>(self)->cls, none);
    for (auto& [k, v] : entries)
        if (!out || !store(in, out.get(), k, v.get()))
            return nullptr;
    return out;
}

// Mapping.__eq__: dict(self.items()) == dict(other.items()) for a dict or another one.
ObjRef wvdEq(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfDict(in, self, "__eq__") ||
        !pythonArgs(in, args, "WeakValueDictionary", "__eq__", {"other"}, 1))
        return nullptr;
    Object* other = args.positional[0].get();
    bool weak = isWeakValueDictionary(other);
    if (!weak && (other->tag != rt::Tag::Dict || Interpreter::libraryDictType(other)))
        return in.notImplemented();
    auto asDict = [&](Object* o) -> ObjRef {
        if (o->tag == rt::Tag::Dict)
            return ObjRef(o);
        Entries entries;
        if (!liveEntries(in, o, entries))
            return nullptr;
        ObjRef d = in.heap().newDict();
        for (auto& [k, v] : entries)
            if (!in.storeSubscript(d.get(), k.get(), v))
                return nullptr;
        return d;
    };
    ObjRef a = asDict(self);
    ObjRef b = a ? asDict(other) : nullptr;
    if (!b)
        return nullptr;
    int r = in.compare(syntax::CmpOperator::Eq, a.get(), b.get());
    return r < 0 ? nullptr : in.boolean(r == 1);
}

ObjRef wvdRepr(Interpreter& in, Object* self, CallArgs&) {
    return in.newStr("<WeakValueDictionary at " + hexId(in, self) + ">");
}

} // namespace

void addWeakValueDictionary(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* t = makeWeakContainerClass(in, "weakref", "WeakValueDictionary", &kDictMeta,
                                               {{"__getitem__", wvdGetItem},
                                                {"__setitem__", wvdSetItem},
                                                {"__delitem__", wvdDelItem},
                                                {"__contains__", wvdContains},
                                                {"__len__", wvdLen},
                                                {"__iter__", wvdPart<3>},
                                                {"__eq__", wvdEq},
                                                {"__repr__", wvdRepr},
                                                {"get", wvdGet},
                                                {"pop", wvdPop},
                                                {"popitem", wvdPopItem},
                                                {"setdefault", wvdSetDefault},
                                                {"update", wvdUpdate},
                                                {"keys", wvdPart<0>},
                                                {"values", wvdPart<1>},
                                                {"items", wvdPart<2>},
                                                {"clear", wvdClear},
                                                {"copy", wvdCopy},
                                                {"__copy__", wvdCopy}},
                                               {"valuerefs", "itervaluerefs", "__deepcopy__",
                                                "__or__", "__ror__", "__ior__", "__reversed__"});
    m.set("WeakValueDictionary", ObjRef(t));
}

} // namespace memstep::core::modules::weakref
