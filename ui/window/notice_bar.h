// A one-line message strip above the code and diagram: limits hit, errors, hints.
//
// The visualiser's own limits (step limit, memory limit, unsupported feature) must be seen
// at once and read as a sentence, so they get a coloured bar rather than a status-bar line.
#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace memstep::ui {

class NoticeBar : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeBar(QWidget* parent = nullptr);

    // A new notice has no button until setAction gives it one.
    void showNotice(Kind kind, const QString& text);
    // A button on the current notice that does `act` and hides the notice.
    void setAction(const QString& label, std::function<void()> act);
    QPushButton* actionButton() const { return m_action; }
    void clearNotice();
    QString text() const;
    Kind kind() const { return m_kind; }
    void setDarkTheme(bool dark);

private:
    void applyStyle();

    QLabel* m_label;
    QPushButton* m_action;
    std::function<void()> m_act;
    QToolButton* m_close;
    Kind m_kind = Kind::Info;
    bool m_dark = false;
};

} // namespace memstep::ui
