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

private:
    void updateInterval();

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
