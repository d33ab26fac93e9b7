// Runs a program the way runProgram does, but with the heap's TeardownReport attached, so a
// test can check what was still alive (and what the heap had to break free) when the run
// ended. The leak and generator tests both need it.
#pragma once

#include "interp/interpreter.h"
#include "runtime/heap.h"
#include "syntax/parser.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <string_view>

namespace memstep::core::test {

struct TeardownRun {
    rt::TeardownReport report;
    std::string output;
    std::optional<Diagnostic> error;
};

// `modules`: what `import` may reach (null: no module).
inline TeardownRun runWithTeardownReport(std::string_view source, bool record,
                                         const interp::ModuleLibrary* modules = nullptr) {
    TeardownRun out;
    RunOptions options;
    options.record = record;
    syntax::ParseResult parsed = syntax::parse(source);
    EXPECT_TRUE(parsed.module && !parsed.error);
    if (!parsed.module)
        return out;
    std::optional<TraceRecorder> recorder;
    if (record)
        recorder.emplace(std::string(source), options.checkpointInterval);
    {
        interp::Interpreter in(options, source, recorder ? &*recorder : nullptr, modules);
        in.heap().reportTeardownTo(&out.report);
        interp::resolveModule(in, *parsed.module);
        EXPECT_FALSE(in.unsupported.has_value()) << (in.unsupported ? in.unsupported->message : "");
        if (!in.unsupported)
            out.error = in.run(*parsed.module);
        out.output = in.output();
    }
    return out;
}

} // namespace memstep::core::test
