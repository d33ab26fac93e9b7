#include "diagram_palette.h"

#include <algorithm>

namespace memstep::ui {

DiagramPalette DiagramPalette::light() {
    DiagramPalette p;
    p.background = QColor(0xff, 0xff, 0xff);
    p.text = QColor(0x1f, 0x25, 0x2e);
    p.mutedText = QColor(0x6b, 0x72, 0x80);
    p.frameFill = QColor(0xf3, 0xf5, 0xf8);
    p.frameTitleFill = QColor(0xe3, 0xe8, 0xef);
    p.frameBorder = QColor(0xa8, 0xb3, 0xc2);
    p.activeFrameBorder = QColor(0x2f, 0x6f, 0xd6);
    p.activeFrameTitleFill = QColor(0xd6, 0xe4, 0xfa);
    p.exitedFrameFill = QColor(0xf7, 0xf7, 0xf7);
    p.mutableFill = QColor(0xff, 0xf7, 0xe0);
    p.mutableHeaderFill = QColor(0xfc, 0xe9, 0xb8);
    p.mutableBorder = QColor(0xc9, 0x8a, 0x1a);
    p.immutableFill = QColor(0xec, 0xf4, 0xf0);
    p.immutableHeaderFill = QColor(0xd7, 0xe9, 0xdf);
    p.immutableBorder = QColor(0x6b, 0x9e, 0x84);
    p.cellFill = QColor(0xff, 0xff, 0xff);
    p.cellBorder = QColor(0xb4, 0xbc, 0xc8);
    p.arrow = QColor(0x3a, 0x4a, 0x63);
    p.returnText = QColor(0xa3, 0x3a, 0x2c);
    p.dark = false;
    return p;
}

DiagramPalette DiagramPalette::darkTheme() {
    DiagramPalette p;
    p.background = QColor(0x1e, 0x22, 0x28);
    p.text = QColor(0xe6, 0xe9, 0xee);
    p.mutedText = QColor(0x9a, 0xa3, 0xb0);
    p.frameFill = QColor(0x2a, 0x30, 0x39);
    p.frameTitleFill = QColor(0x35, 0x3d, 0x49);
    p.frameBorder = QColor(0x5a, 0x66, 0x77);
    p.activeFrameBorder = QColor(0x6c, 0xa6, 0xff);
    p.activeFrameTitleFill = QColor(0x2c, 0x45, 0x6b);
    p.exitedFrameFill = QColor(0x25, 0x28, 0x2d);
    p.mutableFill = QColor(0x3b, 0x34, 0x22);
    p.mutableHeaderFill = QColor(0x52, 0x45, 0x22);
    p.mutableBorder = QColor(0xe0, 0xad, 0x4c);
    p.immutableFill = QColor(0x24, 0x36, 0x2e);
    p.immutableHeaderFill = QColor(0x2d, 0x4a, 0x3c);
    p.immutableBorder = QColor(0x7f, 0xc2, 0xa0);
    p.cellFill = QColor(0x1b, 0x1f, 0x25);
    p.cellBorder = QColor(0x5f, 0x6a, 0x7a);
    p.arrow = QColor(0xc6, 0xd0, 0xde);
    p.returnText = QColor(0xff, 0x9e, 0x8a);
    p.dark = true;
    return p;
}

DiagramFonts DiagramFonts::standard() {
    DiagramFonts f;
    const QString family = QStringLiteral("DejaVu Sans");
    f.title = QFont(family);
    f.title.setPixelSize(15);
    f.title.setBold(true);
    f.value = QFont(family);
    f.value.setPixelSize(15);
    f.caption = QFont(family);
    f.caption.setPixelSize(11);
    for (QFont* font : {&f.title, &f.value, &f.caption}) {
        font->setStyleHint(QFont::SansSerif);
        font->setHintingPreference(QFont::PreferNoHinting);
    }
    return f;
}

qreal DiagramFonts::smallestPixelSize() const {
    qreal smallest = 0;
    for (const QFont* font : {&title, &value, &caption}) {
        // A font sized in points (none here today) is converted at 96 dpi, Qt's logical default.
        const qreal px =
            font->pixelSize() > 0 ? qreal(font->pixelSize()) : font->pointSizeF() * 96.0 / 72.0;
        smallest = smallest == 0 ? px : std::min(smallest, px);
    }
    return smallest;
}

} // namespace memstep::ui
