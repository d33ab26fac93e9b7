// libFuzzer target: arbitrary bytes -> runProgram with small limits, then the trace is read back.
//
// Whatever a student types, the interpreter must end in output or a Diagnostic, and the trace
// must stay readable: every step's state rebuilt from the checkpoints, its events listed, the
// JSON written. Limits are small (2000 steps, 16 MB of heap, recursion 200) so one input runs
// in milliseconds and libFuzzer explores breadth; a slow single step (a huge power, a giant
// string) still shows up as a libFuzzer timeout, which is a finding too. The JSON repeats the
// whole heap at every step, so it is written only for traces small enough that its size says
// nothing about a bug (a 1,000,000-item list times 2000 steps would be a timeout by design).
#include "memstep/run.h"
#include "memstep/trace_json.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace {

constexpr std::uint64_t kMaxSteps = 2000;
constexpr std::uint64_t kMaxHeapBytes = std::uint64_t{16} << 20;
constexpr int kMaxRecursionDepth = 200;
// Enough to exercise the "output dropped" note without printing megabytes per input.
constexpr std::size_t kMaxOutputBytes = 64 << 10;
// Step count times heap cells (objects plus their items/entries/attrs) past which the JSON is
// skipped.
constexpr std::size_t kMaxJsonCells = 400'000;
// input() answers this many lines, then EOFError, so both paths are reachable.
constexpr int kInputLines = 3;

memstep::core::RunOptions fuzzOptions(int* inputsLeft) {
    memstep::core::RunOptions options;
    options.record = true;
    options.filename = "fuzz.py";
    options.limits.maxSteps = kMaxSteps;
    options.limits.maxHeapBytes = kMaxHeapBytes;
    options.limits.maxRecursionDepth = kMaxRecursionDepth;
    options.limits.maxOutputBytes = kMaxOutputBytes;
    // Small, so that the rebuild below crosses checkpoints.
    options.checkpointInterval = 16;
    options.readInput = [inputsLeft](std::string_view) -> std::optional<std::string> {
        if (*inputsLeft <= 0)
            return std::nullopt;
        --*inputsLeft;
        return std::string("7");
    };
    return options;
}

std::size_t heapCells(const memstep::core::ProgramState& state) {
    std::size_t cells = state.frames.size();
    for (const auto& [id, object] : state.heap)
        cells += 1 + object.items.size() + object.entries.size() + object.attrs.size();
    for (const auto& frame : state.frames)
        cells += frame.vars.size();
    return cells;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    int inputsLeft = kInputLines;
    const memstep::core::RunResult result =
        memstep::core::runProgram(source, fuzzOptions(&inputsLeft));

    if (result.error && result.error->type.empty())
        __builtin_trap();

    const memstep::core::Trace& trace = result.trace;
    const std::size_t count = trace.stepCount();
    if (count > kMaxSteps + 1)
        __builtin_trap();
    std::size_t largestState = 0;
    if (count > 0) {
        // First, last, and a few in between, each rebuilt from its nearest checkpoint.
        const std::size_t picks[] = {0, count / 3, count / 2, count - 1};
        for (std::size_t step : picks) {
            const memstep::core::ProgramState state = trace.state(step);
            largestState = std::max(largestState, heapCells(state));
            (void)trace.stepInfo(step);
            (void)trace.events(step);
            // Frames are never empty at a step: the module frame is always there.
            if (state.frames.empty())
                __builtin_trap();
        }
        (void)trace.stats();
    }

    if ((count + 1) * (largestState + 1) <= kMaxJsonCells) {
        std::ostringstream json;
        memstep::core::writeTraceJson(json, result);
        if (json.str().empty())
            __builtin_trap();
    }
    return 0;
}
