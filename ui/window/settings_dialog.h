// Edit > Preferences: the limits a run gets (steps, memory, output, wall time), which
// interpreter runs it, and the language of the window.
//
// The limits protect the window from a student's runaway program, but a teacher showing a
// long simulation must be able to raise them; the limit messages point here. The dialog only
// edits a RunSettings value; the window saves it and applies it to the next run.
#pragma once

#include "run_settings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace memstep::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const RunSettings& settings, QWidget* parent = nullptr);

    RunSettings settings() const;

    // The language chosen: a shipped code ("de"), or empty for the system's. The window keeps it
    // under kLanguageSetting; it takes effect the next time memstep starts.
    void setLanguage(const QString& code);
    QString language() const;

    QSpinBox* maxStepsBox() const { return m_steps; }
    QSpinBox* heapBox() const { return m_heap; }
    QSpinBox* outputBox() const { return m_output; }
    QDoubleSpinBox* secondsBox() const { return m_seconds; }
    QComboBox* engineBox() const { return m_engine; }
    QComboBox* languageBox() const { return m_language; }

private:
    void addLanguageRow(QFormLayout* form);
    void restoreDefaults();

    QSpinBox* m_steps;
    QSpinBox* m_heap;
    QSpinBox* m_output;
    QDoubleSpinBox* m_seconds;
    QComboBox* m_engine;   // items in the order of Engine's values
    QComboBox* m_language; // "System default (...)" then each shipped language; data: its code
    QLabel* m_languageHint;
    QString m_startLanguage; // the choice the dialog opened with
};

} // namespace memstep::ui
