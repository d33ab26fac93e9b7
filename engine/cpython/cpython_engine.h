// The CPython engine: runs a program under the system python3 with memstep_cpython_trace.py
// (beside this library's executables) and passes its trace through as trace-format JSON.
//
// The tracer is a child process. Python cannot be held to memstep's limits from the inside
// alone, so the parent adds them from the outside: an address-space limit (RLIMIT_AS), a
// process limit (RLIMIT_NPROC, or a pids cgroup for root, whom RLIMIT_NPROC does not bind; a
// fork past it ends the run with a limit), a hard wall-clock kill, a cap on the JSON, a fresh
// temporary working folder, and stdin holding only the run's answers. The program runs with
// the user's own rights: it can read and write their files. POSIX only, no Qt, so both
// memstep-trace and the window use it.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace memstep::engine {

// Processes (threads count too) a program may have at once beside the tracer. A fork past
// them ends the run with a MemoryLimit (the run's resources) whose message starts with
// kProcessLimitStart, which the window words in its own language.
inline constexpr unsigned kMaxProgramProcesses = 64;
inline constexpr std::string_view kProcessLimitStart = "the program started more than ";

struct CpythonRun {
    std::string python;      // the interpreter, from findPython()
    std::string tracer;      // memstep_cpython_trace.py, from findTracer()
    std::string programPath; // the program's file; read by the tracer
    std::string filename;    // the program's name in tracebacks, as python3 would give it
    std::string source;      // the program's text, for the document's "source"
    // The file whose lines input() returns (universal newlines, as memstep-trace's --stdin);
    // nullopt: the caller's own stdin is handed on.
    std::optional<std::string> answersPath;
    std::uint64_t maxSteps = 100'000;
    double maxSeconds = 30; // 0: no limit
    std::uint64_t maxHeapMb = 1024;
    std::uint64_t maxJsonBytes = 0; // 0: no limit
    bool compact = false;
    // Set from another thread to end the run at once (the window's Cancel).
    const std::atomic<bool>* cancel = nullptr;
};

// What the run ended with: the error's type ("" when the program ran to its end).
struct CpythonResult {
    bool started = false;
    std::string problem; // why it did not start, when !started
    std::string errorType;
};

// python3 on PATH, or nullopt.
std::optional<std::string> findPython();
// "Python 3.11" for the given interpreter, or "" when it cannot say.
std::string pythonVersion(const std::string& python);
// memstep_cpython_trace.py: $MEMSTEP_CPYTHON_TRACER, or beside the running executable.
std::optional<std::string> findTracer();

// Runs the program and writes the trace JSON to `out`.
CpythonResult runCpython(const CpythonRun& run, std::ostream& out);

} // namespace memstep::engine
