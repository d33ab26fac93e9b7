// memoryview itself: construction from an exporter or another view, release() and the context
// manager, the read-only attributes (obj, format, itemsize, nbytes, shape...), cast() and
// toreadonly(), and the buffer memstep's bytes-reading builtins take (bytes(m), b"".join([m]),
// struct.unpack(fmt, m)...). Checks and messages follow Objects/memoryobject.c of CPython 3.11.
#include "interp/builtins/bytes_util.h"
#include "interp/tracing/tracer.h"
#include "modules/array/array_object.h"
#include "modules/memoryview/memoryview_object.h"
#include "modules/struct/struct_format.h"

namespace memstep::core::modules {

namespace memoryview {

namespace {

constexpr const char* kReleased = "operation forbidden on released memoryview object";

// The exporter's count of unreleased views.
std::uint32_t& exportsOf(Object* base) {
    if (array::ArrayObject* a = array::asArray(base))
        return a->exports;
    return static_cast<rt::BytesObject*>(base)->exports;
}

// Gives the exporter back the view's export, once.
void releaseExport(MemoryViewObject* v) {
    if (v->released || !v->base)
        return;
    v->released = true;
    --exportsOf(v->base.get());
}

} // namespace

MemoryViewObject::~MemoryViewObject() {
    releaseExport(this);
}

MemoryViewObject* asView(Object* o) {
    return o && o->tag == rt::Tag::Instance ? dynamic_cast<MemoryViewObject*>(o) : nullptr;
}

MemoryViewObject* liveSelf(Interpreter& in, Object* self, const char* method) {
    MemoryViewObject* v = asView(self);
    if (!v) {
        in.raise("TypeError", std::string("descriptor '") + method +
                                  "' for 'memoryview' objects doesn't apply to a '" +
                                  in.typeName(self) + "' object");
        return nullptr;
    }
    if (v->released) {
        in.raise("ValueError", kReleased);
        return nullptr;
    }
    return v;
}

namespace {

rt::TypeObject* viewType(Interpreter& in) {
    return static_cast<rt::TypeObject*>(in.builtin("memoryview").get());
}

} // namespace

MemoryViewObject* newView(Interpreter& in, Object* base, std::int64_t offset, std::int64_t length,
                          std::int64_t stride, std::int64_t itemsize, std::string format,
                          bool readonly, ObjRef& out) {
    auto* v = in.heap().make<MemoryViewObject>();
    out = ObjRef(v);
    v->cls = viewType(in);
    v->base = ObjRef(base);
    v->offset = offset;
    v->length = length;
    v->stride = stride;
    v->itemsize = itemsize;
    v->format = std::move(format);
    v->readonly = readonly;
    ++exportsOf(base);
    return v;
}

namespace {

std::string& exporterBytes(Object* base) {
    if (array::ArrayObject* a = array::asArray(base))
        return a->data;
    return interp::bytesData(base);
}

} // namespace

std::string viewBytes(MemoryViewObject* v) {
    const std::string& data = exporterBytes(v->base.get());
    std::string out;
    out.reserve(static_cast<std::size_t>(v->length * v->itemsize));
    for (std::int64_t i = 0; i < v->length; ++i)
        out.append(data, static_cast<std::size_t>(v->offset + i * v->stride),
                   static_cast<std::size_t>(v->itemsize));
    return out;
}

std::string& writableBytes(MemoryViewObject* v) {
    return exporterBytes(v->base.get());
}

void writeViewBytes(Interpreter& in, MemoryViewObject* v, const std::string& bytes) {
    std::string& data = writableBytes(v);
    for (std::int64_t i = 0; i < v->length; ++i)
        data.replace(static_cast<std::size_t>(v->offset + i * v->stride),
                     static_cast<std::size_t>(v->itemsize), bytes,
                     static_cast<std::size_t>(i * v->itemsize),
                     static_cast<std::size_t>(v->itemsize));
    wrote(in, v);
}

void wrote(Interpreter& in, MemoryViewObject* v) {
    Object* base = v->base.get();
    if (array::ArrayObject* a = array::asArray(base))
        array::changed(in, a);
    else
        interp::bytearrayChanged(in, static_cast<rt::BytesObject*>(base));
}

ObjRef item(Interpreter& in, MemoryViewObject* v, std::int64_t i) {
    structs::Layout layout;
    std::string error;
    if (!structs::parseFormat("@" + v->format, layout, error) || layout.items != 1)
        return in.raise("NotImplementedError",
                        "memoryview: format " + v->format + " not supported");
    const std::string& data = exporterBytes(v->base.get());
    ObjRef t = structs::unpackValues(in, layout, data.data() + v->offset + i * v->stride);
    if (!t)
        return nullptr;
    return static_cast<rt::TupleObject*>(t.get())->items[0];
}

namespace {

// get_native_fmtchar: a native single-character format, '@' allowed before it; its size (as
// struct's native layout gives it), or 0 for any other text.
std::int64_t nativeSize(std::string_view format, char& code) {
    if (!format.empty() && format[0] == '@')
        format.remove_prefix(1);
    if (format.size() != 1 ||
        std::string_view("cbB?hHiIlLqQnNfdeP").find(format[0]) == std::string_view::npos)
        return 0;
    code = format[0];
    structs::Layout layout;
    std::string error;
    structs::parseFormat(format, layout, error);
    return static_cast<std::int64_t>(layout.size);
}

bool isByteFormat(char c) {
    return c == 'b' || c == 'B' || c == 'c';
}

// memoryview(object): the exporter's layout, or a view's own (sharing its exporter).
ObjRef construct(Interpreter& in, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "memoryview", {"object"}, 1))
        return nullptr;
    Object* o = args.positional[0].get();
    ObjRef out;
    if (MemoryViewObject* v = asView(o)) {
        if (v->released)
            return in.raise("ValueError", kReleased);
        newView(in, v->base.get(), v->offset, v->length, v->stride, v->itemsize, v->format,
                v->readonly, out);
        return out;
    }
    if (array::ArrayObject* a = array::asArray(o)) {
        const auto size = static_cast<std::int64_t>(array::itemSize(a->code));
        const std::string format = a->code == 'u' ? "w" : std::string(1, a->code);
        newView(in, a, 0, static_cast<std::int64_t>(array::length(a)), size, size, format, false,
                out);
        return out;
    }
    if (interp::isBytesLike(o)) {
        newView(in, o, 0, static_cast<std::int64_t>(interp::bytesData(o).size()), 1, 1, "B",
                o->tag == rt::Tag::Bytes, out);
        return out;
    }
    return in.raise("TypeError", std::string("memoryview: a bytes-like object is required, not '") +
                                     in.typeName(o) + "'");
}

const rt::Metaclass kViewMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object*, CallArgs& args) { return construct(in, args); };
    return m;
}();

ObjRef release(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = asView(self);
    if (!v)
        return liveSelf(in, self, "release"), nullptr;
    if (!interp::argCount(in, args, "release", 0, 0))
        return nullptr;
    releaseExport(v);
    return in.none();
}

ObjRef enter(Interpreter& in, Object* self, CallArgs& args) {
    if (!liveSelf(in, self, "__enter__") || !interp::argCount(in, args, "__enter__", 0, 0))
        return nullptr;
    return ObjRef(self);
}

ObjRef exit(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = asView(self);
    if (!v)
        return liveSelf(in, self, "__exit__"), nullptr;
    releaseExport(v);
    return in.none();
}

ObjRef repr(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = asView(self);
    if (!v)
        return liveSelf(in, self, "__repr__"), nullptr;
    return in.newStr(std::string(v->released ? "<released memory at " : "<memory at ") +
                     hexId(in, self) + ">");
}

ObjRef obj(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "obj");
    return v ? v->base : nullptr;
}

ObjRef nbytes(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "nbytes");
    return v ? in.heap().newInt(v->length * v->itemsize) : nullptr;
}

ObjRef readonly(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "readonly");
    return v ? in.boolean(v->readonly) : nullptr;
}

ObjRef itemsize(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "itemsize");
    return v ? in.heap().newInt(v->itemsize) : nullptr;
}

ObjRef format(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "format");
    return v ? in.newStr(v->format) : nullptr;
}

ObjRef ndim(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "ndim");
    return v ? in.heap().newInt(1) : nullptr;
}

ObjRef shape(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "shape");
    return v ? in.heap().newTuple({in.heap().newInt(v->length)}) : nullptr;
}

ObjRef strides(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "strides");
    return v ? in.heap().newTuple({in.heap().newInt(v->stride)}) : nullptr;
}

ObjRef suboffsets(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "suboffsets");
    return v ? in.heap().emptyTuple() : nullptr;
}

// One-dimensional: C, Fortran and plain contiguity are one fact (PyBuffer_IsContiguous).
bool contiguous(const MemoryViewObject* v) {
    return v->length <= 1 || v->stride == v->itemsize;
}

ObjRef isContiguous(Interpreter& in, Object* self, CallArgs&) {
    MemoryViewObject* v = liveSelf(in, self, "contiguous");
    return v ? in.boolean(contiguous(v)) : nullptr;
}

ObjRef toreadonly(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "toreadonly");
    if (!v || !interp::argCount(in, args, "toreadonly", 0, 0))
        return nullptr;
    ObjRef out;
    newView(in, v->base.get(), v->offset, v->length, v->stride, v->itemsize, v->format, true, out);
    return out;
}

// cast(format): a one-dimensional view of the same bytes read as another native format, one
// side of which must be a byte format (memory_cast, cast_to_1D).
ObjRef cast(Interpreter& in, Object* self, CallArgs& args) {
    MemoryViewObject* v = liveSelf(in, self, "cast");
    if (!v)
        return nullptr;
    ObjRef fmt = interp::takeKeyword(args, "format");
    ObjRef shapeArg = interp::takeKeyword(args, "shape");
    if (fmt)
        args.positional.insert(args.positional.begin(), fmt);
    if (!interp::noMoreKeywords(in, args, "cast") || !interp::argCount(in, args, "cast", 1, 2))
        return nullptr;
    if (args.positional.size() == 2)
        shapeArg = args.positional[1];
    if (!contiguous(v))
        return in.raise("TypeError", "memoryview: casts are restricted to C-contiguous views");
    if (shapeArg)
        return in.abortUnsupported("memoryview.cast() with a shape (memstep builds "
                                   "one-dimensional views only)");
    Object* f = args.positional[0].get();
    if (!interp::isStr(f))
        return in.raise("TypeError",
                        std::string("cast() argument 'format' must be str, not ") + in.typeName(f));
    char dest = 0, source = 0;
    const std::int64_t size = nativeSize(interp::text(f), dest);
    if (size == 0)
        return in.raise("ValueError", "memoryview: destination format must be a native single "
                                      "character format prefixed with an optional '@'");
    nativeSize(v->format, source);
    if (!isByteFormat(dest) && !isByteFormat(source))
        return in.raise("TypeError", "memoryview: cannot cast between two non-byte formats");
    const std::int64_t bytes = v->length * v->itemsize;
    if (bytes % size != 0)
        return in.raise("TypeError", "memoryview: length is not a multiple of itemsize");
    ObjRef out;
    newView(in, v->base.get(), v->offset, bytes / size, size, size, std::string(1, dest),
            v->readonly, out);
    return out;
}

const std::string* buffer(Object* self) {
    MemoryViewObject* v = asView(self);
    if (!v || v->released)
        return nullptr;
    v->scratch = viewBytes(v);
    return &v->scratch;
}

} // namespace

} // namespace memoryview

void addMemoryViewBuiltin(Interpreter& in) {
    rt::TypeObject* t = makeNativeClass(in, "builtins", "memoryview", &memoryview::kViewMeta);
    t->name = "memoryview";
    t->buffer = memoryview::buffer;
    in.setBuiltin("memoryview", ObjRef(t));
    using namespace memoryview;
    addNativeMethod(in, t, "release", release);
    addNativeMethod(in, t, "__enter__", enter);
    addNativeMethod(in, t, "__exit__", exit);
    addNativeMethod(in, t, "__repr__", repr);
    addNativeMethod(in, t, "toreadonly", toreadonly);
    addNativeMethod(in, t, "cast", cast);
    addNativeProperty(in, t, "obj", obj);
    addNativeProperty(in, t, "nbytes", nbytes);
    addNativeProperty(in, t, "readonly", readonly);
    addNativeProperty(in, t, "itemsize", itemsize);
    addNativeProperty(in, t, "format", format);
    addNativeProperty(in, t, "ndim", ndim);
    addNativeProperty(in, t, "shape", shape);
    addNativeProperty(in, t, "strides", strides);
    addNativeProperty(in, t, "suboffsets", suboffsets);
    addNativeProperty(in, t, "c_contiguous", isContiguous);
    addNativeProperty(in, t, "f_contiguous", isContiguous);
    addNativeProperty(in, t, "contiguous", isContiguous);
    addSequenceMethods(in, t);
}

} // namespace memstep::core::modules
