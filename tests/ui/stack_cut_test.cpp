// Deep stacks: past StackCut::kCutAbove frames the diagram draws the outermost few, one
// "... N frames not shown ..." marker and the innermost several, with arrows only from the
// drawn frames.
#include "diagram_layout.h"
#include "diagram_scene.h"
#include "frame_item.h"
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
    const auto result = layout.layout(b.state, LayoutOptions{});
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
    EXPECT_EQ(result.frames[StackCut::kOutermost - 1].frame, b.state.frames[StackCut::kOutermost - 1].id);
    EXPECT_EQ(result.frames[StackCut::kOutermost + 1].frame, b.state.frames[StackCut::kOutermost + hidden].id);
    EXPECT_EQ(result.frames.back().frame, b.state.frames.back().id);
    EXPECT_TRUE(result.frames.back().active);
    for (std::size_t i = 1; i < result.frames.size(); ++i) {
        EXPECT_GT(result.frames[i].rect.top(), result.frames[i - 1].rect.bottom());
    }
    // Arrows leave drawn frames only, so only their objects are drawn: the shared list and
    // its int, and one int per drawn f frame.
    for (const auto& arrow : result.arrows) {
        EXPECT_FALSE(arrow.sourceKey.startsWith(QStringLiteral("f0:")));
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
    const memstep::ui::FrameItem* marker = scene.frameItem(memstep::core::FrameId{});
    ASSERT_NE(marker, nullptr);
    EXPECT_EQ(marker->box().hiddenFrames, 200 - int(StackCut::kOutermost + StackCut::kInnermost));
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter);
}
