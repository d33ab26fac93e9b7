// Lexer tests: token streams with CPython's kinds and positions (python3 -m tokenize agrees
// on every position below except EOF, which sits where CPython's C tokenizer reports errors
// at the end marker: the end of the last line with characters), indentation tokens, and the
// tokenizer's own errors.
#include "syntax/lexer.h"

#include <gtest/gtest.h>
#include <string>

using namespace memstep::core::syntax;

namespace {

// "KIND:text@line:col" per token, e.g. "Name:x@1:0 Op:=@1:2".
std::string tokens(std::string_view source) {
    TokenStream s = tokenize(source);
    std::string out;
    for (const Token& t : s.tokens) {
        static const char* kNames[] = {"Name",   "Number", "String", "Op",   "Newline",
                                       "Indent", "Dedent", "EOF",    "Error"};
        if (!out.empty())
            out += ' ';
        out += kNames[static_cast<int>(t.kind)];
        if (t.kind == TokenKind::Name || t.kind == TokenKind::Number ||
            t.kind == TokenKind::String || t.kind == TokenKind::Op)
            out += ":" + std::string(t.text);
        out += "@" + std::to_string(t.line) + ":" + std::to_string(t.column);
    }
    return out;
}

} // namespace

TEST(Lexer, SimpleStatement) {
    EXPECT_EQ(tokens("x = 1 + 2.5\n"),
              "Name:x@1:0 Op:=@1:2 Number:1@1:4 Op:+@1:6 Number:2.5@1:8 Newline@1:11 EOF@1:11");
}

TEST(Lexer, LongestOperatorsWin) {
    EXPECT_EQ(tokens("a **= b // c != d -> ... := e >>= 1\n"),
              "Name:a@1:0 Op:**=@1:2 Name:b@1:6 Op://@1:8 Name:c@1:11 Op:!=@1:13 Name:d@1:16 "
              "Op:->@1:18 Op:...@1:21 Op::=@1:25 Name:e@1:28 Op:>>=@1:30 Number:1@1:34 "
              "Newline@1:35 EOF@1:35");
}

TEST(Lexer, IndentAndDedent) {
    EXPECT_EQ(tokens("if x:\n    y\n\n    # c\nz\n"),
              "Name:if@1:0 Name:x@1:3 Op::@1:4 Newline@1:5 Indent@2:0 Name:y@2:4 Newline@2:5 "
              "Dedent@5:0 Name:z@5:0 Newline@5:1 EOF@5:1");
}

TEST(Lexer, NoNewlinesInsideBrackets) {
    EXPECT_EQ(tokens("f(1,\n  2)\n"),
              "Name:f@1:0 Op:(@1:1 Number:1@1:2 Op:,@1:3 Number:2@2:2 Op:)@2:3 Newline@2:4 "
              "EOF@2:4");
}

TEST(Lexer, BackslashContinuationAndComments) {
    EXPECT_EQ(tokens("x = 1 + \\\n  2  # two\n"),
              "Name:x@1:0 Op:=@1:2 Number:1@1:4 Op:+@1:6 Number:2@2:2 Newline@2:10 EOF@2:10");
}

TEST(Lexer, StringsKeepPrefixAndQuotes) {
    EXPECT_EQ(tokens("s = rb'a' f\"{x}\" '''t\nu'''\n"),
              "Name:s@1:0 Op:=@1:2 String:rb'a'@1:4 String:f\"{x}\"@1:10 String:'''t\nu'''@1:17 "
              "Newline@2:4 EOF@2:4");
}

TEST(Lexer, NumberForms) {
    EXPECT_EQ(tokens("0x_1F 0o17 0b1 1_000 .5 5. 1e-3 1if x else 2\n"),
              "Number:0x_1F@1:0 Number:0o17@1:6 Number:0b1@1:11 Number:1_000@1:15 "
              "Number:.5@1:21 Number:5.@1:24 Number:1e-3@1:27 Number:1@1:32 Name:if@1:33 "
              "Name:x@1:36 Name:else@1:38 Number:2@1:43 Newline@1:44 EOF@1:44");
}

TEST(Lexer, CrlfAndBomAreNormalised) {
    EXPECT_EQ(tokens("\xEF\xBB\xBFx\r\ny\r\n"),
              "Name:x@1:0 Newline@1:1 Name:y@2:0 Newline@2:1 EOF@2:1");
}

TEST(Lexer, NonAsciiNamesAndColumnsInBytes) {
    TokenStream s = tokenize("\xC3\xA9t\xC3\xA9 = 1\n"); // "été = 1"
    ASSERT_FALSE(s.error);
    EXPECT_EQ(s.tokens[0].text, "\xC3\xA9t\xC3\xA9");
    EXPECT_EQ(s.tokens[1].column, 6); // bytes, like CPython's col_offset
    EXPECT_EQ(s.charOffset(1, 6), 5); // 1-based characters, like SyntaxError.offset
}

TEST(Lexer, ErrorsMatchCPython) {
    // Expected values from python3 3.11 compile().
    struct Case {
        const char* source;
        const char* type;
        const char* message;
        int line;
        int column;
    };
    const Case cases[] = {
        {"x = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
        {"x = '''abc\ndef", "SyntaxError",
         "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
        {"foo(1, 2]", "SyntaxError",
         "closing parenthesis ']' does not match opening parenthesis '('", 1, 9},
        {"x = )", "SyntaxError", "unmatched ')'", 1, 5},
        {"1abc = 2", "SyntaxError", "invalid decimal literal", 1, 1},
        {"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6},
        {"x = 0o78", "SyntaxError", "invalid digit '8' in octal literal", 1, 8},
        {"x = 0777", "SyntaxError",
         "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
         "octal integers",
         1, 5},
        {"x = 1\xE2\x80\xA6", "SyntaxError", "invalid character '\xE2\x80\xA6' (U+2026)", 1, 6},
        {"if x:\n    a = 1\n  b = 2", "IndentationError",
         "unindent does not match any outer indentation level", 3, 8},
        {"if x:\n\ta = 1\n        b = 2", "TabError",
         "inconsistent use of tabs and spaces in indentation", 3, 1},
        {"x = a\\ b", "SyntaxError", "unexpected character after line continuation character", 1,
         7},
        {"foo(1, 2\nx = 3", "SyntaxError", "'(' was never closed", 1, 4},
    };
    for (const auto& c : cases) {
        TokenStream s = tokenize(c.source);
        ASSERT_TRUE(s.error) << c.source;
        EXPECT_EQ(s.tokens.back().kind, TokenKind::Error);
        EXPECT_EQ(s.error->type, c.type) << c.source;
        EXPECT_EQ(s.error->message, c.message) << c.source;
        EXPECT_EQ(s.error->line, c.line) << c.source;
        EXPECT_EQ(s.error->column, c.column) << c.source;
    }
}

TEST(Lexer, TooManyNestedBracketsAtTheTwoHundredAndFirst) {
    // Expected values from python3 3.11 compile(): 200 open brackets are allowed, the next
    // one is reported where it stands.
    std::string ok = "x = " + std::string(200, '(') + "1" + std::string(200, ')');
    EXPECT_FALSE(tokenize(ok).error);
    TokenStream s = tokenize("x = [\n" + std::string(200, '(') + "1" + std::string(200, ')') + "]");
    ASSERT_TRUE(s.error);
    EXPECT_EQ(s.tokens.back().kind, TokenKind::Error);
    EXPECT_EQ(s.error->type, "SyntaxError");
    EXPECT_EQ(s.error->message, "too many nested parentheses");
    EXPECT_EQ(s.error->line, 2);
    EXPECT_EQ(s.error->column, 200);
}
