// A heap object in the diagram: a box with its type and its contents.
//
// The item only draws what the layout decided; DiagramScene creates, moves and removes it as
// objects are allocated and freed in the trace.
#pragma once

#include "diagram_layout.h"
#include "diagram_palette.h"

#include <QGraphicsItem>

namespace memstep::ui {

class ObjectItem : public QGraphicsItem {
public:
    ObjectItem(const DiagramPalette* palette, const DiagramFonts* fonts);

    // Takes a box in scene coordinates; the item moves to its top-left corner.
    void setBox(const LayoutBox& box);
    const LayoutBox& box() const { return m_box; }
    core::ObjectId objectId() const { return m_box.object; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const DiagramPalette* m_palette;
    const DiagramFonts* m_fonts;
    LayoutBox m_box; // local coordinates
};

} // namespace memstep::ui
