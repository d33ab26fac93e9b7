// Edit > Preferences: the limits a run gets (steps, memory, output, wall time) and which
// interpreter runs it.
//
// The limits protect the window from a student's runaway program, but a teacher showing a
// long simulation must be able to raise them; the limit messages point here. The dialog only
// edits a RunSettings value; the window saves it and applies it to the next run.
#pragma once

#include "run_settings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace memstep::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const RunSettings& settings, QWidget* parent = nullptr);

    RunSettings settings() const;

    QSpinBox* maxStepsBox() const { return m_steps; }
    QSpinBox* heapBox() const { return m_heap; }
    QSpinBox* outputBox() const { return m_output; }
    QDoubleSpinBox* secondsBox() const { return m_seconds; }
    QComboBox* engineBox() const { return m_engine; }

private:
    void restoreDefaults();

    QSpinBox* m_steps;
    QSpinBox* m_heap;
    QSpinBox* m_output;
    QDoubleSpinBox* m_seconds;
    QComboBox* m_engine; // items in the order of Engine's values
};

} // namespace memstep::ui
