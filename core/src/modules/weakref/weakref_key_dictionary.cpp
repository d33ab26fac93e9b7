// weakref.WeakKeyDictionary: a mapping whose keys are held weakly (data attached to objects
// without keeping them alive).
//
// CPython's (Lib/weakref.py) is a dict keyed by weak references whose callback removes the
// entry when its key dies; each lookup makes a weak reference to the key asked for, which
// hashes and compares as the object while it lives. memstep keeps the same dict of its own
// weak references (ReferenceType) and does each operation through the dict's own method, so
// errors and comparisons are CPython's; dead entries are dropped, without callbacks, when the
// program next counts or walks the dictionary (a lookup never finds one: a dead reference
// equals only itself).
//
// The trace draws one by its type only, as CPython's reference draws a library class's object.
// keys(), values(), items() and iter() are generators in CPython; here they walk a list of the
// live entries taken at the call.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/weakref/weakref_object.h"

namespace memstep::core::modules::weakref {

using interp::CallArgs;

namespace {

constexpr const char* kClass = "WeakKeyDictionary";

rt::Metaclass makeDictMeta();

rt::DictObject* dataOf(Object* self) {
    return static_cast<rt::DictObject*>(nativeState(self, "data"));
}

const rt::Metaclass kDictMeta = makeDictMeta();

bool isWeakKeyDictionary(Object* o) {
    return o->tag == rt::Tag::Instance &&
           static_cast<rt::InstanceObject*>(o)->cls->meta == &kDictMeta;
}

rt::TypeObject* refClass(Object* self) {
    const ObjRef* t = static_cast<rt::InstanceObject*>(self)->cls->dict.find(" ref");
    return static_cast<rt::TypeObject*>(t->get());
}

// The dictionary of a method call, checked with its arguments; null with the error set.
Object* selfAndArgs(Interpreter& in, Object* self, CallArgs& args, const char* method,
                    std::initializer_list<const char*> names, std::size_t required) {
    if (!isWeakKeyDictionary(self)) {
        in.raise("TypeError", std::string("descriptor '") + method + "' for '" + kClass +
                                  "' objects doesn't apply to a '" + in.typeName(self) +
                                  "' object");
        return nullptr;
    }
    return pythonArgs(in, args, kClass, method, names, required) ? self : nullptr;
}

// ref(key): a probe for a lookup, or `owned` for an entry stored.
ObjRef keyRef(Interpreter& in, Object* self, Object* key, bool owned) {
    return newWeakRef(in, refClass(self), key, owned);
}

// Drops the entries whose key is dead; false when memstep cannot know (refused).
bool purge(Interpreter& in, rt::DictObject* d) {
    for (std::size_t i = 0; i < d->entries.size(); ++i) {
        Object* r = d->entries[i].key.get();
        bool refused = false;
        if (r && knownDead(in, r, &refused))
            d->erase(static_cast<std::int64_t>(i));
        if (refused)
            return false;
    }
    return true;
}

bool liveEntries(Interpreter& in, Object* self, Entries& out) {
    rt::DictObject* d = dataOf(self);
    if (!purge(in, d))
        return false;
    for (const rt::DictEntry& e : d->entries)
        if (e.key)
            out.emplace_back(ObjRef(in.heap().weakReferent(e.key.get())), e.value);
    return true;
}

bool store(Interpreter& in, Object* self, Object* key, ObjRef value) {
    ObjRef ref = keyRef(in, self, key, true);
    return ref && in.storeSubscript(dataOf(self), ref.get(), std::move(value));
}

// update(other) and the constructor's argument: a dict's items, or dict(other)'s.
bool updateFrom(Interpreter& in, Object* self, CallArgs& args, const char* method) {
    if (!pythonArgs(in, args, kClass, method, {"dict"}, 0))
        return false;
    if (args.positional.empty() || args.positional[0]->tag == rt::Tag::None)
        return true;
    Entries items;
    if (!mappingItems(in, args.positional[0], items))
        return false;
    for (auto& [k, v] : items)
        if (!store(in, self, k.get(), v))
            return false;
    return true;
}

rt::Metaclass makeDictMeta() {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) {
        return newWeakMapping(in, cls, kClass, args, updateFrom);
    };
    return m;
}

// d[key], d.get(key, default), d.pop(key[, default]), del d[key]: the dict's own, given ref(key).
ObjRef byProbe(Interpreter& in, Object* self, CallArgs& args, const char* method,
               const char* dictMethod, std::initializer_list<const char*> names) {
    if (!selfAndArgs(in, self, args, method, names, 1))
        return nullptr;
    ObjRef probe = keyRef(in, self, args.positional[0].get(), false);
    if (!probe)
        return nullptr;
    ObjVec rest{probe};
    rest.insert(rest.end(), args.positional.begin() + 1, args.positional.end());
    return callMethodOf(in, dataOf(self), dictMethod, std::move(rest));
}

ObjRef wkdGetItem(Interpreter& in, Object* self, CallArgs& args) {
    return byProbe(in, self, args, "__getitem__", "__getitem__", {"key"});
}

ObjRef wkdDelItem(Interpreter& in, Object* self, CallArgs& args) {
    return byProbe(in, self, args, "__delitem__", "__delitem__", {"key"});
}

ObjRef wkdGet(Interpreter& in, Object* self, CallArgs& args) {
    return byProbe(in, self, args, "get", "get", {"key", "default"});
}

ObjRef wkdPop(Interpreter& in, Object* self, CallArgs& args) {
    if (args.positional.size() > 2)
        return in.raise("TypeError", "pop expected at most 2 arguments, got " +
                                         std::to_string(args.positional.size()));
    return byProbe(in, self, args, "pop", "pop", {"key", "default"});
}

ObjRef wkdSetItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfAndArgs(in, self, args, "__setitem__", {"key", "value"}, 2))
        return nullptr;
    return store(in, self, args.positional[0].get(), args.positional[1]) ? in.none() : nullptr;
}

ObjRef wkdSetDefault(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfAndArgs(in, self, args, "setdefault", {"key", "default"}, 1))
        return nullptr;
    ObjRef ref = keyRef(in, self, args.positional[0].get(), true);
    if (!ref)
        return nullptr;
    return callMethodOf(in, dataOf(self), "setdefault",
                        {ref, args.positional.size() > 1 ? args.positional[1] : in.none()});
}

// key in d (clearedTypeError says when it is False).
ObjRef wkdContains(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfAndArgs(in, self, args, "__contains__", {"key"}, 1))
        return nullptr;
    ObjRef probe = keyRef(in, self, args.positional[0].get(), false);
    if (!probe)
        return clearedTypeError(in) ? in.boolean(false) : nullptr;
    int r = in.contains(dataOf(self), probe.get());
    return r < 0 ? nullptr : in.boolean(r == 1);
}

ObjRef wkdLen(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfAndArgs(in, self, args, "__len__", {}, 0) || !purge(in, dataOf(self)))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(dataOf(self)->used));
}

// keys(), values(), items() (Part 0, 1, 2) and iter() (3, the keys): the live entries of now.
template <int Part> ObjRef wkdPart(Interpreter& in, Object* self, CallArgs& args) {
    static constexpr const char* kNames[] = {"keys", "values", "items", "__iter__"};
    Entries entries;
    if (!selfAndArgs(in, self, args, kNames[Part], {}, 0) || !liveEntries(in, self, entries))
        return nullptr;
    return entriesIterator(in, entries, Part % 3);
}

ObjRef wkdPopItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfAndArgs(in, self, args, "popitem", {}, 0) || !purge(in, dataOf(self)))
        return nullptr;
    ObjRef pair = callMethodOf(in, dataOf(self), "popitem", {});
    if (!pair)
        return nullptr;
    const ObjVec& kv = static_cast<rt::TupleObject*>(pair.get())->items;
    return in.heap().newTuple({ObjRef(in.heap().weakReferent(kv[0].get())), kv[1]});
}

ObjRef wkdClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfAndArgs(in, self, args, "clear", {}, 0))
        return nullptr;
    dataOf(self)->clear();
    return in.none();
}

ObjRef wkdUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfAndArgs(in, self, args, "update", {"dict"}, 0))
        return nullptr;
    return updateFrom(in, self, args, "update") ? in.none() : nullptr;
}

ObjRef wkdCopy(Interpreter& in, Object* self, CallArgs& args) {
    Entries entries;
    if (!selfAndArgs(in, self, args, "copy", {}, 0) || !liveEntries(in, self, entries))
        return nullptr;
    CallArgs none;
    ObjRef out = kDictMeta.call(in, static_cast<rt::InstanceObject*>(self)->cls, none);
    for (auto& [k, v] : entries)
        if (!out || !store(in, out.get(), k.get(), v))
            return nullptr;
    return out;
}

ObjRef wkdRepr(Interpreter& in, Object* self, CallArgs&) {
    return in.newStr(std::string("<") + kClass + " at " + hexId(in, self) + ">");
}

} // namespace

void addWeakKeyDictionary(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* refType) {
    rt::TypeObject* t = makeWeakContainerClass(in, "weakref", kClass, &kDictMeta,
                                               {{"__getitem__", wkdGetItem},
                                                {"__setitem__", wkdSetItem},
                                                {"__delitem__", wkdDelItem},
                                                {"__contains__", wkdContains},
                                                {"__len__", wkdLen},
                                                {"__iter__", wkdPart<3>},
                                                {"__repr__", wkdRepr},
                                                {"get", wkdGet},
                                                {"pop", wkdPop},
                                                {"popitem", wkdPopItem},
                                                {"setdefault", wkdSetDefault},
                                                {"update", wkdUpdate},
                                                {"keys", wkdPart<0>},
                                                {"values", wkdPart<1>},
                                                {"items", wkdPart<2>},
                                                {"clear", wkdClear},
                                                {"copy", wkdCopy},
                                                {"__copy__", wkdCopy}},
                                               {"keyrefs", "__deepcopy__", "__or__", "__ror__",
                                                "__ior__", "__eq__", "__ne__", "__reversed__"});
    t->dict.set(" ref", ObjRef(refType));
    m.set(kClass, ObjRef(t));
}

} // namespace memstep::core::modules::weakref
