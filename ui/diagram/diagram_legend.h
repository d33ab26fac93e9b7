// The small key above the diagram: what a mutable box, an immutable box and an arrow mean.
//
// Painted with the diagram's own palette so the key always looks exactly like the boxes.
#pragma once

#include "diagram_palette.h"

#include <QWidget>

namespace memstep::ui {

class DiagramLegend : public QWidget {
    Q_OBJECT

public:
    explicit DiagramLegend(QWidget* parent = nullptr);

    void setDiagramPalette(const DiagramPalette& palette);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    DiagramPalette m_palette;
};

} // namespace memstep::ui
