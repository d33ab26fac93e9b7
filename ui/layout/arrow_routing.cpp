#include "arrow_routing.h"

#include "detour_search.h"
#include "lane_nudge.h"
#include "route_parts.h"
#include "shared_runs.h"

#include <QLineF>
#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace memstep::ui {

namespace {

using namespace routing;

constexpr qreal kSampleLength = 8;       // scene pixels per polyline piece when checking a curve
constexpr int kMaxCandidates = 24;       // single curves tried per arrow before a detour
constexpr int kMaxCandidatesCrowded = 2; // in a diagram too big for detours
constexpr qreal kMaxReach = 200; // controls this far at most: a long arrow must not swing wide
// A detour costs a grid search; a diagram with more arrows than this keeps the least crossing
// single curves, so a 1,000-object step still lays out in milliseconds.
constexpr std::size_t kMaxDetouredArrows = 300;
// Keeping detours apart (Occupancy) makes each search explore more, several times more in a
// crowded diagram: it is done for diagrams up to this many arrows. A recursive walk of a
// ten-word trie, eight frames deep, has 97 to 131 (tests/layout/big/trie_ten_words.py); without
// it, dozens of its frames' arrows ran down one line beside the stack.
// Bigger diagrams search greedily instead (the estimate of the cost still to go doubled): a
// route a little longer than the best, found after exploring a fraction of the states.
constexpr std::size_t kMaxSpreadArrows = 256;

// Where the curve leaves its slot: straight out of the cell's free edge, far enough to clear the
// box before it turns.
QPointF exitControl(Exit exit, QPointF start, const Slot& slot, QPointF end, qreal scale) {
    // A cell deep inside a tall (wrapped) box has no free edge anyway: its curve is not flung
    // out by the box's whole height.
    constexpr qreal kMaxClear = 40;
    const qreal dx = std::abs(end.x() - start.x());
    const qreal dy = std::abs(end.y() - start.y());
    switch (exit) {
    case Exit::Right: {
        const qreal k = std::max({36.0, 0.45 * dx, 1.5 * (slot.box.right() - start.x())});
        return start + QPointF(std::min(kMaxReach, k * scale), 0);
    }
    case Exit::Down: {
        const qreal k = std::max({40.0, 0.4 * std::hypot(dx, dy),
                                  3.0 * std::min(kMaxClear, slot.box.bottom() - start.y())});
        return start + QPointF(0, std::min(kMaxReach, k * scale));
    }
    case Exit::Up: {
        const qreal k = std::max({40.0, 0.4 * std::hypot(dx, dy),
                                  3.0 * std::min(kMaxClear, start.y() - slot.box.top())});
        return start - QPointF(0, std::min(kMaxReach, k * scale));
    }
    case Exit::Left: {
        const qreal k = std::max({36.0, 0.45 * dx, 1.5 * (start.x() - slot.box.left())});
        return start - QPointF(std::min(kMaxReach, k * scale), 0);
    }
    }
    return start;
}

// Where the curve comes in: square to the target's edge.
QPointF arrivalControl(Side side, QPointF start, QPointF end, qreal scale) {
    const qreal dx = std::abs(end.x() - start.x());
    const qreal dy = std::abs(end.y() - start.y());
    const qreal k = std::min(kMaxReach, std::max(30.0, 0.45 * std::hypot(dx, dy)) * scale);
    switch (side) {
    case Side::Left:
        return end - QPointF(k, 0);
    case Side::Right:
        return end + QPointF(k, 0);
    case Side::Top:
        return end - QPointF(0, k);
    case Side::Bottom:
        return end + QPointF(0, k);
    }
    return end;
}

// How badly a candidate curve runs through things: pieces crossing other boxes or the target's
// inside, and points inside its own box off its slot's row or column. 0 is a clean route.
// Counting stops at `enough`.
int crossingCost(const Candidate& c, QPointF start, const Slot& slot, const ArrowOrigin& origin,
                 const BoxIndex& index, int enough) {
    const qreal length = QLineF(start, c.control1).length() +
                         QLineF(c.control1, c.control2).length() +
                         QLineF(c.control2, c.end).length();
    const int pieces = std::clamp(int(std::ceil(length / kSampleLength)), 16, 160);
    const QRectF targetInside = origin.target->rect.adjusted(1, 1, -1, -1);
    // A cubic stays within the bounds of its four points: where no other box meets them, no
    // piece of it can cross one, and most candidates of a tidy diagram are checked only
    // against their own box.
    const auto [minX, maxX] = std::minmax({start.x(), c.control1.x(), c.control2.x(), c.end.x()});
    const auto [minY, maxY] = std::minmax({start.y(), c.control1.y(), c.control2.y(), c.end.y()});
    const QRectF hull(QPointF(minX, minY), QPointF(maxX, maxY));
    const bool others = index.anyOther(hull.adjusted(-1, -1, 1, 1), origin.box, origin.target);
    const bool intoTarget = origin.target != origin.box && hull.intersects(targetInside);
    int cost = 0;
    QPointF previous = start;
    // Once out of its own box, a curve does not come back through it (unless it points at it).
    const bool mayReturn = origin.target == origin.box;
    const QRectF ownInside = slot.box.adjusted(1, 1, -1, -1);
    bool out = false;
    // The box's padding and corners too: once clear of its box, a curve does not graze back.
    const QRectF ownNear = origin.box->rect.adjusted(-kGraze, -kGraze, kGraze, kGraze);
    bool leftBox = false;
    for (int i = 1; i <= pieces; ++i) {
        const QPointF p = bezierPoint(c, start, qreal(i) / pieces);
        if (others) {
            cost += index.crossings(previous, p, origin.box, origin.target);
        }
        // Out of its box means out of all but its border: a curve that leaves through the border
        // (0.1 px beyond the padding) and comes back in has left it.
        // A piece between two points outside may still cut a corner of the box.
        const bool inside = holds(ownInside, p);
        if (out && !mayReturn && (inside || segmentEntersRect(previous, p, ownInside))) {
            ++cost;
        }
        out = out || !inside;
        if (leftBox && !mayReturn && segmentEntersRect(previous, p, ownNear)) {
            ++cost;
        }
        leftBox = leftBox || !holds(ownNear, p);
        if (intoTarget && segmentEntersRect(previous, p, targetInside)) {
            ++cost;
        }
        // Inside its own box the curve is checked finely: a cell is only a few pixels away.
        const bool near = holds(slot.box, p) || holds(slot.box, previous);
        const int checks = near ? 8 : 1;
        for (int k = 1; k <= checks; ++k) {
            const QPointF q = bezierPoint(c, start, (qreal(i - 1) + qreal(k) / checks) / pieces);
            if (!slot.allows(q, c.exit)) {
                ++cost;
                break;
            }
        }
        if (cost >= enough) {
            return cost; // no better than a candidate already found: the rest cannot help
        }
        previous = p;
    }
    return cost;
}

// Makes the arrow follow a detour: its polyline with the corners rounded.
void takeDetour(LayoutArrow& arrow, const Detour& detour) {
    arrow.pieces = roundedPieces(detour.points);
    arrow.control1 = arrow.pieces.front();
    arrow.control2 = arrow.pieces[arrow.pieces.size() - 2];
    arrow.end = arrow.pieces.back();
}

// The ways out of the slot, best first: free exits first; a target above the box is reached
// upwards before downwards, and one wholly below a row of cells (a list's items hang under
// them) downwards before sideways.
std::vector<Exit> preferredExits(const Slot& slot, const ArrowOrigin& origin) {
    const QRectF target = origin.target->rect;
    std::vector<Exit> exits = {Exit::Right, Exit::Down, Exit::Up, Exit::Left};
    const bool row = slot.content.height() <= slot.cell.height() + 0.5;
    if (target.bottom() < slot.box.top()) {
        exits = {Exit::Right, Exit::Up, Exit::Down, Exit::Left};
    } else if (target.top() > slot.box.bottom() && !origin.box->isFrame && row) {
        exits = {Exit::Down, Exit::Right, Exit::Up, Exit::Left};
    }
    std::stable_partition(exits.begin(), exits.end(), [&](Exit e) { return slot.isFree(e); });
    return exits;
}

// Calls visit(candidate) for the single curves out of the slot into the target, in order of
// preference, until it returns true; true when it did. Ends in usedEnds are skipped unless
// reuseEnds.
template <typename Visit>
bool forEachCandidate(QPointF start, const Slot& slot, const std::vector<Exit>& exits,
                      const QRectF& target, const std::vector<QPointF>& usedEnds, bool reuseEnds,
                      Visit&& visit) {
    for (Exit exit : exits) {
        QPointF natural = start;
        if (exit == Exit::Down) {
            natural.setY(std::max(start.y(), slot.box.bottom() + kEdgeInset));
        } else if (exit == Exit::Up) {
            natural.setY(std::min(start.y(), slot.box.top() - kEdgeInset));
        }
        for (Side side : sidesFacing(start, target)) {
            for (QPointF end : endPoints(target, side, natural)) {
                if (!reuseEnds && !endIsFree(end, usedEnds)) {
                    continue;
                }
                for (qreal exitScale : {1.0, 1.7}) {
                    for (qreal arrivalScale : {1.0, 0.5, 1.8}) {
                        if (visit(Candidate{exit, exitControl(exit, start, slot, end, exitScale),
                                            arrivalControl(side, start, end, arrivalScale), end})) {
                            return true;
                        }
                    }
                }
            }
        }
    }
    return false;
}

// Routes one arrow, avoiding the ends already taken on its target, and takes its end. record,
// when given, receives what the search looked at (RouteMemo::Entry's searchedDetour, looked,
// crowdCells and crowd).
void routeOne(LayoutArrow& arrow, const ArrowOrigin& origin, const Slot& slot,
              const BoxIndex& index, std::vector<QPointF>& usedEnds, Occupancy& occupancy,
              bool mayDetour, RouteMemo::Entry* record, SearchStates& searched) {
    const int maxCandidates = mayDetour ? kMaxCandidates : kMaxCandidatesCrowded;
    const QPointF start = arrow.start;
    const QRectF target = origin.target->rect;
    const std::vector<Exit> exits = preferredExits(slot, origin);

    Candidate best{exits.front(), {}, {}, {}};
    int bestCost = std::numeric_limits<int>::max();
    int tried = 0;
    // Tries candidates in order of preference; true once a clean one (or enough) was tried.
    auto search = [&](bool reuseEnds) {
        return forEachCandidate(
            start, slot, exits, target, usedEnds, reuseEnds, [&](const Candidate& c) {
                const int cost = crossingCost(c, start, slot, origin, index, bestCost);
                if (record != nullptr) {
                    // The curve lies within its control points' bounds.
                    const auto [minX, maxX] =
                        std::minmax({start.x(), c.control1.x(), c.control2.x(), c.end.x()});
                    const auto [minY, maxY] =
                        std::minmax({start.y(), c.control1.y(), c.control2.y(), c.end.y()});
                    record->looked.push_back(
                        QRectF(QPointF(minX, minY), QPointF(maxX, maxY)).adjusted(-2, -2, 2, 2));
                }
                if (cost < bestCost) {
                    best = c;
                    bestCost = cost;
                }
                return bestCost == 0 || ++tried >= maxCandidates;
            });
    };
    // Only when every end of the target is taken do two arrows share one.
    if (!search(false) && bestCost == std::numeric_limits<int>::max()) {
        search(true);
    }
    if (bestCost > 0 && mayDetour) {
        QRect read;
        std::optional<Detour> detour =
            findDetour(start, slot, exits, origin, index, usedEnds, occupancy,
                       occupancy.active() ? 1 : 2, &read, searched);
        if (record != nullptr) {
            const SearchArea area(slot, target);
            record->searchedDetour = true;
            record->crowdCells = read;
            if (!read.isEmpty()) {
                record->looked.push_back(sceneRectOf(area, read));
            }
            if (occupancy.active()) {
                record->crowd = crowdIn(area, read, occupancy);
            }
        }
        // Only a diagram of a classroom step's size: a search over the whole of a big one
        // would cost more than its whole layout.
        if (!detour && occupancy.active()) {
            detour =
                findWideDetour(start, slot, exits, origin, index, usedEnds, occupancy, searched);
            if (record != nullptr) {
                const SearchArea wide = wideSearchArea(slot, target, index);
                record->searchedWide = true;
                record->wideArea = wide.rect;
                record->looked.push_back(wide.rect);
                record->wideCrowd = crowdIn(wide, wholeGrid(wide), occupancy);
            }
        }
        if (detour) {
            takeDetour(arrow, *detour);
            usedEnds.push_back(arrow.end);
            occupancy.markCurve(start, arrow.pieces);
            return;
        }
    }
    arrow.pieces.clear();
    arrow.control1 = best.control1;
    arrow.control2 = best.control2;
    arrow.end = best.end;
    usedEnds.push_back(best.end);
    occupancy.markCurve(start, {best.control1, best.control2, best.end});
}

// The ends that the other arrows into arrow i's target take.
std::vector<QPointF> othersEnds(const std::vector<LayoutArrow>& arrows,
                                const std::vector<ArrowOrigin>& origins, std::size_t i) {
    std::vector<QPointF> ends;
    for (std::size_t j = 0; j < arrows.size(); ++j) {
        if (j != i && origins[j].target == origins[i].target) {
            ends.push_back(arrows[j].end);
        }
    }
    return ends;
}

// Arrow i as another clean single curve that runs along no other route, or nullopt. Two arrows
// that must cross in a narrow gap (a list's slot 4 to the int above slot 5, slot 5 to the one
// above slot 4) first take the same shape of curve, whose flat middles lie on one line; another
// end or swing crosses the other at an angle, where a detour kept out of the other's way finds
// no room at all.
std::optional<LayoutArrow> curveAvoiding(const std::vector<LayoutArrow>& arrows,
                                         const std::vector<std::vector<QPointF>>& routes,
                                         const std::vector<ArrowOrigin>& origins, std::size_t i,
                                         const BoxIndex& index) {
    const ArrowOrigin& origin = origins[i];
    const Slot slot(*origin.box, origin.cell);
    const QPointF start = arrows[i].start;
    std::optional<LayoutArrow> found;
    forEachCandidate(start, slot, preferredExits(slot, origin), origin.target->rect,
                     othersEnds(arrows, origins, i), false, [&](const Candidate& c) {
                         if (crossingCost(c, start, slot, origin, index, 1) > 0) {
                             return false;
                         }
                         LayoutArrow arrow = arrows[i];
                         arrow.pieces.clear();
                         arrow.control1 = c.control1;
                         arrow.control2 = c.control2;
                         arrow.end = c.end;
                         if (!sharedPieces(flattenedArrow(arrow), routes, i).empty()) {
                             return false;
                         }
                         found = std::move(arrow);
                         return true;
                     });
    return found;
}

// Arrow i as a detour that keeps out of keepOut and off the ends its target's other arrows
// take, or nullopt when there is none.
std::optional<LayoutArrow> detourAvoiding(const std::vector<LayoutArrow>& arrows,
                                          const std::vector<ArrowOrigin>& origins, std::size_t i,
                                          const std::vector<QRectF>& keepOut, const BoxIndex& index,
                                          const Occupancy& occupancy, SearchStates& searched) {
    const ArrowOrigin& origin = origins[i];
    const Slot slot(*origin.box, origin.cell);
    const std::vector<QPointF> ends = othersEnds(arrows, origins, i);
    const std::vector<Exit> exits = preferredExits(slot, origin);
    std::optional<Detour> detour = findDetour(arrows[i].start, slot, exits, origin, index, ends,
                                              occupancy, 1, nullptr, searched, keepOut);
    if (!detour) {
        detour = findWideDetour(arrows[i].start, slot, exits, origin, index, ends, occupancy,
                                searched, keepOut);
    }
    if (!detour) {
        return std::nullopt;
    }
    LayoutArrow arrow = arrows[i];
    takeDetour(arrow, *detour);
    return arrow;
}

// Takes arrow `move` apart from `avoid`: its runs along it moved into lanes of their own
// (lane_nudge.h), or another single curve (curveAvoiding), or else another way kept out of
// `avoid` and of whatever else its new way would run along (up to kTries tries): true when it found
// a way that runs along no arrow.
bool separate(std::vector<LayoutArrow>& arrows, std::vector<std::vector<QPointF>>& routes,
              const std::vector<ArrowOrigin>& origins, std::size_t move,
              const std::vector<QLineF>& avoid, const BoxIndex& index, const Occupancy& occupancy,
              SearchStates& searched) {
    if (std::optional<LayoutArrow> nudged =
            nudgedApart(arrows, routes, origins, move, avoid, index)) {
        std::vector<QPointF> route = flattenedArrow(*nudged);
        if (sharedPieces(route, routes, move).empty()) {
            arrows[move] = std::move(*nudged);
            routes[move] = std::move(route);
            return true;
        }
    }
    if (std::optional<LayoutArrow> curve = curveAvoiding(arrows, routes, origins, move, index)) {
        routes[move] = flattenedArrow(*curve);
        arrows[move] = std::move(*curve);
        return true;
    }
    if (!occupancy.active()) {
        // Too many arrows to search detours kept out of each other's way in time; a nudge
        // needs no search, so it is all a big diagram gets.
        return false;
    }
    // Each try keeps out of what the last one ran along as well. Where many arrows crowd one
    // target (twenty cells holding one 0 in the every-object view), the third try often still
    // met a neighbour; with sixteen, wavelet_tree's every-object steps that share went from 34
    // of 178 to 7 of 167 (TheAlgorithms, data_structures/binary_tree). A try is a detour
    // search, made only for a pair that still shares.
    constexpr int kTries = 16;
    std::vector<QRectF> keepOut = keepOutRects(avoid);
    for (int attempt = 0; attempt < kTries; ++attempt) {
        std::optional<LayoutArrow> rerouted =
            detourAvoiding(arrows, origins, move, keepOut, index, occupancy, searched);
        if (!rerouted) {
            return false;
        }
        std::vector<QPointF> route = flattenedArrow(*rerouted);
        const std::vector<QLineF> still = sharedPieces(route, routes, move);
        if (still.empty()) {
            arrows[move] = std::move(*rerouted);
            routes[move] = std::move(route);
            return true;
        }
        const std::vector<QRectF> more = keepOutRects(still);
        keepOut.insert(keepOut.end(), more.begin(), more.end());
    }
    return false;
}

// Of two arrows that run along each other (shared_runs.h), takes one another way: a detour
// kept out of the other's shared pieces, the arrow routed later first, then the earlier one,
// whichever detour runs along no arrow at all. A pair no detour separates stays as it is. The
// routes are all final by now, so this depends on nothing but them: a step looks the same
// whether its routes came from the memo or from a search.
void separateSharedRuns(std::vector<LayoutArrow>& arrows, const std::vector<ArrowOrigin>& origins,
                        const std::vector<std::size_t>& order, const BoxIndex& index,
                        const Occupancy& occupancy, SearchStates& searched) {
    std::vector<std::vector<QPointF>> routes;
    routes.reserve(arrows.size());
    for (const LayoutArrow& arrow : arrows) {
        routes.push_back(flattenedArrow(arrow));
    }
    std::vector<std::size_t> rank(arrows.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[order[i]] = i;
    }
    // A pass moves at most one arrow of each pair, of pairs that share no arrow; a move can
    // bring a third arrow into a pair, so a few passes settle what one leaves.
    constexpr int kPasses = 12;
    for (int pass = 0; pass < kPasses; ++pass) {
        const std::vector<SharedRun> runs = findSharedRuns(routes);
        std::vector<bool> touched(arrows.size(), false);
        bool moved = false;
        for (const SharedRun& run : runs) {
            if (touched[run.first] || touched[run.second]) {
                continue;
            }
            touched[run.first] = touched[run.second] = true;
            using Try = std::pair<std::size_t, const std::vector<QLineF>*>;
            std::array<Try, 2> tries = {Try{run.second, &run.firstPieces},
                                        Try{run.first, &run.secondPieces}};
            if (rank[run.first] > rank[run.second]) {
                std::swap(tries[0], tries[1]);
            }
            for (const auto& [move, avoid] : tries) {
                if (separate(arrows, routes, origins, move, *avoid, index, occupancy, searched)) {
                    moved = true;
                    break;
                }
            }
        }
        if (!moved) {
            return;
        }
    }
}

// The rectangles of the boxes that changed since the memo's call, bucketed in a coarse grid, so
// asking whether a route looked at any of them costs what the route looked at, not the number
// of changes (a jump changes thousands of boxes).
class ChangedIndex {
public:
    explicit ChangedIndex(std::vector<QRectF> rects) : m_rects(std::move(rects)) {
        for (std::size_t i = 0; i < m_rects.size(); ++i) {
            forGridCells(m_rects[i], [&](long long key) { m_cells[key].push_back(i); });
        }
    }

    bool meetsAny(const std::vector<QRectF>& looked) const {
        return std::any_of(looked.begin(), looked.end(), [&](const QRectF& l) {
            return forGridCells(l, [&](long long key) {
                auto it = m_cells.find(key);
                return it != m_cells.end() &&
                       std::any_of(it->second.begin(), it->second.end(),
                                   [&](std::size_t i) { return m_rects[i].intersects(l); });
            });
        });
    }

private:
    std::vector<QRectF> m_rects;
    std::unordered_map<long long, std::vector<std::size_t>> m_cells;
};

// A total order on rectangles by their exact coordinates (QRectF's == is fuzzy).
bool rectLess(const QRectF& a, const QRectF& b) {
    return std::tuple(a.x(), a.y(), a.width(), a.height()) <
           std::tuple(b.x(), b.y(), b.width(), b.height());
}

// Whether two routes were asked for with the same inputs (all but the boxes around them).
bool sameInputs(const RouteMemo::Entry& a, const RouteMemo::Entry& b) {
    return samePoint(a.start, b.start) && sameRect(a.box, b.box) && sameRect(a.cell, b.cell) &&
           sameRect(a.content, b.content) && a.freeExits == b.freeExits &&
           a.selfTarget == b.selfTarget && sameRect(a.target, b.target) &&
           a.mayDetour == b.mayDetour && a.spread == b.spread &&
           std::equal(a.usedEnds.begin(), a.usedEnds.end(), b.usedEnds.begin(), b.usedEnds.end(),
                      samePoint);
}

} // namespace

void routeArrows(std::vector<LayoutArrow>& arrows, const std::vector<ArrowOrigin>& origins,
                 const std::vector<const LayoutBox*>& boxes, RouteMemo* memo) {
    const BoxIndex index(boxes);
    // Arrows into one target are routed top to bottom (right to left within a row, so an
    // arrow from further left passes under one that turned off sooner), each taking a free end.
    std::vector<std::size_t> order(arrows.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (origins[a].target != origins[b].target) {
            return origins[a].target < origins[b].target;
        }
        if (arrows[a].start.y() != arrows[b].start.y()) {
            return arrows[a].start.y() < arrows[b].start.y();
        }
        return arrows[a].start.x() > arrows[b].start.x();
    });
    std::unordered_map<const LayoutBox*, std::vector<QPointF>> usedEnds;
    const bool mayDetour = arrows.size() <= kMaxDetouredArrows;
    QRectF bounds;
    if (arrows.size() <= kMaxSpreadArrows) {
        for (const LayoutBox* box : boxes) {
            bounds |= box->rect;
        }
        bounds.adjust(-kSearchMargin, -kSearchMargin, kSearchMargin, kSearchMargin);
    }
    Occupancy occupancy(bounds); // covers nothing in a bigger diagram: detours may then share lines

    // The boxes that appeared, vanished, moved or resized since the memo's call.
    std::vector<QRectF> rects;
    std::vector<QRectF> changed;
    bool reuse = false;
    if (memo != nullptr) {
        rects.reserve(boxes.size());
        for (const LayoutBox* box : boxes) {
            rects.push_back(box->rect);
        }
        std::sort(rects.begin(), rects.end(), rectLess);
        if (memo->valid) {
            std::set_symmetric_difference(memo->boxes.begin(), memo->boxes.end(), rects.begin(),
                                          rects.end(), std::back_inserter(changed), rectLess);
            reuse = true;
        }
    }
    const ChangedIndex changedIndex(std::move(changed));
    SearchStates local;
    SearchStates& searched = memo != nullptr ? memo->searchStates : local;
    std::unordered_map<ArrowKey, RouteMemo::Entry, ArrowKeyHash> routed;
    for (std::size_t i : order) {
        LayoutArrow& arrow = arrows[i];
        const ArrowOrigin& origin = origins[i];
        const Slot slot(*origin.box, origin.cell);
        std::vector<QPointF>& ends = usedEnds[origin.target];
        if (memo == nullptr) {
            routeOne(arrow, origin, slot, index, ends, occupancy, mayDetour, nullptr, searched);
            continue;
        }
        RouteMemo::Entry entry;
        entry.start = arrow.start;
        entry.box = slot.box;
        entry.cell = slot.cell;
        entry.content = slot.content;
        entry.freeExits = std::uint8_t((slot.rightFree ? 1 : 0) | (slot.downFree ? 2 : 0) |
                                       (slot.upFree ? 4 : 0) | (slot.coveredAbove ? 8 : 0) |
                                       (slot.coveredBelow ? 16 : 0) | (slot.leftFree ? 32 : 0));
        entry.selfTarget = origin.box == origin.target;
        entry.target = origin.target->rect;
        entry.usedEnds = ends;
        entry.mayDetour = mayDetour;
        entry.spread = occupancy.active();
        bool reused = false;
        if (reuse) {
            auto previous = memo->entries.find(arrow.source);
            if (previous != memo->entries.end() && sameInputs(previous->second, entry)) {
                reused = !changedIndex.meetsAny(previous->second.looked);
                if (reused && previous->second.searchedDetour && occupancy.active()) {
                    reused = crowdIn(SearchArea(slot, entry.target), previous->second.crowdCells,
                                     occupancy) == previous->second.crowd;
                }
                if (reused && previous->second.searchedWide) {
                    // No box changed (the search looked at all of them), so the area is the same.
                    const SearchArea wide(previous->second.wideArea);
                    reused =
                        crowdIn(wide, wholeGrid(wide), occupancy) == previous->second.wideCrowd;
                }
                if (reused) {
                    entry = std::move(previous->second);
                }
            }
        }
        if (reused) {
            // Exactly what routeOne leaves behind for this route.
            arrow.pieces = entry.pieces;
            arrow.control1 = entry.control1;
            arrow.control2 = entry.control2;
            arrow.end = entry.end;
            ends.push_back(arrow.end);
            occupancy.markCurve(
                arrow.start, arrow.pieces.empty()
                                 ? std::vector<QPointF>{arrow.control1, arrow.control2, arrow.end}
                                 : arrow.pieces);
        } else {
            routeOne(arrow, origin, slot, index, ends, occupancy, mayDetour, &entry, searched);
            entry.pieces = arrow.pieces;
            entry.control1 = arrow.control1;
            entry.control2 = arrow.control2;
            entry.end = arrow.end;
        }
        routed.insert_or_assign(arrow.source, std::move(entry));
    }
    if (mayDetour) {
        separateSharedRuns(arrows, origins, order, index, occupancy, searched);
    }
    if (memo != nullptr) {
        memo->entries = std::move(routed);
        memo->boxes = std::move(rects);
        memo->valid = true;
    }
}

} // namespace memstep::ui
