// doctest's parser and output checker against what CPython 3.11's doctest gives for the same
// docstrings and outputs (each expectation checked with python3's DocTestParser and
// OutputChecker by hand).
#include "modules/doctest/doctest_text.h"

#include <gtest/gtest.h>

namespace memstep::core::modules::doctest {
namespace {

TEST(DoctestParser, SourceWantAndLines) {
    ParsedExamples p = parseExamples("Sum.\n\n    >>> 1 + 1\n    2\n    >>> for i in range(2):\n"
                                     "    ...     print(i)\n    0\n    1\n\n    >>> x = 3\n    ",
                                     "t");
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.examples.size(), 3u);
    EXPECT_EQ(p.examples[0].source, "1 + 1\n");
    EXPECT_EQ(p.examples[0].want, "2\n");
    EXPECT_EQ(p.examples[0].lineno, 2);
    EXPECT_EQ(p.examples[1].source, "for i in range(2):\n    print(i)\n");
    EXPECT_EQ(p.examples[1].want, "0\n1\n");
    EXPECT_EQ(p.examples[1].lineno, 4);
    EXPECT_EQ(p.examples[2].source, "x = 3\n");
    EXPECT_EQ(p.examples[2].want, "");
    EXPECT_EQ(p.examples[2].lineno, 9);
}

TEST(DoctestParser, ExceptionsDirectivesAndErrors) {
    ParsedExamples p = parseExamples(">>> f()  # doctest: +ELLIPSIS, -SKIP\n"
                                     "Traceback (most recent call last):\n  ...\n"
                                     "ValueError: bad\n",
                                     "t");
    ASSERT_EQ(p.examples.size(), 1u);
    ASSERT_TRUE(p.examples[0].excMsg);
    EXPECT_EQ(*p.examples[0].excMsg, "ValueError: bad\n");
    EXPECT_EQ(p.examples[0].options.at(kEllipsis), true);
    EXPECT_EQ(p.examples[0].options.at(kSkip), false);
    EXPECT_EQ(parseExamples(">>>x\n", "m.f").error,
              "line 1 of the docstring for m.f lacks blank after >>>: '>>>x'");
    EXPECT_EQ(parseExamples(">>> x  # doctest: +NOPE\n", "m.f").error,
              "line 1 of the doctest for m.f has an invalid option: '+NOPE'");
    EXPECT_EQ(parseExamples("  >>> x\n 1\n", "m.f").error,
              "line 2 of the docstring for m.f has inconsistent leading whitespace: '1'");
}

TEST(DoctestChecker, FlagsDecideTheMatch) {
    EXPECT_TRUE(checkOutput("1\n", "True\n", 0));
    EXPECT_FALSE(checkOutput("1\n", "True\n", kDontAcceptTrueFor1));
    EXPECT_TRUE(checkOutput("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0));
    EXPECT_FALSE(checkOutput("a\n<BLANKLINE>\nb\n", "a\n\nb\n", kDontAcceptBlankline));
    EXPECT_FALSE(checkOutput("[1, ..., 9]\n", "[1, 2, 9]\n", 0));
    EXPECT_TRUE(checkOutput("[1, ..., 9]\n", "[1, 2, 9]\n", kEllipsis));
    EXPECT_FALSE(checkOutput("[1, ..., 9]\n", "[1, 2, 8]\n", kEllipsis));
    EXPECT_FALSE(checkOutput("ab...ba\n", "aba\n", kEllipsis)); // the ends overlap
    EXPECT_TRUE(checkOutput("1  2\n 3\n", "1 2 3\n", kNormalizeWhitespace));
}

TEST(DoctestChecker, ReportsAndExceptionDetails) {
    Example ex;
    ex.want = "2\n";
    EXPECT_EQ(outputDifference(ex, "a\n\nb\n", 0),
              "Expected:\n    2\nGot:\n    a\n    <BLANKLINE>\n    b\n");
    EXPECT_EQ(outputDifference(ex, "", 0), "Expected:\n    2\nGot nothing\n");
    ex.want.clear();
    EXPECT_EQ(outputDifference(ex, "x\n", 0), "Expected nothing\nGot:\n    x\n");
    EXPECT_EQ(stripExceptionDetails("pkg.mod.Error: detail\n"), "Error");
    EXPECT_EQ(indentLines("a\n\nb\n"), "    a\n\n    b\n");
}

} // namespace
} // namespace memstep::core::modules::doctest
