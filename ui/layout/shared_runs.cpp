#include "shared_runs.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>
#include <utility>

namespace memstep::ui::routing {

namespace {

// Buckets for pieces: a piece is compared only with pieces in the buckets its bounds meet.
constexpr qreal kBucket = 64;

qreal distanceFromLine(QPointF p, QPointF a, QPointF b) {
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    return std::abs(dx * (p.y() - a.y()) - dy * (p.x() - a.x())) / std::hypot(dx, dy);
}

QRectF boundsOf(const QLineF& piece) {
    return QRectF(piece.p1(), piece.p2())
        .normalized()
        .adjusted(-kSharedDistance, -kSharedDistance, kSharedDistance, kSharedDistance);
}

template <typename F> void forBuckets(const QRectF& r, F&& visit) {
    const auto x0 = static_cast<long long>(std::floor(r.left() / kBucket));
    const auto x1 = static_cast<long long>(std::floor(r.right() / kBucket));
    const auto y0 = static_cast<long long>(std::floor(r.top() / kBucket));
    const auto y1 = static_cast<long long>(std::floor(r.bottom() / kBucket));
    for (long long x = x0; x <= x1; ++x) {
        for (long long y = y0; y <= y1; ++y) {
            visit((x << 32) ^ (y & 0xffffffffLL));
        }
    }
}

std::vector<QLineF> piecesOf(const std::vector<QPointF>& route) {
    std::vector<QLineF> pieces;
    for (std::size_t i = 1; i < route.size(); ++i) {
        if (QLineF(route[i - 1], route[i]).length() > 1e-9) {
            pieces.emplace_back(route[i - 1], route[i]);
        }
    }
    return pieces;
}

// Appends the points of a cubic after its start, splitting it until each part is flat.
void flattenCubic(const std::array<QPointF, 4>& c, std::vector<QPointF>& out, int depth) {
    const bool flat = QLineF(c[0], c[3]).length() < 1e-9
                          ? true
                          : distanceFromLine(c[1], c[0], c[3]) < 0.25 &&
                                distanceFromLine(c[2], c[0], c[3]) < 0.25;
    if (flat || depth >= 8) {
        out.push_back(c[3]);
        return;
    }
    const auto [left, right] = splitCubic(c);
    flattenCubic(left, out, depth + 1);
    flattenCubic(right, out, depth + 1);
}

} // namespace

qreal runAlong(const QLineF& s, const QLineF& t) {
    const qreal length = s.length();
    const qreal other = t.length();
    if (length < 1e-9 || other < 1e-9) {
        return 0;
    }
    const QPointF u = (s.p2() - s.p1()) / length;
    const QPointF v = (t.p2() - t.p1()) / other;
    static const qreal maxSine = std::sin(kSharedAngle * M_PI / 180);
    if (std::abs(u.x() * v.y() - u.y() * v.x()) > maxSine) {
        return 0;
    }
    // Only the part of t within kSharedDistance of s's line counts: a long piece of a curve
    // that crosses s at a shallow angle runs along it near the crossing though its ends are
    // far from it (where the pieces were cut must not decide what is shared).
    const QPointF normal(-u.y(), u.x());
    const qreal d1 = QPointF::dotProduct(t.p1() - s.p1(), normal);
    const qreal d2 = QPointF::dotProduct(t.p2() - s.p1(), normal);
    qreal from = 0;
    qreal to = 1;
    if (std::abs(d2 - d1) < 1e-9) {
        if (std::abs(d1) > kSharedDistance) {
            return 0;
        }
    } else {
        const qreal ta = (-kSharedDistance - d1) / (d2 - d1);
        const qreal tb = (kSharedDistance - d1) / (d2 - d1);
        from = std::max<qreal>(0, std::min(ta, tb));
        to = std::min<qreal>(1, std::max(ta, tb));
        if (from >= to) {
            return 0;
        }
    }
    const QPointF along = t.p2() - t.p1();
    const qreal a = QPointF::dotProduct(t.p1() + along * from - s.p1(), u);
    const qreal b = QPointF::dotProduct(t.p1() + along * to - s.p1(), u);
    return std::max<qreal>(0,
                           std::min(length, std::max(a, b)) - std::max<qreal>(0, std::min(a, b)));
}

std::vector<QPointF> flattenedArrow(const LayoutArrow& arrow) {
    std::vector<QPointF> points{arrow.start};
    for (const auto& piece : arrowCurve(arrow)) {
        flattenCubic(piece, points, 0);
    }
    return points;
}

std::vector<SharedRun> findSharedRuns(const std::vector<std::vector<QPointF>>& routes) {
    struct Piece {
        std::size_t route;
        QLineF line;
        QRectF bounds;
    };
    std::vector<Piece> pieces;
    std::unordered_map<long long, std::vector<std::size_t>> buckets;
    for (std::size_t r = 0; r < routes.size(); ++r) {
        for (const QLineF& line : piecesOf(routes[r])) {
            const std::size_t index = pieces.size();
            pieces.push_back({r, line, boundsOf(line)});
            forBuckets(pieces.back().bounds, [&](long long key) { buckets[key].push_back(index); });
        }
    }
    // Each pair of pieces is measured once: in the bucket holding the top left corner of where
    // their bounds meet.
    struct Shared {
        qreal length = 0;
        std::vector<std::pair<std::size_t, std::size_t>> pieces;
    };
    std::map<std::pair<std::size_t, std::size_t>, Shared> pairs;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        forBuckets(pieces[i].bounds, [&](long long key) {
            for (std::size_t j : buckets[key]) {
                if (pieces[j].route <= pieces[i].route ||
                    !pieces[i].bounds.intersects(pieces[j].bounds)) {
                    continue;
                }
                const QRectF meet = pieces[i].bounds & pieces[j].bounds;
                long long home = 0;
                forBuckets(QRectF(meet.topLeft(), QSizeF(0, 0)), [&](long long k) { home = k; });
                if (home != key) {
                    continue;
                }
                const qreal along = runAlong(pieces[i].line, pieces[j].line);
                if (along > 0) {
                    Shared& shared = pairs[{pieces[i].route, pieces[j].route}];
                    shared.length += along;
                    shared.pieces.emplace_back(i, j);
                }
            }
        });
    }
    std::vector<SharedRun> runs;
    for (const auto& [key, shared] : pairs) {
        if (shared.length <= kSharedLength) {
            continue;
        }
        SharedRun run{key.first, key.second, {}, {}};
        for (const auto& [i, j] : shared.pieces) {
            run.firstPieces.push_back(pieces[i].line);
            run.secondPieces.push_back(pieces[j].line);
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

std::vector<QLineF> sharedPieces(const std::vector<QPointF>& route,
                                 const std::vector<std::vector<QPointF>>& routes,
                                 std::size_t skip) {
    const std::vector<QLineF> mine = piecesOf(route);
    std::vector<QRectF> mineBounds;
    mineBounds.reserve(mine.size());
    for (const QLineF& piece : mine) {
        mineBounds.push_back(boundsOf(piece));
    }
    std::vector<QLineF> found;
    for (std::size_t r = 0; r < routes.size(); ++r) {
        if (r == skip) {
            continue;
        }
        qreal shared = 0;
        std::vector<QLineF> theirs;
        for (const QLineF& other : piecesOf(routes[r])) {
            const QRectF otherBounds = boundsOf(other);
            bool along = false;
            for (std::size_t k = 0; k < mine.size(); ++k) {
                if (mineBounds[k].intersects(otherBounds)) {
                    const qreal length = runAlong(mine[k], other);
                    shared += length;
                    along = along || length > 0;
                }
            }
            if (along) {
                theirs.push_back(other);
            }
        }
        if (shared > kSharedLength) {
            found.insert(found.end(), theirs.begin(), theirs.end());
        }
    }
    return found;
}

std::vector<QRectF> keepOutRects(const std::vector<QLineF>& pieces) {
    // A grid cell blocked by a rectangle keeps a detour's centre line at least a cell away from
    // it; 3 px round the piece covers the cells it lies in and the edge of the next ones.
    constexpr qreal kMargin = 3;
    std::vector<QRectF> rects;
    rects.reserve(pieces.size());
    for (const QLineF& piece : pieces) {
        rects.push_back(QRectF(piece.p1(), piece.p2())
                            .normalized()
                            .adjusted(-kMargin, -kMargin, kMargin, kMargin));
    }
    return rects;
}

} // namespace memstep::ui::routing
