#include "arrow_item.h"
#include "box_item.h"
#include "diagram_scene.h"
#include "example_library.h"
#include "memstep/run.h"
#include "step_animator.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QSignalSpy>
#include <gtest/gtest.h>
#include <optional>

using memstep::core::ObjectId;
using memstep::core::ProgramState;
using memstep::core::Trace;
using memstep::ui::ArrowItem;
using memstep::ui::DiagramScene;
using memstep::ui::StepAnimator;

namespace {

// Runs a shipped example (resources/examples, compiled in); input() answers "Ada".
memstep::core::RunResult runExample(const QString& resource) {
    const QByteArray source = memstep::ui::ExampleLibrary::source({QString(), resource}).toUtf8();
    EXPECT_FALSE(source.isEmpty()) << resource.toStdString();
    memstep::core::RunOptions options;
    options.readInput = [](std::string_view) { return std::optional<std::string>("Ada"); };
    return memstep::core::runProgram(
        std::string_view(source.constData(), std::size_t(source.size())), options);
}

QStringList examples() {
    QStringList resources;
    for (const memstep::ui::Example& example : memstep::ui::ExampleLibrary::examples()) {
        resources << example.resource;
    }
    return resources;
}

// Two scenes show the same picture: the same items, where they are, how they look.
void expectSameScene(const DiagramScene& animated, const DiagramScene& direct,
                     const std::string& where) {
    SCOPED_TRACE(where);
    ASSERT_EQ(animated.items().size(), direct.items().size());
    ASSERT_EQ(animated.frameItemCount(), direct.frameItemCount());
    ASSERT_EQ(animated.objectItemCount(), direct.objectItemCount());
    ASSERT_EQ(animated.arrowItemCount(), direct.arrowItemCount());
    EXPECT_EQ(animated.sceneRect(), direct.sceneRect());
    auto sameLook = [](const QGraphicsItem* a, const QGraphicsItem* b) {
        EXPECT_EQ(a->pos(), b->pos());
        EXPECT_EQ(a->opacity(), b->opacity());
        EXPECT_EQ(a->scale(), b->scale());
        EXPECT_EQ(a->isVisible(), b->isVisible());
        EXPECT_EQ(a->sceneBoundingRect(), b->sceneBoundingRect());
    };
    for (const auto& box : direct.currentLayout().frames) {
        const auto* a = animated.frameItem(box.frame);
        ASSERT_NE(a, nullptr);
        sameLook(a, direct.frameItem(box.frame));
        EXPECT_EQ(a->box().rect, direct.frameItem(box.frame)->box().rect);
    }
    for (const auto& box : direct.currentLayout().objects) {
        const auto* a = animated.objectItem(box.object);
        ASSERT_NE(a, nullptr);
        sameLook(a, direct.objectItem(box.object));
        EXPECT_EQ(a->box().rect, direct.objectItem(box.object)->box().rect);
        EXPECT_EQ(a->box().title, direct.objectItem(box.object)->box().title);
    }
    for (const auto& arrow : direct.currentLayout().arrows) {
        const ArrowItem* a = animated.arrowItem(arrow.source);
        ASSERT_NE(a, nullptr) << arrow.source.toString().toStdString();
        sameLook(a, direct.arrowItem(arrow.source));
        EXPECT_EQ(a->curve(), direct.arrowItem(arrow.source)->curve())
            << arrow.source.toString().toStdString();
        EXPECT_EQ(a->arrow().target, arrow.target);
    }
}

// The step of `trace` whose line is `line` and which rebinds `name`.
std::size_t stepRebinding(const Trace& trace, const std::string& name) {
    for (std::size_t i = 0; i < trace.stepCount(); ++i) {
        for (const auto& event : trace.events(i)) {
            if (event.kind == memstep::core::EventKind::Rebind && event.name == name) {
                return i;
            }
        }
    }
    return trace.stepCount();
}

} // namespace

// Every step of every example, animated into and driven to its end (once from the middle of
// the animation, once by the next prepare() interrupting it), draws exactly what showState()
// draws directly.
TEST(StepAnimator, EveryExampleStepEndsAsTheDirectDrawing) {
    const QStringList paths = examples();
    ASSERT_GE(paths.size(), 10);
    for (const QString& path : paths) {
        const memstep::core::RunResult run = runExample(path);
        const Trace& trace = run.trace;
        ASSERT_GT(trace.stepCount(), 0u) << path.toStdString();
        DiagramScene animated;
        DiagramScene direct;
        StepAnimator animator(&animated);
        for (std::size_t i = 0; i < trace.stepCount(); ++i) {
            const ProgramState state = trace.state(i);
            direct.showState(state);
            animator.prepare(state, trace.events(i));
            EXPECT_TRUE(animator.isActive());
            // Odd steps are left half-way: the next prepare() must finish them.
            animator.setProgress(i % 2 == 0 ? 0.37 : 0.5);
            if (i % 2 == 0 || i + 1 == trace.stepCount()) {
                animator.finish();
                EXPECT_FALSE(animator.isActive());
                EXPECT_EQ(animator.ghostCount(), 0u);
                expectSameScene(animated, direct,
                                QFileInfo(path).fileName().toStdString() + " step " +
                                    std::to_string(i));
            }
        }
    }
}

TEST(StepAnimator, RebindSlidesTheArrowHeadFromOldToNewObject) {
    const memstep::core::RunResult run =
        runExample(QStringLiteral(":/examples/02_seed_diverging.py"));
    const Trace& trace = run.trace;
    const std::size_t step = stepRebinding(trace, "a");
    ASSERT_LT(step, trace.stepCount());
    ObjectId from;
    ObjectId to;
    for (const auto& event : trace.events(step)) {
        if (event.kind == memstep::core::EventKind::Rebind) {
            from = event.from;
            to = event.object;
        }
    }
    DiagramScene scene;
    scene.showState(trace.state(step - 1));
    const QRectF oldBox = scene.currentLayout().findObject(from)->rect;
    StepAnimator animator(&scene);
    animator.prepare(trace.state(step), trace.events(step));
    const QRectF newBox = scene.currentLayout().findObject(to)->rect;
    ASSERT_NE(oldBox, newBox);
    // The arrow of `a` is the frame's first value cell.
    const auto& frame = scene.currentLayout().frames.front();
    std::optional<memstep::ui::ArrowKey> key;
    for (const auto& arrow : scene.currentLayout().arrows) {
        if (arrow.target == to && arrow.source.fromFrame) {
            key = arrow.source;
        }
    }
    ASSERT_TRUE(key.has_value()) << frame.title.toStdString();
    const ArrowItem* item = scene.arrowItem(*key);
    // At the start it still points at 10, at the end at 11, and half-way it is in between.
    auto head = [&] { return item->arrow().end; };
    EXPECT_LT(QLineF(head(), oldBox.center()).length(), QLineF(head(), newBox.center()).length());
    // It slides: the head passes through points that are neither its start nor its end, in
    // small steps (no jump), and travels a distance a person sees.
    animator.setProgress(0);
    const QPointF start = head();
    animator.setProgress(1);
    const QPointF end = head();
    EXPECT_GT(QLineF(start, end).length(), 20);
    QPointF last = start;
    int between = 0;
    for (qreal t = 0.05; t < 1; t += 0.05) {
        animator.setProgress(t);
        EXPECT_LT(QLineF(head(), last).length(), QLineF(start, end).length() / 2) << t;
        between += QLineF(head(), start).length() > 1 && QLineF(head(), end).length() > 1 ? 1 : 0;
        last = head();
    }
    EXPECT_GT(between, 5);
    animator.setProgress(1);
    EXPECT_LT(QLineF(head(), newBox.center()).length(), QLineF(head(), oldBox.center()).length());
    // The new int grew from nothing: invisible at the start.
    animator.setProgress(0);
    EXPECT_EQ(scene.objectItem(to)->opacity(), 0);
    EXPECT_EQ(scene.objectItem(from)->opacity(), 1);
    animator.finish();
    EXPECT_EQ(scene.objectItem(to)->opacity(), 1);
}

TEST(StepAnimator, FreedObjectsAndPoppedFramesLeaveAsGhosts) {
    const memstep::core::RunResult run = memstep::core::runProgram(
        "def f(n):\n    return n + 1\n\nx = f(1)\nnumbers = [300]\nnumbers = None\n");
    const Trace& trace = run.trace;
    DiagramScene scene;
    StepAnimator animator(&scene);
    bool sawPop = false;
    bool sawFree = false;
    scene.showState(trace.state(0));
    for (std::size_t i = 1; i < trace.stepCount(); ++i) {
        const std::size_t itemsBefore = scene.items().size();
        animator.prepare(trace.state(i), trace.events(i));
        bool pops = false;
        bool frees = false;
        for (const auto& event : trace.events(i)) {
            pops = pops || event.kind == memstep::core::EventKind::FramePop;
            frees = frees || event.kind == memstep::core::EventKind::Free;
        }
        if (pops || frees) {
            // Gone from the layout, still on screen while the step plays.
            EXPECT_GT(animator.ghostCount(), 0u);
            EXPECT_GE(scene.items().size(), itemsBefore);
            sawPop = sawPop || pops;
            sawFree = sawFree || frees;
        }
        animator.finish();
        EXPECT_EQ(animator.ghostCount(), 0u);
    }
    EXPECT_TRUE(sawPop);
    EXPECT_TRUE(sawFree);
}

TEST(StepAnimator, OutputAppearsDuringTheStep) {
    const memstep::core::RunResult run =
        memstep::core::runProgram("x = 1\nprint('hi', x)\ny = 2\n");
    const Trace& trace = run.trace;
    std::size_t printed = trace.stepCount();
    for (std::size_t i = 0; i < trace.stepCount() && printed == trace.stepCount(); ++i) {
        for (const auto& event : trace.events(i)) {
            if (event.kind == memstep::core::EventKind::Output) {
                printed = i;
            }
        }
    }
    ASSERT_LT(printed, trace.stepCount());
    DiagramScene scene;
    StepAnimator animator(&scene);
    scene.showState(trace.state(printed - 1));
    QSignalSpy output(&animator, &StepAnimator::outputChanged);
    animator.prepare(trace.state(printed), trace.events(printed));
    EXPECT_EQ(animator.visibleOutput(), QString());
    animator.setProgress(1);
    EXPECT_EQ(animator.visibleOutput(), QStringLiteral("hi 1\n"));
    EXPECT_GE(output.count(), 1);
    animator.finish();
    EXPECT_EQ(animator.visibleOutput(), QStringLiteral("hi 1\n"));
}

TEST(StepAnimator, ClockPlaysToTheEndAndStopsOnSceneChanges) {
    const memstep::core::RunResult run = memstep::core::runProgram("a = [1]\nb = a\nb.append(2)\n");
    const Trace& trace = run.trace;
    DiagramScene scene;
    StepAnimator animator(&scene);
    scene.showState(trace.state(trace.stepCount() - 2));
    QSignalSpy finished(&animator, &StepAnimator::finished);
    animator.prepare(trace.state(trace.stepCount() - 1), trace.events(trace.stepCount() - 1));
    animator.start(60);
    EXPECT_TRUE(animator.isRunning());
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(animator.isActive());
    EXPECT_EQ(animator.ghostCount(), 0u);

    // Redrawing the scene under a running animation (new options) ends it cleanly.
    scene.showState(trace.state(trace.stepCount() - 2));
    animator.prepare(trace.state(trace.stepCount() - 1), trace.events(trace.stepCount() - 1));
    animator.setProgress(0.5);
    scene.setOptions({.everyObject = true});
    EXPECT_FALSE(animator.isActive());
    EXPECT_EQ(animator.ghostCount(), 0u);
    scene.clearDiagram();
    EXPECT_TRUE(scene.items().isEmpty());
}
