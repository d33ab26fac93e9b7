// Where every frame, object and arrow of one program state goes, computed without painting.
//
// The layout is the diagram's geometry as plain data (boxes made of cells, arrows as cubic
// curves), so tests can check it without a scene. Frames stack in a column on the left in
// call order; objects go to their right, following the structure: every object hangs under
// the slot that first reaches it (depth first from the frames' variables), a chain of links
// runs left to right in a row, a list of lists reads as the rows of a grid, and a tree (a
// class whose instances branch into two or more of their own kind) grows downward, children
// side by side in order. Each subtree owns a rectangle of its own, so boxes never overlap.
//
// The picture is a function of the state alone: Step, Back, a jump or an export of the same
// step all draw the same thing, and an object keeps its place from one step to the next
// unless the structure before it changed.
//
// A step costs what it changed, not the size of the heap: the layout keeps each object's box
// (keyed by the object's contents and by how the objects it refers to read) and each arrow's
// route (keyed by everything its search looks at, route_memo.h), and reuses them only when
// those keys are equal, so the result is always exactly what a layout without them computes.
#pragma once

#include "arrow_key.h"
#include "diagram_palette.h"
#include "memstep/trace.h"
#include "route_memo.h"
#include "short_ids.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace memstep::ui {

class BoxBuilder;

// A frame that has returned, as it was on its last live step, with each variable's value as
// text (its objects may be gone since): drawn greyed below the live frames on request.
struct ExitedFrame {
    core::FrameState frame;
    std::vector<QString> values; // one per frame.vars entry
    bool operator==(const ExitedFrame&) const = default;
};

struct LayoutOptions {
    // Off (the default): an int, float, str, bool or None inside a container or an attribute is
    // drawn inline, as text in its slot, unless a variable of a drawn frame names that very
    // object; then the slot has an arrow to the variable's box, so sharing with a name shows
    // (unless more than eight slots hold it: sixty arrows into one box could not be followed).
    // Names in frames always point at boxes. On: every object is a box of its own.
    bool everyObject = false;
    // Each object shows an id: its short id ("id3", from shortIds) or, with pythonIds, the
    // number id() prints.
    bool showIds = false;
    bool pythonIds = false;
    std::shared_ptr<const ShortIds> shortIds = nullptr; // of the run shown; none: no short ids
    bool operator==(const LayoutOptions&) const = default;
};

// The words the picture draws are the window's language: each is an English source text of
// the context "memstep::ui::DiagramText" (written out at each use, as lupdate reads only
// literals), and diagramText() translates one (English when no translation is installed, as in
// tests and in the layout JSON of an English run).
QString diagramText(const char* source);

// The labels of a frame's last row while it hands something back: drawn in the return colour
// (compared as diagramText(kReturnLabel)...).
inline constexpr const char* kReturnLabel =
    QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "Return value");
inline constexpr const char* kYieldedLabel =
    QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "Yielded value");
inline constexpr const char* kRaisingLabel =
    QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "Raising");
// The text of an empty container and of an instance without attributes: drawn muted.
inline constexpr const char* kEmptyText = QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "empty");
inline constexpr const char* kNoAttributesText =
    QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "no attributes");

enum class CellRole {
    Label,   // a variable, attribute or parameter name, left of its value cell
    Caption, // a small index above a list cell
    Value,   // a bordered cell: holds inline text or the start of an arrow
    Text,    // free text inside a box: a scalar's value, a function's signature, "empty"
};

struct LayoutCell {
    CellRole role = CellRole::Text;
    QRectF rect; // scene coordinates
    QString text;
    std::optional<core::ObjectId> target; // Value cells drawn as an arrow slot
    QPointF anchor;                       // where that arrow starts: the cell's centre
    // Value cells: what the slot is, written after its box's id to name an arrow's start
    // (diagram-layout.md): ":x" or ":return" in a frame, "[3]" in a list, tuple or set (sets in
    // drawn order), "{2}" / "{2}:value" for a dict entry's key / value, ".attr" for an
    // attribute, ".__defaults__[0]" / ".__closure__[0]" in a function. Labels and captions
    // say this only as display text, which is ambiguous (an attribute named "x =").
    QString sourceName;
};

struct LayoutBox {
    bool isFrame = false;
    core::FrameId frame;   // frames
    core::ObjectId object; // objects
    QRectF rect;           // the whole box, scene coordinates
    QRectF headerRect;     // title bar of a frame, type strip of an object
    QString title;         // frame: function name; object: type label
    QString idText;        // object: id() number when ids are shown
    bool immutable = false;
    bool active = false;    // frame: the innermost (running) frame
    bool returning = false; // frame: about to return, shows its return value
    bool exited = false;    // frame: has returned; drawn greyed, its values as text
    int hiddenFrames = 0;   // frame: not a frame but the "... N frames not shown ..." marker of
                            // a deep stack (stack_cut.h); its FrameId is the invalid one
    // object: a row of cells drawn upside down (cells on top, indices under them, the type
    // strip at the bottom) because everything it points at lies above it (faceUpwards).
    bool upward = false;
    std::vector<LayoutCell> cells;
};

// The same box moved by offset (items keep their boxes in local coordinates).
LayoutBox movedBy(LayoutBox box, QPointF offset);

// Turns each object box that is one row of cells, every arrow of which points at a box wholly
// above it, upside down (LayoutBox::upward), so those arrows leave through its top instead of
// going round it. The second of two lists sharing their items sits under the items: its 40
// arrows would otherwise all squeeze round one side of it. Box sizes do not change.
void faceUpwards(std::vector<LayoutBox>& objects);

// Exact equality, coordinate for coordinate (QRectF's and QPointF's == are fuzzy): what the
// scene uses to leave an unchanged item alone and the tests to compare layouts.
bool samePoint(QPointF a, QPointF b);
bool sameRect(const QRectF& a, const QRectF& b);
bool sameCell(const LayoutCell& a, const LayoutCell& b);
bool sameBox(const LayoutBox& a, const LayoutBox& b);

struct LayoutArrow {
    ArrowKey source;
    core::ObjectId target;
    QPointF start; // the slot's anchor
    QPointF control1;
    QPointF control2;
    QPointF end; // on the target box's edge
    // An arrow that has to go round boxes is several cubic pieces: after start, three points
    // per piece (two controls, then where the piece ends; the last is `end`). control1 and
    // control2 are then the first and last controls. Empty: one cubic, start to end.
    std::vector<QPointF> pieces;
};

// An arrow's curve as cubic pieces {from, control, control, to}, start to end.
std::vector<std::array<QPointF, 4>> arrowCurve(const LayoutArrow& arrow);

// A cubic piece {from, control, control, to} split at its middle (de Casteljau).
std::pair<std::array<QPointF, 4>, std::array<QPointF, 4>>
splitCubic(const std::array<QPointF, 4>& c);

bool sameArrow(const LayoutArrow& a, const LayoutArrow& b);

struct DiagramLayoutResult {
    std::vector<LayoutBox> frames; // outermost first
    std::vector<LayoutBox> objects;
    std::vector<LayoutArrow> arrows;
    QRectF bounds;

    const LayoutBox* findObject(core::ObjectId id) const;
    const LayoutBox* findFrame(core::FrameId id) const;
};

class DiagramLayout {
public:
    // Spacing in scene pixels: generous, for projectors.
    static constexpr qreal kPadding = 10;
    static constexpr qreal kFrameGap = 18;
    static constexpr qreal kObjectGap = 22;
    static constexpr qreal kColumnGap = 70;
    static constexpr qreal kCellHeight = 32;
    static constexpr qreal kMinCellWidth = 36;
    static constexpr qreal kHeaderHeight = 22;
    static constexpr qreal kFrameTitleHeight = 32;
    static constexpr qreal kCaptionHeight = 15;
    static constexpr qreal kStackCutHeight = 30;
    // Long lists wrap so one box never runs off the projector.
    static constexpr int kMaxCellsPerRow = 10;
    // Past this many items a list, tuple, set or dict is drawn cut, with a line saying how many
    // more it holds (their objects are not drawn unless something else reaches them).
    static constexpr std::size_t kMaxItemsShown = 1000;

    explicit DiagramLayout(DiagramFonts fonts = DiagramFonts::standard());

    // Lays out one state.
    // Exited frames (outermost or earliest first) go below the live ones, with no arrows.
    // A stack deeper than StackCut::kCutAbove is drawn cut (stack_cut.h).
    DiagramLayoutResult layout(const core::ProgramState& state, const LayoutOptions& options,
                               const std::vector<ExitedFrame>& exited = {});

    // Forgets everything kept for reuse (a new run).
    void reset();
    // Forgets the boxes and routes kept for reuse, not the positions: the next layout is
    // computed from scratch, and must come out exactly as it would have with them.
    void forgetCaches();

    const DiagramFonts& fonts() const { return m_fonts; }

    // How an object that a box refers to reads in it: missing ("?"), a container (an arrow) or
    // a scalar (an arrow, or its value as text when drawn inline), named by a variable or not
    // (LayoutOptions::everyObject).
    struct RefLook {
        enum class Kind : std::uint8_t {
            Missing,
            Container,
            Scalar,
            NamedScalar
        } kind = Kind::Missing;
        core::HeapObject scalar; // a scalar: the whole object (its text is a function of it)
        bool operator==(const RefLook&) const = default;
    };
    // An object's box at the origin, with what it was built from.
    struct CachedBox {
        core::HeapObject object;
        std::vector<RefLook> looks; // one per reference, in BoxBuilder's reading order
        LayoutBox box;
        std::uint64_t usedAt = 0;
    };

private:
    LayoutBox objectBox(core::ObjectId id, const core::HeapObject& object,
                        const core::ProgramState& state, const BoxBuilder& builder,
                        const std::unordered_set<core::ObjectId>& named);
    void routeAll(DiagramLayoutResult& result);

    DiagramFonts m_fonts;
    std::unordered_map<core::ObjectId, CachedBox> m_boxes;
    LayoutOptions m_boxesOptions;
    QHash<QString, qreal> m_textWidths; // in the value font
    RouteMemo m_routes;
    std::uint64_t m_calls = 0;
};

} // namespace memstep::ui
