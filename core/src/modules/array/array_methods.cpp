// array.array's methods: append, extend, insert, pop, remove, index, count, reverse, the
// conversions (tolist, tobytes, frombytes, fromlist, tounicode, fromunicode) and byteswap,
// with CPython 3.11's argument checks and messages. What memstep does not write (buffer_info,
// which shows an address; tofile and fromfile, which need files; pickling) is refused by name.
#include "interp/builtins/bytes_util.h"
#include "modules/array/array_object.h"
#include "runtime/list_capacity.h"

#include <algorithm>

namespace memstep::core::modules::array {

namespace {

ObjRef done(Interpreter& in, ArrayObject* a) {
    changed(in, a);
    return in.none();
}

ObjRef append(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "append");
    if (!a || !interp::noKeywords(in, args, "array.append") ||
        !interp::argCount(in, args, "array.append", 1, 1))
        return nullptr;
    std::string bytes;
    if (!pack(in, a->code, args.positional[0].get(), bytes) ||
        !resizable(in, a, a->data.size() + bytes.size()))
        return nullptr;
    a->data += bytes;
    return done(in, a);
}

ObjRef extend(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "extend");
    if (!a || !interp::noKeywords(in, args, "array.extend") ||
        !interp::argCount(in, args, "array.extend", 1, 1))
        return nullptr;
    ArrayObject* b = asArray(args.positional[0].get());
    if (!b)
        return extendFromIterable(in, a, args.positional[0].get()) ? in.none() : nullptr;
    if (b->code != a->code)
        return in.raise("TypeError", "can only extend with array of same kind");
    if (!resizable(in, a, a->data.size() + b->data.size()))
        return nullptr;
    a->data += std::string(b->data);
    return done(in, a);
}

// A position argument (insert, pop): an int, "'str' object cannot be interpreted as an integer".
std::optional<std::int64_t> position(Interpreter& in, Object* o) {
    if (o->tag == rt::Tag::Int && static_cast<rt::IntObject*>(o)->isBig()) {
        in.raise("OverflowError", "Python int too large to convert to C ssize_t");
        return std::nullopt;
    }
    return interp::intArg(in, o);
}

ObjRef insert(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "insert");
    if (!a || !interp::noKeywords(in, args, "array.insert") ||
        !interp::argCount(in, args, "insert", 2, 2))
        return nullptr;
    auto i = position(in, args.positional[0].get());
    if (!i)
        return nullptr;
    std::string bytes;
    if (!pack(in, a->code, args.positional[1].get(), bytes) ||
        !resizable(in, a, a->data.size() + bytes.size()))
        return nullptr;
    const auto n = static_cast<std::int64_t>(length(a));
    std::int64_t at = *i < 0 ? std::max<std::int64_t>(0, *i + n) : std::min(*i, n);
    a->data.insert(static_cast<std::size_t>(at) * itemSize(a->code), bytes);
    return done(in, a);
}

ObjRef pop(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "pop");
    if (!a || !interp::noKeywords(in, args, "array.pop") ||
        !interp::argCount(in, args, "pop", 0, 1))
        return nullptr;
    std::int64_t i = -1;
    if (!args.positional.empty()) {
        auto v = position(in, args.positional[0].get());
        if (!v)
            return nullptr;
        i = *v;
    }
    const auto n = static_cast<std::int64_t>(length(a));
    if (n == 0)
        return in.raise("IndexError", "pop from empty array");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return in.raise("IndexError", "pop index out of range");
    const std::size_t size = itemSize(a->code);
    if (!resizable(in, a, a->data.size() - size))
        return nullptr;
    ObjRef v = item(in, a, static_cast<std::size_t>(i));
    a->data.erase(static_cast<std::size_t>(i) * size, size);
    changed(in, a);
    return v;
}

// The first i in [start, stop) whose item == x (PyObject_RichCompareBool), -1 for none, -2 on
// error.
std::int64_t find(Interpreter& in, ArrayObject* a, Object* x, std::int64_t start,
                  std::int64_t stop) {
    ObjRef keep(x);
    for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(length(a)); ++i) {
        ObjRef v = item(in, a, static_cast<std::size_t>(i));
        int eq = v.get() == x ? 1 : in.compare(syntax::CmpOperator::Eq, v.get(), x);
        if (eq < 0)
            return -2;
        if (eq)
            return i;
    }
    return -1;
}

ObjRef remove(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "remove");
    if (!a || !interp::noKeywords(in, args, "array.remove") ||
        !interp::argCount(in, args, "array.remove", 1, 1))
        return nullptr;
    std::int64_t i = find(in, a, args.positional[0].get(), 0, INT64_MAX);
    if (i == -2)
        return nullptr;
    if (i < 0)
        return in.raise("ValueError", "array.remove(x): x not in array");
    const std::size_t size = itemSize(a->code);
    if (!resizable(in, a, a->data.size() - size))
        return nullptr;
    a->data.erase(static_cast<std::size_t>(i) * size, size);
    return done(in, a);
}

ObjRef index(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "index");
    if (!a || !interp::noKeywords(in, args, "array.index") ||
        !interp::argCount(in, args, "index", 1, 3))
        return nullptr;
    const auto n = static_cast<std::int64_t>(length(a));
    std::int64_t bounds[2] = {0, INT64_MAX};
    for (std::size_t k = 1; k < args.positional.size(); ++k) {
        auto v = interp::sliceIndexArg(in, args.positional[k].get(), false);
        if (!v)
            return nullptr;
        bounds[k - 1] = *v < 0 ? std::max<std::int64_t>(0, *v + n) : *v;
    }
    std::int64_t i = find(in, a, args.positional[0].get(), bounds[0], bounds[1]);
    if (i == -2)
        return nullptr;
    if (i < 0)
        return in.raise("ValueError", "array.index(x): x not in array");
    return in.heap().newInt(i);
}

ObjRef count(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "count");
    if (!a || !interp::noKeywords(in, args, "array.count") ||
        !interp::argCount(in, args, "array.count", 1, 1))
        return nullptr;
    ObjRef x = args.positional[0];
    std::int64_t found = 0;
    for (std::size_t i = 0; i < length(a); ++i) {
        ObjRef v = item(in, a, i);
        int eq = v.get() == x.get() ? 1 : in.compare(syntax::CmpOperator::Eq, v.get(), x.get());
        if (eq < 0)
            return nullptr;
        found += eq;
    }
    return in.heap().newInt(found);
}

// A method that takes no arguments: its array, or null with "array.NAME() takes no arguments".
ArrayObject* noArgs(Interpreter& in, Object* self, CallArgs& args, const char* name) {
    ArrayObject* a = selfOf(in, self, name);
    const std::string full = std::string("array.") + name;
    if (!a || !interp::noKeywords(in, args, full.c_str()) ||
        !interp::argCount(in, args, full.c_str(), 0, 0))
        return nullptr;
    return a;
}

ObjRef reverse(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = noArgs(in, self, args, "reverse");
    if (!a)
        return nullptr;
    const std::size_t size = itemSize(a->code), n = length(a);
    std::string out;
    out.reserve(a->data.size());
    for (std::size_t i = n; i-- > 0;)
        out.append(a->data, i * size, size);
    a->data = std::move(out);
    return done(in, a);
}

ObjRef byteswap(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = noArgs(in, self, args, "byteswap");
    if (!a)
        return nullptr;
    const std::size_t size = itemSize(a->code);
    for (std::size_t i = 0; i + size <= a->data.size(); i += size)
        std::reverse(a->data.begin() + static_cast<std::ptrdiff_t>(i),
                     a->data.begin() + static_cast<std::ptrdiff_t>(i + size));
    return done(in, a);
}

ObjRef tolist(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = noArgs(in, self, args, "tolist");
    if (!a)
        return nullptr;
    ObjVec items;
    for (std::size_t i = 0; i < length(a); ++i)
        items.push_back(item(in, a, i));
    return rt::capacity::exactly(in.heap().newList(std::move(items))); // PyList_New(n)
}

ObjRef tobytes(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = noArgs(in, self, args, "tobytes");
    return a ? in.heap().newBytes(a->data) : nullptr;
}

ObjRef frombytes(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "frombytes");
    if (!a || !interp::noKeywords(in, args, "array.frombytes") ||
        !interp::argCount(in, args, "array.frombytes", 1, 1))
        return nullptr;
    Object* src = args.positional[0].get();
    const std::string* given = interp::bufferOf(src); // bytes, bytearray, array, memoryview
    if (!given)
        return in.raise("TypeError", std::string("a bytes-like object is required, not '") +
                                         in.typeName(src) + "'");
    std::string bytes = *given;
    if (bytes.size() % itemSize(a->code))
        return in.raise("ValueError", "bytes length not a multiple of item size");
    if (!resizable(in, a, a->data.size() + bytes.size()))
        return nullptr;
    a->data += bytes;
    return done(in, a);
}

ObjRef fromlist(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "fromlist");
    if (!a || !interp::noKeywords(in, args, "array.fromlist") ||
        !interp::argCount(in, args, "array.fromlist", 1, 1))
        return nullptr;
    Object* src = args.positional[0].get();
    if (src->tag != rt::Tag::List)
        return in.raise("TypeError", "arg must be list");
    // All or nothing: an item that does not convert leaves the array as it was.
    std::string more;
    for (std::size_t i = 0; i < static_cast<rt::ListObject*>(src)->items.size(); ++i) {
        ObjRef v = static_cast<rt::ListObject*>(src)->items[i];
        if (!pack(in, a->code, v.get(), more))
            return nullptr;
    }
    if (!resizable(in, a, a->data.size() + more.size()))
        return nullptr;
    a->data += more;
    return done(in, a);
}

ObjRef tounicode(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = noArgs(in, self, args, "tounicode");
    if (!a)
        return nullptr;
    if (a->code != 'u')
        return in.raise("ValueError", "tounicode() may only be called on unicode type arrays");
    std::string text;
    for (std::size_t i = 0; i < length(a); ++i) {
        ObjRef c = item(in, a, i);
        text += interp::text(c.get());
    }
    return in.newStr(std::move(text));
}

ObjRef fromunicode(Interpreter& in, Object* self, CallArgs& args) {
    ArrayObject* a = selfOf(in, self, "fromunicode");
    if (!a || !interp::noKeywords(in, args, "array.fromunicode") ||
        !interp::argCount(in, args, "array.fromunicode", 1, 1))
        return nullptr;
    Object* s = args.positional[0].get();
    if (s->tag != rt::Tag::Str)
        return in.raise("TypeError",
                        std::string("fromunicode() argument must be str, not ") + in.typeName(s));
    if (a->code != 'u')
        return in.raise("ValueError", "fromunicode() may only be called on unicode type arrays");
    ObjRef chars;
    CallArgs listArgs;
    listArgs.positional.push_back(ObjRef(s));
    chars = in.call(in.builtin("list").get(), listArgs);
    if (!chars)
        return nullptr;
    for (const ObjRef& c : static_cast<rt::ListObject*>(chars.get())->items)
        if (!pack(in, 'u', c.get(), a->data))
            return nullptr;
    return done(in, a);
}

} // namespace

void addListMethods(Interpreter& in, rt::TypeObject* t) {
    addNativeMethod(in, t, "append", append);
    addNativeMethod(in, t, "byteswap", byteswap);
    addNativeMethod(in, t, "count", count);
    addNativeMethod(in, t, "extend", extend);
    addNativeMethod(in, t, "frombytes", frombytes);
    addNativeMethod(in, t, "fromlist", fromlist);
    addNativeMethod(in, t, "fromunicode", fromunicode);
    addNativeMethod(in, t, "index", index);
    addNativeMethod(in, t, "insert", insert);
    addNativeMethod(in, t, "pop", pop);
    addNativeMethod(in, t, "remove", remove);
    addNativeMethod(in, t, "reverse", reverse);
    addNativeMethod(in, t, "tobytes", tobytes);
    addNativeMethod(in, t, "tolist", tolist);
    addNativeMethod(in, t, "tounicode", tounicode);
    // buffer_info() gives the buffer's address, different on every run; the others need files
    // or pickling, which memstep does not have.
    for (const char* name : {"buffer_info", "fromfile", "tofile", "__reduce__", "__reduce_ex__",
                             "__sizeof__", "__getstate__"})
        addRefusedMethod(in, t, name);
}

} // namespace memstep::core::modules::array
