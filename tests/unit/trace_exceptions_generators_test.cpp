// What the trace tells of exceptions and generators, on whole programs: the exception raised
// is one object from `raise` to the `except ... as err` that binds it, frames say what they
// raise and when they yield, and a paused generator's frame is kept in `suspended` with what
// its variables hold, for exactly as long as the generator object is on the heap.
#include "memstep/run.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>

namespace memstep::core {
namespace {

const FrameState* frameNamed(const std::vector<FrameState>& frames, const std::string& function) {
    for (const FrameState& f : frames)
        if (f.function == function)
            return &f;
    return nullptr;
}

std::optional<ObjectId> varOf(const FrameState& frame, const std::string& name) {
    for (const NamedRef& v : frame.vars)
        if (v.first == name)
            return v.second;
    return std::nullopt;
}

TEST(TraceExceptions, RaisedObjectIsTheCaughtOneAndIsNeverFreedOnTheWay) {
    const RunResult run =
        runProgram("def parse(text):\n    e = ValueError('bad value')\n    raise e\n\n"
                   "try:\n    parse('x')\nexcept ValueError as err:\n    print(err)\n");
    ASSERT_FALSE(run.error.has_value());
    ObjectId raised;
    std::size_t raiseStep = 0;
    for (std::size_t i = 0; i < run.trace.stepCount() && !raised.valid(); ++i)
        for (const Event& e : run.trace.events(i))
            if (e.kind == EventKind::Raise) {
                raised = e.object;
                raiseStep = i;
            }
    ASSERT_TRUE(raised.valid()) << "the raise event names the exception object";
    std::optional<ObjectId> bound;
    for (std::size_t i = raiseStep; i < run.trace.stepCount() && !bound; ++i) {
        const ProgramState state = run.trace.state(i);
        ASSERT_TRUE(state.heap.count(raised)) << "freed in flight at step " << i;
        EXPECT_EQ(state.heap.at(raised).value, "bad value");
        for (const Event& e : run.trace.events(i)) {
            EXPECT_FALSE(e.kind == EventKind::Allocate && e.object == raised)
                << "allocated again at step " << i;
            if (e.kind == EventKind::Bind && e.name == "err")
                bound = e.object;
        }
    }
    ASSERT_TRUE(bound.has_value());
    EXPECT_EQ(*bound, raised);
}

TEST(TraceExceptions, UnwindingFrameRaisesRatherThanReturns) {
    const RunResult run = runProgram(
        "def f(n):\n    return 10 // n\n\ntry:\n    f(0)\nexcept ZeroDivisionError:\n    pass\n");
    bool sawUnwind = false;
    for (std::size_t i = 0; i < run.trace.stepCount(); ++i) {
        const StepInfo info = run.trace.stepInfo(i);
        const ProgramState state = run.trace.state(i);
        if (info.kind == StepKind::Return && state.frames.back().function == "f") {
            ASSERT_TRUE(info.raising.has_value());
            EXPECT_EQ(state.frames.back().raising, info.raising);
            EXPECT_EQ(state.heap.at(*info.raising).type, "ZeroDivisionError");
            sawUnwind = true;
        }
    }
    EXPECT_TRUE(sawUnwind);
}

TEST(TraceGenerators, PausedFrameKeepsItsObjectsWhileTheGeneratorLives) {
    const RunResult run =
        runProgram("def gen():\n    buffer = [1, 2]\n    yield len(buffer)\n    yield 0\n\n"
                   "g = gen()\nfirst = next(g)\nx = 1\ng = None\ny = 2\n");
    ASSERT_FALSE(run.error.has_value());
    bool sawPaused = false;
    bool sawYield = false;
    bool sawGone = false;
    for (std::size_t i = 0; i < run.trace.stepCount(); ++i) {
        const ProgramState state = run.trace.state(i);
        const StepInfo info = run.trace.stepInfo(i);
        if (info.kind == StepKind::Return && info.yielded) {
            sawYield = true;
            EXPECT_TRUE(state.frames.back().yielded);
        }
        const FrameState* module = frameNamed(state.frames, "<module>");
        ASSERT_NE(module, nullptr);
        auto g = varOf(*module, "g");
        const FrameState* paused = frameNamed(state.suspended, "gen");
        if (paused) {
            ASSERT_TRUE(g.has_value());
            const HeapObject& generator = state.heap.at(*g);
            EXPECT_EQ(generator.type, "generator");
            EXPECT_EQ(generator.frame, paused->id);
            auto buffer = varOf(*paused, "buffer");
            ASSERT_TRUE(buffer.has_value());
            ASSERT_TRUE(state.heap.count(*buffer)) << "a paused frame's list is on the heap";
            EXPECT_EQ(state.heap.at(*buffer).type, "list");
            sawPaused = true;
        }
        if (sawPaused && !paused && !frameNamed(state.frames, "gen")) {
            // g = None: the generator, its frame and its list go together.
            for (const auto& [id, object] : state.heap)
                EXPECT_NE(object.type, "list");
            sawGone = true;
        }
    }
    EXPECT_TRUE(sawYield);
    EXPECT_TRUE(sawPaused);
    EXPECT_TRUE(sawGone);
}

} // namespace
} // namespace memstep::core
