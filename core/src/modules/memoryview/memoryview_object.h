// The builtin memoryview, shared by its two files (memoryview_type.cpp: the object, its
// construction, release and attributes; memoryview_sequence.cpp: items, slices, assignment,
// comparison, hashing and the conversions).
//
// A memoryview is a C type in CPython, so here it is a library class (modules.h's
// makeNativeClass) bound as the builtin name `memoryview` (ModuleLibrary::addBuiltins). A view
// keeps no bytes of its own: it names its exporter (a bytes, a bytearray or an array.array,
// never another view: a view of a view names the first one's exporter, as CPython's shared
// managed buffer does) and where its items lie in the exporter's bytes (offset, count, stride),
// so a write through it is a write to the exporter, and the diagram redraws that object. Only
// one-dimensional views are built; a cast to a shape is refused by name. While a view is
// unreleased its exporter counts it (BytesObject::exports, ArrayObject::exports), and a
// bytearray or array that is exported refuses to change size with CPython's BufferError.
#pragma once

#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

#include <cstdint>
#include <string>

namespace memstep::core::modules::memoryview {

using interp::CallArgs;

struct MemoryViewObject : rt::InstanceObject {
    ~MemoryViewObject() override; // an unreleased view gives its export back
    ObjRef base;                  // the exporter: what `obj` answers
    std::int64_t offset = 0;      // the byte where item 0 starts in the exporter's bytes
    std::int64_t length = 0;      // shape[0]
    std::int64_t stride = 1;      // strides[0]: bytes from one item to the next (< 0 reversed)
    std::int64_t itemsize = 1;
    std::string format = "B"; // a struct format character, as CPython's view names it
    bool readonly = true;
    bool released = false;
    std::string scratch; // the view's bytes in order, rebuilt for each buffer() read
};

MemoryViewObject* asView(Object* o);
// The view a method was called on, or null with CPython's error: TypeError for another object,
// ValueError "operation forbidden on released memoryview object" for a released one.
MemoryViewObject* liveSelf(Interpreter& in, Object* self, const char* method);
// A new unreleased view of `base` (whose export it takes) with the given layout.
MemoryViewObject* newView(Interpreter& in, Object* base, std::int64_t offset, std::int64_t length,
                          std::int64_t stride, std::int64_t itemsize, std::string format,
                          bool readonly, ObjRef& out);
// The view's bytes in order (contiguous, as tobytes() gives them).
std::string viewBytes(MemoryViewObject* v);
// The exporter's bytes for writing (a bytearray's or an array's); redraw with wrote() after.
std::string& writableBytes(MemoryViewObject* v);
// Writes `bytes` (the view's nbytes, in order) over the view's items, and redraws the exporter.
void writeViewBytes(Interpreter& in, MemoryViewObject* v, const std::string& bytes);
void wrote(Interpreter& in, MemoryViewObject* v);
// Item i (in range) as a Python object, by the view's format; null with NotImplementedError for
// a format memoryview cannot unpack ('w', an array of 'u').
ObjRef item(Interpreter& in, MemoryViewObject* v, std::int64_t i);
// `value` packed as one item of `format` into `out` (itemsize bytes) with memoryview's own
// errors ("memoryview: invalid type for format 'B'"...); false with the error set.
bool packItem(Interpreter& in, const std::string& format, Object* value, std::string& out);

// The sequence protocol, the comparisons, hash and the conversions (memoryview_sequence.cpp).
void addSequenceMethods(Interpreter& in, rt::TypeObject* t);

} // namespace memstep::core::modules::memoryview
