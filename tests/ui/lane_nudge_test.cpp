// Moving a detour's run into a lane of its own (ui/layout/lane_nudge.h), on hand-made arrows
// and boxes: the corners read back are the ones the arrow was drawn through, a run on another
// arrow's line moves just far enough to be told apart, and a move that would run into a box or
// onto a third arrow is not taken, but goes on across the gap as far as it takes; runs one
// after the other move one after the other.
#include "detour_search.h"
#include "lane_nudge.h"
#include "shared_runs.h"

#include <gtest/gtest.h>

using memstep::ui::ArrowOrigin;
using memstep::ui::LayoutArrow;
using memstep::ui::LayoutBox;
using namespace memstep::ui::routing;

namespace {

LayoutArrow arrowThrough(const std::vector<QPointF>& corners) {
    LayoutArrow arrow;
    arrow.start = corners.front();
    arrow.pieces = roundedPieces(corners);
    arrow.control1 = arrow.pieces.front();
    arrow.control2 = arrow.pieces[arrow.pieces.size() - 2];
    arrow.end = arrow.pieces.back();
    return arrow;
}

void expectNear(const std::vector<QPointF>& got, const std::vector<QPointF>& want) {
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        EXPECT_NEAR(got[i].x(), want[i].x(), 1e-6) << i;
        EXPECT_NEAR(got[i].y(), want[i].y(), 1e-6) << i;
    }
}

// Two frames' slots on the left, two targets on the right, both arrows turning down the same
// column x = 80 (as the grid search leaves them): the shape of the case found in a graph
// program's stack, where a frame's `u` and `visited` shared their way down for 58 px.
struct Scene {
    LayoutBox frame;
    LayoutBox near;
    LayoutBox far;
    LayoutBox wall;
    std::vector<LayoutArrow> arrows;
    std::vector<ArrowOrigin> origins;
    std::vector<std::vector<QPointF>> routes;

    explicit Scene(qreal wallX) {
        frame.isFrame = true;
        frame.rect = QRectF(0, 0, 60, 100);
        near.rect = QRectF(120, 140, 60, 40);
        far.rect = QRectF(120, 300, 60, 40);
        wall.rect = QRectF(wallX, 0, 10, 400);
        arrows = {arrowThrough({{50, 20}, {80, 20}, {80, 160}, {120, 160}}),
                  arrowThrough({{50, 60}, {80, 60}, {80, 320}, {120, 320}})};
        origins = {{&frame, 0, &near}, {&frame, 1, &far}};
        for (const LayoutArrow& arrow : arrows) {
            routes.push_back(flattenedArrow(arrow));
        }
    }
};

TEST(LaneNudge, CornersReadBackAreTheOnesDrawn) {
    const std::vector<QPointF> corners = {{0, 0},    {40, 0},   {40, 100},
                                          {46, 100}, {46, 200}, {300, 200}};
    expectNear(cornersOf(arrowThrough(corners)), corners);
    LayoutArrow single;
    single.start = QPointF(0, 0);
    single.end = QPointF(100, 0);
    EXPECT_TRUE(cornersOf(single).empty());
}

TEST(LaneNudge, ARunOnAnotherArrowsLineMovesIntoALaneOfItsOwn) {
    Scene scene(400);
    const std::vector<SharedRun> runs = findSharedRuns(scene.routes);
    ASSERT_EQ(runs.size(), 1u);
    const std::vector<const LayoutBox*> boxes = {&scene.frame, &scene.near, &scene.far,
                                                 &scene.wall};
    const BoxIndex index(boxes); // keeps a reference to boxes
    const std::optional<LayoutArrow> moved =
        nudgedApart(scene.arrows, scene.routes, scene.origins, 1, runs[0].firstPieces, index);
    ASSERT_TRUE(moved.has_value());
    const std::vector<QPointF> corners = cornersOf(*moved);
    ASSERT_EQ(corners.size(), 4u);
    // Start and end stay; the run down moves sideways by the smallest offset.
    EXPECT_EQ(corners.front(), QPointF(50, 60));
    EXPECT_EQ(corners.back(), QPointF(120, 320));
    EXPECT_NEAR(std::abs(corners[1].x() - 80), 3, 1e-6);
    EXPECT_NEAR(corners[1].x(), corners[2].x(), 1e-6);
    std::vector<std::vector<QPointF>> routes = scene.routes;
    routes[1] = flattenedArrow(*moved);
    EXPECT_TRUE(findSharedRuns(routes).empty());
}

TEST(LaneNudge, NoMoveIntoABoxOrOntoAThirdArrow) {
    // A box right beside the column on both sides leaves no lane: nothing is moved.
    Scene boxedIn(84);
    LayoutBox left;
    left.rect = QRectF(63, 110, 14, 200);
    const std::vector<const LayoutBox*> boxes = {&boxedIn.frame, &boxedIn.near, &boxedIn.far,
                                                 &boxedIn.wall, &left};
    const BoxIndex index(boxes);
    const std::vector<SharedRun> runs = findSharedRuns(boxedIn.routes);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_FALSE(
        nudgedApart(boxedIn.arrows, boxedIn.routes, boxedIn.origins, 1, runs[0].firstPieces, index)
            .has_value());

    // Third arrows on the lanes either side of the column: the move skips them.
    Scene lanes(400);
    const std::vector<const LayoutBox*> openBoxes = {&lanes.frame, &lanes.near, &lanes.far,
                                                     &lanes.wall};
    const BoxIndex open(openBoxes);
    for (qreal x : {83.0, 77.0}) {
        lanes.routes.push_back({{x, 0}, {x, 400}});
        lanes.arrows.push_back(lanes.arrows[0]);
        lanes.origins.push_back(lanes.origins[0]);
    }
    const std::vector<SharedRun> shared = findSharedRuns(lanes.routes);
    ASSERT_FALSE(shared.empty());
    const std::optional<LayoutArrow> moved =
        nudgedApart(lanes.arrows, lanes.routes, lanes.origins, 1, shared[0].firstPieces, open);
    ASSERT_TRUE(moved.has_value());
    EXPECT_NEAR(std::abs(cornersOf(*moved)[1].x() - 80), 6, 1e-6);
}

TEST(LaneNudge, AGapFullOfArrowsNearByStillHasALaneFurtherAcross) {
    // Arrows on every lane up to 24 px either side of the column, as in a big program's frames
    // whose arrows all run down between the stack and the heap: the run moves on to 27 px.
    Scene crowded(400);
    const std::vector<const LayoutBox*> boxes = {&crowded.frame, &crowded.near, &crowded.far,
                                                 &crowded.wall};
    const BoxIndex index(boxes);
    for (int lane = 1; lane <= 8; ++lane) {
        for (int side : {-1, 1}) {
            const qreal x = 80 + side * 3 * lane;
            crowded.routes.push_back({{x, 0}, {x, 400}});
            crowded.arrows.push_back(crowded.arrows[0]);
            crowded.origins.push_back(crowded.origins[0]);
        }
    }
    const std::vector<SharedRun> shared = findSharedRuns(crowded.routes);
    ASSERT_FALSE(shared.empty());
    const std::optional<LayoutArrow> moved = nudgedApart(
        crowded.arrows, crowded.routes, crowded.origins, 1, shared[0].firstPieces, index);
    ASSERT_TRUE(moved.has_value());
    EXPECT_NEAR(std::abs(cornersOf(*moved)[1].x() - 80), 27, 1e-6);
}

TEST(LaneNudge, RunsOneAfterTheOtherOnAnotherArrowsLinesAllMove) {
    // Two staircases down to one box, on each other's lines for three runs in a row: moving the
    // first run makes the second, across the gap, run along the other arrow until it moves too.
    Scene scene(400);
    scene.arrows = {
        arrowThrough({{50, 20}, {80, 20}, {80, 200}, {100, 200}, {100, 310}, {120, 310}}),
        arrowThrough({{50, 60}, {80, 60}, {80, 200}, {100, 200}, {100, 330}, {120, 330}})};
    scene.origins = {{&scene.frame, 0, &scene.far}, {&scene.frame, 1, &scene.far}};
    scene.routes = {flattenedArrow(scene.arrows[0]), flattenedArrow(scene.arrows[1])};
    const std::vector<const LayoutBox*> boxes = {&scene.frame, &scene.near, &scene.far,
                                                 &scene.wall};
    const BoxIndex index(boxes);
    const std::vector<SharedRun> runs = findSharedRuns(scene.routes);
    ASSERT_EQ(runs.size(), 1u);
    const std::optional<LayoutArrow> moved =
        nudgedApart(scene.arrows, scene.routes, scene.origins, 1, runs[0].firstPieces, index);
    ASSERT_TRUE(moved.has_value());
    const std::vector<QPointF> corners = cornersOf(*moved);
    ASSERT_EQ(corners.size(), 6u);
    EXPECT_EQ(corners.front(), QPointF(50, 60));
    EXPECT_EQ(corners.back(), QPointF(120, 330));
    std::vector<std::vector<QPointF>> routes = scene.routes;
    routes[1] = flattenedArrow(*moved);
    EXPECT_TRUE(findSharedRuns(routes).empty());
}

} // namespace
