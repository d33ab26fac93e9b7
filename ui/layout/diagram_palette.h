// Colours and fonts of the stack/heap diagram, one set per theme.
//
// Layout and painting both read from here, so the diagram can switch between the light and
// dark theme (and the export can force a white background) without touching item code.
// Colours are soft on purpose: the diagram is read on projectors, where saturated fills glare.
#pragma once

#include <QColor>
#include <QFont>

namespace memstep::ui {

struct DiagramPalette {
    QColor background;
    QColor text;
    QColor mutedText;
    QColor frameFill;
    QColor frameTitleFill;
    QColor frameBorder;
    QColor activeFrameBorder;
    QColor activeFrameTitleFill;
    QColor exitedFrameFill;
    QColor mutableFill;
    QColor mutableHeaderFill;
    QColor mutableBorder;
    QColor immutableFill;
    QColor immutableHeaderFill;
    QColor immutableBorder;
    QColor cellFill;
    QColor cellBorder;
    QColor arrow;
    QColor returnText;
    bool dark = false;

    static DiagramPalette light();
    static DiagramPalette darkTheme();
};

// The diagram's fonts, sized in scene pixels so layout and painting agree on every screen.
struct DiagramFonts {
    QFont title;   // frame titles
    QFont value;   // values in cells and boxes, variable names
    QFont caption; // type labels, indices, ids

    static DiagramFonts standard();
    // The pixel size of the smallest of these fonts: how small the diagram's text gets on
    // screen at zoom 1, so a view can tell what zoom still leaves everything readable.
    qreal smallestPixelSize() const;
};

} // namespace memstep::ui
