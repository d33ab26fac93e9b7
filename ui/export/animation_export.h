// File > Export Animation (GIF) and `memstep --export-gif`: a range of steps as an animated GIF.
//
// Every frame is drawn on one canvas, the union of the diagram's extent over the range, so
// objects keep their place from frame to frame as they do in the window. Between two steps
// the window's step animation (StepAnimator) is sampled into in-between frames, so an arrow
// visibly swings to its new object; each step is then held long enough to be read when
// projected. The animation loops forever.
#pragma once

#include "diagram_layout.h"
#include "export_progress.h"
#include "memstep/trace.h"

#include <QString>

namespace memstep::ui {

struct AnimationOptions {
    int first = 0;     // 0-based, inclusive
    int last = 0;      // 0-based, inclusive
    qreal scale = 1.0; // 1, 2 or 4: a 2x GIF is sharp on a slide
    // How long each step is held once drawn. 1.5 s: long enough to read a changed arrow and
    // the value it points to from the back of a room; 0.5 s (the window's play speed) is
    // only followed by someone who already knows what happens.
    int stepDelayMs = kDefaultStepDelayMs;
    // How long the slide into a step (arrows swinging, boxes appearing) takes, drawn as
    // in-between frames of kTweenFrameMs each; 0: one frame per step. 0.6 s is the window's
    // Slow animation speed, slow enough that the eye follows an arrow to its new object.
    int slideMs = kDefaultSlideMs;
    LayoutOptions layout;

    static constexpr int kDefaultStepDelayMs = 1500;
    static constexpr int kDefaultSlideMs = 600;
    // 60 ms (about 17 frames a second): smooth to the eye, a whole number of the GIF's
    // hundredths of a second, and browsers show it as written (they slow delays under 20 ms).
    static constexpr int kTweenFrameMs = 60;
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
