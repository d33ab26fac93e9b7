// RunLimits: the wall-time limit and Cancel end a run with their own diagnostic, also when the
// time goes into one long builtin call rather than into many steps, and keep the steps so far.
#include "memstep/diagnostic.h"
#include "memstep/run.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

using namespace memstep::core;

namespace {

constexpr const char* kLoop = "n = 0\nwhile True:\n    n += 1\n";

} // namespace

TEST(RunLimits, TimeLimitEndsAnInfiniteLoop) {
    RunOptions options;
    options.limits.maxSteps = std::uint64_t(1) << 40;
    options.limits.maxSeconds = 0.2;
    const RunResult result = runProgram(kLoop, options);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->type, kTimeLimit);
    EXPECT_EQ(result.error->message,
              "stopped after 0.2 seconds - the program may be in an infinite loop");
    EXPECT_GT(result.steps, 0u);
    EXPECT_GT(result.trace.stepCount(), 0u);
}

TEST(RunLimits, TimeLimitReachesIntoOneLongBuiltinCall) {
    RunOptions options;
    options.record = false;
    options.limits.maxSeconds = 1;
    // Hours of work in a single step: the limit is polled while sum() iterates.
    const RunResult result = runProgram("x = sum(range(10**12))\nprint(x)\n", options);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->type, kTimeLimit);
    EXPECT_EQ(result.error->message,
              "stopped after 1 second - the program may be in an infinite loop");
    EXPECT_LT(result.steps, 5u);
    EXPECT_TRUE(result.stdoutText.empty());
}

TEST(RunLimits, NoTimeLimitByDefault) {
    EXPECT_EQ(RunLimits{}.maxSeconds, 0.0);
    RunOptions options;
    options.limits.maxSteps = 5000;
    const RunResult result = runProgram(kLoop, options);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->type, kStepLimit);
    EXPECT_EQ(result.error->message,
              "stopped after 5,000 steps - the program may be in an infinite loop");
}

TEST(RunLimits, CancelStopsOneLongBuiltinCall) {
    std::atomic<bool> cancel{false};
    RunOptions options;
    options.record = false;
    options.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    const RunResult result = runProgram("x = sum(range(10**12))\n", options);
    canceller.join();
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->type, kCancelled);
}

TEST(RunLimits, ProgramsUnderTheLimitsAreUntouched) {
    RunOptions options;
    options.limits.maxSeconds = 60;
    const RunResult result = runProgram("print(sum(range(100000)))\n", options);
    EXPECT_FALSE(result.error.has_value());
    EXPECT_EQ(result.stdoutText, "4999950000\n");
}

// The heap limit is the visualiser's, not Python's: no handler of the program may catch it
// (issue #16). Each program grows past a 16 MB limit in its own way inside a try statement
// whose handlers would print; the run must end with MemoryLimit, the handlers unrun.
TEST(RunLimits, HeapLimitIsNotAPythonException) {
    const char* growers[] = {
        "l = []\n    while True:\n        l.append([0] * 8)",
        "x = [0] * 10**7",
        "x = 'ab' * 10**8",
        "x = 7 ** (10**9)",
        "x = 1 << 10**9",
        "import math\n    x = math.factorial(10**7)",
        "x = list(range(10**7))",
    };
    const char* handlers[] = {
        "except MemoryError:", "except Exception:", "except BaseException:", "except:"};
    for (const char* grower : growers) {
        for (const char* handler : handlers) {
            const std::string program = std::string("try:\n    ") + grower + "\n" + handler +
                                        "\n    print('caught')\nprint('after')\n";
            SCOPED_TRACE(program);
            RunOptions options;
            options.record = false;
            options.limits.maxHeapBytes = std::uint64_t{16} << 20;
            options.limits.maxSteps = std::uint64_t{1} << 40;
            const RunResult result = runProgram(program, options);
            ASSERT_TRUE(result.error.has_value());
            EXPECT_EQ(result.error->type, kMemoryLimit);
            EXPECT_EQ(result.stdoutText, "");
        }
    }
}

TEST(RunLimits, HeapLimitMessageNamesTheLimit) {
    RunOptions options;
    options.limits.maxHeapBytes = std::uint64_t{16} << 20;
    options.limits.maxSteps = std::uint64_t{1} << 40;
    const RunResult result = runProgram("l = []\nwhile True:\n    l.append([0] * 8)\n", options);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->type, kMemoryLimit);
    EXPECT_EQ(result.error->message,
              "the program's objects needed more than the memory limit of 16 MB - raise the "
              "limit in Settings");
    EXPECT_EQ(result.error->line, 3);
}

// A big power is a loop of GMP squarings that polls between them: Cancel stops it long before
// the end (3 ** 10**9 takes a minute; the squarings before the last ones are fast).
TEST(RunLimits, CancelStopsABigPower) {
    std::atomic<bool> cancel{false};
    RunOptions options;
    options.record = false;
    options.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    const auto start = std::chrono::steady_clock::now();
    const RunResult result = runProgram("x = 3 ** (10**9)\n", options);
    const auto took = std::chrono::steady_clock::now() - start;
    canceller.join();
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->type, kCancelled);
    EXPECT_LT(took, std::chrono::seconds(20));
}

// sys.setrecursionlimit may ask for any depth; memstep goes as deep as its own cap and ends
// the run as Unsupported past it, never with a RecursionError CPython would not raise.
TEST(RunLimits, RecursionLimitAboveTheCapEndsAsUnsupported) {
    constexpr const char* kProgram = "import sys\n"
                                     "sys.setrecursionlimit(10**6)\n"
                                     "def down(n):\n"
                                     "    return 0 if n == 0 else 1 + down(n - 1)\n"
                                     "print(down(DEPTH))\n";
    auto withDepth = [&](int depth) {
        std::string program = kProgram;
        program.replace(program.find("DEPTH"), 5, std::to_string(depth));
        return program;
    };
    RunOptions options;
    options.record = false;
    options.limits.maxSteps = std::uint64_t(1) << 30;
    const RunResult deep = runProgram(withDepth(1500), options);
    EXPECT_FALSE(deep.error.has_value()) << deep.error->message;
    EXPECT_EQ(deep.stdoutText, "1500\n");
    const RunResult tooDeep = runProgram(withDepth(30000), options);
    ASSERT_TRUE(tooDeep.error.has_value());
    EXPECT_EQ(tooDeep.error->type, kUnsupported);
    EXPECT_NE(tooDeep.error->message.find("calls deep: memstep goes no deeper"), std::string::npos)
        << tooDeep.error->message;
}
