#include "arrow_routing.h"

#include <QLineF>
#include <algorithm>
#include <array>
#include <cstdint>
#include <cmath>
#include <limits>
#include <optional>
#include <iterator>
#include <queue>
#include <tuple>
#include <unordered_map>

namespace memstep::ui {

namespace {

constexpr qreal kEdgeInset = 12;       // an end keeps this far from its edge's corners
constexpr qreal kEndSpacing = 10;      // between ends arriving on one edge
constexpr qreal kMinEndDistance = 4.5; // ends closer than this would read as one
constexpr qreal kSampleLength = 8;     // scene pixels per polyline piece when checking a curve
constexpr int kMaxCandidates = 24;     // single curves tried per arrow before a detour
constexpr int kMaxCandidatesCrowded = 2; // in a diagram too big for detours
constexpr qreal kGridCell = 256;
constexpr qreal kMaxReach = 200; // controls this far at most: a long arrow must not swing wide
// The detour router, for arrows no single curve brings through: a search on a grid of
// kGridStep pixels round every box (kept kClearance away from), within kSearchMargin of the
// arrow's two ends, preferring few bends; corners are rounded with kCornerRadius.
constexpr qreal kGridStep = 4;
constexpr qreal kClearance = 2;
constexpr qreal kSearchMargin = 240;
constexpr int kTurnCost = 6;
constexpr int kCrowdCost = 4; // per grid step run alongside (or across) an earlier arrow
constexpr qreal kCornerRadius = 12;
constexpr qreal kOutside = kClearance + 1.5 * kGridStep; // where a detour leaves and arrives
// A detour costs a grid search; a diagram with more arrows than this keeps the least crossing
// single curves, so a 1,000-object step still lays out in milliseconds.
constexpr std::size_t kMaxDetouredArrows = 300;
constexpr int kMaxSearchStates = 400000;
// Keeping detours apart (Occupancy) makes each search explore more, several times more in a
// crowded diagram: it is done for diagrams up to this many arrows, a classroom step's size.
// Bigger diagrams search greedily instead (the estimate of the cost still to go doubled): a
// route a little longer than the best, found after exploring a fraction of the states.
constexpr std::size_t kMaxSpreadArrows = 64;

enum class Exit { Right, Down, Up };
enum class Side { Left, Right, Top, Bottom };

struct Candidate {
    Exit exit;
    QPointF control1;
    QPointF control2;
    QPointF end;
};

QPointF bezierPoint(const Candidate& c, QPointF start, qreal t) {
    const qreal u = 1 - t;
    return u * u * u * start + 3 * u * u * t * c.control1 + 3 * u * t * t * c.control2 +
           t * t * t * c.end;
}

// Whether segment ab runs through the inside of r (touching its border does not count).
bool segmentEntersRect(QPointF a, QPointF b, const QRectF& r) {
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    const std::array<qreal, 4> p = {-dx, dx, -dy, dy};
    const std::array<qreal, 4> q = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(),
                                    r.bottom() - a.y()};
    for (std::size_t i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] <= 0) {
                return false;
            }
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0) {
            if (t >= t1) {
                return false;
            }
            t0 = std::max(t0, t);
        } else {
            if (t <= t0) {
                return false;
            }
            t1 = std::min(t1, t);
        }
    }
    return t0 < t1;
}

// A curve is checked as a polyline of kSampleLength pieces, and between two samples it bows
// out from the chord: other boxes are kept this much wider, so the curve itself clears them.
constexpr qreal kGraze = 3;

// Every box bucketed in a coarse grid, so checking a piece of curve looks only at its neighbours.
class BoxIndex {
public:
    explicit BoxIndex(const std::vector<const LayoutBox*>& boxes) : m_boxes(boxes) {
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            forCells(grown(boxes[i]->rect), [&](long long key) { m_cells[key].push_back(i); });
        }
    }

    // How many boxes other than the arrow's two ends segment ab runs through.
    int crossings(QPointF a, QPointF b, const LayoutBox* source, const LayoutBox* target) const {
        int count = 0;
        forCells(QRectF(a, b).normalized(), [&](long long key) {
            auto it = m_cells.find(key);
            if (it == m_cells.end()) {
                return;
            }
            for (std::size_t index : it->second) {
                const LayoutBox* box = m_boxes[index];
                if (box != source && box != target && segmentEntersRect(a, b, grown(box->rect))) {
                    ++count;
                }
            }
        });
        return count;
    }

    // Whether any box other than the arrow's two ends (kept kGraze wider) meets rect.
    bool anyOther(const QRectF& rect, const LayoutBox* source, const LayoutBox* target) const {
        bool found = false;
        forCells(rect, [&](long long key) {
            auto it = m_cells.find(key);
            if (found || it == m_cells.end()) {
                return;
            }
            for (std::size_t index : it->second) {
                const LayoutBox* box = m_boxes[index];
                if (box != source && box != target && grown(box->rect).intersects(rect)) {
                    found = true;
                    return;
                }
            }
        });
        return found;
    }

    // Calls visit(box) once for every box meeting rect.
    template <typename F>
    void forEachIn(const QRectF& rect, F&& visit) const {
        std::vector<bool> seen(m_boxes.size(), false);
        forCells(rect, [&](long long key) {
            auto it = m_cells.find(key);
            if (it == m_cells.end()) {
                return;
            }
            for (std::size_t index : it->second) {
                if (!seen[index] && m_boxes[index]->rect.intersects(rect)) {
                    seen[index] = true;
                    visit(*m_boxes[index]);
                }
            }
        });
    }

private:
    static QRectF grown(const QRectF& rect) { return rect.adjusted(-kGraze, -kGraze, kGraze, kGraze); }

    template <typename F>
    static void forCells(const QRectF& rect, F&& visit) {
        const auto x0 = static_cast<long long>(std::floor(rect.left() / kGridCell));
        const auto x1 = static_cast<long long>(std::floor(rect.right() / kGridCell));
        const auto y0 = static_cast<long long>(std::floor(rect.top() / kGridCell));
        const auto y1 = static_cast<long long>(std::floor(rect.bottom() / kGridCell));
        for (long long x = x0; x <= x1; ++x) {
            for (long long y = y0; y <= y1; ++y) {
                visit((x << 32) ^ (y & 0xffffffffLL));
            }
        }
    }

    const std::vector<const LayoutBox*>& m_boxes;
    std::unordered_map<long long, std::vector<std::size_t>> m_cells;
};

// QRectF::contains(QPointF), inline: the router asks it millions of times a step.
inline bool holds(const QRectF& r, QPointF p) {
    qreal l = r.x();
    qreal rr = r.x();
    if (r.width() < 0) {
        l += r.width();
    } else {
        rr += r.width();
    }
    if (l == rr || p.x() < l || p.x() > rr) {
        return false;
    }
    qreal t = r.y();
    qreal b = r.y();
    if (r.height() < 0) {
        t += r.height();
    } else {
        b += r.height();
    }
    return t != b && p.y() >= t && p.y() <= b;
}

bool overlapsRows(const QRectF& a, const QRectF& b) { return a.top() < b.bottom() && a.bottom() > b.top(); }
bool overlapsColumns(const QRectF& a, const QRectF& b) { return a.left() < b.right() && a.right() > b.left(); }

// The slot an arrow leaves from: which edges of its cell face no other cell of the box, and the
// part of the box holding cells (outside it, in the padding, a curve hides nothing).
struct Slot {
    QRectF box;
    QRectF cell;
    QRectF content;
    bool rightFree = true;
    bool downFree = true;
    bool upFree = true;

    Slot(const LayoutBox& owner, std::size_t index) : box(owner.rect), cell(owner.cells[index].rect) {
        for (std::size_t i = 0; i < owner.cells.size(); ++i) {
            const LayoutCell& other = owner.cells[i];
            if (other.role != CellRole::Value) {
                continue;
            }
            content |= other.rect;
            if (i == index) {
                continue;
            }
            if (other.rect.left() >= cell.right() - 1 && overlapsRows(other.rect, cell)) {
                rightFree = false;
            }
            if (other.rect.top() >= cell.bottom() - 1 && overlapsColumns(other.rect, cell)) {
                downFree = false;
            }
            if (other.rect.bottom() <= cell.top() + 1 && overlapsColumns(other.rect, cell)) {
                upFree = false;
            }
        }
        // Above the cells sit the box's title and a list's indices: a curve leaving upwards
        // would strike through them.
        if (content.top() > box.top() + 1) {
            upFree = false;
        }
    }

    bool isFree(Exit exit) const {
        switch (exit) {
        case Exit::Right: return rightFree;
        case Exit::Down: return downFree;
        case Exit::Up: return upFree;
        }
        return false;
    }

    // Whether a point of the curve inside the box is where an arrow leaving by exit may run:
    // its own row (or column) from the cell outwards, or the padding beside and below the cells.
    bool allows(QPointF p, Exit exit) const {
        if (holds(box, p) && p.y() < content.top() && p.x() > content.left() && p.x() < content.right()) {
            return false; // through the title and the indices above the cells
        }
        if (!holds(box, p) || !holds(content, p)) {
            return true;
        }
        switch (exit) {
        case Exit::Right: return p.y() >= cell.top() && p.y() <= cell.bottom() && p.x() >= cell.left();
        case Exit::Down: return p.x() >= cell.left() && p.x() <= cell.right() && p.y() >= cell.top();
        case Exit::Up: return p.x() >= cell.left() && p.x() <= cell.right() && p.y() <= cell.bottom();
        }
        return false;
    }
};

// Points along one edge of the target where an arrow may end, nearest to `natural` first:
// spaced kEndSpacing apart, then the midpoints between them for crowded edges.
std::vector<QPointF> endPoints(const QRectF& target, Side side, QPointF natural) {
    const bool vertical = side == Side::Left || side == Side::Right;
    const qreal from = vertical ? target.top() : target.left();
    const qreal length = vertical ? target.height() : target.width();
    const qreal want = vertical ? natural.y() : natural.x();
    std::vector<qreal> positions;
    if (length <= 2 * kEdgeInset) {
        positions.push_back(from + length / 2);
    } else {
        for (qreal p = from + kEdgeInset; p <= from + length - kEdgeInset + 0.01; p += kEndSpacing) {
            positions.push_back(p);
        }
        std::stable_sort(positions.begin(), positions.end(),
                         [&](qreal a, qreal b) { return std::abs(a - want) < std::abs(b - want); });
        std::vector<qreal> halves;
        for (qreal p = from + kEdgeInset + kEndSpacing / 2; p <= from + length - kEdgeInset; p += kEndSpacing) {
            halves.push_back(p);
        }
        std::stable_sort(halves.begin(), halves.end(),
                         [&](qreal a, qreal b) { return std::abs(a - want) < std::abs(b - want); });
        positions.insert(positions.end(), halves.begin(), halves.end());
    }
    std::vector<QPointF> points;
    points.reserve(positions.size());
    for (qreal p : positions) {
        switch (side) {
        case Side::Left: points.emplace_back(target.left(), p); break;
        case Side::Right: points.emplace_back(target.right(), p); break;
        case Side::Top: points.emplace_back(p, target.top()); break;
        case Side::Bottom: points.emplace_back(p, target.bottom()); break;
        }
    }
    return points;
}

// The target's edges in the order an arrow from start would most naturally meet them.
std::array<Side, 4> sidesFacing(QPointF start, const QRectF& target) {
    const bool above = start.y() < target.center().y();
    const Side nearY = above ? Side::Top : Side::Bottom;
    const Side farY = above ? Side::Bottom : Side::Top;
    // Well above or below and only a little to the side (a cell over the object it holds):
    // the top or bottom edge is the one it meets.
    const qreal outX = std::max({0.0, target.left() - start.x(), start.x() - target.right()});
    const qreal outY = std::max({0.0, target.top() - start.y(), start.y() - target.bottom()});
    if (outY > outX) {
        const bool left = start.x() < target.center().x();
        return {nearY, left ? Side::Left : Side::Right, left ? Side::Right : Side::Left, farY};
    }
    if (start.x() <= target.left() - 8) {
        return {Side::Left, nearY, farY, Side::Right};
    }
    if (start.x() >= target.right() + 8) {
        return {Side::Right, nearY, farY, Side::Left};
    }
    const bool left = start.x() < target.center().x();
    const Side nearX = left ? Side::Left : Side::Right;
    const Side farX = left ? Side::Right : Side::Left;
    return {nearY, nearX, farX, farY};
}

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
        const qreal k = std::max({40.0, 0.4 * std::hypot(dx, dy), 3.0 * std::min(kMaxClear, slot.box.bottom() - start.y())});
        return start + QPointF(0, std::min(kMaxReach, k * scale));
    }
    case Exit::Up: {
        const qreal k = std::max({40.0, 0.4 * std::hypot(dx, dy), 3.0 * std::min(kMaxClear, start.y() - slot.box.top())});
        return start - QPointF(0, std::min(kMaxReach, k * scale));
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
    case Side::Left: return end - QPointF(k, 0);
    case Side::Right: return end + QPointF(k, 0);
    case Side::Top: return end - QPointF(0, k);
    case Side::Bottom: return end + QPointF(0, k);
    }
    return end;
}

// How badly a candidate curve runs through things: pieces crossing other boxes or the target's
// inside, and points inside its own box off its slot's row or column. 0 is a clean route.
// Counting stops at `enough`.
int crossingCost(const Candidate& c, QPointF start, const Slot& slot, const ArrowOrigin& origin,
                 const BoxIndex& index, int enough) {
    const qreal length = QLineF(start, c.control1).length() + QLineF(c.control1, c.control2).length() +
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
    bool out = false;
    // The box's padding and corners too: once clear of its box, a curve does not graze back.
    const QRectF ownNear = origin.box->rect.adjusted(-kGraze, -kGraze, kGraze, kGraze);
    bool leftBox = false;
    for (int i = 1; i <= pieces; ++i) {
        const QPointF p = bezierPoint(c, start, qreal(i) / pieces);
        if (others) {
            cost += index.crossings(previous, p, origin.box, origin.target);
        }
        const bool inside = holds(slot.box, p);
        if (out && inside && !mayReturn) {
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

bool endIsFree(QPointF end, const std::vector<QPointF>& used) {
    return std::all_of(used.begin(), used.end(), [&](QPointF other) {
        return QLineF(end, other).length() >= kMinEndDistance;
    });
}

QPointF unit(QPointF v) {
    const qreal length = std::hypot(v.x(), v.y());
    return length < 1e-9 ? QPointF() : v / length;
}

// Where arrows already run, in scene cells of kGridStep pixels, each with a margin of one cell
// on either side. A detour pays for every cell it shares with an earlier arrow, so arrows into
// one object run side by side, a few pixels apart, instead of merging into one line that
// cannot be followed; crossing another arrow costs only the cell or two where they meet.
class Occupancy {
public:
    // Covers `bounds` (every box of the diagram, with room round it); points outside count as
    // free.
    explicit Occupancy(const QRectF& bounds)
        : m_origin(bounds.topLeft()), m_width(bounds.isEmpty() ? 0 : int(std::ceil(bounds.width() / kGridStep)) + 1),
          m_height(bounds.isEmpty() ? 0 : int(std::ceil(bounds.height() / kGridStep)) + 1),
          m_taken(std::size_t(m_width) * std::size_t(m_height), 0) {}

    bool active() const { return !m_taken.empty(); }
    bool taken(QPointF p) const {
        const int i = index(p);
        return i >= 0 && m_taken[std::size_t(i)] != 0;
    }

    // Marks the cells along a cubic curve (LayoutArrow's shape: start, then pieces).
    void markCurve(QPointF start, const std::vector<QPointF>& pieces) {
        if (m_taken.empty()) {
            return;
        }
        QPointF from = start;
        for (std::size_t i = 0; i + 2 < pieces.size(); i += 3) {
            const Candidate piece{Exit::Right, pieces[i], pieces[i + 1], pieces[i + 2]};
            const qreal length = QLineF(from, piece.control1).length() +
                                 QLineF(piece.control1, piece.control2).length() +
                                 QLineF(piece.control2, piece.end).length();
            const int steps = std::max(1, int(std::ceil(length / (kGridStep / 2))));
            for (int k = 0; k <= steps; ++k) {
                markPoint(bezierPoint(piece, from, qreal(k) / steps));
            }
            from = piece.end;
        }
    }

private:
    int index(QPointF p) const {
        const int x = int(std::floor((p.x() - m_origin.x()) / kGridStep));
        const int y = int(std::floor((p.y() - m_origin.y()) / kGridStep));
        return x < 0 || y < 0 || x >= m_width || y >= m_height ? -1 : y * m_width + x;
    }
    void markPoint(QPointF p) {
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                const int i = index(p + QPointF(dx * kGridStep, dy * kGridStep));
                if (i >= 0) {
                    m_taken[std::size_t(i)] = 1;
                }
            }
        }
    }

    QPointF m_origin;
    int m_width;
    int m_height;
    std::vector<std::uint8_t> m_taken;
};

// Cubic pieces (three points each, as LayoutArrow::pieces) along a polyline, its corners
// rounded.
std::vector<QPointF> roundedPieces(const std::vector<QPointF>& points) {
    std::vector<QPointF> pieces;
    auto line = [&](QPointF from, QPointF to) {
        if (QLineF(from, to).length() < 0.01) {
            return;
        }
        pieces.push_back(from + (to - from) / 3);
        pieces.push_back(from + (to - from) * 2 / 3);
        pieces.push_back(to);
    };
    QPointF current = points.front();
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
        const QPointF in = points[i] - points[i - 1];
        const QPointF out = points[i + 1] - points[i];
        const qreal r = std::min({kCornerRadius, std::hypot(in.x(), in.y()) / 2, std::hypot(out.x(), out.y()) / 2});
        const QPointF a = points[i] - unit(in) * r;
        const QPointF b = points[i] + unit(out) * r;
        line(current, a);
        pieces.push_back(points[i] - unit(in) * (0.45 * r));
        pieces.push_back(points[i] + unit(out) * (0.45 * r));
        pieces.push_back(b);
        current = b;
    }
    line(current, points.back());
    return pieces;
}

// The polyline of a detour: out of the slot, along free grid lines, into a free end of the
// target. nullopt when there is none within the search area.
struct Detour {
    std::vector<QPointF> points; // start ... end
};

// The grid a detour from slot to target searches: kGridStep cells within kSearchMargin of both.
struct SearchArea {
    QRectF rect;
    int width = 0;
    int height = 0;

    SearchArea(const Slot& slot, const QRectF& target)
        : rect((slot.box | target).adjusted(-kSearchMargin, -kSearchMargin, kSearchMargin, kSearchMargin)),
          width(int(std::ceil(rect.width() / kGridStep))), height(int(std::ceil(rect.height() / kGridStep))) {}

    QPointF centre(int cell) const {
        return QPointF(rect.left() + (cell % width + 0.5) * kGridStep, rect.top() + (cell / width + 0.5) * kGridStep);
    }
};

// Which of `cells` (a range of the search area's grid) earlier arrows run through, as the
// search sees them.
std::vector<std::uint8_t> crowdIn(const SearchArea& area, const QRect& cells, const Occupancy& occupancy) {
    std::vector<std::uint8_t> crowd;
    if (cells.isEmpty()) {
        return crowd;
    }
    crowd.reserve(std::size_t(cells.width()) * std::size_t(cells.height()));
    for (int y = cells.top(); y <= cells.bottom(); ++y) {
        for (int x = cells.left(); x <= cells.right(); ++x) {
            crowd.push_back(occupancy.taken(area.centre(y * area.width + x)) ? 1 : 0);
        }
    }
    return crowd;
}

// The scene rectangle of a range of the search grid's cells, grown by what can block a cell.
QRectF sceneRectOf(const SearchArea& area, const QRect& cells) {
    const qreal grow = kClearance + kGridStep;
    return QRectF(area.rect.left() + cells.left() * kGridStep, area.rect.top() + cells.top() * kGridStep,
                  cells.width() * kGridStep, cells.height() * kGridStep)
        .adjusted(-grow, -grow, grow, grow);
}

// The detour search's cost and parent of every state, kept between the searches of one
// routeArrows call: forgetting them is a new generation, not a fill of a megabyte per detour.
class SearchStates {
public:
    void reset(std::size_t states) {
        if (m_stamp.size() < states) {
            m_stamp.resize(states, 0);
            m_cost.resize(states);
            m_parent.resize(states);
        }
        if (++m_generation == 0) {
            std::fill(m_stamp.begin(), m_stamp.end(), 0);
            m_generation = 1;
        }
    }
    int cost(int state) const {
        return m_stamp[std::size_t(state)] == m_generation ? m_cost[std::size_t(state)]
                                                            : std::numeric_limits<int>::max();
    }
    int parent(int state) const { return m_stamp[std::size_t(state)] == m_generation ? m_parent[std::size_t(state)] : -1; }
    void set(int state, int cost, int parent) {
        m_stamp[std::size_t(state)] = m_generation;
        m_cost[std::size_t(state)] = cost;
        m_parent[std::size_t(state)] = parent;
    }

private:
    std::uint32_t m_generation = 0;
    std::vector<std::uint32_t> m_stamp;
    std::vector<int> m_cost;
    std::vector<int> m_parent;
};

std::optional<Detour> findDetour(QPointF start, const Slot& slot, const std::vector<Exit>& exits,
                                 const ArrowOrigin& origin, const BoxIndex& index,
                                 const std::vector<QPointF>& usedEnds, const Occupancy& occupancy, int greed,
                                 QRect* read, SearchStates& searched) {
    const QRectF target = origin.target->rect;
    const SearchArea grid(slot, target);
    const QRectF area = grid.rect;
    const int width = grid.width;
    const int height = grid.height;
    auto cellOf = [&](QPointF p) -> int {
        const int x = int(std::floor((p.x() - area.left()) / kGridStep));
        const int y = int(std::floor((p.y() - area.top()) / kGridStep));
        return x < 0 || y < 0 || x >= width || y >= height ? -1 : y * width + x;
    };
    auto centre = [&](int cell) { return grid.centre(cell); };
    // Every cell whose blocking or crowding is read, for the route memo.
    int readLeft = width;
    int readTop = height;
    int readRight = -1;
    int readBottom = -1;
    auto noteRead = [&](int cell) {
        readLeft = std::min(readLeft, cell % width);
        readRight = std::max(readRight, cell % width);
        readTop = std::min(readTop, cell / width);
        readBottom = std::max(readBottom, cell / width);
        if (read != nullptr) {
            *read = QRect(QPoint(readLeft, readTop), QPoint(readRight, readBottom));
        }
    };
    std::vector<std::uint8_t> blocked(std::size_t(width) * std::size_t(height), 0);
    index.forEachIn(area, [&](const LayoutBox& box) {
        const QRectF r = box.rect.adjusted(-kClearance, -kClearance, kClearance, kClearance);
        const int x0 = std::max(0, int(std::floor((r.left() - area.left()) / kGridStep)));
        const int x1 = std::min(width - 1, int(std::floor((r.right() - area.left()) / kGridStep)));
        const int y0 = std::max(0, int(std::floor((r.top() - area.top()) / kGridStep)));
        const int y1 = std::min(height - 1, int(std::floor((r.bottom() - area.top()) / kGridStep)));
        for (int y = y0; y <= y1; ++y) {
            std::fill(blocked.begin() + y * width + x0, blocked.begin() + y * width + x1 + 1, std::uint8_t(1));
        }
    });

    // Directions: 0 right, 1 down, 2 left, 3 up.
    constexpr std::array<int, 4> kDx = {1, 0, -1, 0};
    constexpr std::array<int, 4> kDy = {0, 1, 0, -1};
    struct Goal {
        QPointF end;
        QPointF approach;
    };
    std::unordered_map<int, Goal> goals;
    for (Side side : sidesFacing(start, target)) {
        QPointF normal;
        switch (side) {
        case Side::Left: normal = QPointF(-1, 0); break;
        case Side::Right: normal = QPointF(1, 0); break;
        case Side::Top: normal = QPointF(0, -1); break;
        case Side::Bottom: normal = QPointF(0, 1); break;
        }
        for (QPointF end : endPoints(target, side, start)) {
            if (!endIsFree(end, usedEnds)) {
                continue;
            }
            const QPointF approach = end + normal * kOutside;
            const int cell = cellOf(approach);
            if (cell >= 0) {
                noteRead(cell);
            }
            if (cell >= 0 && !blocked[std::size_t(cell)]) {
                goals.emplace(cell, Goal{end, approach});
            }
        }
    }
    if (goals.empty()) {
        return std::nullopt;
    }

    const std::size_t states = std::size_t(width) * std::size_t(height) * 4;
    searched.reset(states);
    using Entry = std::pair<int, int>; // (cost + estimate, state)
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    auto estimate = [&](int cell) {
        const QPointF p = centre(cell);
        const qreal dx = std::max({0.0, target.left() - p.x(), p.x() - target.right()});
        const qreal dy = std::max({0.0, target.top() - p.y(), p.y() - target.bottom()});
        return greed * int((dx + dy) / kGridStep);
    };
    struct Start {
        QPointF point;
        int dir;
    };
    std::vector<Start> starts;
    const bool anyFree = std::any_of(exits.begin(), exits.end(), [&](Exit e) { return slot.isFree(e); });
    for (std::size_t rank = 0; rank < exits.size(); ++rank) {
        if (anyFree && !slot.isFree(exits[rank])) {
            continue;
        }
        QPointF p;
        int dir = 0;
        switch (exits[rank]) {
        case Exit::Right: p = QPointF(slot.box.right() + kOutside, start.y()); dir = 0; break;
        case Exit::Down: p = QPointF(start.x(), slot.box.bottom() + kOutside); dir = 1; break;
        case Exit::Up: p = QPointF(start.x(), slot.box.top() - kOutside); dir = 3; break;
        }
        const int cell = cellOf(p);
        if (cell >= 0) {
            noteRead(cell);
        }
        if (cell < 0 || blocked[std::size_t(cell)]) {
            continue;
        }
        const int state = cell * 4 + dir;
        const int initial = int(rank) * kTurnCost;
        if (initial < searched.cost(state)) {
            searched.set(state, initial, -1);
            open.emplace(initial + estimate(cell), state);
        }
        starts.push_back({p, dir});
    }
    int reached = -1;
    int expanded = 0;
    while (!open.empty() && ++expanded < kMaxSearchStates) {
        const auto [priority, state] = open.top();
        open.pop();
        const int cell = state / 4;
        const int dir = state % 4;
        const int here = searched.cost(state);
        if (priority - estimate(cell) > here) {
            continue; // a stale entry
        }
        if (goals.count(cell) != 0) {
            reached = state;
            break;
        }
        const int x = cell % width;
        const int y = cell / width;
        for (int next = 0; next < 4; ++next) {
            if (next == (dir + 2) % 4) {
                continue;
            }
            const int nx = x + kDx[std::size_t(next)];
            const int ny = y + kDy[std::size_t(next)];
            if (nx < 0 || ny < 0 || nx >= width || ny >= height) {
                continue;
            }
            const int nextCell = ny * width + nx;
            noteRead(nextCell);
            if (blocked[std::size_t(nextCell)]) {
                continue;
            }
            const int nextState = nextCell * 4 + next;
            const int nextCost = here + 1 + (next != dir ? kTurnCost : 0) +
                                 (occupancy.taken(centre(nextCell)) ? kCrowdCost : 0);
            if (nextCost < searched.cost(nextState)) {
                searched.set(nextState, nextCost, state);
                open.emplace(nextCost + estimate(nextCell), nextState);
            }
        }
    }
    if (reached < 0) {
        return std::nullopt;
    }

    // Back from the goal: the cells where the direction changes are the corners.
    std::vector<int> path;
    for (int state = reached; state >= 0; state = searched.parent(state)) {
        path.push_back(state);
    }
    std::reverse(path.begin(), path.end());
    const int firstDir = path.front() % 4;
    const Start* from = nullptr;
    for (const Start& s : starts) {
        if (cellOf(s.point) == path.front() / 4 && s.dir == firstDir) {
            from = &s;
        }
    }
    if (from == nullptr) {
        return std::nullopt;
    }
    const Goal& goal = goals.at(reached / 4);
    std::vector<QPointF> corners;
    for (std::size_t i = 1; i < path.size(); ++i) {
        if (path[i] % 4 != path[i - 1] % 4) {
            corners.push_back(centre(path[i - 1] / 4));
        }
    }
    // Line the first and last runs up with the exact exit and approach points (at most half a
    // grid step away, inside the clearance).
    const bool horizontal = firstDir % 2 == 0;
    if (!corners.empty()) {
        if (horizontal) {
            corners.front().setY(from->point.y());
        } else {
            corners.front().setX(from->point.x());
        }
        const int lastDir = path.back() % 4;
        if (lastDir % 2 == 0) {
            corners.back().setY(goal.approach.y());
        } else {
            corners.back().setX(goal.approach.x());
        }
    }
    Detour detour;
    detour.points.push_back(start);
    detour.points.push_back(from->point);
    detour.points.insert(detour.points.end(), corners.begin(), corners.end());
    detour.points.push_back(goal.approach);
    detour.points.push_back(goal.end);
    // Drop repeated and collinear points, so only real corners get rounded.
    std::vector<QPointF> clean;
    for (QPointF p : detour.points) {
        if (!clean.empty() && QLineF(clean.back(), p).length() < 0.01) {
            continue;
        }
        if (clean.size() >= 2) {
            const QPointF a = clean[clean.size() - 2];
            const QPointF b = clean.back();
            const qreal cross = (b.x() - a.x()) * (p.y() - b.y()) - (b.y() - a.y()) * (p.x() - b.x());
            const qreal dot = (b.x() - a.x()) * (p.x() - b.x()) + (b.y() - a.y()) * (p.y() - b.y());
            if (std::abs(cross) < 1e-6 && dot > 0) {
                clean.back() = p;
                continue;
            }
        }
        clean.push_back(p);
    }
    detour.points = std::move(clean);
    return detour;
}

// Routes one arrow, avoiding the ends already taken on its target, and takes its end. record,
// when given, receives what the search looked at (RouteMemo::Entry's searchedDetour, looked,
// crowdCells and crowd).
void routeOne(LayoutArrow& arrow, const ArrowOrigin& origin, const Slot& slot, const BoxIndex& index,
              std::vector<QPointF>& usedEnds, Occupancy& occupancy, bool mayDetour, RouteMemo::Entry* record,
              SearchStates& searched) {
    const int maxCandidates = mayDetour ? kMaxCandidates : kMaxCandidatesCrowded;
    const QPointF start = arrow.start;
    const QRectF target = origin.target->rect;

    // Free exits first; a target above the box is reached upwards before downwards, and one
    // wholly below a row of cells (a list's items hang under them) downwards before sideways.
    std::vector<Exit> exits = {Exit::Right, Exit::Down, Exit::Up};
    const bool row = slot.content.height() <= slot.cell.height() + 0.5;
    if (target.bottom() < slot.box.top()) {
        exits = {Exit::Right, Exit::Up, Exit::Down};
    } else if (target.top() > slot.box.bottom() && !origin.box->isFrame && row) {
        exits = {Exit::Down, Exit::Right, Exit::Up};
    }
    std::stable_partition(exits.begin(), exits.end(), [&](Exit e) { return slot.isFree(e); });

    Candidate best{exits.front(), {}, {}, {}};
    int bestCost = std::numeric_limits<int>::max();
    int tried = 0;
    // Tries candidates in order of preference; true once a clean one (or enough) was tried.
    auto search = [&](bool reuseEnds) {
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
                            const Candidate c{exit, exitControl(exit, start, slot, end, exitScale),
                                              arrivalControl(side, start, end, arrivalScale), end};
                            const int cost = crossingCost(c, start, slot, origin, index, bestCost);
                            if (record != nullptr) {
                                // The curve lies within its control points' bounds.
                                const auto [minX, maxX] = std::minmax({start.x(), c.control1.x(), c.control2.x(), c.end.x()});
                                const auto [minY, maxY] = std::minmax({start.y(), c.control1.y(), c.control2.y(), c.end.y()});
                                record->looked.push_back(QRectF(QPointF(minX, minY), QPointF(maxX, maxY)).adjusted(-2, -2, 2, 2));
                            }
                            if (cost < bestCost) {
                                best = c;
                                bestCost = cost;
                            }
                            if (bestCost == 0 || ++tried >= maxCandidates) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    };
    // Only when every end of the target is taken do two arrows share one.
    if (!search(false) && bestCost == std::numeric_limits<int>::max()) {
        search(true);
    }
    if (bestCost > 0 && mayDetour) {
        QRect read;
        std::optional<Detour> detour =
            findDetour(start, slot, exits, origin, index, usedEnds, occupancy, occupancy.active() ? 1 : 2, &read,
                       searched);
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
        if (detour) {
            arrow.pieces = roundedPieces(detour->points);
            arrow.control1 = arrow.pieces.front();
            arrow.control2 = arrow.pieces[arrow.pieces.size() - 2];
            arrow.end = arrow.pieces.back();
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

// The rectangles of the boxes that changed since the memo's call, bucketed in a coarse grid, so
// asking whether a route looked at any of them costs what the route looked at, not the number
// of changes (a jump changes thousands of boxes).
class ChangedIndex {
public:
    explicit ChangedIndex(std::vector<QRectF> rects) : m_rects(std::move(rects)) {
        for (std::size_t i = 0; i < m_rects.size(); ++i) {
            forCells(m_rects[i], [&](long long key) {
                m_cells[key].push_back(i);
                return false;
            });
        }
    }

    bool meetsAny(const std::vector<QRectF>& looked) const {
        return std::any_of(looked.begin(), looked.end(), [&](const QRectF& l) {
            return forCells(l, [&](long long key) {
                auto it = m_cells.find(key);
                return it != m_cells.end() && std::any_of(it->second.begin(), it->second.end(),
                                                          [&](std::size_t i) { return m_rects[i].intersects(l); });
            });
        });
    }

private:
    // Calls visit(key) for each grid cell rect meets until one returns true; returns whether one did.
    template <typename F> static bool forCells(const QRectF& rect, F&& visit) {
        const auto x0 = static_cast<long long>(std::floor(rect.left() / kGridCell));
        const auto x1 = static_cast<long long>(std::floor(rect.right() / kGridCell));
        const auto y0 = static_cast<long long>(std::floor(rect.top() / kGridCell));
        const auto y1 = static_cast<long long>(std::floor(rect.bottom() / kGridCell));
        for (long long x = x0; x <= x1; ++x) {
            for (long long y = y0; y <= y1; ++y) {
                if (visit((x << 32) ^ (y & 0xffffffffLL))) {
                    return true;
                }
            }
        }
        return false;
    }

    std::vector<QRectF> m_rects;
    std::unordered_map<long long, std::vector<std::size_t>> m_cells;
};

// A total order on rectangles by their exact coordinates (QRectF's == is fuzzy).
bool rectLess(const QRectF& a, const QRectF& b) {
    return std::tuple(a.x(), a.y(), a.width(), a.height()) < std::tuple(b.x(), b.y(), b.width(), b.height());
}

// Whether two routes were asked for with the same inputs (all but the boxes around them).
bool sameInputs(const RouteMemo::Entry& a, const RouteMemo::Entry& b) {
    return samePoint(a.start, b.start) && sameRect(a.box, b.box) && sameRect(a.cell, b.cell) &&
           sameRect(a.content, b.content) && a.freeExits == b.freeExits && a.selfTarget == b.selfTarget &&
           sameRect(a.target, b.target) && a.mayDetour == b.mayDetour && a.spread == b.spread &&
           std::equal(a.usedEnds.begin(), a.usedEnds.end(), b.usedEnds.begin(), b.usedEnds.end(), samePoint);
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
            std::set_symmetric_difference(memo->boxes.begin(), memo->boxes.end(), rects.begin(), rects.end(),
                                          std::back_inserter(changed), rectLess);
            reuse = true;
        }
    }
    const ChangedIndex changedIndex(std::move(changed));
    SearchStates searched;
    std::unordered_map<QString, RouteMemo::Entry> routed;
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
        entry.freeExits = std::uint8_t((slot.rightFree ? 1 : 0) | (slot.downFree ? 2 : 0) | (slot.upFree ? 4 : 0));
        entry.selfTarget = origin.box == origin.target;
        entry.target = origin.target->rect;
        entry.usedEnds = ends;
        entry.mayDetour = mayDetour;
        entry.spread = occupancy.active();
        bool reused = false;
        if (reuse) {
            auto previous = memo->entries.find(arrow.sourceKey);
            if (previous != memo->entries.end() && sameInputs(previous->second, entry)) {
                reused = !changedIndex.meetsAny(previous->second.looked);
                if (reused && previous->second.searchedDetour && occupancy.active()) {
                    reused = crowdIn(SearchArea(slot, entry.target), previous->second.crowdCells, occupancy) ==
                             previous->second.crowd;
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
            occupancy.markCurve(arrow.start, arrow.pieces.empty()
                                                 ? std::vector<QPointF>{arrow.control1, arrow.control2, arrow.end}
                                                 : arrow.pieces);
        } else {
            routeOne(arrow, origin, slot, index, ends, occupancy, mayDetour, &entry, searched);
            entry.pieces = arrow.pieces;
            entry.control1 = arrow.control1;
            entry.control2 = arrow.control2;
            entry.end = arrow.end;
        }
        routed.insert_or_assign(arrow.sourceKey, std::move(entry));
    }
    if (memo != nullptr) {
        memo->entries = std::move(routed);
        memo->boxes = std::move(rects);
        memo->valid = true;
    }
}

} // namespace memstep::ui
