// The "Did you mean" distance and choice (interp/names/suggestions.h), on cases whose answers
// follow from CPython 3.11's rules: an edit costs 2, a change of case 1, the cutoff is a third of
// the characters involved, and the first of equally near candidates wins.
#include "interp/names/suggestions.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace memstep::core::interp {
namespace {

constexpr std::size_t kNoLimit = 1000;

TEST(Suggestions, DistanceCountsEditsTwiceAndCaseOnce) {
    EXPECT_EQ(suggestionDistance("length", "length", kNoLimit), 0u);
    EXPECT_EQ(suggestionDistance("lenght", "length", kNoLimit), 4u); // two substitutions
    EXPECT_EQ(suggestionDistance("total", "Total", kNoLimit), 1u);
    EXPECT_EQ(suggestionDistance("apend", "append", kNoLimit), 2u);
    EXPECT_EQ(suggestionDistance("", "abc", kNoLimit), 6u);
}

TEST(Suggestions, DistanceStopsPastTheLimit) {
    EXPECT_EQ(suggestionDistance("abcdef", "uvwxyz", 3), 4u);
    // 41 differing characters are never near, whatever the limit.
    std::string a(41, 'a'), b(41, 'b');
    EXPECT_EQ(suggestionDistance("x" + a, "x" + b, kNoLimit), kNoLimit + 1);
}

TEST(Suggestions, BestIsTheFirstNearestWithinTheCutoff) {
    EXPECT_EQ(bestSuggestion({"lenz", "len_"}, "lenx"), "lenz");
    EXPECT_EQ(bestSuggestion({"len_", "lenz"}, "lenx"), "len_");
    EXPECT_EQ(bestSuggestion({"totals", "Total"}, "total"), "Total");
    EXPECT_EQ(bestSuggestion({"value"}, "zqxjk"), "");
    EXPECT_EQ(bestSuggestion({"x"}, "x"), ""); // the name itself is never suggested
}

TEST(Suggestions, NoneAmongTooManyCandidates) {
    std::vector<std::string> many(748, "zzzzzzzz"); // 749 candidates with the next
    many.push_back("length");
    EXPECT_EQ(bestSuggestion(many, "lenght"), "length");
    many.push_back("other");
    EXPECT_EQ(bestSuggestion(many, "lenght"), "");
}

} // namespace
} // namespace memstep::core::interp
