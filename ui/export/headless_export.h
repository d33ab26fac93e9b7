// `memstep --export-png/--export-svg`: run a program and write one step's diagram, no window.
//
// The export replays the layout over the steps before the chosen one, so objects sit where a
// person stepping through in the window would see them.
#pragma once

#include "cpython_run.h"
#include "memstep/run.h"

#include <QString>
#include <optional>

class QTextStream;

namespace memstep::ui {

class DiagramScene;

struct HeadlessExportRequest {
    QString programPath;
    QString outputPath;
    bool svg = false;
    std::optional<long long> step; // 1-based; nullopt: the last step
    double scale = 1.0;
    bool transparent = false;
    bool everyObject = false;
    bool showIds = false;   // short ids (id1, id2, ...)
    bool pythonIds = false; // with showIds: the number id() prints
    bool dark = false;
    Engine engine = Engine::Builtin;
};

class HeadlessExport {
public:
    // Steps of layout history replayed before the exported step (bounded so huge traces stay fast).
    static constexpr long long kReplaySteps = 400;

    // Returns the process exit code: 0 written, 1 the program or the file failed, 2 bad request.
    static int run(const HeadlessExportRequest& request, QTextStream& err);

    // Reads and runs a program for an export. nullopt (with a message on err) when the file
    // cannot be read or the run recorded no step to draw. Auto: python3 runs a program
    // memstep's interpreter refuses, with a note on err saying so.
    static std::optional<core::RunResult> runForExport(const QString& programPath, QTextStream& err,
                                                       Engine engine = Engine::Builtin);

    // Sets the scene up as request asks (palette, options) and shows `step` (1-based) of the
    // trace the way the window would after stepping there: the kReplaySteps before it first.
    static void showStep(DiagramScene& scene, const core::Trace& trace, long long step,
                         const HeadlessExportRequest& request);
};

} // namespace memstep::ui
