#include "diagram_scene.h"

#include "arrow_item.h"
#include "box_item.h"
#include "object_text.h"

#include <QGraphicsSceneHelpEvent>
#include <QToolTip>
#include <unordered_set>
#include <utility>

namespace memstep::ui {

namespace {

// Removes items whose key is not in `keep`; the scene deletes them.
template <typename Map, typename Set>
void removeStale(QGraphicsScene& scene, Map& items, const Set& keep) {
    for (auto it = items.begin(); it != items.end();) {
        if (keep.count(it->first) == 0) {
            scene.removeItem(it->second);
            delete it->second;
            it = items.erase(it);
        } else {
            ++it;
        }
    }
}

// A tooltip line's length: a long value is broken into lines of this many characters (digits
// and identifiers have no spaces to wrap at).
constexpr qsizetype kToolTipLineChars = 80;

QString toolTipText(const QString& whole) {
    QStringList lines;
    for (qsizetype at = 0; at < whole.size();) {
        qsizetype length = std::min(kToolTipLineChars, whole.size() - at);
        if (at + length < whole.size() && whole.at(at + length - 1).isHighSurrogate()) {
            --length; // a character outside the BMP stays whole
        }
        lines.append(whole.mid(at, length).toHtmlEscaped());
        at += length;
    }
    return QStringLiteral("<p style=\"white-space:pre\">") + lines.join(QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

} // namespace

DiagramScene::DiagramScene(QObject* parent)
    : QGraphicsScene(parent), m_palette(DiagramPalette::light()), m_fonts(DiagramFonts::standard()),
      m_layout(m_fonts) {
    setBackgroundBrush(m_palette.background);
}

void DiagramScene::showState(const core::ProgramState& state, std::vector<ExitedFrame> exited) {
    m_state = state;
    m_exited = std::move(exited);
    relayout();
}

void DiagramScene::clearDiagram() {
    m_state.reset();
    m_exited.clear();
    m_layout.reset();
    m_result = {};
    for (auto& [id, item] : m_frames) {
        delete item;
    }
    for (auto& [id, item] : m_objects) {
        delete item;
    }
    for (auto& [key, item] : m_arrows) {
        delete item;
    }
    m_frames.clear();
    m_objects.clear();
    m_arrows.clear();
    setSceneRect(QRectF(0, 0, 1, 1));
    emit diagramChanged();
}

void DiagramScene::setOptions(const LayoutOptions& options) {
    if (options == m_options) {
        return;
    }
    m_options = options;
    if (m_state) {
        relayout();
    }
}

void DiagramScene::setDiagramPalette(const DiagramPalette& palette) {
    m_palette = palette;
    setBackgroundBrush(m_palette.background);
    update();
}

void DiagramScene::relayout() {
    const DiagramLayoutResult previous =
        std::exchange(m_result, m_layout.layout(*m_state, m_options, m_exited));

    std::unordered_set<core::FrameId> frames;
    for (const LayoutBox& box : m_result.frames) {
        frames.insert(box.frame);
    }
    std::unordered_set<core::ObjectId> objects;
    for (const LayoutBox& box : m_result.objects) {
        objects.insert(box.object);
    }
    std::unordered_set<ArrowKey, ArrowKeyHash> arrows;
    for (const LayoutArrow& arrow : m_result.arrows) {
        arrows.insert(arrow.source);
    }
    removeStale(*this, m_frames, frames);
    removeStale(*this, m_objects, objects);
    removeStale(*this, m_arrows, arrows);

    // An item whose box is the one it already shows is left alone: neither rebuilt nor
    // repainted. Items always show the last layout's boxes when the scene is at rest (the step
    // animator puts back what it moved), so that layout says what each one shows.
    std::unordered_map<core::FrameId, const LayoutBox*> shownFrames;
    for (const LayoutBox& box : previous.frames) {
        shownFrames.emplace(box.frame, &box);
    }
    std::unordered_map<core::ObjectId, const LayoutBox*> shownObjects;
    for (const LayoutBox& box : previous.objects) {
        shownObjects.emplace(box.object, &box);
    }
    auto update = [](auto* item, const LayoutBox& box, const auto& shown, auto id, bool created) {
        auto old = shown.find(id);
        if (created || old == shown.end() || !sameBox(*old->second, box)) {
            item->setBox(box);
        } else if (item->pos() != box.rect.topLeft()) {
            item->setPos(box.rect.topLeft());
        }
    };
    for (const LayoutBox& box : m_result.frames) {
        BoxItem*& item = m_frames[box.frame];
        const bool created = item == nullptr;
        if (created) {
            item = new BoxItem(&m_palette, &m_fonts);
            addItem(item);
        }
        update(item, box, shownFrames, box.frame, created);
    }
    for (const LayoutBox& box : m_result.objects) {
        BoxItem*& item = m_objects[box.object];
        const bool created = item == nullptr;
        if (created) {
            item = new BoxItem(&m_palette, &m_fonts);
            addItem(item);
        }
        update(item, box, shownObjects, box.object, created);
    }
    for (const LayoutArrow& arrow : m_result.arrows) {
        ArrowItem*& item = m_arrows[arrow.source];
        if (item == nullptr) {
            item = new ArrowItem(&m_palette);
            addItem(item);
        }
        item->setArrow(arrow);
    }
    setSceneRect(diagramRect());
    emit diagramChanged();
}

BoxItem* DiagramScene::frameItem(core::FrameId id) const {
    auto it = m_frames.find(id);
    return it == m_frames.end() ? nullptr : it->second;
}

BoxItem* DiagramScene::objectItem(core::ObjectId id) const {
    auto it = m_objects.find(id);
    return it == m_objects.end() ? nullptr : it->second;
}

ArrowItem* DiagramScene::arrowItem(const ArrowKey& source) const {
    auto it = m_arrows.find(source);
    return it == m_arrows.end() ? nullptr : it->second;
}

QRectF DiagramScene::diagramRect() const {
    if (m_result.frames.empty() && m_result.objects.empty()) {
        return QRectF(0, 0, 1, 1);
    }
    return m_result.bounds;
}

QString DiagramScene::wholeValueAt(QPointF scenePos) const {
    if (!m_state) {
        return {};
    }
    for (const LayoutBox& box : m_result.objects) {
        if (!box.rect.contains(scenePos)) {
            continue;
        }
        const auto object = m_state->heap.find(box.object);
        if (object == m_state->heap.end()) {
            return {};
        }
        for (const LayoutCell& cell : box.cells) {
            if (cell.role != CellRole::Value || cell.target || !cell.rect.contains(scenePos)) {
                continue;
            }
            // A value drawn inline has no id in its cell: it is whichever object this one
            // refers to that reads so (two values cut alike would show the first one's text).
            QString whole;
            core::forEachReference(object->second, [&](core::ObjectId id) {
                const auto ref = m_state->heap.find(id);
                if (whole.isEmpty() && ref != m_state->heap.end() && isValueCut(ref->second) &&
                    valueText(ref->second) == cell.text) {
                    whole = wholeValueText(ref->second);
                }
            });
            return whole;
        }
        return wholeValueText(object->second);
    }
    return {};
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent* event) {
    const QString whole = wholeValueAt(event->scenePos());
    if (whole.isEmpty()) {
        QGraphicsScene::helpEvent(event);
        return;
    }
    QToolTip::showText(event->screenPos(), toolTipText(whole), event->widget());
    event->accept();
}

} // namespace memstep::ui
