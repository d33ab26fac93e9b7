// Indexing a collections.deque (see deque_ops.h).
#include "interp/operators/deque_ops.h"

#include "interp/operators/binary_operators.h"

#include <optional>
#include <string>

namespace memstep::core::interp {

namespace {

// The position `key` names in `d`, negative ones counted from the end; nullopt with the
// error set.
std::optional<std::int64_t> dequePosition(Interpreter& in, rt::DequeObject* d, Object* key) {
    // PyObject_GetItem takes an object with __index__ as the int it returns.
    ObjRef hold;
    if (Interpreter::isUserObject(key) && in.hasUserIndex(key)) {
        hold = in.userIndex(key);
        if (!hold)
            return std::nullopt;
        key = hold.get();
    }
    if (key->tag != rt::Tag::Int && key->tag != rt::Tag::Bool) {
        in.raise("TypeError",
                 std::string("sequence index must be integer, not '") + in.typeName(key) + "'");
        return std::nullopt;
    }
    auto i = in.indexValue(key, ""); // IndexError for an int too big for an index
    if (!i)
        return std::nullopt;
    auto n = static_cast<std::int64_t>(d->items.size());
    std::int64_t p = *i < 0 ? *i + n : *i;
    if (p < 0 || p >= n) {
        in.raise("IndexError", "deque index out of range");
        return std::nullopt;
    }
    return p;
}

} // namespace

ObjRef dequeItem(Interpreter& in, rt::DequeObject* d, Object* key) {
    auto p = dequePosition(in, d, key);
    if (!p)
        return nullptr;
    return d->items[static_cast<std::size_t>(*p)];
}

bool dequeStore(Interpreter& in, rt::DequeObject* d, Object* key, ObjRef value) {
    auto p = dequePosition(in, d, key);
    if (!p)
        return false;
    if (value)
        in.listSet(d, *p, std::move(value));
    else
        in.listRemove(d, *p);
    d->state += value ? 0 : 1;
    return true;
}

void dequeAppend(Interpreter& in, rt::DequeObject* d, ObjRef v) {
    ++d->state;
    if (d->maxlen == 0)
        return;
    in.listInsert(d, static_cast<std::int64_t>(d->items.size()), std::move(v));
    if (d->maxlen > 0 && static_cast<std::int64_t>(d->items.size()) > d->maxlen)
        in.listRemove(d, 0);
}

void dequeAppendLeft(Interpreter& in, rt::DequeObject* d, ObjRef v) {
    ++d->state;
    if (d->maxlen == 0)
        return;
    in.listInsert(d, 0, std::move(v));
    if (d->maxlen > 0 && static_cast<std::int64_t>(d->items.size()) > d->maxlen)
        in.listRemove(d, static_cast<std::int64_t>(d->items.size()) - 1);
}

void dequeClearAll(Interpreter& in, rt::DequeObject* d) {
    d->state += d->items.empty() ? 0 : 1;
    ObjVec old = std::move(d->items);
    d->items.clear();
    in.heap().recharge(d, -static_cast<std::int64_t>(old.size() * rt::kSlotBytes));
    in.containerCleared(d);
}

bool dequeExtend(Interpreter& in, rt::DequeObject* d, Object* iterable) {
    if (iterable == d) {
        ObjVec copy = d->items;
        for (ObjRef& v : copy)
            dequeAppend(in, d, std::move(v));
        return true;
    }
    ObjRef it = in.iter(iterable);
    if (!it)
        return false;
    while (ObjRef v = in.next(it.get()))
        dequeAppend(in, d, std::move(v));
    return !in.hasException();
}

namespace {

// `d * n`, `n * d` and `d *= n`, as CPython's deque_repeat and deque_inplace_repeat: the product
// is a copy of d (keeping its maxlen) that repeat extends in place, appending d's items n - 1
// more times, no more often than maxlen needs; n of 0 or less empties it.
ObjRef dequeRepeat(Interpreter& in, rt::DequeObject* d, Object* count, bool inplace) {
    if (!ops::isIntLike(count)) {
        in.raise("TypeError",
                 std::string("can't multiply sequence by non-int of type '") +
                     (count->tag == rt::Tag::Deque ? "collections.deque" : in.typeName(count)) +
                     "'");
        return ObjRef();
    }
    std::int64_t n = 0;
    if (!ops::smallValue(count, n)) {
        in.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
        return ObjRef();
    }
    rt::DequeObject* out = d;
    ObjRef result(d);
    if (!inplace) {
        out = in.heap().make<rt::DequeObject>();
        result = ObjRef(out);
        out->maxlen = d->maxlen;
        for (const ObjRef& v : d->items)
            dequeAppend(in, out, v);
    }
    const auto size = static_cast<std::int64_t>(out->items.size());
    if (size == 0 || n == 1)
        return result;
    if (n <= 0) {
        dequeClearAll(in, out);
        return result;
    }
    if (out->maxlen >= 0 && n > (out->maxlen + size - 1) / size + 1)
        n = (out->maxlen + size - 1) / size + 1;
    if (static_cast<std::uint64_t>(n) >
        (std::uint64_t{1} << 58) / static_cast<std::uint64_t>(size)) {
        in.raise("MemoryError", "");
        return ObjRef();
    }
    if (!in.heap().canAllocate(static_cast<std::uint64_t>(n * size) * rt::kSlotBytes))
        return in.memoryLimit();
    const ObjVec copy = out->items;
    for (std::int64_t i = 1; i < n; ++i) {
        for (const ObjRef& v : copy)
            dequeAppend(in, out, v);
        if (in.pollStop(copy.size()))
            return ObjRef();
    }
    return result;
}

} // namespace

std::optional<ObjRef> dequeBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b,
                                  bool inplace) {
    if (op == syntax::Operator::Mult) {
        if (a->tag == rt::Tag::Deque)
            return dequeRepeat(in, static_cast<rt::DequeObject*>(a), b, inplace);
        if (ops::isIntLike(a))
            return dequeRepeat(in, static_cast<rt::DequeObject*>(b), a, false);
        return std::nullopt;
    }
    if (a->tag != rt::Tag::Deque)
        return std::nullopt;
    auto* d = static_cast<rt::DequeObject*>(a);
    if (op == syntax::Operator::Add && inplace) {
        if (!dequeExtend(in, d, b))
            return ObjRef();
        return ObjRef(a);
    }
    if (op == syntax::Operator::Add) {
        if (b->tag != rt::Tag::Deque) {
            in.raise("TypeError", std::string("can only concatenate deque (not \"") +
                                      in.typeName(b) + "\") to deque");
            return ObjRef();
        }
        auto* out = in.heap().make<rt::DequeObject>();
        ObjRef result(out);
        out->maxlen = d->maxlen;
        for (const ObjRef& v : d->items)
            dequeAppend(in, out, v);
        if (!dequeExtend(in, out, b))
            return ObjRef();
        return result;
    }
    return std::nullopt;
}

} // namespace memstep::core::interp
