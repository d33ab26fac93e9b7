// Reference counting cannot free cycles, so the heap breaks them when it is destroyed. These
// tests run programs that build cycles (a list containing itself, two lists pointing at each
// other, a dict and a closure that reach themselves) and check through the heap's per-heap
// TeardownReport that nothing the interpreter allocated is still alive after the run.
#include "modules/modules.h"
#include "runtime/callable.h"
#include "teardown_run.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

namespace memstep::core {
namespace {

using test::runWithTeardownReport;
using LeakRun = test::TeardownRun;

TEST(InterpLeak, SelfReferencingListIsFreedAtTheEnd) {
    for (bool record : {false, true}) {
        LeakRun r = runWithTeardownReport("a = [1]\na.append(a)\nprint(len(a))\n", record);
        EXPECT_FALSE(r.error.has_value());
        EXPECT_EQ(r.output, "2\n");
        EXPECT_GE(r.report.cyclic, 1u) << "the cycle should still be alive when the heap goes";
        EXPECT_EQ(r.report.leaked, 0u);
    }
}

TEST(InterpLeak, TwoListCycleAndUnreachableCycleAreFreed) {
    LeakRun r = runWithTeardownReport(
        "a = [1]\nb = [a]\na.append(b)\nc = [[2]]\nc.append(c)\nc = None\n", true);
    EXPECT_FALSE(r.error.has_value());
    EXPECT_GE(r.report.cyclic, 4u); // a, b, the dropped c and its inner list
    EXPECT_EQ(r.report.leaked, 0u);
}

TEST(InterpLeak, DictClosureAndIteratorCyclesAreFreed) {
    LeakRun r = runWithTeardownReport(
        "d = {}\nd['me'] = d\n"
        "def outer():\n    def inner():\n        return inner\n    return inner\n"
        "f = outer()\nxs = [0]\nit = iter(xs)\nxs.append(it)\n",
        true);
    EXPECT_FALSE(r.error.has_value());
    EXPECT_GE(r.report.cyclic, 4u);
    EXPECT_EQ(r.report.leaked, 0u);
}

TEST(InterpLeak, AttributeErrorKeptOnTheObjectItNamesIsFreed) {
    // The AttributeError holds the object that lacked the name (for the "Did you mean" hint),
    // and the object holds the error: a cycle only teardown can break.
    LeakRun r = runWithTeardownReport("class C:\n    pass\nc = C()\ntry:\n    c.nme\n"
                                      "except AttributeError as e:\n    c.err = e\n",
                                      true);
    EXPECT_FALSE(r.error.has_value());
    EXPECT_GE(r.report.cyclic, 2u);
    EXPECT_EQ(r.report.leaked, 0u);
}

TEST(InterpLeak, FunctionAttributeCyclesAreFreed) {
    // A function's own attributes (f.me = f, a wrapper's __wrapped__) and the names assigned
    // to it are references the heap must break at teardown too.
    LeakRun r = runWithTeardownReport(
        "def f():\n    pass\nf.me = f\nf.__name__ = 'g'\nf.__doc__ = [f]\n"
        "def deco(fn):\n    def w():\n        return w\n    w.__wrapped__ = fn\n"
        "    w.__name__ = fn.__name__\n    w.me = fn.me\n    return w\n"
        "h = deco(f)\nprint(h.__name__, h.me is f)\n",
        true);
    EXPECT_FALSE(r.error.has_value());
    EXPECT_EQ(r.output, "g True\n");
    EXPECT_GE(r.report.cyclic, 2u);
    EXPECT_EQ(r.report.leaked, 0u);
}

TEST(InterpLeak, AcyclicProgramLeavesNothingEither) {
    LeakRun r = runWithTeardownReport("xs = [1, 2, (3, 'four')]\nd = {'k': xs}\ns = {5, 6}\n"
                                      "def f(n):\n    return [n] * 2\nys = f(7)\n",
                                      true);
    EXPECT_FALSE(r.error.has_value());
    EXPECT_EQ(r.report.leaked, 0u);
}

TEST(HeapTeardown, CountsCyclesAndDetachesObjectsHeldFromOutside) {
    rt::TeardownReport report;
    rt::ObjRef outside;
    {
        rt::Heap heap(1u << 20);
        heap.reportTeardownTo(&report);
        std::uint64_t base = heap.liveObjects(); // the caches
        {
            auto a = heap.newList();
            auto b = heap.newList({heap.newInt(1000)});
            a->items.push_back(a);
            a->items.push_back(b);
            b->items.push_back(a);
            auto d = heap.newDict();
            d->insertNew(heap.newStr("key"), *rt::hashOf(heap.newStr("key").get()), d);
        }
        EXPECT_EQ(heap.liveObjects(), base + 5); // a, b, 1000, the dict, "key"
        outside = heap.newList();
        static_cast<rt::ListObject*>(outside.get())->items.push_back(heap.newFloat(1.5));
    }
    EXPECT_EQ(report.cyclic, 7u); // the five above, `outside` and the float it holds
    EXPECT_EQ(report.leaked, 1u); // only the list held from outside the heap
    outside.reset(); // freed directly, without touching the destroyed heap (ASan checks this)
}

// A weak reference answers by the program's references alone, recorded or not (the tracer's
// own references to shown objects do not count), and neither it nor its object outlives the
// heap, also when the object dies in a cycle only the teardown breaks.
TEST(InterpLeak, WeakReferencesAnswerAlikeAndDieWithTheHeap) {
    const char* program = "import weakref\n"
                          "class N:\n    pass\n"
                          "n = N()\nr = weakref.ref(n)\nprint(r() is n)\n"
                          "del n\nprint(r())\n"
                          "c = N()\nc.me = c\nrc = weakref.ref(c)\nprint(rc() is c)\n";
    for (bool record : {false, true}) {
        LeakRun r = runWithTeardownReport(program, record, &modules::standardLibrary());
        EXPECT_FALSE(r.error.has_value());
        EXPECT_EQ(r.output, "True\nNone\nTrue\n");
        EXPECT_GE(r.report.cyclic, 1u) << "c keeps itself alive until the heap goes";
        EXPECT_EQ(r.report.leaked, 0u);
    }
}

} // namespace
} // namespace memstep::core
