// For a set of programs, every step's recorded state must equal what replaying the events
// gives, and the heap must be exactly the objects reachable from the frames (no leaks of
// unreachable objects, nothing missing).
#include "memstep/run.h"

#include <gtest/gtest.h>
#include <set>
#include <string>

namespace memstep::core {
namespace {

const char* const kPrograms[] = {
    "a = 10\nb = a\na += 1\n",
    "xs = [1, 2]\nxs.append([3])\nys = xs\nxs.pop()\ndel ys\nxs = None\n",
    "d = {'k': [1]}\nd['j'] = d['k']\ndel d['k']\nd.clear()\n",
    "s = {1, 2, 3}\ns.add(100)\nfor i in range(20):\n    s.add(i * 7)\ns.discard(1)\n",
    "a = [1]\na.append(a)\nb = a\ndel a\nb = 0\n",
    "def f(n, acc=[]):\n    acc.append(n)\n    return acc\nr = f(1)\nr = f(2)\n",
    "def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\nprint(fact(25))\n",
    "m = [[i * j for j in range(3)] for i in range(3)]\nt = tuple(m)\nm[0].sort(reverse=True)\n",
    "x = [3, 1, 2]\nx.sort()\nx.reverse()\nx[1:2] = [9, 9]\nprint(x)\n",
    "d = {}\nfor w in 'a b a c'.split():\n    d[w] = d.get(w, 0) + 1\nprint(d)\n",
};

std::set<ObjectId> reachable(const ProgramState& s) {
    std::set<ObjectId> seen;
    std::vector<ObjectId> stack;
    for (const FrameState& f : s.frames) {
        for (const auto& v : f.vars)
            stack.push_back(v.second);
        if (f.returnValue)
            stack.push_back(*f.returnValue);
    }
    while (!stack.empty()) {
        ObjectId id = stack.back();
        stack.pop_back();
        if (!seen.insert(id).second)
            continue;
        auto it = s.heap.find(id);
        if (it == s.heap.end())
            continue;
        const HeapObject& h = it->second;
        for (ObjectId c : h.items)
            stack.push_back(c);
        for (const auto& [k, v] : h.entries) {
            stack.push_back(k);
            stack.push_back(v);
        }
        for (const auto& a : h.attrs)
            stack.push_back(a.second);
        for (ObjectId c : h.defaults)
            stack.push_back(c);
        for (const auto& c : h.closure)
            stack.push_back(c.second);
    }
    return seen;
}

TEST(InterpConsistency, HeapIsExactlyTheReachableObjects) {
    for (const char* program : kPrograms) {
        RunResult r = runProgram(program);
        ASSERT_FALSE(r.error) << program << "\n" << r.error->traceback;
        ProgramState replayed;
        for (std::size_t i = 0; i < r.trace.stepCount(); ++i) {
            for (const Event& e : r.trace.events(i)) {
                std::string why;
                ASSERT_TRUE(applyEvent(replayed, e, &why))
                    << program << "step " << i << ": " << why;
            }
            applyStepInfo(replayed, r.trace.stepInfo(i));
            ProgramState s = r.trace.state(i);
            ASSERT_EQ(replayed, s) << program << "step " << i;
            std::set<ObjectId> live = reachable(s);
            std::set<ObjectId> shown;
            for (const auto& [id, obj] : s.heap)
                shown.insert(id);
            EXPECT_EQ(live, shown) << program << "step " << i;
        }
    }
}

TEST(InterpConsistency, CycleBecomesGarbage) {
    RunResult r = runProgram("a = [1]\na.append(a)\na = None\nb = 2\n");
    ASSERT_FALSE(r.error);
    ProgramState last = r.trace.state(r.trace.stepCount() - 1);
    for (const auto& [id, obj] : last.heap)
        EXPECT_NE(obj.type, "list");
}

// Speed is measured by bench/ (record_100k, record_1m), not asserted here.
TEST(InterpConsistency, LongLoopRecordsEveryStepWithASmallHeap) {
    RunOptions options;
    options.limits.maxSteps = 3'000'000;
    RunResult r = runProgram("for i in range(200000):\n    x = i * 2\n", options);
    ASSERT_FALSE(r.error) << r.error->message;
    EXPECT_EQ(r.trace.stepCount(), 400'002u);
    ProgramState s = r.trace.state(r.trace.stepCount() - 1);
    EXPECT_EQ(s.heap.size(), 3u); // i, x and the module's return value None
}

} // namespace
} // namespace memstep::core
