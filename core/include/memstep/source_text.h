// A program's bytes as python3 reads a source file.
//
// Files come from disk or stdin as bytes; the interpreter wants UTF-8 text. Python strips a
// UTF-8 byte order mark and refuses anything that is not UTF-8 (no `# coding:` support here)
// with a SyntaxError, before running a single line. Line endings are left to the parser.
#pragma once

#include "memstep/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>

namespace memstep::core {

struct SourceText {
    std::string text;                // the program, BOM removed (kept as read when invalid)
    std::optional<Diagnostic> error; // SyntaxError when the bytes are not UTF-8
};

// bytes: the file's content; filename: as python3 names it in messages ("x.py", "<stdin>").
// The error's message is compile()'s ("(unicode error) 'utf-8' codec can't decode byte 0xff
// in position 0: invalid start byte") and its traceback what `python3 FILE` prints.
SourceText decodeSource(std::string bytes, std::string_view filename);

} // namespace memstep::core
