#include "sequence_export_dialog.h"

#include "animation_export.h"
#include "handout_export.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QSettings>
#include <QSpinBox>

namespace memstep::ui {

namespace {

const QString kLastDirectoryKey = QStringLiteral("export/lastDirectory");

} // namespace

SequenceExportDialog::SequenceExportDialog(SequenceFormat format, int stepCount, int currentStep,
                                           QWidget* parent)
    : QDialog(parent), m_format(format), m_from(new QSpinBox(this)), m_to(new QSpinBox(this)),
      m_summary(new QLabel(this)) {
    setWindowTitle(format == SequenceFormat::Gif ? tr("Export Animation (GIF)")
                                                 : tr("Export Handout (PDF)"));
    for (QSpinBox* box : {m_from, m_to}) {
        box->setRange(1, std::max(1, stepCount));
    }
    // The whole run by default; the current step is one click away in the spin box.
    m_from->setValue(1);
    m_to->setValue(std::max(1, stepCount));
    m_from->setToolTip(tr("The step now on screen is %1").arg(currentStep + 1));
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("From step:"), m_from);
    form->addRow(tr("To step:"), m_to);
    form->addRow(m_summary);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The range can never be backwards: moving one end pushes the other.
    connect(m_from, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_to->value() < value) {
            m_to->setValue(value);
        }
        updateSummary();
    });
    connect(m_to, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_from->value() > value) {
            m_from->setValue(value);
        }
        updateSummary();
    });
    updateSummary();
}

int SequenceExportDialog::first() const {
    return m_from->value() - 1;
}
int SequenceExportDialog::last() const {
    return m_to->value() - 1;
}

void SequenceExportDialog::updateSummary() {
    const int steps = m_to->value() - m_from->value() + 1;
    m_summary->setText(m_format == SequenceFormat::Gif
                           ? tr("%n frame(s), one per step, at the play speed.", nullptr, steps)
                           : tr("%n page(s), one per step.", nullptr, steps));
}

QString runSequenceExport(QWidget* parent, SequenceFormat format, const SequenceExportJob& job,
                          QString* error) {
    if (!job.result || job.result->trace.stepCount() == 0) {
        return {};
    }
    const int count = int(job.result->trace.stepCount());
    SequenceExportDialog dialog(format, count, job.currentStep, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    const bool gif = format == SequenceFormat::Gif;
    QSettings settings;
    const QString directory = settings.value(kLastDirectoryKey, QDir::homePath()).toString();
    const QString base = QFileInfo(job.programName).completeBaseName().isEmpty()
                             ? QStringLiteral("program")
                             : QFileInfo(job.programName).completeBaseName();
    const QString suggested = QStringLiteral("%1-steps%2-%3.%4")
                                  .arg(base)
                                  .arg(dialog.first() + 1)
                                  .arg(dialog.last() + 1)
                                  .arg(gif ? QStringLiteral("gif") : QStringLiteral("pdf"));
    const QString path = QFileDialog::getSaveFileName(
        parent, gif ? QObject::tr("Export Animation (GIF)") : QObject::tr("Export Handout (PDF)"),
        QDir(directory).filePath(suggested),
        gif ? QObject::tr("GIF animation (*.gif)") : QObject::tr("PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return {};
    }
    settings.setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());

    QProgressDialog progressDialog(gif ? QObject::tr("Drawing the animation…")
                                       : QObject::tr("Drawing the handout…"),
                                   QObject::tr("Cancel"), 0, 1, parent);
    progressDialog.setWindowModality(Qt::WindowModal);
    progressDialog.setMinimumDuration(400);
    const ExportProgress progress = [&progressDialog](int done, int total) {
        progressDialog.setMaximum(total);
        progressDialog.setValue(done); // a modal progress dialog processes events here
        return !progressDialog.wasCanceled();
    };
    ExportOutcome outcome = ExportOutcome::Failed;
    if (gif) {
        AnimationOptions options;
        options.first = dialog.first();
        options.last = dialog.last();
        options.stepDelayMs = job.stepDelayMs;
        options.layout = job.layout;
        outcome = AnimationExport::writeGif(job.result->trace, path, options, progress, error);
    } else {
        HandoutOptions options;
        options.first = dialog.first();
        options.last = dialog.last();
        options.programName = job.programName;
        options.layout = job.layout;
        outcome = HandoutExport::writePdf(*job.result, path, options, progress, error);
    }
    progressDialog.reset();
    return outcome == ExportOutcome::Written ? path : QString();
}

} // namespace memstep::ui
