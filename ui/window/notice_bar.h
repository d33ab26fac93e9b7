// A one-line message strip above the code and diagram: limits hit, errors, hints.
//
// The visualiser's own limits (step limit, memory limit, unsupported feature) must be seen
// at once and read as a sentence, so they get a coloured bar rather than a status-bar line.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace memstep::ui {

class NoticeBar : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeBar(QWidget* parent = nullptr);

    void showNotice(Kind kind, const QString& text);
    void clearNotice();
    QString text() const;
    Kind kind() const { return m_kind; }
    void setDarkTheme(bool dark);

private:
    void applyStyle();

    QLabel* m_label;
    QToolButton* m_close;
    Kind m_kind = Kind::Info;
    bool m_dark = false;
};

} // namespace memstep::ui
