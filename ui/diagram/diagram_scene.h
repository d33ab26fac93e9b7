// The stack/heap diagram as a QGraphicsScene: a projection of one program state.
//
// showState() lays the state out and then creates, moves or removes items by id (frames by
// FrameId, objects by ObjectId, arrows by their slot), so an object that lives across steps is
// the same item throughout, and an item whose box or arrow did not change is not touched at
// all: a step repaints what it changed. The scene owns the layout and with it the memory of
// positions; clearDiagram() forgets both when a new run starts.
#pragma once

#include "diagram_layout.h"
#include "diagram_palette.h"
#include "memstep/trace.h"

#include <QGraphicsScene>
#include <map>
#include <optional>
#include <unordered_map>

namespace memstep::ui {

class ArrowItem;
class BoxItem;

class DiagramScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit DiagramScene(QObject* parent = nullptr);

    // exited: returned frames to draw greyed below the live ones (View > Show Exited Frames).
    void showState(const core::ProgramState& state, std::vector<ExitedFrame> exited = {});
    // Removes every item and forgets remembered positions.
    void clearDiagram();

    void setOptions(const LayoutOptions& options);
    const LayoutOptions& options() const { return m_options; }
    void setDiagramPalette(const DiagramPalette& palette);
    const DiagramPalette& diagramPalette() const { return m_palette; }
    const DiagramFonts& fonts() const { return m_fonts; }

    const DiagramLayoutResult& currentLayout() const { return m_result; }
    bool hasState() const { return m_state.has_value(); }

    BoxItem* frameItem(core::FrameId id) const;
    BoxItem* objectItem(core::ObjectId id) const;
    ArrowItem* arrowItem(const ArrowKey& source) const;
    std::size_t frameItemCount() const { return m_frames.size(); }
    std::size_t objectItemCount() const { return m_objects.size(); }
    std::size_t arrowItemCount() const { return m_arrows.size(); }

    // The area worth showing or exporting: every item plus a margin.
    QRectF diagramRect() const;

    // The whole text of a value drawn cut at scenePos (a long str or a big int, in its own box
    // or inline in a slot), shown when the pointer rests on it; empty where nothing is cut.
    QString wholeValueAt(QPointF scenePos) const;

signals:
    void diagramChanged();

protected:
    // Tooltips come from the state when asked for, not stored on every item at every step.
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    void relayout();

    DiagramPalette m_palette;
    DiagramFonts m_fonts;
    DiagramLayout m_layout;
    LayoutOptions m_options;
    std::optional<core::ProgramState> m_state;
    std::vector<ExitedFrame> m_exited;
    DiagramLayoutResult m_result;
    std::unordered_map<core::FrameId, BoxItem*> m_frames;
    std::unordered_map<core::ObjectId, BoxItem*> m_objects;
    std::map<ArrowKey, ArrowItem*> m_arrows;
};

} // namespace memstep::ui
