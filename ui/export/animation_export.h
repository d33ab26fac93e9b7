// File > Export Animation (GIF) and `memstep --export-gif`: a range of steps as an animated GIF.
//
// Every frame is drawn on one canvas, the union of the diagram's extent over the range, so
// objects keep their place from frame to frame as they do in the window. Between two steps
// the window's step animation (StepAnimator) is sampled into in-between frames, so an arrow
// visibly swings to its new object; each step is then held for as long as playing shows it
// (1 / speed). The animation loops forever.
#pragma once

#include "diagram_layout.h"
#include "export_progress.h"
#include "memstep/trace.h"

#include <QString>

namespace memstep::ui {

struct AnimationOptions {
    int first = 0; // 0-based, inclusive
    int last = 0;  // 0-based, inclusive
    qreal scale = 1.0;
    int stepDelayMs = 500; // the window's default play speed, 2 steps/s
    // In-between frames per animation phase (0: one frame per step). Each phase lasts as long
    // as in the window at the Normal animation speed; the step is then held for stepDelayMs.
    int framesPerPhase = 4;
    LayoutOptions layout;
};

class AnimationExport {
public:
    // The palette is built from at most this many frames spread over the range.
    static constexpr int kPaletteSamples = 40;

    // On failure or cancel no file is left behind. *error is a sentence for the user.
    static ExportOutcome writeGif(const core::Trace& trace, const QString& path,
                                  const AnimationOptions& options, const ExportProgress& progress,
                                  QString* error);
};

} // namespace memstep::ui
