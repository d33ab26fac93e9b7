// DictObject and SetObject against a model: random inserts, replacements, deletes and lookups
// over a small key range (so the same slots are deleted and refilled over and over) must agree
// with a plain map at every step, and keep a dict's insertion order. A table whose deleted
// markers fill the index makes a missing lookup probe forever: this test then never ends and
// CTest's timeout reports it.
#include "runtime/heap.h"
#include "runtime/instance.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <vector>

namespace memstep::core::rt {
namespace {

// Builtin keys never ask the interpreter: any call fails the test.
struct BuiltinKeysOnly : KeyEquality {
    int keysEqual(Object*, Object*) override {
        ADD_FAILURE() << "a builtin key was compared by the interpreter";
        return 0;
    }
};

// The value of an int object the test made.
std::int64_t intValue(const DictEntry& e) {
    return static_cast<const IntObject*>(e.value.get())->small;
}

TEST(DictModel, RandomChurnAgreesWithAMap) {
    Heap heap(std::uint64_t{1} << 32);
    BuiltinKeysOnly eq;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        SCOPED_TRACE(seed);
        std::mt19937 rng(seed);
        Ref<DictObject> d = heap.newDict();
        std::vector<std::pair<std::int64_t, std::int64_t>> model; // in insertion order
        const int keyRange = seed % 2 == 0 ? 12 : 200;
        for (int round = 0; round < 4000; ++round) {
            const std::int64_t k = static_cast<std::int64_t>(rng() % keyRange);
            const auto inModel = std::find_if(model.begin(), model.end(),
                                              [&](const auto& kv) { return kv.first == k; });
            const ObjRef key = heap.newInt(k);
            const std::int64_t pos = d->find(key.get(), k, eq);
            ASSERT_EQ(pos >= 0, inModel != model.end()) << "round " << round << " key " << k;
            const unsigned op = rng() % 3;
            if (op == 2) {
                // A key never seen, added and deleted at once (CPython's own pattern in
                // match_word_pattern.py), then missed: the deleted entry is the last one.
                const std::int64_t fresh = keyRange + round;
                const ObjRef freshKey = heap.newInt(fresh);
                d->erase(d->set(freshKey, fresh, heap.newInt(0), eq).first);
                ASSERT_LT(d->find(freshKey.get(), fresh, eq), 0);
            } else if (op == 0) {
                const std::int64_t v = round;
                d->set(key, k, heap.newInt(v), eq);
                if (inModel != model.end()) {
                    inModel->second = v;
                } else {
                    model.emplace_back(k, v);
                }
            } else if (pos >= 0) {
                d->erase(pos);
                model.erase(inModel);
            }
            ASSERT_EQ(d->used, model.size());
        }
        std::vector<std::pair<std::int64_t, std::int64_t>> live;
        for (const DictEntry& e : d->entries) {
            if (e.key) {
                live.emplace_back(static_cast<const IntObject*>(e.key.get())->small, intValue(e));
            }
        }
        EXPECT_EQ(live, model);
    }
}

TEST(SetModel, RandomChurnAgreesWithASet) {
    Heap heap(std::uint64_t{1} << 32);
    BuiltinKeysOnly eq;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        SCOPED_TRACE(seed);
        std::mt19937 rng(seed);
        Ref<SetObject> s = heap.newSet();
        std::map<std::int64_t, bool> model;
        const int keyRange = seed % 2 == 0 ? 12 : 200;
        for (int round = 0; round < 4000; ++round) {
            const std::int64_t k = static_cast<std::int64_t>(rng() % keyRange);
            const ObjRef key = heap.newInt(k);
            const std::int64_t slot = s->find(key.get(), k, eq);
            ASSERT_EQ(slot >= 0, model.count(k) != 0) << "round " << round << " key " << k;
            if (rng() % 2 == 0) {
                EXPECT_EQ(s->add(key, k, eq), slot < 0 ? 1 : 0);
                model[k] = true;
            } else if (slot >= 0) {
                s->removeAt(slot);
                model.erase(k);
            }
            ASSERT_EQ(s->used, model.size());
        }
    }
}

// Keys of a program class: equal when their `v` attributes are (the interpreter's __eq__,
// here a stand-in that counts its calls and may change the table under the lookup).
struct ProgramKeys : KeyEquality {
    int calls = 0;
    std::function<void()> during; // runs inside the next comparison (the program's code)
    int keysEqual(Object* stored, Object* probe) override {
        ++calls;
        lastStored = stored;
        if (during) {
            auto once = std::move(during); // runs once
            during = nullptr;
            once();
        }
        return value(stored) == value(probe);
    }
    // A tuple (p, 1) is compared by its program object here.
    static std::int64_t value(Object* o) {
        if (o->tag == Tag::Tuple)
            o = static_cast<TupleObject*>(o)->items[0].get();
        return static_cast<const IntObject*>(
                   static_cast<InstanceObject*>(o)->attrs.find("v")->get())
            ->small;
    }
    Object* lastStored = nullptr;
};

TEST(KeyEqualityPath, BuiltinKeysNeverAskAndProgramKeysAskOnEqualHashOnly) {
    Heap heap(std::uint64_t{1} << 32);
    TypeObject* point = heap.make<TypeObject>();
    ObjRef keepType(point);
    point->isUser = true;
    auto make = [&](std::int64_t v) {
        auto* o = heap.make<InstanceObject>();
        o->cls = point;
        o->attrs.set("v", heap.newInt(v));
        return ObjRef(o);
    };
    ProgramKeys eq;
    Ref<DictObject> d = heap.newDict();
    // Builtin keys (ints, strs, tuples of them) take the fast path: no call.
    for (std::int64_t k = 0; k < 100; ++k)
        d->set(heap.newTuple({heap.newInt(k), heap.newStr("x")}), k, heap.newInt(k), eq);
    for (std::int64_t k = 0; k < 100; ++k)
        EXPECT_EQ(d->find(heap.newTuple({heap.newInt(k), heap.newStr("x")}).get(), k, eq), k);
    EXPECT_EQ(eq.calls, 0);
    // A program key: found by identity without a call, by an equal twin with one call whose
    // left operand is the stored key (CPython's PyObject_RichCompareBool(startkey, key)).
    ObjRef p = make(7), twin = make(7), other = make(8);
    d->set(p, 1000, heap.newStr("p"), eq);
    EXPECT_EQ(eq.calls, 0);
    EXPECT_EQ(d->find(p.get(), 1000, eq), 100);
    EXPECT_EQ(eq.calls, 0);
    EXPECT_EQ(d->find(twin.get(), 1000, eq), 100);
    EXPECT_EQ(eq.calls, 1);
    EXPECT_EQ(eq.lastStored, p.get());
    EXPECT_EQ(d->find(other.get(), 1000, eq), -1); // same hash, not equal
    EXPECT_EQ(d->find(twin.get(), 1001, eq), -1);  // another hash: never compared
    EXPECT_EQ(eq.calls, 2);
    // A tuple holding one asks too.
    d->set(heap.newTuple({p, heap.newInt(1)}), 5000, heap.newStr("t"), eq);
    EXPECT_GE(d->find(heap.newTuple({twin, heap.newInt(1)}).get(), 5000, eq), 0);
    EXPECT_EQ(eq.calls, 3);
    // The comparison grows the dict past a rebuild of its index (402 keys: 512 slots are too
    // few): the lookup starts over
    // and still finds the key (comparing it once more).
    eq.during = [&] {
        for (std::int64_t k = 100; k < 400; ++k)
            d->set(heap.newInt(k), k, heap.newInt(k), eq);
    };
    EXPECT_EQ(d->find(twin.get(), 1000, eq), 100);
    EXPECT_EQ(eq.calls, 5);
    // A failed comparison answers kLookupFailed and changes nothing.
    struct : KeyEquality {
        int keysEqual(Object*, Object*) override { return -1; }
    } failing;
    const std::size_t before = d->used;
    EXPECT_EQ(d->set(twin, 1000, heap.newStr("no"), failing).first, kLookupFailed);
    EXPECT_EQ(d->used, before);
    // Sets: the same rules, and add() of an equal twin keeps the stored key.
    Ref<SetObject> s = heap.newSet();
    eq.calls = 0;
    EXPECT_EQ(s->add(p, 42, eq), 1);
    EXPECT_EQ(s->add(twin, 42, eq), 0);
    EXPECT_EQ(eq.calls, 1);
    EXPECT_EQ(s->add(other, 42, eq), 1);
    EXPECT_EQ(s->used, 2u);
    EXPECT_EQ(s->find(make(8).get(), 42, eq) >= 0, true);
    EXPECT_EQ(s->find(p.get(), 42, failing), s->find(p.get(), 42, eq)); // identity first
}

} // namespace
} // namespace memstep::core::rt
