// Where each arrow of a laid-out diagram runs: its exit from the slot, its curve and the point
// where it meets its target.
//
// An arrow stays one cubic curve (start, two controls, end), which the scene draws and animates
// as is. The router picks those controls and the end among a handful of candidates and keeps the
// first one whose curve, sampled as a polyline, passes through no box but its own two ends and,
// inside its own box, stays in its slot's row or column (a list cell's arrow leaves through the
// cell's bottom edge instead of sliding sideways over its neighbours). Arrows into one object end
// at distinct points of its edges. The trade-off: a curve that no candidate can bring through
// cleanly (a crowded diagram) takes the candidate that crosses least, so a picture is always drawn.
#pragma once

#include "diagram_layout.h"
#include "route_memo.h"

#include <cstddef>
#include <vector>

namespace memstep::ui {

// Where an arrow comes from: the box holding its slot, the slot's index in box->cells, and the
// box it points at.
struct ArrowOrigin {
    const LayoutBox* box = nullptr;
    std::size_t cell = 0;
    const LayoutBox* target = nullptr;
};

// Sets control1, control2 and end of every arrow (whose start is its slot's anchor already).
// origins[i] describes arrows[i]; boxes are every frame and object of the diagram. memo, when
// given, holds the previous call's routes: an arrow whose inputs all equal those of its
// previous route takes that route instead of a search (route_memo.h), and the memo then holds
// this call's routes. The result is the same with or without a memo.
void routeArrows(std::vector<LayoutArrow>& arrows, const std::vector<ArrowOrigin>& origins,
                 const std::vector<const LayoutBox*>& boxes, RouteMemo* memo = nullptr);

} // namespace memstep::ui
