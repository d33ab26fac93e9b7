// Bad inputs in the window: each is loaded from a file, run, and must end in a message while
// the window stays usable. For every input the test checks
//  (a) the message shown (the notice bar, or the output pane for dropped output),
//  (b) the steps recorded so far can be explored when there are any,
//  (c) the GUI thread kept processing events while the worker ran: visualize() returns with
//      the run still going, and a timer on the GUI thread keeps ticking while it runs (for the
//      long runs the ticks are counted; counts, not wall-clock thresholds),
//  (d) running does not change the editor's text.
// The limits are small so the suite stays quick; the same inputs against memstep-trace with
// the default limits are tests/hostile.
#include "code_editor.h"
#include "diagram_scene.h"
#include "main_window.h"
#include "memstep/diagnostic.h"
#include "notice_bar.h"
#include "run_settings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <gtest/gtest.h>

using memstep::ui::MainWindow;
using memstep::ui::NoticeBar;
using memstep::ui::RunSettings;

namespace {

constexpr int kRunTimeoutMs = 120000;

struct Outcome {
    QString loadNotice; // the notice right after loading the file
    QString notice;     // the notice once the run ended
    NoticeBar::Kind kind = NoticeBar::Kind::Info;
    std::optional<memstep::core::Diagnostic> error;
    int steps = 0;
    bool startedInBackground = false; // visualize() came back with the run still going
    int ticksWhileRunning = 0;        // GUI timer ticks seen while the worker ran
    qint64 runMs = 0;                 // how long the worker ran, as the GUI thread saw it
    bool textUnchanged = false;
    QString editorText;
    QString output; // the output pane at the last step
};

RunSettings smallLimits() {
    RunSettings s;
    s.maxSteps = 20'000;
    s.heapMb = 64;
    s.outputMb = 1;
    s.maxSeconds = 60;
    return s;
}

Outcome loadAndRun(const QByteArray& bytes, const RunSettings& settings = smallLimits()) {
    Outcome out;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.py"));
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    MainWindow w;
    // Not applyRunSettings: these small limits must not be saved for the other tests.
    w.runner()->setLimits(settings.limits());
    EXPECT_TRUE(w.openFile(path));
    out.loadNotice = w.notice()->text();
    const QString before = w.editor()->text();

    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (w.isRunning()) {
            ++out.ticksWhileRunning;
        }
    });
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.start();
    w.visualize();
    out.startedInBackground = w.isRunning();
    // Turn the event loop every fraction of a millisecond (QTest::qWaitFor sleeps 10 ms between
    // rounds, longer than a fast build needs for the whole run), so the ticks count how often
    // the GUI thread got to run its timer while the worker was busy.
    const auto finished = [&] { return !w.isRunning() && w.result() != nullptr; };
    QElapsedTimer waited;
    waited.start();
    while (!finished() && waited.elapsed() < kRunTimeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (out.runMs == 0 && !w.isRunning()) {
            out.runMs = std::max<qint64>(1, waited.elapsed());
        }
        QThread::usleep(200);
    }
    EXPECT_TRUE(finished());
    ticker.stop();

    out.notice = w.notice()->text();
    out.kind = w.notice()->kind();
    out.error = w.result() ? w.result()->error : std::nullopt;
    out.steps = w.stepCount();
    if (out.steps > 0) {
        // Every step is still there to explore: the first, the last, and back one.
        w.goLast();
        EXPECT_EQ(w.currentStep(), out.steps - 1);
        EXPECT_GT(w.scene()->frameItemCount(), 0u);
        out.output = w.output()->toPlainText();
        w.stepBack();
        EXPECT_EQ(w.currentStep(), std::max(0, out.steps - 2));
        w.goFirst();
        EXPECT_EQ(w.currentStep(), 0);
    }
    out.editorText = w.editor()->text();
    out.textUnchanged = out.editorText == before;
    return out;
}

// The GUI thread turned its event loop while the worker ran: once for every 50 ms of the run
// (the 1 ms timer is polled every 0.2 ms, so an idle GUI thread ticks tens of times as often).
// A window that ran the trace on its own thread would have no ticks at all. The bar grows with
// the run's length rather than being fixed, because a fast build finishes some of these runs in
// a few milliseconds, before a loaded machine lets the timer fire once.
void expectResponsive(const Outcome& out) {
    EXPECT_TRUE(out.startedInBackground);
    EXPECT_GE(out.ticksWhileRunning, out.runMs / 50)
        << "the GUI thread stopped processing events during the run (" << out.runMs << " ms)";
    std::cout << "[ responsive ] " << out.ticksWhileRunning
              << " GUI timer ticks while the worker ran for " << out.runMs << " ms\n";
}

std::string str(const QString& s) {
    return s.toStdString();
}

} // namespace

TEST(BadInput, EmptyFile) {
    const Outcome out = loadAndRun("");
    EXPECT_TRUE(out.startedInBackground);
    EXPECT_FALSE(out.error.has_value());
    EXPECT_TRUE(out.notice.isEmpty()) << str(out.notice);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, OnlyComments) {
    const Outcome out = loadAndRun("# nothing but comments\n\n    # indented\n#\n");
    EXPECT_TRUE(out.startedInBackground);
    EXPECT_FALSE(out.error.has_value());
    EXPECT_TRUE(out.notice.isEmpty()) << str(out.notice);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, CrlfLineEndings) {
    const Outcome out = loadAndRun("a = [1, 2]\r\nb = a\r\nb.append(3)\r\nprint(a)\r\n");
    EXPECT_TRUE(out.startedInBackground);
    EXPECT_FALSE(out.error.has_value());
    EXPECT_GE(out.steps, 4);
    EXPECT_EQ(out.output, QStringLiteral("[1, 2, 3]\n"));
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, Utf8ByteOrderMarkIsDropped) {
    const Outcome out = loadAndRun("\xef\xbb\xbfword = 'caf\xc3\xa9'\nprint(word, len(word))\n");
    EXPECT_TRUE(out.loadNotice.isEmpty()) << str(out.loadNotice);
    EXPECT_FALSE(out.error.has_value());
    EXPECT_EQ(out.output, QStringLiteral("caf\u00e9 4\n"));
    EXPECT_FALSE(out.editorText.startsWith(QChar(0xFEFF)));
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, InvalidUtf8IsShownAndSaid) {
    const Outcome out = loadAndRun("s = 'abc\xff'\nprint(s)\n");
    EXPECT_TRUE(out.loadNotice.contains(QStringLiteral("is not UTF-8 text")))
        << str(out.loadNotice);
    EXPECT_TRUE(out.loadNotice.contains(QStringLiteral("can't decode byte 0xff")))
        << str(out.loadNotice);
    EXPECT_TRUE(out.editorText.contains(QChar(0xFFFD)));
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, TabError) {
    const Outcome out = loadAndRun("if True:\n        x = 1\n\ty = 2\n");
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, "TabError");
    EXPECT_TRUE(out.notice.startsWith(
        QStringLiteral("TabError: inconsistent use of tabs and spaces in indentation")))
        << str(out.notice);
    EXPECT_EQ(out.steps, 0);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, VeryLongLine) {
    const Outcome out = loadAndRun("s = '" + QByteArray(100'000, 'a') + "'\nprint(len(s))\n");
    EXPECT_FALSE(out.error.has_value());
    EXPECT_EQ(out.output, QStringLiteral("100000\n"));
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, FiftyThousandLines) {
    QByteArray source;
    for (int i = 0; i < 50'000; ++i) {
        source += "x = " + QByteArray::number(i) + "\n";
    }
    const Outcome out = loadAndRun(source);
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, memstep::core::kStepLimit);
    EXPECT_EQ(out.notice,
              QStringLiteral("Stopped after 20,000 steps - the program may be in an infinite loop. "
                             "You can raise the limit in Preferences."));
    EXPECT_GT(out.steps, 0);
    expectResponsive(out);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, BinaryJunk) {
    QByteArray junk(4096, '\0');
    QRandomGenerator random(20261126);
    for (char& c : junk) {
        c = char(random.bounded(256));
    }
    const Outcome out = loadAndRun(junk);
    EXPECT_TRUE(out.loadNotice.contains(QStringLiteral("is not UTF-8 text")))
        << str(out.loadNotice);
    EXPECT_TRUE(out.loadNotice.contains(QStringLiteral("null bytes"))) << str(out.loadNotice);
    EXPECT_FALSE(out.editorText.contains(QChar(0)));
    ASSERT_TRUE(out.error.has_value());
    EXPECT_TRUE(out.error->type == "SyntaxError" || out.error->type == "IndentationError")
        << out.error->type;
    EXPECT_TRUE(out.notice.contains(QString::fromStdString(out.error->type))) << str(out.notice);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, InfiniteLoopHitsTheStepLimit) {
    const Outcome out = loadAndRun("n = 0\nwhile True:\n    n += 1\n");
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, memstep::core::kStepLimit);
    EXPECT_EQ(out.kind, NoticeBar::Kind::Warning);
    EXPECT_EQ(out.notice,
              QStringLiteral("Stopped after 20,000 steps - the program may be in an infinite loop. "
                             "You can raise the limit in Preferences."));
    EXPECT_GT(out.steps, 1000);
    expectResponsive(out);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, InfiniteLoopHitsTheTimeLimit) {
    RunSettings limits = smallLimits();
    limits.maxSteps = 100'000'000;
    limits.maxSeconds = 0.5;
    const Outcome out = loadAndRun("n = 0\nwhile True:\n    n += 1\n", limits);
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, memstep::core::kTimeLimit);
    EXPECT_EQ(
        out.notice,
        QStringLiteral("Stopped after 0.5 seconds (the time limit) - the program may be in an "
                       "infinite loop or too slow to show step by step. You can raise the "
                       "limit in Preferences."));
    EXPECT_GT(out.steps, 0);
    expectResponsive(out);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, RunawayRecursion) {
    const Outcome out = loadAndRun("def f(n):\n    return f(n + 1)\n\nf(0)\n");
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, "RecursionError");
    EXPECT_TRUE(
        out.notice.startsWith(QStringLiteral("RecursionError: maximum recursion depth exceeded")))
        << str(out.notice);
    EXPECT_GT(out.steps, 1000);
    EXPECT_TRUE(out.output.contains(QStringLiteral("RecursionError")));
    expectResponsive(out);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, ListTimesABillion) {
    const Outcome out = loadAndRun("x = [0] * 10**9\nprint(len(x))\n");
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, memstep::core::kMemoryLimit);
    EXPECT_EQ(out.notice,
              QStringLiteral("Stopped: the program's objects needed more than the memory limit "
                             "of 64 MB (line 1). You can raise the limit in Preferences."));
    EXPECT_GT(out.steps, 0);
    EXPECT_TRUE(out.startedInBackground);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, StringTimesTenBillion) {
    const Outcome out = loadAndRun("s = 'x' * 10**10\nprint(len(s))\n");
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, memstep::core::kMemoryLimit);
    EXPECT_EQ(out.notice,
              QStringLiteral("Stopped: the program's objects needed more than the memory limit "
                             "of 64 MB (line 1). You can raise the limit in Preferences."));
    EXPECT_GT(out.steps, 0);
    EXPECT_TRUE(out.startedInBackground);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, ListGrowingForever) {
    // With the default limits (100,000 steps, 1 GB) the step limit ends it first, so here too.
    const Outcome out = loadAndRun("x = []\nwhile True:\n    x.append(1)\n");
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, memstep::core::kStepLimit);
    EXPECT_EQ(out.notice,
              QStringLiteral("Stopped after 20,000 steps - the program may be in an infinite loop. "
                             "You can raise the limit in Preferences."));
    EXPECT_GT(out.steps, 1000);
    expectResponsive(out);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, ListDoublingForever) {
    RunSettings limits = smallLimits();
    limits.heapMb = 8;
    const Outcome out = loadAndRun("x = [0]\nwhile True:\n    x = x + x\n", limits);
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->type, memstep::core::kMemoryLimit);
    EXPECT_EQ(out.notice,
              QStringLiteral("Stopped: the program's objects needed more than the memory limit "
                             "of 8 MB (line 3). You can raise the limit in Preferences."));
    EXPECT_GT(out.steps, 10);
    EXPECT_TRUE(out.startedInBackground);
    EXPECT_TRUE(out.textUnchanged);
}

TEST(BadInput, HugeOutput) {
    const Outcome out = loadAndRun("for i in range(3000):\n    print('x' * 1000)\n");
    EXPECT_FALSE(out.error.has_value());
    EXPECT_EQ(out.kind, NoticeBar::Kind::Info);
    EXPECT_EQ(
        out.notice,
        QStringLiteral("The program printed more than 1 MB; the rest of its output was dropped. "
                       "You can raise the output limit in Preferences."));
    EXPECT_TRUE(out.output.endsWith(
        QStringLiteral("[output limit reached: the rest of the output was dropped]\n")));
    EXPECT_LE(out.output.size(), (1 << 20) + 100);
    expectResponsive(out);
    EXPECT_TRUE(out.textUnchanged);
}
