// Asks how to export the diagram: PNG or SVG, the PNG's scale, and the background.
#pragma once

#include "diagram_exporter.h"

#include <QDialog>

class QComboBox;

namespace memstep::ui {

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(QWidget* parent = nullptr);

    bool svg() const;
    ExportOptions options() const;

private:
    QComboBox* m_format;
    QComboBox* m_scale;
    QComboBox* m_background;
};

} // namespace memstep::ui
