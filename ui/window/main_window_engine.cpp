// The window's choice of interpreter (#18): memstep's own, which cannot touch the computer, or
// python3 (engine/cpython), which runs any program with the user's rights. With Preferences'
// engine on Auto a program memstep's interpreter refuses ends in an offer to run it with
// Python 3, saying what that means; a python3 run says which Python ran it and why.
#include "main_window.h"
#include "notice_bar.h"

#include <QStatusBar>

namespace memstep::ui {

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
