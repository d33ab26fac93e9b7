// A reference in the diagram: a smooth curve (one or more cubic pieces) from a slot to an
// object's edge.
//
// Arrows sit above boxes (higher z) so a reference is never hidden behind an object it
// passes. The geometry comes from the layout; the item adds only the arrowhead.
#pragma once

#include "diagram_layout.h"
#include "diagram_palette.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <array>
#include <vector>

namespace memstep::ui {

class ArrowItem : public QGraphicsItem {
public:
    static constexpr qreal kZValue = 10;
    static constexpr qreal kLineWidth = 1.8;
    static constexpr qreal kHeadLength = 11;
    static constexpr qreal kHeadHalfWidth = 5;
    // The line runs this far into the head, so no gap shows between them.
    static constexpr qreal kHeadOverlap = 1.5;

    explicit ArrowItem(const DiagramPalette* palette);

    void setArrow(const LayoutArrow& arrow);
    const LayoutArrow& arrow() const { return m_arrow; }
    // What paint() draws: the line (it stops inside the head) and the head, tip first.
    QPainterPath curve() const { return m_curve; }
    QPolygonF head() const { return m_head; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    // The part of the curve that can show in `area`: the cubic pieces (split where they cross
    // its border) whose control points reach into it.
    QPainterPath visiblePart(const QRectF& area) const;

    const DiagramPalette* m_palette;
    LayoutArrow m_arrow;
    QPainterPath m_curve;
    std::vector<std::array<QPointF, 4>> m_pieces; // m_curve's cubics
    QPolygonF m_head;
};

} // namespace memstep::ui
