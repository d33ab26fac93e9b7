// The heap of one interpreter: object creation, the caches CPython keeps (small ints,
// None/True/False, the empty tuple and string, one-character strings), byte accounting
// against RunLimits::maxHeapBytes, deferred deletion, and the list of every live object.
//
// Reference counts free almost everything the moment it becomes garbage, but not cycles. The
// heap therefore links every object it creates into an intrusive list; its destructor pins
// what is still alive, clears those objects' references and unpins them, so cycles die with
// the run instead of leaking. A per-heap TeardownReport lets tests see what that freed.
//
// Identity is part of what the diagram teaches, so every factory here decides, exactly as
// CPython 3.11 does, whether a value is a cached object or a fresh one.
#pragma once

#include "runtime/containers.h"
#include "runtime/object.h"

#include <array>
#include <cstdint>
#include <new>
#include <string>
#include <unordered_map>
#include <vector>

namespace memstep::core::rt {

// Rough CPython sizes, only to stop runaway programs before the machine runs out of memory.
inline constexpr std::uint32_t kObjectBytes = 48;
inline constexpr std::uint32_t kSlotBytes = 8;

// What the heap's destruction found; written to the caller's struct (tests, diagnostics).
struct TeardownReport {
    std::uint64_t cyclic = 0; // objects alive after the caches were dropped: garbage in cycles
    std::uint64_t leaked = 0; // objects still referenced from outside the heap (a bug); not freed
};

class Heap {
public:
    explicit Heap(std::uint64_t maxBytes);
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    template <class T> T* make(std::uint32_t extraBytes = 0) {
        T* o = new T();
        o->heap = this;
        o->charged = kObjectBytes + extraBytes;
        m_bytes += o->charged;
        ++m_liveObjects;
        link(o);
        return o;
    }
    // Changes an object's charge (containers growing or shrinking).
    void recharge(Object* o, std::int64_t delta) {
        o->charged = static_cast<std::uint32_t>(static_cast<std::int64_t>(o->charged) + delta);
        m_bytes = static_cast<std::uint64_t>(static_cast<std::int64_t>(m_bytes) + delta);
    }
    // True when `more` bytes would still fit under the limit.
    bool canAllocate(std::uint64_t more) const { return m_bytes + more <= m_maxBytes; }
    bool overLimit() const { return m_bytes > m_maxBytes; }
    // Bytes left under the limit.
    std::uint64_t room() const { return m_bytes < m_maxBytes ? m_maxBytes - m_bytes : 0; }
    std::uint64_t bytes() const { return m_bytes; }
    std::uint64_t liveObjects() const { return m_liveObjects; }

    void destroy(Object* o);

    // Weak references (the weakref module): `ref` answers its referent until the referent is
    // freed, then null. Neither holds the other: a freed referent nulls its weak references,
    // a freed weak reference leaves its referent's list (forgetWeakRef, from its destructor).
    void addWeakRef(Object* ref, Object* referent);
    Object* weakReferent(const Object* ref) const;
    // The weak references to `referent`, oldest first (null when none).
    const std::vector<Object*>* weakRefsTo(const Object* referent) const;
    void forgetWeakRef(Object* ref);
    // Calls f(o) for every live object the heap made (the weakref module's look for
    // exceptions whose tracebacks CPython keeps).
    template <class F> void forEachLive(F&& f) const {
        for (Object* o = m_first; o; o = o->heapNext)
            f(o);
    }
    // The destructor fills *report (may be null); the struct must outlive the heap.
    void reportTeardownTo(TeardownReport* report) { m_report = report; }

    ObjRef none() const { return m_none; }
    ObjRef boolean(bool v) const { return v ? m_true : m_false; }
    ObjRef ellipsis() const { return m_ellipsis; }
    ObjRef emptyTuple() const { return m_emptyTuple; }
    ObjRef emptyStr() const { return m_emptyStr; }

    ObjRef newInt(std::int64_t v);
    ObjRef newInt(numeric::BigInt v); // normalises to the int64 form when it fits
    ObjRef newFloat(double v);
    ObjRef newComplex(double real, double imag);
    // A str at run time: cached when empty or one latin-1 character.
    ObjRef newStr(std::string text);
    // A fresh, uncached str object (constants use this; the caller merges equal ones).
    Ref<StrObject> freshStr(std::string text);
    // A bytes at run time: cached when empty or one byte, as CPython's (b'' is bytes()).
    ObjRef newBytes(std::string data);
    // A fresh, uncached bytes object (constants; the caller merges equal ones).
    Ref<BytesObject> freshBytes(std::string data);
    // A new bytearray holding `data` (never shared).
    Ref<BytesObject> newByteArray(std::string data = {});
    Ref<ListObject> newList(ObjVec items = {});
    ObjRef newTuple(ObjVec items); // the empty tuple is the singleton
    Ref<DictObject> newDict();
    Ref<SetObject> newSet(bool frozen = false);

private:
    // A kept spare of T's kind (see m_spareInts) when there is one, else a new T; either way
    // charged and linked as make<T>() leaves it.
    template <class T> T* spareOrMake(std::vector<T*>& spares, std::uint32_t extraBytes = 0) {
        if (spares.empty())
            return make<T>(extraBytes);
        T* o = spares.back();
        spares.pop_back();
        o->heap = this;
        o->charged = kObjectBytes + extraBytes;
        m_bytes += o->charged;
        ++m_liveObjects;
        link(o);
        return o;
    }
    // Keeps a freed object for spareOrMake (reconstructed: every field as `new T` leaves it).
    // False when enough are kept already; the caller deletes it then.
    template <class T> static bool keepSpare(Object* d, std::vector<T*>& spares) {
        if (spares.size() >= kSpareObjects)
            return false;
        auto* o = static_cast<T*>(d);
        o->~T();
        spares.push_back(new (o) T());
        return true;
    }
    // Spares of each kind kept at most: a loop's temporaries need a handful; the cap bounds the
    // memory a burst of frees (a big list of floats dropped at once) keeps after it.
    static constexpr std::size_t kSpareObjects = 1024;

    void link(Object* o);
    void unlink(Object* o);
    void releaseAll();
    void clearWeakRefsTo(Object* referent);

    std::uint64_t m_maxBytes;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_liveObjects = 0;
    bool m_draining = false;
    std::vector<Object*> m_doomed;
    // Freed machine-sized ints, kept (reconstructed) for the next newInt: arithmetic makes and
    // drops one int per operation, and reusing them spares the allocator. Not linked into the
    // live list; the destructor deletes them.
    std::vector<IntObject*> m_spareInts;
    // The same for floats: a float loop makes and drops one float per operation, as CPython's
    // float free list is there for.
    std::vector<FloatObject*> m_spareFloats;
    // And tuples: `q, r = divmod(n, 10)`, `return a, b` and every call of a builtin that
    // answers a pair make and drop one.
    std::vector<TupleObject*> m_spareTuples;
    Object* m_first = nullptr; // every live object made by this heap
    TeardownReport* m_report = nullptr;
    ObjRef m_none, m_true, m_false, m_ellipsis, m_emptyTuple, m_emptyStr;
    std::array<ObjRef, 262> m_smallInts; // -5..256
    std::array<ObjRef, 256> m_latin1;    // one-character strings U+0000..U+00FF
    // b'' and the one-byte bytes objects, made when first needed.
    ObjRef m_emptyBytes;
    std::array<ObjRef, 256> m_byteChars;
    std::unordered_map<const Object*, Object*> m_weakReferent;            // ref -> referent
    std::unordered_map<const Object*, std::vector<Object*>> m_weakRefsTo; // referent -> refs
};

// Text helpers shared by the runtime and the interpreter.
std::int64_t utf8Length(std::string_view text, bool* ascii);
void initStr(StrObject& s); // computes length/ascii from text

} // namespace memstep::core::rt
