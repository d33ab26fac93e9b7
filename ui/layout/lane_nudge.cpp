#include "lane_nudge.h"

#include "detour_search.h"
#include "shared_runs.h"

#include <array>
#include <cmath>

namespace memstep::ui::routing {

namespace {

// Sideways moves tried for a run, nearest first: a grid lane is kGridStep wide, so a third of
// a lane over already clears kSharedDistance from a route on the lane itself. Far enough for
// several arrows the search funnelled into one gap between boxes to fan out across it.
constexpr std::array<qreal, 16> kOffsets = {3,  -3,  6,  -6,  9,  -9,  12, -12,
                                            15, -15, 18, -18, 21, -21, 24, -24};
// A run's neighbours must keep at least this much length after the move, or the bend between
// them would fold back.
constexpr qreal kMinNeighbour = 1;

qreal cross(QPointF a, QPointF b) {
    return a.x() * b.y() - a.y() * b.x();
}

qreal lengthOf(QPointF v) {
    return std::hypot(v.x(), v.y());
}

// Whether segment j of corners stays off every box but the arrow's own ends, and out of its own
// ends but where it leaves its slot (the first segment) and arrives (the last).
bool clear(const std::vector<QPointF>& corners, std::size_t j, const ArrowOrigin& origin,
           const BoxIndex& index) {
    const QPointF a = corners[j];
    const QPointF b = corners[j + 1];
    if (index.crossings(a, b, origin.box, origin.target) > 0) {
        return false;
    }
    if (j > 0 && segmentEntersRect(a, b, origin.box->rect)) {
        return false;
    }
    return j + 2 >= corners.size() || !segmentEntersRect(a, b, origin.target->rect);
}

// Whether segment j of corners runs along any of lines.
bool runsAlong(const std::vector<QPointF>& corners, std::size_t j,
               const std::vector<QLineF>& lines) {
    const QLineF segment(corners[j], corners[j + 1]);
    for (const QLineF& line : lines) {
        if (runAlong(segment, line) > 0 || runAlong(line, segment) > 0) {
            return true;
        }
    }
    return false;
}

LayoutArrow withCorners(const LayoutArrow& arrow, const std::vector<QPointF>& corners) {
    LayoutArrow moved = arrow;
    moved.pieces = roundedPieces(corners);
    moved.control1 = moved.pieces.front();
    moved.control2 = moved.pieces[moved.pieces.size() - 2];
    moved.end = moved.pieces.back();
    return moved;
}

} // namespace

std::vector<QPointF> cornersOf(const LayoutArrow& arrow) {
    if (arrow.pieces.empty()) {
        return {};
    }
    // roundedPieces draws a corner P as a cubic from P - r*in through controls P - 0.45r*in and
    // P + 0.45r*out: P lies on from->control1, 0.45/0.55 of its length beyond control1.
    std::vector<QPointF> corners{arrow.start};
    QPointF from = arrow.start;
    for (std::size_t i = 0; i + 2 < arrow.pieces.size(); i += 3) {
        const QPointF c1 = arrow.pieces[i];
        const QPointF c2 = arrow.pieces[i + 1];
        const QPointF to = arrow.pieces[i + 2];
        const QPointF in = c1 - from;
        const QPointF out = to - c2;
        const qreal inLength = lengthOf(in);
        const qreal outLength = lengthOf(out);
        if (inLength > 1e-9 && outLength > 1e-9 &&
            std::abs(cross(in, out)) / (inLength * outLength) > 0.5) {
            corners.push_back(c1 + in * (0.45 / 0.55));
        }
        from = to;
    }
    corners.push_back(arrow.end);
    return corners;
}

std::optional<LayoutArrow> nudgedApart(const std::vector<LayoutArrow>& arrows,
                                       const std::vector<std::vector<QPointF>>& routes,
                                       const std::vector<ArrowOrigin>& origins, std::size_t move,
                                       const std::vector<QLineF>& avoid, const BoxIndex& index) {
    std::vector<QPointF> corners = cornersOf(arrows[move]);
    if (corners.size() < 4) {
        return std::nullopt;
    }
    const ArrowOrigin& origin = origins[move];
    bool movedAny = false;
    // Inner runs only: segment 0 leaves the slot, the last arrives at the end.
    for (std::size_t j = 1; j + 2 < corners.size(); ++j) {
        if (!runsAlong(corners, j, avoid)) {
            continue;
        }
        const QPointF along = corners[j + 1] - corners[j];
        const qreal length = lengthOf(along);
        if (length < 1e-9) {
            continue;
        }
        const QPointF normal(-along.y() / length, along.x() / length);
        const QPointF before = corners[j] - corners[j - 1];
        const QPointF after = corners[j + 2] - corners[j + 1];
        bool placed = false;
        for (qreal offset : kOffsets) {
            const QPointF shift = normal * offset;
            // The neighbours are perpendicular to the run: each grows or shrinks by the shift,
            // and must not fold back.
            if (QPointF::dotProduct(before + shift, before) < kMinNeighbour * lengthOf(before) ||
                QPointF::dotProduct(after - shift, after) < kMinNeighbour * lengthOf(after)) {
                continue;
            }
            std::vector<QPointF> trial = corners;
            trial[j] += shift;
            trial[j + 1] += shift;
            if (!clear(trial, j - 1, origin, index) || !clear(trial, j, origin, index) ||
                !clear(trial, j + 1, origin, index)) {
                continue;
            }
            const std::vector<QPointF> route = flattenedArrow(withCorners(arrows[move], trial));
            const std::vector<QLineF> still = sharedPieces(route, routes, move);
            if (runsAlong(trial, j - 1, still) || runsAlong(trial, j, still) ||
                runsAlong(trial, j + 1, still)) {
                continue;
            }
            corners = std::move(trial);
            placed = true;
            break;
        }
        if (!placed) {
            return std::nullopt;
        }
        movedAny = true;
    }
    if (!movedAny) {
        return std::nullopt;
    }
    return withCorners(arrows[move], corners);
}

} // namespace memstep::ui::routing
