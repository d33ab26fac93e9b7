// The copy module: copy.copy and copy.deepcopy with CPython 3.11's identity rules, the
// favourite memory lesson of a first course.
//
// copy() returns immutable values (ints, strs, tuples, frozensets, functions...) as they
// are and makes a new list/dict/set sharing the items. deepcopy() keeps a memo from each
// original to its copy, so sharing inside the structure and cycles are reproduced, returns
// atomic values as they are, returns a tuple itself when every item copies to itself, and
// rebuilds sets and frozensets (CPython goes through __reduce_ex__ for them, so even a
// frozenset of ints is a new object).
//
// An instance of a class the program defined is copied as CPython's object.__reduce_ex__(4)
// and copy._reconstruct do it: a new instance of the same class (its __init__ is not run)
// whose __dict__ gets the original's attributes (copy) or their deep copies (deepcopy, the
// new instance memoised first so cycles through it close). A class's own __copy__ is called
// as copy.copy calls it; __deepcopy__ (it receives CPython's memo dict, keyed by id()) and
// the pickling hooks (__reduce__, __getstate__, ...) are refused as Unsupported.
//
// The collections types are copied through their own __copy__ or __reduce__, as copy does: a
// new namedtuple of the same class (even when every item copies to itself), a new Counter,
// OrderedDict, defaultdict (its factory kept) or deque (its maxlen kept).
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "interp/operators/deque_ops.h"
#include "modules/array/array_object.h"
#include "modules/collections.h"
#include "modules/modules.h"
#include "runtime/list_capacity.h"

#include <functional>
#include <unordered_map>

namespace memstep::core::modules {

using interp::CallArgs;
using rt::Object;

// The module's own code; its functions carry their Python names.
namespace copy {
namespace {

// Native recursion bound: deeper structures are refused rather than overflowing the stack.
constexpr int kMaxDeepcopyDepth = 400;

bool isAtomic(const Object* o) {
    switch (o->tag) {
    case rt::Tag::None:
    case rt::Tag::Bool:
    case rt::Tag::Int:
    case rt::Tag::Float:
    case rt::Tag::Str:
    case rt::Tag::Bytes:
    case rt::Tag::Range:
    case rt::Tag::Function:
    case rt::Tag::Builtin:
    case rt::Tag::Type:
    case rt::Tag::Ellipsis:
        return true;
    case rt::Tag::Instance:
        // copy's tables list weakref.ref among the atomic types (weakref/weakref_module.cpp).
        return static_cast<const rt::InstanceObject*>(o)->cls->name == "weakref.ReferenceType";
    default:
        return false;
    }
}

ObjRef refuse(Interpreter& in, const char* function, Object* x) {
    return in.abortUnsupported(std::string(function) + "() of a " + in.typeName(x) +
                               " object is not supported");
}

rt::InstanceObject* asUserInstance(Object* x) {
    if (x->tag != rt::Tag::Instance)
        return nullptr;
    auto* inst = static_cast<rt::InstanceObject*>(x);
    return inst->cls->isUser ? inst : nullptr;
}

// A special method of the class that would change how CPython copies its instances and
// that memstep does not run; null when there is none.
const char* refusedHook(Interpreter& in, rt::TypeObject* cls, bool deep) {
    static const char* const kHooks[] = {"__reduce_ex__", "__reduce__",     "__getstate__",
                                         "__setstate__",  "__getnewargs__", "__getnewargs_ex__"};
    // The program's own hooks: __getattr__ and __getattribute__ answer copy's lookups
    // (hasattr(y, '__setstate__') on the new, empty copy), its y.__dict__.update(state)
    // bypasses __setattr__ (a frozen dataclass's builtin one is fine) and cls.__new__(cls)
    // makes the copy.
    static const char* const kAttributeHooks[] = {"__getattr__", "__getattribute__", "__setattr__",
                                                  "__new__", "__slots__"};
    if (deep && in.lookupInType(cls, "__deepcopy__"))
        return "__deepcopy__";
    for (const char* name : kHooks)
        if (in.lookupInType(cls, name))
            return name;
    for (const char* name : kAttributeHooks)
        if (ObjRef hook = in.lookupInType(cls, name); hook && hook->tag != rt::Tag::Builtin)
            return name;
    return nullptr;
}

ObjRef refuseHook(Interpreter& in, const char* function, const char* hook) {
    return in.abortUnsupported(std::string(function) + "() of an object whose class defines " +
                               hook + " is not supported");
}

// object.__reduce_ex__(4) asks copyreg._slotnames(cls), which caches its answer (an empty
// list for a class without __slots__) as `cls.__slotnames__`: the class visibly gains it.
bool cacheSlotNames(Interpreter& in, rt::TypeObject* cls) {
    if (cls->dict.find("__slotnames__"))
        return true;
    return in.setAttr(cls, "__slotnames__", in.heap().newList());
}

// The new, empty instance _reconstruct makes with cls.__new__(cls).
ObjRef blankInstance(Interpreter& in, rt::TypeObject* cls) {
    auto* y = in.heap().make<rt::InstanceObject>();
    y->cls = cls;
    return ObjRef(y);
}

// copy.copy of an object of a program's subclass of list, dict or set, as __reduce_ex__(4) and
// _reconstruct make it: a list's or dict's is a new empty object of the class (no __init__)
// given the original's attributes, then each item through y.append(item) or each pair of
// x.items() through y[key] = value, so the class's own append or __setitem__ runs; a set's
// own __reduce__ calls the class with a list of the items (its __init__ runs). copy.deepcopy
// passes `deep`, the copier of its memo: the set's list, the state, each item, key and value
// go through it, and `made` memoises the new object before its state is copied.
struct DeepHooks {
    std::function<ObjRef(Object*)> copy;
    std::function<void(const ObjRef&)> made;
};

ObjRef copySubclassObject(Interpreter& in, Object* x, const DeepHooks* deep = nullptr) {
    rt::TypeObject* cls = in.typeOf(x);
    ObjRef keep(x);
    ObjRef y;
    if (!cacheSlotNames(in, cls)) // the state first, then a dict's x.items()
        return nullptr;
    ObjRef pairs;
    if (x->tag == rt::Tag::Dict) {
        ObjRef items = in.getAttr(x, "items");
        rt::CallArgs none;
        if (!items || !(items = in.call(items.get(), none)) || !(pairs = in.iter(items.get())))
            return nullptr;
    }
    if (x->tag == rt::Tag::Set) {
        ObjVec keys; // list(x)
        if (!in.collect(x, keys))
            return nullptr;
        ObjRef list = in.heap().newList(std::move(keys));
        if (deep && !(list = deep->copy(list.get()))) // args = deepcopy(args, memo)
            return nullptr;
        CallArgs a;
        a.positional.push_back(std::move(list));
        y = in.call(cls, a);
    } else {
        y = interp::newSubclassObject(in.heap(), cls);
    }
    if (!y)
        return nullptr;
    if (deep)
        deep->made(y);
    auto state = rt::subclassPart(x)->attrs.items; // y.__dict__.update(x.__dict__)
    if (deep) // the whole state is deep-copied before y gets any of it
        for (auto& [name, value] : state)
            if (!(value = deep->copy(value.get())))
                return nullptr;
    for (auto& [name, value] : state)
        if (!in.setAttr(y.get(), name, value))
            return nullptr;
    if (x->tag == rt::Tag::List) {
        // for item in iter(x): y.append(item), reading x as it is at each item.
        auto* src = static_cast<rt::ListObject*>(x);
        for (std::size_t i = 0; i < src->items.size(); ++i) {
            ObjRef item = src->items[i];
            if (deep && !(item = deep->copy(item.get())))
                return nullptr;
            ObjRef append = in.getAttr(y.get(), "append");
            CallArgs a;
            a.positional.push_back(std::move(item));
            if (!append || !in.call(append.get(), a))
                return nullptr;
        }
    }
    while (ObjRef pair = pairs ? in.next(pairs.get()) : nullptr) {
        ObjVec kv;
        if (!in.collect(pair.get(), kv))
            return nullptr;
        if (kv.size() != 2) // `for key, value in dictiter`
            return in.raise("ValueError", kv.size() < 2
                                              ? "not enough values to unpack (expected 2, got " +
                                                    std::to_string(kv.size()) + ")"
                                              : "too many values to unpack (expected 2)");
        if (deep && (!(kv[0] = deep->copy(kv[0].get())) || !(kv[1] = deep->copy(kv[1].get()))))
            return nullptr;
        if (!in.storeSubscript(y.get(), kv[0].get(), kv[1]))
            return nullptr;
    }
    return in.hasException() || in.aborted() ? nullptr : y;
}

ObjRef copyInstance(Interpreter& in, rt::InstanceObject* x) {
    if (in.lookupInType(x->cls, "__copy__")) {
        // copy.copy: getattr(cls, "__copy__")(x), so a plain method gets x as self.
        ObjRef copier = in.getAttr(x->cls, "__copy__");
        if (!copier)
            return nullptr;
        CallArgs a;
        a.positional.push_back(ObjRef(x));
        return in.call(copier.get(), a);
    }
    if (const char* hook = refusedHook(in, x->cls, false))
        return refuseHook(in, "copy.copy", hook);
    if (!cacheSlotNames(in, x->cls))
        return nullptr;
    ObjRef y = blankInstance(in, x->cls);
    auto state = x->attrs.items; // y.__dict__.update(x.__dict__)
    for (auto& [name, value] : state)
        if (!in.setAttr(y.get(), name, value))
            return nullptr;
    return y;
}

// An empty dict of x's collections type (a Counter, an OrderedDict, a defaultdict with
// `factory`), as its __reduce__ or __copy__ makes the copy before filling it.
ObjRef emptyLike(Interpreter& in, rt::DictObject* x, ObjRef factory) {
    ObjRef y = newLibraryDict(in, x->cls);
    static_cast<rt::DictObject*>(y.get())->factory = std::move(factory);
    static_cast<rt::DictObject*>(y.get())->orderedEqual = x->orderedEqual;
    return y;
}

// copy.copy of a namedtuple, Counter, OrderedDict, defaultdict or deque (not a program's
// subclass of one): a new object of its type sharing the items.
ObjRef copyCollection(Interpreter& in, Object* x) {
    if (rt::TypeObject* cls = Interpreter::namedTupleType(x)) // __reduce_ex__: cls(*x)
        return namedtupleInstance(in, cls, static_cast<rt::TupleObject*>(x)->items);
    if (x->tag == rt::Tag::Deque) { // deque.__copy__: deque(x, x.maxlen)
        auto* d = in.heap().make<rt::DequeObject>();
        ObjRef y(d);
        d->maxlen = static_cast<rt::DequeObject*>(x)->maxlen;
        return interp::dequeExtend(in, d, x) ? y : nullptr;
    }
    auto* d = static_cast<rt::DictObject*>(x);
    ObjRef y = emptyLike(in, d, d->factory);
    return interp::dictUpdateFrom(in, static_cast<rt::DictObject*>(y.get()), x) ? y : nullptr;
}

ObjRef copy(Interpreter& in, Object*, CallArgs& args) {
    rt::PythonSignature sig;
    sig.qualname = "copy";
    sig.params = {"x"};
    sig.positional = 1;
    if (!bindArguments(in, sig, args))
        return nullptr;
    Object* x = args.positional[0].get();
    // CPython rebuilds these through __reduce_ex__ (a subclass's object: its class, its items
    // and its __dict__).
    if (x->subclassed &&
        (x->tag == rt::Tag::List || x->tag == rt::Tag::Dict || x->tag == rt::Tag::Set))
        return copySubclassObject(in, x);
    if (x->subclassed)
        return refuse(in, "copy.copy", x);
    if (Interpreter::libraryType(x) || x->tag == rt::Tag::Deque)
        return copyCollection(in, x);
    if (isAtomic(x) || x->tag == rt::Tag::Tuple || x->tag == rt::Tag::FrozenSet ||
        x->tag == rt::Tag::Slice)
        return args.positional[0];
    switch (x->tag) {
    case rt::Tag::List:
        return rt::capacity::exactly(in.heap().newList(static_cast<rt::ListObject*>(x)->items));
    case rt::Tag::ByteArray:
        return in.heap().newByteArray(static_cast<rt::BytesObject*>(x)->data);
    case rt::Tag::Dict: {
        auto d = in.heap().make<rt::DictObject>();
        ObjRef out(d);
        for (const rt::DictEntry& e : static_cast<rt::DictObject*>(x)->entries)
            if (e.key)
                in.dictInsertNew(d, e.key, e.hash, e.value);
        return out;
    }
    case rt::Tag::Set: {
        auto s = in.heap().make<rt::SetObject>();
        ObjRef out(s);
        if (!interp::setUpdate(in, s, x))
            return nullptr;
        return out;
    }
    case rt::Tag::Module:
        return in.raise("TypeError", "cannot pickle 'module' object");
    case rt::Tag::Instance:
        if (auto* inst = asUserInstance(x))
            return copyInstance(in, inst);
        return refuse(in, "copy.copy", x);
    default:
        return refuse(in, "copy.copy", x);
    }
}

class DeepCopier {
public:
    explicit DeepCopier(Interpreter& in) : m_in(in) {}

    ObjRef copy(Object* x) {
        // One call can visit hundreds of millions of items in a single step.
        if (m_in.pollStop())
            return nullptr;
        auto found = m_memo.find(x);
        if (found != m_memo.end())
            return found->second;
        if (isAtomic(x))
            return ObjRef(x);
        if (++m_depth > kMaxDeepcopyDepth) {
            return m_in.abortUnsupported("copy.deepcopy() of a structure nested deeper than " +
                                         std::to_string(kMaxDeepcopyDepth) +
                                         " levels is not supported");
        }
        ObjRef y = copyNew(x);
        --m_depth;
        if (y)
            m_keepAlive.emplace_back(x);
        return y;
    }

private:
    // The deep copy of each item, in order; false when one failed.
    bool copyEach(const ObjVec& items, ObjVec& copies) {
        for (const ObjRef& item : items) {
            ObjRef c = copy(item.get());
            if (!c)
                return false;
            copies.push_back(std::move(c));
        }
        return true;
    }

    // A Counter is rebuilt as Counter(deepcopy(dict(x))): its items copied before it exists
    // (a Counter holding itself recurses without end in CPython). An OrderedDict or
    // defaultdict is made empty (a defaultdict with its factory's copy) and memoised, then
    // given each key's and value's copy.
    ObjRef copyLibraryDict(rt::DictObject* x) {
        std::vector<rt::DictEntry> entries = x->entries;
        const bool counter = x->cls->name == "Counter";
        ObjRef factory = x->factory ? copy(x->factory.get()) : nullptr;
        if (x->factory && !factory)
            return nullptr;
        ObjRef y = emptyLike(m_in, x, std::move(factory));
        if (!counter)
            m_memo[x] = y;
        for (const rt::DictEntry& e : entries) {
            if (!e.key)
                continue;
            ObjRef k = copy(e.key.get());
            ObjRef v = k ? copy(e.value.get()) : nullptr;
            if (!v ||
                !m_in.dictSet(static_cast<rt::DictObject*>(y.get()), std::move(k), std::move(v)))
                return nullptr;
        }
        if (counter)
            m_memo[x] = y;
        return y;
    }

    // class Stack(list): rebuilt through __reduce_ex__ and _reconstruct, as copy.copy does;
    // class Num(int) through its class's __new__, which memstep does not run here.
    ObjRef copySubclassed(Object* x) {
        if (x->tag != rt::Tag::List && x->tag != rt::Tag::Dict && x->tag != rt::Tag::Set)
            return refuse(m_in, "copy.deepcopy", x);
        DeepHooks hooks{[this](Object* o) { return copy(o); },
                        [this, x](const ObjRef& y) { m_memo[x] = y; }};
        return copySubclassObject(m_in, x, &hooks);
    }

    // _reconstruct of a namedtuple: cls(*deepcopy(args)), memoised only then (a cycle through
    // an item makes a second copy, as in CPython).
    ObjRef copyNamedTuple(Object* x, rt::TypeObject* cls) {
        ObjVec copies;
        if (!copyEach(static_cast<rt::TupleObject*>(x)->items, copies))
            return nullptr;
        ObjRef y = namedtupleInstance(m_in, cls, std::move(copies));
        m_memo[x] = y;
        return y;
    }

    // deque's __reduce__: deque((), maxlen), memoised, then each item's copy appended.
    ObjRef copyDeque(rt::DequeObject* x) {
        auto* d = m_in.heap().make<rt::DequeObject>();
        ObjRef y(d);
        d->maxlen = x->maxlen;
        m_memo[x] = y;
        ObjVec items = x->items;
        for (const ObjRef& item : items) {
            ObjRef c = copy(item.get());
            if (!c)
                return nullptr;
            interp::dequeAppend(m_in, d, std::move(c));
        }
        return y;
    }

    ObjRef copyNew(Object* x) {
        if (x->subclassed)
            return copySubclassed(x);
        switch (x->tag) {
        case rt::Tag::ByteArray: {
            ObjRef y = m_in.heap().newByteArray(static_cast<rt::BytesObject*>(x)->data);
            m_memo[x] = y;
            return y;
        }
        case rt::Tag::List: {
            auto y = m_in.heap().newList();
            rt::capacity::clear(y->capacity); // [] then y.append of each copy
            m_memo[x] = y;
            // Items may be appended by the copy of an item (a cycle): read them by index.
            auto* src = static_cast<rt::ListObject*>(x);
            for (std::size_t i = 0; i < src->items.size(); ++i) {
                ObjRef item = src->items[i];
                ObjRef c = copy(item.get());
                if (!c)
                    return nullptr;
                m_in.listInsert(y.get(), static_cast<std::int64_t>(y->items.size()), std::move(c));
            }
            return y;
        }
        case rt::Tag::Tuple: {
            if (rt::TypeObject* cls = Interpreter::namedTupleType(x))
                return copyNamedTuple(x, cls);
            ObjVec items = static_cast<rt::TupleObject*>(x)->items;
            ObjVec copies;
            if (!copyEach(items, copies))
                return nullptr;
            // A cycle through a mutable item may have copied this tuple already.
            auto found = m_memo.find(x);
            if (found != m_memo.end())
                return found->second;
            bool same = true;
            for (std::size_t i = 0; i < items.size(); ++i)
                if (items[i].get() != copies[i].get())
                    same = false;
            ObjRef y = same ? ObjRef(x) : m_in.heap().newTuple(std::move(copies));
            m_memo[x] = y;
            return y;
        }
        case rt::Tag::Dict: {
            if (Interpreter::libraryDictType(x))
                return copyLibraryDict(static_cast<rt::DictObject*>(x));
            auto* d = m_in.heap().make<rt::DictObject>();
            ObjRef y(d);
            m_memo[x] = y;
            std::vector<rt::DictEntry> entries = static_cast<rt::DictObject*>(x)->entries;
            for (const rt::DictEntry& e : entries) {
                if (!e.key)
                    continue;
                ObjRef k = copy(e.key.get());
                if (!k)
                    return nullptr;
                ObjRef v = copy(e.value.get());
                if (!v)
                    return nullptr;
                if (!m_in.dictSet(d, std::move(k), std::move(v)))
                    return nullptr;
            }
            return y;
        }
        case rt::Tag::Set:
        case rt::Tag::FrozenSet: {
            ObjVec items;
            if (!m_in.collect(x, items))
                return nullptr;
            ObjVec copies;
            if (!copyEach(items, copies))
                return nullptr;
            auto* s = m_in.heap().make<rt::SetObject>();
            if (x->tag == rt::Tag::FrozenSet)
                s->tag = rt::Tag::FrozenSet;
            ObjRef y(s);
            for (ObjRef& c : copies)
                if (!m_in.setAdd(s, std::move(c)))
                    return nullptr;
            m_memo[x] = y;
            return y;
        }
        case rt::Tag::Deque:
            return copyDeque(static_cast<rt::DequeObject*>(x));
        case rt::Tag::Module:
            return m_in.raise("TypeError", "cannot pickle 'module' object");
        case rt::Tag::Instance: {
            // An array.array holds values, not references: its __deepcopy__ is a copy.
            if (auto* a = array::asArray(x)) {
                ObjRef y;
                array::newLike(m_in, a, a->data, y);
                m_memo[x] = y;
                return y;
            }
            auto* inst = asUserInstance(x);
            if (!inst)
                return refuse(m_in, "copy.deepcopy", x);
            if (const char* hook = refusedHook(m_in, inst->cls, true))
                return refuseHook(m_in, "copy.deepcopy", hook);
            if (!cacheSlotNames(m_in, inst->cls))
                return nullptr;
            ObjRef y = blankInstance(m_in, inst->cls);
            m_memo[x] = y;
            // _reconstruct deep-copies the whole __dict__ first, then updates y's.
            auto state = inst->attrs.items;
            for (auto& [name, value] : state) {
                value = copy(value.get());
                if (!value)
                    return nullptr;
            }
            for (auto& [name, value] : state)
                if (!m_in.setAttr(y.get(), name, std::move(value)))
                    return nullptr;
            return y;
        }
        default:
            return refuse(m_in, "copy.deepcopy", x);
        }
    }

    Interpreter& m_in;
    std::unordered_map<Object*, ObjRef> m_memo;
    ObjVec m_keepAlive; // originals stay alive so no address is reused during the copy
    int m_depth = 0;
};

ObjRef deepcopy(Interpreter& in, Object*, CallArgs& args) {
    rt::PythonSignature sig;
    sig.qualname = "deepcopy";
    sig.params = {"x", "memo", "_nil"};
    sig.positional = 3;
    sig.defaults = {in.none(), in.none()}; // only their number matters to the binding
    if (!bindArguments(in, sig, args))
        return nullptr;
    ObjRef memo = args.positional.size() >= 2 ? args.positional[1] : nullptr;
    if (memo && memo->tag != rt::Tag::None) {
        return in.abortUnsupported("copy.deepcopy() with a memo argument is not supported");
    }
    DeepCopier copier(in);
    return copier.copy(args.positional[0].get());
}

} // namespace
} // namespace copy

void fillCopy(Interpreter& in, rt::ModuleObject& m) {
    // Functions copy.py writes in Python; deepcopy's `_nil=[]` is a list of its own.
    addPythonFunction(in, m, "copy", copy::copy, {"x"}, {});
    addPythonFunction(in, m, "deepcopy", copy::deepcopy, {"x", "memo", "_nil"},
                      {in.none(), in.heap().newList()});
}

} // namespace memstep::core::modules
