#include "box_item.h"
#include "code_editor.h"
#include "diagram_scene.h"
#include "diagram_view.h"
#include "languages.h"
#include "main_window.h"
#include "memstep/ids.h"
#include "memstep/run.h"
#include "notice_bar.h"
#include "presentation_mode.h"
#include "step_controls.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using memstep::ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 20000;

const char* kSeed2 = "a = 10\nb = a\na += 1\n\nif id(a) != id(b):\n"
                     "    print(\"a and b do not refer to the same object\")\n";

bool waitForRun(MainWindow& w) {
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs);
}

std::size_t expectedSteps(const char* source) {
    return memstep::core::runProgram(source).trace.stepCount();
}

// The objects the frame's variable `name` points at in the current layout.
std::optional<memstep::core::ObjectId> target(const MainWindow& w, const QString& name) {
    const auto& frames = w.scene()->currentLayout().frames;
    if (frames.empty()) {
        return std::nullopt;
    }
    const auto& cells = frames.front().cells;
    for (std::size_t i = 0; i + 1 < cells.size(); ++i) {
        if (cells[i].text == name) {
            return cells[i + 1].target;
        }
    }
    return std::nullopt;
}

} // namespace

TEST(MainWindow, VisualizeThenStepBackAndSlider) {
    MainWindow w;
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.setSource(QString::fromUtf8(kSeed2));
    QSignalSpy ready(&w, &MainWindow::visualizationReady);
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(ready.count(), 1);
    const int count = int(expectedSteps(kSeed2));
    ASSERT_GT(count, 3);
    EXPECT_EQ(w.stepCount(), count);
    EXPECT_EQ(w.currentStep(), 0);
    EXPECT_EQ(w.controls()->positionText(), QStringLiteral("Step 1 of %1").arg(count));
    EXPECT_EQ(w.editor()->nextLine(), 1);
    EXPECT_EQ(w.editor()->ranLine(), 0);

    w.controls()->stepButton()->click();
    EXPECT_EQ(w.currentStep(), 1);
    EXPECT_EQ(w.editor()->ranLine(), 1);
    EXPECT_EQ(w.editor()->nextLine(), 2);
    w.controls()->backButton()->click();
    EXPECT_EQ(w.currentStep(), 0);

    // After `b = a` both names share one int; after `a += 1` they differ.
    w.controls()->slider()->setValue(2);
    EXPECT_EQ(w.currentStep(), 2);
    ASSERT_TRUE(target(w, "a").has_value());
    EXPECT_EQ(target(w, "a"), target(w, "b"));
    w.controls()->slider()->setValue(3);
    ASSERT_TRUE(target(w, "a").has_value());
    EXPECT_NE(target(w, "a"), target(w, "b"));
    EXPECT_EQ(w.scene()->objectItem(*target(w, "a"))->box().cells.at(0).text, "11");
    EXPECT_EQ(w.scene()->objectItem(*target(w, "b"))->box().cells.at(0).text, "10");

    w.controls()->lastButton()->click();
    EXPECT_EQ(w.currentStep(), count - 1);
    EXPECT_EQ(w.output()->toPlainText(), "a and b do not refer to the same object\n");
    EXPECT_FALSE(w.controls()->stepButton()->isEnabled());
    w.controls()->firstButton()->click();
    EXPECT_EQ(w.currentStep(), 0);
    EXPECT_TRUE(w.output()->toPlainText().isEmpty());
}

TEST(MainWindow, TypingCodeThenCtrlEnterVisualizes) {
    MainWindow w;
    w.setSource(QString());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.editor()->setFocus();
    QTest::keyClicks(w.editor()->viewport(), "xs = [1, 2]");
    QTest::keyClick(w.editor()->viewport(), Qt::Key_Return);
    QTest::keyClicks(w.editor()->viewport(), "ys = xs");
    EXPECT_EQ(w.editor()->text(), "xs = [1, 2]\nys = xs");
    QTest::keyClick(w.editor()->viewport(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(w.editor()->text(), "xs = [1, 2]\nys = xs");
    EXPECT_GE(w.stepCount(), 2);

    // With the diagram focused, Right steps and Left goes back (once the event loop has taken
    // in every queued press: MainWindowKeys below).
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Right);
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.currentStep() == 1; }, 2000)) << w.currentStep();
    QTest::keyClick(w.view(), Qt::Key_End);
    EXPECT_EQ(w.currentStep(), w.stepCount() - 1);
    QTest::keyClick(w.view(), Qt::Key_Left);
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.currentStep() == w.stepCount() - 2; }, 2000))
        << w.currentStep();
    // In the editor the same key moves the cursor instead.
    w.editor()->setFocus();
    const int step = w.currentStep();
    QTest::keyClick(w.editor()->viewport(), Qt::Key_Left);
    EXPECT_EQ(w.currentStep(), step);
    EXPECT_TRUE(w.hasVisualization());

    w.goLast();
    const auto xs = target(w, "xs");
    ASSERT_TRUE(xs.has_value());
    EXPECT_EQ(xs, target(w, "ys"));
    EXPECT_EQ(w.scene()->objectItem(*xs)->box().title, "list");
}

TEST(MainWindow, EditingEndsTheVisualizationAndStepRerunsIt) {
    MainWindow w;
    w.setSource("x = 1\ny = 2\n");
    w.controls()->visualizeButton()->click();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_GT(w.scene()->frameItemCount(), 0u);
    w.editor()->insertAt("z = 3\n", 2, 0);
    EXPECT_FALSE(w.hasVisualization());
    EXPECT_EQ(w.scene()->frameItemCount(), 0u);
    EXPECT_EQ(w.controls()->positionText(), "Not running");
    w.stepForward();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(w.stepCount(), int(expectedSteps("x = 1\ny = 2\nz = 3\n")));
}

TEST(MainWindow, RuntimeErrorShowsTracebackAndKeepsSteps) {
    const char* source = "x = 1\ny = 0\nprint(x / y)\n";
    MainWindow w;
    w.setSource(source);
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    ASSERT_TRUE(w.result()->error.has_value());
    EXPECT_GT(w.stepCount(), 1);
    EXPECT_TRUE(w.notice()->text().contains("ZeroDivisionError"));
    EXPECT_EQ(w.editor()->errorLine(), 3);
    EXPECT_FALSE(w.output()->toPlainText().contains("ZeroDivisionError"));
    w.goLast();
    EXPECT_TRUE(w.output()->toPlainText().contains("ZeroDivisionError: division by zero"));
    w.goFirst();
    EXPECT_EQ(w.currentStep(), 0);
    EXPECT_EQ(w.scene()->frameItemCount(), 1u);
}

TEST(MainWindow, SyntaxErrorIsMarkedInTheEditor) {
    MainWindow w;
    w.setSource("x = (1,\ny = 2\n");
    w.visualize();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !w.isRunning() && w.result() != nullptr; }, kRunTimeoutMs));
    EXPECT_EQ(w.stepCount(), 0);
    EXPECT_TRUE(w.notice()->text().contains("SyntaxError"));
    EXPECT_TRUE(w.editor()->hasErrorMark());
    EXPECT_EQ(w.scene()->frameItemCount(), 0u);
}

TEST(MainWindow, InputIsAskedOnceAndRemembered) {
    const char* source = "name = input(\"Name? \")\nprint(\"Hello, \" + name + \"!\")\n";
    MainWindow w;
    QStringList prompts;
    w.setInputProvider([&](const QString& prompt) -> std::optional<QString> {
        prompts << prompt;
        return QStringLiteral("Ada");
    });
    w.setSource(source);
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(prompts, QStringList{"Name? "});
    w.goLast();
    EXPECT_TRUE(w.output()->toPlainText().contains("Hello, Ada!"));
    // Running the same program again replays the answer instead of asking.
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(prompts.size(), 1);
    w.goLast();
    EXPECT_TRUE(w.output()->toPlainText().contains("Hello, Ada!"));
}

TEST(MainWindow, RunToBreakpointStopsOnTheMarkedLine) {
    const char* source = "total = 0\nfor i in range(3):\n    total = total + i\nprint(total)\n";
    MainWindow w;
    w.setSource(source);
    w.editor()->toggleBreakpoint(3);
    EXPECT_EQ(w.editor()->breakpoints(), QSet<int>{3});
    w.runToBreakpoint();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(w.editor()->nextLine(), 3);
    const int first = w.currentStep();
    w.runToBreakpoint();
    EXPECT_GT(w.currentStep(), first);
    EXPECT_EQ(w.editor()->nextLine(), 3);
    w.editor()->toggleBreakpoint(3);
    EXPECT_TRUE(w.editor()->breakpoints().isEmpty());
}

TEST(MainWindow, CancelStopsALongRun) {
    MainWindow w;
    w.setSource("while True:\n    pass\n");
    w.visualize();
    EXPECT_TRUE(w.isRunning());
    w.cancelRun();
    EXPECT_FALSE(w.isRunning());
    EXPECT_FALSE(w.hasVisualization());
    EXPECT_TRUE(w.notice()->text().contains("cancelled"));
}

TEST(MainWindow, PlayRunsToTheEnd) {
    MainWindow w;
    w.setSource("a = 1\nb = 2\nc = 3\n");
    w.controls()->setPlayInterval(0);
    w.controls()->playButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.hasVisualization() && !w.controls()->isPlaying(); },
                                kRunTimeoutMs));
    EXPECT_EQ(w.currentStep(), w.stepCount() - 1);
}

// Not a check but a tool: MEMSTEP_SCREENSHOT_DIR=dir writes the window at every step of the
// programs in MEMSTEP_SCREENSHOT_PROGRAMS (comma-separated), to look at what a person sees.
// MEMSTEP_SCREENSHOT_LAST: the last step only; MEMSTEP_SCREENSHOT_EVERY_OBJECT: View > Show
// Every Object; MEMSTEP_SCREENSHOT_PRESENTATION: in presentation mode (F5), on a screen as big
// as the display's (xvfb-run -s "-screen 0 1920x1080x24"); MEMSTEP_SCREENSHOT_LANGUAGE=de: in
// that language, as memstep --language de shows it.
TEST(MainWindow, Screenshots) {
    const QString dir = qEnvironmentVariable("MEMSTEP_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        GTEST_SKIP() << "set MEMSTEP_SCREENSHOT_DIR to write screenshots";
    }
    const QStringList programs =
        qEnvironmentVariable("MEMSTEP_SCREENSHOT_PROGRAMS").split(',', Qt::SkipEmptyParts);
    const bool dark = qEnvironmentVariableIsSet("MEMSTEP_SCREENSHOT_DARK");
    const bool lastOnly = qEnvironmentVariableIsSet("MEMSTEP_SCREENSHOT_LAST");
    const bool everyObject = qEnvironmentVariableIsSet("MEMSTEP_SCREENSHOT_EVERY_OBJECT");
    const bool presenting = qEnvironmentVariableIsSet("MEMSTEP_SCREENSHOT_PRESENTATION");
    const memstep::ui::Translations translations(
        *QCoreApplication::instance(),
        qEnvironmentVariable("MEMSTEP_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
    for (const QString& program : programs) {
        MainWindow w;
        w.resize(1280, 760);
        w.setDarkTheme(dark);
        w.setInputProvider([](const QString&) { return QStringLiteral("Ada"); });
        ASSERT_TRUE(w.openFile(program));
        if (everyObject != w.everyObjectAction()->isChecked()) {
            w.everyObjectAction()->trigger();
        }
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.visualize();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !w.isRunning() && w.result() != nullptr; },
                                    kRunTimeoutMs));
        // A program memstep's interpreter refuses: the offer of Python 3, then its run.
        if (!w.notice()->actionButton()->isHidden()) {
            const QString offer =
                QStringLiteral("%1/%2-offer.png").arg(dir, QFileInfo(program).completeBaseName());
            ASSERT_TRUE(w.grab().save(offer));
            w.notice()->actionButton()->click();
        }
        ASSERT_TRUE(waitForRun(w));
        if (presenting) {
            w.presentation()->setGlideDuration(0);
            w.presentation()->enter();
            QTest::qWait(200); // the window manager's full-screen resize
        }
        const QString base = QFileInfo(program).completeBaseName();
        for (int i = lastOnly ? w.stepCount() - 1 : 0; i < w.stepCount(); ++i) {
            w.goToStep(i);
            QCoreApplication::processEvents(); // scroll bars and the like, as on screen
            if (presenting) {
                w.presentation()->finishGlide();
                QCoreApplication::processEvents();
            }
            const QString path =
                QStringLiteral("%1/%2-%3.png").arg(dir, base).arg(i + 1, 2, 10, QLatin1Char('0'));
            ASSERT_TRUE(w.grab().save(path));
        }
    }
}

TEST(MainWindow, LimitsAreShownAsWarnings) {
    MainWindow w;
    memstep::core::RunLimits limits;
    limits.maxSteps = 20;
    w.runner()->setLimits(limits);
    w.setSource("i = 0\nwhile True:\n    i = i + 1\n");
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    ASSERT_TRUE(w.result()->error.has_value());
    EXPECT_EQ(w.result()->error->type, memstep::core::kStepLimit);
    EXPECT_EQ(w.notice()->kind(), memstep::ui::NoticeBar::Kind::Warning);
    EXPECT_FALSE(w.notice()->text().isEmpty());
    EXPECT_GT(w.stepCount(), 0);
    // A limit is not the program's fault: no traceback, no error line.
    w.goLast();
    EXPECT_FALSE(w.output()->toPlainText().contains("Traceback"));
    EXPECT_FALSE(w.editor()->hasErrorMark());

    w.setSource("class A:\n    pass\n");
    w.visualize();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !w.isRunning() && w.result() != nullptr; }, kRunTimeoutMs));
    if (w.result()->error && w.result()->error->type == memstep::core::kUnsupported) {
        EXPECT_EQ(w.notice()->kind(), memstep::ui::NoticeBar::Kind::Warning);
        EXPECT_TRUE(w.notice()->text().contains("class"));
    }
}

TEST(MainWindow, ExitedFramesStayGreyedWhenAsked) {
    const char* source = "def f(n):\n    m = n + 1\n    return m\n\nx = f(4)\ny = 2\n";
    MainWindow w;
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.exitedFramesAction()->setChecked(false);
    w.setSource(QString::fromUtf8(source));
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    w.goLast();
    auto exitedCount = [&] {
        int n = 0;
        for (const auto& box : w.scene()->currentLayout().frames) {
            n += box.exited ? 1 : 0;
        }
        return n;
    };
    EXPECT_EQ(exitedCount(), 0);
    EXPECT_EQ(w.scene()->currentLayout().frames.size(), 1u);

    w.exitedFramesAction()->setChecked(true);
    const auto& frames = w.scene()->currentLayout().frames;
    ASSERT_EQ(exitedCount(), 1);
    const auto& exited = frames.back();
    EXPECT_TRUE(exited.exited);
    EXPECT_TRUE(exited.title.startsWith(QStringLiteral("f")));
    EXPECT_GT(exited.rect.top(), frames.front().rect.bottom());
    // Its values are text as on its last step, with no arrows.
    QStringList texts;
    for (const auto& cell : exited.cells) {
        texts << cell.text;
        EXPECT_FALSE(cell.target.has_value());
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("n")));
    EXPECT_TRUE(texts.contains(QStringLiteral("4")));
    EXPECT_TRUE(texts.contains(QStringLiteral("5")));
    EXPECT_EQ(w.scene()->frameItem(exited.frame) != nullptr, true);

    // Before the call, nothing has exited yet.
    w.goFirst();
    EXPECT_EQ(exitedCount(), 0);
    w.exitedFramesAction()->setChecked(false);
}

TEST(StepControls, TheStepLabelNeverClips) {
    memstep::ui::StepControls controls;
    controls.setPosition(99999, 100000);
    controls.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&controls));
    // As narrow as the row allows: "Step 100000 of 100000" still fits whole.
    controls.resize(controls.minimumSizeHint());
    QCoreApplication::processEvents();
    const QLabel* label = controls.positionLabel();
    EXPECT_EQ(label->text(), QStringLiteral("Step 100000 of 100000"));
    EXPECT_GE(label->contentsRect().width(), label->fontMetrics().horizontalAdvance(label->text()));
}

TEST(MainWindow, ObjectIdsAreShortUnlessIdNumbersAreAsked) {
    MainWindow w;
    w.idsAction()->setChecked(false);
    w.pythonIdsAction()->setChecked(false);
    w.setSource("xs = [1, 2]\nys = xs\n");
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    w.goLast();
    const auto& vars = w.result()->trace.state(std::size_t(w.currentStep())).frames.front().vars;
    ASSERT_FALSE(vars.empty());
    const memstep::core::ObjectId xs = vars.front().second;
    EXPECT_TRUE(w.scene()->currentLayout().findObject(xs)->idText.isEmpty());
    w.idsAction()->setChecked(true);
    const QString shortId = w.scene()->currentLayout().findObject(xs)->idText;
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^id[0-9]{1,2}$")).match(shortId).hasMatch())
        << shortId.toStdString();
    w.pythonIdsAction()->setChecked(true);
    EXPECT_EQ(w.scene()->currentLayout().findObject(xs)->idText,
              QStringLiteral("id ") + QString::number(memstep::core::pythonId(xs)));
    w.idsAction()->setChecked(false);
    w.pythonIdsAction()->setChecked(false);
}

TEST(MainWindow, HighContrastThemeIsBlackOnWhite) {
    MainWindow w;
    w.setDarkTheme(true);
    w.highContrastAction()->trigger(); // View > High Contrast
    EXPECT_TRUE(w.highContrast());
    EXPECT_FALSE(w.darkTheme()); // high contrast is black on white
    EXPECT_EQ(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), QColor(Qt::white));
    const memstep::ui::DiagramPalette contrast =
        memstep::ui::PresentationMode::highContrastPalette();
    EXPECT_EQ(w.scene()->diagramPalette().text, contrast.text);
    EXPECT_EQ(w.scene()->diagramPalette().mutableBorder, contrast.mutableBorder);
    // Dark turns it off again.
    w.setDarkTheme(true);
    EXPECT_FALSE(w.highContrast());
    EXPECT_FALSE(w.highContrastAction()->isChecked());
    EXPECT_EQ(w.scene()->diagramPalette().background,
              memstep::ui::DiagramPalette::darkTheme().background);
    w.setDarkTheme(false);
}
