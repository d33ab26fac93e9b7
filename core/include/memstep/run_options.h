// What a run of a program may do and how it talks to its caller: the limits, the input it
// reads, where its output goes, how it is cancelled. Plain data, below the interpreter that
// obeys it and the run API (run.h) that takes it.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace memstep::core {

// The limits a person gets without choosing any: the window's Preferences start from them and
// memstep-trace records with them, so a program stops at the same point in both. A first
// course's programs fit easily; an endless loop ends in a message within seconds instead of a
// frozen window, and its trace stays small enough to step through.
inline constexpr std::uint64_t kDefaultMaxSteps = 100'000;
inline constexpr std::uint64_t kDefaultMaxHeapMb = 1024;
inline constexpr std::uint64_t kDefaultMaxOutputMb = 8;
inline constexpr double kDefaultMaxSeconds = 30;

struct RunLimits {
    // A student's infinite loop must end in a message, not a frozen window.
    std::uint64_t maxSteps = kDefaultMaxSteps;
    // Bytes of Python objects alive at once; past it the program ends in MemoryError.
    std::uint64_t maxHeapBytes = kDefaultMaxHeapMb << 20;
    // CPython's default sys.getrecursionlimit().
    int maxRecursionDepth = 1000;
    // Output kept; the rest is dropped with a note, so a print loop cannot fill memory.
    std::size_t maxOutputBytes = static_cast<std::size_t>(kDefaultMaxOutputMb) << 20;
    // Wall time in seconds (0: none); past it the run ends with a TimeLimit diagnostic. Looked
    // at every thousand steps or so, and every few thousand items inside a long builtin call
    // (sum(range(10**12)) is one step), so a run overshoots it by a few milliseconds. None
    // unless asked for (kDefaultMaxSeconds): a test or benchmark must not depend on how busy
    // the machine is.
    double maxSeconds = 0;
};

struct RunOptions {
    bool record = true;                // false: run only (memstep-trace --run), no trace kept
    std::string filename = "<string>"; // as shown in tracebacks
    RunLimits limits;
    std::size_t checkpointInterval = 256;
    // input(): the next line without its newline, or nullopt at end of input (EOFError).
    std::function<std::optional<std::string>(std::string_view prompt)> readInput;
    // Called with each piece of output as it is printed (for --run), in addition to recording.
    std::function<void(std::string_view)> onOutput;
    // Polled between steps and inside long builtin calls; when it becomes true the run ends
    // with a Cancelled diagnostic.
    const std::atomic<bool>* cancel = nullptr;
    // Called now and then (not every step) with the number of steps so far.
    std::function<void(std::uint64_t steps)> onProgress;
};

} // namespace memstep::core
