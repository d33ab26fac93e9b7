// A list's allocated slots as CPython 3.11 counts them (Objects/listobject.c), so that
// sys.getsizeof(a_list) is 56 + 8 * slots, the number python3 prints.
//
// CPython over-allocates when a list grows one item at a time (list_resize), allocates exactly
// for a copy, a slice, `+` and `*` (list_new_prealloc), rounds up to even when list() or
// extend() fills an empty list from something whose length it knows (list_preallocate_exact),
// and guesses 8 items for an iterator that does not tell (PyObject_LengthHint). Each function
// here is one of those C functions, applied to the model; each acts only while the model holds
// for the list's length before the change (ListCapacity::length), and otherwise leaves it
// unknown, so a list changed by an operation nobody modelled is refused, never guessed.
#pragma once

#include "runtime/callable.h"
#include "runtime/heap.h"
#include "runtime/object.h"

#include <cstddef>

namespace memstep::core::rt::capacity {

inline bool holds(const ListCapacity& c, std::size_t length) {
    return c.length == length;
}

inline void forget(ListCapacity& c) {
    c.length = ListCapacity::kUnknown;
}

inline void setLength(ListCapacity& c, std::size_t length) {
    if (length >= ListCapacity::kUnknown)
        forget(c);
    else
        c.length = static_cast<std::uint32_t>(length);
}

// list_resize(self, newLength) on a list of oldLength items.
inline void resize(ListCapacity& c, std::size_t oldLength, std::size_t newLength) {
    if (!holds(c, oldLength))
        return forget(c);
    std::size_t slots = c.slots;
    if (slots >= newLength && newLength >= (slots >> 1))
        return setLength(c, newLength);
    std::size_t grown = (newLength + (newLength >> 3) + 6) & ~std::size_t{3};
    // "Do not overallocate if the new size is closer to overallocated size than to the old".
    if (newLength > oldLength && newLength - oldLength > grown - newLength)
        grown = (newLength + 3) & ~std::size_t{3};
    if (newLength == 0)
        grown = 0;
    c.slots = static_cast<std::uint32_t>(grown);
    c.storage = 1; // PyMem_Realloc(p, 0) still answers a block
    setLength(c, newLength);
}

// _list_clear: no block at all.
inline void clear(ListCapacity& c) {
    c.slots = 0;
    c.storage = 0;
    c.length = 0;
}

// PyList_New(n) and list_new_prealloc(n): exactly n slots (no block for an empty list).
inline void exact(ListCapacity& c, std::size_t n) {
    c.slots = static_cast<std::uint32_t>(n);
    c.storage = n > 0;
    setLength(c, n);
}

// The appends of a list that holds `length` items (app1, LIST_APPEND): a free slot is taken
// as it is.
inline void append(ListCapacity& c, std::size_t length) {
    if (holds(c, length) && length < c.slots)
        return setLength(c, length + 1);
    resize(c, length, length + 1);
}

// After list.insert (ins1) put one item into `l`, whose model was `before`: ins1 calls
// list_resize every time, which shrinks a list holding far fewer items than its slots (a
// split's 12), where an append would take a free slot.
inline void inserted(ListObject& l, const ListCapacity& before) {
    l.capacity = before;
    resize(l.capacity, l.items.size() - 1, l.items.size());
}

// How list_extend sizes the list before taking the items of its argument.
enum class Hint : std::uint8_t {
    Exact,   // a list or a tuple (PySequence_Fast): the items are counted first
    Length,  // len() or __length_hint__ tells the number of items
    Guess,   // an iterator that does not tell: 8
    Unknown, // not modelled (a program's class may answer anything)
};

// What list_extend learns of `iterable` before it takes its items. A program's object is not
// modelled (its __len__ or __length_hint__ may answer anything), nor a module's iterator.
inline Hint hintOf(const Object* iterable) {
    using K = IteratorObject::Kind;
    if (iterable->subclassed)
        return Hint::Unknown;
    switch (iterable->tag) {
    case Tag::List:
        return Hint::Exact;
    case Tag::Tuple: // a namedtuple is not PyTuple_CheckExact, but it has a length
        return static_cast<const TupleObject*>(iterable)->cls ? Hint::Length : Hint::Exact;
    case Tag::Str:
    case Tag::Bytes:
    case Tag::ByteArray:
    case Tag::Dict:
    case Tag::DictView:
    case Tag::Set:
    case Tag::FrozenSet:
    case Tag::Range:
    case Tag::Deque:
        return Hint::Length;
    case Tag::Iterator:
        switch (static_cast<const IteratorObject*>(iterable)->kind) {
        case K::Seq:
        case K::Range:
        case K::Str:
        case K::Bytes:
        case K::DictKeys:
        case K::DictValues:
        case K::DictItems:
        case K::Set:
        case K::Reversed:
            return Hint::Length; // each has __length_hint__: what is left
        case K::Map:
        case K::Filter:
        case K::Zip:
        case K::Enumerate:
        case K::Generator:
            return Hint::Guess;
        default:
            return Hint::Unknown;
        }
    default:
        return Hint::Unknown;
    }
}

// list_extend of `added` items into a list of `length` items.
inline void extend(ListCapacity& c, std::size_t length, Hint hint, std::size_t added) {
    if (hint == Hint::Unknown || !holds(c, length))
        return forget(c);
    if (hint == Hint::Exact) {
        if (added == 0)
            return;
        if (!c.storage) { // list_preallocate_exact rounds up to an even number of slots
            exact(c, (added + 1) & ~std::size_t{1});
            return setLength(c, length + added);
        }
        return resize(c, length, length + added);
    }
    std::size_t guess = hint == Hint::Length ? added : 8;
    if (!c.storage) {
        if (guess > 0)
            exact(c, (guess + 1) & ~std::size_t{1});
        setLength(c, length);
    } else {
        resize(c, length, length + guess);
        setLength(c, length); // "Make the list sane again"
    }
    std::size_t n = length;
    for (std::size_t i = 0; i < added; ++i, ++n) {
        if (n < c.slots)
            setLength(c, n + 1);
        else
            resize(c, n, n + 1);
    }
    if (n < c.slots)
        resize(c, n, n);
}

// list_ass_slice replacing `removed` items by `inserted` ones in a list of `length` items.
inline void replaceSlice(ListCapacity& c, std::size_t length, std::size_t removed,
                         std::size_t inserted) {
    if (!holds(c, length))
        return forget(c);
    std::size_t newLength = length - removed + inserted;
    if (newLength == 0)
        return clear(c);
    if (newLength != length)
        resize(c, length, newLength);
}

// PyList_Append `count` times from an empty list (str.splitlines, re.findall).
inline void appended(ListCapacity& c, std::size_t count) {
    clear(c);
    for (std::size_t n = 0; n < count; ++n)
        append(c, n);
}

// stringlib's split and rsplit (Objects/stringlib/split.h): PREALLOC_SIZE(maxsplit) slots, at
// most MAX_PREALLOC; a part past that many is appended, and fewer parts leave the slots
// allocated. A negative maxsplit is no limit.
inline void splitResult(ListCapacity& c, std::int64_t maxsplit, std::size_t count) {
    constexpr std::size_t kMaxPrealloc = 12; // MAX_PREALLOC
    std::size_t prealloc = maxsplit < 0 || static_cast<std::uint64_t>(maxsplit) >= kMaxPrealloc
                               ? kMaxPrealloc
                               : static_cast<std::size_t>(maxsplit) + 1;
    exact(c, prealloc);
    setLength(c, std::min(count, prealloc));
    for (std::size_t n = prealloc; n < count; ++n)
        append(c, n);
}

// A new list of `items` grown by PyList_Append from PyList_New(0).
inline Ref<ListObject> appendedList(Heap& heap, ObjVec items) {
    auto l = heap.newList(std::move(items));
    appended(l->capacity, l->items.size());
    return l;
}

// The list `l` (just built) with exactly its length of slots.
inline Ref<ListObject> exactly(Ref<ListObject> l) {
    exact(l->capacity, l->items.size());
    return l;
}

// After `del l[...]` took `removed` items one by one from a list whose model was `before`:
// list_ass_slice for a step of 1 (`contiguous`), else the extended deletion, which sets the new
// length and then calls list_resize(self, Py_SIZE(self)).
inline void deleted(ListObject& l, const ListCapacity& before, std::size_t removed,
                    bool contiguous) {
    std::size_t length = l.items.size() + removed;
    l.capacity = before;
    if (contiguous)
        return replaceSlice(l.capacity, length, removed, 0);
    if (removed == 0)
        return;
    if (holds(before, length))
        setLength(l.capacity, l.items.size());
    else
        forget(l.capacity);
    resize(l.capacity, l.items.size(), l.items.size());
}

} // namespace memstep::core::rt::capacity

namespace memstep::core::rt {

// a[start:stop] = items for a step of 1 (list_ass_slice), with its allocation and the heap's
// byte count: without the count, a `del a[:]` after it would take back bytes never counted.
inline void replaceListSlice(Heap& heap, ListObject& l, std::int64_t start, std::int64_t stop,
                             const ObjVec& items) {
    capacity::replaceSlice(l.capacity, l.items.size(), static_cast<std::size_t>(stop - start),
                           items.size());
    heap.recharge(&l, (static_cast<std::int64_t>(items.size()) - (stop - start)) *
                          static_cast<std::int64_t>(kSlotBytes));
    l.items.erase(l.items.begin() + start, l.items.begin() + stop);
    l.items.insert(l.items.begin() + start, items.begin(), items.end());
}

} // namespace memstep::core::rt
