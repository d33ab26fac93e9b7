// The benchmark programs of bench/programs, shared by every benchmark of memstep_bench.
//
// Programs are plain .py files read at run time, so the same files feed python3 in bench/run.py
// and the interpreter here, and resizing one needs no rebuild. The directory is compiled in and
// can be overridden with MEMSTEP_BENCH_PROGRAMS (for an installed or moved build).
#pragma once

#include <string>
#include <vector>

namespace memstep::bench {

// Programs timed without recording, against python3.
inline const std::vector<std::string> kRunPrograms = {
    "numeric_loop", "fib_recursion", "list_sort", "dict_count", "string_build", "method_calls",
};

// Programs whose step count is exactly what their name says (10,000 / 100,000 / 1,000,000).
inline const std::vector<std::string> kRecordPrograms = {"record_10k", "record_100k", "record_1m"};

// The text of programs/NAME.py; empty when it cannot be read.
std::string programSource(const std::string& name);

} // namespace memstep::bench
