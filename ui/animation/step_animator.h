// Moves the diagram from one step to the next the way the program did it.
//
// prepare() first draws the target step with DiagramScene::showState(), so every item already
// holds its final geometry, and remembers the layout the scene showed before. Each step's
// events then become phases on a timeline in [0, 1]: the layout settles (objects glide), then
// in event order objects grow (allocate), arrows draw out (bind), an arrow's head slides to
// its new object (rebind), a changed cell flashes (mutate), frames slide in and out (call and
// return), and freed objects fade. Items that left the scene are played by temporary copies
// ("ghosts"). setProgress(t) poses every item for time t; finish() removes the ghosts and puts
// every item back exactly where showState() put it, so the end of an animation can never
// differ from the step drawn directly.
//
// Driving it headlessly (GIF export, tests): scene.showState(state i), prepare(state i+1,
// events of i+1), setProgress(t) for each frame and render the scene, finish(). In the window
// start(ms) plays it on a clock instead.
#pragma once

#include "diagram_layout.h"
#include "memstep/trace.h"

#include <QObject>
#include <QString>
#include <functional>
#include <map>
#include <string>
#include <vector>

class QGraphicsItem;
class QVariantAnimation;

namespace memstep::ui {

class DiagramScene;

// How fast steps animate; Off shows the target state at once.
enum class AnimationSpeed { Off, Slow, Normal, Fast };
// Milliseconds one phase (one group of like events) takes; 0 for Off.
int phaseDurationMs(AnimationSpeed speed);
// A whole step takes at most this many phases' time, however many events it has.
constexpr int kMaxPhasesPerStep = 4;

class StepAnimator : public QObject {
    Q_OBJECT

public:
    explicit StepAnimator(DiagramScene* scene, QObject* parent = nullptr);
    ~StepAnimator() override;

    // Finishes any transition under way, shows `to` on the scene (exactly as showState would)
    // and poses the items at progress 0: as the scene showed them before. `events` are the
    // target step's events, i.e. how the previous state became `to`.
    void prepare(const core::ProgramState& to, const std::vector<core::Event>& events,
                 std::vector<ExitedFrame> exited = {});
    // Poses every item for time t in [0, 1] (clamped) of the prepared transition.
    void setProgress(qreal t);
    qreal progress() const { return m_progress; }
    // Plays the prepared transition on a clock over durationMs; <= 0 finishes at once.
    void start(int durationMs);
    // Jumps to the end: ghosts removed, every item exactly as showState() drew the target.
    void finish();
    // A transition is prepared and not yet finished (playing on the clock or posed by hand).
    bool isActive() const { return m_active; }
    bool isRunning() const;
    // Phases in the prepared transition (0 when nothing moves): what a duration scales with.
    int phaseCount() const { return m_phaseCount; }
    // The program's output as far as the transition has got: output events appear in turn.
    QString visibleOutput() const;
    // Temporary items on the scene right now (0 once finished).
    std::size_t ghostCount() const { return m_ghosts.size(); }

signals:
    void progressChanged(qreal t);
    void outputChanged(const QString& text);
    void finished();

private:
    struct Track {
        int phase = 0;
        qreal from = 0; // share of the phase where the track starts and ends
        qreal to = 1;
        qreal start = 0; // timeline, set once the phases are known
        qreal end = 1;
        qreal last = -1; // last eased value applied, to skip repeats
        std::function<void(qreal)> apply;
    };
    struct Output {
        int phase = 0;
        std::size_t bytes = 0;
        qreal start = 0;
    };

    struct Transition; // step_animator.cpp: both layouts and the phase of each event

    // Turns the change from `before` to the scene's layout into tracks on the timeline.
    void build(const DiagramLayoutResult& before, bool hadState,
               const std::vector<core::Event>& events);
    // Frames slide in on their call and out on their return; kept frames glide to their place.
    void animateFrames(const Transition& t);
    // Objects grow when allocated, fade when freed, glide when moved, flash when mutated.
    void animateObjects(const Transition& t);
    void flashChange(const LayoutBox& box, const core::Event& change, int phase);
    // Arrows draw out, slide their head to a new target, make room, or fade.
    void animateArrows(const Transition& t);
    // The return-value arrows of the frames popped in this step, by the object they point at.
    static std::map<core::ObjectId, LayoutArrow>
    returnValueArrows(const Transition& t, const std::map<ArrowKey, const LayoutArrow*>& oldArrows);
    void moveArrow(const Transition& t, const LayoutArrow& from, const LayoutArrow& arrow);
    void drawArrowOut(const Transition& t, const LayoutArrow& arrow,
                      const std::map<core::ObjectId, LayoutArrow>& returnArrows);
    // Gives each phase in use an equal share of [0, 1] and places the tracks and outputs in it.
    void placeOnTimeline();
    void addTrack(int phase, std::function<void(qreal)> apply, qreal from = 0, qreal to = 1);
    void addGhost(QGraphicsItem* item);
    void restoreFinalGeometry();
    void onSceneChanged();

    DiagramScene* m_scene;
    QVariantAnimation* m_clock;
    std::vector<Track> m_tracks;
    std::vector<Output> m_outputs;
    std::vector<QGraphicsItem*> m_ghosts;
    std::string m_finalOutput;
    QString m_shownOutput;
    qreal m_progress = 1;
    int m_phaseCount = 0;
    bool m_active = false;
    bool m_preparing = false;
};

} // namespace memstep::ui
