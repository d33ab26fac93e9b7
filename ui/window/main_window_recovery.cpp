// The window's safety nets, kept apart from the rest of MainWindow: the autosaved copy of the
// editor, the offer to restore a copy a crash left behind, the unsaved-changes question and
// the Preferences that set a run's limits.
#include "code_editor.h"
#include "languages.h"
#include "main_window.h"
#include "notice_bar.h"
#include "restore_bar.h"
#include "settings_dialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace memstep::ui {

void MainWindow::setupRecovery() {
    m_unsavedQuestion = [this] {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes to the program first?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? UnsavedAnswer::Save
               : answer == QMessageBox::Discard ? UnsavedAnswer::Discard
                                                : UnsavedAnswer::Cancel;
    };

    m_runSettings = RunSettings::load();
    m_runner->setLimits(m_runSettings.limits());

    m_autosave = new Autosave(
        [this] {
            return Autosave::Snapshot{m_editor->text(), m_file.path, m_editor->isModified()};
        },
        this);
    connect(m_autosave, &Autosave::failed, this, [this](const QString& reason) {
        m_notice->showNotice(
            NoticeBar::Kind::Warning,
            tr("Could not keep a backup copy of the code (%1). Save it to a file.").arg(reason));
    });
    connect(m_restoreBar, &RestoreBar::restoreRequested, this, &MainWindow::restoreAutosave);
    connect(m_restoreBar, &RestoreBar::discardRequested, this, &MainWindow::discardAutosave);
    m_orphans = Autosave::orphans();
    offerNextAutosave();
}

void MainWindow::offerNextAutosave() {
    if (m_orphans.empty()) {
        m_restoreBar->hide();
        return;
    }
    const Autosave::Recovered& copy = m_orphans.front();
    const QString name =
        copy.filePath.isEmpty() ? tr("an untitled program") : QFileInfo(copy.filePath).fileName();
    const QString when = copy.savedAt.isValid()
                             ? QLocale().toString(copy.savedAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("an unknown time");
    m_restoreBar->offer(tr("memstep closed without saving the changes to %1 (last edited %2). "
                           "Restore them?")
                            .arg(name, when));
}

void MainWindow::restoreAutosave() {
    if (m_orphans.empty()) {
        return;
    }
    const Autosave::Recovered copy = m_orphans.front();
    m_orphans.erase(m_orphans.begin());
    // One undoable replacement, so Undo brings back whatever the editor held before.
    m_editor->beginUndoAction();
    m_editor->selectAll(true);
    m_editor->replaceSelectedText(copy.text);
    m_editor->endUndoAction();
    m_file.path = copy.filePath;
    m_runner->clearAnswers();
    // Ours now: kept under this window's copy before the found one is deleted.
    if (m_editor->isModified()) {
        m_autosave->saveNow();
    }
    Autosave::remove(copy);
    m_restoreBar->hide();
    updateTitle();
    m_notice->showNotice(
        NoticeBar::Kind::Info,
        tr("Restored the unsaved code. Undo (Ctrl+Z) brings back what the editor held before."));
}

void MainWindow::discardAutosave() {
    if (m_orphans.empty()) {
        return;
    }
    Autosave::remove(m_orphans.front());
    m_orphans.erase(m_orphans.begin());
    offerNextAutosave();
}

void MainWindow::applyRunSettings(const RunSettings& settings) {
    m_runSettings = settings;
    m_runSettings.save();
    m_runner->setLimits(m_runSettings.limits());
}

void MainWindow::showPreferences() {
    SettingsDialog dialog(m_runSettings, this);
    QSettings settings;
    dialog.setLanguage(settings.value(QLatin1String(kLanguageSetting)).toString());
    if (dialog.exec() == QDialog::Accepted) {
        applyRunSettings(dialog.settings());
        settings.setValue(QLatin1String(kLanguageSetting), dialog.language());
    }
}

} // namespace memstep::ui
