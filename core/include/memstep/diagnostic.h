// Errors are data: a program's failure is a value the caller shows, never an exception
// that escapes the core.
//
// `type` is the Python exception name (SyntaxError, NameError, ...) or one of the
// visualiser's own limits (StepLimit, TimeLimit, MemoryLimit, Unsupported, Cancelled). Messages
// read like CPython's so that students learn the real ones.
#pragma once

#include <string>

namespace memstep::core {

struct Diagnostic {
    std::string type;    // "SyntaxError", "ZeroDivisionError", "StepLimit", ...
    std::string message; // "division by zero"
    int line = 0;        // 1-based; 0 when the error belongs to no line
    int column = 0;      // 1-based; 0 when unknown
    // CPython's text for the uncaught error, as `python3 PROGRAM.py` prints it on stderr:
    // "Traceback (most recent call last):\n  File ..." or the SyntaxError caret block.
    std::string traceback;
    // What `python3 PROGRAM.py` prints on stderr when it differs from `traceback`: CPython 3.11
    // adds its "Did you mean: 'x'?" hint to a NameError's or AttributeError's line only when
    // it prints the error itself (the traceback module, and so `traceback`, leaves it out).
    // Empty when it is `traceback`.
    std::string printed;

    bool operator==(const Diagnostic&) const = default;
};

// Names of the visualiser's own limits, shared by the core, the CLI and the window.
inline constexpr const char* kStepLimit = "StepLimit";
inline constexpr const char* kMemoryLimit = "MemoryLimit";
inline constexpr const char* kTimeLimit = "TimeLimit";
inline constexpr const char* kUnsupported = "Unsupported";
inline constexpr const char* kCancelled = "Cancelled";

} // namespace memstep::core
