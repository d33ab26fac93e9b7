// `memstep --export-gif` and `memstep --export-pdf`: a range of steps, no window.
//
// --from and --to are 1-based and inclusive, like the window's "Step N of M"; both default to
// the ends of the run. A range the program does not have is a usage error (exit 2).
#pragma once

#include "cpython_run.h"

#include <QString>
#include <QtGlobal>
#include <optional>

class QTextStream;

namespace memstep::ui {

struct SequenceExportRequest {
    enum class Format { Gif, Pdf };
    Format format = Format::Gif;
    QString programPath;
    QString outputPath;
    std::optional<long long> from; // 1-based
    std::optional<long long> to;   // 1-based
    bool everyObject = false;
    bool showIds = false;
    bool pythonIds = false;
    qreal scale = 1.0;      // GIF: pixels; PDF: how far a small diagram may be enlarged
    int stepDelayMs = 1500; // GIF: how long each step is held
    bool captions = true;   // PDF: the step's caption on each page
    Engine engine = Engine::Builtin;
};

class HeadlessSequenceExport {
public:
    // Returns the process exit code: 0 written, 1 the program or the file failed, 2 bad request.
    static int run(const SequenceExportRequest& request, QTextStream& err);
};

} // namespace memstep::ui
