// The router's finder of arrows running along each other (ui/layout/shared_runs.h), on
// hand-made routes: what it reports is what the router then separates, and what
// tests/layout/check_layout.py calls a shared segment must be among it.
#include "shared_runs.h"

#include <gtest/gtest.h>

using memstep::ui::LayoutArrow;
using namespace memstep::ui::routing;

namespace {

using Route = std::vector<QPointF>;

TEST(SharedRuns, RoutesOnOneLineForLongerThanTheLimitAreShared) {
    // An L-shaped detour whose long leg lies on a straight route for 40 px.
    const std::vector<Route> routes = {{{0, 0}, {100, 0}},
                                       {{60, -50}, {60, -0.5}, {100 + 40, -0.5}}};
    const std::vector<SharedRun> runs = findSharedRuns(routes);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].first, 0u);
    EXPECT_EQ(runs[0].second, 1u);
    ASSERT_FALSE(runs[0].firstPieces.empty());
    EXPECT_EQ(runs[0].secondPieces.size(), runs[0].firstPieces.size());
    const std::vector<QLineF> along = sharedPieces(routes[1], routes, 1);
    ASSERT_EQ(along.size(), 1u);
    EXPECT_EQ(along[0], QLineF(0, 0, 100, 0));
}

TEST(SharedRuns, NeighbouringLinesCrossingsAndShortTouchesAreNot) {
    const std::vector<Route> routes = {
        {{0, 0}, {100, 0}},
        {{0, 4}, {100, 4}},              // a grid line away: two lines a reader can follow
        {{50, -50}, {50, 50}},           // a crossing
        {{200, 0}, {203, 0}, {203, 50}}, // end to end with the next for 3 px only
        {{200.5, 0.5}, {202.5, 0.5}, {202.5, -50}}};
    EXPECT_TRUE(findSharedRuns(routes).empty());
    for (std::size_t i = 0; i < routes.size(); ++i) {
        EXPECT_TRUE(sharedPieces(routes[i], routes, i).empty()) << i;
    }
}

TEST(SharedRuns, LongPiecesCrossingAtAShallowAngleShareTheirMiddle) {
    // Two straight pieces 100 px long crossing at 5 degrees: their ends are over 4 px apart,
    // but round the crossing they lie within kSharedDistance of each other for about 45 px,
    // and a reader sees one line there.
    const qreal rise = 50 * std::tan(5 * M_PI / 180);
    const std::vector<Route> routes = {{{0, 0}, {100, 0}}, {{0, -rise}, {100, rise}}};
    const std::vector<SharedRun> runs = findSharedRuns(routes);
    ASSERT_EQ(runs.size(), 1u);
    const qreal shared = runAlong(QLineF(0, 0, 100, 0), QLineF(0, -rise, 100, rise));
    EXPECT_NEAR(shared, 2 * kSharedDistance / std::tan(5 * M_PI / 180), 0.5);
}

TEST(SharedRuns, ManyPiecesOfACurveAddUp) {
    // Two routes that run together in short pieces (a curve flattened): each piece alone is
    // under the limit, together they are over it.
    Route a;
    Route b;
    for (int i = 0; i <= 10; ++i) {
        a.emplace_back(i * 2.0, 0.0);
        b.emplace_back(i * 2.0 + 1.0, 1.0);
    }
    const std::vector<SharedRun> runs = findSharedRuns({a, b});
    ASSERT_EQ(runs.size(), 1u);
    // Reported once per pair of pieces, whatever bucket each lies in.
    EXPECT_LE(runs[0].firstPieces.size(), 20u);
}

TEST(SharedRuns, FlattenedArrowKeepsStraightPiecesWholeAndFollowsBends) {
    LayoutArrow straight;
    straight.start = QPointF(0, 0);
    straight.control1 = QPointF(10, 0);
    straight.control2 = QPointF(20, 0);
    straight.end = QPointF(30, 0);
    EXPECT_EQ(flattenedArrow(straight), (Route{{0, 0}, {30, 0}}));

    LayoutArrow bent = straight;
    bent.control1 = QPointF(0, 40);
    bent.control2 = QPointF(30, 40);
    const Route points = flattenedArrow(bent);
    ASSERT_GT(points.size(), 4u);
    EXPECT_EQ(points.front(), QPointF(0, 0));
    EXPECT_EQ(points.back(), QPointF(30, 0));
    // The curve's middle (t = 1/2) is at y = 30; the polyline passes within a pixel of it.
    qreal nearest = 1e9;
    for (QPointF p : points) {
        nearest = std::min(nearest, QLineF(p, QPointF(15, 30)).length());
    }
    EXPECT_LT(nearest, 1.5);
}

TEST(SharedRuns, KeepOutRectsCoverThePiecesWithRoomToSpare) {
    const std::vector<QRectF> rects = keepOutRects({QLineF(10, 10, 10, 50)});
    ASSERT_EQ(rects.size(), 1u);
    EXPECT_TRUE(rects[0].contains(QPointF(8, 10)));
    EXPECT_TRUE(rects[0].contains(QPointF(12, 50)));
    EXPECT_FALSE(rects[0].contains(QPointF(14, 30)));
}

} // namespace
