// File > Export Animation (GIF) and File > Export Handout (PDF) in the window.
//
// Asks for the range of steps, then for the file (starting in the folder used last time),
// then exports with a progress dialog whose Cancel stops the export and leaves no file.
// The export draws into its own scene from the finished run, so the window's diagram and
// step are untouched, and a run that finishes meanwhile cannot pull the trace away.
#pragma once

#include "diagram_layout.h"
#include "memstep/run.h"

#include <QCoreApplication>
#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace memstep::ui {

enum class SequenceFormat { Gif, Pdf };

// Chooses the first and last step (shown 1-based, returned 0-based).
// No Q_OBJECT (no signals or slots of its own); Q_DECLARE_TR_FUNCTIONS gives tr() the context
// lupdate gives its texts (QDialog's would miss them).
class SequenceExportDialog : public QDialog {
    Q_DECLARE_TR_FUNCTIONS(memstep::ui::SequenceExportDialog)

public:
    SequenceExportDialog(SequenceFormat format, int stepCount, int currentStep,
                         QWidget* parent = nullptr);

    int first() const;       // 0-based
    int last() const;        // 0-based
    qreal scale() const;     // 1, 2 or 4
    int stepDelayMs() const; // GIF: how long each step is held
    bool captions() const;   // PDF: a caption on each page
    QSpinBox* fromBox() const { return m_from; }
    QSpinBox* toBox() const { return m_to; }
    QComboBox* scaleBox() const { return m_scale; }
    QSpinBox* delayBox() const { return m_delay; }        // null for a PDF
    QCheckBox* captionsBox() const { return m_captions; } // null for a GIF
    // Keeps the scale, the delay and the captions choice for the next export.
    void remember() const;

private:
    void updateSummary();

    SequenceFormat m_format;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QComboBox* m_scale;
    QSpinBox* m_delay = nullptr;
    QCheckBox* m_captions = nullptr;
    QLabel* m_summary;
};

struct SequenceExportJob {
    std::shared_ptr<const core::RunResult> result;
    QString programName; // e.g. "lists.py"
    int currentStep = 0; // 0-based; the dialog offers it
    LayoutOptions layout;
};

// The whole interaction. Returns the file written, or an empty string when the user cancelled
// (nothing to report) or the export failed (*error says why).
QString runSequenceExport(QWidget* parent, SequenceFormat format, const SequenceExportJob& job,
                          QString* error);

} // namespace memstep::ui
