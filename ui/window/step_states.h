// The program states of the step on screen and of the step before it, kept between uses.
//
// A state is rebuilt from the trace (Trace::state replays from the nearest checkpoint), so the
// window rebuilds each one once per step, not once per use: the diagram, the caption and the
// output pane all read the same one. Stepping forward, the state shown last is the one before
// (the caption compares the two); stepping back, the one before becomes the one shown.
#pragma once

#include "memstep/trace.h"

#include <optional>

namespace memstep::ui {

class StepStates {
public:
    // The state of `step` (0-based) of `trace`, reusing the states kept when `step` is one on
    // from or one back from the step kept.
    const core::ProgramState& moveTo(const core::Trace& trace, int step);
    // The state of `step`; rebuilt (and the one before forgotten) when another step is kept.
    const core::ProgramState& shown(const core::Trace& trace, int step);
    // The state before `step`, empty before the first step; keeps `step` as shown().
    const core::ProgramState& before(const core::Trace& trace, int step);
    // Forgets both: the trace is gone.
    void clear();

private:
    std::optional<core::ProgramState> m_shown;
    std::optional<core::ProgramState> m_before;
    int m_shownStep = -1;
};

} // namespace memstep::ui
