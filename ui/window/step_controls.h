// The row of step controls under the editor: Visualize, First, Back, Step, Last, the timeline
// slider, "Step 7 of 31", Play/Pause and its speed.
//
// The controls only report what the user asked for; the window decides what a step means
// and calls setPosition() back. Playing is a timer here that keeps asking for the next step.
#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace memstep::ui {

class StepControls : public QWidget {
    Q_OBJECT

public:
    explicit StepControls(QWidget* parent = nullptr);

    // step is 0-based; count 0 disables everything except Step (which starts a run).
    void setPosition(int step, int count);
    int step() const { return m_step; }
    int count() const { return m_count; }
    QString positionText() const;

    void setPlaying(bool playing);
    bool isPlaying() const;
    // Steps per second while playing.
    double speed() const;
    void setSpeedIndex(int index);
    int speedIndex() const;
    void setPlayInterval(int milliseconds); // tests play at full speed

    QPushButton* visualizeButton() const { return m_visualize; }
    QToolButton* firstButton() const { return m_first; }
    QToolButton* backButton() const { return m_back; }
    QToolButton* stepButton() const { return m_step_; }
    QToolButton* lastButton() const { return m_last; }
    QToolButton* playButton() const { return m_play; }
    QSlider* slider() const { return m_slider; }
    // The controls in the order Tab visits them, left to right as they are seen.
    QList<QWidget*> focusOrder() const;
    QLabel* positionLabel() const { return m_label; }

    // True while the step buttons show their icons only (the row is too narrow for their
    // words: a translated row is wider than English, German's by about 120 px).
    bool compact() const { return m_compact; }
    // The narrowest the row can be with the buttons' words.
    int fullWidth() const { return m_fullWidth; }
    // Narrow enough for the icon-only row, so that a translated row never pushes the
    // editor/diagram splitter.
    QSize minimumSizeHint() const override;

signals:
    void visualizeRequested();
    void firstRequested();
    void backRequested();
    void stepRequested();
    void lastRequested();
    void stepChosen(int step);
    void playingChanged(bool playing);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateInterval();
    void setCompact(bool compact);
    // The row's minimum width with and without the buttons' words, measured again when the
    // step label needs more room.
    void measureWidths();

    bool m_compact = false;
    int m_fullWidth = 0;
    int m_compactWidth = 0;

    QPushButton* m_visualize;
    QToolButton* m_first;
    QToolButton* m_back;
    QToolButton* m_step_;
    QToolButton* m_last;
    QToolButton* m_play;
    QSlider* m_slider;
    QLabel* m_label;
    QComboBox* m_speed;
    QTimer* m_timer;
    int m_step = 0;
    int m_count = 0;
    int m_forcedInterval = -1;
};

} // namespace memstep::ui
