// The detour router, for arrows no single curve brings through: an A* search on a grid of
// kGridStep pixels round every box, within kSearchMargin of the arrow's two ends, preferring few
// bends and, while Occupancy is on, lines no earlier arrow runs along. Router internals.
#pragma once

#include "arrow_routing.h"
#include "route_parts.h"
#include "search_states.h"

#include <QRect>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace memstep::ui::routing {

// Where arrows already run, in scene cells of kGridStep pixels, each with a margin of one cell
// on either side. A detour pays for every cell it shares with an earlier arrow, so arrows into
// one object run side by side, a few pixels apart, instead of merging into one line that
// cannot be followed; crossing another arrow costs only the cell or two where they meet.
class Occupancy {
public:
    // What a cell holds: no arrow, an arrow one cell away, an arrow through it.
    static constexpr std::uint8_t kFree = 0;
    static constexpr std::uint8_t kBeside = 1;
    static constexpr std::uint8_t kOn = 2;

    // Covers `bounds` (every box of the diagram, with room round it); points outside count as
    // free.
    explicit Occupancy(const QRectF& bounds)
        : m_origin(bounds.topLeft()),
          m_width(bounds.isEmpty() ? 0 : int(std::ceil(bounds.width() / kGridStep)) + 1),
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

    // Whether each of `count` cells along a row is taken: the cells of kGridStep pixels whose
    // first is centred on `first` (a row of a search's grid, whose step is this one's: each of
    // its cells is one of these, so a row is a run of a row here, not a lookup per cell).
    void copyRow(QPointF first, int count, std::uint8_t* out) const {
        const int y = int(std::floor((first.y() - m_origin.y()) / kGridStep));
        const int x0 = int(std::floor((first.x() - m_origin.x()) / kGridStep));
        if (y < 0 || y >= m_height) {
            std::fill(out, out + count, std::uint8_t(0));
            return;
        }
        for (int k = 0; k < count; ++k) {
            const int x = x0 + k;
            out[k] = x < 0 || x >= m_width ? 0 : m_taken[std::size_t(y * m_width + x)];
        }
    }

private:
    int index(QPointF p) const {
        const int x = int(std::floor((p.x() - m_origin.x()) / kGridStep));
        const int y = int(std::floor((p.y() - m_origin.y()) / kGridStep));
        return x < 0 || y < 0 || x >= m_width || y >= m_height ? -1 : y * m_width + x;
    }
    // The cell the curve runs through is kOn, its neighbours kBeside (unless on another).
    void markPoint(QPointF p) {
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                const int i = index(p + QPointF(dx * kGridStep, dy * kGridStep));
                if (i >= 0) {
                    std::uint8_t& cell = m_taken[std::size_t(i)];
                    cell = std::max(cell, dx == 0 && dy == 0 ? kOn : kBeside);
                }
            }
        }
    }

    QPointF m_origin;
    int m_width;
    int m_height;
    std::vector<std::uint8_t> m_taken;
};

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
        : SearchArea((slot.box | target)
                         .adjusted(-kSearchMargin, -kSearchMargin, kSearchMargin, kSearchMargin)) {}
    explicit SearchArea(const QRectF& r)
        : rect(r), width(int(std::ceil(rect.width() / kGridStep))),
          height(int(std::ceil(rect.height() / kGridStep))) {}

    QPointF centre(int cell) const {
        return QPointF(rect.left() + (cell % width + 0.5) * kGridStep,
                       rect.top() + (cell / width + 0.5) * kGridStep);
    }
};

// Cubic pieces (three points each, as LayoutArrow::pieces) along a polyline, its corners
// rounded.
std::vector<QPointF> roundedPieces(const std::vector<QPointF>& points);

// Which of `cells` (a range of the search area's grid) earlier arrows run through, as the
// search sees them.
std::vector<std::uint8_t> crowdIn(const SearchArea& area, const QRect& cells,
                                  const Occupancy& occupancy);

// Every cell of the search area's grid, as a range.
inline QRect wholeGrid(const SearchArea& area) {
    return QRect(0, 0, area.width, area.height);
}

// The scene rectangle of a range of the search grid's cells, grown by what can block a cell.
QRectF sceneRectOf(const SearchArea& area, const QRect& cells);

// The polyline of a detour from the slot's free exits (in order of preference) to a free end
// of the target, or nullopt. greed multiplies the estimate of the cost still to go (1: the
// cheapest route). read, when given, receives the range of grid cells whose blocking or crowding
// the search read (for the route memo); searched holds the search's states. The route keeps out
// of keepOut as it keeps out of boxes (another arrow's run it must not lie along).
std::optional<Detour> findDetour(QPointF start, const Slot& slot, const std::vector<Exit>& exits,
                                 const ArrowOrigin& origin, const BoxIndex& index,
                                 const std::vector<QPointF>& usedEnds, const Occupancy& occupancy,
                                 int greed, QRect* read, SearchStates& searched,
                                 const std::vector<QRectF>& keepOut = {});

// The same search over the whole diagram and kWideMargin round it, for an arrow that no detour
// near its two ends brings through (a tall list standing between a frame and its target: the
// way round is past the list's far end).
constexpr qreal kWideMargin = 3 * kGridStep + kOutside;
SearchArea wideSearchArea(const Slot& slot, const QRectF& target, const BoxIndex& index);
std::optional<Detour> findWideDetour(QPointF start, const Slot& slot,
                                     const std::vector<Exit>& exits, const ArrowOrigin& origin,
                                     const BoxIndex& index, const std::vector<QPointF>& usedEnds,
                                     const Occupancy& occupancy, SearchStates& searched,
                                     const std::vector<QRectF>& keepOut = {});

} // namespace memstep::ui::routing
