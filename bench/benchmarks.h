// Registration of memstep_bench's benchmarks, grouped by the part of memstep they measure.
//
// Benchmarks are registered at run time rather than with the BENCHMARK macro so that the list
// of programs stays data (bench_programs.h) and expensive fixtures, such as the million-step
// trace, are built once and shared by the benchmarks that read them instead of living in
// globals.
#pragma once

namespace memstep::bench {

// runProgram without recording on each program, recording on the 10k/100k/1M step programs,
// and Trace::state of random steps of the 1M step trace and of a trace with a 20,000-object heap.
void registerCoreBenchmarks();

// Layout and drawing of states with 10/100/1000 objects, PNG export, window start-up and the
// animation frame time; defined only when memstep_ui is built.
void registerUiBenchmarks();

} // namespace memstep::bench
