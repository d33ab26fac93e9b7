// Arrows that run along each other (router internals). Two routes that lie within
// kSharedDistance of each other, nearly parallel, for more than kSharedLength read as one line
// that cannot be followed: the eye cannot tell where either goes. The detour search keeps
// routes apart only as well as its coarse grid sees them, and a route's first and last runs are
// pinned to its slot and its end, so two such runs can still fall on one line: this finds them
// on the finished routes, so the router can take one of the two another way.
#pragma once

#include "diagram_layout.h"

#include <QLineF>
#include <QRectF>
#include <cstddef>
#include <vector>

namespace memstep::ui::routing {

// Closer than this, at an angle below kSharedAngle degrees, two pieces run along each other.
// Stricter than what tests/layout/check_layout.py calls shared (1.5 px, 8 px), so what the
// router leaves alone the check passes: the check reads the drawn curve flattened more coarsely
// (diagram-layout.md), and a chord of a curve touching another's rounded corner can lie along it
// for 9 px where the curve itself does for 5 (bst_deletion.py).
constexpr qreal kSharedDistance = 2.0;
constexpr qreal kSharedAngle = 10.0;
constexpr qreal kSharedLength = 4.0;

// An arrow's curve as a polyline, straight pieces kept whole and bends split finely enough
// that no point of the curve is further than a quarter pixel from it.
std::vector<QPointF> flattenedArrow(const LayoutArrow& arrow);

// How far piece t runs along piece s: 0 unless they are within kSharedDistance of each other at
// under kSharedAngle.
qreal runAlong(const QLineF& s, const QLineF& t);

// Two arrows (indices into the routes given) that run along each other, and the pieces of
// each that do.
struct SharedRun {
    std::size_t first = 0;
    std::size_t second = 0;
    std::vector<QLineF> firstPieces;
    std::vector<QLineF> secondPieces;
};

// Every pair of routes sharing more than kSharedLength, ordered by (first, second), first <
// second.
std::vector<SharedRun> findSharedRuns(const std::vector<std::vector<QPointF>>& routes);

// The pieces of routes (but routes[skip]) that route runs along, of the routes it shares more
// than kSharedLength with: empty when it shares with none.
std::vector<QLineF> sharedPieces(const std::vector<QPointF>& route,
                                 const std::vector<std::vector<QPointF>>& routes, std::size_t skip);

// Rectangles round pieces, wide enough that a detour kept out of them runs clear of the pieces.
std::vector<QRectF> keepOutRects(const std::vector<QLineF>& pieces);

} // namespace memstep::ui::routing
