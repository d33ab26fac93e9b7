// A frame or a heap object in the diagram: the box the layout decided, drawn by BoxPainter (a
// frame as a titled box with a row per variable, an object with its type and contents).
//
// The item only draws what the layout decided; DiagramScene creates, moves and removes it as
// the trace's frames come and go and its objects are allocated and freed.
#pragma once

#include "diagram_layout.h"
#include "diagram_palette.h"

#include <QGraphicsItem>

namespace memstep::ui {

class BoxItem : public QGraphicsItem {
public:
    BoxItem(const DiagramPalette* palette, const DiagramFonts* fonts);

    // Takes a box in scene coordinates; the item moves to its top-left corner.
    void setBox(const LayoutBox& box);
    const LayoutBox& box() const { return m_box; }
    core::FrameId frameId() const { return m_box.frame; }
    core::ObjectId objectId() const { return m_box.object; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const DiagramPalette* m_palette;
    const DiagramFonts* m_fonts;
    LayoutBox m_box; // local coordinates
};

} // namespace memstep::ui
