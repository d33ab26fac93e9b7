// Paints one laid-out box (a frame or an object) with the diagram's palette.
//
// Frames and objects share the same cell vocabulary (labels, captions, value cells, text),
// so one painter draws both and the two item classes stay thin. Box coordinates are local to
// the item: the painter never looks at where the item sits in the scene.
#pragma once

#include "diagram_layout.h"
#include "diagram_palette.h"

class QPainter;

namespace memstep::ui {

class BoxPainter {
public:
    BoxPainter(const DiagramPalette& palette, const DiagramFonts& fonts);

    void paintFrame(QPainter& painter, const LayoutBox& box, bool exited) const;
    void paintObject(QPainter& painter, const LayoutBox& box) const;
    void paintStackCut(QPainter& painter, const LayoutBox& box) const;

    // Corner radius of immutable objects; mutable ones are square, so the two read apart.
    static constexpr qreal kImmutableRadius = 10;
    static constexpr qreal kMutableRadius = 2;
    static constexpr qreal kFrameRadius = 6;
    static constexpr qreal kSlotDotRadius = 4;

private:
    void paintCells(QPainter& painter, const LayoutBox& box, bool exited) const;

    const DiagramPalette& m_palette;
    const DiagramFonts& m_fonts;
};

} // namespace memstep::ui
