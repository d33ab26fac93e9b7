// libFuzzer target: arbitrary bytes -> syntax::parse.
//
// The parser is the first thing to see a student's file, so it must turn any byte string
// (invalid UTF-8, NULs, thousand-deep brackets, megabyte lines) into a tree or a Diagnostic:
// never crash, hang, overflow the C++ stack or leak. A syntax error's caret block is
// formatted too, because the CLI and the window print it for exactly these inputs.
#include "syntax/parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    const memstep::core::syntax::ParseResult result = memstep::core::syntax::parse(source);
    if (result.error) {
        const std::string text =
            memstep::core::syntax::formatSyntaxError(*result.error, source, "fuzz.py");
        // A diagnostic with no text would leave the student with nothing to read.
        if (result.error->type.empty() || text.empty())
            __builtin_trap();
    } else if (!result.module) {
        // Neither a tree nor an error: the caller would have nothing to run or show.
        __builtin_trap();
    }
    return 0;
}
