// Moving a straight run of an arrow sideways into a lane of its own (router internals). Two
// detours the grid search put on one line read as one arrow; moving one of them a few pixels
// over keeps both routes as they were, only apart, where taking one of them another way would
// send it round the diagram (and costs a search). Only a detour's inner runs move: its first
// run is pinned to its slot and its last to its end on the target.
#pragma once

#include "arrow_routing.h"
#include "diagram_layout.h"
#include "route_parts.h"

#include <QLineF>
#include <QPointF>
#include <cstddef>
#include <optional>
#include <vector>

namespace memstep::ui::routing {

// The corners of an arrow routed as a detour, as given to roundedPieces: start, each corner,
// end. Empty for an arrow that is one cubic.
std::vector<QPointF> cornersOf(const LayoutArrow& arrow);

// Arrow `move` (of arrows, whose flattened routes are routes) with each inner run that runs
// along one of `avoid` moved sideways by the least of a few offsets that keeps it off every box
// but its own two ends and off every other route; nullopt when some run finds no such lane.
std::optional<LayoutArrow> nudgedApart(const std::vector<LayoutArrow>& arrows,
                                       const std::vector<std::vector<QPointF>>& routes,
                                       const std::vector<ArrowOrigin>& origins, std::size_t move,
                                       const std::vector<QLineF>& avoid, const BoxIndex& index);

} // namespace memstep::ui::routing
