// The step keys: Space and Right step and Left goes back right after Visualize, wherever it was
// pressed from, while typing in the editor still ends the visualisation. Presses made faster
// than a huge diagram draws do not pile up: the presses queued while a step is drawn are added
// up and only the step they lead to is drawn.
#include "code_editor.h"
#include "main_window.h"
#include "step_animator.h"
#include "step_controls.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <vector>

using memstep::ui::AnimationSpeed;
using memstep::ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 20000;

bool waitForRun(MainWindow& w) {
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs);
}

bool visualized(MainWindow& w, const char* source) {
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.setSource(QString::fromUtf8(source));
    w.visualize();
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs);
}

// Sends a key press to whatever widget has the keyboard, as a person pressing it would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = QApplication::focusWidget();
    ASSERT_NE(target, nullptr);
    QTest::keyClick(target, key, modifiers);
    QCoreApplication::processEvents(); // step keys are drawn once the queued presses are in
}

bool shownActive(MainWindow& w) {
    w.show();
    QApplication::setActiveWindow(&w);
    return QTest::qWaitForWindowActive(&w);
}

} // namespace

// Ctrl+Enter in the editor (how most people start) leaves the keyboard where the step keys step.
TEST(MainWindowKeys, StepKeysWorkRightAfterVisualizeFromTheEditor) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Off);
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.setSource(QStringLiteral("a = 10\nb = a\na += 1\nc = [a, b]\n"));
    ASSERT_TRUE(shownActive(w));
    w.editor()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.editor()->hasFocus(); }, 2000));
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitForRun(w));
    ASSERT_GE(w.stepCount(), 4);
    EXPECT_EQ(w.currentStep(), 0);

    press(Qt::Key_Right);
    EXPECT_EQ(w.currentStep(), 1);
    press(Qt::Key_Space);
    EXPECT_EQ(w.currentStep(), 2);
    press(Qt::Key_Left);
    EXPECT_EQ(w.currentStep(), 1);
    EXPECT_TRUE(w.hasVisualization());
    EXPECT_EQ(w.editor()->text().toStdString(), "a = 10\nb = a\na += 1\nc = [a, b]\n");

    // Typing in the editor still ends the visualisation, as it always has.
    w.editor()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.editor()->hasFocus(); }, 2000));
    press(Qt::Key_X);
    EXPECT_FALSE(w.hasVisualization());
}

// Clicking the Visualize button leaves the keyboard on the button, where Space would press it
// again and run the program anew instead of stepping.
TEST(MainWindowKeys, StepKeysWorkRightAfterClickingVisualize) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Off);
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.setSource(QStringLiteral("xs = []\nfor i in range(3):\n    xs.append(i)\n"));
    ASSERT_TRUE(shownActive(w));
    QTest::mouseClick(w.controls()->visualizeButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForRun(w));
    ASSERT_GE(w.stepCount(), 4);
    QSignalSpy ready(&w, &MainWindow::visualizationReady);

    press(Qt::Key_Space);
    EXPECT_EQ(w.currentStep(), 1);
    press(Qt::Key_Space);
    press(Qt::Key_Right);
    EXPECT_EQ(w.currentStep(), 3);
    press(Qt::Key_Left);
    EXPECT_EQ(w.currentStep(), 2);
    EXPECT_EQ(ready.count(), 0) << "a key ran the program again instead of stepping";
}

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

// Qt calls a key bound to two actions ambiguous and triggers neither, so each key sequence
// belongs to one action of the window (Ctrl+- was once both Smaller Font and Zoom Out).
TEST(MainWindowKeys, NoTwoActionsShareAShortcut) {
    MainWindow w;
    std::map<QString, QString> owner; // key sequence -> the action's text
    for (const QAction* action : w.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            const auto [it, added] = owner.emplace(text, action->text());
            EXPECT_TRUE(added) << text.toStdString() << " is both " << it->second.toStdString()
                               << " and " << action->text().toStdString();
        }
    }
    EXPECT_GT(owner.size(), 10u);
}

// Every step control is reached with Tab (keyboard users), and Space on a control that has the
// keyboard presses that control instead of stepping: Space on Back goes back.
TEST(MainWindowKeys, TabReachesTheStepControlsAndSpacePressesThem) {
    MainWindow w;
    w.setAnimationSpeed(AnimationSpeed::Off);
    ASSERT_TRUE(shownActive(w));
    ASSERT_TRUE(visualized(w, "a = 1\nb = 2\nc = 3\nd = 4\n"));
    ASSERT_GE(w.stepCount(), 4);
    auto* controls = w.controls();
    w.goToStep(2); // First and Back are disabled at the first step, so Tab skips them there
    const std::vector<QWidget*> wanted{controls->visualizeButton(), controls->firstButton(),
                                       controls->backButton(),      controls->stepButton(),
                                       controls->lastButton(),      controls->playButton(),
                                       controls->slider()};
    std::set<QWidget*> reached;
    for (int i = 0; i < 60 && reached.size() < wanted.size(); ++i) {
        press(Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
    }
    for (QWidget* control : wanted) {
        EXPECT_TRUE(reached.count(control))
            << "Tab never reached " << control->metaObject()->className();
    }
    // Ctrl+Tab leaves the editor, where Tab indents.
    w.editor()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.editor()->hasFocus(); }, 2000));
    press(Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_FALSE(w.editor()->hasFocus());
    EXPECT_EQ(w.editor()->text().toStdString(), "a = 1\nb = 2\nc = 3\nd = 4\n");
    ASSERT_TRUE(visualized(w, "a = 1\nb = 2\nc = 3\nd = 4\n"));

    w.goToStep(2);
    controls->backButton()->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controls->backButton()->hasFocus(); }, 2000));
    press(Qt::Key_Space);
    EXPECT_EQ(w.currentStep(), 1) << "Space stepped instead of pressing the focused Back";
    controls->stepButton()->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controls->stepButton()->hasFocus(); }, 2000));
    press(Qt::Key_Space);
    EXPECT_EQ(w.currentStep(), 2);
}

// A row of step controls too narrow for the buttons' words shows their icons only, and never
// asks for more room than that: a translated row (German's is 120 px wider than English)
// pushed the splitter and cut the diagram's legend.
TEST(StepControlsRow, DropsTheWordsWhenNarrowAndTakesThemBack) {
    memstep::ui::StepControls controls;
    controls.resize(2000, 80);
    controls.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&controls));
    EXPECT_FALSE(controls.compact());
    const int full = controls.sizeHint().width();
    EXPECT_LT(controls.minimumSizeHint().width(), full - 100);
    controls.resize(controls.minimumSizeHint().width(), 80);
    QCoreApplication::processEvents();
    EXPECT_TRUE(controls.compact());
    EXPECT_EQ(controls.stepButton()->toolButtonStyle(), Qt::ToolButtonIconOnly);
    controls.resize(2000, 80);
    QCoreApplication::processEvents();
    EXPECT_FALSE(controls.compact());
    EXPECT_EQ(controls.stepButton()->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
}
