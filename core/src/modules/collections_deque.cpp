// collections.deque: its constructor and methods, with CPython 3.11's messages.
//
// The deque object and its indexing live in the interpreter (rt::DequeObject,
// interp/operators/deque_ops.h) because the interpreter's own paths (len, in, iteration, repr, the
// trace) must know it; this file gives the type what a program calls on it. Every change goes
// through the interpreter's list helpers, so the diagram sees each append and pop as an
// insert or removal, exactly as for a list.
#include "interp/builtins/builtins_util.h"
#include "interp/operators/deque_ops.h"
#include "modules/collections.h"

#include <algorithm>

namespace memstep::core::modules {

using interp::CallArgs;
using rt::Object;

namespace {

rt::DequeObject* D(Object* self) {
    return static_cast<rt::DequeObject*>(self);
}

// "deque.append() takes exactly one argument (0 given)": CPython names the type.
bool oneArg(Interpreter& in, CallArgs& args, const char* name) {
    return interp::noKeywords(in, args, name) && interp::argCount(in, args, name, 1, 1);
}

ObjRef newDeque(Interpreter& in, std::int64_t maxlen) {
    auto* d = in.heap().make<rt::DequeObject>();
    d->maxlen = maxlen;
    return ObjRef(d);
}

// The maxlen argument: None for unbounded, else a non-negative int.
std::optional<std::int64_t> maxlenArg(Interpreter& in, Object* o) {
    if (!o || o->tag == rt::Tag::None)
        return -1;
    // PyLong_AsSsize_t: an int (or a subclass of int) only, never an object's __index__.
    if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool) {
        in.raise("TypeError", "an integer is required");
        return std::nullopt;
    }
    auto n = in.indexValue(o, "");
    if (!n)
        return std::nullopt;
    if (*n < 0) {
        in.raise("ValueError", "maxlen must be non-negative");
        return std::nullopt;
    }
    return *n;
}

ObjRef dequeNew(Interpreter& in, Object*, CallArgs& args) {
    ObjRef iterable = interp::takeKeyword(args, "iterable");
    ObjRef maxlen = interp::takeKeyword(args, "maxlen");
    if (!interp::noMoreKeywords(in, args, "deque"))
        return nullptr;
    if (args.positional.size() > 2)
        return in.raise("TypeError", "deque() takes at most 2 arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    if (!args.positional.empty() && !iterable)
        iterable = args.positional[0];
    if (args.positional.size() == 2 && !maxlen)
        maxlen = args.positional[1];
    auto n = maxlenArg(in, maxlen.get());
    if (!n)
        return nullptr;
    ObjRef out = newDeque(in, *n);
    if (iterable && !interp::dequeExtend(in, D(out.get()), iterable.get()))
        return nullptr;
    return out;
}

ObjRef dequeAppendM(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneArg(in, args, "deque.append"))
        return nullptr;
    interp::dequeAppend(in, D(self), args.positional[0]);
    return in.none();
}

ObjRef dequeAppendLeftM(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneArg(in, args, "deque.appendleft"))
        return nullptr;
    interp::dequeAppendLeft(in, D(self), args.positional[0]);
    return in.none();
}

ObjRef popEnd(Interpreter& in, Object* self, CallArgs& args, const char* name, bool left) {
    if (!interp::noKeywords(in, args, name) || !interp::argCount(in, args, name, 0, 0))
        return nullptr;
    rt::DequeObject* d = D(self);
    if (d->items.empty())
        return in.raise("IndexError", "pop from an empty deque");
    ++d->state;
    return in.listRemove(d, left ? 0 : static_cast<std::int64_t>(d->items.size()) - 1);
}

ObjRef dequePop(Interpreter& in, Object* self, CallArgs& args) {
    return popEnd(in, self, args, "deque.pop", false);
}

ObjRef dequePopLeft(Interpreter& in, Object* self, CallArgs& args) {
    return popEnd(in, self, args, "deque.popleft", true);
}

ObjRef dequeExtendM(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneArg(in, args, "deque.extend") ||
        !interp::dequeExtend(in, D(self), args.positional[0].get()))
        return nullptr;
    return in.none();
}

ObjRef dequeExtendLeft(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneArg(in, args, "deque.extendleft"))
        return nullptr;
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items))
        return nullptr;
    for (ObjRef& v : items)
        interp::dequeAppendLeft(in, D(self), std::move(v));
    return in.none();
}

ObjRef dequeRotate(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "deque.rotate") ||
        !interp::argCount(in, args, "deque.rotate", 0, 1))
        return nullptr;
    std::int64_t n = 1;
    if (!args.positional.empty()) {
        auto v = interp::intArg(in, args.positional[0].get());
        if (!v)
            return nullptr;
        n = *v;
    }
    rt::DequeObject* d = D(self);
    auto size = static_cast<std::int64_t>(d->items.size());
    d->state += size > 1 ? 1 : 0;
    if (size <= 1 || n % size == 0)
        return in.none();
    std::int64_t k = ((n % size) + size) % size; // steps to the right
    std::rotate(d->items.begin(), d->items.begin() + (size - k), d->items.end());
    in.listReplaced(d);
    return in.none();
}

ObjRef dequeClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "deque.clear") ||
        !interp::argCount(in, args, "deque.clear", 0, 0))
        return nullptr;
    interp::dequeClearAll(in, D(self));
    return in.none();
}

// The first position from `start` whose item equals x, or -1; -2 with the error set (a user
// __eq__ failed, or the deque changed under it).
std::int64_t find(Interpreter& in, rt::DequeObject* d, Object* x, std::int64_t start,
                  std::int64_t stop) {
    std::size_t size = d->items.size();
    for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(d->items.size()); ++i) {
        ObjRef item = d->items[static_cast<std::size_t>(i)];
        bool same = item.get() == x || in.equals(item.get(), x);
        if (in.hasException() || in.aborted())
            return -2;
        if (d->items.size() != size) {
            in.raise("RuntimeError", "deque mutated during iteration");
            return -2;
        }
        if (same)
            return i;
    }
    return -1;
}

ObjRef dequeCount(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneArg(in, args, "deque.count"))
        return nullptr;
    rt::DequeObject* d = D(self);
    std::int64_t count = 0;
    for (std::int64_t at = 0;; ++at) {
        at = find(in, d, args.positional[0].get(), at, static_cast<std::int64_t>(d->items.size()));
        if (at == -2)
            return nullptr;
        if (at < 0)
            break;
        ++count;
    }
    return in.heap().newInt(count);
}

ObjRef dequeIndex(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "deque.index") ||
        !interp::parseTupleCount(in, args, "index", 1, 3))
        return nullptr;
    // The bounds are read (an object's __index__ called) before the deque's size, as
    // deque_index parses its arguments first.
    std::optional<std::int64_t> given[2];
    for (std::size_t i = 1; i < args.positional.size(); ++i) {
        ObjRef bound = args.positional[i];
        if (in.hasUserIndex(bound.get())) { // _PyEval_SliceIndexNotNone calls __index__
            bound = in.userIndex(bound.get());
            if (!bound)
                return nullptr;
        }
        if (bound->tag != rt::Tag::Int && bound->tag != rt::Tag::Bool)
            return in.raise("TypeError",
                            "slice indices must be integers or have an __index__ method");
        given[i - 1] = interp::intArg(in, bound.get());
        if (!given[i - 1])
            return nullptr;
    }
    rt::DequeObject* d = D(self);
    auto size = static_cast<std::int64_t>(d->items.size());
    std::int64_t bounds[2] = {0, size};
    for (int i = 0; i < 2; ++i)
        if (std::int64_t v = given[i].value_or(bounds[i]); given[i])
            bounds[i] = v < 0 ? std::max<std::int64_t>(v + size, 0) : std::min(v, size);
    std::int64_t at = find(in, d, args.positional[0].get(), bounds[0], bounds[1]);
    if (at == -2)
        return nullptr;
    if (at < 0) {
        auto r = in.repr(args.positional[0].get());
        if (!r)
            return nullptr;
        return in.raise("ValueError", *r + " is not in deque");
    }
    return in.heap().newInt(at);
}

ObjRef dequeRemove(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneArg(in, args, "deque.remove"))
        return nullptr;
    rt::DequeObject* d = D(self);
    std::int64_t at =
        find(in, d, args.positional[0].get(), 0, static_cast<std::int64_t>(d->items.size()));
    if (at == -2)
        return nullptr;
    if (at < 0) {
        auto r = in.repr(args.positional[0].get());
        if (!r)
            return nullptr;
        return in.raise("ValueError", *r + " is not in deque");
    }
    ++d->state;
    in.listRemove(d, at);
    return in.none();
}

ObjRef dequeInsert(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "deque.insert"))
        return nullptr;
    if (args.positional.size() != 2)
        return in.raise("TypeError", "insert() takes exactly 2 arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    rt::DequeObject* d = D(self);
    auto i = interp::intArg(in, args.positional[0].get());
    if (!i)
        return nullptr;
    auto size = static_cast<std::int64_t>(d->items.size());
    if (d->maxlen >= 0 && size >= d->maxlen)
        return in.raise("IndexError", "deque already at its maximum size");
    std::int64_t at = *i < 0 ? std::max<std::int64_t>(*i + size, 0) : std::min(*i, size);
    ++d->state;
    in.listInsert(d, at, args.positional[1]);
    return in.none();
}

ObjRef dequeReverse(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "deque.reverse") ||
        !interp::argCount(in, args, "deque.reverse", 0, 0))
        return nullptr;
    rt::DequeObject* d = D(self);
    std::reverse(d->items.begin(), d->items.end());
    in.listReplaced(d);
    return in.none();
}

ObjRef dequeCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "deque.copy") ||
        !interp::argCount(in, args, "deque.copy", 0, 0))
        return nullptr;
    ObjRef out = newDeque(in, D(self)->maxlen);
    D(out.get())->items = D(self)->items;
    in.heap().recharge(out.get(),
                       static_cast<std::int64_t>(D(self)->items.size() * rt::kSlotBytes));
    return out;
}

ObjRef dequeMaxlen(Interpreter& in, Object*, CallArgs& args) {
    std::int64_t n = D(args.positional[0].get())->maxlen;
    return n < 0 ? in.none() : in.heap().newInt(n);
}

} // namespace

rt::TypeObject* dequeType(Interpreter& in) {
    rt::TypeObject* t = in.builtinType(rt::Tag::Deque);
    if (t->construct)
        return t; // already made by an earlier run of this interpreter's import
    t->construct = dequeNew;
    static const std::pair<const char*, rt::NativeFn> kMethods[] = {
        {"append", dequeAppendM},        {"appendleft", dequeAppendLeftM},
        {"clear", dequeClear},           {"copy", dequeCopy},
        {"count", dequeCount},           {"extend", dequeExtendM},
        {"extendleft", dequeExtendLeft}, {"index", dequeIndex},
        {"insert", dequeInsert},         {"pop", dequePop},
        {"popleft", dequePopLeft},       {"remove", dequeRemove},
        {"reverse", dequeReverse},       {"rotate", dequeRotate},
    };
    for (const auto& [name, fn] : kMethods)
        t->dict.set(name, in.makeBuiltin(name, fn));
    t->dict.set("maxlen", property(in, "maxlen", dequeMaxlen));
    return t;
}

} // namespace memstep::core::modules
