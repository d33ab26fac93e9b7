// File > Export Handout (PDF) and `memstep --export-pdf`: one page per step, for printing.
//
// Each page says where the program is ("Step N of M"), shows the code with the line that
// just ran and the line that runs next marked as in the editor, the output printed so far,
// that step's diagram scaled to fit and, under the header, the step's caption (what the step
// did, in the words the window's caption bar uses). The diagram goes into the PDF as vector
// drawing, so it stays sharp however the page is printed.
#pragma once

#include "diagram_layout.h"
#include "export_progress.h"
#include "memstep/run.h"

#include <QString>

namespace memstep::ui {

struct HandoutOptions {
    int first = 0;       // 0-based, inclusive
    int last = 0;        // 0-based, inclusive
    QString programName; // shown in each page's header
    bool captions = true;
    // 1, 2 or 4: how far a small diagram may be enlarged on its page (kMaxDiagramScale times
    // this). The page stays A4 and the diagram vector drawing at every scale.
    qreal scale = 1.0;
    LayoutOptions layout;
};

class HandoutExport {
public:
    // A small diagram is not blown up past this many points per scene pixel.
    static constexpr qreal kMaxDiagramScale = 1.4;

    // On failure or cancel no file is left behind. *error is a sentence for the user.
    static ExportOutcome writePdf(const core::RunResult& result, const QString& path,
                                  const HandoutOptions& options, const ExportProgress& progress,
                                  QString* error);
};

} // namespace memstep::ui
