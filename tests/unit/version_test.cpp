#include "memstep/version.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string_view>

TEST(Version, IsMajorMinorPatch) {
    std::string_view version = memstep::kVersion;
    EXPECT_EQ(std::count(version.begin(), version.end(), '.'), 2);
    EXPECT_FALSE(version.empty());
}
