#include "frame_item.h"

#include "box_painter.h"

#include <QPainter>

namespace memstep::ui {

FrameItem::FrameItem(const DiagramPalette* palette, const DiagramFonts* fonts)
    : m_palette(palette), m_fonts(fonts) {}

void FrameItem::setBox(const LayoutBox& box) {
    prepareGeometryChange();
    m_box = movedBy(box, -box.rect.topLeft());
    setPos(box.rect.topLeft());
    update();
}

QRectF FrameItem::boundingRect() const { return m_box.rect.adjusted(-2, -2, 2, 2); }

void FrameItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    BoxPainter(*m_palette, *m_fonts).paintFrame(*painter, m_box, m_box.exited);
}

} // namespace memstep::ui
