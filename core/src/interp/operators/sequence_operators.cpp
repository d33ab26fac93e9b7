// Binary operators on str, list and tuple: concatenation, repetition by an int, and str's
// `%` formatting. Sizes are checked against the heap limit before anything is copied.
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/bytes_util.h"
#include "interp/operators/binary_operators.h"
#include "runtime/list_capacity.h"

#include <algorithm>

namespace memstep::core::interp::ops {

using namespace syntax;

namespace {

ObjRef cannotMultiplyByNonInt(Interpreter& in, Object* b) {
    return in.raise("TypeError", "can't multiply sequence by non-int of type '" +
                                     std::string(in.typeName(b)) + "'");
}

ObjRef repeatStr(Interpreter& in, rt::StrObject* s, std::int64_t n) {
    rt::Heap& h = in.heap();
    if (n == 1)
        return exactValue(in, ObjRef(s));
    if (n == 0 || s->text.empty())
        return h.emptyStr();
    // Beyond any machine's memory CPython fails too; past our heap limit only we do.
    if (static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 62) / s->text.size())
        return in.raise("MemoryError", "");
    if (!h.canAllocate(static_cast<std::uint64_t>(n) * s->text.size()))
        return in.memoryLimit();
    // Doubling copies, a bounded chunk at a time so a gigabyte of text still polls.
    constexpr std::size_t kChunk = std::size_t{1} << 20;
    const std::size_t total = static_cast<std::size_t>(n) * s->text.size();
    std::string out;
    out.reserve(total);
    out += s->text;
    while (out.size() < total) {
        std::size_t unit = s->text.size();
        std::size_t chunk =
            std::min({out.size(), total - out.size(), std::max(unit, kChunk / unit * unit)});
        out.append(out.data(), chunk);
        if (in.pollStop(chunk / Interpreter::kPollBytes))
            return nullptr;
    }
    return in.newStr(std::move(out));
}

ObjRef repeatItems(Interpreter& in, Object* a, std::int64_t n, bool inplace) {
    rt::Heap& h = in.heap();
    const ObjVec& src = a->tag == rt::Tag::List ? static_cast<rt::ListObject*>(a)->items
                                                : static_cast<rt::TupleObject*>(a)->items;
    if (a->tag == rt::Tag::Tuple && n == 1 && !Interpreter::namedTupleType(a))
        return exactValue(in, ObjRef(a)); // Point(...) * 1: a plain tuple
    if (!src.empty() && static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 58) / src.size())
        return in.raise("MemoryError", "");
    if (!src.empty() && !h.canAllocate(static_cast<std::uint64_t>(n) * src.size() * rt::kSlotBytes))
        return in.memoryLimit();
    ObjVec items;
    items.reserve(static_cast<std::size_t>(n) * src.size());
    for (std::int64_t i = 0; i < n; ++i) {
        items.insert(items.end(), src.begin(), src.end());
        if (in.pollStop(src.size()))
            return nullptr;
    }
    if (a->tag == rt::Tag::List) {
        if (inplace) {
            auto* l = static_cast<rt::ListObject*>(a);
            h.recharge(l,
                       static_cast<std::int64_t>(items.size() - l->items.size()) * rt::kSlotBytes);
            // list_inplace_repeat: nothing for an empty list or `*= 1`, _list_clear below 1,
            // else list_resize to the new length.
            if (!l->items.empty() && n < 1)
                rt::capacity::clear(l->capacity);
            else if (!l->items.empty() && n > 1)
                rt::capacity::resize(l->capacity, l->items.size(), items.size());
            l->items = std::move(items);
            in.listReplaced(l);
            return ObjRef(a);
        }
        auto l = h.newList(std::move(items));
        rt::capacity::exact(l->capacity, l->items.size()); // list_new_prealloc
        return l;
    }
    return h.newTuple(std::move(items));
}

} // namespace

ObjRef repeatSequence(Interpreter& in, Object* sequence, Object* count, bool inplace) {
    // An int past the machine word fails either way, however negative (CPython converts it to
    // an index-sized integer before it clamps a negative count to 0).
    std::int64_t n = 0;
    if (!smallValue(count, n))
        return in.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
    if (n < 0)
        n = 0;
    if (sequence->tag == rt::Tag::Str)
        return repeatStr(in, static_cast<rt::StrObject*>(sequence), n);
    return repeatItems(in, sequence, n, inplace);
}

BinaryResult strBinary(Interpreter& in, Operator op, Object* a, Object* b, bool inplace) {
    if (op == Operator::Add) {
        if (b->tag != rt::Tag::Str)
            return in.raise("TypeError", "can only concatenate str (not \"" +
                                             std::string(in.typeName(b)) + "\") to str");
        auto* x = static_cast<rt::StrObject*>(a);
        auto* y = static_cast<rt::StrObject*>(b);
        if (y->text.empty()) // PyUnicode_FromObject: a plain str
            return exactValue(in, ObjRef(a));
        if (x->text.empty())
            return exactValue(in, ObjRef(b));
        if (!in.heap().canAllocate(x->text.size() + y->text.size()))
            return in.memoryLimit();
        return in.newStr(x->text + y->text);
    }
    if (op == Operator::Mult && isIntLike(b))
        return repeatSequence(in, a, b, inplace);
    if (op == Operator::Mult)
        return cannotMultiplyByNonInt(in, b);
    if (op == Operator::Mod) {
        rt::CallArgs args;
        args.positional.push_back(ObjRef(a));
        args.positional.push_back(ObjRef(b));
        ObjRef fn = in.builtin("__percent_format__");
        return in.call(fn.get(), args);
    }
    return std::nullopt;
}

namespace {

// `b * n` for bytes and bytearray: the bytes itself once, b'' for none (CPython's shortcuts).
ObjRef repeatBytes(Interpreter& in, Object* a, Object* count, bool inplace) {
    std::int64_t n = 0;
    if (!smallValue(count, n))
        return in.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
    n = std::max<std::int64_t>(n, 0);
    const std::string& data = bytesData(a);
    if (a->tag == rt::Tag::Bytes && n == 1)
        return ObjRef(a);
    if (!data.empty() && static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 62) / data.size())
        return in.raise("MemoryError", "");
    if (!in.heap().canAllocate(static_cast<std::uint64_t>(n) * data.size()))
        return in.memoryLimit();
    std::string out;
    out.reserve(static_cast<std::size_t>(n) * data.size());
    for (std::int64_t i = 0; i < n; ++i) {
        out += data;
        if (in.pollStop(data.size() / Interpreter::kPollBytes + 1))
            return nullptr;
    }
    if (inplace && a->tag == rt::Tag::ByteArray) {
        if (!resizable(in, a, out.size()))
            return nullptr;
        bytesData(a) = std::move(out);
        bytearrayChanged(in, static_cast<rt::BytesObject*>(a));
        return ObjRef(a);
    }
    return newBytesLike(in, a, std::move(out));
}

} // namespace

BinaryResult bytesBinary(Interpreter& in, Operator op, Object* a, Object* b, bool inplace) {
    if (op == Operator::Add) {
        const std::string* other = bufferOf(b); // bytes + array.array: its items' bytes
        if (!other)
            return in.raise("TypeError", "can't concat " + std::string(in.typeName(b)) + " to " +
                                             in.typeName(a));
        const std::string& x = bytesData(a);
        const std::string& y = *other;
        if (inplace && a->tag == rt::Tag::ByteArray) {
            if (!resizable(in, a, x.size() + y.size()))
                return nullptr;
            bytesData(a) += std::string(y); // a copy: `ba += ba` reads what it appends to
            bytearrayChanged(in, static_cast<rt::BytesObject*>(a));
            return ObjRef(a);
        }
        if (a->tag == rt::Tag::Bytes && b->tag == rt::Tag::Bytes && (x.empty() || y.empty()))
            return ObjRef(x.empty() ? b : a);
        if (!in.heap().canAllocate(x.size() + y.size()))
            return in.memoryLimit();
        return newBytesLike(in, a, x + y);
    }
    if (op == Operator::Mult && isIntLike(b))
        return repeatBytes(in, a, b, inplace);
    if (op == Operator::Mult)
        return cannotMultiplyByNonInt(in, b);
    if (op == Operator::Mod)
        return in.abortUnsupported("`%` formatting of " + std::string(in.typeName(a)) +
                                   " is not supported");
    return std::nullopt;
}

ObjRef repeatBytesLeft(Interpreter& in, Object* count, Object* sequence) {
    return repeatBytes(in, sequence, count, false);
}

BinaryResult listBinary(Interpreter& in, Operator op, Object* a, Object* b, bool inplace) {
    if (op == Operator::Add) {
        auto* x = static_cast<rt::ListObject*>(a);
        if (inplace) { // list_inplace_concat: list_extend
            rt::capacity::Hint hint = rt::capacity::hintOf(b);
            ObjVec more;
            if (!in.collect(b, more, true))
                return ObjRef();
            rt::ListCapacity before = x->capacity;
            std::size_t length = x->items.size();
            for (ObjRef& v : more)
                in.listInsert(x, static_cast<std::int64_t>(x->items.size()), std::move(v));
            x->capacity = before;
            rt::capacity::extend(x->capacity, length, hint, more.size());
            return ObjRef(a);
        }
        if (b->tag != rt::Tag::List)
            return in.raise("TypeError", "can only concatenate list (not \"" +
                                             std::string(in.typeName(b)) + "\") to list");
        auto* y = static_cast<rt::ListObject*>(b);
        if (!in.heap().canAllocate((x->items.size() + y->items.size()) * rt::kSlotBytes))
            return in.memoryLimit();
        ObjVec items = x->items;
        items.insert(items.end(), y->items.begin(), y->items.end());
        auto l = in.heap().newList(std::move(items));
        rt::capacity::exact(l->capacity, l->items.size()); // list_concat
        return l;
    }
    if (op == Operator::Mult && isIntLike(b))
        return repeatSequence(in, a, b, inplace);
    if (op == Operator::Mult)
        return cannotMultiplyByNonInt(in, b);
    return std::nullopt;
}

BinaryResult tupleBinary(Interpreter& in, Operator op, Object* a, Object* b, bool inplace) {
    if (op == Operator::Add) {
        if (b->tag != rt::Tag::Tuple)
            return in.raise("TypeError", "can only concatenate tuple (not \"" +
                                             std::string(in.typeName(b)) + "\") to tuple");
        auto* x = static_cast<rt::TupleObject*>(a);
        auto* y = static_cast<rt::TupleObject*>(b);
        if (y->items.empty() && !a->subclassed) // a Point is copied to a plain tuple
            return ObjRef(a);
        if (x->items.empty() && !b->subclassed)
            return ObjRef(b);
        ObjVec items = x->items;
        items.insert(items.end(), y->items.begin(), y->items.end());
        return in.heap().newTuple(std::move(items));
    }
    if (op == Operator::Mult && isIntLike(b))
        return repeatSequence(in, a, b, inplace);
    if (op == Operator::Mult)
        return cannotMultiplyByNonInt(in, b);
    return std::nullopt;
}

} // namespace memstep::core::interp::ops
