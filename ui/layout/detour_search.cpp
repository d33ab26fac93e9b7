#include "detour_search.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace memstep::ui::routing {

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
        const qreal r = std::min(
            {kCornerRadius, std::hypot(in.x(), in.y()) / 2, std::hypot(out.x(), out.y()) / 2});
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

std::vector<std::uint8_t> crowdIn(const SearchArea& area, const QRect& cells,
                                  const Occupancy& occupancy) {
    std::vector<std::uint8_t> crowd;
    if (cells.isEmpty()) {
        return crowd;
    }
    crowd.resize(std::size_t(cells.width()) * std::size_t(cells.height()));
    for (int y = cells.top(); y <= cells.bottom(); ++y) {
        occupancy.copyRow(area.centre(y * area.width + cells.left()), cells.width(),
                          crowd.data() + std::size_t(y - cells.top()) * std::size_t(cells.width()));
    }
    return crowd;
}

QRectF sceneRectOf(const SearchArea& area, const QRect& cells) {
    const qreal grow = kClearance + kGridStep;
    return QRectF(area.rect.left() + cells.left() * kGridStep,
                  area.rect.top() + cells.top() * kGridStep, cells.width() * kGridStep,
                  cells.height() * kGridStep)
        .adjusted(-grow, -grow, grow, grow);
}

namespace {

// Directions: 0 right, 1 down, 2 left, 3 up. A search state is a cell and the direction the
// route entered it by (cell * 4 + direction), so a turn can be charged.
constexpr std::array<int, 4> kDx = {1, 0, -1, 0};
constexpr std::array<int, 4> kDy = {0, 1, 0, -1};
// What a step into a cell costs beyond 1, by what Occupancy says of it.
constexpr std::array<int, 3> kCrowding = {0, kCrowdCost, kShareCost};

// The points of a polyline without repeats, and without the middle one of three collinear
// points running on in one direction, so only real corners get rounded.
std::vector<QPointF> withoutStraightPoints(const std::vector<QPointF>& points) {
    std::vector<QPointF> clean;
    for (QPointF p : points) {
        if (!clean.empty() && QLineF(clean.back(), p).length() < 0.01) {
            continue;
        }
        if (clean.size() >= 2) {
            const QPointF a = clean[clean.size() - 2];
            const QPointF b = clean.back();
            const qreal cross =
                (b.x() - a.x()) * (p.y() - b.y()) - (b.y() - a.y()) * (p.x() - b.x());
            const qreal dot = (b.x() - a.x()) * (p.x() - b.x()) + (b.y() - a.y()) * (p.y() - b.y());
            if (std::abs(cross) < 1e-6 && dot > 0) {
                clean.back() = p;
                continue;
            }
        }
        clean.push_back(p);
    }
    return clean;
}

// The open states of a search by priority (cost + estimate, a small whole number): a stack per
// priority, so taking the cheapest is a short scan up from the last one taken instead of a
// heap's reshuffle, which was most of a big search's time. Of equal priorities the state
// opened last goes first, which runs on along the way being followed.
class BucketQueue {
public:
    bool empty() const { return m_size == 0; }

    void push(int priority, int state) {
        if (std::size_t(priority) >= m_buckets.size()) {
            m_buckets.resize(std::size_t(priority) + 1);
        }
        m_buckets[std::size_t(priority)].push_back(state);
        m_lowest = std::min(m_lowest, priority);
        ++m_size;
    }

    // The cheapest (priority, state); only when not empty.
    std::pair<int, int> pop() {
        while (m_buckets[std::size_t(m_lowest)].empty()) {
            ++m_lowest;
        }
        std::vector<int>& bucket = m_buckets[std::size_t(m_lowest)];
        const int state = bucket.back();
        bucket.pop_back();
        --m_size;
        return {m_lowest, state};
    }

private:
    std::vector<std::vector<int>> m_buckets;
    std::size_t m_size = 0;
    int m_lowest = std::numeric_limits<int>::max(); // no stored priority is lower
};

// One detour search: the grid round the slot and the target, its blocked cells, where a route
// may start (out of a free exit) and end (just off a free end of the target), and the A*
// search between them.
class DetourSearch {
public:
    DetourSearch(QPointF start, const Slot& slot, const ArrowOrigin& origin, const SearchArea& area,
                 QRect* read)
        : m_start(start), m_slot(slot), m_target(origin.target->rect), m_grid(area), m_read(read),
          m_readLeft(m_grid.width), m_readTop(m_grid.height),
          m_blocked(std::size_t(m_grid.width) * std::size_t(m_grid.height), 0),
          m_goalAt(m_blocked.size(), -1) {}

    // Every box in the area, kept kClearance away from, and the rectangles to keep out of.
    void block(const BoxIndex& index, const std::vector<QRectF>& keepOut) {
        index.forEachIn(m_grid.rect, [&](const LayoutBox& box) {
            blockRect(box.rect.adjusted(-kClearance, -kClearance, kClearance, kClearance));
        });
        for (const QRectF& r : keepOut) {
            blockRect(r);
        }
    }

    void blockRect(const QRectF& r) {
        const QRectF area = m_grid.rect;
        if (!r.intersects(area)) {
            return;
        }
        const int x0 = std::max(0, int(std::floor((r.left() - area.left()) / kGridStep)));
        const int x1 =
            std::min(m_grid.width - 1, int(std::floor((r.right() - area.left()) / kGridStep)));
        const int y0 = std::max(0, int(std::floor((r.top() - area.top()) / kGridStep)));
        const int y1 =
            std::min(m_grid.height - 1, int(std::floor((r.bottom() - area.top()) / kGridStep)));
        for (int y = y0; y <= y1; ++y) {
            std::fill(m_blocked.begin() + y * m_grid.width + x0,
                      m_blocked.begin() + y * m_grid.width + x1 + 1, std::uint8_t(1));
        }
    }

    // The cells just off the target's free ends, on the sides facing the start; false if none.
    bool addGoals(const std::vector<QPointF>& usedEnds) {
        for (Side side : sidesFacing(m_start, m_target)) {
            QPointF normal;
            switch (side) {
            case Side::Left:
                normal = QPointF(-1, 0);
                break;
            case Side::Right:
                normal = QPointF(1, 0);
                break;
            case Side::Top:
                normal = QPointF(0, -1);
                break;
            case Side::Bottom:
                normal = QPointF(0, 1);
                break;
            }
            for (QPointF end : endPoints(m_target, side, m_start)) {
                if (!endIsFree(end, usedEnds)) {
                    continue;
                }
                const QPointF approach = end + normal * kOutside;
                const int cell = cellOf(approach);
                if (cell >= 0) {
                    noteRead(cell);
                }
                if (cell >= 0 && !m_blocked[std::size_t(cell)] && m_goalAt[std::size_t(cell)] < 0) {
                    m_goalAt[std::size_t(cell)] = int(m_goals.size());
                    m_goals.push_back(Goal{end, approach});
                }
            }
        }
        return !m_goals.empty();
    }

    // The A* search from the exits (a less preferred exit costs a turn more per rank) to a
    // goal; the reached state, or -1.
    int search(const std::vector<Exit>& exits, const Occupancy& occupancy, int greed,
               SearchStates& searched) {
        searched.reset(std::size_t(m_grid.width) * std::size_t(m_grid.height) * 4);
        m_greed = greed;
        // Read once for the whole area: a search looks at each cell several times.
        m_crowded = occupancy.active() ? crowdIn(m_grid, wholeGrid(m_grid), occupancy)
                                       : std::vector<std::uint8_t>(m_blocked.size(), 0);
        addStarts(exits, searched);
        int expanded = 0;
        m_ranOut = false;
        while (!m_open.empty()) {
            if (++expanded >= kMaxSearchStates) {
                m_ranOut = true;
                break;
            }
            const auto [priority, state] = m_open.pop();
            const int cell = state / 4;
            const int here = searched.cost(state);
            if (priority - estimate(cell) > here) {
                continue; // a stale entry
            }
            if (m_goalAt[std::size_t(cell)] >= 0) {
                return state;
            }
            expand(state, here, searched);
        }
        return -1;
    }

    // Whether the last search stopped at kMaxSearchStates rather than finding every way closed.
    bool ranOutOfStates() const { return m_ranOut; }

    // The route found, start to end: the exit, the corners, the approach and the end.
    std::optional<Detour> polyline(int reached, const SearchStates& searched) const {
        std::vector<int> path;
        for (int state = reached; state >= 0; state = searched.parent(state)) {
            path.push_back(state);
        }
        std::reverse(path.begin(), path.end());
        const int firstDir = path.front() % 4;
        const Start* from = nullptr;
        for (const Start& s : m_starts) {
            if (cellOf(s.point) == path.front() / 4 && s.dir == firstDir) {
                from = &s;
            }
        }
        if (from == nullptr) {
            return std::nullopt;
        }
        const Goal& goal = m_goals[std::size_t(m_goalAt[std::size_t(reached / 4)])];
        // The cells where the direction changes are the corners.
        std::vector<QPointF> corners;
        for (std::size_t i = 1; i < path.size(); ++i) {
            if (path[i] % 4 != path[i - 1] % 4) {
                corners.push_back(m_grid.centre(path[i - 1] / 4));
            }
        }
        // Line the first and last runs up with the exact exit and approach points (at most half
        // a grid step away, inside the clearance).
        if (!corners.empty()) {
            if (firstDir % 2 == 0) {
                corners.front().setY(from->point.y());
            } else {
                corners.front().setX(from->point.x());
            }
            if (path.back() % 4 % 2 == 0) {
                corners.back().setY(goal.approach.y());
            } else {
                corners.back().setX(goal.approach.x());
            }
        }
        std::vector<QPointF> points{m_start, from->point};
        points.insert(points.end(), corners.begin(), corners.end());
        points.push_back(goal.approach);
        points.push_back(goal.end);
        return Detour{withoutStraightPoints(points)};
    }

private:
    struct Goal {
        QPointF end;
        QPointF approach;
    };
    struct Start {
        QPointF point;
        int dir;
    };

    int cellOf(QPointF p) const {
        const int x = int(std::floor((p.x() - m_grid.rect.left()) / kGridStep));
        const int y = int(std::floor((p.y() - m_grid.rect.top()) / kGridStep));
        return x < 0 || y < 0 || x >= m_grid.width || y >= m_grid.height ? -1
                                                                         : y * m_grid.width + x;
    }

    // Every cell whose blocking or crowding is read, for the route memo.
    void noteRead(int cell) {
        m_readLeft = std::min(m_readLeft, cell % m_grid.width);
        m_readRight = std::max(m_readRight, cell % m_grid.width);
        m_readTop = std::min(m_readTop, cell / m_grid.width);
        m_readBottom = std::max(m_readBottom, cell / m_grid.width);
        if (m_read != nullptr) {
            *m_read = QRect(QPoint(m_readLeft, m_readTop), QPoint(m_readRight, m_readBottom));
        }
    }

    int estimate(int cell) const {
        const QPointF p = m_grid.centre(cell);
        const qreal dx = std::max({0.0, m_target.left() - p.x(), p.x() - m_target.right()});
        const qreal dy = std::max({0.0, m_target.top() - p.y(), p.y() - m_target.bottom()});
        return m_greed * int((dx + dy) / kGridStep);
    }

    // Just outside the slot's box, level with the slot, for each free exit (every exit when
    // none is free).
    void addStarts(const std::vector<Exit>& exits, SearchStates& searched) {
        const bool anyFree =
            std::any_of(exits.begin(), exits.end(), [&](Exit e) { return m_slot.isFree(e); });
        for (std::size_t rank = 0; rank < exits.size(); ++rank) {
            if (anyFree && !m_slot.isFree(exits[rank])) {
                continue;
            }
            QPointF p;
            int dir = 0;
            switch (exits[rank]) {
            case Exit::Right:
                p = QPointF(m_slot.box.right() + kOutside, m_start.y());
                dir = 0;
                break;
            case Exit::Down:
                p = QPointF(m_start.x(), m_slot.box.bottom() + kOutside);
                dir = 1;
                break;
            case Exit::Up:
                p = QPointF(m_start.x(), m_slot.box.top() - kOutside);
                dir = 3;
                break;
            case Exit::Left:
                p = QPointF(m_slot.box.left() - kOutside, m_start.y());
                dir = 2;
                break;
            }
            const int cell = cellOf(p);
            if (cell >= 0) {
                noteRead(cell);
            }
            if (cell < 0 || m_blocked[std::size_t(cell)]) {
                continue;
            }
            const int state = cell * 4 + dir;
            const int initial = int(rank) * kTurnCost;
            if (initial < searched.cost(state)) {
                searched.set(state, initial, -1);
                m_open.push(initial + estimate(cell), state);
            }
            m_starts.push_back({p, dir});
        }
    }

    // Opens the neighbours of a state: a step costs 1, a turn kTurnCost more, a cell an
    // earlier arrow runs beside kCrowdCost more, one it runs through kShareCost more; no step
    // reverses.
    void expand(int state, int here, SearchStates& searched) {
        const int cell = state / 4;
        const int dir = state % 4;
        const int x = cell % m_grid.width;
        const int y = cell / m_grid.width;
        for (int next = 0; next < 4; ++next) {
            if (next == (dir + 2) % 4) {
                continue;
            }
            const int nx = x + kDx[std::size_t(next)];
            const int ny = y + kDy[std::size_t(next)];
            if (nx < 0 || ny < 0 || nx >= m_grid.width || ny >= m_grid.height) {
                continue;
            }
            const int nextCell = ny * m_grid.width + nx;
            noteRead(nextCell);
            if (m_blocked[std::size_t(nextCell)]) {
                continue;
            }
            const int nextState = nextCell * 4 + next;
            const int nextCost = here + 1 + (next != dir ? kTurnCost : 0) +
                                 kCrowding[m_crowded[std::size_t(nextCell)]];
            if (nextCost < searched.cost(nextState)) {
                searched.set(nextState, nextCost, state);
                m_open.push(nextCost + estimate(nextCell), nextState);
            }
        }
    }

    QPointF m_start;
    const Slot& m_slot;
    QRectF m_target;
    SearchArea m_grid;
    QRect* m_read;
    int m_readLeft;
    int m_readTop;
    int m_readRight = -1;
    int m_readBottom = -1;
    std::vector<std::uint8_t> m_blocked;
    std::vector<std::uint8_t> m_crowded; // per cell: Occupancy::kFree, kBeside or kOn
    std::vector<Goal> m_goals;
    std::vector<int> m_goalAt; // per cell: its goal's index in m_goals, or -1
    std::vector<Start> m_starts;
    BucketQueue m_open;
    int m_greed = 1;
    bool m_ranOut = false;
};

std::optional<Detour> searchIn(const SearchArea& area, QPointF start, const Slot& slot,
                               const std::vector<Exit>& exits, const ArrowOrigin& origin,
                               const BoxIndex& index, const std::vector<QPointF>& usedEnds,
                               const Occupancy& occupancy, int greed, QRect* read,
                               SearchStates& searched, const std::vector<QRectF>& keepOut) {
    // A long way through a crowded diagram can open more states than a search may: the cheapest
    // route then lies beyond reach, but a route a little longer, found greedily, does not, and
    // any route beats a curve through the boxes.
    constexpr int kMaxGreed = 16;
    for (;; greed *= 2) {
        QRect looked;
        DetourSearch search(start, slot, origin, area, read != nullptr ? &looked : nullptr);
        search.block(index, keepOut);
        const bool anyGoal = search.addGoals(usedEnds);
        const int reached = anyGoal ? search.search(exits, occupancy, greed, searched) : -1;
        if (read != nullptr) {
            *read = read->isEmpty() ? looked : read->united(looked);
        }
        if (reached >= 0) {
            return search.polyline(reached, searched);
        }
        if (!search.ranOutOfStates() || greed >= kMaxGreed) {
            return std::nullopt;
        }
    }
}

} // namespace

std::optional<Detour> findDetour(QPointF start, const Slot& slot, const std::vector<Exit>& exits,
                                 const ArrowOrigin& origin, const BoxIndex& index,
                                 const std::vector<QPointF>& usedEnds, const Occupancy& occupancy,
                                 int greed, QRect* read, SearchStates& searched,
                                 const std::vector<QRectF>& keepOut) {
    return searchIn(SearchArea(slot, origin.target->rect), start, slot, exits, origin, index,
                    usedEnds, occupancy, greed, read, searched, keepOut);
}

SearchArea wideSearchArea(const Slot& slot, const QRectF& target, const BoxIndex& index) {
    return SearchArea((index.bounds() | slot.box | target)
                          .adjusted(-kWideMargin, -kWideMargin, kWideMargin, kWideMargin));
}

std::optional<Detour> findWideDetour(QPointF start, const Slot& slot,
                                     const std::vector<Exit>& exits, const ArrowOrigin& origin,
                                     const BoxIndex& index, const std::vector<QPointF>& usedEnds,
                                     const Occupancy& occupancy, SearchStates& searched,
                                     const std::vector<QRectF>& keepOut) {
    return searchIn(wideSearchArea(slot, origin.target->rect, index), start, slot, exits, origin,
                    index, usedEnds, occupancy, 1, nullptr, searched, keepOut);
}

} // namespace memstep::ui::routing
