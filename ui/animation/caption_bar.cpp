#include "caption_bar.h"

#include <QAccessible>

namespace memstep::ui {

CaptionBar::CaptionBar(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(8, 4, 8, 4);
    setMinimumHeight(fontMetrics().lineSpacing() * 2 + 8);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleDescription(tr("What the step just shown did to the program's memory"));
}

void CaptionBar::setCaption(const QString& caption) {
    if (caption == text()) {
        return;
    }
    setText(caption);
    setAccessibleName(caption);
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace memstep::ui
