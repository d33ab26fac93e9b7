#include "box_item.h"

#include "box_painter.h"

#include <QPainter>

namespace memstep::ui {

BoxItem::BoxItem(const DiagramPalette* palette, const DiagramFonts* fonts)
    : m_palette(palette), m_fonts(fonts) {}

void BoxItem::setBox(const LayoutBox& box) {
    prepareGeometryChange();
    m_box = movedBy(box, -box.rect.topLeft());
    setPos(box.rect.topLeft());
    update();
}

QRectF BoxItem::boundingRect() const {
    return m_box.rect.adjusted(-2, -2, 2, 2);
}

void BoxItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const BoxPainter boxPainter(*m_palette, *m_fonts);
    if (m_box.isFrame) {
        boxPainter.paintFrame(*painter, m_box, m_box.exited);
    } else {
        boxPainter.paintObject(*painter, m_box);
    }
}

} // namespace memstep::ui
