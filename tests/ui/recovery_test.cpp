// Never losing code: the autosaved copy, the offer to restore it after a crash, the
// unsaved-changes question on close, and Preferences (the run limits) surviving a restart.
#include "autosave.h"
#include "code_editor.h"
#include "main_window.h"
#include "notice_bar.h"
#include "restore_bar.h"
#include "run_settings.h"
#include "settings_dialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using memstep::ui::Autosave;
using memstep::ui::MainWindow;
using memstep::ui::RunSettings;

namespace {

constexpr int kRunTimeoutMs = 20000;

// Copies left in the autosave directory (by this process's crashed windows or anyone else).
QStringList copiesOnDisk() {
    return QDir(Autosave::directory()).entryList({QStringLiteral("copy-*.json")}, QDir::Files);
}

void removeAllCopies() {
    QDir dir(Autosave::directory());
    for (const QString& name : dir.entryList(QDir::Files)) {
        dir.remove(name);
    }
}

// Types text at the end of the editor as a person would (the edit is undoable and marks the
// document modified).
void typeAtEnd(MainWindow& w, const QString& text) {
    w.editor()->append(text);
}

// Runs a menu command as a person would choose it.
void triggerAction(MainWindow& w, const QString& text) {
    for (QAction* action : w.findChildren<QAction*>()) {
        if (action->text() == text) {
            action->trigger();
            return;
        }
    }
    ADD_FAILURE() << "no action " << text.toStdString();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST(Autosave, CopyIsWrittenAfterAnEditAndRemovedOnACleanClose) {
    removeAllCopies();
    {
        MainWindow w;
        w.setSource(QStringLiteral("x = 1\n"));
        EXPECT_FALSE(w.autosave()->isPending());
        typeAtEnd(w, QStringLiteral("y = 2\n"));
        // The copy is due a couple of seconds after the edit, not at once.
        EXPECT_TRUE(w.autosave()->isPending());
        EXPECT_FALSE(w.autosave()->hasCopy());
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return w.autosave()->hasCopy(); }, Autosave::kDelayMs * 5));
        EXPECT_TRUE(readFile(w.autosave()->copyPath()).contains("y = 2"));
        // A live window's copy is not offered to anyone else.
        EXPECT_TRUE(Autosave::orphans().empty());
        w.setUnsavedQuestion([] { return MainWindow::UnsavedAnswer::Discard; });
        EXPECT_TRUE(w.close());
        EXPECT_FALSE(w.autosave()->hasCopy());
    }
    EXPECT_TRUE(copiesOnDisk().isEmpty());
}

TEST(Autosave, SavingTheFileRemovesTheCopy) {
    removeAllCopies();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prog.py"));
    writeFile(path, "a = 1\n");
    MainWindow w;
    ASSERT_TRUE(w.openFile(path));
    typeAtEnd(w, QStringLiteral("b = 2\n"));
    ASSERT_TRUE(w.autosave()->saveNow());
    EXPECT_TRUE(w.autosave()->hasCopy());
    triggerAction(w, QStringLiteral("&Save"));
    ASSERT_EQ(readFile(path), QByteArray("a = 1\nb = 2\n"));
    EXPECT_FALSE(w.autosave()->hasCopy());
    EXPECT_TRUE(copiesOnDisk().isEmpty());
}

TEST(Autosave, CrashCopyIsOfferedAndRestoredUndoably) {
    removeAllCopies();
    const QString lost = QStringLiteral("scores = [90, 85]\nbest = max(scores)\n");
    {
        // The session that crashes: an edited file, copied, then killed.
        MainWindow crashed;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grades.py"));
        writeFile(path, "scores = []\n");
        ASSERT_TRUE(crashed.openFile(path));
        crashed.setUnsavedQuestion([] { return MainWindow::UnsavedAnswer::Discard; });
        crashed.editor()->selectAll(true);
        crashed.editor()->replaceSelectedText(lost);
        ASSERT_TRUE(crashed.autosave()->saveNow());
        crashed.autosave()->abandon(); // what a kill leaves behind: the copy, no lock
    }
    ASSERT_EQ(copiesOnDisk().size(), 1);

    MainWindow w;
    w.setSource(QStringLiteral("print('something else')\n"));
    ASSERT_FALSE(w.restoreBar()->isHidden());
    EXPECT_TRUE(w.restoreBar()->text().contains(QStringLiteral("grades.py")))
        << w.restoreBar()->text().toStdString();
    EXPECT_EQ(w.editor()->text(), QStringLiteral("print('something else')\n"));

    w.restoreBar()->restoreButton()->click();
    EXPECT_EQ(w.editor()->text(), lost);
    EXPECT_TRUE(w.filePath().endsWith(QStringLiteral("grades.py")));
    EXPECT_TRUE(w.editor()->isModified());
    EXPECT_TRUE(w.restoreBar()->isHidden());
    EXPECT_TRUE(w.notice()->text().contains(QStringLiteral("Restored")));
    // The found copy is gone; the text now lives in this window's own copy.
    EXPECT_TRUE(Autosave::orphans().empty());
    EXPECT_TRUE(w.autosave()->hasCopy());
    EXPECT_EQ(copiesOnDisk().size(), 1);

    // One Undo brings back what the editor held before the restore.
    w.editor()->undo();
    EXPECT_EQ(w.editor()->text(), QStringLiteral("print('something else')\n"));
    w.editor()->redo();
    EXPECT_EQ(w.editor()->text(), lost);

    w.setUnsavedQuestion([] { return MainWindow::UnsavedAnswer::Discard; });
    EXPECT_TRUE(w.close());
    EXPECT_TRUE(copiesOnDisk().isEmpty());
}

TEST(Autosave, DeclinedCopyIsDeletedAndNotOfferedAgain) {
    removeAllCopies();
    {
        MainWindow crashed;
        crashed.setSource(QString());
        typeAtEnd(crashed, QStringLiteral("untitled = True\n"));
        ASSERT_TRUE(crashed.autosave()->saveNow());
        crashed.autosave()->abandon();
    }
    {
        MainWindow w;
        ASSERT_FALSE(w.restoreBar()->isHidden());
        EXPECT_TRUE(w.restoreBar()->text().contains(QStringLiteral("untitled")));
        w.restoreBar()->discardButton()->click();
        EXPECT_TRUE(w.restoreBar()->isHidden());
        EXPECT_TRUE(copiesOnDisk().isEmpty());
    }
    MainWindow next;
    EXPECT_TRUE(next.restoreBar()->isHidden());
}

TEST(Autosave, UnmodifiedTextLeavesNoCopy) {
    removeAllCopies();
    MainWindow w;
    w.setSource(QStringLiteral("x = 1\n"));
    EXPECT_TRUE(w.autosave()->saveNow());
    EXPECT_FALSE(w.autosave()->hasCopy());
}

// Close with unsaved changes: each answer of the question, injected instead of a message box.
class CloseQuestion : public ::testing::Test {
protected:
    void SetUp() override {
        removeAllCopies();
        m_path = m_dir.filePath(QStringLiteral("work.py"));
        writeFile(m_path, "x = 1\n");
        ASSERT_TRUE(m_window.openFile(m_path));
        typeAtEnd(m_window, QStringLiteral("y = 2\n"));
        ASSERT_TRUE(m_window.editor()->isModified());
        m_window.setUnsavedQuestion([this] {
            ++m_asked;
            return m_answer;
        });
    }

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow m_window;
    MainWindow::UnsavedAnswer m_answer = MainWindow::UnsavedAnswer::Cancel;
    int m_asked = 0;
};

TEST_F(CloseQuestion, CancelKeepsTheWindowOpenAndTheText) {
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    m_answer = MainWindow::UnsavedAnswer::Cancel;
    EXPECT_FALSE(m_window.close());
    EXPECT_EQ(m_asked, 1);
    EXPECT_TRUE(m_window.isVisible());
    EXPECT_EQ(m_window.editor()->text(), QStringLiteral("x = 1\ny = 2\n"));
    EXPECT_TRUE(m_window.editor()->isModified());
    EXPECT_EQ(readFile(m_path), QByteArray("x = 1\n"));
    // Still protected: the copy stays for as long as the changes are unsaved.
    EXPECT_TRUE(m_window.autosave()->saveNow());
    EXPECT_TRUE(m_window.autosave()->hasCopy());
}

TEST_F(CloseQuestion, SaveWritesTheFileAndCloses) {
    m_answer = MainWindow::UnsavedAnswer::Save;
    EXPECT_TRUE(m_window.close());
    EXPECT_EQ(m_asked, 1);
    EXPECT_EQ(readFile(m_path), QByteArray("x = 1\ny = 2\n"));
    EXPECT_FALSE(m_window.autosave()->hasCopy());
}

TEST_F(CloseQuestion, DiscardClosesWithoutWriting) {
    m_answer = MainWindow::UnsavedAnswer::Discard;
    EXPECT_TRUE(m_window.close());
    EXPECT_EQ(m_asked, 1);
    EXPECT_EQ(readFile(m_path), QByteArray("x = 1\n"));
    EXPECT_FALSE(m_window.autosave()->hasCopy());
}

TEST(Preferences, DialogEditsTheLimitsAndDefaultsCanBeRestored) {
    RunSettings start;
    start.maxSteps = 5000;
    start.heapMb = 64;
    start.outputMb = 2;
    start.maxSeconds = 4.5;
    memstep::ui::SettingsDialog dialog(start);
    EXPECT_EQ(dialog.settings(), start);
    dialog.maxStepsBox()->setValue(250'000);
    dialog.secondsBox()->setValue(12);
    RunSettings edited = start;
    edited.maxSteps = 250'000;
    edited.maxSeconds = 12;
    EXPECT_EQ(dialog.settings(), edited);
    const auto limits = dialog.settings().limits();
    EXPECT_EQ(limits.maxSteps, 250'000u);
    EXPECT_EQ(limits.maxHeapBytes, 64u << 20);
    EXPECT_EQ(limits.maxOutputBytes, 2u << 20);
    EXPECT_DOUBLE_EQ(limits.maxSeconds, 12.0);
    for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        if (button->text().contains(QStringLiteral("Defaults"))) {
            button->click();
        }
    }
    EXPECT_EQ(dialog.settings(), RunSettings{});
}

TEST(Preferences, LimitsAreRememberedAndApplyToTheNextRun) {
    const RunSettings original = RunSettings::load();
    RunSettings small;
    small.maxSteps = 150;
    small.maxSeconds = 60;
    {
        MainWindow w;
        w.applyRunSettings(small);
        EXPECT_EQ(w.runner()->limits().maxSteps, 150u);
    }
    {
        // A new window (a restart) reads them back and uses them.
        MainWindow w;
        EXPECT_EQ(w.runSettings(), small);
        w.setSource(QStringLiteral("n = 0\nwhile True:\n    n += 1\n"));
        w.visualize();
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs));
        ASSERT_TRUE(w.result()->error.has_value());
        EXPECT_EQ(w.result()->error->type, memstep::core::kStepLimit);
        EXPECT_EQ(w.result()->steps, 150u);
        EXPECT_EQ(
            w.notice()->text(),
            QStringLiteral("Stopped after 150 steps - the program may be in an infinite loop. "
                           "You can raise the limit in Preferences."));
        w.applyRunSettings(original);
    }
    EXPECT_EQ(RunSettings::load(), original);
}

TEST(Preferences, OutOfRangeValuesFallBackToTheDefaults) {
    const RunSettings original = RunSettings::load();
    {
        QSettings settings;
        settings.setValue(QStringLiteral("limits/maxSteps"), QStringLiteral("lots"));
        settings.setValue(QStringLiteral("limits/heapMb"), -3);
        settings.setValue(QStringLiteral("limits/outputMb"), 0);
        settings.setValue(QStringLiteral("limits/maxSeconds"), QStringLiteral("nan"));
    }
    EXPECT_EQ(RunSettings::load(), RunSettings{});
    original.save();
}

TEST(Preferences, LimitMessagesNameTheSetting) {
    using memstep::core::Diagnostic;
    memstep::core::RunLimits used;
    used.maxSteps = 1'234'567;
    used.maxHeapBytes = std::uint64_t(256) << 20;
    used.maxOutputBytes = std::size_t(3) << 20;
    used.maxSeconds = 1;
    EXPECT_EQ(memstep::ui::groupedNumber(100'000), QStringLiteral("100,000"));
    EXPECT_EQ(memstep::ui::groupedNumber(999), QStringLiteral("999"));
    EXPECT_EQ(
        memstep::ui::limitMessage(Diagnostic{memstep::core::kStepLimit, "x", 3, 0, {}, {}}, used,
                                  true),
        QStringLiteral("Stopped after 1,234,567 steps - the program may be in an infinite loop. "
                       "You can raise the limit in Preferences."));
    EXPECT_EQ(
        memstep::ui::limitMessage(Diagnostic{memstep::core::kTimeLimit, "x", 3, 0, {}, {}}, used,
                                  true),
        QStringLiteral(
            "Stopped after 1 second (the time limit) - the program may be in an infinite loop "
            "or too slow to show step by step. You can raise the limit in Preferences."));
    EXPECT_EQ(
        memstep::ui::limitMessage(Diagnostic{memstep::core::kMemoryLimit, "x", 2, 0, {}, {}}, used,
                                  true),
        QStringLiteral("Stopped: the program's objects needed more than the memory limit of 256 MB "
                       "(line 2). You can raise the limit in Preferences."));
    // A run under python3 that forked past its process limit (cpython_engine.h).
    EXPECT_EQ(memstep::ui::limitMessage(
                  Diagnostic{memstep::core::kMemoryLimit,
                             "the program started more than 64 processes at once, the limit of "
                             "a run with Python 3",
                             9,
                             0,
                             {},
                             {}},
                  used, true),
              QStringLiteral("Stopped: the program started more than 64 processes at once (line "
                             "9), the limit of a run with Python 3."));
    // A MemoryError is never the limit: the parser's (nesting too deep), one CPython raises
    // too ([0] * 2**62), or the program's own.
    EXPECT_TRUE(memstep::ui::limitMessage(Diagnostic{"MemoryError", "", 2, 0, {}, {}}, used, true)
                    .isEmpty());
    EXPECT_TRUE(memstep::ui::limitMessage(Diagnostic{"MemoryError", "", 1, 0, {}, {}}, used, false)
                    .isEmpty());
    EXPECT_TRUE(
        memstep::ui::limitMessage(Diagnostic{"MemoryError", "mine", 1, 0, {}, {}}, used, true)
            .isEmpty());
    EXPECT_TRUE(memstep::ui::limitMessage(Diagnostic{"ValueError", "", 1, 0, {}, {}}, used, true)
                    .isEmpty());
    EXPECT_EQ(
        memstep::ui::outputLimitMessage(
            "x\n[output limit reached: the rest of the output was dropped]\n", used),
        QStringLiteral("The program printed more than 3 MB; the rest of its output was dropped. "
                       "You can raise the output limit in Preferences."));
    EXPECT_TRUE(memstep::ui::outputLimitMessage("all of it\n", used).isEmpty());
}
