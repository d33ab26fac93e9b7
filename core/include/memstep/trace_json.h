// The trace as JSON, in the public shape of ../shared/trace-format.md (version 1).
//
// Writing streams step by step, so a long trace never needs its whole text in memory. The
// full form repeats the whole state at every step, which suits a short program and a reader
// that wants any step without work; the compact form writes the state only at key steps and
// the events everywhere, so its size follows what the program did, not steps x heap.
#pragma once

#include "memstep/run_result.h"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace memstep::core {

inline constexpr int kTraceFormatVersion = 1;

struct JsonOptions {
    // Every step repeats the whole heap and all output so far, so a program that grows a list
    // or prints forever makes JSON that grows with the square of its length. Past this many
    // bytes the writer leaves out the remaining steps and reports a MemoryLimit error instead
    // of the program's own ending. 0: no limit.
    std::uint64_t maxBytes = 0;
    // The compact form ("compact": true): frames, heap and stdout only on key steps ("key":
    // true), the first step and any step at which the events since the previous key step
    // would outnumber that step's heap objects; other steps carry event, line, exception,
    // return and events. The byte limit above applies to it the same way.
    bool compact = false;
};

// Writes {"format", "version", "source", "steps", "stdout", "error"} for a finished run.
// "source" is the trace's; pass it explicitly when the trace may be empty (a syntax error).
void writeTraceJson(std::ostream& out, const RunResult& result);
void writeTraceJson(std::ostream& out, const RunResult& result, std::string_view source,
                    const JsonOptions& options = {});

// JSON string literal with quotes, escaping as json.dumps(ensure_ascii=False) would.
std::string jsonQuote(std::string_view text);

} // namespace memstep::core
