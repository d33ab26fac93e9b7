// collections.defaultdict and collections.OrderedDict, with CPython 3.11's reprs and messages.
//
// Both are dicts (rt::DictObject) whose `cls` is their type, so every dict path of the
// interpreter (len, in, iteration, ==, the trace's entries) serves them; their type's
// namespace adds what differs: defaultdict's __missing__ and default_factory, OrderedDict's
// move_to_end and popitem(last=), and each one's repr and copy.
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"

namespace memstep::core::modules {

using interp::CallArgs;
using rt::Object;

namespace {

rt::DictObject* D(Object* self) {
    return static_cast<rt::DictObject*>(self);
}

// defaultdict(default_factory=None, mapping_or_iterable, **kwargs).
ObjRef defaultdictNew(Interpreter& in, Object* type, CallArgs& args) {
    ObjRef factory;
    if (!args.positional.empty()) {
        factory = args.positional[0];
        args.positional.erase(args.positional.begin());
        if (factory->tag == rt::Tag::None) {
            factory = nullptr;
        } else if (!isCallable(in, factory.get())) {
            return in.raise("TypeError", "first argument must be callable or None");
        }
    }
    if (args.positional.size() > 1)
        return in.raise("TypeError", "dict expected at most 1 argument, got " +
                                         std::to_string(args.positional.size()));
    ObjRef out = newLibraryDict(in, static_cast<rt::TypeObject*>(type));
    D(out.get())->factory = std::move(factory);
    if (!fillDict(in, D(out.get()), args))
        return nullptr;
    return out;
}

ObjRef defaultdictMissing(Interpreter& in, Object* self, CallArgs& args) {
    rt::DictObject* d = D(self);
    if (!d->factory)
        return interp::keyError(in, args.positional[0].get());
    rt::CallArgs none;
    ObjRef factory = d->factory;
    ObjRef value = in.call(factory.get(), none);
    if (!value || !in.storeSubscript(self, args.positional[0].get(), value))
        return nullptr;
    return value;
}

ObjRef defaultdictRepr(Interpreter& in, Object* self, CallArgs&) {
    std::string out = "defaultdict(";
    if (D(self)->factory) {
        auto r = in.repr(D(self)->factory.get());
        if (!r)
            return nullptr;
        out += *r;
    } else {
        out += "None";
    }
    out += ", ";
    if (!entriesRepr(in, D(self), out, "{", "}", false))
        return nullptr;
    return in.newStr(out + ")");
}

ObjRef defaultdictCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "copy") || !interp::argCount(in, args, "copy", 0, 0))
        return nullptr;
    ObjRef out = newLibraryDict(in, D(self)->cls);
    D(out.get())->factory = D(self)->factory;
    if (!interp::dictUpdateFrom(in, D(out.get()), self))
        return nullptr;
    return out;
}

ObjRef defaultdictFactory(Interpreter& in, Object*, CallArgs& args) {
    rt::DictObject* d = D(args.positional[0].get());
    return d->factory ? d->factory : in.none();
}

ObjRef defaultdictSetFactory(Interpreter& in, Object*, CallArgs& args) {
    rt::DictObject* d = D(args.positional[0].get());
    ObjRef factory = args.positional[1];
    d->factory = factory->tag == rt::Tag::None ? nullptr : std::move(factory);
    return in.none();
}

ObjRef orderedDictNew(Interpreter& in, Object* type, CallArgs& args) {
    if (args.positional.size() > 1)
        return in.raise("TypeError", "expected at most 1 arguments, got " +
                                         std::to_string(args.positional.size()));
    ObjRef out = newLibraryDict(in, static_cast<rt::TypeObject*>(type));
    D(out.get())->orderedEqual = true;
    if (!fillDict(in, D(out.get()), args))
        return nullptr;
    return out;
}

// The `last` argument of move_to_end and popitem (positional or keyword), as a truth value;
// -1 with the error set.
int lastArg(Interpreter& in, CallArgs& args, std::size_t position, const char* name,
            std::size_t max) {
    ObjRef last = interp::takeKeyword(args, "last");
    if (!interp::noMoreKeywords(in, args, name) || !interp::argCount(in, args, name, position, max))
        return -1;
    if (args.positional.size() > position)
        last = args.positional[position];
    return last ? in.truthy(last.get()) : 1;
}

ObjRef orderedDictMoveToEnd(Interpreter& in, Object* self, CallArgs& args) {
    int last = lastArg(in, args, 1, "move_to_end", 2);
    if (last < 0)
        return nullptr;
    rt::DictObject* d = D(self);
    Object* key = args.positional[0].get();
    auto h = in.hash(key);
    if (!h)
        return nullptr;
    auto pos = d->find(key, *h, in);
    if (pos == rt::kLookupFailed)
        return nullptr;
    if (pos < 0)
        return interp::keyError(in, key);
    ObjRef k = d->entries[static_cast<std::size_t>(pos)].key;
    if (last) {
        ObjRef v = in.dictRemoveAt(d, pos);
        in.dictInsertNew(d, std::move(k), *h, std::move(v));
        return in.none();
    }
    // To the front: every entry is taken out and put back after the moved one, which the
    // diagram shows as the removals and insertions they are.
    std::vector<rt::DictEntry> order;
    for (const rt::DictEntry& e : d->entries)
        if (e.key && e.key.get() != k.get())
            order.push_back(e);
    order.insert(order.begin(), d->entries[static_cast<std::size_t>(pos)]);
    for (auto p = static_cast<std::int64_t>(d->entries.size()) - 1; p >= 0; --p)
        if (d->entries[static_cast<std::size_t>(p)].key)
            in.dictRemoveAt(d, p);
    for (rt::DictEntry& e : order)
        in.dictInsertNew(d, std::move(e.key), e.hash, std::move(e.value));
    return in.none();
}

ObjRef orderedDictPopitem(Interpreter& in, Object* self, CallArgs& args) {
    int last = lastArg(in, args, 0, "popitem", 1);
    if (last < 0)
        return nullptr;
    rt::DictObject* d = D(self);
    if (d->used == 0) {
        ObjRef message = in.newStr("dictionary is empty");
        return interp::keyError(in, message.get());
    }
    auto pos = last ? static_cast<std::int64_t>(d->entries.size()) - 1 : 0;
    while (!d->entries[static_cast<std::size_t>(pos)].key)
        pos += last ? -1 : 1;
    ObjRef key = d->entries[static_cast<std::size_t>(pos)].key;
    ObjRef value = in.dictRemoveAt(d, pos);
    return in.heap().newTuple({key, value});
}

ObjRef orderedDictRepr(Interpreter& in, Object* self, CallArgs&) {
    if (D(self)->used == 0)
        return in.newStr("OrderedDict()");
    std::string out = "OrderedDict(";
    if (!entriesRepr(in, D(self), out, "[", "]", true))
        return nullptr;
    return in.newStr(out + ")");
}

ObjRef orderedDictCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "copy") || !interp::argCount(in, args, "copy", 0, 0))
        return nullptr;
    ObjRef out = newLibraryDict(in, D(self)->cls);
    D(out.get())->orderedEqual = true;
    if (!interp::dictUpdateFrom(in, D(out.get()), self))
        return nullptr;
    return out;
}

} // namespace

rt::TypeObject* defaultdictType(Interpreter& in) {
    rt::TypeObject* t = libraryDictTypeObject(in, "collections.defaultdict", defaultdictNew);
    addMethods(in, t,
               {{"__missing__", defaultdictMissing},
                {"__repr__", defaultdictRepr},
                {"copy", defaultdictCopy}});
    t->dict.set("default_factory",
                property(in, "default_factory", defaultdictFactory, defaultdictSetFactory));
    return t;
}

rt::TypeObject* orderedDictType(Interpreter& in) {
    rt::TypeObject* t = libraryDictTypeObject(in, "collections.OrderedDict", orderedDictNew);
    addMethods(in, t,
               {{"move_to_end", orderedDictMoveToEnd},
                {"popitem", orderedDictPopitem},
                {"__repr__", orderedDictRepr},
                {"copy", orderedDictCopy}});
    return t;
}

} // namespace memstep::core::modules
