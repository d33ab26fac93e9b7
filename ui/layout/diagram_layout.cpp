#include "diagram_layout.h"

#include "arrow_routing.h"
#include "box_builder.h"
#include "heap_placement.h"
#include "object_text.h"
#include "stack_cut.h"

#include <QFontMetricsF>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace memstep::ui {

QString diagramText(const char* source) {
    return QCoreApplication::translate("memstep::ui::DiagramText", source);
}

namespace {

using core::ObjectId;

constexpr qreal kBoundsMargin = 24;
// Boxes of objects not in the current step kept for reuse, beyond twice the step's own.
constexpr std::size_t kMinRememberedBoxes = 1024;

// A value a variable names is drawn with an arrow from each slot holding it, so that sharing
// shows; but a loop's `i = 0` beside a list of sixty zeros would send sixty arrows into one
// small box, and no one can follow those. Past this many slots, every slot writes the value.
constexpr int kMaxArrowsToANamedValue = 8;

// Takes out of `named` the scalars more than kMaxArrowsToANamedValue member slots of the heap
// hold: those slots write them as text, as they write a value no variable names.
void dropCrowdedValues(const core::ProgramState& state, std::unordered_set<ObjectId>& named) {
    std::unordered_map<ObjectId, int> held;
    const auto count = [&](ObjectId id) {
        if (named.count(id) != 0) {
            ++held[id];
        }
    };
    for (const auto& [id, object] : state.heap) {
        // Keys are always text (Slot::Key): only the other references are slots with arrows.
        for (ObjectId item : object.items) {
            count(item);
        }
        for (const auto& entry : object.entries) {
            count(entry.second);
        }
        for (ObjectId value : object.defaults) {
            count(value);
        }
        for (const core::NamedRef& cell : object.closure) {
            count(cell.second);
        }
        for (const core::NamedRef& attr : object.attrs) {
            count(attr.second);
        }
    }
    for (const auto& [id, holders] : held) {
        auto object = state.heap.find(id);
        if (holders > kMaxArrowsToANamedValue && object != state.heap.end() &&
            isScalar(object->second)) {
            named.erase(id);
        }
    }
}

// The frames in a column at the left, outermost first, all as wide as the widest: the stack
// (cut when deep, stack_cut.h), then paused generators' frames, then returned ones.
std::vector<LayoutBox> layoutFrames(const core::ProgramState& state, const BoxBuilder& builder,
                                    const std::vector<ExitedFrame>& exited,
                                    const QFont& titleFont) {
    std::vector<LayoutBox> frames;
    const StackCut cut = StackCut::of(state.frames.size());
    qreal frameWidth = 0;
    for (std::size_t i = 0; i < state.frames.size(); ++i) {
        if (cut.drawn(i)) {
            frameWidth = std::max(frameWidth, builder.frameNaturalWidth(state.frames[i]));
        }
    }
    for (const core::FrameState& frame : state.suspended) {
        frameWidth = std::max(frameWidth, builder.frameNaturalWidth(frame, true));
    }
    QString markerTitle;
    if (cut.hidden != 0) {
        markerTitle = QCoreApplication::translate("memstep::ui::DiagramText",
                                                  "\u2026 %1 frames not shown \u2026")
                          .arg(cut.hidden);
        frameWidth = std::max(frameWidth, QFontMetricsF(titleFont).horizontalAdvance(markerTitle) +
                                              2 * DiagramLayout::kPadding);
    }
    qreal y = 0;
    auto stack = [&](LayoutBox box) {
        box = movedBy(std::move(box), QPointF(0, y));
        y = box.rect.bottom() + DiagramLayout::kFrameGap;
        frames.push_back(std::move(box));
    };
    for (std::size_t i = 0; i < state.frames.size(); ++i) {
        if (cut.markerBefore(i)) {
            LayoutBox marker;
            marker.isFrame = true;
            marker.hiddenFrames = int(cut.hidden);
            marker.title = markerTitle;
            marker.rect = QRectF(0, 0, frameWidth, DiagramLayout::kStackCutHeight);
            marker.headerRect = marker.rect;
            stack(std::move(marker));
        }
        if (cut.drawn(i)) {
            stack(builder.frameBox(state.frames[i], frameWidth, i + 1 == state.frames.size()));
        }
    }
    // Paused generators' frames below the stack: what each generator remembers until its next
    // next(), its variables pointing at their objects like any frame's.
    for (const core::FrameState& frame : state.suspended) {
        stack(builder.frameBox(frame, frameWidth, false, true));
    }
    for (const ExitedFrame& frame : exited) {
        stack(builder.exitedFrameBox(frame, frameWidth));
    }
    return frames;
}

// Everything drawn, arrows' curves included (sampled: their controls can lie well outside
// what is drawn), with a margin.
QRectF boundsOf(const DiagramLayoutResult& result) {
    QRectF bounds;
    for (const LayoutBox& box : result.frames) {
        bounds |= box.rect;
    }
    for (const LayoutBox& box : result.objects) {
        bounds |= box.rect;
    }
    for (const LayoutArrow& arrow : result.arrows) {
        for (const auto& piece : arrowCurve(arrow)) {
            constexpr int kSamples = 12;
            for (int i = 0; i <= kSamples; ++i) {
                const qreal t = qreal(i) / kSamples;
                const qreal u = 1 - t;
                const QPointF p = u * u * u * piece[0] + 3 * u * u * t * piece[1] +
                                  3 * u * t * t * piece[2] + t * t * t * piece[3];
                bounds |= QRectF(p, QSizeF(1, 1));
            }
        }
    }
    return bounds.adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
}

} // namespace

LayoutBox movedBy(LayoutBox box, QPointF offset) {
    box.rect.translate(offset);
    box.headerRect.translate(offset);
    for (LayoutCell& cell : box.cells) {
        cell.rect.translate(offset);
        cell.anchor += offset;
    }
    return box;
}

namespace {

// One or two arrows leave a row by its free right edge or round it without trouble; upside down
// the box would only surprise.
constexpr std::size_t kMinUpwardArrows = 3;

// Whether box is a sequence drawn as one row of cells whose arrows all point at boxes wholly
// above it.
bool pointsOnlyUpwards(const LayoutBox& box, const std::vector<LayoutBox>& objects,
                       const std::unordered_map<ObjectId, std::size_t>& index) {
    std::optional<qreal> rowTop;
    std::size_t arrows = 0;
    for (const LayoutCell& cell : box.cells) {
        if (cell.role != CellRole::Value) {
            continue;
        }
        if (!cell.sourceName.startsWith(QLatin1Char('['))) {
            return false; // not a list's, tuple's or set's item: a frame's or an instance's slot
        }
        if (rowTop && *rowTop != cell.rect.top()) {
            return false; // a column or a wrapped row: its cells are not all on the top edge
        }
        rowTop = cell.rect.top();
        if (!cell.target) {
            continue;
        }
        auto target = index.find(*cell.target);
        if (target == index.end()) {
            continue; // not drawn: no arrow
        }
        if (objects[target->second].rect.bottom() >= box.rect.top()) {
            return false;
        }
        ++arrows;
    }
    return arrows >= kMinUpwardArrows;
}

} // namespace

void faceUpwards(std::vector<LayoutBox>& objects) {
    std::unordered_map<ObjectId, std::size_t> index;
    index.reserve(objects.size());
    for (std::size_t i = 0; i < objects.size(); ++i) {
        index.emplace(objects[i].object, i);
    }
    for (LayoutBox& box : objects) {
        if (box.isFrame || !pointsOnlyUpwards(box, objects, index)) {
            continue;
        }
        // Mirrored top to bottom within the box: the cells' row comes as close to the top
        // edge as the type strip was, and the arrows leave it straight up.
        const qreal sum = box.rect.top() + box.rect.bottom();
        auto mirror = [sum](QRectF& r) { r.moveTop(sum - r.bottom()); };
        mirror(box.headerRect);
        for (LayoutCell& cell : box.cells) {
            mirror(cell.rect);
            cell.anchor.setY(sum - cell.anchor.y());
        }
        box.upward = true;
    }
}

bool samePoint(QPointF a, QPointF b) {
    return a.x() == b.x() && a.y() == b.y();
}

bool sameRect(const QRectF& a, const QRectF& b) {
    return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
}

bool sameCell(const LayoutCell& a, const LayoutCell& b) {
    return a.role == b.role && sameRect(a.rect, b.rect) && a.text == b.text &&
           a.target == b.target && samePoint(a.anchor, b.anchor) && a.sourceName == b.sourceName;
}

bool sameBox(const LayoutBox& a, const LayoutBox& b) {
    return a.isFrame == b.isFrame && a.frame == b.frame && a.object == b.object &&
           sameRect(a.rect, b.rect) && sameRect(a.headerRect, b.headerRect) && a.title == b.title &&
           a.idText == b.idText && a.immutable == b.immutable && a.active == b.active &&
           a.returning == b.returning && a.exited == b.exited && a.hiddenFrames == b.hiddenFrames &&
           a.upward == b.upward &&
           std::equal(a.cells.begin(), a.cells.end(), b.cells.begin(), b.cells.end(), sameCell);
}

QString ArrowKey::toString() const {
    return QStringLiteral("%1%2:%3")
        .arg(fromFrame ? QLatin1Char('f') : QLatin1Char('o'))
        .arg(box)
        .arg(cell);
}

bool sameArrow(const LayoutArrow& a, const LayoutArrow& b) {
    return a.source == b.source && a.target == b.target && samePoint(a.start, b.start) &&
           samePoint(a.control1, b.control1) && samePoint(a.control2, b.control2) &&
           samePoint(a.end, b.end) &&
           std::equal(a.pieces.begin(), a.pieces.end(), b.pieces.begin(), b.pieces.end(),
                      samePoint);
}

std::pair<std::array<QPointF, 4>, std::array<QPointF, 4>>
splitCubic(const std::array<QPointF, 4>& c) {
    const QPointF ab = (c[0] + c[1]) / 2;
    const QPointF bc = (c[1] + c[2]) / 2;
    const QPointF cd = (c[2] + c[3]) / 2;
    const QPointF abc = (ab + bc) / 2;
    const QPointF bcd = (bc + cd) / 2;
    const QPointF mid = (abc + bcd) / 2;
    return {{c[0], ab, abc, mid}, {mid, bcd, cd, c[3]}};
}

std::vector<std::array<QPointF, 4>> arrowCurve(const LayoutArrow& arrow) {
    if (arrow.pieces.size() < 3) {
        return {{arrow.start, arrow.control1, arrow.control2, arrow.end}};
    }
    std::vector<std::array<QPointF, 4>> curve;
    QPointF from = arrow.start;
    for (std::size_t i = 0; i + 2 < arrow.pieces.size(); i += 3) {
        curve.push_back({from, arrow.pieces[i], arrow.pieces[i + 1], arrow.pieces[i + 2]});
        from = arrow.pieces[i + 2];
    }
    return curve;
}

const LayoutBox* DiagramLayoutResult::findObject(core::ObjectId id) const {
    for (const LayoutBox& box : objects) {
        if (box.object == id) {
            return &box;
        }
    }
    return nullptr;
}

const LayoutBox* DiagramLayoutResult::findFrame(core::FrameId id) const {
    for (const LayoutBox& box : frames) {
        if (box.frame == id) {
            return &box;
        }
    }
    return nullptr;
}

DiagramLayout::DiagramLayout(DiagramFonts fonts) : m_fonts(std::move(fonts)) {}

void DiagramLayout::reset() {
    forgetCaches();
}

void DiagramLayout::forgetCaches() {
    m_boxes.clear();
    m_textWidths.clear();
    m_routes.clear();
}

LayoutBox DiagramLayout::objectBox(ObjectId id, const core::HeapObject& object,
                                   const core::ProgramState& state, const BoxBuilder& builder,
                                   const std::unordered_set<ObjectId>& named) {
    // The box built before for the same contents, read the same way, or a new one.
    auto cached = m_boxes.find(id);
    if (cached != m_boxes.end() && cached->second.object == object &&
        looksStill(cached->second.looks, object, state, named)) {
        cached->second.usedAt = m_calls;
        return cached->second.box;
    }
    CachedBox& entry = m_boxes[id];
    entry.object = object;
    entry.looks.clear();
    forEachRef(object, [&](ObjectId ref) { entry.looks.push_back(lookOf(state, ref, named)); });
    entry.box = builder.objectBox(id, object);
    entry.usedAt = m_calls;
    return entry.box;
}

DiagramLayoutResult DiagramLayout::layout(const core::ProgramState& state,
                                          const LayoutOptions& options,
                                          const std::vector<ExitedFrame>& exited) {
    DiagramLayoutResult result;
    // What the drawn frames' names point at (filled once the frames are built, before any
    // object's box, which is the first thing that reads it).
    std::unordered_set<ObjectId> named;
    BoxBuilder builder(state, options, m_fonts, m_textWidths, named);
    ++m_calls;
    if (!(options == m_boxesOptions)) {
        m_boxes.clear();
        m_routes.clear();
        m_boxesOptions = options;
    }
    result.frames = layoutFrames(state, builder, exited, m_fonts.title);
    qreal framesRight = 0;
    for (const LayoutBox& frame : result.frames) {
        framesRight = std::max(framesRight, frame.rect.right());
        for (const LayoutCell& cell : frame.cells) {
            if (cell.target) {
                named.insert(*cell.target);
            }
        }
    }
    if (!options.everyObject) {
        dropCrowdedValues(state, named);
    }
    HeapPlacement placement(state, [&](ObjectId id, const core::HeapObject& object) {
        return objectBox(id, object, state, builder, named);
    });
    result.objects = placement.place(result.frames, framesRight + kColumnGap);
    faceUpwards(result.objects);
    routeAll(result);
    // Boxes of objects gone from this step are kept for a step back, but not without end.
    if (m_boxes.size() > 2 * result.objects.size() + kMinRememberedBoxes) {
        std::erase_if(m_boxes, [&](const auto& entry) { return entry.second.usedAt != m_calls; });
    }
    result.bounds = boundsOf(result);
    return result;
}

// Arrows: each leaves its slot by a free edge and ends at its own point of its target.
void DiagramLayout::routeAll(DiagramLayoutResult& result) {
    std::unordered_map<ObjectId, std::size_t> objectIndex;
    for (std::size_t i = 0; i < result.objects.size(); ++i) {
        objectIndex.emplace(result.objects[i].object, i);
    }
    std::vector<ArrowOrigin> origins;
    auto collect = [&](const LayoutBox& box, bool fromFrame, std::uint32_t boxId) {
        for (std::size_t c = 0; c < box.cells.size(); ++c) {
            const LayoutCell& cell = box.cells[c];
            if (!cell.target) {
                continue;
            }
            auto target = objectIndex.find(*cell.target);
            if (target == objectIndex.end()) {
                continue;
            }
            LayoutArrow arrow;
            arrow.source = ArrowKey{fromFrame, boxId, c};
            arrow.target = *cell.target;
            arrow.start = cell.anchor;
            result.arrows.push_back(arrow);
            origins.push_back({&box, c, &result.objects[target->second]});
        }
    };
    for (const LayoutBox& frame : result.frames) {
        collect(frame, true, frame.frame.value);
    }
    for (const LayoutBox& object : result.objects) {
        collect(object, false, object.object.value);
    }
    std::vector<const LayoutBox*> allBoxes;
    allBoxes.reserve(result.frames.size() + result.objects.size());
    for (const LayoutBox& box : result.frames) {
        allBoxes.push_back(&box);
    }
    for (const LayoutBox& box : result.objects) {
        allBoxes.push_back(&box);
    }
    routeArrows(result.arrows, origins, allBoxes, &m_routes);
}

} // namespace memstep::ui
