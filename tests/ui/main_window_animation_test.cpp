#include "arrow_item.h"
#include "box_item.h"
#include "caption_bar.h"
#include "diagram_scene.h"
#include "main_window.h"
#include "step_animator.h"
#include "step_controls.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QTest>
#include <gtest/gtest.h>

using memstep::ui::AnimationSpeed;
using memstep::ui::DiagramScene;
using memstep::ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 20000;
const char* kSeed2 = "a = 10\nb = a\na += 1\n\nif id(a) != id(b):\n"
                     "    print(\"a and b do not refer to the same object\")\n";

bool visualized(MainWindow& w, const char* source) {
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.setSource(QString::fromUtf8(source));
    w.visualize();
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs);
}

// The window's scene matches a scene that drew steps 0..current directly, one after another.
void expectDirectPicture(const MainWindow& w) {
    DiagramScene direct;
    for (int i = 0; i <= w.currentStep(); ++i) {
        direct.showState(w.result()->trace.state(std::size_t(i)));
    }
    const DiagramScene& shown = *w.scene();
    ASSERT_EQ(shown.items().size(), direct.items().size());
    for (const auto& box : direct.currentLayout().objects) {
        ASSERT_NE(shown.objectItem(box.object), nullptr);
        EXPECT_EQ(shown.objectItem(box.object)->pos(), direct.objectItem(box.object)->pos());
        EXPECT_EQ(shown.objectItem(box.object)->opacity(), 1);
        EXPECT_EQ(shown.objectItem(box.object)->scale(), 1);
    }
    for (const auto& box : direct.currentLayout().frames) {
        ASSERT_NE(shown.frameItem(box.frame), nullptr);
        EXPECT_EQ(shown.frameItem(box.frame)->pos(), direct.frameItem(box.frame)->pos());
        EXPECT_EQ(shown.frameItem(box.frame)->opacity(), 1);
    }
    for (const auto& arrow : direct.currentLayout().arrows) {
        ASSERT_NE(shown.arrowItem(arrow.source), nullptr);
        EXPECT_EQ(shown.arrowItem(arrow.source)->curve(), direct.arrowItem(arrow.source)->curve());
        EXPECT_EQ(shown.arrowItem(arrow.source)->opacity(), 1);
    }
}

} // namespace

TEST(MainWindowAnimation, OffShowsEveryStepAtOnce) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Off);
    ASSERT_TRUE(visualized(w, kSeed2));
    for (int i = 1; i < w.stepCount(); ++i) {
        w.stepForward();
        EXPECT_FALSE(w.animator()->isActive());
        expectDirectPicture(w);
    }
}

TEST(MainWindowAnimation, StepAnimatesAndTheNextStepFinishesIt) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Slow);
    ASSERT_TRUE(visualized(w, kSeed2));
    // Steps 1, 2 and 3 of seed 2 bind a, bind b and rebind a.
    EXPECT_EQ(w.currentStep(), 0);
    EXPECT_FALSE(w.animator()->isActive());
    w.stepForward();
    EXPECT_TRUE(w.animator()->isActive());
    EXPECT_TRUE(w.animator()->isRunning());
    // Pressing Step mid-animation ends it at once and animates the next one.
    w.stepForward();
    EXPECT_EQ(w.currentStep(), 2);
    EXPECT_TRUE(w.animator()->isActive());
    w.animator()->finish();
    expectDirectPicture(w);

    // Back (and every jump) shows the target without replaying.
    w.stepForward();
    EXPECT_TRUE(w.animator()->isActive());
    w.stepBack();
    EXPECT_FALSE(w.animator()->isActive());
    EXPECT_EQ(w.currentStep(), 2);
    w.goLast();
    EXPECT_FALSE(w.animator()->isActive());
    w.goFirst();
    EXPECT_FALSE(w.animator()->isActive());
    expectDirectPicture(w);
}

TEST(MainWindowAnimation, AnimationEndsOnItsOwnAndPlayWaitsForIt) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Fast);
    ASSERT_TRUE(visualized(w, kSeed2));
    w.stepForward();
    ASSERT_TRUE(w.animator()->isActive());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.animator()->isActive(); }, 5000));
    expectDirectPicture(w);

    w.goFirst();
    w.controls()->setSpeedIndex(5); // 16 steps a second: animations are cut to fit the pace
    w.controls()->setPlaying(true);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !w.controls()->isPlaying() && !w.animator()->isActive(); }, 10000));
    EXPECT_EQ(w.currentStep(), w.stepCount() - 1);
    expectDirectPicture(w);
    EXPECT_TRUE(w.output()->toPlainText().contains("do not refer to the same object"));
}

TEST(MainWindowAnimation, CaptionsDescribeEachStepForScreenReaders) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Off);
    w.captionsAction()->setChecked(true);
    ASSERT_TRUE(visualized(w, kSeed2));
    EXPECT_FALSE(w.captionBar()->caption().isEmpty());
    bool rebind = false;
    while (w.currentStep() + 1 < w.stepCount()) {
        w.stepForward();
        const QString caption = w.captionBar()->caption();
        EXPECT_EQ(w.captionBar()->accessibleName(), caption);
        rebind = rebind ||
                 caption == QStringLiteral("a now refers to a new int 11; b still refers to 10.");
    }
    EXPECT_TRUE(rebind);
    w.captionsAction()->setChecked(false);
    EXPECT_TRUE(w.captionBar()->isHidden());
}

TEST(MainWindowAnimation, SpeedAndCaptionsAreRemembered) {
    {
        MainWindow w;
        w.setAnimationSpeed(AnimationSpeed::Fast);
        w.captionsAction()->setChecked(true);
        w.setSource(QStringLiteral("x = 1\n"));
        ASSERT_TRUE(w.close());
    }
    {
        MainWindow w;
        EXPECT_EQ(w.animationSpeed(), AnimationSpeed::Fast);
        EXPECT_TRUE(w.captionsAction()->isChecked());
        // Back to the defaults, for the tests that follow.
        w.setAnimationSpeed(AnimationSpeed::Normal);
        w.captionsAction()->setChecked(false);
        w.setSource(QStringLiteral("x = 1\n"));
        ASSERT_TRUE(w.close());
    }
    MainWindow w;
    EXPECT_EQ(w.animationSpeed(), AnimationSpeed::Normal);
    EXPECT_FALSE(w.captionsAction()->isChecked());
}

// Not a check but a tool: MEMSTEP_SCREENSHOT_DIR=dir writes the window part-way through every
// step of seed 2 (MEMSTEP_SCREENSHOT_PROGRAMS's first file, when set), captions on, to look at
// the animation as a person sees it.
TEST(MainWindowAnimation, Screenshots) {
    const QString dir = qEnvironmentVariable("MEMSTEP_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        GTEST_SKIP() << "set MEMSTEP_SCREENSHOT_DIR to write screenshots";
    }
    MainWindow w;
    w.resize(1280, 760);
    w.setAnimationSpeed(AnimationSpeed::Slow);
    w.captionsAction()->setChecked(true);
    const QStringList programs =
        qEnvironmentVariable("MEMSTEP_SCREENSHOT_PROGRAMS").split(',', Qt::SkipEmptyParts);
    if (programs.isEmpty()) {
        ASSERT_TRUE(visualized(w, kSeed2));
    } else {
        ASSERT_TRUE(w.openFile(programs.front()));
        w.visualize();
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs));
    }
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    while (w.currentStep() + 1 < w.stepCount()) {
        w.stepForward();
        for (const qreal t : {0.25, 0.5, 0.75}) {
            if (!w.animator()->isActive()) {
                break;
            }
            w.animator()->setProgress(t);
            const QString path = QStringLiteral("%1/anim-step%2-%3.png")
                                     .arg(dir)
                                     .arg(w.currentStep(), 2, 10, QLatin1Char('0'))
                                     .arg(int(t * 100));
            ASSERT_TRUE(w.grab().save(path));
        }
        w.animator()->finish();
    }
}
