#include "step_focus.h"

#include <algorithm>

namespace memstep::ui {

namespace {

QRectF united(const QRectF& a, const QRectF& b) {
    if (a.isNull()) {
        return b;
    }
    return b.isNull() ? a : a.united(b);
}

} // namespace

QRectF StepFocus::whole() const {
    QRectF all = activeFrame;
    for (const QRectF& rect : changed) {
        all = united(all, rect);
    }
    return all;
}

StepFocus stepFocus(const DiagramLayoutResult& layout, const core::ProgramState& state,
                    const std::vector<core::Event>& events) {
    StepFocus focus;
    if (!state.frames.empty()) {
        if (const LayoutBox* frame = layout.findFrame(state.frames.back().id)) {
            focus.activeFrame = frame->rect;
        }
    }
    for (const core::Event& event : events) {
        switch (event.kind) {
        case core::EventKind::Allocate:
        case core::EventKind::Mutate:
        case core::EventKind::Bind:
        case core::EventKind::Rebind:
        case core::EventKind::FramePop:
            if (const LayoutBox* object = layout.findObject(event.object);
                object != nullptr && std::find(focus.changed.begin(), focus.changed.end(),
                                               object->rect) == focus.changed.end()) {
                focus.changed.push_back(object->rect);
            }
            break;
        default:
            break;
        }
    }
    return focus;
}

} // namespace memstep::ui
