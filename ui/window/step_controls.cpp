#include "step_controls.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace memstep::ui {

namespace {

constexpr double kSpeeds[] = {0.5, 1, 2, 4, 8, 16};
constexpr int kDefaultSpeedIndex = 2;

QToolButton* makeButton(QWidget* parent, const QString& text, const QString& tip,
                        QStyle::StandardPixmap icon) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    // Tab reaches every control (keyboard users), a click does not take the keyboard from the
    // diagram, where the step keys work.
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

StepControls::StepControls(QWidget* parent) : QWidget(parent), m_timer(new QTimer(this)) {
    m_visualize = new QPushButton(tr("Visualize"), this);
    m_visualize->setToolTip(tr("Run the program and show its memory (Ctrl+Enter)"));
    m_visualize->setFocusPolicy(Qt::TabFocus);
    m_visualize->setDefault(true);
    m_first = makeButton(this, tr("First"), tr("First step (Home)"), QStyle::SP_MediaSkipBackward);
    m_back = makeButton(this, tr("Back"), tr("Previous step (Left)"), QStyle::SP_MediaSeekBackward);
    m_step_ =
        makeButton(this, tr("Step"), tr("Next step (Right or Space)"), QStyle::SP_MediaSeekForward);
    m_last = makeButton(this, tr("Last"), tr("Last step (End)"), QStyle::SP_MediaSkipForward);
    m_play =
        makeButton(this, tr("Play"), tr("Play the steps one after another"), QStyle::SP_MediaPlay);
    m_play->setCheckable(true);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setToolTip(tr("Timeline: drag to any step"));
    m_slider->setFocusPolicy(Qt::TabFocus);
    m_label = new QLabel(this);
    // Room for a long run's "Step 99999 of 99999" from the start, so the row does not jump;
    // setPosition() widens it further for longer runs.
    m_label->setMinimumWidth(
        m_label->fontMetrics().horizontalAdvance(tr("Step %1 of %2").arg(99999).arg(99999)));
    m_label->setAlignment(Qt::AlignCenter);
    m_speed = new QComboBox(this);
    m_speed->setToolTip(tr("Playing speed"));
    m_speed->setFocusPolicy(Qt::TabFocus);
    for (double s : kSpeeds) {
        m_speed->addItem(s < 1 ? tr("%1 step/s").arg(s) : tr("%1 steps/s").arg(s));
    }
    m_speed->setCurrentIndex(kDefaultSpeedIndex);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_visualize);
    buttons->addSpacing(12);
    for (QToolButton* b : {m_first, m_back, m_step_, m_last}) {
        buttons->addWidget(b);
    }
    buttons->addSpacing(12);
    buttons->addWidget(m_play);
    buttons->addWidget(m_speed);
    buttons->addStretch(1);
    buttons->addWidget(m_label);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_slider);
    layout->addLayout(buttons);

    for (QWidget* control : focusOrder()) {
        control->installEventFilter(this);
    }
    // The layout does not impose its minimum: minimumSizeHint() offers the icon-only row's, and
    // resizeEvent() drops the words when the row gets narrower than they need.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    connect(m_visualize, &QPushButton::clicked, this, &StepControls::visualizeRequested);
    connect(m_first, &QToolButton::clicked, this, &StepControls::firstRequested);
    connect(m_back, &QToolButton::clicked, this, &StepControls::backRequested);
    connect(m_step_, &QToolButton::clicked, this, &StepControls::stepRequested);
    connect(m_last, &QToolButton::clicked, this, &StepControls::lastRequested);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (value != m_step) {
            emit stepChosen(value);
        }
    });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { setPlaying(on); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { updateInterval(); });
    connect(m_timer, &QTimer::timeout, this, &StepControls::stepRequested);
    updateInterval();
    setPosition(0, 0);
    measureWidths();
}

void StepControls::setPosition(int step, int count) {
    m_step = step;
    m_count = count;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, std::max(0, count - 1));
        m_slider->setValue(step);
    }
    const bool any = count > 0;
    m_slider->setEnabled(count > 1);
    m_first->setEnabled(any && step > 0);
    m_back->setEnabled(any && step > 0);
    m_last->setEnabled(any && step + 1 < count);
    m_step_->setEnabled(!any || step + 1 < count);
    m_play->setEnabled(!any || step + 1 < count || isPlaying());
    m_label->setText(positionText());
    // Never clipped ("tep 100000 of 10000"): the label asks for the room its text needs.
    const int needed = m_label->fontMetrics().horizontalAdvance(m_label->text()) +
                       m_label->contentsMargins().left() + m_label->contentsMargins().right() + 4;
    if (m_label->minimumWidth() < needed) {
        m_label->setMinimumWidth(needed);
        measureWidths();
    }
}

// A box layout caches its sizes, and a nested one its own: both must forget them before the
// row is measured again.
static void invalidateAll(QLayout* layout) {
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout* inner = layout->itemAt(i)->layout()) {
            invalidateAll(inner);
        }
    }
    layout->invalidate();
}

void StepControls::measureWidths() {
    const bool was = m_compact;
    for (const bool compact : {true, false}) {
        setCompact(compact);
        invalidateAll(layout());
        (compact ? m_compactWidth : m_fullWidth) = layout()->minimumSize().width();
    }
    setCompact(was);
    updateGeometry();
    if (isVisible()) {
        setCompact(width() < m_fullWidth);
    }
}

void StepControls::setCompact(bool compact) {
    m_compact = compact;
    for (QToolButton* button : {m_first, m_back, m_step_, m_last, m_play}) {
        button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    }
}

QSize StepControls::minimumSizeHint() const {
    return QSize(m_compactWidth, QWidget::minimumSizeHint().height());
}

void StepControls::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const bool compact = width() < m_fullWidth;
    if (compact != m_compact) {
        setCompact(compact);
    }
}

QList<QWidget*> StepControls::focusOrder() const {
    return {m_slider, m_visualize, m_first, m_back, m_step_, m_last, m_play, m_speed};
}

// Space is the window's Step key, but on a control that has the keyboard (reached with Tab) it
// presses that control, as everywhere else: Back pressed with Space goes back.
bool StepControls::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool combo = watched == m_speed && (key == Qt::Key_Up || key == Qt::Key_Down);
        if (key == Qt::Key_Space || combo) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString StepControls::positionText() const {
    if (m_count == 0) {
        return tr("Not running");
    }
    return tr("Step %1 of %2").arg(m_step + 1).arg(m_count);
}

void StepControls::setPlaying(bool playing) {
    if (playing == m_timer->isActive()) {
        return;
    }
    {
        const QSignalBlocker blocker(m_play);
        m_play->setChecked(playing);
    }
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (playing) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
    setPosition(m_step, m_count);
    emit playingChanged(playing);
}

bool StepControls::isPlaying() const {
    return m_timer->isActive();
}

double StepControls::speed() const {
    return kSpeeds[m_speed->currentIndex()];
}

void StepControls::setSpeedIndex(int index) {
    m_speed->setCurrentIndex(std::clamp(index, 0, int(std::size(kSpeeds)) - 1));
}

int StepControls::speedIndex() const {
    return m_speed->currentIndex();
}

void StepControls::setPlayInterval(int milliseconds) {
    m_forcedInterval = milliseconds;
    updateInterval();
}

void StepControls::updateInterval() {
    m_timer->setInterval(m_forcedInterval >= 0 ? m_forcedInterval : int(1000.0 / speed()));
}

} // namespace memstep::ui
