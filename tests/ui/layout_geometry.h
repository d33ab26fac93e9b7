// Geometry questions the layout and routing tests ask of a laid-out diagram, written once so
// both files judge "on the edge" and "every box" the same way.
#pragma once

#include "diagram_layout.h"

#include <QPointF>
#include <QRectF>
#include <cmath>
#include <vector>

namespace memstep::ui::test {

// Whether p lies on r's border (within half a pixel), not inside or outside it.
inline bool onEdge(QPointF p, const QRectF& r) {
    constexpr qreal eps = 0.5;
    const bool inX = p.x() >= r.left() - eps && p.x() <= r.right() + eps;
    const bool inY = p.y() >= r.top() - eps && p.y() <= r.bottom() + eps;
    const bool onVertical = std::abs(p.x() - r.left()) < eps || std::abs(p.x() - r.right()) < eps;
    const bool onHorizontal = std::abs(p.y() - r.top()) < eps || std::abs(p.y() - r.bottom()) < eps;
    return inX && inY && (onVertical || onHorizontal);
}

// Every frame and object box of the picture.
inline std::vector<const LayoutBox*> allBoxes(const DiagramLayoutResult& r) {
    std::vector<const LayoutBox*> boxes;
    for (const LayoutBox& b : r.frames) {
        boxes.push_back(&b);
    }
    for (const LayoutBox& b : r.objects) {
        boxes.push_back(&b);
    }
    return boxes;
}

} // namespace memstep::ui::test
