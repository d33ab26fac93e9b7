// The two seed programs end to end: output, steps, identities and the event stream.
#include "memstep/run.h"

#include <gtest/gtest.h>
#include <string>

namespace memstep::core {
namespace {

constexpr const char* kSame = "a = 10\n"
                              "b = a\n"
                              "if id(a) == id(b):\n"
                              "    print(\"a and b refer to the same object\")\n";

constexpr const char* kDifferent = "a = 10\n"
                                   "b = a\n"
                                   "a += 1\n"
                                   "if id(a) != id(b):\n"
                                   "    print(\"a and b do not refer to the same object\")\n";

ObjectId var(const ProgramState& s, const std::string& name) {
    for (const auto& [n, id] : s.frames.front().vars)
        if (n == name)
            return id;
    return {};
}

TEST(InterpSeed, SameObjectProgram) {
    RunResult r = runProgram(kSame);
    ASSERT_FALSE(r.error) << r.error->traceback;
    EXPECT_EQ(r.stdoutText, "a and b refer to the same object\n");
    // line 1, 2, 3, 4, then the module's return.
    ASSERT_EQ(r.trace.stepCount(), 5u);
    EXPECT_EQ(r.trace.stepInfo(0).line, 1);
    EXPECT_EQ(r.trace.stepInfo(3).line, 4);
    EXPECT_EQ(r.trace.stepInfo(4).kind, StepKind::Return);
    ProgramState s = r.trace.state(2); // about to run line 3: a and b bound
    ObjectId a = var(s, "a");
    ObjectId b = var(s, "b");
    ASSERT_TRUE(a.valid());
    EXPECT_EQ(a, b);
    EXPECT_EQ(s.heap.at(a).type, "int");
    EXPECT_EQ(s.heap.at(a).value, "10");
    EXPECT_EQ(s.heap.size(), 1u);
    EXPECT_EQ(r.trace.state(4).stdoutText, "a and b refer to the same object\n");
}

TEST(InterpSeed, DifferentObjectAfterAugmentedAssignment) {
    RunResult r = runProgram(kDifferent);
    ASSERT_FALSE(r.error) << r.error->traceback;
    EXPECT_EQ(r.stdoutText, "a and b do not refer to the same object\n");
    ProgramState before = r.trace.state(2); // about to run `a += 1`
    ProgramState after = r.trace.state(3);  // after it
    EXPECT_EQ(var(before, "a"), var(before, "b"));
    ObjectId a = var(after, "a");
    ObjectId b = var(after, "b");
    EXPECT_NE(a, b);
    EXPECT_EQ(b, var(before, "b"));
    EXPECT_EQ(after.heap.at(a).value, "11");
    EXPECT_EQ(after.heap.at(b).value, "10");
    // The step that ran `a += 1` rebinds a to a newly allocated 11.
    auto events = r.trace.events(3);
    bool allocated = false, rebound = false;
    for (const Event& e : events) {
        if (e.kind == EventKind::Allocate && e.object == a)
            allocated = true;
        if (e.kind == EventKind::Rebind && e.name == "a" && e.object == a && e.from == b)
            rebound = true;
    }
    EXPECT_TRUE(allocated);
    EXPECT_TRUE(rebound);
}

TEST(InterpSeed, EventsReplayToEveryState) {
    RunResult r = runProgram(kDifferent);
    ASSERT_FALSE(r.error);
    ProgramState state;
    for (std::size_t i = 0; i < r.trace.stepCount(); ++i) {
        for (const Event& e : r.trace.events(i)) {
            std::string why;
            ASSERT_TRUE(applyEvent(state, e, &why)) << "step " << i << ": " << why;
        }
        applyStepInfo(state, r.trace.stepInfo(i));
        EXPECT_EQ(state, r.trace.state(i)) << "step " << i;
    }
}

TEST(InterpSeed, RunWithoutRecording) {
    RunOptions options;
    options.record = false;
    RunResult r = runProgram(kSame, options);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(r.stdoutText, "a and b refer to the same object\n");
    EXPECT_EQ(r.trace.stepCount(), 0u);
    EXPECT_EQ(r.steps, 5u);
}

} // namespace
} // namespace memstep::core
