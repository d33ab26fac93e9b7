// The coroutine machinery under generators: a body suspended half-way must give back its
// native stack and every object it refers to when the generator is dropped or the run ends,
// and many suspended generators at once must cost reserved address space, not memory.
#include "interp/generators/coroutine.h"
#include "interp/interpreter.h"
#include "teardown_run.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <vector>

namespace memstep::core {
namespace {

using GeneratorRun = test::TeardownRun;

GeneratorRun runProgram(std::string_view source, bool record) {
    return test::runWithTeardownReport(source, record);
}

TEST(Coroutine, SuspendsAndResumesInOrder) {
    struct Probe {
        interp::Coroutine* self = nullptr;
        std::vector<int> seen;
    } probe;
    interp::Coroutine co(
        [](void* p) {
            auto* probe = static_cast<Probe*>(p);
            for (int i = 0; i < 3; ++i) {
                probe->seen.push_back(i);
                probe->self->suspend();
            }
        },
        &probe, std::make_shared<interp::StackPool>());
    probe.self = &co;
    EXPECT_FALSE(co.started());
    ASSERT_TRUE(co.resume());
    EXPECT_EQ(probe.seen, (std::vector<int>{0}));
    ASSERT_TRUE(co.resume());
    ASSERT_TRUE(co.resume());
    EXPECT_FALSE(co.finished());
    ASSERT_TRUE(co.resume());
    EXPECT_TRUE(co.finished());
    EXPECT_EQ(probe.seen, (std::vector<int>{0, 1, 2}));
    EXPECT_FALSE(co.resume()) << "a finished coroutine cannot run again";
}

// A switch keeps what a call keeps: values the resumer holds in registers across resume(),
// and floating-point work on either side.
TEST(Coroutine, SwitchesKeepRegistersAndFloatingPointState) {
    struct Probe {
        interp::Coroutine* self = nullptr;
        double sum = 0;
    } probe;
    interp::Coroutine co(
        [](void* p) {
            auto* probe = static_cast<Probe*>(p);
            volatile double step = 0.5;
            for (int i = 0; i < 1000; ++i) {
                probe->sum += step * i;
                probe->self->suspend();
            }
        },
        &probe, std::make_shared<interp::StackPool>());
    probe.self = &co;
    double mine = 0;
    std::uint64_t mixed = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < 1000; ++i) {
        ASSERT_TRUE(co.resume());
        mine += 0.25 * i;
        mixed = mixed * 6364136223846793005ull + static_cast<std::uint64_t>(i);
    }
    ASSERT_TRUE(co.resume());
    EXPECT_TRUE(co.finished());
    EXPECT_EQ(probe.sum, 0.5 * 999 * 1000 / 2);
    EXPECT_EQ(mine, 0.25 * 999 * 1000 / 2);
    std::uint64_t expected = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < 1000; ++i)
        expected = expected * 6364136223846793005ull + static_cast<std::uint64_t>(i);
    EXPECT_EQ(mixed, expected);
}

// The stack of a body that ended serves the next one (not under AddressSanitizer, where every
// stack is fresh), so short generators cost no mapping each.
TEST(Coroutine, AStackIsReusedAfterItsBodyEnds) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer gives every coroutine a fresh stack";
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    GTEST_SKIP() << "AddressSanitizer gives every coroutine a fresh stack";
#endif
#endif
    auto pool = std::make_shared<interp::StackPool>();
    const char* first = nullptr;
    {
        interp::Coroutine co([](void*) {}, nullptr, pool);
        ASSERT_TRUE(co.resume());
        EXPECT_TRUE(co.finished());
        first = co.stackLow();
    }
    interp::Coroutine again([](void*) {}, nullptr, pool);
    ASSERT_TRUE(again.resume());
    EXPECT_EQ(again.stackLow(), first);
}

TEST(Coroutine, AbandonedCoroutineReleasesItsStack) {
    std::size_t before = interp::Coroutine::liveStacks();
    {
        interp::Coroutine* self = nullptr;
        interp::Coroutine co([](void* p) { (*static_cast<interp::Coroutine**>(p))->suspend(); },
                             &self, std::make_shared<interp::StackPool>());
        self = &co;
        ASSERT_TRUE(co.resume());
        EXPECT_EQ(interp::Coroutine::liveStacks(), before + 1);
    }
    EXPECT_EQ(interp::Coroutine::liveStacks(), before);
}

TEST(InterpGenerator, GeneratorAbandonedHalfWayIsFreed) {
    std::size_t before = interp::Coroutine::liveStacks();
    for (bool record : {false, true}) {
        GeneratorRun r =
            runProgram("def gen(xs):\n    big = [xs, xs]\n    for x in xs:\n        yield x\n"
                       "g = gen([1, 2, 3])\nprint(next(g))\ng = None\n"
                       "h = gen([4, 5])\nprint(next(h))\n",
                       record);
        EXPECT_FALSE(r.error.has_value());
        EXPECT_EQ(r.output, "1\n4\n");
        EXPECT_EQ(r.report.leaked, 0u)
            << "objects held by a suspended body's stack must be released";
        EXPECT_EQ(interp::Coroutine::liveStacks(), before);
    }
}

TEST(InterpGenerator, DroppedGeneratorClosesItsYieldFromDelegate) {
    // python3 prints "closed" when z is dropped: gen_close_iter calls the delegate's close()
    // before GeneratorExit reaches the paused frame (whose finally then runs).
    GeneratorRun r = runProgram("class C:\n    def __iter__(self):\n        return self\n"
                                "    def __next__(self):\n        return 1\n"
                                "    def close(self):\n        print('closed')\n"
                                "def k():\n    try:\n        yield from C()\n"
                                "    finally:\n        print('finally')\n"
                                "z = k()\nprint(next(z))\nz = None\nprint('end')\n",
                                false);
    EXPECT_FALSE(r.error.has_value()) << (r.error ? r.error->message : "");
    EXPECT_EQ(r.output, "1\nclosed\nfinally\nend\n");
}

TEST(InterpGenerator, GeneratorInACycleIsFreed) {
    GeneratorRun r = runProgram("xs = []\ndef gen():\n    yield xs\n    yield 2\n"
                                "g = gen()\nxs.append(g)\nnext(g)\n",
                                true);
    EXPECT_FALSE(r.error.has_value());
    EXPECT_EQ(r.report.leaked, 0u);
}

TEST(InterpGenerator, TenThousandLiveGenerators) {
    std::size_t before = interp::Coroutine::liveStacks();
    GeneratorRun r = runProgram("def gen(i):\n    while True:\n        yield i\n        i += 1\n"
                                "gs = [gen(i) for i in range(10000)]\n"
                                "total = 0\nfor g in gs:\n    total += next(g)\nprint(total)\n",
                                false);
    EXPECT_FALSE(r.error.has_value()) << (r.error ? r.error->message : "");
    EXPECT_EQ(r.output, "49995000\n");
    EXPECT_EQ(r.report.leaked, 0u);
    EXPECT_EQ(interp::Coroutine::liveStacks(), before);
}

TEST(InterpGenerator, DeepRecursionInsideAGeneratorIsARecursionError) {
    GeneratorRun r = runProgram("def rec(n):\n    return rec(n + 1)\n"
                                "def gen():\n    yield rec(0)\n"
                                "print(list(gen()))\n",
                                false);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->type, "RecursionError");
    EXPECT_EQ(r.report.leaked, 0u);
}

} // namespace
} // namespace memstep::core
