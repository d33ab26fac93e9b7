// The limits a run gets, as the person set them in Preferences, and the sentences that name
// them when a run hits one.
//
// A limit that stops a student's program must say which setting stopped it and where to
// change it; otherwise "Stopped after 100,000 steps" reads like a bug in memstep. The values
// live in QSettings (group "limits") so they survive a restart, and the window reads them
// afresh for every run.
#pragma once

#include "cpython_run.h"
#include "memstep/diagnostic.h"
#include "memstep/run.h"

#include <QString>
#include <cstdint>

namespace memstep::ui {

struct RunSettings {
    static constexpr std::uint64_t kDefaultMaxSteps = 100'000;
    static constexpr int kDefaultHeapMb = 1024;
    static constexpr int kDefaultOutputMb = 8;
    static constexpr int kDefaultSeconds = 30;

    std::uint64_t maxSteps = kDefaultMaxSteps;
    int heapMb = kDefaultHeapMb;     // RunLimits::maxHeapBytes, in MB
    int outputMb = kDefaultOutputMb; // RunLimits::maxOutputBytes, in MB
    double maxSeconds = kDefaultSeconds;
    // Auto: memstep's interpreter, and python3 offered for a program it refuses.
    Engine engine = Engine::Auto;

    core::RunLimits limits() const;
    // Reads the saved values (defaults for anything missing or out of range).
    static RunSettings load();
    void save() const;

    bool operator==(const RunSettings&) const = default;
};

// "100,000" in the user's locale.
QString groupedNumber(std::uint64_t value);

// The sentence for a diagnostic that came from one of the limits in `used`, naming the
// setting; an empty string for any other diagnostic (a MemoryError is never a limit). `ran`:
// the program got past parsing.
QString limitMessage(const core::Diagnostic& diagnostic, const core::RunLimits& used, bool ran);

// The note for a program whose printing hit the output limit (its stdout ends in the core's
// "[output limit reached ...]" line), or an empty string.
QString outputLimitMessage(const std::string& stdoutText, const core::RunLimits& used);

} // namespace memstep::ui
