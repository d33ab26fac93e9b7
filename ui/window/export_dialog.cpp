#include "export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace memstep::ui {

ExportDialog::ExportDialog(QWidget* parent)
    : QDialog(parent), m_format(new QComboBox(this)), m_scale(new QComboBox(this)),
      m_background(new QComboBox(this)) {
    setWindowTitle(tr("Export Diagram"));
    m_format->addItems({tr("PNG image"), tr("SVG drawing")});
    m_scale->addItems({tr("1x"), tr("2x (sharp on slides)"), tr("4x (print)")});
    m_scale->setCurrentIndex(1);
    m_background->addItems({tr("White"), tr("Transparent")});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Background:"), m_background);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_scale->setEnabled(index == 0); });
}

bool ExportDialog::svg() const {
    return m_format->currentIndex() == 1;
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    constexpr qreal kScales[] = {1, 2, 4};
    options.scale = kScales[m_scale->currentIndex()];
    options.background =
        m_background->currentIndex() == 0 ? ExportBackground::White : ExportBackground::Transparent;
    return options;
}

} // namespace memstep::ui
