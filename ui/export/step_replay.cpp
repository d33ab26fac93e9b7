#include "step_replay.h"

#include "step_animator.h"

#include <algorithm>

namespace memstep::ui {

StepReplay::StepReplay(const core::Trace& trace, const LayoutOptions& options,
                       const DiagramPalette& palette)
    : m_trace(trace) {
    m_scene.setDiagramPalette(palette);
    m_scene.setOptions(options);
    m_scene.setBackgroundBrush(palette.background);
}

void StepReplay::show(int step) {
    if (m_shown >= 0 && step == m_shown + 1) {
        m_scene.showState(m_trace.state(std::size_t(step)));
    } else if (step != m_shown) {
        m_scene.clearDiagram();
        for (int i = std::max(0, step - kReplaySteps); i <= step; ++i) {
            m_scene.showState(m_trace.state(std::size_t(i)));
        }
    }
    m_shown = step;
}

} // namespace memstep::ui

namespace memstep::ui {

bool StepReplay::animateTo(int step, int frames, const std::function<bool(qreal)>& pose) {
    if (m_shown < 0 || step != m_shown + 1) {
        show(step);
        return true;
    }
    StepAnimator animator(&m_scene);
    animator.prepare(m_trace.state(std::size_t(step)), m_trace.events(std::size_t(step)));
    m_shown = step;
    if (animator.phaseCount() == 0) {
        frames = 0; // nothing moves: no in-between frames
    }
    for (int i = 1; i < frames; ++i) {
        animator.setProgress(qreal(i) / frames);
        if (!pose(qreal(i) / frames)) {
            animator.finish();
            return false;
        }
    }
    animator.finish();
    return true;
}

} // namespace memstep::ui
