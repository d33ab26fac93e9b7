#include "diagram_legend.h"

#include "box_painter.h"

#include <QPainter>
#include <QPainterPath>

namespace memstep::ui {

namespace {

constexpr int kHeight = 28;
constexpr qreal kSwatchWidth = 26;
constexpr qreal kSwatchHeight = 16;
constexpr qreal kGap = 8;
constexpr qreal kItemGap = 22;

} // namespace

DiagramLegend::DiagramLegend(QWidget* parent)
    : QWidget(parent), m_palette(DiagramPalette::light()) {
    setToolTip(tr("Mutable objects can change in place; immutable ones never change, "
                  "a new object is made instead."));
}

void DiagramLegend::setDiagramPalette(const DiagramPalette& palette) {
    m_palette = palette;
    update();
}

QSize DiagramLegend::sizeHint() const {
    return QSize(520, kHeight);
}

void DiagramLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_palette.background);
    QFont font = this->font();
    painter.setFont(font);
    const qreal midY = height() / 2.0;
    qreal x = 10;

    auto swatch = [&](bool immutable, const QString& label) {
        const QRectF box(x, midY - kSwatchHeight / 2, kSwatchWidth, kSwatchHeight);
        const qreal radius = immutable ? 6 : BoxPainter::kMutableRadius;
        QPainterPath path;
        path.addRoundedRect(box, radius, radius);
        painter.fillPath(path, immutable ? m_palette.immutableFill : m_palette.mutableFill);
        QPen pen(immutable ? m_palette.immutableBorder : m_palette.mutableBorder);
        if (immutable) {
            pen.setWidthF(1.5);
            pen.setDashPattern({4, 2.5});
        } else {
            pen.setWidthF(2);
        }
        painter.setPen(pen);
        painter.drawPath(path);
        x += kSwatchWidth + kGap;
        painter.setPen(m_palette.text);
        const qreal w = painter.fontMetrics().horizontalAdvance(label);
        painter.drawText(QRectF(x, 0, w + 2, height()), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += w + kItemGap;
    };
    swatch(false, tr("mutable (list, dict, set)"));
    swatch(true, tr("immutable (int, str, tuple)"));

    painter.setPen(QPen(m_palette.arrow, 1.8));
    painter.setBrush(m_palette.arrow);
    painter.drawEllipse(QPointF(x + 3, midY), 3.5, 3.5);
    painter.drawLine(QPointF(x + 3, midY), QPointF(x + 26, midY));
    painter.drawPolygon(QPolygonF(
        {QPointF(x + 34, midY), QPointF(x + 24, midY - 4.5), QPointF(x + 24, midY + 4.5)}));
    x += 42;
    painter.setPen(m_palette.text);
    painter.drawText(QRectF(x, 0, width() - x, height()), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("refers to"));
}

} // namespace memstep::ui
