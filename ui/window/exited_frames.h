// The returned frames drawn greyed at a step (View > Show Exited Frames).
//
// Python Tutor keeps a returned frame on screen for the rest of the run, greyed as on its last
// live step, and so does this, for the most recent kMaxExitedFrames of them. Finding the pops
// reads every step's events, so it is done once per trace, on first use; each frame's picture
// is built once too.
#pragma once

#include "diagram_layout.h"
#include "memstep/trace.h"

#include <cstddef>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace memstep::ui {

class ExitedFrames {
public:
    // More greyed frames than this crowd out the live ones.
    static constexpr std::size_t kMaxExitedFrames = 12;

    // The frames of `trace` popped at or before `step` (0-based), oldest first, each as on its
    // last live step. The module's frame is never among them.
    std::vector<ExitedFrame> at(const core::Trace& trace, int step);
    // Forgets the trace: the next at() reads the one it is given.
    void clear();

private:
    std::optional<std::vector<std::pair<int, core::FrameId>>>
        m_pops; // (step that popped it, frame)
    std::map<core::FrameId, ExitedFrame> m_pictures;
};

} // namespace memstep::ui
