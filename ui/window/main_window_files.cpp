// The window's files: New, Open, Save, Save As and the recent-files menu, and the exports of
// the diagram (a picture of one step, an animation or a handout of many, the clipboard): all
// that MainWindow reads from or writes to outside itself, kept apart from the stepping.
#include "code_editor.h"
#include "diagram_exporter.h"
#include "diagram_scene.h"
#include "export_dialog.h"
#include "main_window.h"
#include "notice_bar.h"
#include "sequence_export_dialog.h"
#include "source_decoding.h"
#include "step_controls.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

namespace memstep::ui {

bool MainWindow::maybeSave() {
    if (!m_editor->isModified() || m_editor->text().trimmed().isEmpty()) {
        return true;
    }
    const UnsavedAnswer answer = m_unsavedQuestion();
    if (answer == UnsavedAnswer::Save) {
        return save();
    }
    return answer == UnsavedAnswer::Discard;
}

void MainWindow::newFile() {
    if (!maybeSave()) {
        return;
    }
    setSource(QString());
    m_file.path.clear();
    updateTitle();
}

void MainWindow::openDialog() {
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Python program"),
                                                      QFileInfo(m_file.path).absolutePath(),
                                                      tr("Python files (*.py);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool MainWindow::openFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_notice->showNotice(NoticeBar::Kind::Error,
                             tr("Could not open %1: %2").arg(path, file.errorString()));
        return false;
    }
    const EditorSource source = decodeForEditor(file.readAll(), QFileInfo(path).fileName());
    setSource(source.text);
    m_file.path = QFileInfo(path).absoluteFilePath();
    addRecentFile(m_file.path);
    updateTitle();
    if (!source.problem.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Warning, source.problem);
    }
    return true;
}

bool MainWindow::save() {
    if (m_file.path.isEmpty()) {
        return saveAs();
    }
    return writeFile(m_file.path);
}

bool MainWindow::saveAs() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the program"),
        m_file.path.isEmpty() ? QStringLiteral("program.py") : m_file.path,
        tr("Python files (*.py)"));
    if (path.isEmpty()) {
        return false;
    }
    return writeFile(path);
}

bool MainWindow::writeFile(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 ||
        !file.commit()) {
        m_notice->showNotice(NoticeBar::Kind::Error,
                             tr("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_file.path = QFileInfo(path).absoluteFilePath();
    m_editor->setModified(false);
    addRecentFile(m_file.path);
    updateTitle();
    return true;
}

void MainWindow::addRecentFile(const QString& path) {
    m_file.recent.removeAll(path);
    m_file.recent.prepend(path);
    while (m_file.recent.size() > kMaxRecentFiles) {
        m_file.recent.removeLast();
    }
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_actions.recent->clear();
    for (const QString& path : m_file.recent) {
        m_actions.recent->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path,
                                    this, [this, path] {
                                        if (maybeSave()) {
                                            openFile(path);
                                        }
                                    });
    }
    m_actions.recent->setEnabled(!m_file.recent.isEmpty());
}

void MainWindow::exportDiagram() {
    m_animator->finish(); // export the step, not a moment of its animation
    if (!m_scene->hasState()) {
        m_notice->showNotice(NoticeBar::Kind::Info,
                             tr("Nothing to export yet: press Visualize first."));
        return;
    }
    ExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const bool svg = dialog.svg();
    const QString base = m_file.path.isEmpty() ? QStringLiteral("diagram")
                                               : QFileInfo(m_file.path).completeBaseName();
    const QString suggested =
        QStringLiteral("%1-step%2.%3").arg(base).arg(m_step + 1).arg(svg ? "svg" : "png");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Diagram"), suggested,
                                     svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    DiagramExporter exporter(*m_scene);
    QString error;
    const bool ok = svg ? exporter.writeSvg(path, dialog.options(), &error)
                        : exporter.writePng(path, dialog.options(), &error);
    if (!ok) {
        m_notice->showNotice(NoticeBar::Kind::Error, error);
    } else {
        statusBar()->showMessage(tr("Diagram exported to %1").arg(path), 5000);
    }
}

void MainWindow::exportSequence(SequenceFormat format) {
    if (!m_result || stepCount() == 0) {
        m_notice->showNotice(NoticeBar::Kind::Info,
                             tr("Nothing to export yet: press Visualize first."));
        return;
    }
    SequenceExportJob job;
    job.result = m_result;
    job.programName =
        m_file.path.isEmpty() ? QStringLiteral("untitled.py") : QFileInfo(m_file.path).fileName();
    job.currentStep = m_step;
    job.layout = m_scene->options();
    QString error;
    const QString path = runSequenceExport(this, format, job, &error);
    if (!error.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Error, error);
    } else if (!path.isEmpty()) {
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
    }
}

void MainWindow::copyDiagram() {
    if (!m_scene->hasState()) {
        m_notice->showNotice(NoticeBar::Kind::Info,
                             tr("Nothing to copy yet: press Visualize first."));
        return;
    }
    ExportOptions options;
    options.scale = kCopyScale;
    options.background = ExportBackground::White;
    QApplication::clipboard()->setImage(DiagramExporter(*m_scene).renderImage(options));
    statusBar()->showMessage(tr("Diagram copied to the clipboard"), 3000);
}

} // namespace memstep::ui
