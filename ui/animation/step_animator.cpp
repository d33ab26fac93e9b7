#include "step_animator.h"

#include "arrow_item.h"
#include "box_item.h"
#include "diagram_scene.h"
#include "object_text.h"

#include <QEasingCurve>
#include <QGraphicsRectItem>
#include <QPen>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace memstep::ui {

namespace {

using core::Event;
using core::EventKind;
using core::FrameId;
using core::ObjectId;

// Phase 0 settles the layout (things move, or appear and vanish with no event to explain
// them); event phases follow from 1 on. Tidying (arrows into a box spreading or closing up as
// others arrive and leave) plays along with the last phase, when the others have moved.
constexpr int kSettlePhase = 0;
constexpr int kTidyPhase = -1;
// Objects grow from this scale: 0 would make the item's transform singular.
constexpr qreal kGrowFrom = 0.05;
// Ghost frames slide this far left as they leave, new frames come from as far.
constexpr qreal kFrameSlide = 60;
constexpr qreal kFlashZ = 5;

QPointF lerp(QPointF a, QPointF b, qreal t) {
    return a + (b - a) * t;
}

LayoutArrow lerp(const LayoutArrow& a, const LayoutArrow& b, qreal t) {
    LayoutArrow arrow = b;
    arrow.start = lerp(a.start, b.start, t);
    arrow.control1 = lerp(a.control1, b.control1, t);
    arrow.control2 = lerp(a.control2, b.control2, t);
    arrow.end = lerp(a.end, b.end, t);
    // A routed arrow (several pieces) morphs piece by piece when both ends of the move have the
    // same shape; otherwise it moves as its one-cubic outline, which follows start and end.
    if (a.pieces.size() == b.pieces.size()) {
        for (std::size_t i = 0; i < arrow.pieces.size(); ++i) {
            arrow.pieces[i] = lerp(a.pieces[i], b.pieces[i], t);
        }
    } else if (t < 1) {
        arrow.pieces.clear();
    }
    return arrow;
}

bool sameGeometry(const LayoutArrow& a, const LayoutArrow& b) {
    return a.start == b.start && a.control1 == b.control1 && a.control2 == b.control2 &&
           a.end == b.end && a.pieces == b.pieces;
}

// The arrow shrunk into its own start: where a drawing-out arrow begins.
LayoutArrow collapsed(const LayoutArrow& arrow) {
    LayoutArrow point = arrow;
    point.control1 = point.control2 = point.end = arrow.start;
    point.pieces.clear();
    return point;
}

// The variable named by a frame's value cell: the label just before it.
QString rowName(const LayoutBox* box, int cell) {
    if (box == nullptr || cell < 1 || cell > int(box->cells.size())) {
        return {};
    }
    const LayoutCell& label = box->cells[std::size_t(cell - 1)];
    return label.role == CellRole::Label ? label.text : QString();
}

// The phase recorded for key, or fallback when the step has no such event.
template <typename Map, typename Key> int phaseOr(const Map& phases, const Key& key, int fallback) {
    auto it = phases.find(key);
    return it == phases.end() ? fallback : it->second;
}

const QEasingCurve& easing() {
    static const QEasingCurve curve(QEasingCurve::InOutCubic);
    return curve;
}

} // namespace

int phaseDurationMs(AnimationSpeed speed) {
    switch (speed) {
    case AnimationSpeed::Off:
        return 0;
    case AnimationSpeed::Slow:
        return 700;
    case AnimationSpeed::Normal:
        return 380;
    case AnimationSpeed::Fast:
        return 180;
    }
    return 0;
}

StepAnimator::StepAnimator(DiagramScene* scene, QObject* parent)
    : QObject(parent), m_scene(scene), m_clock(new QVariantAnimation(this)) {
    m_clock->setStartValue(0.0);
    m_clock->setEndValue(1.0);
    connect(m_clock, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        if (m_clock->state() == QAbstractAnimation::Running) {
            setProgress(value.toDouble());
        }
    });
    connect(m_clock, &QVariantAnimation::finished, this, &StepAnimator::finish);
    connect(m_scene, &DiagramScene::diagramChanged, this, &StepAnimator::onSceneChanged);
}

StepAnimator::~StepAnimator() {
    // Ghosts belong to the scene's picture only while a transition lasts.
    m_tracks.clear();
    for (QGraphicsItem* ghost : m_ghosts) {
        delete ghost;
    }
}

bool StepAnimator::isRunning() const {
    return m_clock->state() == QAbstractAnimation::Running;
}

void StepAnimator::prepare(const core::ProgramState& to, const std::vector<core::Event>& events,
                           std::vector<ExitedFrame> exited) {
    finish();
    const bool hadState = m_scene->hasState();
    const DiagramLayoutResult before = m_scene->currentLayout();
    m_preparing = true;
    m_scene->showState(to, std::move(exited));
    m_preparing = false;
    m_finalOutput = to.stdoutText;
    m_active = true;
    build(before, hadState, events);
    m_progress = -1;
    setProgress(0);
}

void StepAnimator::addTrack(int phase, std::function<void(qreal)> apply, qreal from, qreal to) {
    Track track;
    track.phase = phase;
    track.from = from;
    track.to = to;
    track.apply = std::move(apply);
    m_tracks.push_back(std::move(track));
}

void StepAnimator::addGhost(QGraphicsItem* item) {
    m_scene->addItem(item);
    m_ghosts.push_back(item);
}

// One step's change between two layouts, and the phase each of its events plays in: a run of
// like events (several allocations, several frees) plays together.
struct StepAnimator::Transition {
    Transition(const DiagramLayoutResult& beforeLayout, const DiagramLayoutResult& afterLayout,
               bool hadBefore)
        : before(beforeLayout), after(afterLayout), hadState(hadBefore) {}

    // Numbers the events' phases from 1 on and records each one's; returns the output events'
    // (phase, bytes) in order.
    std::vector<std::pair<int, std::size_t>> phaseEvents(const std::vector<Event>& events);
    // The phase that explains a change at an arrow's source: its variable's (re)bind or
    // unbind, its frame's call or return, its object's allocation, mutation or freeing.
    int sourcePhase(const ArrowKey& key, const LayoutBox* frameBox) const;

    const DiagramLayoutResult& before;
    const DiagramLayoutResult& after;
    bool hadState;
    std::map<ObjectId, int> allocPhase;
    std::map<ObjectId, int> freePhase;
    std::map<ObjectId, int> mutatePhase;
    std::map<ObjectId, std::vector<const Event*>> mutations;
    std::map<FrameId, int> pushPhase;
    std::map<FrameId, int> popPhase;
    std::map<std::pair<FrameId, QString>, int> namePhase; // bind, rebind, unbind
    std::map<std::pair<FrameId, QString>, ObjectId> boundTo;
    std::set<ObjectId> returned; // return values of frames popped in this step
};

std::vector<std::pair<int, std::size_t>>
StepAnimator::Transition::phaseEvents(const std::vector<Event>& events) {
    std::vector<std::pair<int, std::size_t>> outputs;
    int phase = kSettlePhase;
    const Event* previous = nullptr;
    for (const Event& event : events) {
        const bool sameGroup =
            previous != nullptr && previous->kind == event.kind &&
            (event.kind != EventKind::Mutate || previous->object == event.object) &&
            event.kind != EventKind::FramePush && event.kind != EventKind::FramePop;
        if (!sameGroup) {
            ++phase;
        }
        previous = &event;
        const QString name = fromUtf8(event.name);
        switch (event.kind) {
        case EventKind::Allocate:
            allocPhase.emplace(event.object, phase);
            break;
        case EventKind::Free:
            freePhase.emplace(event.object, phase);
            break;
        case EventKind::Mutate:
            mutatePhase.emplace(event.object, phase);
            mutations[event.object].push_back(&event);
            break;
        case EventKind::FramePush:
            pushPhase.emplace(event.frame, phase);
            break;
        case EventKind::FramePop:
            popPhase.emplace(event.frame, phase);
            if (event.object.valid()) {
                returned.insert(event.object);
            }
            break;
        case EventKind::Bind:
        case EventKind::Rebind:
            namePhase[{event.frame, name}] = phase;
            boundTo[{event.frame, name}] = event.object;
            break;
        case EventKind::Unbind:
            namePhase[{event.frame, name}] = phase;
            break;
        case EventKind::Output:
            outputs.emplace_back(phase, event.text.size());
            break;
        case EventKind::Raise:
            break;
        }
    }
    return outputs;
}

int StepAnimator::Transition::sourcePhase(const ArrowKey& key, const LayoutBox* frameBox) const {
    const ArrowKey& source = key;
    if (source.fromFrame) {
        const FrameId frame{source.box};
        const auto name = namePhase.find({frame, rowName(frameBox, int(source.cell))});
        if (name != namePhase.end()) {
            return name->second;
        }
        return phaseOr(popPhase, frame, phaseOr(pushPhase, frame, kSettlePhase));
    }
    const ObjectId object{source.box};
    return phaseOr(mutatePhase, object,
                   phaseOr(allocPhase, object, phaseOr(freePhase, object, kSettlePhase)));
}

void StepAnimator::build(const DiagramLayoutResult& before, bool hadState,
                         const std::vector<Event>& events) {
    Transition transition(before, m_scene->currentLayout(), hadState);
    for (const auto& [phase, bytes] : transition.phaseEvents(events)) {
        m_outputs.push_back({phase, bytes, 0});
    }
    animateFrames(transition);
    animateObjects(transition);
    animateArrows(transition);
    placeOnTimeline();
}

void StepAnimator::animateFrames(const Transition& t) {
    for (const LayoutBox& box : t.after.frames) {
        BoxItem* item = m_scene->frameItem(box.frame);
        const QPointF to = box.rect.topLeft();
        if (const LayoutBox* old = t.hadState ? t.before.findFrame(box.frame) : nullptr) {
            const QPointF from = old->rect.topLeft();
            if (from != to) {
                addTrack(kSettlePhase,
                         [item, from, to](qreal e) { item->setPos(lerp(from, to, e)); });
            }
        } else {
            const QPointF from = to - QPointF(kFrameSlide, 0);
            addTrack(phaseOr(t.pushPhase, box.frame, kSettlePhase), [item, from, to](qreal e) {
                item->setPos(lerp(from, to, e));
                item->setOpacity(e);
            });
        }
    }
    for (const LayoutBox& box : t.before.frames) {
        if (!t.hadState || t.after.findFrame(box.frame) != nullptr) {
            continue;
        }
        auto* ghost = new BoxItem(&m_scene->diagramPalette(), &m_scene->fonts());
        ghost->setBox(box);
        addGhost(ghost);
        const QPointF from = box.rect.topLeft();
        const QPointF to = from - QPointF(kFrameSlide, 0);
        addTrack(phaseOr(t.popPhase, box.frame, kSettlePhase), [ghost, from, to](qreal e) {
            ghost->setPos(lerp(from, to, e));
            ghost->setOpacity(1 - e);
        });
    }
}

void StepAnimator::animateObjects(const Transition& t) {
    for (const LayoutBox& box : t.after.objects) {
        BoxItem* item = m_scene->objectItem(box.object);
        const QPointF to = box.rect.topLeft();
        if (const LayoutBox* old = t.hadState ? t.before.findObject(box.object) : nullptr) {
            const QPointF from = old->rect.topLeft();
            if (from != to) {
                addTrack(kSettlePhase,
                         [item, from, to](qreal e) { item->setPos(lerp(from, to, e)); });
            }
        } else {
            item->setTransformOriginPoint(QRectF(QPointF(0, 0), box.rect.size()).center());
            // A new object grows in the first part of its phase; its own arrows follow.
            addTrack(
                phaseOr(t.allocPhase, box.object, kSettlePhase),
                [item](qreal e) {
                    item->setScale(kGrowFrom + (1 - kGrowFrom) * e);
                    item->setOpacity(e);
                },
                0, 0.6);
        }
        auto changes = t.mutations.find(box.object);
        if (changes != t.mutations.end()) {
            flashChange(box, *changes->second.front(), t.mutatePhase.at(box.object));
        }
    }
    for (const LayoutBox& box : t.before.objects) {
        if (!t.hadState || t.after.findObject(box.object) != nullptr) {
            continue;
        }
        auto* ghost = new BoxItem(&m_scene->diagramPalette(), &m_scene->fonts());
        ghost->setBox(box);
        ghost->setTransformOriginPoint(QRectF(QPointF(0, 0), box.rect.size()).center());
        addGhost(ghost);
        addTrack(phaseOr(t.freePhase, box.object, kSettlePhase), [ghost](qreal e) {
            ghost->setOpacity(1 - e);
            ghost->setScale(1 - 0.3 * e);
        });
    }
}

void StepAnimator::flashChange(const LayoutBox& box, const Event& change, int phase) {
    // The changed cell flashes: the attribute's or item's value cell when it can be named,
    // otherwise the whole box.
    QRectF flash = box.rect;
    std::vector<const LayoutCell*> values;
    for (std::size_t c = 0; c < box.cells.size(); ++c) {
        const LayoutCell& cell = box.cells[c];
        if (cell.role != CellRole::Value) {
            continue;
        }
        values.push_back(&cell);
        const bool isAttr = change.op == core::MutateOp::SetAttr && c > 0 &&
                            box.cells[c - 1].role == CellRole::Label &&
                            box.cells[c - 1].text == fromUtf8(change.name);
        if (isAttr) {
            flash = cell.rect;
        }
    }
    const bool isItem =
        (change.op == core::MutateOp::SetItem || change.op == core::MutateOp::Insert) &&
        change.key.valid() == false &&
        (box.title == QStringLiteral("list") || box.title == QStringLiteral("deque"));
    if (isItem && change.index >= 0 && std::size_t(change.index) < values.size()) {
        flash = values[std::size_t(change.index)]->rect;
    }
    auto* rect = new QGraphicsRectItem(flash.adjusted(-3, -3, 3, 3));
    QColor color = m_scene->diagramPalette().activeFrameBorder;
    rect->setPen(QPen(color, 3));
    color.setAlpha(70);
    rect->setBrush(color);
    rect->setZValue(kFlashZ);
    rect->setOpacity(0);
    addGhost(rect);
    addTrack(phase, [rect](qreal e) { rect->setOpacity(std::sin(e * M_PI)); });
}

void StepAnimator::animateArrows(const Transition& t) {
    std::map<ArrowKey, const LayoutArrow*> oldArrows;
    if (t.hadState) {
        for (const LayoutArrow& arrow : t.before.arrows) {
            oldArrows.emplace(arrow.source, &arrow);
        }
    }
    const std::map<ObjectId, LayoutArrow> returnArrows = returnValueArrows(t, oldArrows);
    std::set<ArrowKey> kept;
    for (const LayoutArrow& arrow : t.after.arrows) {
        auto old = oldArrows.find(arrow.source);
        if (old != oldArrows.end()) {
            kept.insert(arrow.source);
            moveArrow(t, *old->second, arrow);
        } else {
            drawArrowOut(t, arrow, returnArrows);
        }
    }
    for (const auto& [key, arrow] : oldArrows) {
        if (kept.count(key) != 0) {
            continue;
        }
        auto* ghost = new ArrowItem(&m_scene->diagramPalette());
        ghost->setArrow(*arrow);
        addGhost(ghost);
        const ArrowKey& source = key;
        const LayoutBox* frameBox =
            source.fromFrame ? t.before.findFrame(FrameId{source.box}) : nullptr;
        addTrack(t.sourcePhase(key, frameBox), [ghost](qreal e) { ghost->setOpacity(1 - e); });
    }
}

std::map<ObjectId, LayoutArrow>
StepAnimator::returnValueArrows(const Transition& t,
                                const std::map<ArrowKey, const LayoutArrow*>& oldArrows) {
    // A popped frame's return value arrow: where a value bound from the call comes from.
    std::map<ObjectId, LayoutArrow> returnArrows;
    for (const auto& [key, arrow] : oldArrows) {
        const ArrowKey& source = key;
        if (source.fromFrame && t.popPhase.count(FrameId{source.box}) != 0 &&
            t.returned.count(arrow->target) != 0 &&
            rowName(t.before.findFrame(FrameId{source.box}), int(source.cell)) ==
                diagramText(kReturnLabel)) {
            returnArrows.emplace(arrow->target, *arrow);
        }
    }
    return returnArrows;
}

void StepAnimator::moveArrow(const Transition& t, const LayoutArrow& from,
                             const LayoutArrow& arrow) {
    if (sameGeometry(from, arrow)) {
        return;
    }
    ArrowItem* item = m_scene->arrowItem(arrow.source);
    const ArrowKey& source = arrow.source;
    const LayoutBox* frameBox = source.fromFrame ? t.after.findFrame(FrameId{source.box}) : nullptr;
    // Same target: it follows its boxes as they settle, or it only makes room for the arrows
    // around it. New target: the head slides over when the program rebinds or mutates.
    int at = t.sourcePhase(arrow.source, frameBox);
    if (from.target == arrow.target) {
        const LayoutBox* oldTarget = t.before.findObject(arrow.target);
        const LayoutBox* newTarget = t.after.findObject(arrow.target);
        const bool moved = oldTarget == nullptr || newTarget == nullptr ||
                           oldTarget->rect.topLeft() != newTarget->rect.topLeft() ||
                           from.start != arrow.start;
        at = moved ? kSettlePhase : kTidyPhase;
    }
    addTrack(at, [item, from, arrow](qreal e) { item->setArrow(lerp(from, arrow, e)); });
}

void StepAnimator::drawArrowOut(const Transition& t, const LayoutArrow& arrow,
                                const std::map<ObjectId, LayoutArrow>& returnArrows) {
    ArrowItem* item = m_scene->arrowItem(arrow.source);
    const ArrowKey& source = arrow.source;
    const LayoutBox* frameBox = source.fromFrame ? t.after.findFrame(FrameId{source.box}) : nullptr;
    LayoutArrow from = collapsed(arrow);
    qreal share = 0;
    if (source.fromFrame) {
        // A value returned by a call travels from the callee's frame to its new name.
        const auto bound =
            t.boundTo.find({FrameId{source.box}, rowName(frameBox, int(source.cell))});
        if (bound != t.boundTo.end()) {
            auto travelling = returnArrows.find(bound->second);
            if (travelling != returnArrows.end()) {
                from = travelling->second;
            }
        }
    } else if (t.allocPhase.count(ObjectId{source.box}) != 0 &&
               t.mutatePhase.count(ObjectId{source.box}) == 0) {
        share = 0.5; // a new object's own references draw once it has grown
    }
    addTrack(
        t.sourcePhase(arrow.source, frameBox),
        [item, from, arrow](qreal e) {
            item->setOpacity(e > 0 ? 1 : 0);
            item->setArrow(lerp(from, arrow, std::max(e, 0.02)));
        },
        share, 1);
}

void StepAnimator::placeOnTimeline() {
    // The phases in use, in order, share [0, 1] equally; tidying plays along with the last.
    std::set<int> used;
    for (const Track& track : m_tracks) {
        if (track.phase != kTidyPhase) {
            used.insert(track.phase);
        }
    }
    for (const Output& output : m_outputs) {
        used.insert(output.phase);
    }
    const int last = used.empty() ? kSettlePhase : *used.rbegin();
    for (Track& track : m_tracks) {
        if (track.phase == kTidyPhase) {
            track.phase = last;
            used.insert(last);
        }
    }
    std::map<int, int> rank;
    for (int p : used) {
        rank.emplace(p, int(rank.size()));
    }
    m_phaseCount = int(used.size());
    const qreal length = m_phaseCount > 0 ? 1.0 / m_phaseCount : 1.0;
    for (Track& track : m_tracks) {
        const qreal base = rank.at(track.phase) * length;
        track.start = base + track.from * length;
        track.end = base + track.to * length;
    }
    for (Output& output : m_outputs) {
        output.start = rank.at(output.phase) * length;
    }
}

void StepAnimator::setProgress(qreal t) {
    if (!m_active) {
        return;
    }
    t = std::clamp(t, 0.0, 1.0);
    if (t == m_progress) {
        return;
    }
    m_progress = t;
    for (Track& track : m_tracks) {
        qreal local = track.end > track.start ? (t - track.start) / (track.end - track.start)
                                              : (t >= track.end ? 1 : 0);
        local = std::clamp(local, 0.0, 1.0);
        const qreal eased = easing().valueForProgress(local);
        if (eased != track.last) {
            track.last = eased;
            track.apply(eased);
        }
    }
    const QString output = visibleOutput();
    if (output != m_shownOutput) {
        m_shownOutput = output;
        emit outputChanged(output);
    }
    emit progressChanged(t);
}

QString StepAnimator::visibleOutput() const {
    std::size_t hidden = 0;
    if (m_active) {
        for (const Output& output : m_outputs) {
            if (m_progress <= output.start) {
                hidden += output.bytes;
            }
        }
    }
    hidden = std::min(hidden, m_finalOutput.size());
    return fromUtf8(m_finalOutput.substr(0, m_finalOutput.size() - hidden));
}

void StepAnimator::start(int durationMs) {
    if (!m_active) {
        return;
    }
    if (durationMs <= 0 || m_phaseCount == 0) {
        finish();
        return;
    }
    m_clock->stop();
    m_clock->setDuration(durationMs);
    m_clock->start();
}

void StepAnimator::finish() {
    m_clock->stop();
    if (!m_active) {
        return;
    }
    m_tracks.clear();
    for (QGraphicsItem* ghost : m_ghosts) {
        m_scene->removeItem(ghost);
        delete ghost;
    }
    m_ghosts.clear();
    restoreFinalGeometry();
    m_active = false;
    m_progress = 1;
    m_outputs.clear();
    const QString output = visibleOutput();
    if (output != m_shownOutput) {
        m_shownOutput = output;
        emit outputChanged(output);
    }
    emit progressChanged(1);
    emit finished();
}

void StepAnimator::restoreFinalGeometry() {
    const DiagramLayoutResult& layout = m_scene->currentLayout();
    for (const LayoutBox& box : layout.frames) {
        if (BoxItem* item = m_scene->frameItem(box.frame)) {
            item->setPos(box.rect.topLeft());
            item->setOpacity(1);
            item->setScale(1);
        }
    }
    for (const LayoutBox& box : layout.objects) {
        if (BoxItem* item = m_scene->objectItem(box.object)) {
            item->setPos(box.rect.topLeft());
            item->setOpacity(1);
            item->setScale(1);
        }
    }
    for (const LayoutArrow& arrow : layout.arrows) {
        if (ArrowItem* item = m_scene->arrowItem(arrow.source)) {
            item->setArrow(arrow);
            item->setOpacity(1);
        }
    }
}

void StepAnimator::onSceneChanged() {
    // Someone else redrew the scene (new options, theme, a cleared run): the tracks may
    // point at deleted items, so drop them before finishing on the scene's new picture.
    if (m_preparing || !m_active) {
        return;
    }
    m_tracks.clear();
    finish();
}

} // namespace memstep::ui
