// How the window runs a program, beyond starting it (main_window.cpp):
//
// - input() as a student expects it: answers echoed in the output pane as a terminal shows
//   them, Run > Enter Input Again, a question before reusing answers given to other code, and
//   a cancelled prompt that ends the run with its steps, not an EOFError.
// - The choice of interpreter (#18): memstep's own, which cannot touch the computer, or
//   python3 (engine/cpython), which runs any program with the user's rights. With
//   Preferences' engine on Auto a program memstep's interpreter refuses ends in an offer to
//   run it with Python 3, saying what that means; a python3 run says which Python ran it and
//   why.
#include "code_editor.h"
#include "main_window.h"
#include "notice_bar.h"
#include "object_text.h"

#include <QMessageBox>
#include <QStatusBar>

namespace memstep::ui {

QString MainWindow::echoed(const std::string& output) const {
    return fromUtf8(m_echoes.empty() ? output : withEchoes(output, m_echoes));
}

QString MainWindow::echoed(const QString& output) const {
    return m_echoes.empty() ? output : echoed(output.toStdString());
}

void MainWindow::enterInputAgain() {
    if (isRunning()) {
        return;
    }
    m_runner->clearAnswers();
    m_run.source = m_editor->text(); // nothing left to ask about
    startRun(AfterRun::First);
}

void MainWindow::reviewAnswers(const QString& source) {
    if (source == m_run.source || m_runner->answers().isEmpty()) {
        return;
    }
    // The code changed since the answers were given: they may not fit its questions any more.
    bool keep = false;
    if (m_staleAnswersQuestion) {
        keep = m_staleAnswersQuestion(m_runner->answers());
    } else {
        QStringList shown;
        for (const QString& answer : m_runner->answers()) {
            shown << QStringLiteral("“%1”").arg(answer);
        }
        keep = QMessageBox::question(
                   this, tr("Use the previous answers?"),
                   tr("The code changed since input() was answered with %1. Use the previous "
                      "answers again?")
                       .arg(shown.join(QStringLiteral(", "))),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    }
    if (!keep) {
        m_runner->clearAnswers();
    }
}

void MainWindow::setHighContrast(bool on) {
    m_highContrast = on;
    if (m_actions.highContrast->isChecked() != on) {
        m_actions.highContrast->setChecked(on);
    }
    setDarkTheme(on ? false : m_dark); // high contrast is black on white
}

bool MainWindow::reportCancelledAtInput() {
    if (!m_runner->cancelledAtInput() || !m_result || !m_result->error ||
        m_result->error->type != core::kCancelled) {
        return false;
    }
    m_notice->showNotice(NoticeBar::Kind::Info,
                         tr("Run cancelled at input(). The steps up to it can be explored; press "
                            "Visualize to run again and answer."));
    return true;
}

void MainWindow::runWithPython() {
    m_run.refusal.clear();
    startRun(AfterRun::First, true);
}

bool MainWindow::reportEngineOutcome(const core::Diagnostic& d) {
    const QString message = QString::fromStdString(d.message);
    if (d.type == kEngineError) {
        m_notice->showNotice(NoticeBar::Kind::Error,
                             tr("Python 3 could not run the program: %1.").arg(message));
        return true;
    }
    if (d.type != core::kUnsupported || m_run.python || m_runSettings.engine != Engine::Auto) {
        return false;
    }
    if (const std::optional<QString> missing = cpythonMissing()) {
        m_notice->showNotice(
            NoticeBar::Kind::Warning,
            tr("memstep's interpreter does not support this program: %1. Python 3 could run it, "
               "but %2.")
                .arg(message, *missing));
        return true;
    }
    const QString python = cpythonName();
    m_notice->showNotice(NoticeBar::Kind::Warning,
                         tr("memstep's interpreter does not support this program: %1. %2 can run "
                            "it, with your own rights: it can read and change your files.")
                             .arg(message, python));
    m_notice->setAction(tr("Run with %1").arg(python), [this, message] {
        m_run.refusal = message;
        startRun(AfterRun::First, true);
    });
    return true;
}

void MainWindow::notePythonRun() {
    const QString python = cpythonName();
    const QString note =
        m_run.refusal.isEmpty()
            ? tr("Ran with %1, with your own rights.").arg(python)
            : tr("Ran with %1, because memstep's interpreter does not support this program: %2.")
                  .arg(python, m_run.refusal);
    statusBar()->showMessage(note);
    if (!m_result->error) {
        m_notice->showNotice(NoticeBar::Kind::Info, note);
    }
}

} // namespace memstep::ui
