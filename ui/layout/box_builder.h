// One box's cells and size, at the origin: a frame's variables, an object's items, entries or
// attributes. Placement (heap_placement.h) moves the boxes afterwards.
//
// Whether a reference is an arrow or text in its slot is decided here, by how the object it
// reaches reads (RefLook): a scalar inside a container is text unless a drawn frame's variable
// names that very object (LayoutOptions::everyObject draws every object as a box). Measuring
// text is most of what building a box costs, so widths are remembered between layouts.
#pragma once

#include "diagram_layout.h"

#include <QFontMetricsF>
#include <QHash>
#include <cstdint>
#include <unordered_set>
#include <vector>

namespace memstep::ui {

// Where a reference is drawn from, which decides whether a scalar is drawn inline.
enum class Slot : std::uint8_t {
    Name,   // a frame's variable or return value: always an arrow to a box
    Member, // a container's item or value, an attribute, a default, a closure cell
    Key,    // a dict key: always inline text when it is a scalar (keys read best as text)
};

// How the object `id` reads where a box refers to it; `named`: what the drawn frames' names hold.
DiagramLayout::RefLook lookOf(const core::ProgramState& state, core::ObjectId id,
                              const std::unordered_set<core::ObjectId>& named);

// Whether every object `object` refers to still reads as `looks` says (a kept box is then
// still right).
bool looksStill(const std::vector<DiagramLayout::RefLook>& looks, const core::HeapObject& object,
                const core::ProgramState& state, const std::unordered_set<core::ObjectId>& named);

// Calls visit(id) for every object `object` refers to, in one fixed order: a superset of the
// references BoxBuilder::objectBox looks at.
template <typename F> void forEachRef(const core::HeapObject& object, F&& visit) {
    for (core::ObjectId id : object.items) {
        visit(id);
    }
    for (const auto& [key, value] : object.entries) {
        visit(key);
        visit(value);
    }
    for (core::ObjectId id : object.defaults) {
        visit(id);
    }
    for (const core::NamedRef& cell : object.closure) {
        visit(cell.second);
    }
    for (const core::NamedRef& attr : object.attrs) {
        visit(attr.second);
    }
}

// A "label | value" row of a frame, a function's defaults and closure, or an object's attributes.
struct RowSpec {
    QString label;
    core::ObjectId target;
    Slot slot = Slot::Member;
    QString sourceName; // LayoutCell::sourceName of the row's value cell
};

class BoxBuilder {
public:
    // widths: text widths in the value font already measured, kept between layouts.
    // named: the objects that variables of the drawn frames point at.
    BoxBuilder(const core::ProgramState& state, const LayoutOptions& options,
               const DiagramFonts& fonts, QHash<QString, qreal>& widths,
               const std::unordered_set<core::ObjectId>& named);

    const core::HeapObject* find(core::ObjectId id) const;

    // The width a frame's rows need, so every frame of the column can share the widest.
    qreal frameNaturalWidth(const core::FrameState& frame, bool paused = false) const;
    // active: the innermost frame; paused: a generator's frame waiting at a yield.
    LayoutBox frameBox(const core::FrameState& frame, qreal width, bool active,
                       bool paused = false) const;
    // A returned frame: "name | value text" rows, no slots.
    LayoutBox exitedFrameBox(const ExitedFrame& exited, qreal width) const;
    LayoutBox objectBox(core::ObjectId id, const core::HeapObject& object) const;

private:
    qreal valueWidth(const QString& text) const;
    // A reference is drawn inline (as text in its cell) when it is a scalar in a dict key, or
    // a scalar in a member slot that no variable names (LayoutOptions::everyObject, off);
    // otherwise as an arrow.
    bool isInline(core::ObjectId id, Slot slot) const;
    QString inlineText(core::ObjectId id) const;
    qreal cellWidth(core::ObjectId id, Slot slot) const;
    LayoutCell refCell(core::ObjectId id, Slot slot, const QRectF& rect,
                       const QString& sourceName) const;
    // Rows of "label | cell", starting at y; returns the bottom. labelW and cellW are column
    // widths.
    qreal addRows(LayoutBox& box, const std::vector<RowSpec>& rows, qreal x, qreal y, qreal labelW,
                  qreal cellW) const;
    void rowColumns(const std::vector<RowSpec>& rows, qreal& labelW, qreal& cellW) const;
    std::vector<RowSpec> frameRows(const core::FrameState& frame) const;

    // The contents of an object's box from `top` down; each returns the bottom and widens
    // contentW to what it needs.
    qreal addText(LayoutBox& box, const QString& text, qreal y, qreal& contentW) const;
    qreal addSequence(LayoutBox& box, const core::HeapObject& object, qreal top,
                      qreal& contentW) const;
    qreal addColumnOfCells(LayoutBox& box, const core::HeapObject& object, int count, qreal cellW,
                           qreal top, qreal& contentW) const;
    qreal addRowOfCells(LayoutBox& box, const core::HeapObject& object, int count, qreal cellW,
                        qreal top, qreal& contentW) const;
    qreal addDict(LayoutBox& box, const core::HeapObject& object, qreal top, qreal& contentW) const;
    // Rows for the attributes of a list's or dict's __dict__ (class Stack(list)), below its
    // cells; `top` is where they start.
    qreal addContainerAttributes(LayoutBox& box, const core::HeapObject& object, qreal top,
                                 qreal& contentW) const;
    qreal addAttributes(LayoutBox& box, const core::HeapObject& object, qreal top,
                        qreal& contentW) const;
    // A function's defaults and closure cells as rows, and its signature as text.
    std::vector<RowSpec> functionRows(const core::HeapObject& function, QStringList& lines) const;

    static constexpr qsizetype kMaxRememberedWidths = 100000;

    const core::ProgramState& m_state;
    const LayoutOptions& m_options;
    QFontMetricsF m_value;
    QFontMetricsF m_caption;
    QFontMetricsF m_title;
    QHash<QString, qreal>& m_widths;
    const std::unordered_set<core::ObjectId>& m_named;
};

} // namespace memstep::ui
