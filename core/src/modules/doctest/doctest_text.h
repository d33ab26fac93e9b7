// doctest's text handling, apart from running anything: a docstring cut into examples (the
// `>>> ` source, `... ` continuation lines and the expected output after them), the
// comparison of expected and actual output under the option flags, and the pieces of
// CPython's failure report. Written from the behaviour of CPython 3.11's Lib/doctest.py
// (DocTestParser, OutputChecker), line by line instead of with its regular expressions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace memstep::core::modules::doctest {

// The option flags, with CPython's values (register_optionflag's order).
inline constexpr int kDontAcceptTrueFor1 = 1;
inline constexpr int kDontAcceptBlankline = 2;
inline constexpr int kNormalizeWhitespace = 4;
inline constexpr int kEllipsis = 8;
inline constexpr int kSkip = 16;
inline constexpr int kIgnoreExceptionDetail = 32;
inline constexpr int kReportUdiff = 64;
inline constexpr int kReportCdiff = 128;
inline constexpr int kReportNdiff = 256;
inline constexpr int kReportOnlyFirstFailure = 512;
inline constexpr int kFailFast = 1024;

struct OptionName {
    const char* name;
    int flag;
};
inline constexpr OptionName kOptionNames[] = {
    {"DONT_ACCEPT_TRUE_FOR_1", kDontAcceptTrueFor1},
    {"DONT_ACCEPT_BLANKLINE", kDontAcceptBlankline},
    {"NORMALIZE_WHITESPACE", kNormalizeWhitespace},
    {"ELLIPSIS", kEllipsis},
    {"SKIP", kSkip},
    {"IGNORE_EXCEPTION_DETAIL", kIgnoreExceptionDetail},
    {"REPORT_UDIFF", kReportUdiff},
    {"REPORT_CDIFF", kReportCdiff},
    {"REPORT_NDIFF", kReportNdiff},
    {"REPORT_ONLY_FIRST_FAILURE", kReportOnlyFirstFailure},
    {"FAIL_FAST", kFailFast},
};

struct Example {
    std::string source;                // ends with a newline
    std::string want;                  // empty, or ends with a newline
    std::optional<std::string> excMsg; // the expected exception's last lines, if any
    int lineno = 0;                    // of its `>>>` line, from the docstring's first line (0)
    std::map<int, bool> options;       // `# doctest: +FLAG` directives: flag -> on
};

// The examples of `docstring` (the test's `name` goes into the errors' messages), or the
// ValueError's message when it is malformed.
struct ParsedExamples {
    std::vector<Example> examples;
    std::optional<std::string> error;
};
ParsedExamples parseExamples(std::string_view docstring, const std::string& name);

// OutputChecker.check_output and output_difference (no diff flags: the caller refuses them).
bool checkOutput(const std::string& want, const std::string& got, int flags);
std::string outputDifference(const Example& example, const std::string& got, int flags);
// doctest's _indent: four spaces before every non-empty line.
std::string indentLines(std::string_view text);
// _strip_exception_details: `pkg.Error: detail` -> `Error`.
std::string stripExceptionDetails(const std::string& msg);

} // namespace memstep::core::modules::doctest
