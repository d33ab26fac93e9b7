// What a finished run leaves behind: its trace, what it printed and how it ended.
//
// It sits in the trace layer, beside trace.h, rather than in run.h: the JSON writer
// (trace_json.h) reads a finished run and must not depend on the API that starts one.
// runProgram() in run.h returns it.
#pragma once

#include "memstep/diagnostic.h"
#include "memstep/trace.h"

#include <cstdint>
#include <optional>
#include <string>

namespace memstep::core {

struct RunResult {
    Trace trace;                     // empty when !record or on a syntax error
    std::string stdoutText;          // everything printed
    std::optional<Diagnostic> error; // nullopt when the program ran to its end
    std::uint64_t steps = 0;         // steps executed, recorded or not
};

} // namespace memstep::core
