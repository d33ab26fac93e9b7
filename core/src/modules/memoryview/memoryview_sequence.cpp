// memoryview as a sequence: len, items and slices (a slice is a new view of the same bytes),
// item and slice assignment through a writable view, iteration, == with any buffer, hash of a
// read-only byte view, and tobytes(), tolist() and hex(). Messages are CPython 3.11's
// (memory_subscript, memory_ass_sub, pack_single, memory_richcompare, memory_hash).
#include "interp/builtins/bytes_util.h"
#include "modules/array/array_object.h"
#include "modules/machine_int.h"
#include "modules/memoryview/memoryview_object.h"
#include "modules/struct/struct_format.h"

namespace memstep::core::modules::memoryview {

namespace {

bool isIndexKey(Interpreter& in, Object* key) {
    return key->tag == rt::Tag::Int || key->tag == rt::Tag::Bool || in.hasUserIndex(key);
}

// An index key as the item it names (lookup_dimension): negative from the end, IndexError
// outside the view; nullopt with the error set.
std::optional<std::int64_t> position(Interpreter& in, MemoryViewObject* v, Object* key) {
    auto i = interp::sizedIndexKey(in, key);
    if (!i)
        return std::nullopt;
    std::int64_t at = *i < 0 ? *i + v->length : *i;
    if (at < 0 || at >= v->length) {
        in.raise("IndexError", "index out of bounds on dimension 1");
        return std::nullopt;
    }
    return at;
}

ObjRef len(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "__len__");
    if (!v || !interp::argCount(in, args, "__len__", 0, 0))
        return nullptr;
    return in.heap().newInt(v->length);
}

ObjRef getItem(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "__getitem__");
    if (!v || !interp::argCount(in, args, "__getitem__", 1, 1))
        return nullptr;
    Object* key = args.positional[0].get();
    if (isIndexKey(in, key)) {
        auto i = position(in, v, key);
        return i ? item(in, v, *i) : nullptr;
    }
    if (key->tag == rt::Tag::Slice) {
        std::int64_t start = 0, step = 1, count = 0;
        if (!interp::sliceBounds(in, static_cast<rt::SliceObject*>(key), v->length, start, step,
                                 count))
            return nullptr;
        ObjRef out;
        newView(in, v->base.get(), v->offset + start * v->stride, count, v->stride * step,
                v->itemsize, v->format, v->readonly, out);
        return out;
    }
    return in.raise("TypeError", "memoryview: invalid slice key");
}

// What a buffer given to a view's slice assignment or comparison looks like: its format, its
// item size and its bytes in order (PyObject_GetBuffer with PyBUF_FULL_RO); false when the
// object has none, with the released view's ValueError set for a released one.
struct Source {
    std::string format;
    std::int64_t itemsize = 1;
    std::string bytes;
};

bool sourceOf(Interpreter& in, Object* o, Source& out) {
    if (MemoryViewObject* w = asView(o)) {
        if (w->released) {
            in.raise("ValueError", "operation forbidden on released memoryview object");
            return false;
        }
        out = {w->format, w->itemsize, viewBytes(w)};
        return true;
    }
    if (array::ArrayObject* a = array::asArray(o)) {
        out = {a->code == 'u' ? "w" : std::string(1, a->code),
               static_cast<std::int64_t>(array::itemSize(a->code)), a->data};
        return true;
    }
    if (interp::isBytesLike(o)) {
        out = {"B", 1, interp::bytesData(o)};
        return true;
    }
    return false;
}

bool invalid(Interpreter& in, const char* type, const std::string& format, const char* what) {
    in.raise(type, std::string("memoryview: invalid ") + what + " for format '" + format + "'");
    return false;
}

bool isFloatFormat(char c) {
    return c == 'f' || c == 'd' || c == 'e';
}

} // namespace

bool packItem(Interpreter& in, const std::string& format, Object* value, std::string& out) {
    const char code = format.size() == 1 ? format[0] : 0;
    structs::Layout layout;
    std::string error;
    if (!structs::parseFormat("@" + format, layout, error) || layout.items != 1) {
        in.raise("NotImplementedError", "memoryview: format " + format + " not supported");
        return false;
    }
    if (code == 'c') {
        if (value->tag != rt::Tag::Bytes)
            return invalid(in, "TypeError", format, "type");
        if (interp::bytesData(value).size() != 1)
            return invalid(in, "ValueError", format, "value");
    } else if (isFloatFormat(code)) {
        if (value->tag != rt::Tag::Float && value->tag != rt::Tag::Int &&
            value->tag != rt::Tag::Bool)
            return invalid(in, "TypeError", format, "type");
    } else if (code != '?' && !isIndexKey(in, value)) {
        return invalid(in, "TypeError", format, "type");
    }
    // struct packs it; any failure left is a value out of the format's range.
    if (structs::packValues(in, in.exceptionType("ValueError"), layout, {ObjRef(value)}, out))
        return true;
    Object* e = in.pendingException();
    if (e && in.exceptionMatches(e, in.exceptionType("TypeError")) == 1) {
        in.clearException();
        return invalid(in, "TypeError", format, "type");
    }
    if (e && (in.exceptionMatches(e, in.exceptionType("ValueError")) == 1 ||
              in.exceptionMatches(e, in.exceptionType("OverflowError")) == 1)) {
        in.clearException();
        return invalid(in, "ValueError", format, "value");
    }
    return false;
}

namespace {

bool store(Interpreter& in, MemoryViewObject* v, Object* key, Object* value) {
    if (v->readonly) {
        in.raise("TypeError", "cannot modify read-only memory");
        return false;
    }
    if (!value) {
        in.raise("TypeError", "cannot delete memory");
        return false;
    }
    if (isIndexKey(in, key)) {
        auto i = position(in, v, key);
        std::string packed;
        if (!i || !packItem(in, v->format, value, packed))
            return false;
        writableBytes(v).replace(static_cast<std::size_t>(v->offset + *i * v->stride),
                                 packed.size(), packed);
        wrote(in, v);
        return true;
    }
    if (key->tag != rt::Tag::Slice) {
        in.raise("TypeError", "memoryview: invalid slice key");
        return false;
    }
    Source src;
    if (!sourceOf(in, value, src)) {
        if (!in.hasException())
            in.raise("TypeError", std::string("a bytes-like object is required, not '") +
                                      in.typeName(value) + "'");
        return false;
    }
    std::int64_t start = 0, step = 1, count = 0;
    if (!interp::sliceBounds(in, static_cast<rt::SliceObject*>(key), v->length, start, step, count))
        return false;
    if (src.format != v->format || src.itemsize != v->itemsize ||
        static_cast<std::int64_t>(src.bytes.size()) != count * v->itemsize) {
        in.raise("ValueError",
                 "memoryview assignment: lvalue and rvalue have different structures");
        return false;
    }
    // src is a copy, so a view assigned from an overlapping slice of itself reads it whole.
    std::string& data = writableBytes(v);
    for (std::int64_t k = 0; k < count; ++k)
        data.replace(static_cast<std::size_t>(v->offset + (start + k * step) * v->stride),
                     static_cast<std::size_t>(v->itemsize), src.bytes,
                     static_cast<std::size_t>(k * v->itemsize),
                     static_cast<std::size_t>(v->itemsize));
    wrote(in, v);
    return true;
}

ObjRef setItem(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "__setitem__");
    if (!v || !interp::argCount(in, args, "__setitem__", 2, 2))
        return nullptr;
    return store(in, v, args.positional[0].get(), args.positional[1].get()) ? in.none() : nullptr;
}

ObjRef delItem(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "__delitem__");
    if (!v || !interp::argCount(in, args, "__delitem__", 1, 1))
        return nullptr;
    return store(in, v, args.positional[0].get(), nullptr) ? in.none() : nullptr;
}

ObjRef iter(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "__iter__");
    if (!v || !interp::argCount(in, args, "__iter__", 0, 0))
        return nullptr;
    return newSequenceIterator(
        in, v, "memory_iterator", "memory_iterator",
        [](Interpreter& in, Object* sequence, std::size_t pos) -> ObjRef {
            MemoryViewObject* v = asView(sequence);
            const auto i = static_cast<std::int64_t>(pos);
            if (i >= v->length)
                return nullptr;
            if (v->released)
                return in.raise("ValueError", "operation forbidden on released memoryview object");
            return item(in, v, i);
        });
}

// v == other: 1, 0, -1 with the error set, 2 for NotImplemented (an object with no buffer).
int equal(Interpreter& in, Object* self, Object* other) {
    MemoryViewObject* v = asView(self);
    if (!v)
        return 2;
    MemoryViewObject* w = asView(other);
    if (v->released || (w && w->released))
        return self == other ? 1 : 0;
    ObjRef hold;
    if (!w) {
        if (!array::asArray(other) && !interp::isBytesLike(other))
            return 2;
        hold = in.builtin("memoryview");
        rt::CallArgs a{{ObjRef(other)}, {}};
        hold = in.call(hold.get(), a);
        if (!hold)
            return -1;
        w = asView(hold.get());
    }
    if (v->length != w->length)
        return 0;
    if (v->format == w->format && (v->format == "B" || v->format == "b" || v->format == "c"))
        return viewBytes(v) == viewBytes(w) ? 1 : 0;
    for (std::int64_t i = 0; i < v->length; ++i) {
        ObjRef x = item(in, v, i);
        ObjRef y = x ? item(in, w, i) : nullptr;
        if (!y) { // a format struct cannot read compares unequal (fix_struct_error_int)
            in.clearException();
            return 0;
        }
        const int r = in.compare(syntax::CmpOperator::Eq, x.get(), y.get());
        if (r != 1)
            return r;
    }
    return 1;
}

ObjRef compared(Interpreter& in, Object* self, CallArgs& args, bool negate) {
    if (!interp::argCount(in, args, negate ? "__ne__" : "__eq__", 1, 1))
        return nullptr;
    const int r = equal(in, self, args.positional[0].get());
    if (r == 2)
        return in.notImplemented();
    if (r < 0)
        return nullptr;
    return in.boolean((r == 1) != negate);
}

ObjRef hash(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "__hash__");
    if (!v || !interp::argCount(in, args, "__hash__", 0, 0))
        return nullptr;
    if (!v->readonly)
        return in.raise("ValueError", "cannot hash writable memoryview object");
    if (v->format != "B" && v->format != "b" && v->format != "c")
        return in.raise("ValueError",
                        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    if (!in.hash(v->base.get()))
        return nullptr;
    ObjRef bytes = in.heap().newBytes(viewBytes(v));
    auto h = in.hash(bytes.get());
    return h ? in.heap().newInt(*h) : nullptr;
}

ObjRef tobytes(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "tobytes");
    if (!v)
        return nullptr;
    ObjRef order = interp::takeKeyword(args, "order");
    if (order)
        args.positional.push_back(order);
    if (!interp::noMoreKeywords(in, args, "tobytes") ||
        !interp::argCount(in, args, "tobytes", 0, 1))
        return nullptr;
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None) {
        Object* o = args.positional[0].get();
        if (!interp::isStr(o))
            return in.raise("TypeError", std::string("tobytes() argument 'order' must be str or "
                                                     "None, not ") +
                                             in.typeName(o));
        const std::string& t = interp::text(o);
        if (t != "C" && t != "F" && t != "A")
            return in.raise("ValueError", "order must be 'C', 'F' or 'A'");
    }
    return in.heap().newBytes(viewBytes(v));
}

ObjRef tolist(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "tolist");
    if (!v || !interp::argCount(in, args, "tolist", 0, 0))
        return nullptr;
    ObjVec items;
    for (std::int64_t i = 0; i < v->length; ++i) {
        ObjRef x = item(in, v, i);
        if (!x)
            return nullptr;
        items.push_back(std::move(x));
    }
    return in.heap().newList(std::move(items));
}

// hex(sep, bytes_per_sep): bytes.hex of the view's bytes, with the same arguments.
ObjRef hex(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "hex");
    if (!v)
        return nullptr;
    ObjRef bytes = in.heap().newBytes(viewBytes(v));
    ObjRef method = in.getAttr(bytes.get(), "hex");
    return method ? in.call(method.get(), args) : nullptr;
}

ObjRef noIteratorConstruct(Interpreter& in, Object*, CallArgs&) {
    return in.raise("TypeError", "cannot create 'memory_iterator' instances");
}

} // namespace

void addSequenceMethods(Interpreter& in, rt::TypeObject* t) {
    addNativeMethod(in, t, "__len__", len);
    addNativeMethod(in, t, "__getitem__", getItem);
    addNativeMethod(in, t, "__setitem__", setItem);
    addNativeMethod(in, t, "__delitem__", delItem);
    addNativeMethod(in, t, "__iter__", iter);
    addNativeMethod(in, t, "__eq__", [](Interpreter& in, Object* self, CallArgs& args) {
        return compared(in, self, args, false);
    });
    addNativeMethod(in, t, "__ne__", [](Interpreter& in, Object* self, CallArgs& args) {
        return compared(in, self, args, true);
    });
    addNativeMethod(in, t, "__hash__", hash);
    addNativeMethod(in, t, "tobytes", tobytes);
    addNativeMethod(in, t, "tolist", tolist);
    addNativeMethod(in, t, "hex", hex);
    rt::TypeObject* iterType =
        makeNativeType(in, "builtins", "memory_iterator", noIteratorConstruct);
    iterType->name = "memory_iterator";
    t->dict.set(" iterator", ObjRef(iterType));
}

} // namespace memstep::core::modules::memoryview
