// Benchmarks of the interpreter and the trace: what bench/run.py sets against python3 and the
// CPython snapshot tracer, measured in-process so start-up and file reading are left out.
#include "bench_programs.h"
#include "benchmarks.h"
#include "memstep/run.h"
#include "memstep/trace.h"

#include <benchmark/benchmark.h>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <utility>

namespace memstep::bench {
namespace {

// Big enough for every program here; the benchmarks are about speed, not the default limit.
constexpr std::uint64_t kBenchStepLimit = 100'000'000;

core::RunOptions benchOptions(bool record) {
    core::RunOptions options;
    options.record = record;
    options.filename = "<bench>";
    options.limits.maxSteps = kBenchStepLimit;
    options.onOutput = [](std::string_view) {};
    options.readInput = [](std::string_view) { return std::optional<std::string>{}; };
    return options;
}

// Skips the benchmark with "unsupported: ..." or "error: ..." so the runner can tell a missing
// feature (a figure we owe) from a broken program.
void skipForError(benchmark::State& state, const core::Diagnostic& error) {
    const std::string prefix = error.type == core::kUnsupported ? "unsupported: " : "error: ";
    const std::string text = prefix + error.type + ": " + error.message;
    state.SkipWithError(text.c_str());
}

void runOnly(benchmark::State& state, const std::string& name) {
    const std::string source = programSource(name);
    if (source.empty()) {
        state.SkipWithError("error: cannot read the program");
        return;
    }
    const core::RunOptions options = benchOptions(false);
    std::uint64_t steps = 0;
    for (auto _ : state) {
        core::RunResult result = core::runProgram(source, options);
        if (result.error) {
            skipForError(state, *result.error);
            break;
        }
        steps = result.steps;
        benchmark::DoNotOptimize(result.stdoutText.data());
    }
    state.counters["steps"] = static_cast<double>(steps);
    state.counters["steps_per_s"] = benchmark::Counter(
        static_cast<double>(steps), benchmark::Counter::kIsIterationInvariantRate);
}

void record(benchmark::State& state, const std::string& name) {
    const std::string source = programSource(name);
    if (source.empty()) {
        state.SkipWithError("error: cannot read the program");
        return;
    }
    const core::RunOptions options = benchOptions(true);
    core::TraceStats stats;
    for (auto _ : state) {
        core::RunResult result = core::runProgram(source, options);
        if (result.error) {
            skipForError(state, *result.error);
            break;
        }
        stats = result.trace.stats();
        benchmark::DoNotOptimize(stats);
    }
    const double steps = static_cast<double>(stats.steps);
    state.counters["steps"] = steps;
    state.counters["events"] = static_cast<double>(stats.events);
    state.counters["steps_per_s"] =
        benchmark::Counter(steps, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["trace_bytes"] = static_cast<double>(stats.memoryBytes);
    state.counters["bytes_per_step"] =
        steps > 0 ? static_cast<double>(stats.memoryBytes) / steps : 0;
}

// A program's trace, recorded on first use and shared by the benchmarks that read it.
struct RecordedTrace {
    std::string program;
    bool tried = false;
    std::optional<core::Diagnostic> error;
    core::Trace trace;

    const core::Trace* get() {
        if (!tried) {
            tried = true;
            core::RunResult result = core::runProgram(programSource(program), benchOptions(true));
            error = result.error;
            trace = std::move(result.trace);
        }
        return error || trace.stepCount() == 0 ? nullptr : &trace;
    }
};

void stateAtRandomStep(benchmark::State& state, const std::shared_ptr<RecordedTrace>& recorded) {
    const core::Trace* trace = recorded->get();
    if (!trace) {
        if (recorded->error)
            skipForError(state, *recorded->error);
        else
            state.SkipWithError("error: the trace has no steps");
        return;
    }
    std::mt19937_64 random(20261126);
    std::uniform_int_distribution<std::size_t> pick(0, trace->stepCount() - 1);
    std::size_t objects = 0;
    for (auto _ : state) {
        core::ProgramState rebuilt = trace->state(pick(random));
        objects += rebuilt.heap.size();
        benchmark::DoNotOptimize(rebuilt);
    }
    state.counters["trace_steps"] = static_cast<double>(trace->stepCount());
    state.counters["objects"] =
        benchmark::Counter(static_cast<double>(objects), benchmark::Counter::kAvgIterations);
}

} // namespace

void registerCoreBenchmarks() {
    for (const std::string& name : kRunPrograms) {
        benchmark::RegisterBenchmark(("run_only/" + name).c_str(),
                                     [name](benchmark::State& state) { runOnly(state, name); })
            ->Unit(benchmark::kMillisecond)
            ->MinTime(1.0);
    }
    for (const std::string& name : kRecordPrograms) {
        benchmark::RegisterBenchmark(("record/" + name).c_str(),
                                     [name](benchmark::State& state) { record(state, name); })
            ->Unit(benchmark::kMillisecond)
            ->MinTime(1.0);
    }
    // A million small steps (replay cost), and a heap of 20,000 objects (decoding cost).
    const std::pair<const char*, const char*> stateBenchmarks[] = {
        {"trace_state/random_step_of_1m", "record_1m"},
        {"trace_state/random_step_of_20k_heap", "state_20k_heap"},
    };
    for (const auto& [benchmarkName, program] : stateBenchmarks) {
        auto recorded = std::make_shared<RecordedTrace>();
        recorded->program = program;
        benchmark::RegisterBenchmark(benchmarkName, [recorded](benchmark::State& state) {
            stateAtRandomStep(state, recorded);
        })->Unit(benchmark::kMillisecond);
    }
}

} // namespace memstep::bench
