// The sequence protocol of bytes and bytearray: items are ints, slices are of the receiver's
// type, `in` takes an int or a bytes-like needle, and a bytearray's items and slices can be
// assigned and deleted. Messages are CPython 3.11's, which differ between the two types
// ("index out of range" against "bytearray index out of range").
#include "interp/builtins/bytes_util.h"
#include "interp/tracing/tracer.h"

#include <algorithm>

namespace memstep::core::interp {

ObjRef newBytesLike(Interpreter& in, const Object* like, std::string data) {
    if (like->tag == rt::Tag::ByteArray)
        return in.heap().newByteArray(std::move(data));
    return in.heap().newBytes(std::move(data));
}

std::optional<unsigned char> byteValue(Interpreter& in, Object* o, const char* rangeMessage) {
    if (o->tag == rt::Tag::Int && static_cast<rt::IntObject*>(o)->isBig()) {
        in.raise("ValueError", rangeMessage);
        return std::nullopt;
    }
    auto v = intArg(in, o);
    if (!v)
        return std::nullopt;
    if (*v < 0 || *v > 255) {
        in.raise("ValueError", rangeMessage);
        return std::nullopt;
    }
    return static_cast<unsigned char>(*v);
}

bool bytesFromIterable(Interpreter& in, Object* src, std::string& out, const char* typeWord,
                       const char* rangeMessage) {
    if (isBytesLike(src)) {
        out += bytesData(src);
        return true;
    }
    ObjRef it = in.iter(src);
    if (!it) {
        in.clearException();
        in.raise("TypeError",
                 "cannot convert '" + std::string(in.typeName(src)) + "' object to " + typeWord);
        return false;
    }
    return bytesFromIterator(in, it.get(), out, rangeMessage);
}

bool bytesFromIterator(Interpreter& in, Object* it, std::string& out, const char* rangeMessage) {
    while (ObjRef item = in.next(it)) {
        auto b = byteValue(in, item.get(), rangeMessage);
        if (!b)
            return false;
        out += static_cast<char>(*b);
    }
    return !in.hasException();
}

bool refusedBuffer(Interpreter& in, Object* o, const char* what) {
    if (isBytesLike(o) || !bufferOf(o))
        return false;
    const std::string type = in.typeName(o);
    const bool vowel = std::string_view("aeiou").find(type[0]) != std::string_view::npos;
    in.abortUnsupported(std::string(what) + (vowel ? " with an " : " with a ") + type +
                        " argument");
    return true;
}

void bytearrayChanged(Interpreter& in, rt::BytesObject* b) {
    in.heap().recharge(b, static_cast<std::int64_t>(rt::kObjectBytes + b->data.size()) -
                              static_cast<std::int64_t>(b->charged));
    if (in.tracer() && Tracer::visible(b))
        in.tracer()->replaced(b);
}

bool resizable(Interpreter& in, const Object* b, std::size_t newSize) {
    const auto* bytes = static_cast<const rt::BytesObject*>(b);
    if (bytes->exports == 0 || newSize == bytes->data.size())
        return true;
    in.raise("BufferError", "Existing exports of data: object cannot be re-sized");
    return false;
}

namespace {

// The position `key` names in a sequence of n bytes, or nullopt with the error set.
std::optional<std::int64_t> bytePosition(Interpreter& in, Object* o, Object* key, std::int64_t n) {
    const bool array = o->tag == rt::Tag::ByteArray;
    ObjRef hold; // the int a class's __index__ returns
    if (!indexKey(in, key, hold))
        return std::nullopt;
    if (key->tag != rt::Tag::Int && key->tag != rt::Tag::Bool) {
        in.raise("TypeError", std::string(array ? "bytearray" : "byte") +
                                  " indices must be integers or slices, not " + in.typeName(key));
        return std::nullopt;
    }
    auto idx = in.indexValue(key, "");
    std::int64_t i = idx ? *idx : n;
    if (!idx)
        in.clearException();
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        in.raise("IndexError", array ? "bytearray index out of range" : "index out of range");
        return std::nullopt;
    }
    return i;
}

// `ba[a:b:c] = value` and `del ba[a:b:c]` (value null).
bool bytearraySliceStore(Interpreter& in, rt::BytesObject* b, rt::SliceObject* s, Object* value) {
    std::string& data = b->data;
    std::int64_t start = 0, step = 1, count = 0;
    if (!sliceBounds(in, s, static_cast<std::int64_t>(data.size()), start, step, count))
        return false;
    std::string repl;
    if (value) {
        if (value->tag == rt::Tag::Str || value->tag == rt::Tag::Int ||
            value->tag == rt::Tag::Bool || value->tag == rt::Tag::Float) {
            in.raise("TypeError",
                     "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return false;
        }
        if (!bytesFromIterable(in, value, repl, "bytearray", "byte must be in range(0, 256)"))
            return false;
    }
    if (step == 1) {
        if (!resizable(in, b, data.size() - static_cast<std::size_t>(count) + repl.size()))
            return false;
        data.replace(static_cast<std::size_t>(start), static_cast<std::size_t>(count), repl);
    } else if (!value) {
        if (!resizable(in, b, data.size() - static_cast<std::size_t>(count)))
            return false;
        std::string kept;
        for (std::int64_t i = 0; i < static_cast<std::int64_t>(data.size()); ++i) {
            const std::int64_t off = step > 0 ? i - start : start - i;
            const std::int64_t stride = step > 0 ? step : -step;
            if (!(off >= 0 && off % stride == 0 && off / stride < count))
                kept += data[static_cast<std::size_t>(i)];
        }
        data = std::move(kept);
    } else {
        if (static_cast<std::int64_t>(repl.size()) != count) {
            in.raise("ValueError", "attempt to assign bytes of size " +
                                       std::to_string(repl.size()) + " to extended slice of size " +
                                       std::to_string(count));
            return false;
        }
        for (std::int64_t i = 0, p = start; i < count; ++i, p += step)
            data[static_cast<std::size_t>(p)] = repl[static_cast<std::size_t>(i)];
    }
    bytearrayChanged(in, b);
    return true;
}

} // namespace

ObjRef bytesSubscript(Interpreter& in, Object* o, Object* key) {
    const std::string& data = bytesData(o);
    const auto n = static_cast<std::int64_t>(data.size());
    if (key->tag == rt::Tag::Slice) {
        std::int64_t start = 0, step = 1, count = 0;
        if (!sliceBounds(in, static_cast<rt::SliceObject*>(key), n, start, step, count))
            return nullptr;
        // A whole bytes sliced with step 1 is itself, as in CPython.
        if (o->tag == rt::Tag::Bytes && step == 1 && count == n)
            return ObjRef(o);
        std::string out;
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t i = 0, p = start; i < count; ++i, p += step)
            out += data[static_cast<std::size_t>(p)];
        return newBytesLike(in, o, std::move(out));
    }
    auto i = bytePosition(in, o, key, n);
    if (!i)
        return nullptr;
    return in.heap().newInt(static_cast<unsigned char>(data[static_cast<std::size_t>(*i)]));
}

bool bytearrayStore(Interpreter& in, Object* o, Object* key, Object* value) {
    auto* b = static_cast<rt::BytesObject*>(o);
    if (key->tag == rt::Tag::Slice)
        return bytearraySliceStore(in, b, static_cast<rt::SliceObject*>(key), value);
    auto i = bytePosition(in, o, key, static_cast<std::int64_t>(b->data.size()));
    if (!i)
        return false;
    if (!value) {
        if (!resizable(in, b, b->data.size() - 1))
            return false;
        b->data.erase(static_cast<std::size_t>(*i), 1);
    } else {
        auto v = byteValue(in, value);
        if (!v)
            return false;
        b->data[static_cast<std::size_t>(*i)] = static_cast<char>(*v);
    }
    bytearrayChanged(in, b);
    return true;
}

int bytesContains(Interpreter& in, Object* container, Object* item) {
    const std::string& hay = bytesData(container);
    if (const std::string* needle = bufferOf(item)) {
        auto found = findText(in, hay, *needle);
        if (!found)
            return -1;
        return *found != std::string::npos;
    }
    if (item->tag != rt::Tag::Int && item->tag != rt::Tag::Bool) {
        in.raise("TypeError",
                 "a bytes-like object is required, not '" + std::string(in.typeName(item)) + "'");
        return -1;
    }
    auto v = byteValue(in, item);
    if (!v)
        return -1;
    return hay.find(static_cast<char>(*v)) != std::string::npos;
}

ObjRef bytesIteratorNext(Interpreter& in, rt::IteratorObject* it) {
    if (!it->source)
        return nullptr;
    const std::string& data = bytesData(it->source.get());
    if (it->pos >= static_cast<std::int64_t>(data.size())) {
        it->source = nullptr;
        return nullptr;
    }
    return in.heap().newInt(static_cast<unsigned char>(data[static_cast<std::size_t>(it->pos++)]));
}

} // namespace memstep::core::interp
