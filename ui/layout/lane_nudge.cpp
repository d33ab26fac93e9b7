#include "lane_nudge.h"

#include "detour_search.h"
#include "shared_runs.h"

#include <array>
#include <cmath>

namespace memstep::ui::routing {

namespace {

// Sideways moves tried for a run, nearest first, kOffsetStep apart: a grid lane is kGridStep
// wide, so a third of a lane over already clears kSharedDistance from a route on the lane
// itself. Far enough for the arrows of a big diagram's frames, which all run down the gap
// between the stack and the heap, to fan out across it (the gap is kColumnGap wide).
constexpr qreal kOffsetStep = 3;
constexpr int kOffsetsEachWay = int(DiagramLayout::kColumnGap / kOffsetStep);

constexpr std::array<qreal, 2 * kOffsetsEachWay> lanesNearestFirst() {
    std::array<qreal, 2 * kOffsetsEachWay> offsets{};
    for (int i = 0; i < kOffsetsEachWay; ++i) {
        offsets[2 * i] = kOffsetStep * (i + 1);
        offsets[2 * i + 1] = -kOffsetStep * (i + 1);
    }
    return offsets;
}
constexpr std::array<qreal, 2 * kOffsetsEachWay> kOffsets = lanesNearestFirst();
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
    // Its own box kept kGraze wider, as BoxIndex keeps every other: a run moved to just
    // outside the box's edge would cut back into it where its corner is rounded.
    if (j > 0 &&
        segmentEntersRect(a, b, origin.box->rect.adjusted(-kGraze, -kGraze, kGraze, kGraze))) {
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

// Moves run j of corners (an inner run) by shift, and with it each following run that the
// short bend after a moved run would otherwise fold back over (a detour's jog round a corner
// moves across whole), while such runs are inner ones too: the index of the last run moved, or
// nullopt when a bend folds back. Every bend between two moved runs only slides along.
std::optional<std::size_t> shiftRuns(std::vector<QPointF>& corners, std::size_t j, QPointF shift) {
    const QPointF before = corners[j] - corners[j - 1];
    if (QPointF::dotProduct(before + shift, before) < kMinNeighbour * lengthOf(before)) {
        return std::nullopt;
    }
    for (std::size_t m = j;; m += 2) {
        const QPointF after = corners[m + 2] - corners[m + 1];
        corners[m] += shift;
        corners[m + 1] += shift;
        if (QPointF::dotProduct(after - shift, after) >= kMinNeighbour * lengthOf(after)) {
            return m;
        }
        if (m + 4 >= corners.size()) {
            return std::nullopt;
        }
    }
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
        // A run is moved when it runs along `avoid`, or along any route now that the run
        // before it moved (which lengthens this one at its start).
        if (!runsAlong(corners, j, avoid) &&
            (!movedAny ||
             !runsAlong(
                 corners, j,
                 sharedPieces(flattenedArrow(withCorners(arrows[move], corners)), routes, move)))) {
            continue;
        }
        const QPointF along = corners[j + 1] - corners[j];
        const qreal length = lengthOf(along);
        if (length < 1e-9) {
            continue;
        }
        const QPointF normal(-along.y() / length, along.x() / length);
        bool placed = false;
        for (qreal offset : kOffsets) {
            std::vector<QPointF> trial = corners;
            const std::optional<std::size_t> last = shiftRuns(trial, j, normal * offset);
            if (!last) {
                continue;
            }
            bool ok = true;
            for (std::size_t k = j - 1; ok && k <= *last + 1; ++k) {
                ok = clear(trial, k, origin, index);
            }
            if (!ok) {
                continue;
            }
            const std::vector<QPointF> route = flattenedArrow(withCorners(arrows[move], trial));
            const std::vector<QLineF> still = sharedPieces(route, routes, move);
            // The run after the last one moved is judged on its own turn, unless it is the
            // arrow's last, which stays pinned to the target.
            const bool lastFollows = *last + 3 >= trial.size();
            for (std::size_t k = j - 1; ok && k <= *last + (lastFollows ? 1 : 0); ++k) {
                ok = !runsAlong(trial, k, still);
            }
            if (!ok) {
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
