// bytes and bytearray: the helpers their constructors, operators, methods and codecs share.
//
// Both types are one C++ object (rt::BytesObject) under two tags, so every read-only operation
// is written once and answers with an object of the receiver's type. Whatever changes a
// bytearray tells the tracer that the whole object was redrawn (its value is its repr), which
// is simpler than per-byte events and costs nothing for the short buffers programs show.
#pragma once

#include "interp/builtins/builtins_util.h"

#include <optional>
#include <string>

namespace memstep::core::interp {

inline bool isBytesLike(const Object* o) {
    return o->tag == rt::Tag::Bytes || o->tag == rt::Tag::ByteArray;
}
inline std::string& bytesData(Object* o) {
    return static_cast<rt::BytesObject*>(o)->data;
}
inline const std::string& bytesData(const Object* o) {
    return static_cast<const rt::BytesObject*>(o)->data;
}

// The bytes an object exports through the buffer protocol: a bytes', a bytearray's, or those
// of an instance whose class has a buffer (array.array's items, TypeObject::buffer); null for
// any other object.
inline const std::string* bufferOf(Object* o) {
    if (isBytesLike(o))
        return &bytesData(o);
    if (o->tag == rt::Tag::Instance) {
        const rt::TypeObject* cls = static_cast<rt::InstanceObject*>(o)->cls;
        if (cls->buffer)
            return cls->buffer(o);
    }
    return nullptr;
}
// Where memstep reads only bytes and bytearray but CPython takes any buffer: an object with a
// buffer of its own (an array.array) ends the run as Unsupported, naming `what`; true then.
bool refusedBuffer(Interpreter& in, Object* o, const char* what);

// A result of the receiver's type: bytes (through the heap's cache) or a new bytearray.
ObjRef newBytesLike(Interpreter& in, const Object* like, std::string data);
// An int argument that must be a byte: CPython's "'str' object cannot be interpreted as an
// integer" and "<rangeMessage>" (byte must be in range(0, 256)); nullopt with the error set.
std::optional<unsigned char> byteValue(Interpreter& in, Object* o,
                                       const char* rangeMessage = "byte must be in range(0, 256)");
// The bytes of a buffer (bytes, bytearray) or of an iterable of ints, as bytes(x) reads them;
// false with the error set. `typeWord` names the target in "cannot convert 'float' object to
// bytes"; `rangeMessage` is the message for an int outside 0..255.
bool bytesFromIterable(Interpreter& in, Object* src, std::string& out, const char* typeWord,
                       const char* rangeMessage);
// The ints an iterator has left, appended as bytes; false with the error set.
bool bytesFromIterator(Interpreter& in, Object* it, std::string& out, const char* rangeMessage);
// A bytearray's contents changed: the tracer redraws it when the diagram shows it.
void bytearrayChanged(Interpreter& in, rt::BytesObject* b);
// False with CPython's BufferError when a bytearray a memoryview exports would change size to
// `newSize` (PyByteArray_Resize's check: the view would point at freed memory).
bool resizable(Interpreter& in, const Object* b, std::size_t newSize);

// The sequence protocol (bytes_ops.cpp): o[key], o[key] = value and del o[key] (value null),
// `item in o`, and the next item of an iterator over a bytes or a bytearray.
ObjRef bytesSubscript(Interpreter& in, Object* o, Object* key);
bool bytearrayStore(Interpreter& in, Object* o, Object* key, Object* value);
int bytesContains(Interpreter& in, Object* container, Object* item);
ObjRef bytesIteratorNext(Interpreter& in, rt::IteratorObject* it);
// The slice bounds of a sequence of `length` (values.cpp), and its stop when asked for
// (slice.indices): false with the error set.
bool sliceBounds(Interpreter& in, rt::SliceObject* s, std::int64_t length, std::int64_t& start,
                 std::int64_t& step, std::int64_t& count, std::int64_t* stop = nullptr);

// The codecs (bytes_codecs.cpp): str.encode and bytes.decode for utf-8, ascii and latin-1
// with the errors strict, ignore and replace. Null with the error set (UnicodeEncodeError,
// LookupError) or the run stopped as Unsupported for another codec or error handler.
ObjRef encodeText(Interpreter& in, const std::string& text, Object* encoding, Object* errors);
ObjRef decodeBytes(Interpreter& in, const std::string& data, Object* encoding, Object* errors);

// The methods (bytes_methods.cpp, bytearray_methods.cpp, bytes_types.cpp).
void registerBytesMethods(MethodTables& tables);
void registerByteArrayMethods(MethodTables& tables);
void registerBytesConversions(MethodTables& tables);
// The constructors bytes(...) and bytearray(...) (bytes_types.cpp).
ObjRef bytesConstruct(Interpreter& in, Object* self, CallArgs& args);
ObjRef bytearrayConstruct(Interpreter& in, Object* self, CallArgs& args);

} // namespace memstep::core::interp
