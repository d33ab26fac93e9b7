// Shows a trace's steps one after another in a private DiagramScene, for exports.
//
// The layout remembers where objects sat, so a step's picture depends on the steps before
// it. Exports therefore replay that history (bounded, like the PNG export) before the first
// step they draw, and then walk forward: objects sit exactly where a person stepping through
// in the window would see them. The window's own scene is never touched.
#pragma once

#include "diagram_layout.h"
#include "diagram_palette.h"
#include "diagram_scene.h"
#include "memstep/trace.h"

#include <functional>

namespace memstep::ui {

class StepReplay {
public:
    // Steps of layout history replayed before a step that is not the next one.
    static constexpr int kReplaySteps = 400;

    StepReplay(const core::Trace& trace, const LayoutOptions& options,
               const DiagramPalette& palette = DiagramPalette::light());

    // Shows `step` (0-based, < stepCount). Walking forward one step at a time is cheap; any
    // other move replays history first.
    void show(int step);
    // Shows `step`, the one after the step shown, through the step animation: pose(t) is
    // called with the scene posed at each t = i / frames in (0, 1), the whole animation in
    // `frames` evenly spaced frames (none when nothing moves), and may return false to stop.
    // Ends exactly as show(). Returns false when stopped.
    bool animateTo(int step, int frames, const std::function<bool(qreal t)>& pose);
    int shownStep() const { return m_shown; }
    DiagramScene& scene() { return m_scene; }
    const core::Trace& trace() const { return m_trace; }

private:
    const core::Trace& m_trace;
    DiagramScene m_scene;
    int m_shown = -1;
};

} // namespace memstep::ui
