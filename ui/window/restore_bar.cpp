#include "restore_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace memstep::ui {

RestoreBar::RestoreBar(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_restore(new QPushButton(tr("&Restore"), this)),
      m_discard(new QPushButton(tr("Discard"), this)) {
    setObjectName(QStringLiteral("restoreBar"));
    setStyleSheet(QStringLiteral("#restoreBar { background: palette(alternate-base); "
                                 "border: 1px solid palette(mid); border-radius: 4px; }"));
    m_label->setWordWrap(true);
    m_restore->setToolTip(
        tr("Put the unsaved code back in the editor (Undo brings back what was there)"));
    m_discard->setToolTip(tr("Delete the unsaved copy"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_restore);
    layout->addWidget(m_discard);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBar::restoreRequested);
    connect(m_discard, &QPushButton::clicked, this, &RestoreBar::discardRequested);
    hide();
}

void RestoreBar::offer(const QString& text) {
    m_label->setText(text);
    show();
}

QString RestoreBar::text() const {
    return isHidden() ? QString() : m_label->text();
}

} // namespace memstep::ui
