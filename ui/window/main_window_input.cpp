// input() as a student expects it in the window: answers echoed in the output pane as a
// terminal shows them, Run > Enter Input Again, a question before reusing answers given to
// other code, and a cancelled prompt that ends the run with its steps, not an EOFError.
#include "code_editor.h"
#include "main_window.h"
#include "notice_bar.h"
#include "object_text.h"

#include <QMessageBox>

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

} // namespace memstep::ui
