// Which frames of a deep stack the diagram draws.
//
// A runaway recursion ends with a thousand frames; drawing them all makes a diagram nobody can
// read and a layout that takes seconds. Past kCutAbove frames the diagram keeps the outermost
// few (where the recursion started) and the innermost several (where it is now) and puts one
// compact "... N frames not shown ..." box between them. Names in the hidden frames get no
// arrows, so objects only they reach are not drawn either.
#pragma once

#include <cstddef>

namespace memstep::ui {

struct StackCut {
    static constexpr std::size_t kCutAbove = 40;
    static constexpr std::size_t kOutermost = 3;
    static constexpr std::size_t kInnermost = 10;

    std::size_t count = 0;  // frames in the state
    std::size_t hidden = 0; // frames [kOutermost, kOutermost + hidden) are not drawn

    // The cut for a stack of `frames` frames, outermost first.
    static StackCut of(std::size_t frames) {
        StackCut cut;
        cut.count = frames;
        if (frames > kCutAbove) {
            cut.hidden = frames - kOutermost - kInnermost;
        }
        return cut;
    }
    bool drawn(std::size_t index) const {
        return hidden == 0 || index < kOutermost || index >= kOutermost + hidden;
    }
    // The marker box goes just before the frame at this index.
    bool markerBefore(std::size_t index) const {
        return hidden != 0 && index == kOutermost + hidden;
    }
};

} // namespace memstep::ui
