// The struct module: pack, unpack, calcsize, iter_unpack, pack_into, unpack_from, the
// struct.Struct class (_struct.Struct in CPython) and struct.error.
//
// CPython writes the module in C (_struct) and struct.py re-exports it, so its functions are
// builtins that take no steps. A Struct keeps its parsed format (struct_format.h); the module
// functions parse theirs each call, which CPython caches, invisibly to a program. The module's
// functions are bound to the module, whose state holds the Struct class as _struct's does; the
// class keeps struct.error and the iterator's type under names no program can spell, so
// rebinding struct.error or struct.Struct changes nothing the module does, as in CPython. Buffers
// are what memstep has of the buffer protocol: bytes, bytearray, array.array and memoryview
// (read), bytearray, array.array and a writable memoryview (written by pack_into).
#include "interp/attributes/library_class.h"
#include "interp/builtins/bytes_util.h"
#include "modules/array/array_object.h"
#include "modules/memoryview/memoryview_object.h"
#include "modules/struct/struct_format.h"
#include "numeric/utf8.h"

#include <cstdio>

namespace memstep::core::modules {

namespace structs {

namespace {

using interp::CallArgs;

struct StructObject : rt::InstanceObject {
    std::string format; // as given, decoded (Struct.format)
    Layout layout;
};

rt::TypeObject* hiddenType(Object* structClass, const char* key) {
    return static_cast<rt::TypeObject*>(
        static_cast<rt::TypeObject*>(structClass)->dict.find(key)->get());
}

rt::TypeObject* errorType(Object* structClass) {
    return hiddenType(structClass, " error");
}

StructObject* asStruct(Object* o) {
    return o && o->tag == rt::Tag::Instance ? dynamic_cast<StructObject*>(o) : nullptr;
}

// The format of Struct(format): a str (ASCII only) or bytes; false with CPython's error.
bool formatText(Interpreter& in, Object* format, std::string& out) {
    if (format->tag == rt::Tag::Bytes) {
        out = interp::bytesData(format);
        return true;
    }
    if (format->tag != rt::Tag::Str) {
        in.raise("TypeError", std::string("Struct() argument 1 must be a str or bytes object, "
                                          "not ") +
                                  in.typeName(format));
        return false;
    }
    const std::string& text = interp::text(format);
    const std::u32string points = numeric::codePoints(text);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto c = static_cast<unsigned>(points[i]);
        if (c < 0x80)
            continue;
        // Encoding to ASCII fails at the first other character, named by its escape.
        char shown[16];
        std::snprintf(shown, sizeof shown,
                      c < 0x100     ? "\\x%02x"
                      : c < 0x10000 ? "\\u%04x"
                                    : "\\U%08x",
                      c);
        in.raise("UnicodeEncodeError", std::string("'ascii' codec can't encode character '") +
                                           shown + "' in position " + std::to_string(i) +
                                           ": ordinal not in range(128)");
        return false;
    }
    out = text;
    return true;
}

// A new Struct of `cls` for `format`; null with the error raised.
ObjRef makeStruct(Interpreter& in, rt::TypeObject* cls, Object* format) {
    std::string text;
    if (!formatText(in, format, text))
        return nullptr;
    auto* s = in.heap().make<StructObject>();
    ObjRef out(s);
    s->cls = cls;
    s->format = text;
    std::string error;
    if (!parseFormat(text, s->layout, error))
        return raiseError(in, errorType(cls), error);
    return out;
}

// The module's state, as _struct's: the Struct class, whatever a program rebinds
// struct.Struct to.
struct StructState final : rt::ModuleState {
    rt::TypeObject* structClass = nullptr; // kept alive by the interpreter
};

// The Struct a module function's format names: a new one each call (CPython caches them).
// `module` is the function's self.
ObjRef structOf(Interpreter& in, Object* module, Object* format) {
    auto* state = static_cast<StructState*>(static_cast<rt::ModuleObject*>(module)->state.get());
    return makeStruct(in, state->structClass, format);
}

const rt::Metaclass kStructMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) -> ObjRef {
        auto* t = static_cast<rt::TypeObject*>(cls);
        if (t->mro.size() != 2)
            return in.abortUnsupported("a subclass of struct.Struct");
        if (!interp::clinicArgs(in, args, "Struct", {"format"}, 1))
            return nullptr;
        return makeStruct(in, t, args.positional[0].get());
    };
    return m;
}();

StructObject* selfOf(Interpreter& in, Object* self, const char* method) {
    StructObject* s = asStruct(self);
    if (!s)
        in.raise("TypeError", std::string("descriptor '") + method +
                                  "' for '_struct.Struct' objects doesn't apply to a '" +
                                  in.typeName(self) + "' object");
    return s;
}

// The bytes a buffer argument exports; null with CPython's TypeError for another object.
const std::string* readable(Interpreter& in, Object* o) {
    const std::string* data = interp::bufferOf(o);
    if (!data)
        in.raise("TypeError",
                 std::string("a bytes-like object is required, not '") + in.typeName(o) + "'");
    return data;
}

ObjRef pack(Interpreter& in, StructObject* s, ObjVec values, const char* name) {
    if (values.size() != s->layout.items)
        return raiseError(in, errorType(s->cls),
                          std::string(name) + " expected " + std::to_string(s->layout.items) +
                              " items for packing (got " + std::to_string(values.size()) + ")");
    // A format asking for more bytes than the heap has room for ("2000000000x") stops the run
    // at the memory limit before they are made.
    if (!in.heap().canAllocate(s->layout.size))
        return in.memoryLimit();
    std::string out;
    if (!packValues(in, errorType(s->cls), s->layout, values, out))
        return nullptr;
    return in.heap().newBytes(std::move(out));
}

ObjRef unpack(Interpreter& in, StructObject* s, Object* buffer) {
    const std::string* data = readable(in, buffer);
    if (!data)
        return nullptr;
    if (data->size() != s->layout.size)
        return raiseError(in, errorType(s->cls),
                          "unpack requires a buffer of " + std::to_string(s->layout.size) +
                              " bytes");
    return unpackValues(in, s->layout, data->data());
}

// PyNumber_AsSsize_t(offset, IndexError); false with the error raised.
bool offsetArg(Interpreter& in, Object* o, std::int64_t& out) {
    ObjRef hold;
    if (!interp::indexKey(in, o, hold))
        return false;
    if (o->tag == rt::Tag::Int && static_cast<rt::IntObject*>(o)->isBig())
        return in.raise("IndexError", "cannot fit 'int' into an index-sized integer"), false;
    const std::optional<std::int64_t> v = interp::intArg(in, o);
    if (!v)
        return false;
    out = *v;
    return true;
}

// Where `size` bytes at `offset` of a buffer of `length` start, CPython's checks for a
// negative offset and for room made in its order; false with struct.error raised.
bool placeAt(Interpreter& in, StructObject* s, std::int64_t& offset, std::int64_t length,
             bool packing) {
    const auto size = static_cast<std::int64_t>(s->layout.size);
    rt::TypeObject* error = errorType(s->cls);
    if (offset < 0) {
        if (offset + size > 0)
            return raiseError(
                       in, error,
                       std::string(packing ? "no space to pack " : "not enough data to unpack ") +
                           std::to_string(size) + " bytes at offset " + std::to_string(offset)),
                   false;
        if (offset + length < 0)
            return raiseError(in, error,
                              "offset " + std::to_string(offset) + " out of range for " +
                                  std::to_string(length) + "-byte buffer"),
                   false;
        offset += length;
    }
    if (length - offset < size)
        return raiseError(in, error,
                          std::string(packing ? "pack_into" : "unpack_from") +
                              " requires a buffer of at least " + std::to_string(size + offset) +
                              " bytes for " + (packing ? "packing " : "unpacking ") +
                              std::to_string(size) + " bytes at offset " + std::to_string(offset) +
                              " (actual buffer size is " + std::to_string(length) + ")"),
               false;
    return true;
}

ObjRef unpackFrom(Interpreter& in, StructObject* s, Object* buffer, Object* offsetObj) {
    const std::string* data = readable(in, buffer);
    if (!data)
        return nullptr;
    std::int64_t offset = 0;
    if (offsetObj && !offsetArg(in, offsetObj, offset))
        return nullptr;
    if (!placeAt(in, s, offset, static_cast<std::int64_t>(data->size()), false))
        return nullptr;
    return unpackValues(in, s->layout, data->data() + offset);
}

// args: buffer, offset, values...
ObjRef packInto(Interpreter& in, StructObject* s, const ObjVec& args) {
    rt::TypeObject* error = errorType(s->cls);
    if (args.size() != s->layout.items + 2) {
        if (args.empty())
            return raiseError(in, error, "pack_into expected buffer argument");
        if (args.size() == 1)
            return raiseError(in, error, "pack_into expected offset argument");
        return raiseError(in, error,
                          "pack_into expected " + std::to_string(s->layout.items) +
                              " items for packing (got " + std::to_string(args.size() - 2) + ")");
    }
    Object* target = args[0].get();
    array::ArrayObject* a = array::asArray(target);
    memoryview::MemoryViewObject* view = memoryview::asView(target);
    if (view && view->released)
        return in.raise("ValueError", "operation forbidden on released memoryview object");
    if (target->tag != rt::Tag::ByteArray && !a && !(view && !view->readonly))
        return in.raise("TypeError", std::string("argument must be read-write bytes-like object, "
                                                 "not ") +
                                         in.typeName(target));
    // A view is packed into a copy of its bytes, written back through it.
    std::string viewed = view ? memoryview::viewBytes(view) : std::string();
    std::string& data = view ? viewed : a ? a->data : interp::bytesData(target);
    std::int64_t offset = 0;
    if (!offsetArg(in, args[1].get(), offset) ||
        !placeAt(in, s, offset, static_cast<std::int64_t>(data.size()), true))
        return nullptr;
    std::string packed;
    const bool ok = packValues(in, error, s->layout, ObjVec(args.begin() + 2, args.end()), packed);
    // CPython packs in place: the bytes before a failing item are written all the same.
    data.replace(static_cast<std::size_t>(offset), packed.size(), packed);
    if (view)
        memoryview::writeViewBytes(in, view, data);
    else if (a)
        array::changed(in, a);
    else
        interp::bytearrayChanged(in, static_cast<rt::BytesObject*>(target));
    return ok ? in.none() : nullptr;
}

// An unpack_iterator: the buffer's items of one Struct at a time.
struct UnpackIter final : rt::NativeIterState {
    ObjRef structObj;
    ObjRef buffer;
    std::size_t pos = 0;
    ObjRef next(Interpreter& in) override {
        auto* s = asStruct(structObj.get());
        if (!s)
            return nullptr;
        const std::string* data = interp::bufferOf(buffer.get());
        if (pos + s->layout.size > data->size()) {
            // Exhausted: CPython lets the buffer go.
            buffer = nullptr;
            structObj = nullptr;
            return nullptr;
        }
        ObjRef out = unpackValues(in, s->layout, data->data() + pos);
        pos += s->layout.size;
        return out;
    }
    void dropReferences() override {
        structObj = nullptr;
        buffer = nullptr;
    }
    int repr(Interpreter& in, std::string& out) override {
        out += "<_struct.unpack_iterator object at " + hexId(in, const_cast<Object*>(self)) + ">";
        return 1;
    }
    const Object* self = nullptr; // the iterator object owning this state
};

ObjRef iterUnpack(Interpreter& in, StructObject* s, Object* buffer) {
    if (s->layout.size == 0)
        return raiseError(in, errorType(s->cls),
                          "cannot iteratively unpack with a struct of length 0");
    const std::string* data = readable(in, buffer);
    if (!data)
        return nullptr;
    if (data->size() % s->layout.size != 0)
        return raiseError(in, errorType(s->cls),
                          "iterative unpacking requires a buffer of a multiple of " +
                              std::to_string(s->layout.size) + " bytes");
    auto state = std::make_unique<UnpackIter>();
    state->structObj = ObjRef(s);
    state->buffer = ObjRef(buffer);
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    state->self = it;
    it->kind = rt::IteratorObject::Kind::Native;
    it->nativeType = hiddenType(s->cls, " iterator");
    it->typeName = "unpack_iterator";
    it->native = std::move(state);
    return out;
}

bool positionalCount(Interpreter& in, CallArgs& args, const char* name, std::size_t n) {
    if (!interp::noKeywords(in, args, (std::string("_struct.") + name).c_str()))
        return false;
    if (args.positional.size() == n)
        return true;
    in.raise("TypeError", std::string(name) + " expected " + std::to_string(n) +
                              " arguments, got " + std::to_string(args.positional.size()));
    return false;
}

// The module's functions; `self` is the module.

// pack and pack_into: the format first, then what the Struct's method takes.
template <bool Into> ObjRef fPackWith(Interpreter& in, Object* self, CallArgs& args) {
    const char* name = Into ? "pack_into" : "pack";
    if (!interp::noKeywords(in, args, name))
        return nullptr;
    if (args.positional.empty())
        return in.raise("TypeError", "missing format argument");
    ObjRef s = structOf(in, self, args.positional[0].get());
    if (!s)
        return nullptr;
    ObjVec rest(args.positional.begin() + 1, args.positional.end());
    return Into ? packInto(in, asStruct(s.get()), rest)
                : pack(in, asStruct(s.get()), std::move(rest), name);
}

ObjRef fUnpack(Interpreter& in, Object* self, CallArgs& args) {
    if (!positionalCount(in, args, "unpack", 2))
        return nullptr;
    ObjRef s = structOf(in, self, args.positional[0].get());
    return s ? unpack(in, asStruct(s.get()), args.positional[1].get()) : nullptr;
}

ObjRef fUnpackFrom(Interpreter& in, Object* self, CallArgs& args) {
    if (args.positional.empty())
        return in.raise("TypeError",
                        "unpack_from() takes at least 1 positional argument (0 given)");
    if (!interp::clinicArgs(in, args, "unpack_from", {"", "buffer", "offset"}, 2))
        return nullptr;
    ObjRef s = structOf(in, self, args.positional[0].get());
    return s ? unpackFrom(in, asStruct(s.get()), args.positional[1].get(),
                          args.positional.size() > 2 ? args.positional[2].get() : nullptr)
             : nullptr;
}

ObjRef fIterUnpack(Interpreter& in, Object* self, CallArgs& args) {
    if (!positionalCount(in, args, "iter_unpack", 2))
        return nullptr;
    ObjRef s = structOf(in, self, args.positional[0].get());
    return s ? iterUnpack(in, asStruct(s.get()), args.positional[1].get()) : nullptr;
}

ObjRef fCalcsize(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "_struct.calcsize") ||
        !interp::argCount(in, args, "_struct.calcsize", 1, 1))
        return nullptr;
    ObjRef s = structOf(in, self, args.positional[0].get());
    return s ? in.heap().newInt(static_cast<std::int64_t>(asStruct(s.get())->layout.size))
             : nullptr;
}

ObjRef fClearCache(Interpreter& in, Object*, CallArgs& args) {
    return interp::noArguments(in, args, "_clearcache") ? in.none() : nullptr;
}

// Struct's methods and attributes.

ObjRef mPack(Interpreter& in, Object* self, CallArgs& args) {
    StructObject* s = selfOf(in, self, "pack");
    if (!s || !interp::noKeywords(in, args, "pack"))
        return nullptr;
    return pack(in, s, args.positional, "pack");
}

ObjRef mPackInto(Interpreter& in, Object* self, CallArgs& args) {
    StructObject* s = selfOf(in, self, "pack_into");
    if (!s || !interp::noKeywords(in, args, "pack_into"))
        return nullptr;
    return packInto(in, s, args.positional);
}

ObjRef mUnpack(Interpreter& in, Object* self, CallArgs& args) {
    StructObject* s = selfOf(in, self, "unpack");
    if (!s || !interp::noKeywords(in, args, "Struct.unpack") ||
        !interp::argCount(in, args, "Struct.unpack", 1, 1))
        return nullptr;
    return unpack(in, s, args.positional[0].get());
}

ObjRef mUnpackFrom(Interpreter& in, Object* self, CallArgs& args) {
    StructObject* s = selfOf(in, self, "unpack_from");
    if (!s || !interp::clinicArgs(in, args, "unpack_from", {"buffer", "offset"}, 1))
        return nullptr;
    return unpackFrom(in, s, args.positional[0].get(),
                      args.positional.size() > 1 ? args.positional[1].get() : nullptr);
}

ObjRef mIterUnpack(Interpreter& in, Object* self, CallArgs& args) {
    StructObject* s = selfOf(in, self, "iter_unpack");
    if (!s || !interp::noKeywords(in, args, "Struct.iter_unpack") ||
        !interp::argCount(in, args, "Struct.iter_unpack", 1, 1))
        return nullptr;
    return iterUnpack(in, s, args.positional[0].get());
}

ObjRef format(Interpreter& in, Object* self, CallArgs&) {
    StructObject* s = selfOf(in, self, "format");
    return s ? in.newStr(s->format) : nullptr;
}

ObjRef size(Interpreter& in, Object* self, CallArgs&) {
    StructObject* s = selfOf(in, self, "size");
    return s ? in.heap().newInt(static_cast<std::int64_t>(s->layout.size)) : nullptr;
}

// unpack_iterator.__length_hint__(): the records left (0 once it ended).
ObjRef lengthHint(Interpreter& in, Object* self, CallArgs& args) {
    auto* it = self->tag == rt::Tag::Iterator ? static_cast<rt::IteratorObject*>(self) : nullptr;
    auto* state = it ? dynamic_cast<UnpackIter*>(it->native.get()) : nullptr;
    if (!state)
        return in.raise("TypeError", "descriptor '__length_hint__' for '_struct.unpack_iterator' "
                                     "objects doesn't apply to a '" +
                                         std::string(in.typeName(self)) + "' object");
    if (!interp::argCount(in, args, "__length_hint__", 0, 0))
        return nullptr;
    auto* s = asStruct(state->structObj.get());
    const std::string* data = state->buffer ? interp::bufferOf(state->buffer.get()) : nullptr;
    if (!s || !data)
        return in.heap().newInt(0);
    return in.heap().newInt(
        static_cast<std::int64_t>((data->size() - state->pos) / s->layout.size));
}

ObjRef noIteratorConstruct(Interpreter& in, Object*, CallArgs&) {
    return in.raise("TypeError", "cannot create '_struct.unpack_iterator' instances");
}

} // namespace
} // namespace structs

void fillStruct(Interpreter& in, rt::ModuleObject& m) {
    using namespace structs;
    rt::TypeObject* t = makeNativeClass(in, "_struct", "Struct", &kStructMeta);
    addNativeProperty(in, t, "format", format);
    addNativeProperty(in, t, "size", size);
    addNativeMethod(in, t, "pack", mPack);
    addNativeMethod(in, t, "pack_into", mPackInto);
    addNativeMethod(in, t, "unpack", mUnpack);
    addNativeMethod(in, t, "unpack_from", mUnpackFrom);
    addNativeMethod(in, t, "iter_unpack", mIterUnpack);

    ObjRef error(interp::newLibraryException(in, "struct", "error", in.exceptionType("Exception")));
    t->dict.set(" error", error);

    rt::TypeObject* iterType =
        makeNativeType(in, "_struct", "unpack_iterator", noIteratorConstruct);
    iterType->name = "unpack_iterator";
    addNativeMethod(in, iterType, "__length_hint__", lengthHint);
    t->dict.set(" iterator", ObjRef(iterType));

    auto state = std::make_unique<StructState>();
    state->structClass = t;
    m.state = std::move(state);
    addFunction(in, m, "_clearcache", fClearCache);
    addFunction(in, m, "calcsize", fCalcsize, true);
    m.set("error", error);
    addFunction(in, m, "iter_unpack", fIterUnpack, true);
    addFunction(in, m, "pack", fPackWith<false>, true);
    addFunction(in, m, "pack_into", fPackWith<true>, true);
    m.set("Struct", ObjRef(t));
    addFunction(in, m, "unpack", fUnpack, true);
    addFunction(in, m, "unpack_from", fUnpackFrom, true);
    ObjVec all;
    for (const std::string& name : structAll())
        all.push_back(in.internedStr(name)); // literals of struct.py
    m.set("__all__", in.heap().newList(std::move(all)));
}

std::vector<std::string> structAll() {
    return {"calcsize",    "pack",        "pack_into", "unpack",
            "unpack_from", "iter_unpack", "Struct",    "error"};
}

bool isMissingStructAttribute(std::string_view name) {
    return isModuleDunder(ModuleOrigin::Source, name);
}

} // namespace memstep::core::modules
