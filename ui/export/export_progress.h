// What a long export reports while it works, and how it ends.
//
// Exports of many steps take seconds; the window shows a progress dialog with Cancel and the
// command line shows nothing, so progress is a plain callback: (done, total) -> keep going?
#pragma once

#include <functional>

namespace memstep::ui {

// Returns false to cancel the export.
using ExportProgress = std::function<bool(int done, int total)>;

enum class ExportOutcome { Written, Failed, Cancelled };

} // namespace memstep::ui
