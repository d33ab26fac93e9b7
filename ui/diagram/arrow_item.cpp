#include "arrow_item.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace memstep::ui {

namespace {

// Pieces are halved this many times at most where they cross the painted area's border.
constexpr int kMaxSplits = 5;

QRectF controlBounds(const std::array<QPointF, 4>& c) {
    const auto [minX, maxX] = std::minmax({c[0].x(), c[1].x(), c[2].x(), c[3].x()});
    const auto [minY, maxY] = std::minmax({c[0].y(), c[1].y(), c[2].y(), c[3].y()});
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

void addVisible(QPainterPath& path, const std::array<QPointF, 4>& c, const QRectF& area,
                int splits) {
    // Widened a little: a straight horizontal or vertical piece has bounds of no area, which
    // QRectF::intersects would never count.
    const QRectF bounds = controlBounds(c).adjusted(-0.5, -0.5, 0.5, 0.5);
    if (!bounds.intersects(area)) {
        return;
    }
    if (splits > 0 && !area.contains(bounds)) {
        const auto [first, second] = splitCubic(c);
        addVisible(path, first, area, splits - 1);
        addVisible(path, second, area, splits - 1);
        return;
    }
    if (path.elementCount() == 0 || path.currentPosition() != c[0]) {
        path.moveTo(c[0]);
    }
    path.cubicTo(c[1], c[2], c[3]);
}

// Piece c from its start to parameter t (de Casteljau).
std::array<QPointF, 4> firstPart(const std::array<QPointF, 4>& c, qreal t) {
    const QPointF ab = c[0] + (c[1] - c[0]) * t;
    const QPointF bc = c[1] + (c[2] - c[1]) * t;
    const QPointF cd = c[2] + (c[3] - c[2]) * t;
    const QPointF abc = ab + (bc - ab) * t;
    const QPointF bcd = bc + (cd - bc) * t;
    return {c[0], ab, abc, abc + (bcd - abc) * t};
}

// Piece c cut where it comes within `gap` of its end: the part of the very curve the router
// laid out (and checked against boxes and other arrows), not a reshaped one. A piece shorter
// than the gap is kept whole.
std::array<QPointF, 4> endingBefore(const std::array<QPointF, 4>& c, qreal gap) {
    auto distanceToEnd = [&](qreal t) {
        const QPointF p = firstPart(c, t)[3];
        return std::hypot(p.x() - c[3].x(), p.y() - c[3].y());
    };
    if (distanceToEnd(0) <= gap) {
        return c;
    }
    // The last point of the curve at `gap` from the end: bisection from the end backwards.
    qreal near = 1;
    qreal far = 0;
    for (int i = 0; i < 30; ++i) {
        const qreal middle = (near + far) / 2;
        if (distanceToEnd(middle) < gap) {
            near = middle;
        } else {
            far = middle;
        }
    }
    return firstPart(c, far);
}

} // namespace

ArrowItem::ArrowItem(const DiagramPalette* palette) : m_palette(palette) {
    setZValue(kZValue);
    // Paint is told the exposed area, so a long arrow of a big diagram strokes only the part
    // in view: stroking the whole curve cost more than everything else in a 1,000-object view.
    setFlag(ItemUsesExtendedStyleOption);
}

QPainterPath ArrowItem::visiblePart(const QRectF& area) const {
    QPainterPath path;
    for (const auto& piece : m_pieces) {
        addVisible(path, piece, area, kMaxSplits);
    }
    return path;
}

void ArrowItem::setArrow(const LayoutArrow& arrow) {
    if (!m_pieces.empty() && sameArrow(arrow, m_arrow)) {
        return; // nothing to rebuild or repaint: a step that did not touch this arrow
    }
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

    m_pieces = arrowCurve(arrow);
    m_pieces.back() = endingBefore(m_pieces.back(), kHeadLength - kHeadOverlap);
    m_curve = QPainterPath(arrow.start);
    for (const auto& piece : m_pieces) {
        m_curve.cubicTo(piece[1], piece[2], piece[3]);
    }
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

void ArrowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_palette->arrow, kLineWidth);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The view reports what it repaints as the exposed rectangle, QGraphicsScene::render (the
    // exports) as a clip: either bounds what can show.
    QRectF area = option->exposedRect;
    if (painter->hasClipping()) {
        area &= painter->clipBoundingRect();
    }
    area.adjust(-kLineWidth, -kLineWidth, kLineWidth, kLineWidth);
    if (area.contains(m_curve.controlPointRect())) {
        painter->drawPath(m_curve);
    } else {
        painter->drawPath(visiblePart(area));
    }
    painter->setPen(QPen(m_palette->arrow, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(m_palette->arrow);
    painter->drawPolygon(m_head);
    painter->restore();
}

} // namespace memstep::ui
