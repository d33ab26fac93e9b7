// The geometry both ways of routing an arrow share (router internals, not an API): a cubic
// candidate and its points, a slot's free exits, the ends an edge offers, and every box bucketed
// in a grid so a piece of curve is checked only against its neighbours.
#pragma once

#include "diagram_layout.h"

#include <QLineF>
#include <QRectF>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace memstep::ui::routing {

constexpr qreal kEdgeInset = 12;       // an end keeps this far from its edge's corners
constexpr qreal kEndSpacing = 10;      // between ends arriving on one edge
constexpr qreal kMinEndDistance = 4.5; // ends closer than this would read as one
constexpr qreal kGridCell = 256;
// The detour router, for arrows no single curve brings through: a search on a grid of
// kGridStep pixels round every box (kept kClearance away from), within kSearchMargin of the
// arrow's two ends, preferring few bends; corners are rounded with kCornerRadius.
constexpr qreal kGridStep = 4;
constexpr qreal kClearance = 2;
constexpr qreal kSearchMargin = 240;
constexpr int kTurnCost = 6;
constexpr int kCrowdCost = 4; // per grid step run alongside (or across) an earlier arrow
// ... and per step on its very line: a crowded gap between two columns of boxes holds more
// arrows side by side, a lane apart, than it has lanes two apart; two on one line, never.
constexpr int kShareCost = 12;
constexpr qreal kCornerRadius = 12;
constexpr qreal kOutside = kClearance + 1.5 * kGridStep; // where a detour leaves and arrives
constexpr int kMaxSearchStates = 400000;

enum class Exit { Right, Down, Up, Left };
enum class Side { Left, Right, Top, Bottom };

struct Candidate {
    Exit exit;
    QPointF control1;
    QPointF control2;
    QPointF end;
};

inline QPointF bezierPoint(const Candidate& c, QPointF start, qreal t) {
    const qreal u = 1 - t;
    return u * u * u * start + 3 * u * u * t * c.control1 + 3 * u * t * t * c.control2 +
           t * t * t * c.end;
}

// Whether segment ab runs through the inside of r (touching its border does not count).
inline bool segmentEntersRect(QPointF a, QPointF b, const QRectF& r) {
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

// Calls visit(key) for each cell of the kGridCell grid that rect meets, stopping at the first
// visit that returns true; returns whether one did (a visit returning nothing never stops).
template <typename F> bool forGridCells(const QRectF& rect, F&& visit) {
    const auto x0 = static_cast<long long>(std::floor(rect.left() / kGridCell));
    const auto x1 = static_cast<long long>(std::floor(rect.right() / kGridCell));
    const auto y0 = static_cast<long long>(std::floor(rect.top() / kGridCell));
    const auto y1 = static_cast<long long>(std::floor(rect.bottom() / kGridCell));
    for (long long x = x0; x <= x1; ++x) {
        for (long long y = y0; y <= y1; ++y) {
            const long long key = (x << 32) ^ (y & 0xffffffffLL);
            if constexpr (std::is_void_v<std::invoke_result_t<F&, long long>>) {
                visit(key);
            } else if (visit(key)) {
                return true;
            }
        }
    }
    return false;
}

// Every box bucketed in a coarse grid, so checking a piece of curve looks only at its neighbours.
class BoxIndex {
public:
    explicit BoxIndex(const std::vector<const LayoutBox*>& boxes) : m_boxes(boxes) {
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            forGridCells(grown(boxes[i]->rect), [&](long long key) { m_cells[key].push_back(i); });
            m_bounds |= boxes[i]->rect;
        }
    }

    // Every box's rectangle, united.
    const QRectF& bounds() const { return m_bounds; }

    // How many boxes other than the arrow's two ends segment ab runs through.
    int crossings(QPointF a, QPointF b, const LayoutBox* source, const LayoutBox* target) const {
        int count = 0;
        forGridCells(QRectF(a, b).normalized(), [&](long long key) {
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
        forGridCells(rect, [&](long long key) {
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
    template <typename F> void forEachIn(const QRectF& rect, F&& visit) const {
        std::vector<bool> seen(m_boxes.size(), false);
        forGridCells(rect, [&](long long key) {
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
    static QRectF grown(const QRectF& rect) {
        return rect.adjusted(-kGraze, -kGraze, kGraze, kGraze);
    }

    const std::vector<const LayoutBox*>& m_boxes;
    std::unordered_map<long long, std::vector<std::size_t>> m_cells;
    QRectF m_bounds;
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

inline bool overlapsRows(const QRectF& a, const QRectF& b) {
    return a.top() < b.bottom() && a.bottom() > b.top();
}
inline bool overlapsColumns(const QRectF& a, const QRectF& b) {
    return a.left() < b.right() && a.right() > b.left();
}

// The slot an arrow leaves from: which edges of its cell face no other cell of the box, and the
// part of the box holding cells (outside it, in the padding, a curve hides nothing).
struct Slot {
    QRectF box;
    QRectF cell;
    QRectF content;
    bool rightFree = true;
    bool downFree = true;
    bool upFree = true;
    bool leftFree = true;      // no cell, and no name, to the left (a dict's key column)
    bool coveredAbove = false; // the title or indices lie between the cells and the top edge
    bool coveredBelow = false; // ... or the bottom edge (a box drawn upside down)

    Slot(const LayoutBox& owner, std::size_t index)
        : box(owner.rect), cell(owner.cells[index].rect) {
        for (std::size_t i = 0; i < owner.cells.size(); ++i) {
            const LayoutCell& other = owner.cells[i];
            const bool beside =
                other.rect.right() <= cell.left() + 1 && overlapsRows(other.rect, cell);
            if (other.role == CellRole::Label && beside) {
                leftFree = false; // a frame's or an object's name, left of its value
            }
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
            if (beside) {
                leftFree = false;
            }
        }
        // Above the cells sit the box's title and a list's indices (below them, in a box drawn
        // upside down): a curve leaving that way would strike through them.
        const auto above = [&](const QRectF& r) { return r.bottom() <= content.top() + 1; };
        const auto below = [&](const QRectF& r) { return r.top() >= content.bottom() - 1; };
        if (!owner.headerRect.isEmpty()) {
            coveredAbove = above(owner.headerRect);
            coveredBelow = below(owner.headerRect);
        }
        for (const LayoutCell& other : owner.cells) {
            if (other.role == CellRole::Caption) {
                coveredAbove = coveredAbove || above(other.rect);
                coveredBelow = coveredBelow || below(other.rect);
            }
        }
        upFree = upFree && !coveredAbove;
        downFree = downFree && !coveredBelow;
    }

    bool isFree(Exit exit) const {
        switch (exit) {
        case Exit::Right:
            return rightFree;
        case Exit::Down:
            return downFree;
        case Exit::Up:
            return upFree;
        case Exit::Left:
            return leftFree;
        }
        return false;
    }

    // Whether a point of the curve inside the box is where an arrow leaving by exit may run:
    // its own row (or column) from the cell outwards, or the padding beside and below the cells.
    bool allows(QPointF p, Exit exit) const {
        if (holds(box, p) && p.x() > content.left() && p.x() < content.right() &&
            ((coveredAbove && p.y() < content.top()) ||
             (coveredBelow && p.y() > content.bottom()))) {
            return false; // through the title and the indices
        }
        if (!holds(box, p) || !holds(content, p)) {
            return true;
        }
        switch (exit) {
        case Exit::Right:
            return p.y() >= cell.top() && p.y() <= cell.bottom() && p.x() >= cell.left();
        case Exit::Down:
            return p.x() >= cell.left() && p.x() <= cell.right() && p.y() >= cell.top();
        case Exit::Up:
            return p.x() >= cell.left() && p.x() <= cell.right() && p.y() <= cell.bottom();
        case Exit::Left:
            return p.y() >= cell.top() && p.y() <= cell.bottom() && p.x() <= cell.right();
        }
        return false;
    }
};

// Points along one edge of the target where an arrow may end, nearest to `natural` first:
// spaced kEndSpacing apart, then the midpoints between them for crowded edges.
inline std::vector<QPointF> endPoints(const QRectF& target, Side side, QPointF natural) {
    const bool vertical = side == Side::Left || side == Side::Right;
    const qreal from = vertical ? target.top() : target.left();
    const qreal length = vertical ? target.height() : target.width();
    const qreal want = vertical ? natural.y() : natural.x();
    std::vector<qreal> positions;
    if (length <= 2 * kEdgeInset) {
        positions.push_back(from + length / 2);
    } else {
        for (qreal p = from + kEdgeInset; p <= from + length - kEdgeInset + 0.01;
             p += kEndSpacing) {
            positions.push_back(p);
        }
        std::stable_sort(positions.begin(), positions.end(),
                         [&](qreal a, qreal b) { return std::abs(a - want) < std::abs(b - want); });
        std::vector<qreal> halves;
        for (qreal p = from + kEdgeInset + kEndSpacing / 2; p <= from + length - kEdgeInset;
             p += kEndSpacing) {
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
        case Side::Left:
            points.emplace_back(target.left(), p);
            break;
        case Side::Right:
            points.emplace_back(target.right(), p);
            break;
        case Side::Top:
            points.emplace_back(p, target.top());
            break;
        case Side::Bottom:
            points.emplace_back(p, target.bottom());
            break;
        }
    }
    return points;
}

// The target's edges in the order an arrow from start would most naturally meet them.
inline std::array<Side, 4> sidesFacing(QPointF start, const QRectF& target) {
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

inline bool endIsFree(QPointF end, const std::vector<QPointF>& used) {
    return std::all_of(used.begin(), used.end(), [&](QPointF other) {
        return QLineF(end, other).length() >= kMinEndDistance;
    });
}

inline QPointF unit(QPointF v) {
    const qreal length = std::hypot(v.x(), v.y());
    return length < 1e-9 ? QPointF() : v / length;
}

} // namespace memstep::ui::routing
