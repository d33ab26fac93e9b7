// The runtime object model: every Python value the interpreter manipulates.
//
// Objects are reference counted with an intrusive count (Ref<T>), like CPython, so a
// temporary dies the moment the last name lets go of it and the visible heap stays small.
// Each object carries the few fields the trace glue needs (its ObjectId, whether the diagram
// already shows it, its node in the reachability graph), so the recorder never has to
// look anything up in a side table on the hot path. Types are plain objects too (TypeObject)
// so `type(x)`, `isinstance` and, later, user classes share one attribute-lookup path.
// Deletion goes through the Heap's queue, so freeing a 100,000-deep nested list never
// recurses on the C++ stack. Reference counting alone cannot free a cycle (`a.append(a)`), so
// the Heap also threads every object it made onto an intrusive list and, when it is destroyed,
// breaks the references of whatever is still alive so every cycle is released with it.
#pragma once

#include "numeric/bigint.h"
#include "numeric/complex_math.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace memstep::core::rt {

enum class Tag : std::uint8_t {
    None,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Function,
    Builtin, // builtin functions and builtin methods bound to their object
    Type,
    Exception,
    Cell,
    Iterator,
    Slice,
    DictView,
    Module,
    Ellipsis,
    // The class system (runtime/instance.h).
    Instance,   // an object of a class defined by the program (or `object()`)
    Method,     // a function bound to its `self`
    Descriptor, // staticmethod / classmethod / property objects
    Super,      // what super() returns
    // Library containers (modules/): collections.deque.
    Deque,
    // Byte strings (interp/builtins/bytes_*.cpp): bytes is immutable, bytearray mutable.
    Bytes,
    ByteArray,
    // complex numbers (interp/builtins/complex_type.cpp): an immutable pair of floats.
    Complex,
};

// Tables indexed by Tag (one builtin type and one method table per tag) have this size.
inline constexpr std::size_t kTagCount = static_cast<std::size_t>(Tag::Complex) + 1;

class Heap;

struct Object {
    explicit Object(Tag t) : tag(t) {}
    virtual ~Object() = default;
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;

    std::uint32_t refs = 0;
    Tag tag;
    std::uint8_t traceState = 0; // see interp/tracing/tracer.h
    bool immortal = false;       // cached singletons: never freed while the heap lives
    // An object of a program's subclass of a builtin type (class Stack(list)): it is the
    // builtin's own object extended with its class and __dict__ (runtime/instance.h).
    bool subclassed = false;
    std::uint32_t id = 0;        // ObjectId value, assigned lazily
    std::uint32_t traceNode = 0; // its node in the tracer's reachability graph (0: none)
    std::uint32_t charged = 0;   // bytes counted against RunLimits::maxHeapBytes
    // The weakref module's bookkeeping (Heap's weak references): kWeakRef when this object is
    // a weak reference, kWeaklyReferenced when one points at it.
    std::uint8_t weak = 0;
    static constexpr std::uint8_t kWeakRef = 1;
    static constexpr std::uint8_t kWeaklyReferenced = 2;
    Heap* heap = nullptr;
    Object* heapPrev = nullptr; // the Heap's list of live objects (heap.h)
    Object* heapNext = nullptr;
};

void releaseObject(Object* object); // refs reached zero

template <class T> class Ref {
public:
    Ref() = default;
    Ref(std::nullptr_t) {}
    Ref(T* p) : m_p(p) {
        if (m_p)
            ++m_p->refs;
    }
    Ref(const Ref& o) : m_p(o.m_p) {
        if (m_p)
            ++m_p->refs;
    }
    Ref(Ref&& o) noexcept : m_p(o.m_p) { o.m_p = nullptr; }
    template <class U> Ref(const Ref<U>& o) : m_p(o.get()) {
        if (m_p)
            ++m_p->refs;
    }
    ~Ref() { reset(); }
    Ref& operator=(const Ref& o) {
        Ref tmp(o);
        swap(tmp);
        return *this;
    }
    Ref& operator=(Ref&& o) noexcept {
        Ref tmp(std::move(o));
        swap(tmp);
        return *this;
    }
    void reset() {
        if (m_p) {
            T* p = m_p;
            m_p = nullptr;
            if (--p->refs == 0)
                releaseObject(p);
        }
    }
    void swap(Ref& o) noexcept { std::swap(m_p, o.m_p); }
    T* get() const { return m_p; }
    T* operator->() const { return m_p; }
    T& operator*() const { return *m_p; }
    explicit operator bool() const { return m_p != nullptr; }
    bool operator==(const Ref& o) const { return m_p == o.m_p; }

private:
    T* m_p = nullptr;
};

using ObjRef = Ref<Object>;
using ObjVec = std::vector<ObjRef>;

struct TypeObject;

struct IntObject : Object {
    IntObject() : Object(Tag::Int) {}
    std::int64_t small = 0;
    std::unique_ptr<numeric::BigInt> big; // set when the value does not fit int64
    bool isBig() const { return big != nullptr; }
    numeric::BigInt toBig() const { return big ? *big : numeric::BigInt::fromInt64(small); }
};

struct BoolObject : Object {
    BoolObject() : Object(Tag::Bool) {}
    bool value = false;
};

struct FloatObject : Object {
    FloatObject() : Object(Tag::Float) {}
    double value = 0.0;
};

struct ComplexObject : Object {
    ComplexObject() : Object(Tag::Complex) {}
    numeric::Complex value;
};

struct StrObject : Object {
    StrObject() : Object(Tag::Str) {}
    std::string text;        // UTF-8
    std::int64_t length = 0; // in code points
    bool ascii = true;
    mutable std::int64_t hash = -1;             // cached
    mutable std::vector<std::uint32_t> offsets; // byte offset of each code point, non-ASCII only
};

// bytes and bytearray: raw bytes, each a value 0..255. A bytearray (Tag::ByteArray) changes in
// place, so only a bytes caches its hash.
struct BytesObject : Object {
    explicit BytesObject(Tag t = Tag::Bytes) : Object(t) {}
    std::string data;
    mutable std::int64_t hash = -1; // cached (bytes only)
    // The memoryviews of it not yet released: a bytearray exported this way cannot change
    // size (CPython's ob_exports).
    std::uint32_t exports = 0;
};

// The slots CPython 3.11 would have allocated for a list (its `allocated`), for sys.getsizeof:
// they follow how the list grew, so the operations that model them (runtime/list_capacity.h)
// keep them with the length they leave. `length` differs from the list's when an operation
// that does not model them changed it, and sys.getsizeof then refuses rather than guess.
struct ListCapacity {
    static constexpr std::uint32_t kUnknown = 0x7FFFFFFFu;
    std::uint32_t slots = 0;
    std::uint32_t length : 31 = kUnknown;
    std::uint32_t storage : 1 = 0; // ob_item is not NULL (list_extend presizes only when it is)
};

struct ListObject : Object {
    ListObject() : Object(Tag::List) {}
    ObjVec items;
    ListCapacity capacity;

protected:
    explicit ListObject(Tag t) : Object(t) {}
};

// collections.deque: a list's items (so the list helpers that keep the trace informed serve it
// too) under a tag of its own, so no list operation ever reaches it by mistake. A vector makes
// appendleft/popleft linear, which the tiny deques of teaching programs never notice.
struct DequeObject : ListObject {
    DequeObject() : ListObject(Tag::Deque) {}
    std::int64_t maxlen = -1; // -1: unbounded (maxlen=None)
    // Counts appends, pops, rotations, removals and insertions (not d[i] = x or reverse), as
    // CPython's deque->state does: an iterator that sees it change fails.
    std::uint64_t state = 0;
};

struct TupleObject : Object {
    TupleObject() : Object(Tag::Tuple) {}
    ObjVec items;
    // An instance of a collections.namedtuple class: that class (a TypeObject, held so the
    // class lives as long as its instances); null for a plain tuple.
    ObjRef cls;
};

struct NoneObject : Object {
    NoneObject() : Object(Tag::None) {}
};

struct EllipsisObject : Object {
    EllipsisObject() : Object(Tag::Ellipsis) {}
};

struct RangeObject : Object {
    RangeObject() : Object(Tag::Range) {}
    std::int64_t start = 0, stop = 0, step = 1;
    std::int64_t length() const;
    // The int objects CPython's range holds, which r.start/r.stop/r.step return each time
    // (range(x).stop is x); null until first asked for when no argument gave them.
    ObjRef startObject, stopObject, stepObject;
};

struct SliceObject : Object {
    SliceObject() : Object(Tag::Slice) {}
    ObjRef start, stop, step;
};

struct CellObject : Object {
    CellObject() : Object(Tag::Cell) {}
    ObjRef value;
};

} // namespace memstep::core::rt
