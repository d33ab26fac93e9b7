// Step and Back keys pressed faster than a huge diagram draws do not pile up: the presses
// queued while a step is drawn are added up and only the step they lead to is drawn.
#include "main_window.h"
#include "step_animator.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using memstep::ui::AnimationSpeed;
using memstep::ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 20000;

bool visualized(MainWindow& w, const char* source) {
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.setSource(QString::fromUtf8(source));
    w.visualize();
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs);
}

} // namespace

TEST(MainWindowKeys, QueuedPressesDrawOnlyTheStepTheyAddUpTo) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Off);
    ASSERT_TRUE(visualized(w, "xs = []\nfor i in range(6):\n    xs.append(i)\n"));
    ASSERT_GE(w.stepCount(), 10);
    ASSERT_EQ(w.currentStep(), 0);
    QSignalSpy shown(&w, &MainWindow::stepShown);

    // Five Steps and a Back arrive before the event loop turns, as while a step was drawn.
    for (int i = 0; i < 5; ++i) {
        w.stepAction()->trigger();
    }
    w.backAction()->trigger();
    EXPECT_EQ(w.currentStep(), 0);
    EXPECT_EQ(shown.count(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.count() > 0; }, 2000));
    QCoreApplication::processEvents();
    EXPECT_EQ(shown.count(), 1);
    EXPECT_EQ(w.currentStep(), 4);

    // Presses past the end stop at the last step; Back presses past the start at the first.
    for (int i = 0; i < w.stepCount() + 3; ++i) {
        w.stepAction()->trigger();
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.currentStep() == w.stepCount() - 1; }, 2000))
        << w.currentStep();
    for (int i = 0; i < w.stepCount() + 3; ++i) {
        w.backAction()->trigger();
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.currentStep() == 0; }, 2000)) << w.currentStep();

    // A jump made before the merged presses are drawn wins: they were asked for before it.
    w.stepAction()->trigger();
    w.goLast();
    QCoreApplication::processEvents();
    EXPECT_EQ(w.currentStep(), w.stepCount() - 1);
}

TEST(MainWindowKeys, OnePressOnFromTheShownStepStillAnimates) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Slow);
    ASSERT_TRUE(visualized(w, "a = 10\nb = a\na += 1\n"));
    w.stepAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.currentStep() == 1; }, 2000));
    EXPECT_TRUE(w.animator()->isActive());
    // Two presses at once jump two steps without playing them.
    w.stepAction()->trigger();
    w.stepAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.currentStep() == 3; }, 2000)) << w.currentStep();
    EXPECT_FALSE(w.animator()->isActive());
}
