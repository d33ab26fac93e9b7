#include "sequence_export_dialog.h"

#include "animation_export.h"
#include "handout_export.h"

#include <QCheckBox>
#include <QComboBox>
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
const QString kScaleKey = QStringLiteral("export/sequenceScale");
const QString kDelayKey = QStringLiteral("export/gifDelayMs");
const QString kCaptionsKey = QStringLiteral("export/handoutCaptions");

} // namespace

SequenceExportDialog::SequenceExportDialog(SequenceFormat format, int stepCount, int currentStep,
                                           QWidget* parent)
    : QDialog(parent), m_format(format), m_from(new QSpinBox(this)), m_to(new QSpinBox(this)),
      m_scale(new QComboBox(this)), m_summary(new QLabel(this)) {
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
    const QSettings settings;
    for (int s : {1, 2, 4}) {
        m_scale->addItem(tr("%1x").arg(s), s);
    }
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(settings.value(kScaleKey, 1).toInt())));
    m_scale->setToolTip(format == SequenceFormat::Gif
                            ? tr("2x or 4x: a sharper, larger animation for slides")
                            : tr("How far a small diagram may be enlarged on its page"));
    form->addRow(tr("Scale:"), m_scale);
    if (format == SequenceFormat::Gif) {
        m_delay = new QSpinBox(this);
        m_delay->setRange(100, 60000);
        m_delay->setSingleStep(250);
        m_delay->setSuffix(tr(" ms"));
        m_delay->setValue(settings.value(kDelayKey, AnimationOptions::kDefaultStepDelayMs).toInt());
        m_delay->setToolTip(tr("How long each step stays on screen; the slide into a step "
                               "takes %1 ms more")
                                .arg(AnimationOptions::kDefaultSlideMs));
        form->addRow(tr("Hold each step:"), m_delay);
    } else {
        m_captions = new QCheckBox(tr("Caption on each page (what the step did)"), this);
        m_captions->setChecked(settings.value(kCaptionsKey, true).toBool());
        form->addRow(m_captions);
    }
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

qreal SequenceExportDialog::scale() const {
    return m_scale->currentData().toReal();
}

int SequenceExportDialog::stepDelayMs() const {
    return m_delay != nullptr ? m_delay->value() : AnimationOptions::kDefaultStepDelayMs;
}

bool SequenceExportDialog::captions() const {
    return m_captions == nullptr || m_captions->isChecked();
}

void SequenceExportDialog::remember() const {
    QSettings settings;
    settings.setValue(kScaleKey, int(scale()));
    if (m_delay != nullptr) {
        settings.setValue(kDelayKey, m_delay->value());
    }
    if (m_captions != nullptr) {
        settings.setValue(kCaptionsKey, m_captions->isChecked());
    }
}

void SequenceExportDialog::updateSummary() {
    const int steps = m_to->value() - m_from->value() + 1;
    m_summary->setText(m_format == SequenceFormat::Gif
                           ? tr("%n step(s), each slid into and then held.", nullptr, steps)
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
    dialog.remember();
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
        options.stepDelayMs = dialog.stepDelayMs();
        options.scale = dialog.scale();
        options.layout = job.layout;
        outcome = AnimationExport::writeGif(job.result->trace, path, options, progress, error);
    } else {
        HandoutOptions options;
        options.first = dialog.first();
        options.last = dialog.last();
        options.programName = job.programName;
        options.captions = dialog.captions();
        options.scale = dialog.scale();
        options.layout = job.layout;
        outcome = HandoutExport::writePdf(*job.result, path, options, progress, error);
    }
    progressDialog.reset();
    return outcome == ExportOutcome::Written ? path : QString();
}

} // namespace memstep::ui
