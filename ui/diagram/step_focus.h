// Where a step happened in the diagram: the boxes of the objects it made, changed, bound or
// returned, and the running frame.
//
// A view that cannot show the whole diagram at a readable size keeps these on screen, so a
// student never steps into a change drawn out of sight. Read from the layout, not the items:
// while a step animates the items are still posed where they were, and the view must head for
// where they end up.
#pragma once

#include "diagram_layout.h"
#include "memstep/trace.h"

#include <QRectF>
#include <vector>

namespace memstep::ui {

struct StepFocus {
    // The boxes of the objects the step made, changed, bound or returned, in the order it did
    // so, each once; empty when it touched no drawn object.
    std::vector<QRectF> changed;
    // The running (innermost) frame; null when there is none.
    QRectF activeFrame;

    // All of them together: null when there are none.
    QRectF whole() const;
};

// state: the step's program state; events: what that step did; layout: the state's layout.
StepFocus stepFocus(const DiagramLayoutResult& layout, const core::ProgramState& state,
                    const std::vector<core::Event>& events);

} // namespace memstep::ui
