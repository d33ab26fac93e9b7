// A trace written as JSON (../shared/trace-format.md, full or compact form) read back into the
// core's RunResult: how the window shows a run of the CPython engine, whose trace arrives as
// text from a child process, with everything downstream (diagram, animation, exports,
// captions) unchanged.
//
// Each step's events are replayed through a core::TraceRecorder, so the steps are stored as
// the built-in engine's are. Where a step also carries its whole state (every step of the full
// form, the key steps of the compact one), the state the events built must equal it: a trace
// whose events and states disagree is refused with the first step where they part, rather than
// drawn wrong.
#pragma once

#include "memstep/run_result.h"
#include "memstep/trace_json.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace memstep::ui {

// The run the JSON describes, or nullopt with *problem saying what is wrong with it.
std::optional<core::RunResult> readTraceJson(const QByteArray& json, QString* problem);

} // namespace memstep::ui
