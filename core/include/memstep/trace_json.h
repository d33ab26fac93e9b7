// The trace as JSON, in the public shape of ../shared/trace-format.md (version 1).
//
// Writing streams step by step, so a long trace never needs its whole text in memory.
#pragma once

#include "memstep/run.h"

#include <iosfwd>
#include <string>
#include <string_view>

namespace memstep::core {

inline constexpr int kTraceFormatVersion = 1;

// Writes {"format", "version", "source", "steps", "stdout", "error"} for a finished run.
// "source" is the trace's; pass it explicitly when the trace may be empty (a syntax error).
void writeTraceJson(std::ostream& out, const RunResult& result);
void writeTraceJson(std::ostream& out, const RunResult& result, std::string_view source);

// JSON string literal with quotes, escaping as json.dumps(ensure_ascii=False) would.
std::string jsonQuote(std::string_view text);

} // namespace memstep::core
