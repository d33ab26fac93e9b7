// Methods of dict. Mutations go through the interpreter's dict helpers so the trace records
// each change.
#include "interp/builtins/builtins_util.h"
#include "runtime/dict_table.h"

#include <functional>
#include <optional>

namespace memstep::core::interp {

namespace {

rt::DictObject* D(Object* o) {
    return static_cast<rt::DictObject*>(o);
}

// What get, setdefault and pop share: `key[, default]` by position, and the key looked up.
// Its entry's position (-1 when absent) and its hash; nullopt when the arguments, the hash or
// a program's __eq__ failed (the exception is pending).
struct KeyLookup {
    std::int64_t position;
    std::int64_t hash;
};
std::optional<KeyLookup> lookupKeyArg(Interpreter& in, Object* self, CallArgs& args,
                                      const char* name) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 1, 2))
        return std::nullopt;
    auto h = in.hash(args.positional[0].get());
    if (!h)
        return std::nullopt;
    auto pos = D(self)->find(args.positional[0].get(), *h, in);
    if (pos == rt::kLookupFailed)
        return std::nullopt;
    return KeyLookup{pos, *h};
}

ObjRef dictGet(Interpreter& in, Object* self, CallArgs& args) {
    auto found = lookupKeyArg(in, self, args, "get");
    if (!found)
        return nullptr;
    if (found->position >= 0)
        return D(self)->entries[static_cast<std::size_t>(found->position)].value;
    return args.positional.size() == 2 ? args.positional[1] : in.none();
}

ObjRef view(Interpreter& in, Object* self, CallArgs& args, rt::DictViewObject::Kind kind,
            const char* name) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 0))
        return nullptr;
    auto* v = in.heap().make<rt::DictViewObject>();
    v->kind = kind;
    v->dict = ObjRef(self);
    return ObjRef(v);
}
ObjRef dictKeys(Interpreter& in, Object* self, CallArgs& args) {
    return view(in, self, args, rt::DictViewObject::Kind::Keys, "keys");
}
ObjRef dictValues(Interpreter& in, Object* self, CallArgs& args) {
    return view(in, self, args, rt::DictViewObject::Kind::Values, "values");
}
ObjRef dictItems(Interpreter& in, Object* self, CallArgs& args) {
    return view(in, self, args, rt::DictViewObject::Kind::Items, "items");
}

// What dict.update and dict.__init__ both do once their arguments are checked: the mapping or
// pairs first, then the keywords, in order.
ObjRef updateFromArgs(Interpreter& in, Object* self, CallArgs& args) {
    if (!args.positional.empty() && !dictUpdateFrom(in, D(self), args.positional[0].get()))
        return nullptr;
    // The keyword arguments arrive as a dict of their own, merged as any dict is.
    const rt::DictTable keywords = rt::dicttable::keywordsTable(args.keywords.size());
    const bool clone = rt::dicttable::merging(*D(self), keywords, args.keywords.size(), false);
    for (rt::KwArg& k : args.keywords)
        if (!in.dictSet(D(self), k.key ? k.key : in.newStr(*k.name), k.value))
            return nullptr;
    if (clone)
        D(self)->table = keywords;
    return in.none();
}

ObjRef dictUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!argCount(in, args, self, "update", 0, 1))
        return nullptr;
    return updateFromArgs(in, self, args);
}

// dict.__init__(self, mapping_or_pairs=(), /, **kwargs): dict.update's work, which never calls
// a __setitem__ the program's subclass overrides.
ObjRef dictInit(Interpreter& in, Object* self, CallArgs& args) {
    if (Interpreter::libraryDictType(self)) // Counter.__init__ counts: its own, not dict's
        return in.abortUnsupported("`__init__` of a " + std::string(in.typeName(self)) +
                                   " called by name is not supported");
    if (args.positional.size() > 1)
        return in.raise("TypeError", "dict expected at most 1 argument, got " +
                                         std::to_string(args.positional.size()));
    return updateFromArgs(in, self, args);
}

ObjRef dictSetdefault(Interpreter& in, Object* self, CallArgs& args) {
    auto found = lookupKeyArg(in, self, args, "setdefault");
    if (!found)
        return nullptr;
    if (found->position >= 0)
        return D(self)->entries[static_cast<std::size_t>(found->position)].value;
    ObjRef v = args.positional.size() == 2 ? args.positional[1] : in.none();
    // CPython inserts at the empty slot its lookup found: no second comparison.
    in.dictInsertNew(D(self), args.positional[0], found->hash, v);
    return v;
}

ObjRef dictPop(Interpreter& in, Object* self, CallArgs& args) {
    auto found = lookupKeyArg(in, self, args, "pop");
    if (!found)
        return nullptr;
    if (found->position < 0) {
        if (args.positional.size() == 2)
            return args.positional[1];
        return keyError(in, args.positional[0].get());
    }
    return in.dictRemoveAt(D(self), found->position);
}

ObjRef dictPopitem(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "popitem") || !argCount(in, args, self, "popitem", 0, 0))
        return nullptr;
    auto* d = D(self);
    if (d->used == 0) {
        auto* e = in.heap().make<rt::ExceptionObject>();
        e->type = in.exceptionType("KeyError");
        e->args.push_back(in.newStr("popitem(): dictionary is empty"));
        e->message = "'popitem(): dictionary is empty'";
        return in.raiseObject(ObjRef(e));
    }
    auto pos = static_cast<std::int64_t>(d->entries.size()) - 1;
    while (!d->entries[static_cast<std::size_t>(pos)].key)
        --pos;
    ObjRef key = d->entries[static_cast<std::size_t>(pos)].key;
    rt::dicttable::popping(*d);
    ObjRef value = in.dictRemoveAt(d, pos);
    return in.heap().newTuple({key, value});
}

ObjRef dictCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "copy") || !argCount(in, args, self, "copy", 0, 0))
        return nullptr;
    auto d = in.heap().newDict();
    for (const rt::DictEntry& e : D(self)->entries)
        if (e.key)
            d->insertNew(e.key, e.hash, e.value);
    d->table = rt::dicttable::copied(*D(self));
    // Charged as dictSet would: a pop from the copy gives the bytes back.
    in.heap().recharge(d.get(), 3 * static_cast<std::int64_t>(rt::kSlotBytes * d->used));
    return d;
}

ObjRef dictClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "clear") || !argCount(in, args, self, "clear", 0, 0))
        return nullptr;
    std::vector<rt::DictEntry> old = std::move(D(self)->entries);
    D(self)->clear();
    in.containerCleared(self);
    return in.none();
}

// fromkeys' loop: each key `source` gives maps to `value` in the dict `result`, which is
// returned; null on error.
ObjRef setEachKey(Interpreter& in, const ObjRef& result, Object* source, const ObjRef& value) {
    ObjRef it = in.iter(source);
    if (!it)
        return nullptr;
    while (ObjRef key = in.next(it.get()))
        if (!in.dictSet(D(result.get()), std::move(key), value))
            return nullptr;
    return in.hasException() || in.aborted() ? nullptr : result;
}

// fromkeys of a collections dict type (OrderedDict, defaultdict): CPython calls the class with
// no arguments and sets each key with its __setitem__, hashing every key anew (the stored
// hashes of a dict or set source are only reused for an exact dict).
ObjRef libraryDictFromkeys(Interpreter& in, rt::TypeObject* cls, Object* source,
                           const ObjRef& value) {
    rt::CallArgs none;
    ObjRef result = in.call(cls, none);
    if (!result)
        return nullptr;
    if (Interpreter::libraryDictType(result.get()) != cls)
        return in.abortUnsupported("`" + cls->name + ".fromkeys` is not supported");
    return setEachKey(in, result, source, value);
}

// fromkeys of a program's subclass of dict: CPython calls the class with no arguments (its
// __init__ runs), then stores each key through PyObject_SetItem, so a __setitem__ of the class
// runs once per key.
ObjRef userDictFromkeys(Interpreter& in, rt::TypeObject* cls, Object* source, const ObjRef& value) {
    rt::CallArgs none;
    ObjRef result = in.call(cls, none);
    if (!result)
        return nullptr;
    ObjRef it = in.iter(source);
    if (!it)
        return nullptr;
    while (ObjRef key = in.next(it.get()))
        if (!in.storeSubscript(result.get(), key.get(), value))
            return nullptr;
    return in.hasException() || in.aborted() ? nullptr : result;
}

// dict.fromkeys(iterable, value=None), a classmethod: every key maps to the one value object.
ObjRef dictFromkeys(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "fromkeys") || !argCount(in, args, self, "fromkeys", 1, 2))
        return nullptr;
    // Bound to its class, but `d.fromkeys(...)` calls it with the instance.
    rt::TypeObject* cls =
        self->tag == rt::Tag::Type ? static_cast<rt::TypeObject*>(self) : in.typeOf(self);
    ObjRef value = args.positional.size() == 2 ? args.positional[1] : in.none();
    if (cls->isUser)
        return userDictFromkeys(in, cls, args.positional[0].get(), value);
    if (cls != in.builtinType(rt::Tag::Dict))
        return libraryDictFromkeys(in, cls, args.positional[0].get(), value);
    ObjRef result = in.heap().newDict();
    auto* d = D(result.get());
    // From a dict or a set, CPython takes the hashes they store: no __hash__ runs again.
    Object* source = args.positional[0].get();
    auto insertAll = [&](auto& table, auto keyOf) -> ObjRef {
        for (std::size_t i = 0; i < table.size(); ++i)
            if (ObjRef key = keyOf(table[i]);
                key && !in.dictSetHashed(d, key, table[i].hash, value))
                return nullptr;
        return result;
    };
    // _PyDict_FromKeys sizes the table for an exact dict's or set's items at once (a dict's
    // of its kind of keys, a set's general); other iterables grow it key by key.
    namespace table = rt::dicttable;
    if (source->tag == rt::Tag::Dict && !Interpreter::libraryDictType(source)) {
        const auto* from = D(source);
        if (from->table.known) {
            table::fresh(d->table);
            table::resize(d->table, table::log2ForItems(from->used), from->table.unicode, 0);
        }
        return insertAll(D(source)->entries, [](const rt::DictEntry& e) { return e.key; });
    }
    if (source->tag == rt::Tag::Set || source->tag == rt::Tag::FrozenSet) {
        const auto* from = static_cast<rt::SetObject*>(source);
        if (!source->subclassed) {
            table::fresh(d->table);
            table::resize(d->table, table::log2ForItems(from->used), false, 0);
        }
        return insertAll(from->table, [](const rt::SetEntry& e) { return e.key; });
    }
    table::fresh(d->table);
    return setEachKey(in, result, source, value);
}

} // namespace

bool forEachMappingKey(Interpreter& in, Object* src, const std::function<bool(ObjRef)>& each) {
    ObjRef keep(src);
    ObjRef method = in.getAttr(src, "keys");
    if (!method)
        return false;
    rt::CallArgs none;
    ObjRef keys = in.call(method.get(), none);
    if (!keys)
        return false;
    if (keys->tag != rt::Tag::List) {
        // PyMapping_Keys' method_output_as_list: PySequence_List of its iterator.
        ObjRef it = in.iter(keys.get());
        if (!it) {
            if (!in.aborted() &&
                in.exceptionMatches(in.pendingException(), in.exceptionType("TypeError")) == 1) {
                in.clearException();
                in.raise("TypeError", std::string(in.typeName(src)) +
                                          ".keys() returned a non-iterable (type " +
                                          in.typeName(keys.get()) + ")");
            }
            return false;
        }
        ObjVec all;
        if (!in.collect(it.get(), all, true))
            return false;
        keys = in.heap().newList(std::move(all));
    }
    ObjRef it = in.iter(keys.get());
    if (!it)
        return false;
    while (ObjRef key = in.next(it.get()))
        if (!each(std::move(key)))
            return false;
    return !in.hasException() && !in.aborted();
}

bool dictMergeMapping(Interpreter& in, rt::DictObject* d, Object* src) {
    ObjRef keepDict(d);
    return forEachMappingKey(in, src, [&](ObjRef key) {
        ObjRef value = in.subscript(src, key.get());
        return value && in.dictSet(d, std::move(key), std::move(value));
    });
}

namespace {

// PyDict_MergeFromSeq2: each item of `src` is a pair. An item that is not a list or tuple is
// made one by PySequence_Fast (its iterator drained as list() drains it: __iter__ runs once
// on the item and once more on that iterator); a TypeError there gets CPython's message.
bool dictUpdateFromPairs(Interpreter& in, rt::DictObject* d, Object* src) {
    ObjRef it = in.iter(src);
    if (!it)
        return false;
    auto notASequence = [&](std::size_t index) {
        if (!in.aborted() &&
            in.exceptionMatches(in.pendingException(), in.exceptionType("TypeError")) == 1) {
            in.clearException();
            in.raise("TypeError", "cannot convert dictionary update sequence element #" +
                                      std::to_string(index) + " to a sequence");
        }
        return false;
    };
    for (std::size_t index = 0;; ++index) {
        ObjRef item = in.next(it.get());
        if (!item)
            return !in.hasException();
        ObjVec kv;
        if (item->tag == rt::Tag::List || item->tag == rt::Tag::Tuple) {
            if (!in.collect(item.get(), kv))
                return false;
        } else {
            ObjRef inner = in.iter(item.get());
            if (!inner || !in.collect(inner.get(), kv, true))
                return notASequence(index);
        }
        if (kv.size() != 2) {
            in.raise("ValueError", "dictionary update sequence element #" + std::to_string(index) +
                                       " has length " + std::to_string(kv.size()) +
                                       "; 2 is required");
            return false;
        }
        if (!in.dictSet(d, kv[0], kv[1]))
            return false;
    }
}

// A pending AttributeError is cleared (the attribute is missing: true); any other error, or an
// abort, stays (false).
bool passOverAttributeError(Interpreter& in) {
    if (in.aborted() ||
        in.exceptionMatches(in.pendingException(), in.exceptionType("AttributeError")) != 1)
        return false;
    in.clearException();
    return true;
}

// mutablemapping_add_pairs (OrderedDict's update): each item of `src` unpacked into exactly
// two through its own iterator, with that function's errors.
bool addPairs(Interpreter& in, rt::DictObject* d, Object* src) {
    ObjRef it = in.iter(src);
    if (!it)
        return false;
    auto shortPair = [&](const char* message) {
        if (!in.hasException() && !in.aborted())
            in.raise("ValueError", message);
        return false;
    };
    while (ObjRef pair = in.next(it.get())) {
        ObjRef inner = in.iter(pair.get());
        if (!inner)
            return false;
        ObjRef key = in.next(inner.get());
        if (!key)
            return shortPair("need more than 0 values to unpack");
        ObjRef value = in.next(inner.get());
        if (!value)
            return shortPair("need more than 1 value to unpack");
        if (ObjRef extra = in.next(inner.get())) {
            in.raise("ValueError", "too many values to unpack (expected 2)");
            return false;
        }
        if (in.hasException() || in.aborted() || !in.dictSet(d, key, value))
            return false;
    }
    return !in.hasException() && !in.aborted();
}

// OrderedDict's update (mutablemapping_update_arg): an exact dict's items; else an object with
// `keys`, read key by key as keys() yields them (no list first, unlike dict's merge); else one
// with `items`, its pairs; else the argument's own pairs.
bool orderedDictUpdateFrom(Interpreter& in, rt::DictObject* d, Object* src) {
    if (src->tag == rt::Tag::Dict && !Interpreter::libraryDictType(src))
        return in.dictMerge(d, D(src));
    ObjRef keep(src);
    rt::CallArgs none;
    if (ObjRef keysMethod = in.getAttr(src, "keys")) {
        ObjRef keys = in.call(keysMethod.get(), none);
        ObjRef it = keys ? in.iter(keys.get()) : nullptr;
        if (!it)
            return false;
        while (ObjRef key = in.next(it.get())) {
            ObjRef value = in.subscript(src, key.get());
            if (!value || !in.dictSet(d, key, value))
                return false;
        }
        return !in.hasException() && !in.aborted();
    }
    if (!passOverAttributeError(in))
        return false;
    if (ObjRef itemsMethod = in.getAttr(src, "items")) {
        ObjRef items = in.call(itemsMethod.get(), none);
        return items && addPairs(in, d, items.get());
    }
    return passOverAttributeError(in) && addPairs(in, d, src);
}

} // namespace

// dict_update_arg: a dict's entries; an object with a `keys` attribute read as a mapping;
// anything else as an iterable of key/value pairs.
// An OrderedDict (marked by its ordered ==) updates as a MutableMapping does.
bool dictUpdateFrom(Interpreter& in, rt::DictObject* d, Object* src) {
    if (d->orderedEqual)
        return orderedDictUpdateFrom(in, d, src);
    if (src->tag == rt::Tag::Dict)
        return in.dictMerge(d, static_cast<rt::DictObject*>(src));
    if (in.getAttr(src, "keys"))
        return dictMergeMapping(in, d, src);
    return passOverAttributeError(in) && dictUpdateFromPairs(in, d, src);
}

ObjRef keyError(Interpreter& in, Object* key) {
    auto r = in.repr(key);
    if (!r)
        return nullptr;
    auto* e = in.heap().make<rt::ExceptionObject>();
    e->type = in.exceptionType("KeyError");
    e->args.push_back(ObjRef(key));
    e->message = *r;
    return in.raiseObject(ObjRef(e));
}

void registerDictMethods(MethodTables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) {
        t[static_cast<std::size_t>(tag)][name] = fn;
    };
    reg(rt::Tag::Dict, "get", dictGet);
    reg(rt::Tag::Dict, "keys", dictKeys);
    reg(rt::Tag::Dict, "values", dictValues);
    reg(rt::Tag::Dict, "items", dictItems);
    reg(rt::Tag::Dict, "update", dictUpdate);
    reg(rt::Tag::Dict, "setdefault", dictSetdefault);
    reg(rt::Tag::Dict, "pop", dictPop);
    reg(rt::Tag::Dict, "popitem", dictPopitem);
    reg(rt::Tag::Dict, "copy", dictCopy);
    reg(rt::Tag::Dict, "clear", dictClear);
    reg(rt::Tag::Dict, "__init__", dictInit);
    reg(rt::Tag::Dict, "fromkeys", dictFromkeys);
}

} // namespace memstep::core::interp
