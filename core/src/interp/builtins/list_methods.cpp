// Methods of list and tuple. Mutations go through the interpreter's list helpers so the
// trace records each change.
#include "interp/builtins/builtins_util.h"
#include "runtime/list_capacity.h"

#include <algorithm>

namespace memstep::core::interp {

namespace {

rt::ListObject* L(Object* o) {
    return static_cast<rt::ListObject*>(o);
}

ObjRef listAppend(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "append"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "list.append() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    in.listInsert(L(self), static_cast<std::int64_t>(L(self)->items.size()), args.positional[0]);
    return in.none();
}

ObjRef listPop(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "pop") || !argCount(in, args, self, "pop", 0, 1))
        return nullptr;
    auto* l = L(self);
    std::int64_t i = -1;
    if (!args.positional.empty()) {
        auto v = intArg(in, args.positional[0].get());
        if (!v)
            return nullptr;
        i = *v;
    }
    if (l->items.empty())
        return in.raise("IndexError", "pop from empty list");
    auto n = static_cast<std::int64_t>(l->items.size());
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return in.raise("IndexError", "pop index out of range");
    if (n > 1)
        return in.listRemove(l, i);
    // The last item goes by list_resize(self, 0), which keeps a block of one slot.
    rt::ListCapacity before = l->capacity;
    ObjRef v = in.listRemove(l, i);
    l->capacity = before;
    rt::capacity::resize(l->capacity, 1, 0);
    return v;
}

ObjRef listInsertM(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "insert") || !argCount(in, args, self, "insert", 2, 2))
        return nullptr;
    auto v = intArg(in, args.positional[0].get());
    if (!v)
        return nullptr;
    auto n = static_cast<std::int64_t>(L(self)->items.size());
    std::int64_t i = *v;
    if (i < 0)
        i = std::max<std::int64_t>(0, i + n);
    i = std::min(i, n);
    rt::ListCapacity before = L(self)->capacity;
    in.listInsert(L(self), i, args.positional[1]);
    rt::capacity::inserted(*L(self), before);
    return in.none();
}

ObjRef listExtend(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "extend"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "list.extend() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    auto* l = L(self);
    rt::capacity::Hint hint = rt::capacity::hintOf(args.positional[0].get());
    ObjVec more;
    if (!in.collect(args.positional[0].get(), more, true))
        return nullptr;
    rt::ListCapacity before = l->capacity;
    std::size_t length = l->items.size();
    std::size_t added = more.size();
    for (ObjRef& v : more) {
        in.listInsert(l, static_cast<std::int64_t>(l->items.size()), std::move(v));
        if (in.pollStop())
            return nullptr;
    }
    l->capacity = before;
    rt::capacity::extend(l->capacity, length, hint, added);
    return in.none();
}

ObjRef listRemoveM(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "remove"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "list.remove() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    auto* l = L(self);
    for (std::size_t i = 0; i < l->items.size(); ++i) {
        if (l->items[i].get() == args.positional[0].get() ||
            in.equals(l->items[i].get(), args.positional[0].get())) {
            in.listRemove(l, static_cast<std::int64_t>(i));
            return in.none();
        }
        if (in.hasException() || in.pollStop())
            return nullptr;
    }
    return in.raise("ValueError", "list.remove(x): x not in list");
}

ObjRef seqIndex(Interpreter& in, Object* self, CallArgs& args, const ObjVec& items,
                const char* what) {
    if (!noKeywords(in, args, self, "index") || !argCount(in, args, self, "index", 1, 3))
        return nullptr;
    auto n = static_cast<std::int64_t>(items.size());
    std::int64_t b = 0, e = n;
    if (args.positional.size() > 1) {
        auto v = sliceIndexArg(in, args.positional[1].get(), false);
        if (!v)
            return nullptr;
        b = *v < 0 ? std::max<std::int64_t>(0, *v + n) : *v;
    }
    if (args.positional.size() > 2) {
        auto v = sliceIndexArg(in, args.positional[2].get(), false);
        if (!v)
            return nullptr;
        e = *v < 0 ? std::max<std::int64_t>(0, *v + n) : std::min(*v, n);
    }
    for (std::int64_t i = b; i < e && i < static_cast<std::int64_t>(items.size()); ++i) {
        Object* x = items[static_cast<std::size_t>(i)].get();
        if (x == args.positional[0].get() || in.equals(x, args.positional[0].get()))
            return in.heap().newInt(i);
        if (in.hasException() || in.pollStop())
            return nullptr;
    }
    if (std::string(what) == "tuple")
        return in.raise("ValueError", "tuple.index(x): x not in tuple");
    auto r = in.repr(args.positional[0].get());
    if (!r)
        return nullptr;
    return in.raise("ValueError", *r + " is not in list");
}
ObjRef listIndex(Interpreter& in, Object* self, CallArgs& args) {
    return seqIndex(in, self, args, L(self)->items, "list");
}
ObjRef tupleIndex(Interpreter& in, Object* self, CallArgs& args) {
    return seqIndex(in, self, args, static_cast<rt::TupleObject*>(self)->items, "tuple");
}

ObjRef seqCount(Interpreter& in, Object* self, CallArgs& args, const ObjVec& items) {
    if (!noKeywords(in, args, self, "count") || !argCount(in, args, self, "count", 1, 1))
        return nullptr;
    std::int64_t n = 0;
    for (const ObjRef& x : items) {
        if (x.get() == args.positional[0].get() || in.equals(x.get(), args.positional[0].get()))
            ++n;
        if (in.hasException() || in.pollStop())
            return nullptr;
    }
    return in.heap().newInt(n);
}
ObjRef listCount(Interpreter& in, Object* self, CallArgs& args) {
    return seqCount(in, self, args, L(self)->items);
}
ObjRef tupleCount(Interpreter& in, Object* self, CallArgs& args) {
    return seqCount(in, self, args, static_cast<rt::TupleObject*>(self)->items);
}

ObjRef listSort(Interpreter& in, Object* self, CallArgs& args) {
    if (!keywordParserCount(in, args, "sort", 0, 2))
        return nullptr;
    ObjRef key = takeKeyword(args, "key");
    ObjRef reverse = takeKeyword(args, "reverse");
    if (!noMoreKeywords(in, args, "sort"))
        return nullptr;
    int rev = reverse ? in.truthy(reverse.get()) : 0;
    if (rev < 0)
        return nullptr;
    // CPython empties the list while it sorts: a key function or __lt__ that looks at it
    // (and the diagram between their steps) sees []. It has no block meanwhile (allocated -1),
    // so whatever resizes it gives it one: the sign that the program changed it.
    ObjVec items = std::move(L(self)->items);
    L(self)->items.clear();
    const rt::ListCapacity capacity = L(self)->capacity;
    rt::capacity::clear(L(self)->capacity);
    if (!items.empty())
        in.listReplaced(L(self));
    bool ok = sortValues(in, items, key && key->tag != rt::Tag::None ? key.get() : nullptr, rev);
    const rt::ListCapacity& during = L(self)->capacity;
    const bool modified = !L(self)->items.empty() || during.storage || during.slots != 0 ||
                          !rt::capacity::holds(during, 0);
    bool changed = !items.empty() || !L(self)->items.empty();
    L(self)->items = std::move(items); // what the program put in meanwhile is dropped
    L(self)->capacity = capacity;
    if (changed)
        in.listReplaced(L(self));
    if (!ok)
        return nullptr;
    if (modified)
        return in.raise("ValueError", "list modified during sort");
    return in.none();
}

ObjRef listReverse(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "reverse") || !argCount(in, args, self, "reverse", 0, 0))
        return nullptr;
    std::reverse(L(self)->items.begin(), L(self)->items.end());
    in.listReplaced(L(self));
    return in.none();
}

ObjRef listCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "copy") || !argCount(in, args, self, "copy", 0, 0))
        return nullptr;
    auto copy = in.heap().newList(L(self)->items);
    rt::capacity::exact(copy->capacity, copy->items.size()); // list_slice
    return copy;
}

ObjRef listClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "clear") || !argCount(in, args, self, "clear", 0, 0))
        return nullptr;
    ObjVec old = std::move(L(self)->items);
    L(self)->items.clear();
    rt::capacity::clear(L(self)->capacity);
    in.heap().recharge(self, -static_cast<std::int64_t>(old.size() * rt::kSlotBytes));
    in.containerCleared(self);
    return in.none();
}

// list.__init__(self, iterable=(), /): empties the list, then extends it from the iterable
// with the builtin extend (never an append or extend the program's subclass overrides).
ObjRef listInit(Interpreter& in, Object* self, CallArgs& args) {
    if (!args.keywords.empty())
        return in.raise("TypeError", "list() takes no keyword arguments");
    if (args.positional.size() > 1)
        return in.raise("TypeError", "list expected at most 1 argument, got " +
                                         std::to_string(args.positional.size()));
    CallArgs none;
    if (!L(self)->items.empty() && !listClear(in, self, none))
        return nullptr;
    if (rt::capacity::holds(L(self)->capacity, 0)) // list___init__ frees any block it has
        rt::capacity::clear(L(self)->capacity);
    if (args.positional.empty())
        return in.none();
    return listExtend(in, self, args);
}

} // namespace

void registerListMethods(MethodTables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) {
        t[static_cast<std::size_t>(tag)][name] = fn;
    };
    reg(rt::Tag::List, "append", listAppend);
    reg(rt::Tag::List, "pop", listPop);
    reg(rt::Tag::List, "insert", listInsertM);
    reg(rt::Tag::List, "extend", listExtend);
    reg(rt::Tag::List, "remove", listRemoveM);
    reg(rt::Tag::List, "index", listIndex);
    reg(rt::Tag::List, "count", listCount);
    reg(rt::Tag::List, "sort", listSort);
    reg(rt::Tag::List, "reverse", listReverse);
    reg(rt::Tag::List, "copy", listCopy);
    reg(rt::Tag::List, "clear", listClear);
    reg(rt::Tag::List, "__init__", listInit);
    reg(rt::Tag::Tuple, "index", tupleIndex);
    reg(rt::Tag::Tuple, "count", tupleCount);
}

} // namespace memstep::core::interp
