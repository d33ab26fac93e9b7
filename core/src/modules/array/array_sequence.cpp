// array.array as a sequence: len, indexing and slicing (read, assigned, deleted), `in`,
// iteration, +, *, += and *=, the comparisons, repr and copying, with CPython 3.11's messages
// (array_subscr, array_ass_subscr, array_concat, array_richcompare...). An index or slice is
// read as PySequence does it (an object's __index__ runs); the items are compared as
// PyObject_RichCompareBool compares them.
#include "interp/builtins/bytes_util.h"
#include "modules/array/array_object.h"

namespace memstep::core::modules::array {

namespace {

ObjRef notArray(Interpreter& in) {
    return in.notImplemented();
}

// A key that is an index (PyIndex_Check): its value, or nullopt with IndexError for one too big
// (PyNumber_AsSsize_t(key, IndexError)). `isIndex` is false for a key that is not one.
std::optional<std::int64_t> indexOf(Interpreter& in, Object* key, bool& isIndex) {
    isIndex = key->tag == rt::Tag::Int || key->tag == rt::Tag::Bool || in.hasUserIndex(key);
    if (!isIndex)
        return std::nullopt;
    return interp::sizedIndexKey(in, key);
}

// repeat(a, n) as array_repeat: n <= 0 is empty; more than memory allows is the memory limit.
bool repeated(Interpreter& in, const std::string& data, std::int64_t n, std::string& out) {
    if (n <= 0 || data.empty())
        return true;
    if (static_cast<std::uint64_t>(n) > (UINT64_MAX / 2) / data.size() ||
        !in.heap().canAllocate(static_cast<std::uint64_t>(n) * data.size())) {
        in.memoryLimit();
        return false;
    }
    out.reserve(static_cast<std::size_t>(n) * data.size());
    for (std::int64_t k = 0; k < n; ++k)
        out += data;
    return true;
}

// The count of a repetition (`a * n`): an int, or CPython's TypeError for a sequence times
// something else.
std::optional<std::int64_t> repeatCount(Interpreter& in, Object* n) {
    if (n->tag != rt::Tag::Int && n->tag != rt::Tag::Bool && !in.hasUserIndex(n)) {
        in.raise("TypeError", std::string("can't multiply sequence by non-int of type '") +
                                  in.typeName(n) + "'");
        return std::nullopt;
    }
    ObjRef hold;
    if (!interp::indexKey(in, n, hold))
        return std::nullopt;
    if (n->tag == rt::Tag::Int && static_cast<rt::IntObject*>(n)->isBig()) {
        if (static_cast<rt::IntObject*>(n)->big->isNegative())
            return 0;
        in.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
        return std::nullopt;
    }
    return interp::intArg(in, n);
}

ObjRef len(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__len__");
    if (!a || !interp::argCount(in, args, "__len__", 0, 0))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(length(a)));
}

ObjRef getItem(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__getitem__");
    if (!a || !interp::argCount(in, args, "array.__getitem__", 1, 1))
        return nullptr;
    Object* key = args.positional[0].get();
    bool isIndex = false;
    auto i = indexOf(in, key, isIndex);
    const auto n = static_cast<std::int64_t>(length(a));
    if (isIndex) {
        if (!i)
            return nullptr;
        std::int64_t at = *i < 0 ? *i + n : *i;
        if (at < 0 || at >= n)
            return in.raise("IndexError", "array index out of range");
        return item(in, a, static_cast<std::size_t>(at));
    }
    if (key->tag != rt::Tag::Slice)
        return in.raise("TypeError", "array indices must be integers");
    std::int64_t start = 0, step = 1, count = 0;
    if (!interp::sliceBounds(in, static_cast<rt::SliceObject*>(key), n, start, step, count))
        return nullptr;
    const std::size_t size = itemSize(a->code);
    std::string data;
    for (std::int64_t k = 0; k < count; ++k)
        data.append(a->data, static_cast<std::size_t>(start + k * step) * size, size);
    ObjRef out;
    newLike(in, a, std::move(data), out);
    return out;
}

// a[key] = value (value null: del a[key]), as array_ass_subscr.
bool assign(Interpreter& in, ArrayObject* a, Object* key, Object* value) {
    const auto n = static_cast<std::int64_t>(length(a));
    const std::size_t size = itemSize(a->code);
    std::int64_t start = 0, stop = 0, step = 1, count = 0;
    bool isIndex = false;
    auto i = indexOf(in, key, isIndex);
    if (isIndex) {
        if (!i)
            return false;
        std::int64_t at = *i < 0 ? *i + n : *i;
        if (at < 0 || at >= n) {
            in.raise("IndexError", "array assignment index out of range");
            return false;
        }
        if (value) {
            std::string bytes;
            if (!pack(in, a->code, value, bytes))
                return false;
            a->data.replace(static_cast<std::size_t>(at) * size, size, bytes);
            return true;
        }
        start = at;
        stop = at + 1;
        count = 1;
    } else if (key->tag == rt::Tag::Slice) {
        if (!interp::sliceBounds(in, static_cast<rt::SliceObject*>(key), n, start, step, count,
                                 &stop))
            return false;
    } else {
        in.raise("TypeError", "array indices must be integers");
        return false;
    }
    std::string other; // the items assigned (a copy: a[i:j] = a reads a as it was)
    if (value) {
        ArrayObject* b = asArray(value);
        if (!b) {
            in.raise("TypeError", std::string("can only assign array (not \"") +
                                      in.typeName(value) + "\") to array slice");
            return false;
        }
        if (b->code != a->code) {
            in.raise("TypeError", "bad argument type for built-in operation");
            return false;
        }
        other = b->data;
    }
    const auto needed = static_cast<std::int64_t>(other.size() / size);
    if (step == 1) {
        if (stop < start)
            stop = start;
        if (!resizable(in, a,
                       a->data.size() + other.size() -
                           static_cast<std::size_t>(stop - start) * size))
            return false;
        a->data.replace(static_cast<std::size_t>(start) * size,
                        static_cast<std::size_t>(stop - start) * size, other);
        return true;
    }
    if (value && needed != count) {
        in.raise("ValueError", "attempt to assign array of size " + std::to_string(needed) +
                                   " to extended slice of size " + std::to_string(count));
        return false;
    }
    if (value) {
        for (std::int64_t k = 0; k < count; ++k)
            a->data.replace(static_cast<std::size_t>(start + k * step) * size, size, other,
                            static_cast<std::size_t>(k) * size, size);
        return true;
    }
    if (!resizable(in, a, a->data.size() - static_cast<std::size_t>(count) * size))
        return false;
    std::vector<bool> gone(static_cast<std::size_t>(n), false);
    for (std::int64_t k = 0; k < count; ++k)
        gone[static_cast<std::size_t>(start + k * step)] = true;
    std::string kept;
    for (std::size_t k = 0; k < gone.size(); ++k)
        if (!gone[k])
            kept.append(a->data, k * size, size);
    a->data = std::move(kept);
    return true;
}

ObjRef setItem(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__setitem__");
    if (!a || !interp::argCount(in, args, "__setitem__", 2, 2))
        return nullptr;
    ObjRef value = args.positional[1]; // kept alive while a[...] = a copies it
    if (!assign(in, a, args.positional[0].get(), value.get()))
        return nullptr;
    changed(in, a);
    return in.none();
}

ObjRef delItem(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__delitem__");
    if (!a || !interp::argCount(in, args, "__delitem__", 1, 1))
        return nullptr;
    if (!assign(in, a, args.positional[0].get(), nullptr))
        return nullptr;
    changed(in, a);
    return in.none();
}

ObjRef contains(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__contains__");
    if (!a || !interp::argCount(in, args, "__contains__", 1, 1))
        return nullptr;
    ObjRef x = args.positional[0];
    for (std::size_t i = 0; i < length(a); ++i) {
        ObjRef v = item(in, a, i);
        int eq = in.compare(syntax::CmpOperator::Eq, v.get(), x.get());
        if (eq < 0)
            return nullptr;
        if (eq)
            return in.boolean(true);
    }
    return in.boolean(false);
}

ObjRef iter(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__iter__");
    if (!a || !interp::argCount(in, args, "__iter__", 0, 0))
        return nullptr;
    return newSequenceIterator(in, a, "arrayiterator", "array.arrayiterator",
                               [](Interpreter& in, Object* sequence, std::size_t pos) -> ObjRef {
                                   const ArrayObject* a = asArray(sequence);
                                   return pos < length(a) ? item(in, a, pos) : nullptr;
                               });
}

ObjRef add(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__add__");
    if (!a || !interp::argCount(in, args, "array.__add__", 1, 1))
        return nullptr;
    ArrayObject* b = asArray(args.positional[0].get());
    if (!b)
        return in.raise("TypeError", std::string("can only append array (not \"") +
                                         in.typeName(args.positional[0].get()) + "\") to array");
    if (b->code != a->code)
        return in.raise("TypeError", "bad argument type for built-in operation");
    ObjRef out;
    newLike(in, a, a->data + b->data, out);
    return out;
}

ObjRef iadd(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__iadd__");
    if (!a || !interp::argCount(in, args, "array.__iadd__", 1, 1))
        return nullptr;
    ArrayObject* b = asArray(args.positional[0].get());
    if (!b)
        return in.raise("TypeError", std::string("can only extend array with array (not \"") +
                                         in.typeName(args.positional[0].get()) + "\")");
    if (b->code != a->code)
        return in.raise("TypeError", "can only extend with array of same kind");
    if (!resizable(in, a, a->data.size() + b->data.size()))
        return nullptr;
    a->data += std::string(b->data); // a += a doubles it
    changed(in, a);
    return ObjRef(a);
}

ObjRef mul(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__mul__");
    if (!a || !interp::argCount(in, args, "array.__mul__", 1, 1))
        return nullptr;
    auto n = repeatCount(in, args.positional[0].get());
    std::string data;
    if (!n || !repeated(in, a->data, *n, data))
        return nullptr;
    ObjRef out;
    newLike(in, a, std::move(data), out);
    return out;
}

// n * a repeats a; a sequence on the left keeps its own error ('x' * a: "can't multiply
// sequence by non-int of type 'array.array'"), anything else is a's (2.0 * a: "... 'float'").
ObjRef rmul(Interpreter& in, Object* self, CallArgs& args) {
    if (selfOf(in, self, "__rmul__") && args.positional.size() == 1) {
        switch (args.positional[0]->tag) {
        case rt::Tag::Str:
        case rt::Tag::List:
        case rt::Tag::Tuple:
        case rt::Tag::Bytes:
        case rt::Tag::ByteArray:
        case rt::Tag::Deque:
            return in.notImplemented();
        default:
            break;
        }
    }
    return mul(in, self, args);
}

ObjRef imul(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__imul__");
    if (!a || !interp::argCount(in, args, "array.__imul__", 1, 1))
        return nullptr;
    auto n = repeatCount(in, args.positional[0].get());
    std::string data;
    if (!n || !repeated(in, a->data, *n, data) || !resizable(in, a, data.size()))
        return nullptr;
    a->data = std::move(data);
    changed(in, a);
    return ObjRef(a);
}

// array_richcompare: the first pair of items that differ decides, else the lengths.
ObjRef compare(Interpreter& in, Object* self, CallArgs& args, syntax::CmpOperator op,
               const char* name) {
    ArrayObject* a = selfOf(in, self, name);
    if (!a || !interp::argCount(in, args, name, 1, 1))
        return nullptr;
    ArrayObject* b = asArray(args.positional[0].get());
    if (!b)
        return notArray(in);
    using Op = syntax::CmpOperator;
    const std::size_t na = length(a), nb = length(b);
    if (na != nb && (op == Op::Eq || op == Op::NotEq))
        return in.boolean(op == Op::NotEq);
    for (std::size_t i = 0; i < na && i < nb; ++i) {
        ObjRef x = item(in, a, i), y = item(in, b, i);
        int eq = in.compare(Op::Eq, x.get(), y.get());
        if (eq < 0)
            return nullptr;
        if (eq)
            continue;
        if (op == Op::Eq || op == Op::NotEq)
            return in.boolean(op == Op::NotEq);
        int r = in.compare(op, x.get(), y.get());
        return r < 0 ? nullptr : in.boolean(r == 1);
    }
    bool r = false;
    switch (op) {
    case Op::Lt:
        r = na < nb;
        break;
    case Op::LtE:
        r = na <= nb;
        break;
    case Op::Eq:
        r = na == nb;
        break;
    case Op::NotEq:
        r = na != nb;
        break;
    case Op::Gt:
        r = na > nb;
        break;
    default:
        r = na >= nb;
        break;
    }
    return in.boolean(r);
}

ObjRef repr(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__repr__");
    if (!a || !interp::argCount(in, args, "__repr__", 0, 0))
        return nullptr;
    return in.newStr(reprText(a));
}

ObjRef copy(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__copy__");
    if (!a || !interp::argCount(in, args, "array.__copy__", 0, 0))
        return nullptr;
    ObjRef out;
    newLike(in, a, a->data, out);
    return out;
}

ObjRef deepcopy(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "__deepcopy__");
    if (!a || !interp::argCount(in, args, "array.__deepcopy__", 1, 1))
        return nullptr;
    ObjRef out;
    newLike(in, a, a->data, out);
    return out;
}

} // namespace

void addSequenceMethods(Interpreter& in, rt::TypeObject* t) {
    using Op = syntax::CmpOperator;
    addNativeMethod(in, t, "__repr__", repr);
    addNativeMethod(in, t, "__len__", len);
    addNativeMethod(in, t, "__getitem__", getItem);
    addNativeMethod(in, t, "__setitem__", setItem);
    addNativeMethod(in, t, "__delitem__", delItem);
    addNativeMethod(in, t, "__contains__", contains);
    addNativeMethod(in, t, "__iter__", iter);
    addNativeMethod(in, t, "__add__", add);
    addNativeMethod(in, t, "__iadd__", iadd);
    addNativeMethod(in, t, "__mul__", mul);
    addNativeMethod(in, t, "__rmul__", rmul);
    addNativeMethod(in, t, "__imul__", imul);
    addNativeMethod(in, t, "__eq__", [](Interpreter& in, Object* self, CallArgs& args) {
        return compare(in, self, args, Op::Eq, "__eq__");
    });
    addNativeMethod(in, t, "__ne__", [](Interpreter& in, Object* self, CallArgs& args) {
        return compare(in, self, args, Op::NotEq, "__ne__");
    });
    addNativeMethod(in, t, "__lt__", [](Interpreter& in, Object* self, CallArgs& args) {
        return compare(in, self, args, Op::Lt, "__lt__");
    });
    addNativeMethod(in, t, "__le__", [](Interpreter& in, Object* self, CallArgs& args) {
        return compare(in, self, args, Op::LtE, "__le__");
    });
    addNativeMethod(in, t, "__gt__", [](Interpreter& in, Object* self, CallArgs& args) {
        return compare(in, self, args, Op::Gt, "__gt__");
    });
    addNativeMethod(in, t, "__ge__", [](Interpreter& in, Object* self, CallArgs& args) {
        return compare(in, self, args, Op::GtE, "__ge__");
    });
    addNativeMethod(in, t, "__copy__", copy);
    addNativeMethod(in, t, "__deepcopy__", deepcopy);
}

} // namespace memstep::core::modules::array
