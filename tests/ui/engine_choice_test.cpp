// The window's choice of interpreter (#18): with Preferences' engine on Auto, a program
// memstep's interpreter refuses ends in an offer to run it with Python 3 that says what that
// means, and the offer runs it; Run > Visualize with Python 3 runs any program so, asking for
// input() as the built-in interpreter does; the choice is remembered.
#include "cpython_run.h"
#include "main_window.h"
#include "notice_bar.h"
#include "run_settings.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>

using memstep::ui::Engine;
using memstep::ui::MainWindow;
using memstep::ui::NoticeBar;
using memstep::ui::RunSettings;

namespace {

constexpr int kRunTimeoutMs = 30000;
const char* kJsonProgram = "import json\nd = json.loads('[1, 2]')\nprint(d)\n";

bool waitForRun(MainWindow& w) {
    return QTest::qWaitFor([&] { return !w.isRunning() && w.result() != nullptr; }, kRunTimeoutMs);
}

void useEngine(MainWindow& w, Engine engine) {
    RunSettings settings = w.runSettings();
    settings.engine = engine;
    w.applyRunSettings(settings);
}

// Each test's choices are saved as the window saves them; the next test starts from defaults.
class EngineChoice : public ::testing::Test {
protected:
    void TearDown() override { RunSettings{}.save(); }
};

} // namespace

TEST_F(EngineChoice, AutoOffersPythonForARefusedProgramAndRunsIt) {
    if (memstep::ui::cpythonMissing()) {
        GTEST_SKIP() << "no python3 here";
    }
    MainWindow w;
    useEngine(w, Engine::Auto);
    w.setSource(kJsonProgram);
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    ASSERT_TRUE(w.result()->error.has_value());
    EXPECT_EQ(w.result()->error->type, memstep::core::kUnsupported);
    EXPECT_EQ(w.notice()->kind(), NoticeBar::Kind::Warning);
    EXPECT_TRUE(w.notice()->text().contains(QStringLiteral("json")))
        << w.notice()->text().toStdString();
    EXPECT_TRUE(w.notice()->text().contains(QStringLiteral("your own rights")));
    QPushButton* offer = w.notice()->actionButton();
    ASSERT_FALSE(offer->isHidden());
    EXPECT_TRUE(offer->text().startsWith(QStringLiteral("Run with")));

    QTest::mouseClick(offer, Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs));
    EXPECT_FALSE(w.result()->error.has_value()) << w.result()->error->message;
    EXPECT_GE(w.stepCount(), 3);
    w.goLast();
    EXPECT_TRUE(w.output()->toPlainText().contains(QStringLiteral("[1, 2]")));
    EXPECT_EQ(w.notice()->kind(), NoticeBar::Kind::Info);
    EXPECT_TRUE(w.notice()->text().startsWith(QStringLiteral("Ran with")))
        << w.notice()->text().toStdString();
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("json")));

    // Visualize again: memstep's interpreter first, as Preferences say.
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    ASSERT_TRUE(w.result()->error.has_value());
    EXPECT_EQ(w.result()->error->type, memstep::core::kUnsupported);
}

TEST_F(EngineChoice, BuiltinOffersNothing) {
    MainWindow w;
    useEngine(w, Engine::Builtin);
    w.setSource(kJsonProgram);
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    ASSERT_TRUE(w.result()->error.has_value());
    EXPECT_EQ(w.result()->error->type, memstep::core::kUnsupported);
    EXPECT_TRUE(w.notice()->actionButton()->isHidden());
}

TEST_F(EngineChoice, PythonAsksForInputOnceAndRemembersIt) {
    if (memstep::ui::cpythonMissing()) {
        GTEST_SKIP() << "no python3 here";
    }
    MainWindow w;
    useEngine(w, Engine::Cpython);
    QStringList prompts;
    w.setInputProvider([&](const QString& prompt) -> std::optional<QString> {
        prompts << prompt;
        return QStringLiteral("Ada");
    });
    w.setSource("name = input('Name? ')\nprint('Hello, ' + name + '!')\n");
    w.visualize();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs));
    EXPECT_EQ(prompts, QStringList{QStringLiteral("Name? ")});
    EXPECT_FALSE(w.result()->error.has_value()) << w.result()->error->message;
    w.goLast();
    EXPECT_TRUE(w.output()->toPlainText().contains(QStringLiteral("Hello, Ada!")));
    EXPECT_TRUE(w.statusBar()->currentMessage().startsWith(QStringLiteral("Ran with")));
    w.visualize();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs));
    EXPECT_EQ(prompts.size(), 1);
}

TEST_F(EngineChoice, IsRemembered) {
    RunSettings settings;
    for (Engine engine : {Engine::Builtin, Engine::Cpython, Engine::Auto}) {
        settings.engine = engine;
        settings.save();
        EXPECT_EQ(RunSettings::load().engine, engine);
    }
}

// Under python3 a runaway program stops at the same limits, with the same warning, and Cancel
// ends the child at once: the window (and its runner) can go away without waiting for it.
TEST_F(EngineChoice, PythonRunsStopAtTheLimitsAndOnCancel) {
    if (memstep::ui::cpythonMissing()) {
        GTEST_SKIP() << "no python3 here";
    }
    {
        MainWindow w;
        RunSettings settings = w.runSettings();
        settings.engine = Engine::Cpython;
        settings.maxSteps = 500;
        w.applyRunSettings(settings);
        w.setSource("i = 0\nwhile True:\n    i = i + 1\n");
        w.visualize();
        ASSERT_TRUE(waitForRun(w));
        ASSERT_TRUE(w.result()->error.has_value());
        EXPECT_EQ(w.result()->error->type, memstep::core::kStepLimit);
        EXPECT_EQ(w.notice()->kind(), NoticeBar::Kind::Warning);
        EXPECT_TRUE(w.notice()->text().contains(QStringLiteral("500")))
            << w.notice()->text().toStdString();
        EXPECT_GT(w.stepCount(), 0);
    }
    QElapsedTimer timer;
    timer.start();
    {
        MainWindow w;
        useEngine(w, Engine::Cpython);
        w.setSource("import time\ntime.sleep(120)\n");
        w.visualize();
        QTest::qWait(800); // python3 is in its sleep
        ASSERT_TRUE(w.isRunning());
        w.cancelRun();
        EXPECT_FALSE(w.isRunning());
    } // the runner waits here for its cancelled run's thread, so for the child's end
    EXPECT_LT(timer.elapsed(), 20000);
}
