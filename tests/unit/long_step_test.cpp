// Cancel inside one long builtin call: each program of tests/hostile/long_steps spends
// seconds to hours in a single step (sum of 10**12 ints, a sort of ten million items, == of
// lists of shared lists, a million-bit product...). Cancel pressed while that call runs must
// end the run with Cancelled within a fraction of a second, not when the call returns. The
// hostile tests run the same programs through memstep-trace under a 1 s time limit.
#include "memstep/diagnostic.h"
#include "memstep/run.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace memstep::core;

namespace {

// Long enough for every program to be inside its long call (their set-up lines take well
// under a second), short against the seconds the call itself would take.
constexpr auto kCancelAfter = std::chrono::milliseconds(1000);
// Under AddressSanitizer every allocation and free is several times slower: ending the
// sort of ten million items (putting them back in the list, then freeing them) takes about
// 1.5 s there against 0.1 s in a plain build.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSanitizerSlowdown = 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kSanitizerSlowdown = 4;
#else
constexpr int kSanitizerSlowdown = 1;
#endif
#else
constexpr int kSanitizerSlowdown = 1;
#endif
// From Cancel to runProgram's return, freeing the heap included. Without polling inside the
// call, each program runs on for at least several seconds more (minutes under the sanitizer).
constexpr auto kMaxCancelLatency = std::chrono::milliseconds(2000) * kSanitizerSlowdown;
// Without polling nothing can stop a call that runs for hours in this process, so past this
// the test ends the whole test binary as failed instead of hanging it.
constexpr auto kGiveUpAfter = std::chrono::seconds(20);

// Runs `source`; a watchdog thread sets `cancel` (if given) after kCancelAfter, and ends the
// process with a failure when the run is still going kGiveUpAfter later. *cancelledAt is when
// it set the flag.
RunResult runWatched(const std::string& source, RunOptions options, std::atomic<bool>* cancel,
                     std::chrono::steady_clock::time_point* cancelledAt) {
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (cancel && !finished.wait_for(lock, kCancelAfter, [&] { return done; })) {
            *cancelledAt = std::chrono::steady_clock::now();
            *cancel = true;
        }
        if (!finished.wait_for(lock, kGiveUpAfter, [&] { return done; })) {
            std::fprintf(
                stderr,
                "FAILED: the run is still going %lld s later: the long call does not poll\n",
                static_cast<long long>(kGiveUpAfter.count()));
            std::_Exit(1);
        }
    });
    options.cancel = cancel;
    RunResult result = runProgram(source, options);
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    finished.notify_all();
    watchdog.join();
    return result;
}

std::vector<std::string> longStepPrograms() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(MEMSTEP_LONG_STEPS_DIR))
        if (entry.path().extension() == ".py")
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string readProgram(const std::string& name) {
    std::ifstream in(std::filesystem::path(MEMSTEP_LONG_STEPS_DIR) / (name + ".py"),
                     std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class LongStep : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST(LongStepPrograms, AreFound) {
    EXPECT_GE(longStepPrograms().size(), 10u);
}

TEST_P(LongStep, CancelStopsTheCallItself) {
    const std::string source = readProgram(GetParam());
    ASSERT_FALSE(source.empty());
    std::atomic<bool> cancel{false};
    RunOptions options;
    options.record = false;
    std::chrono::steady_clock::time_point cancelledAt;
    const RunResult result = runWatched(source, options, &cancel, &cancelledAt);
    const auto returnedAt = std::chrono::steady_clock::now();
    ASSERT_TRUE(result.error.has_value()) << "the program ran to its end before Cancel";
    EXPECT_EQ(result.error->type, kCancelled) << result.error->message;
    EXPECT_TRUE(result.stdoutText.empty())
        << "the long call must not have returned: " << result.stdoutText;
    EXPECT_LT(returnedAt - cancelledAt, kMaxCancelLatency)
        << "stopped " << std::chrono::duration<double>(returnedAt - cancelledAt).count()
        << " s after Cancel";
}

INSTANTIATE_TEST_SUITE_P(HostilePrograms, LongStep, ::testing::ValuesIn(longStepPrograms()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             return info.param;
                         });

// The time limit inside a long call keeps the steps recorded before it, as between steps.
TEST(LongStep, TimeLimitInsideACallKeepsTheTrace) {
    RunOptions options;
    options.limits.maxSeconds = 0.5;
    const RunResult result =
        runWatched(readProgram("hash_nested_tuple"), options, nullptr, nullptr);
    ASSERT_TRUE(result.error.has_value());
    EXPECT_EQ(result.error->type, kTimeLimit);
    EXPECT_EQ(result.error->line, 5); // print(hash(x))
    EXPECT_GT(result.trace.stepCount(), 10u);
    EXPECT_TRUE(result.stdoutText.empty());
}
