// SetObject::orderIndex keeps per-block counts of used slots for big tables; after any mix of
// adds, removals, pops, merges and rebuilds it must still give a slot's position among the
// used slots, as a plain count from the start of the table does.
#include "runtime/heap.h"

#include <gtest/gtest.h>
#include <random>

namespace memstep::core::rt {
namespace {

std::int64_t countedIndex(const SetObject& s, std::int64_t slot) {
    std::int64_t n = 0;
    for (std::int64_t i = 0; i < slot; ++i)
        if (s.table[static_cast<std::size_t>(i)].key)
            ++n;
    return n;
}

void expectOrderIndexes(const SetObject& s, std::mt19937& rng) {
    for (int probe = 0; probe < 40; ++probe) {
        auto slot = static_cast<std::int64_t>(rng() % (s.table.size() + 1));
        ASSERT_EQ(s.orderIndex(slot), countedIndex(s, slot))
            << "slot " << slot << " of " << s.table.size();
    }
}

TEST(SetOrderIndex, MatchesACountAfterRandomChanges) {
    Heap heap(std::uint64_t{1} << 32);
    struct : KeyEquality {
        int keysEqual(Object*, Object*) override { return 0; } // never asked: int keys
    } eq;
    for (unsigned seed = 1; seed <= 8; ++seed) {
        SCOPED_TRACE(seed);
        std::mt19937 rng(seed);
        Ref<SetObject> s = heap.newSet();
        for (int round = 0; round < 3000; ++round) {
            std::int64_t v = static_cast<std::int64_t>(rng() % 20000);
            switch (rng() % 8) {
            case 0: {
                std::int64_t slot = s->find(heap.newInt(v).get(), v, eq);
                if (slot >= 0)
                    s->removeAt(slot);
                break;
            }
            case 1:
                if (s->used > 0) {
                    std::int64_t slot = 0;
                    s->pop(&slot);
                }
                break;
            case 2:
                if (rng() % 50 == 0) {
                    Ref<SetObject> other = heap.newSet();
                    for (int i = 0; i < 300; ++i) {
                        std::int64_t w = static_cast<std::int64_t>(rng() % 40000);
                        other->add(heap.newInt(w), w, eq);
                    }
                    s->merge(*other, eq);
                }
                break;
            default:
                s->add(heap.newInt(v), v, eq);
                break;
            }
            if (round % 25 == 0)
                expectOrderIndexes(*s, rng);
            if (::testing::Test::HasFatalFailure())
                return;
        }
        ASSERT_GE(s->table.size(), 1024u) << "the test must reach tables that keep block counts";
        expectOrderIndexes(*s, rng);
    }
}

} // namespace
} // namespace memstep::core::rt
