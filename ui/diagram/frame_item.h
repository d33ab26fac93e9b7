// A call frame in the diagram: a titled box with one row per variable.
//
// The item only draws what the layout decided; DiagramScene creates, moves and removes it as
// the trace's frames come and go.
#pragma once

#include "diagram_layout.h"
#include "diagram_palette.h"

#include <QGraphicsItem>

namespace memstep::ui {

class FrameItem : public QGraphicsItem {
public:
    FrameItem(const DiagramPalette* palette, const DiagramFonts* fonts);

    // Takes a box in scene coordinates; the item moves to its top-left corner.
    void setBox(const LayoutBox& box);
    const LayoutBox& box() const { return m_box; }
    core::FrameId frameId() const { return m_box.frame; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const DiagramPalette* m_palette;
    const DiagramFonts* m_fonts;
    LayoutBox m_box; // local coordinates
};

} // namespace memstep::ui
