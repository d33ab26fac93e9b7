#include "arrow_item.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>

namespace memstep::ui {

ArrowItem::ArrowItem(const DiagramPalette* palette) : m_palette(palette) { setZValue(kZValue); }

void ArrowItem::setArrow(const LayoutArrow& arrow) {
    prepareGeometryChange();
    m_arrow = arrow;
    // The curve stops where the head begins, so the line does not poke through its tip.
    QLineF direction(arrow.control2, arrow.end);
    if (direction.length() < 1e-3) {
        direction = QLineF(arrow.start, arrow.end);
    }
    direction.setLength(1);
    const QPointF unit(direction.dx(), direction.dy());
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = arrow.end - unit * kHeadLength;
    m_head = QPolygonF({arrow.end, base + normal * kHeadHalfWidth, base - normal * kHeadHalfWidth});

    const std::vector<std::array<QPointF, 4>> pieces = arrowCurve(arrow);
    m_curve = QPainterPath(arrow.start);
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
        m_curve.cubicTo(pieces[i][1], pieces[i][2], pieces[i][3]);
    }
    m_curve.cubicTo(pieces.back()[1], pieces.back()[2] - unit * (kHeadLength * 0.6), base + unit * 1.5);
    update();
}

QRectF ArrowItem::boundingRect() const {
    return m_curve.boundingRect().united(m_head.boundingRect()).adjusted(-3, -3, 3, 3);
}

QPainterPath ArrowItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    QPainterPath path = stroker.createStroke(m_curve);
    path.addPolygon(m_head);
    return path;
}

void ArrowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_palette->arrow, kLineWidth);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_curve);
    painter->setPen(QPen(m_palette->arrow, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(m_palette->arrow);
    painter->drawPolygon(m_head);
    painter->restore();
}

} // namespace memstep::ui
