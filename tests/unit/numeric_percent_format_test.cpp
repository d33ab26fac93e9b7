// The `str % args` helpers against CPython 3.11. The table was produced by running
// python3 on each format and arguments; the small driver below plays the interpreter's
// part (taking arguments in order, '*' widths, mapping keys, str()/repr() of arguments).
// check_python_tables.py beside this file recomputes every expected cell with python3 (CTest
// cpython/unit_tables).
#include "numeric/float_format.h"

#include <cmath>
#include <cstdlib>
#include <gtest/gtest.h>
#include <limits>
#include <string>
#include <vector>

namespace numeric = memstep::core::numeric;
using numeric::BigInt;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr const char* kNan = "nan";

struct HexValue {
    HexValue(const char* hex) : value(std::strtod(hex, nullptr)) {}
    HexValue(double v) : value(v) {}
    double value;
};

enum class Kind { Int, Float, Str };
struct Arg {
    Kind kind;
    const char* text; // decimal int or str value
    HexValue number;  // float value
    const char* key;  // mapping key, "" for positional
};
struct PercentCase {
    const char* format;
    std::vector<Arg> args;
    const char* expected; // "!Type: message" on error
};

// clang-format off
const PercentCase kPercentCases[] = {
    {"%d", {{Kind::Float, "", "0x1.d99999999999ap+1", ""}}, "3"},
    {"%5.2f|%-8.3e|%+g|% d", {{Kind::Float, "", "0x1.921f9f01b866ep+1", ""}, {Kind::Float, "", "0x1.34a0000000000p+10", ""}, {Kind::Float, "", "0x1.0000000000000p+1", ""}, {Kind::Int, "5", 0.0, ""}}, " 3.14|1.234e+03|+2| 5"},
    {"%x %X %#x %#o %o", {{Kind::Int, "255", 0.0, ""}, {Kind::Int, "255", 0.0, ""}, {Kind::Int, "255", 0.0, ""}, {Kind::Int, "8", 0.0, ""}, {Kind::Int, "-8", 0.0, ""}}, "ff FF 0xff 0o10 -10"},
    {"%05d|%-5d|%+05d", {{Kind::Int, "42", 0.0, ""}, {Kind::Int, "42", 0.0, ""}, {Kind::Int, "42", 0.0, ""}}, "00042|42   |+0042"},
    {"%c%c", {{Kind::Int, "65", 0.0, ""}, {Kind::Str, "b", 0.0, ""}}, "Ab"},
    {"%s|%r|%5s|%-5s|%.2s", {{Kind::Str, "a", 0.0, ""}, {Kind::Str, "a", 0.0, ""}, {Kind::Str, "b", 0.0, ""}, {Kind::Str, "c", 0.0, ""}, {Kind::Str, "hello", 0.0, ""}}, "a|'a'|    b|c    |he"},
    {"%*d|%-*.*f", {{Kind::Int, "5", 0.0, ""}, {Kind::Int, "42", 0.0, ""}, {Kind::Int, "8", 0.0, ""}, {Kind::Int, "2", 0.0, ""}, {Kind::Float, "", "0x1.921f9f01b866ep+1", ""}}, "   42|3.14    "},
    {"%.3d", {{Kind::Int, "5", 0.0, ""}}, "005"},
    {"%#.3x", {{Kind::Int, "5", 0.0, ""}}, "0x005"},
    {"%e", {{Kind::Int, "0", 0.0, ""}}, "0.000000e+00"},
    {"%g", {{Kind::Float, "", "0x1.4f8b588e368f1p-17", ""}}, "1e-05"},
    {"%g", {{Kind::Int, "123456789", 0.0, ""}}, "1.23457e+08"},
    {"%#g", {{Kind::Float, "", "0x1.0000000000000p+0", ""}}, "1.00000"},
    {"%.0f", {{Kind::Float, "", "0x1.4000000000000p+1", ""}}, "2"},
    {"%10.4s|", {{Kind::Str, "abcdefg", 0.0, ""}}, "      abcd|"},
    {"%i %u", {{Kind::Int, "3", 0.0, ""}, {Kind::Int, "4", 0.0, ""}}, "3 4"},
    {"% 05.1f", {{Kind::Float, "", "0x1.921f9f01b866ep+1", ""}}, " 03.1"},
    {"%-05d|", {{Kind::Int, "42", 0.0, ""}}, "42   |"},
    {"%.2x", {{Kind::Int, "-5", 0.0, ""}}, "-05"},
    {"%#X", {{Kind::Int, "255", 0.0, ""}}, "0XFF"},
    {"%#5o", {{Kind::Int, "8", 0.0, ""}}, " 0o10"},
    {"%F", {{Kind::Float, "", kInf, ""}}, "INF"},
    {"%f", {{Kind::Float, "", kNan, ""}}, "nan"},
    {"%5.1f%%", {{Kind::Float, "", "0x1.8e00000000000p+6", ""}}, " 99.5%"},
    {"%.*f", {{Kind::Int, "2", 0.0, ""}, {Kind::Float, "", "0x1.3c0c1fc8f3238p+0", ""}}, "1.23"},
    {"%0*d", {{Kind::Int, "5", 0.0, ""}, {Kind::Int, "3", 0.0, ""}}, "00003"},
    {"%d", {{Kind::Int, "1180591620717411303424", 0.0, ""}}, "1180591620717411303424"},
    {"%x", {{Kind::Int, "1180591620717411303424", 0.0, ""}}, "400000000000000000"},
    {"%s", {{Kind::Float, "", "0x1.8000000000000p+1", ""}}, "3.0"},
    {"%5c|", {{Kind::Str, "x", 0.0, ""}}, "    x|"},
    {"%.0e", {{Kind::Int, "12345", 0.0, ""}}, "1e+04"},
    {"%#.0e", {{Kind::Int, "12345", 0.0, ""}}, "1.e+04"},
    {"%#.0f", {{Kind::Int, "3", 0.0, ""}}, "3."},
    {"%G", {{Kind::Float, "", "0x1.b7cdfd9d7bdbbp-34", ""}}, "1E-10"},
    {"%E", {{Kind::Float, "", "0x1.8000000000000p+0", ""}}, "1.500000E+00"},
    {"%05f", {{Kind::Float, "", kInf, ""}}, "00inf"},
    {"%-05f|", {{Kind::Float, "", -kInf, ""}}, "-inf |"},
    {"%+5s|", {{Kind::Str, "a", 0.0, ""}}, "    a|"},
    {"%#x", {{Kind::Int, "0", 0.0, ""}}, "0x0"},
    {"%#o", {{Kind::Int, "0", 0.0, ""}}, "0o0"},
    {"% x", {{Kind::Int, "5", 0.0, ""}}, " 5"},
    {"%+x", {{Kind::Int, "5", 0.0, ""}}, "+5"},
    {"%5.3s|", {{Kind::Str, "abcdef", 0.0, ""}}, "  abc|"},
    {"%.3g", {{Kind::Float, "", "0x1.9000000000000p+6", ""}}, "100"},
    {"%.100f", {{Kind::Float, "", "0x1.999999999999ap-4", ""}}, "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"},
    {"%-+8.2f|", {{Kind::Float, "", "-0x0.0p+0", ""}}, "-0.00   |"},
    {"%08.3e", {{Kind::Float, "", "-0x1.34a0000000000p+10", ""}}, "-1.234e+03"},
    {"%x", {{Kind::Int, "255", 0.0, ""}}, "ff"},
    {"%o", {{Kind::Int, "-1237940039285380274899124224", 0.0, ""}}, "-1000000000000000000000000000000"},
    {"%.15g", {{Kind::Float, "", "0x1.999999999999ap-4", ""}}, "0.1"},
    {"%.17g", {{Kind::Float, "", "0x1.999999999999ap-4", ""}}, "0.10000000000000001"},
    {"%c", {{Kind::Int, "128512", 0.0, ""}}, "😀"},
    {"%y", {{Kind::Int, "1", 0.0, ""}}, "!ValueError: unsupported format character 'y' (0x79) at index 1"},
    {"%", {{Kind::Int, "1", 0.0, ""}}, "!ValueError: incomplete format"},
    {"%(a", {}, "!ValueError: incomplete format key"},
    {"%(a)s|%(b)5d", {{Kind::Str, "x", 0.0, "a"}, {Kind::Int, "7", 0.0, "b"}}, "x|    7"},
    {"%(a(b))s", {{Kind::Int, "1", 0.0, "a(b)"}}, "1"},
    {"%ld %hd %Lf", {{Kind::Int, "1", 0.0, ""}, {Kind::Int, "2", 0.0, ""}, {Kind::Float, "", "0x1.8000000000000p+1", ""}}, "1 2 3.000000"},
    {"%.0c|%5.0c|%#3.1c", {{Kind::Str, "A", 0.0, ""}, {Kind::Int, "66", 0.0, ""}, {Kind::Int, "67", 0.0, ""}}, "A|    B|  C"},
    {"abc %é", {{Kind::Int, "1", 0.0, ""}}, "!ValueError: unsupported format character '?' (0xe9) at index 5"},
    {"%.0g", {{Kind::Float, "", "0x1.0000000000000p-1", ""}}, "0.5"},
    {"%#.3g", {{Kind::Float, "", "0x1.9000000000000p+6", ""}}, "100."},
    {"%g", {{Kind::Float, "", "0x1.1c37937e08000p+53", ""}}, "1e+16"},
    {"%g", {{Kind::Float, "", "0x1.c6bf526340000p+49", ""}}, "1e+15"},
    {"%.0d", {{Kind::Int, "0", 0.0, ""}}, "0"},
    {"%+.0f", {{Kind::Float, "", "0x1.0000000000000p-1", ""}}, "+0"},
    {"%d", {{Kind::Float, "", "-0x0.0p+0", ""}}, "0"},
};
// clang-format on

std::string strOf(const Arg& arg, bool repr) {
    switch (arg.kind) {
    case Kind::Int:
        return arg.text;
    case Kind::Float:
        return numeric::floatRepr(arg.number.value);
    case Kind::Str:
        return repr ? numeric::pyStringRepr(arg.text) : std::string(arg.text);
    }
    return {};
}

std::string show(const numeric::NumericError& error) {
    return "!" + error.type + ": " + error.message;
}

// A stand-in for the interpreter's `%` operator, enough for the table above.
std::string apply(const PercentCase& c) {
    auto pieces = numeric::parsePercentFormat(c.format);
    if (!pieces) {
        return show(pieces.error());
    }
    std::size_t next = 0;
    std::string out;
    for (const auto& piece : *pieces) {
        if (!piece.isConversion) {
            out += piece.literal;
            continue;
        }
        numeric::PercentSpec spec = piece.spec;
        if (spec.widthFromArg) {
            spec.width = std::atoi(c.args.at(next++).text);
            if (spec.width < 0) {
                spec.leftAlign = true;
                spec.width = -spec.width;
            }
        }
        if (spec.precisionFromArg) {
            spec.precision = std::atoi(c.args.at(next++).text);
        }
        const Arg* arg = nullptr;
        if (spec.mappingKey) {
            for (const auto& candidate : c.args) {
                if (*spec.mappingKey == candidate.key) {
                    arg = &candidate;
                }
            }
        } else {
            arg = &c.args.at(next++);
        }
        const char conv = spec.conversion;
        if (conv == 's' || conv == 'r' || conv == 'a' || (conv == 'c' && arg->kind == Kind::Str)) {
            out += numeric::percentFormatText(strOf(*arg, conv != 's' && conv != 'c'), spec);
            continue;
        }
        auto text = arg->kind == Kind::Float
                        ? numeric::percentFormatFloat(arg->number.value, spec)
                        : numeric::percentFormatInt(*BigInt::fromString(arg->text, 10), spec);
        if (!text) {
            return show(text.error());
        }
        out += *text;
    }
    return out;
}

} // namespace

TEST(PercentFormat, MatchesPython) {
    for (const auto& c : kPercentCases) {
        EXPECT_EQ(apply(c), c.expected) << c.format;
    }
}

TEST(PercentFormat, SplitsLiteralsAndConversions) {
    auto pieces = numeric::parsePercentFormat("a%%b%(key)-*.*fc");
    ASSERT_TRUE(pieces.ok());
    ASSERT_EQ(pieces->size(), 3u);
    EXPECT_EQ((*pieces)[0].literal, "a%b");
    EXPECT_FALSE((*pieces)[0].isConversion);
    const auto& spec = (*pieces)[1].spec;
    EXPECT_TRUE((*pieces)[1].isConversion);
    EXPECT_EQ(spec.mappingKey, std::optional<std::string>("key"));
    EXPECT_TRUE(spec.leftAlign);
    EXPECT_TRUE(spec.widthFromArg);
    EXPECT_TRUE(spec.precisionFromArg);
    EXPECT_EQ(spec.conversion, 'f');
    EXPECT_EQ((*pieces)[2].literal, "c");
}

TEST(PercentFormat, CharacterRange) {
    numeric::PercentSpec spec;
    spec.conversion = 'c';
    auto tooBig = numeric::percentFormatInt(BigInt::fromInt64(0x110000), spec);
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(show(tooBig.error()), "!OverflowError: %c arg not in range(0x110000)");
    EXPECT_EQ(*numeric::percentFormatInt(BigInt::fromInt64(0xE9), spec), "é");
}
