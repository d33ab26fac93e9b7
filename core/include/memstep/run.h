// Running a student's program: the one entry point of the interpreter.
//
// runProgram() parses and executes a program in a fresh interpreter (no state is shared
// between calls, so tests and the window may run several side by side) and returns what it
// printed, how it ended and, when asked, the full trace. Every failure, a syntax error, an
// uncaught exception, an unsupported construct or a limit, comes back as a Diagnostic; the
// steps recorded up to that point stay in the trace.
#pragma once

#include "memstep/diagnostic.h"
#include "memstep/run_options.h"
#include "memstep/run_result.h"
#include "memstep/trace.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace memstep::core {

RunResult runProgram(std::string_view source, const RunOptions& options = {});

} // namespace memstep::core
