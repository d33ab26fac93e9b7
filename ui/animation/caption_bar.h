// The caption line under the diagram: what the step just shown did, in words.
//
// A screen reader cannot see arrows move, so the caption is also the diagram's spoken form:
// each new caption becomes the label's accessible name and is announced with a NameChanged
// event. The words come from describeStep() (step_caption.h); this is only the widget.
#pragma once

#include <QLabel>

namespace memstep::ui {

class CaptionBar : public QLabel {
    Q_OBJECT

public:
    explicit CaptionBar(QWidget* parent = nullptr);

    // Shows and announces the caption; an empty one clears the line.
    void setCaption(const QString& caption);
    QString caption() const { return text(); }
};

} // namespace memstep::ui
