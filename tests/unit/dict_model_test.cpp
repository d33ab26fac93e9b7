// DictObject and SetObject against a model: random inserts, replacements, deletes and lookups
// over a small key range (so the same slots are deleted and refilled over and over) must agree
// with a plain map at every step, and keep a dict's insertion order. A table whose deleted
// markers fill the index makes a missing lookup probe forever: this test then never ends and
// CTest's timeout reports it.
#include "runtime/heap.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <vector>

namespace memstep::core::rt {
namespace {

// The value of an int object the test made.
std::int64_t intValue(const DictEntry& e) {
    return static_cast<const IntObject*>(e.value.get())->small;
}

TEST(DictModel, RandomChurnAgreesWithAMap) {
    Heap heap(std::uint64_t{1} << 32);
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
            const std::int64_t pos = d->find(key.get(), k);
            ASSERT_EQ(pos >= 0, inModel != model.end()) << "round " << round << " key " << k;
            const unsigned op = rng() % 3;
            if (op == 2) {
                // A key never seen, added and deleted at once (CPython's own pattern in
                // match_word_pattern.py), then missed: the deleted entry is the last one.
                const std::int64_t fresh = keyRange + round;
                const ObjRef freshKey = heap.newInt(fresh);
                d->erase(d->set(freshKey, fresh, heap.newInt(0)).first);
                ASSERT_LT(d->find(freshKey.get(), fresh), 0);
            } else if (op == 0) {
                const std::int64_t v = round;
                d->set(key, k, heap.newInt(v));
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
    for (unsigned seed = 1; seed <= 12; ++seed) {
        SCOPED_TRACE(seed);
        std::mt19937 rng(seed);
        Ref<SetObject> s = heap.newSet();
        std::map<std::int64_t, bool> model;
        const int keyRange = seed % 2 == 0 ? 12 : 200;
        for (int round = 0; round < 4000; ++round) {
            const std::int64_t k = static_cast<std::int64_t>(rng() % keyRange);
            const ObjRef key = heap.newInt(k);
            const std::int64_t slot = s->find(key.get(), k);
            ASSERT_EQ(slot >= 0, model.count(k) != 0) << "round " << round << " key " << k;
            if (rng() % 2 == 0) {
                EXPECT_EQ(s->add(key, k), slot < 0);
                model[k] = true;
            } else if (slot >= 0) {
                s->removeAt(slot);
                model.erase(k);
            }
            ASSERT_EQ(s->used, model.size());
        }
    }
}

} // namespace
} // namespace memstep::core::rt
