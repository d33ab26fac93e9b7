#include "step_states.h"

#include <cstddef>
#include <utility>

namespace memstep::ui {

const core::ProgramState& StepStates::moveTo(const core::Trace& trace, int step) {
    if (m_shown && m_shownStep == step) {
        return *m_shown;
    }
    std::optional<core::ProgramState> before;
    if (m_shown && m_shownStep == step + 1 && m_before) {
        m_shown = std::move(m_before);
    } else {
        if (m_shown && m_shownStep == step - 1) {
            before = std::move(m_shown);
        }
        m_shown = trace.state(std::size_t(step));
    }
    m_shownStep = step;
    m_before = std::move(before);
    return *m_shown;
}

const core::ProgramState& StepStates::shown(const core::Trace& trace, int step) {
    if (!m_shown || m_shownStep != step) {
        m_shown = trace.state(std::size_t(step));
        m_shownStep = step;
        m_before.reset();
    }
    return *m_shown;
}

const core::ProgramState& StepStates::before(const core::Trace& trace, int step) {
    shown(trace, step);
    if (!m_before) {
        m_before = step > 0 ? trace.state(std::size_t(step - 1)) : core::ProgramState{};
    }
    return *m_before;
}

void StepStates::clear() {
    m_shown.reset();
    m_before.reset();
    m_shownStep = -1;
}

} // namespace memstep::ui
