// Indexing and slicing, iteration and attributes (the mutation helpers that keep the tracer
// informed: container_mutations.cpp; str() and repr(): repr.cpp).
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"
#include "interp/builtins/bytes_util.h"
#include "interp/generators/generator.h"
#include "interp/interpreter.h"
#include "interp/operators/binary_operators.h"
#include "interp/operators/deque_ops.h"
#include "interp/tracing/tracer.h"
#include "numeric/float_format.h"
#include "runtime/list_capacity.h"
#include "runtime/module.h"

namespace memstep::core::interp {

namespace {

std::string_view charAt(const rt::StrObject* s, std::int64_t i) {
    if (s->ascii)
        return std::string_view(s->text).substr(static_cast<std::size_t>(i), 1);
    std::uint32_t b = s->offsets[static_cast<std::size_t>(i)];
    std::uint32_t e = s->offsets[static_cast<std::size_t>(i) + 1];
    return std::string_view(s->text).substr(b, e - b);
}

struct SliceIndices {
    std::int64_t start = 0, stop = 0, step = 1, length = 0;
};

// What nextUsedSlot answers when the dict or set changed size since the iterator was made.
constexpr std::int64_t kChangedSize = -2;

// Where a dict or set iterator goes next: the first used slot (one with a key) of `slots`, a
// dict's entries or a set's table, from its position; -1 at the end, or kChangedSize, after
// which it stays exhausted, as CPython's.
template <class Slot>
std::int64_t nextUsedSlot(rt::IteratorObject* it, std::size_t used,
                          const std::vector<Slot>& slots) {
    if (used != it->expectedSize) {
        it->expectedSize = static_cast<std::size_t>(-1);
        return kChangedSize;
    }
    const auto size = static_cast<std::int64_t>(slots.size());
    while (it->pos < size && !slots[static_cast<std::size_t>(it->pos)].key)
        ++it->pos;
    if (it->pos >= size)
        return -1;
    return it->pos++;
}

} // namespace

static bool sliceIndices(Interpreter& in, rt::SliceObject* s, std::int64_t length,
                         SliceIndices& out) {
    auto get = [&](const ObjRef& given, std::int64_t& dst, bool& present) -> bool {
        present = given->tag != rt::Tag::None;
        if (!present)
            return true;
        ObjRef v = given; // or the int a program's __index__ returned
        Object* key = v.get();
        if (!indexKey(in, key, v))
            return false;
        if (v->tag == rt::Tag::Int && static_cast<rt::IntObject*>(v.get())->isBig()) {
            dst = static_cast<rt::IntObject*>(v.get())->big->isNegative() ? INT64_MIN / 2
                                                                          : INT64_MAX / 2;
            return true;
        }
        if (v->tag != rt::Tag::Int && v->tag != rt::Tag::Bool) {
            in.raise("TypeError",
                     "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        auto idx = in.indexValue(v.get(), "");
        if (!idx)
            return false;
        dst = *idx;
        return true;
    };
    std::int64_t start = 0, stop = 0, step = 1;
    bool hasStart = false, hasStop = false, hasStep = false;
    if (!get(s->step, step, hasStep))
        return false;
    if (!hasStep)
        step = 1;
    if (step == 0) {
        in.raise("ValueError", "slice step cannot be zero");
        return false;
    }
    if (!get(s->start, start, hasStart) || !get(s->stop, stop, hasStop))
        return false;
    if (!hasStart) {
        start = step < 0 ? length - 1 : 0;
    } else if (start < 0) {
        start += length;
        if (start < 0)
            start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (!hasStop) {
        stop = step < 0 ? -1 : length;
    } else if (stop < 0) {
        stop += length;
        if (stop < 0)
            stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    std::int64_t n = 0;
    if (step < 0) {
        if (stop < start)
            n = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        n = (stop - start - 1) / step + 1;
    }
    out = SliceIndices{start, stop, step, n};
    return true;
}

bool sliceBounds(Interpreter& in, rt::SliceObject* s, std::int64_t length, std::int64_t& start,
                 std::int64_t& step, std::int64_t& count, std::int64_t* stop) {
    SliceIndices ix;
    if (!sliceIndices(in, s, length, ix))
        return false;
    if (stop)
        *stop = ix.stop;
    start = ix.start;
    step = ix.step;
    count = ix.length;
    return true;
}

ObjRef Interpreter::slice(Object* o, rt::SliceObject* s) {
    std::int64_t length = 0;
    switch (o->tag) {
    case rt::Tag::List:
        length = static_cast<std::int64_t>(static_cast<rt::ListObject*>(o)->items.size());
        break;
    case rt::Tag::Tuple:
        length = static_cast<std::int64_t>(static_cast<rt::TupleObject*>(o)->items.size());
        break;
    case rt::Tag::Str:
        length = static_cast<rt::StrObject*>(o)->length;
        break;
    case rt::Tag::Range:
        length = static_cast<rt::RangeObject*>(o)->length();
        break;
    default:
        return raise("TypeError", "'" + std::string(typeName(o)) + "' object is not subscriptable");
    }
    SliceIndices ix;
    if (!sliceIndices(*this, s, length, ix))
        return nullptr;
    if (o->tag == rt::Tag::Str) {
        auto* str = static_cast<rt::StrObject*>(o);
        if (ix.step == 1 && ix.length == length)
            return exactValue(*this, ObjRef(o)); // Name("ab")[:] is a plain str
        std::string out;
        if (str->ascii && ix.step == 1) {
            out = str->text.substr(static_cast<std::size_t>(ix.start),
                                   static_cast<std::size_t>(ix.length));
        } else {
            for (std::int64_t i = 0, p = ix.start; i < ix.length; ++i, p += ix.step)
                out += charAt(str, p);
        }
        // CPython copies a stepped slice into a new object, bypassing the one-character cache
        // a plain slice (PyUnicode_Substring) uses: `"ab"[::2] is "ab"[0]` is False.
        if (ix.step != 1 && !out.empty())
            return m_heap->freshStr(std::move(out));
        return newStr(std::move(out));
    }
    if (o->tag == rt::Tag::Range) {
        auto* r = static_cast<rt::RangeObject*>(o);
        auto* nr = m_heap->make<rt::RangeObject>();
        nr->start = r->start + ix.start * r->step;
        nr->step = r->step * ix.step;
        // CPython's compute_slice maps the clamped stop index through the range, so
        // `range(4)[1::2]` is range(1, 4, 2), not the normalised range(1, 5, 2).
        nr->stop = r->start + ix.stop * r->step;
        return ObjRef(nr);
    }
    const ObjVec& src = o->tag == rt::Tag::List ? static_cast<rt::ListObject*>(o)->items
                                                : static_cast<rt::TupleObject*>(o)->items;
    if (o->tag == rt::Tag::Tuple && ix.step == 1 && ix.length == length && !namedTupleType(o))
        return exactValue(*this, ObjRef(o)); // Point(...)[:] is a plain tuple
    ObjVec items;
    items.reserve(static_cast<std::size_t>(ix.length));
    for (std::int64_t i = 0, p = ix.start; i < ix.length; ++i, p += ix.step)
        items.push_back(src[static_cast<std::size_t>(p)]);
    if (o->tag == rt::Tag::List) // list_new_prealloc
        return rt::capacity::exactly(m_heap->newList(std::move(items)));
    return m_heap->newTuple(std::move(items));
}

ObjRef Interpreter::subscript(Object* o, Object* key, bool own) {
    if (o->subclassed && !own && lookupInType(typeOf(o), "__getitem__")) {
        bool found = false;
        return callDunder(o, "__getitem__", {ObjRef(key)}, &found);
    }
    switch (o->tag) {
    case rt::Tag::Deque:
        return dequeItem(*this, static_cast<rt::DequeObject*>(o), key);
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
        return bytesSubscript(*this, o, key);
    case rt::Tag::List:
    case rt::Tag::Tuple:
    case rt::Tag::Str:
    case rt::Tag::Range: {
        if (key->tag == rt::Tag::Slice)
            return slice(o, static_cast<rt::SliceObject*>(key));
        const char* name = o->tag == rt::Tag::List    ? "list"
                           : o->tag == rt::Tag::Tuple ? "tuple"
                           : o->tag == rt::Tag::Str   ? "string"
                                                      : "range object";
        Object* given = key; // CPython's IndexError names the type of the key given
        ObjRef hold;
        if (!indexKey(*this, key, hold))
            return nullptr;
        if (key->tag != rt::Tag::Int && key->tag != rt::Tag::Bool) {
            if (o->tag == rt::Tag::Str)
                return raise("TypeError", "string indices must be integers, not '" +
                                              std::string(typeName(key)) + "'");
            return raise("TypeError", std::string(name) +
                                          " indices must be integers or slices, not " +
                                          typeName(key));
        }
        auto idx = indexValue(key, "");
        if (!idx) {
            clearException();
            if (o->tag == rt::Tag::Range)
                return raise("IndexError", std::string(name) + " index out of range");
            return raise("IndexError", "cannot fit '" + std::string(typeName(given)) +
                                           "' into an index-sized integer");
        }
        std::int64_t i = *idx;
        std::int64_t n =
            o->tag == rt::Tag::List
                ? static_cast<std::int64_t>(static_cast<rt::ListObject*>(o)->items.size())
            : o->tag == rt::Tag::Tuple
                ? static_cast<std::int64_t>(static_cast<rt::TupleObject*>(o)->items.size())
            : o->tag == rt::Tag::Str ? static_cast<rt::StrObject*>(o)->length
                                     : static_cast<rt::RangeObject*>(o)->length();
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return raise("IndexError", std::string(name) + " index out of range");
        auto u = static_cast<std::size_t>(i);
        if (o->tag == rt::Tag::List)
            return static_cast<rt::ListObject*>(o)->items[u];
        if (o->tag == rt::Tag::Tuple)
            return static_cast<rt::TupleObject*>(o)->items[u];
        if (o->tag == rt::Tag::Range) {
            auto* r = static_cast<rt::RangeObject*>(o);
            return m_heap->newInt(r->start + i * r->step);
        }
        return newStr(std::string(charAt(static_cast<rt::StrObject*>(o), i)));
    }
    case rt::Tag::Dict: {
        auto h = hash(key);
        if (!h)
            return nullptr;
        auto* d = static_cast<rt::DictObject*>(o);
        auto pos = d->find(key, *h, *this);
        if (pos == rt::kLookupFailed)
            return nullptr;
        if (pos < 0 && d->cls) {
            bool found = false;
            ObjRef v = callLibraryDunder(o, "__missing__", {ObjRef(key)}, &found);
            if (found)
                return v;
        }
        // dict_subscript: a subclass's __missing__ answers for a missing key.
        if (pos < 0 && o->subclassed) {
            ObjRef keep(o);
            bool found = false;
            ObjRef v = callDunder(o, "__missing__", {ObjRef(key)}, &found);
            if (found)
                return v;
        }
        if (pos < 0) {
            auto r = repr(key);
            if (!r)
                return nullptr;
            auto* e = m_heap->make<rt::ExceptionObject>();
            e->type = exceptionType("KeyError");
            e->args.push_back(ObjRef(key));
            e->message = *r;
            return raiseObject(ObjRef(e));
        }
        return d->entries[static_cast<std::size_t>(pos)].value;
    }
    case rt::Tag::Type: {
        auto* t = static_cast<rt::TypeObject*>(o);
        if (t->meta && t->meta->getItem) {
            rt::CallArgs args;
            args.positional.push_back(ObjRef(key));
            return t->meta->getItem(*this, t, args);
        }
        return genericAlias(t, key);
    }
    default:
        if (isUserObject(o))
            return userSubscript(o, key);
        if (o->tag == rt::Tag::Instance) { // a library object (typing.List)
            bool found = false;
            ObjRef r = callLibraryDunder(o, "__getitem__", {ObjRef(key)}, &found);
            if (found)
                return r;
        }
        return raise("TypeError", "'" + std::string(typeName(o)) + "' object is not subscriptable");
    }
}

namespace {

// `l[key] = v` and `del l[key]` with an int key: the position, negative keys counted from the
// end; nullopt with TypeError or IndexError set.
std::optional<std::int64_t> listAssignmentIndex(Interpreter& in, rt::ListObject* l, Object* key) {
    ObjRef hold;
    if (!indexKey(in, key, hold))
        return std::nullopt;
    if (key->tag != rt::Tag::Int && key->tag != rt::Tag::Bool) {
        in.raise("TypeError",
                 "list indices must be integers or slices, not " + std::string(in.typeName(key)));
        return std::nullopt;
    }
    auto idx = in.indexValue(key, "");
    if (!idx)
        return std::nullopt;
    std::int64_t i = *idx;
    auto n = static_cast<std::int64_t>(l->items.size());
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        in.raise("IndexError", "list assignment index out of range");
        return std::nullopt;
    }
    return i;
}

} // namespace

bool Interpreter::storeSubscript(Object* o, Object* key, ObjRef value, bool own) {
    if (o->subclassed && !own && lookupInType(typeOf(o), "__setitem__")) {
        ObjRef keep(o);
        bool found = false;
        return static_cast<bool>(
            callDunder(o, "__setitem__", {ObjRef(key), std::move(value)}, &found));
    }
    if (o->tag == rt::Tag::Deque)
        return dequeStore(*this, static_cast<rt::DequeObject*>(o), key, std::move(value));
    if (o->tag == rt::Tag::ByteArray)
        return bytearrayStore(*this, o, key, value.get());
    if (o->tag == rt::Tag::List) {
        auto* l = static_cast<rt::ListObject*>(o);
        if (key->tag == rt::Tag::Slice) {
            SliceIndices ix;
            if (!sliceIndices(*this, static_cast<rt::SliceObject*>(key),
                              static_cast<std::int64_t>(l->items.size()), ix))
                return false;
            ObjVec items;
            if (value.get() == o) {
                items = l->items;
            } else if (!collect(value.get(), items)) {
                clearException();
                raise("TypeError", "must assign iterable to extended slice");
                return false;
            }
            if (ix.step == 1) {
                rt::replaceListSlice(*m_heap, *l, ix.start, std::max(ix.start, ix.stop), items);
                listReplaced(l);
                return true;
            }
            if (static_cast<std::int64_t>(items.size()) != ix.length) {
                raise("ValueError", "attempt to assign sequence of size " +
                                        std::to_string(items.size()) +
                                        " to extended slice of size " + std::to_string(ix.length));
                return false;
            }
            for (std::int64_t i = 0, p = ix.start; i < ix.length; ++i, p += ix.step)
                listSet(l, p, items[static_cast<std::size_t>(i)]);
            return true;
        }
        std::optional<std::int64_t> i = listAssignmentIndex(*this, l, key);
        if (!i)
            return false;
        listSet(l, *i, std::move(value));
        return true;
    }
    if (o->tag == rt::Tag::Dict)
        return dictSet(static_cast<rt::DictObject*>(o), ObjRef(key), std::move(value));
    if (isUserObject(o))
        return userStoreSubscript(o, key, std::move(value));
    raise("TypeError",
          "'" + std::string(typeName(o)) + "' object does not support item assignment");
    return false;
}

bool Interpreter::deleteSubscript(Object* o, Object* key, bool own) {
    if (o->subclassed && !own && lookupInType(typeOf(o), "__delitem__")) {
        ObjRef keep(o);
        bool found = false;
        return static_cast<bool>(callDunder(o, "__delitem__", {ObjRef(key)}, &found));
    }
    if (libraryDictType(o)) {
        bool found = false;
        ObjRef done = callLibraryDunder(o, "__delitem__", {ObjRef(key)}, &found);
        if (found)
            return static_cast<bool>(done);
    }
    if (o->tag == rt::Tag::Deque)
        return dequeStore(*this, static_cast<rt::DequeObject*>(o), key, nullptr);
    if (o->tag == rt::Tag::ByteArray)
        return bytearrayStore(*this, o, key, nullptr);
    if (o->tag == rt::Tag::List) {
        auto* l = static_cast<rt::ListObject*>(o);
        if (key->tag == rt::Tag::Slice) {
            SliceIndices ix;
            if (!sliceIndices(*this, static_cast<rt::SliceObject*>(key),
                              static_cast<std::int64_t>(l->items.size()), ix))
                return false;
            std::vector<std::int64_t> positions;
            for (std::int64_t i = 0, p = ix.start; i < ix.length; ++i, p += ix.step)
                positions.push_back(p);
            std::sort(positions.begin(), positions.end());
            rt::ListCapacity before = l->capacity;
            for (auto it = positions.rbegin(); it != positions.rend(); ++it)
                listRemove(l, *it);
            rt::capacity::deleted(*l, before, positions.size(), ix.step == 1);
            return true;
        }
        std::optional<std::int64_t> i = listAssignmentIndex(*this, l, key);
        if (!i)
            return false;
        listRemove(l, *i);
        return true;
    }
    if (o->tag == rt::Tag::Dict) {
        auto h = hash(key);
        if (!h)
            return false;
        auto* d = static_cast<rt::DictObject*>(o);
        auto pos = d->find(key, *h, *this);
        if (pos == rt::kLookupFailed)
            return false;
        if (pos < 0) {
            auto r = repr(key);
            if (!r)
                return false;
            auto* e = m_heap->make<rt::ExceptionObject>();
            e->type = exceptionType("KeyError");
            e->args.push_back(ObjRef(key));
            e->message = *r;
            raiseObject(ObjRef(e));
            return false;
        }
        dictRemoveAt(d, pos);
        return true;
    }
    if (isUserObject(o))
        return userDeleteSubscript(o, key);
    raise("TypeError", "'" + std::string(typeName(o)) + "' object doesn't support item deletion");
    return false;
}

ObjRef Interpreter::iter(Object* o) {
    using K = rt::IteratorObject::Kind;
    auto make = [&](K kind, const char* name) {
        auto* it = m_heap->make<rt::IteratorObject>();
        it->kind = kind;
        it->source = ObjRef(o);
        it->typeName = name;
        return it;
    };
    if (o->tag == rt::Tag::Type) {
        auto* t = static_cast<rt::TypeObject*>(o);
        if (t->meta && t->meta->iter) {
            rt::CallArgs none;
            return t->meta->iter(*this, t, none);
        }
    }
    if (Object* fn = ops::libraryValueMethod(o, "__iter__", o->tag == rt::Tag::Int)) {
        rt::CallArgs args;
        args.positional = {ObjRef(o)};
        return call(fn, args);
    }
    switch (o->tag) {
    case rt::Tag::List:
        return ObjRef(make(K::Seq, "list_iterator"));
    case rt::Tag::Tuple:
        return ObjRef(make(K::Seq, "tuple_iterator"));
    case rt::Tag::Deque: {
        auto* it = make(K::Seq, "_collections._deque_iterator");
        it->expectedSize = static_cast<rt::DequeObject*>(o)->state; // for a deque: its state
        return ObjRef(it);
    }
    case rt::Tag::Str:
        return ObjRef(make(K::Str, static_cast<rt::StrObject*>(o)->ascii ? "str_ascii_iterator"
                                                                         : "str_iterator"));
    case rt::Tag::Bytes:
        return ObjRef(make(K::Bytes, "bytes_iterator"));
    case rt::Tag::ByteArray:
        return ObjRef(make(K::Bytes, "bytearray_iterator"));
    case rt::Tag::Range: {
        auto* r = static_cast<rt::RangeObject*>(o);
        auto* it = make(K::Range, "range_iterator");
        it->cur = r->start;
        it->step = r->step;
        it->stop = r->length();
        return ObjRef(it);
    }
    case rt::Tag::Dict: {
        auto* it = make(K::DictKeys, "dict_keyiterator");
        it->expectedSize = static_cast<rt::DictObject*>(o)->used;
        return ObjRef(it);
    }
    case rt::Tag::DictView: {
        auto* v = static_cast<rt::DictViewObject*>(o);
        auto kind = v->kind == rt::DictViewObject::Kind::Keys     ? K::DictKeys
                    : v->kind == rt::DictViewObject::Kind::Values ? K::DictValues
                                                                  : K::DictItems;
        auto* it = make(kind, kind == K::DictKeys     ? "dict_keyiterator"
                              : kind == K::DictValues ? "dict_valueiterator"
                                                      : "dict_itemiterator");
        it->source = v->dict;
        it->expectedSize = static_cast<rt::DictObject*>(v->dict.get())->used;
        return ObjRef(it);
    }
    case rt::Tag::Set:
    case rt::Tag::FrozenSet: {
        auto* it = make(K::Set, "set_iterator");
        it->expectedSize = static_cast<rt::SetObject*>(o)->used;
        return ObjRef(it);
    }
    case rt::Tag::Iterator:
        return ObjRef(o);
    default:
        if (isUserObject(o))
            return userIter(o);
        return raise("TypeError", "'" + std::string(typeName(o)) + "' object is not iterable");
    }
}

ObjRef Interpreter::next(Object* iterator) {
    if (pollStop())
        return nullptr;
    using K = rt::IteratorObject::Kind;
    if (iterator->tag != rt::Tag::Iterator)
        return userNext(iterator); // a class with __next__
    auto* it = static_cast<rt::IteratorObject*>(iterator);
    switch (it->kind) {
    case K::Seq: {
        if (!it->source)
            return nullptr;
        const ObjVec& items = it->source->tag != rt::Tag::Tuple
                                  ? static_cast<rt::ListObject*>(it->source.get())->items
                                  : static_cast<rt::TupleObject*>(it->source.get())->items;
        // CPython's deque iterator fails on any append or pop since it began.
        if (it->source->tag == rt::Tag::Deque &&
            static_cast<rt::DequeObject*>(it->source.get())->state != it->expectedSize) {
            it->source = nullptr;
            return raise("RuntimeError", "deque mutated during iteration");
        }
        if (it->pos >= static_cast<std::int64_t>(items.size())) {
            it->source = nullptr;
            return nullptr;
        }
        return items[static_cast<std::size_t>(it->pos++)];
    }
    case K::Range: {
        if (it->pos >= it->stop)
            return nullptr;
        ++it->pos;
        std::int64_t v = it->cur;
        it->cur += it->step;
        return m_heap->newInt(v);
    }
    case K::Bytes:
        return bytesIteratorNext(*this, it);
    case K::Str: {
        auto* s = static_cast<rt::StrObject*>(it->source.get());
        if (it->pos >= s->length)
            return nullptr;
        return newStr(std::string(charAt(s, it->pos++)));
    }
    case K::DictKeys:
    case K::DictValues:
    case K::DictItems: {
        auto* d = static_cast<rt::DictObject*>(it->source.get());
        const std::int64_t at = nextUsedSlot(it, d->used, d->entries);
        if (at == kChangedSize)
            return raise("RuntimeError", "dictionary changed size during iteration");
        if (at < 0)
            return nullptr;
        const rt::DictEntry& e = d->entries[static_cast<std::size_t>(at)];
        if (it->kind == K::DictKeys)
            return e.key;
        if (it->kind == K::DictValues)
            return e.value;
        return m_heap->newTuple({e.key, e.value});
    }
    case K::Set: {
        auto* s = static_cast<rt::SetObject*>(it->source.get());
        const std::int64_t at = nextUsedSlot(it, s->used, s->table);
        if (at == kChangedSize)
            return raise("RuntimeError", "Set changed size during iteration");
        if (at < 0)
            return nullptr;
        return s->table[static_cast<std::size_t>(at)].key;
    }
    case K::Values:
        if (it->pos >= static_cast<std::int64_t>(it->values.size()))
            return nullptr;
        return it->values[static_cast<std::size_t>(it->pos++)];
    case K::Map:
    case K::Filter:
    case K::Zip:
    case K::Enumerate:
    case K::Reversed:
    case K::Generator: {
        ObjRef v = nextLazy(it);
        if (!v)
            endIteration(); // a StopIteration the function a map calls raised ends it
        return v;
    }
    case K::Native: {
        ObjRef keep(it);
        ObjRef v = it->native->next(*this);
        if (!v)
            endIteration();
        return v;
    }
    }
    return nullptr;
}

namespace {

// A def generator's names (a generator expression's are not here) and whether it is running or
// paused at a yield; null for a name it does not give.
ObjRef generatorAttribute(Interpreter& in, rt::IteratorObject* it, const std::string& name) {
    if (it->kind != rt::IteratorObject::Kind::Generator || !it->generator)
        return nullptr;
    auto* g = static_cast<GeneratorState*>(it->generator.get());
    if (name == "gi_running")
        return in.boolean(g->status == GeneratorState::Status::Running);
    if (name == "gi_suspended")
        return in.boolean(g->status == GeneratorState::Status::Suspended);
    if (!g->function || g->function->tag != rt::Tag::Function)
        return nullptr;
    auto* fn = static_cast<rt::FunctionObject*>(g->function.get());
    if (name == "__name__")
        return in.newStr(fn->name);
    if (name == "__qualname__")
        return in.newStr(fn->code ? fn->code->qualname : fn->name);
    return nullptr;
}

} // namespace

ObjRef Interpreter::getAttr(Object* o, const std::string& name) {
    if (o->subclassed)
        return classGetAttr(o, name);
    switch (o->tag) {
    case rt::Tag::Instance:
        if (isGenericAlias(o) || isUnion(o))
            return aliasAttr(o, name);
        if (!isUserObject(o) && typeOf(o)->name == "_Feature")
            return abortUnsupported("attributes of a `__future__` feature are not supported");
        return classGetAttr(o, name);
    case rt::Tag::Method:
    case rt::Tag::Descriptor:
    case rt::Tag::Super: // super_getattro reads __class__ from super itself
        return name == "__class__" ? ObjRef(typeOf(o)) : classGetAttr(o, name);
    case rt::Tag::Type:
        if (static_cast<rt::TypeObject*>(o)->isUser)
            return classGetAttr(o, name);
        break;
    case rt::Tag::Function:
        if (ObjRef a = functionAttr(static_cast<rt::FunctionObject*>(o), name);
            a || hasException() || aborted())
            return a;
        break;
    case rt::Tag::Exception: {
        auto* e = static_cast<rt::ExceptionObject*>(o);
        if (e->type->isUser)
            return classGetAttr(o, name);
        if (const ObjRef* v = e->attrs.find(name)) // what a library set: re.error's msg, pos...
            return *v;
        break;
    }
    default:
        break;
    }
    // A library type's own methods come first: Counter.update is not dict.update.
    if (ObjRef m = libraryAttr(o, name); m || hasException())
        return m;
    if (ObjRef m = method(o, name))
        return m;
    // A class's own is its metaclass (classGetAttr); zip stands for a class (noBuiltinAttribute).
    if (name == "__class__" && o->tag != rt::Tag::Type && o->tag != rt::Tag::Builtin)
        return ObjRef(typeOf(o));
    switch (o->tag) {
    case rt::Tag::Exception:
        if (ObjRef a = exceptionAttr(static_cast<rt::ExceptionObject*>(o), name);
            a || hasException())
            return a;
        break;
    case rt::Tag::Builtin:
        if (name == "__name__")
            return newStr(static_cast<rt::BuiltinObject*>(o)->name);
        if (const auto& py = static_cast<rt::BuiltinObject*>(o)->python) {
            if (name == "__qualname__") // a library's Python function: PrettyPrinter.pformat
                return newStr(py->qualname);
            for (const auto& [n, v] : py->attrs)
                if (n == name)
                    return v;
        }
        return noBuiltinAttribute(static_cast<rt::BuiltinObject*>(o), name);
    case rt::Tag::Type:
        return classGetAttr(o, name); // __name__, __mro__, ... and the error
    case rt::Tag::Module: {
        if (o == m_builtinsModule.get())
            return builtinsModuleAttr(name);
        auto* m = static_cast<rt::ModuleObject*>(o);
        if (Object* v = m->find(name))
            return ObjRef(v);
        if (name == "__name__")
            return internedStr(m->name);
        // Every CPython module has these (dir() leaves __dict__ out of the module's list).
        if (isMissingModuleAttribute(m->name, name) || name == "__dict__" || name == "__spec__" ||
            name == "__loader__" || name == "__package__") {
            abortUnsupported("`" + m->name + "." + name + "` is not supported");
            return nullptr;
        }
        raise("AttributeError", "module '" + m->name + "' has no attribute '" + name + "'");
        static_cast<rt::ExceptionObject*>(m_exception.get())->missingName = name;
        static_cast<rt::ExceptionObject*>(m_exception.get())->missingFrom = ObjRef(o);
        return nullptr;
    }
    case rt::Tag::Int:
    case rt::Tag::Bool:
    case rt::Tag::Float:
    case rt::Tag::Complex:
        if (ObjRef a = numberAttribute(*this, o, name))
            return a;
        break;
    case rt::Tag::Iterator:
        if (ObjRef a = generatorAttribute(*this, static_cast<rt::IteratorObject*>(o), name))
            return a;
        break;
    case rt::Tag::Range:
    case rt::Tag::Slice:
        if (ObjRef a = rangeOrSliceAttribute(*this, o, name))
            return a;
        break;
    default:
        break;
    }
    return noAttribute(typeName(o), name,
                       "'" + std::string(typeName(o)) + "' object has no attribute '" + name + "'",
                       o);
}

} // namespace memstep::core::interp
