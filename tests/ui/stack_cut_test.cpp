// Deep stacks: past StackCut::kCutAbove frames the diagram draws the outermost few, one
// "... N frames not shown ..." marker and the innermost several, with arrows only from the
// drawn frames.
#include "box_item.h"
#include "diagram_layout.h"
#include "diagram_scene.h"
#include "stack_cut.h"
#include "state_builder.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>
#include <iostream>

using memstep::core::ObjectId;
using memstep::ui::DiagramLayout;
using memstep::ui::LayoutOptions;
using memstep::ui::StackCut;
using memstep::ui::test::StateBuilder;

namespace {

// A recursion `depth` frames deep: <module> then f(n) frames, each n its own int, and the
// first and last frames sharing one list.
StateBuilder recursion(int depth) {
    StateBuilder b;
    const ObjectId shared = b.list({b.integer(7)});
    b.frame("<module>", {{"data", shared}});
    for (int i = 1; i < depth; ++i) {
        std::vector<memstep::core::NamedRef> vars{{"n", b.integer(i)}};
        if (i + 1 == depth) {
            vars.emplace_back("data", shared);
        }
        b.frame("f", std::move(vars));
    }
    return b;
}

} // namespace

TEST(StackCut, ShallowStacksAreDrawnWhole) {
    for (std::size_t frames : {std::size_t(0), std::size_t(1), StackCut::kCutAbove}) {
        const StackCut cut = StackCut::of(frames);
        EXPECT_EQ(cut.hidden, 0u);
        for (std::size_t i = 0; i < frames; ++i) {
            EXPECT_TRUE(cut.drawn(i));
            EXPECT_FALSE(cut.markerBefore(i));
        }
    }
    DiagramLayout layout;
    const auto result = layout.layout(recursion(int(StackCut::kCutAbove)).state, LayoutOptions{});
    EXPECT_EQ(result.frames.size(), StackCut::kCutAbove);
    for (const auto& box : result.frames) {
        EXPECT_EQ(box.hiddenFrames, 0);
    }
}

TEST(StackCut, ThousandFramesDrawTheEndsAndOneMarker) {
    constexpr int kDepth = 1000;
    const StateBuilder b = recursion(kDepth);
    DiagramLayout layout;
    QElapsedTimer timer;
    timer.start();
    const auto result = layout.layout(b.state, LayoutOptions{.everyObject = true});
    std::cout << "layout of a 1,000-frame state: " << timer.nsecsElapsed() / 1000 << " us\n";

    const std::size_t hidden = kDepth - StackCut::kOutermost - StackCut::kInnermost;
    ASSERT_EQ(result.frames.size(), StackCut::kOutermost + 1 + StackCut::kInnermost);
    const auto& marker = result.frames[StackCut::kOutermost];
    EXPECT_EQ(marker.hiddenFrames, int(hidden));
    EXPECT_FALSE(marker.frame.valid());
    EXPECT_TRUE(marker.cells.empty());
    EXPECT_EQ(marker.title, QStringLiteral("\u2026 %1 frames not shown \u2026").arg(hidden));
    // The outermost frames, then the innermost ones, in call order, the last one active.
    EXPECT_EQ(result.frames.front().frame, b.state.frames.front().id);
    EXPECT_EQ(result.frames[StackCut::kOutermost - 1].frame,
              b.state.frames[StackCut::kOutermost - 1].id);
    EXPECT_EQ(result.frames[StackCut::kOutermost + 1].frame,
              b.state.frames[StackCut::kOutermost + hidden].id);
    EXPECT_EQ(result.frames.back().frame, b.state.frames.back().id);
    EXPECT_TRUE(result.frames.back().active);
    for (std::size_t i = 1; i < result.frames.size(); ++i) {
        EXPECT_GT(result.frames[i].rect.top(), result.frames[i - 1].rect.bottom());
    }
    // Arrows leave drawn frames only, so only their objects are drawn: the shared list and
    // its int, and one int per drawn f frame.
    for (const auto& arrow : result.arrows) {
        EXPECT_FALSE(arrow.source.fromFrame && arrow.source.box == 0);
    }
    const std::size_t drawnF = StackCut::kOutermost - 1 + StackCut::kInnermost;
    EXPECT_EQ(result.objects.size(), 2 + drawnF);
    EXPECT_LT(result.bounds.height(), 3000);
}

TEST(StackCut, SceneDrawsTheMarker) {
    const StateBuilder b = recursion(200);
    memstep::ui::DiagramScene scene;
    scene.showState(b.state);
    EXPECT_EQ(scene.frameItemCount(), StackCut::kOutermost + 1 + StackCut::kInnermost);
    const memstep::ui::BoxItem* marker = scene.frameItem(memstep::core::FrameId{});
    ASSERT_NE(marker, nullptr);
    EXPECT_EQ(marker->box().hiddenFrames, 200 - int(StackCut::kOutermost + StackCut::kInnermost));
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter);
}

// The same idea for one huge object: a list of half a million items is drawn as its first
// kMaxItemsShown cells and a line with the rest's count, so showing it takes milliseconds.
TEST(HugeObjects, ListAndDictAreCutWithACount) {
    StateBuilder b;
    const ObjectId zero = b.integer(0);
    const ObjectId big = b.list(std::vector<ObjectId>(524'288, zero));
    std::vector<std::pair<ObjectId, ObjectId>> entries;
    for (int i = 0; i < 1200; ++i) {
        entries.emplace_back(b.integer(i), b.integer(10000 + i));
    }
    const ObjectId table = b.dict(std::move(entries));
    b.frame("<module>", {{"x", big}, {"d", table}});
    DiagramLayout layout;
    QElapsedTimer timer;
    timer.start();
    const auto result = layout.layout(b.state, LayoutOptions{.everyObject = true});
    std::cout << "layout of a 524,288-item list and a 1,200-entry dict: " << timer.elapsed()
              << " ms\n";
    const auto* list = result.findObject(big);
    ASSERT_NE(list, nullptr);
    int values = 0;
    for (const auto& cell : list->cells) {
        values += cell.role == memstep::ui::CellRole::Value ? 1 : 0;
    }
    EXPECT_EQ(values, int(DiagramLayout::kMaxItemsShown));
    EXPECT_EQ(list->cells.back().text, QStringLiteral("\u2026 523,288 more items"));
    const auto* dict = result.findObject(table);
    ASSERT_NE(dict, nullptr);
    EXPECT_EQ(dict->cells.back().text, QStringLiteral("\u2026 200 more entries"));
    // Keys are text; of the values only the first 1,000 are drawn, with the list, the dict and 0.
    EXPECT_EQ(result.objects.size(), DiagramLayout::kMaxItemsShown + 3);
}
