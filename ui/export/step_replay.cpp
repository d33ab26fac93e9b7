#include "step_replay.h"

#include <algorithm>

namespace memstep::ui {

StepReplay::StepReplay(const core::Trace& trace, const LayoutOptions& options, const DiagramPalette& palette)
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
