// The offer to bring back code that a crash would otherwise have lost.
//
// Shown above the editor at start when an autosaved copy belongs to no running window. It is
// a bar rather than a dialog so that the window opens normally and the offer can be read,
// taken or declined at leisure; nothing is deleted until the person chooses.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace memstep::ui {

class RestoreBar : public QFrame {
    Q_OBJECT

public:
    explicit RestoreBar(QWidget* parent = nullptr);

    void offer(const QString& text);
    QString text() const;
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* discardButton() const { return m_discard; }

signals:
    void restoreRequested();
    void discardRequested();

private:
    QLabel* m_label;
    QPushButton* m_restore;
    QPushButton* m_discard;
};

} // namespace memstep::ui
