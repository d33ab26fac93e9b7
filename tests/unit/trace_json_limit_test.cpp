// The JSON writer's size budget: a growing program must not produce unbounded JSON.
#include "memstep/run.h"
#include "memstep/trace_json.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace {

using memstep::core::JsonOptions;
using memstep::core::runProgram;
using memstep::core::writeTraceJson;

std::size_t countOf(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++count;
    }
    return count;
}

constexpr const char* kGrowingList = "x = []\nfor i in range(300):\n    x.append(i)\n";

TEST(TraceJsonLimit, WithoutALimitEveryStepIsWritten) {
    const auto result = runProgram(kGrowingList);
    ASSERT_FALSE(result.error);
    std::ostringstream out;
    writeTraceJson(out, result, result.trace.source());
    const std::string json = out.str();
    EXPECT_EQ(countOf(json, "\"event\": "), result.trace.stepCount());
    EXPECT_EQ(countOf(json, "MemoryLimit"), 0u);
}

TEST(TraceJsonLimit, PastTheBudgetLaterStepsAreLeftOutWithAMemoryLimit) {
    const auto result = runProgram(kGrowingList);
    ASSERT_FALSE(result.error);
    constexpr std::uint64_t kBudget = 40'000;
    std::ostringstream out;
    writeTraceJson(out, result, result.trace.source(), JsonOptions{kBudget});
    const std::string json = out.str();
    const std::size_t written = countOf(json, "\"event\": ");
    EXPECT_GT(written, 0u);
    EXPECT_LT(written, result.trace.stepCount());
    EXPECT_LE(json.size(), kBudget + 4'000); // the closing stdout and error fields
    EXPECT_NE(json.find("\"error\": {\"type\": \"MemoryLimit\""), std::string::npos);
    EXPECT_NE(json.find("the later steps are left out"), std::string::npos);
    EXPECT_EQ(json.substr(json.size() - 2), "}\n");
}

} // namespace
