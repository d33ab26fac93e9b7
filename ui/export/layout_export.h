// `memstep --export-layout`: the geometry of the picture `--export-png` draws, as JSON
// (/work/shared/diagram-layout.md is the contract: boxes, arrows, texts, in scale-1 pixels).
//
// Nothing here lays anything out. Boxes and arrows come from the scene's current layout and its
// arrow items, mapped into the picture the way DiagramExporter maps them; texts are recorded by
// painting the scene with DiagramExporter::render onto a device that keeps every piece of text
// it is asked to draw. The price is a paint per step, which is cheap next to running the program,
// and the certainty that the description and the picture cannot drift apart.
#pragma once

#include "memstep/trace.h"

#include <QJsonObject>

class QTextStream;

namespace memstep::ui {

class DiagramScene;
struct HeadlessExportRequest;

class LayoutExport {
public:
    static constexpr int kFormatVersion = 1;
    // A flattened arrow stays this close to its curve (the contract allows 1 px).
    static constexpr qreal kFlatness = 0.5;

    // Writes request.step (or the last) of request.programPath to request.outputPath ("-" is
    // standard output). allSteps: every step instead, one JSON object per line (JSON Lines),
    // drawn by stepping one scene forwards from step 1 as the window does; the same as --step N
    // for the first HeadlessExport::kReplaySteps + 1 steps, which replay from step 1 too.
    // Returns the process exit code: 0 written, 1 the program or the file failed, 2 bad step.
    static int run(const HeadlessExportRequest& request, bool allSteps, QTextStream& err);

    // The contract's object for what the scene shows now, `step` being its 1-based number and
    // `state` the program state it shows (for the objects' Python types).
    static QJsonObject describe(DiagramScene& scene, const core::ProgramState& state,
                                long long step);
};

} // namespace memstep::ui
