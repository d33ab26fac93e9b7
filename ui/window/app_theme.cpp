#include "app_theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace memstep::ui {

namespace {

QPalette highContrastPalette() {
    QPalette p;
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor blue(0x00, 0x3c, 0xc8);
    const QColor grey(0x59, 0x59, 0x59); // 7:1 on white
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                                     QPalette::Button, QPalette::ToolTipBase}) {
        p.setColor(role, white);
    }
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText}) {
        p.setColor(role, black);
    }
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, grey);
    p.setColor(QPalette::Mid, black);
    p.setColor(QPalette::Dark, black);
    p.setColor(QPalette::Shadow, black);
    p.setColor(QPalette::Highlight, blue);
    p.setColor(QPalette::HighlightedText, white);
    p.setColor(QPalette::Link, blue);
    p.setColor(QPalette::PlaceholderText, grey);
    p.setColor(QPalette::BrightText, QColor(0xa0, 0x10, 0x00));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText}) {
        p.setColor(QPalette::Disabled, role, grey);
    }
    return p;
}

} // namespace

void AppTheme::apply(bool dark, bool highContrast) {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (highContrast && !dark) {
        QApplication::setPalette(highContrastPalette());
        return;
    }
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x26, 0x2a, 0x31);
    const QColor base(0x1e, 0x22, 0x28);
    const QColor text(0xe6, 0xe9, 0xee);
    const QColor disabled(0x7a, 0x82, 0x8e);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3f));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    QApplication::setPalette(p);
}

} // namespace memstep::ui
