#include "arrow_item.h"
#include "box_item.h"
#include "diagram_scene.h"
#include "state_builder.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using memstep::core::FrameId;
using memstep::core::ObjectId;
using memstep::ui::CellRole;
using memstep::ui::DiagramScene;
using memstep::ui::test::StateBuilder;

TEST(DiagramScene, ListStateMakesFrameListAndArrows) {
    StateBuilder b;
    const ObjectId one = b.integer(1);
    const ObjectId xs = b.list({one, one});
    b.frame("<module>", {{"xs", xs}, {"ys", xs}});
    DiagramScene scene;
    scene.setOptions({.everyObject = true});
    QSignalSpy changed(&scene, &DiagramScene::diagramChanged);
    scene.showState(b.state);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(scene.frameItemCount(), 1u);
    EXPECT_EQ(scene.objectItemCount(), 2u);
    // xs, ys -> list; list[0], list[1] -> 1.
    EXPECT_EQ(scene.arrowItemCount(), 4u);
    ASSERT_NE(scene.objectItem(xs), nullptr);
    EXPECT_EQ(scene.objectItem(xs)->box().title, "list");
    EXPECT_EQ(scene.frameItem(FrameId{1})->box().title, "Global frame");
    // Items sit where the layout put them.
    EXPECT_EQ(scene.objectItem(xs)->sceneBoundingRect().adjusted(2, 2, -2, -2),
              scene.currentLayout().findObject(xs)->rect);
    EXPECT_TRUE(scene.sceneRect().contains(scene.objectItem(one)->sceneBoundingRect()));
}

TEST(DiagramScene, ItemsLiveAsLongAsTheirObjects) {
    StateBuilder b;
    const ObjectId xs = b.list({});
    const ObjectId d = b.dict({});
    b.frame("<module>", {{"xs", xs}, {"d", d}});
    DiagramScene scene;
    scene.showState(b.state);
    memstep::ui::BoxItem* listItem = scene.objectItem(xs);
    ASSERT_NE(listItem, nullptr);
    ASSERT_NE(scene.objectItem(d), nullptr);
    const std::size_t itemsBefore = scene.items().size();

    // Next step: d rebound to the list, the dict is gone.
    b.state.frames[0].vars[1].second = xs;
    b.state.heap.erase(d);
    scene.showState(b.state);
    EXPECT_EQ(scene.objectItem(xs), listItem);
    EXPECT_EQ(scene.objectItem(d), nullptr);
    EXPECT_EQ(scene.objectItemCount(), 1u);
    EXPECT_EQ(scene.items().size(), itemsBefore - 1);

    scene.clearDiagram();
    EXPECT_TRUE(scene.items().isEmpty());
}

TEST(DiagramScene, EveryObjectOptionRedrawsWithScalarBoxes) {
    StateBuilder b;
    const ObjectId ten = b.integer(10);
    const ObjectId s = b.str("hi");
    const ObjectId xs = b.list({ten, s});
    b.frame("<module>", {{"xs", xs}});
    DiagramScene scene;
    scene.showState(b.state);
    // By default no name points at 10 or 'hi': they are text in the list's cells.
    EXPECT_EQ(scene.objectItemCount(), 1u);
    EXPECT_EQ(scene.arrowItemCount(), 1u);
    QStringList texts;
    for (const auto& cell : scene.objectItem(xs)->box().cells) {
        if (cell.role == CellRole::Value) {
            texts << cell.text;
        }
    }
    EXPECT_EQ(texts, (QStringList{"10", "'hi'"}));
    scene.setOptions({.everyObject = true});
    EXPECT_EQ(scene.objectItemCount(), 3u);
    EXPECT_EQ(scene.arrowItemCount(), 3u);
    ASSERT_NE(scene.objectItem(ten), nullptr);
    ASSERT_NE(scene.objectItem(s), nullptr);
}

TEST(DiagramScene, DictTupleSetAndFunctionItems) {
    StateBuilder b;
    const ObjectId k = b.str("k");
    const ObjectId v = b.integer(5);
    const ObjectId d = b.dict({{k, v}});
    const ObjectId t = b.sequence("tuple", {v});
    const ObjectId st = b.sequence("set", {v});
    const ObjectId f = b.function("f", {"x", "y"});
    b.frame("<module>", {{"d", d}, {"t", t}, {"s", st}, {"f", f}});
    DiagramScene scene;
    scene.setOptions({.everyObject = true});
    scene.showState(b.state);
    EXPECT_EQ(scene.objectItem(d)->box().title, "dict");
    EXPECT_EQ(scene.objectItem(t)->box().title, "tuple");
    EXPECT_TRUE(scene.objectItem(t)->box().immutable);
    EXPECT_EQ(scene.objectItem(st)->box().title, "set");
    // Sets have no index captions.
    for (const auto& cell : scene.objectItem(st)->box().cells) {
        EXPECT_NE(cell.role, CellRole::Caption);
    }
    EXPECT_EQ(scene.objectItem(f)->box().cells[0].text, "f(x, y)");
    EXPECT_EQ(scene.objectItem(k), nullptr);
    EXPECT_NE(scene.objectItem(v), nullptr);
    EXPECT_EQ(scene.arrowItem(memstep::ui::ArrowKey{true, 1, 1})->arrow().target, d);
}
