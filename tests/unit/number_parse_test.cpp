// float(text) against CPython 3.11: the table was produced by running python3 on each text;
// check_python_tables.py beside this file recomputes it (CTest cpython/unit_tables).
#include "numeric/float_format.h"

#include <cmath>
#include <cstdlib>
#include <gtest/gtest.h>
#include <string>

namespace numeric = memstep::core::numeric;

namespace {

constexpr const char* kNan = "nan"; // strtod spelling, as "inf" and "-inf"

struct ParseCase {
    const char* text;
    const char* hex;   // float.hex() of float(text), "nan" for NaN, "" on error
    const char* error; // "ValueError: ..." or ""
};

// clang-format off
const ParseCase kParseCases[] = {
    {"1_0.5", "0x1.5000000000000p+3", ""},
    {"1_.5", "", "ValueError: could not convert string to float: '1_.5'"},
    {"1._5", "", "ValueError: could not convert string to float: '1._5'"},
    {"1e1_0", "0x1.2a05f20000000p+33", ""},
    {"_1", "", "ValueError: could not convert string to float: '_1'"},
    {"0x10", "", "ValueError: could not convert string to float: '0x10'"},
    {"infinity", "inf", ""},
    {"-iNF", "-inf", ""},
    {"+nan", kNan, ""},
    {"infinit", "", "ValueError: could not convert string to float: 'infinit'"},
    {"1e", "", "ValueError: could not convert string to float: '1e'"},
    {".5", "0x1.0000000000000p-1", ""},
    {"5.", "0x1.4000000000000p+2", ""},
    {".", "", "ValueError: could not convert string to float: '.'"},
    {"1e500", "inf", ""},
    {"-1e500", "-inf", ""},
    {"1e-400", "0x0.0p+0", ""},
    {"", "", "ValueError: could not convert string to float: ''"},
    {" ", "", "ValueError: could not convert string to float: ' '"},
    {"1 0", "", "ValueError: could not convert string to float: '1 0'"},
    {"0001.5", "0x1.8000000000000p+0", ""},
    {"1E+5", "0x1.86a0000000000p+16", ""},
    {"nan1", "", "ValueError: could not convert string to float: 'nan1'"},
    {"\0341", "", "ValueError: could not convert string to float: '\\x1c1'"},
    {"1.5_", "", "ValueError: could not convert string to float: '1.5_'"},
    {"1__5", "", "ValueError: could not convert string to float: '1__5'"},
    {"in_f", "", "ValueError: could not convert string to float: 'in_f'"},
    {" \t-2.5e-3\n ", "-0x1.47ae147ae147bp-9", ""},
    {"0.1", "0x1.999999999999ap-4", ""},
    {"1e-310", "0x0.012688b70e62bp-1022", ""},
    {"-0", "-0x0.0p+0", ""},
    {"+.5e+2", "0x1.9000000000000p+5", ""},
    {"4.9e-324", "0x0.0000000000001p-1022", ""},
    {"2.4e-324", "0x0.0p+0", ""},
    {"2.5e-324", "0x0.0000000000001p-1022", ""},
    {"1.7976931348623157e308", "0x1.fffffffffffffp+1023", ""},
    {"1.7976931348623159e308", "inf", ""},
    {"123456789012345678901234567890", "0x1.8ee90ff6c373ep+96", ""},
    {"0.000000000000000000000000000001e30", "0x1.0000000000000p+0", ""},
    {"1e", "", "ValueError: could not convert string to float: '1e'"},
    {"e5", "", "ValueError: could not convert string to float: 'e5'"},
    {"1.e5", "0x1.86a0000000000p+16", ""},
    {"--1", "", "ValueError: could not convert string to float: '--1'"},
    {"+-1", "", "ValueError: could not convert string to float: '+-1'"},
    {"12abc", "", "ValueError: could not convert string to float: '12abc'"},
    {"nAn", kNan, ""},
    {"INFINITY", "inf", ""},
    {"+inf", "inf", ""},
    {"-Infinity", "-inf", ""},
    {"1,5", "", "ValueError: could not convert string to float: '1,5'"},
    {"١٢", "0x1.8000000000000p+3", ""},
    {"9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "inf", ""},
    {"1_000_000.000_001", "0x1.e84800000218ep+19", ""},
    {"1e-1_0", "0x1.b7cdfd9d7bdbbp-34", ""},
    {"1e+_1", "", "ValueError: could not convert string to float: '1e+_1'"},
    {"it's", "", "ValueError: could not convert string to float: \"it's\""},
    {"a\nb", "", "ValueError: could not convert string to float: 'a\\nb'"},
};
// clang-format on

} // namespace

TEST(ParseFloat, MatchesPython) {
    for (const auto& c : kParseCases) {
        SCOPED_TRACE(c.text);
        auto value = numeric::parseFloat(c.text);
        if (c.error[0] != '\0') {
            ASSERT_FALSE(value.ok());
            EXPECT_EQ(value.error().type + ": " + value.error().message, c.error);
        } else {
            ASSERT_TRUE(value.ok()) << value.error().message;
            const double expected = std::strtod(c.hex, nullptr);
            if (std::isnan(expected)) {
                EXPECT_TRUE(std::isnan(*value));
            } else {
                EXPECT_EQ(*value, expected);
                EXPECT_EQ(std::signbit(*value), std::signbit(expected));
            }
        }
    }
}

TEST(ParseFloat, InfinityAndNanSpellings) {
    EXPECT_TRUE(std::isinf(*numeric::parseFloat("  InFiNiTy ")));
    EXPECT_LT(*numeric::parseFloat("-inf"), 0.0);
    EXPECT_TRUE(std::isnan(*numeric::parseFloat("NaN")));
    EXPECT_FALSE(numeric::parseFloat("infinityy").ok());
    EXPECT_FALSE(numeric::parseFloat("nana").ok());
}

TEST(PyStringRepr, ChoosesQuotesAndEscapes) {
    // python3: repr('abc'), repr("it's"), repr('say "hi"'), repr('both \' "'), repr('a\nb\t\x01\\')
    EXPECT_EQ(numeric::pyStringRepr("abc"), "'abc'");
    EXPECT_EQ(numeric::pyStringRepr("it's"), "\"it's\"");
    EXPECT_EQ(numeric::pyStringRepr("say \"hi\""), "'say \"hi\"'");
    EXPECT_EQ(numeric::pyStringRepr("both ' \""), "'both \\' \"'");
    EXPECT_EQ(numeric::pyStringRepr("a\nb\t\x01\\"), "'a\\nb\\t\\x01\\\\'");
    EXPECT_EQ(numeric::pyStringRepr("héllo"), "'héllo'");
}
