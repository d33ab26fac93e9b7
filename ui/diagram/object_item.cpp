#include "object_item.h"

#include "box_painter.h"

#include <QPainter>

namespace memstep::ui {

ObjectItem::ObjectItem(const DiagramPalette* palette, const DiagramFonts* fonts)
    : m_palette(palette), m_fonts(fonts) {}

void ObjectItem::setBox(const LayoutBox& box) {
    prepareGeometryChange();
    m_box = movedBy(box, -box.rect.topLeft());
    setPos(box.rect.topLeft());
    update();
}

QRectF ObjectItem::boundingRect() const { return m_box.rect.adjusted(-2, -2, 2, 2); }

void ObjectItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    BoxPainter(*m_palette, *m_fonts).paintObject(*painter, m_box);
}

} // namespace memstep::ui
