#include "notice_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace memstep::ui {

NoticeBar::NoticeBar(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("noticeBar"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setFocusPolicy(Qt::TabFocus); // reachable by Tab, without taking a click's focus
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> act = m_act; // clearNotice() drops it
        clearNotice();
        if (act) {
            act();
        }
    });
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::clearNotice);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString& text) {
    m_kind = kind;
    m_label->setText(text);
    m_action->hide();
    m_act = nullptr;
    applyStyle();
    show();
}

void NoticeBar::setAction(const QString& label, std::function<void()> act) {
    m_action->setText(label);
    m_act = std::move(act);
    m_action->show();
}

void NoticeBar::clearNotice() {
    m_label->clear();
    m_action->hide();
    m_act = nullptr;
    hide();
}

QString NoticeBar::text() const {
    return isHidden() ? QString() : m_label->text();
}

void NoticeBar::setDarkTheme(bool dark) {
    m_dark = dark;
    applyStyle();
}

void NoticeBar::applyStyle() {
    QString back;
    QString fore;
    QString border;
    switch (m_kind) {
    case Kind::Info:
        back = m_dark ? QStringLiteral("#1f3550") : QStringLiteral("#e4effd");
        fore = m_dark ? QStringLiteral("#d6e6ff") : QStringLiteral("#17365d");
        border = m_dark ? QStringLiteral("#3d6da8") : QStringLiteral("#9fc2f0");
        break;
    case Kind::Warning:
        back = m_dark ? QStringLiteral("#4a3b12") : QStringLiteral("#fff4d6");
        fore = m_dark ? QStringLiteral("#ffe7a8") : QStringLiteral("#5c4300");
        border = m_dark ? QStringLiteral("#a07d22") : QStringLiteral("#e8c65a");
        break;
    case Kind::Error:
        back = m_dark ? QStringLiteral("#4a2020") : QStringLiteral("#fde8e6");
        fore = m_dark ? QStringLiteral("#ffd0c8") : QStringLiteral("#7a1a12");
        border = m_dark ? QStringLiteral("#a04040") : QStringLiteral("#eea39b");
        break;
    }
    setStyleSheet(
        QStringLiteral("#noticeBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "#noticeBar QLabel { color: %3; }")
            .arg(back, border, fore));
}

} // namespace memstep::ui
