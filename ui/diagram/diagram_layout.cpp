#include "diagram_layout.h"

#include "arrow_routing.h"
#include "object_text.h"
#include "python_id.h"
#include "stack_cut.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <unordered_set>

namespace memstep::ui {

namespace {

using core::ObjectId;

constexpr qreal kRowGap = 6;
constexpr qreal kLabelGap = 8;
constexpr qreal kCellTextPadding = 16;
constexpr qreal kMinFrameWidth = 170;
constexpr qreal kMinObjectWidth = 56;
constexpr qreal kArrowEdgeInset = 12;
constexpr qreal kBoundsMargin = 24;
constexpr qreal kTreeRowGap = 48;   // between a tree node and its children below
// Boxes of objects not in the current step kept for reuse, beyond twice the step's own.
constexpr std::size_t kMinRememberedBoxes = 1024;

QString fromUtf8(const std::string& text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// "… 3 more items" under a box cut at DiagramLayout::kMaxItemsShown.
QString moreText(std::size_t more, const char* one, const char* many) {
    QString digits = QString::number(qulonglong(more));
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) {
        digits.insert(at, QLatin1Char(','));
    }
    return QStringLiteral("\u2026 %1 more %2").arg(digits, QLatin1String(more == 1 ? one : many));
}

// A generator's frame paused at a `yield`: not on the stack, but holding its variables.
constexpr const char* kPausedSuffix = " (paused)";

QString frameTitle(const core::FrameState& frame, bool paused = false) {
    if (paused) {
        return frameTitle(frame) + QLatin1String(kPausedSuffix);
    }
    if (frame.isClassBody) {
        return QStringLiteral("class ") + fromUtf8(frame.function);
    }
    if (frame.function == "<module>") {
        return QStringLiteral("Global frame");
    }
    return fromUtf8(frame.function);
}

using RefLook = DiagramLayout::RefLook;

// None, True and False are one object each for the whole program, so every slot holding one
// shares it with every name holding it: drawn as arrows they teach nothing and bury the
// structure under lines to three boxes. They are text in members even when a name holds them.
bool isSingleton(const core::HeapObject& object) {
    return object.type == "NoneType" || object.type == "bool";
}

RefLook lookOf(const core::HeapObject& object, ObjectId id, const std::unordered_set<ObjectId>& named) {
    if (!isScalar(object)) {
        return {RefLook::Kind::Container, {}};
    }
    const bool arrow = named.count(id) != 0 && !isSingleton(object);
    return {arrow ? RefLook::Kind::NamedScalar : RefLook::Kind::Scalar, object};
}

// Where a reference is drawn from, which decides whether a scalar is drawn inline.
enum class Slot : std::uint8_t {
    Name,   // a frame's variable or return value: always an arrow to a box
    Member, // a container's item or value, an attribute, a default, a closure cell
    Key,    // a dict key: always inline text when it is a scalar (keys read best as text)
};

bool inlineScalarLook(const RefLook& look, Slot slot, const LayoutOptions& options) {
    switch (slot) {
    case Slot::Name: return false;
    case Slot::Key: return look.kind == RefLook::Kind::Scalar || look.kind == RefLook::Kind::NamedScalar;
    case Slot::Member: return look.kind == RefLook::Kind::Scalar && !options.everyObject;
    }
    return false;
}

struct RowSpec {
    QString label;
    ObjectId target;
    Slot slot = Slot::Member;
    QString sourceName; // LayoutCell::sourceName of the row's value cell
};

// Builds boxes at the origin; placement moves them afterwards.
class BoxBuilder {
public:
    // widths: text widths in the value font already measured, kept between layouts.
    // named: the objects that variables of the drawn frames point at.
    BoxBuilder(const core::ProgramState& state, const LayoutOptions& options,
               const DiagramFonts& fonts, QHash<QString, qreal>& widths,
               const std::unordered_set<ObjectId>& named)
        : m_state(state), m_options(options), m_value(fonts.value), m_caption(fonts.caption),
          m_title(fonts.title), m_widths(widths), m_named(named) {}

    // Measuring text is most of what building a box costs; the same words come back every step.
    qreal valueWidth(const QString& text) const {
        auto it = m_widths.constFind(text);
        if (it != m_widths.constEnd()) {
            return *it;
        }
        if (m_widths.size() > kMaxRememberedWidths) {
            m_widths.clear();
        }
        const qreal width = m_value.horizontalAdvance(text);
        m_widths.insert(text, width);
        return width;
    }

    const core::HeapObject* find(ObjectId id) const {
        auto it = m_state.heap.find(id);
        return it == m_state.heap.end() ? nullptr : &it->second;
    }

    // A reference is drawn inline (as text in its cell) when it is a scalar in a dict key, or
    // a scalar in a member slot that no variable names (LayoutOptions::everyObject, off);
    // otherwise as an arrow.
    bool isInline(ObjectId id, Slot slot) const {
        const core::HeapObject* object = find(id);
        if (object == nullptr) {
            return true;
        }
        return inlineScalarLook(lookOf(*object, id, m_named), slot, m_options);
    }

    QString inlineText(ObjectId id) const {
        const core::HeapObject* object = find(id);
        return object == nullptr ? QStringLiteral("?") : valueText(*object);
    }

    qreal cellWidth(ObjectId id, Slot slot) const {
        if (!isInline(id, slot)) {
            return kMinCellWidthValue;
        }
        return std::max(kMinCellWidthValue,
                        valueWidth(inlineText(id)) + kCellTextPadding);
    }

    LayoutCell refCell(ObjectId id, Slot slot, const QRectF& rect,
                       const QString& sourceName) const {
        LayoutCell cell;
        cell.role = CellRole::Value;
        cell.rect = rect;
        cell.sourceName = sourceName;
        if (isInline(id, slot)) {
            cell.text = inlineText(id);
        } else {
            cell.target = id;
            cell.anchor = rect.center();
        }
        return cell;
    }

    qreal labelWidth(const QString& text) const { return valueWidth(text); }

    // Rows of "label | cell", starting at y; returns the bottom. labelW and cellW are column widths.
    qreal addRows(LayoutBox& box, const std::vector<RowSpec>& rows, qreal x, qreal y,
                  qreal labelW, qreal cellW) const {
        for (const RowSpec& row : rows) {
            LayoutCell label;
            label.role = CellRole::Label;
            label.rect = QRectF(x, y, labelW, kCellHeightValue);
            label.text = row.label;
            box.cells.push_back(label);
            box.cells.push_back(refCell(row.target, row.slot,
                                        QRectF(x + labelW + kLabelGap, y, cellW, kCellHeightValue),
                                        row.sourceName));
            y += kCellHeightValue + kRowGap;
        }
        return rows.empty() ? y : y - kRowGap;
    }

    void rowColumns(const std::vector<RowSpec>& rows, qreal& labelW, qreal& cellW) const {
        labelW = 0;
        cellW = kMinCellWidthValue;
        for (const RowSpec& row : rows) {
            labelW = std::max(labelW, labelWidth(row.label));
            cellW = std::max(cellW, cellWidth(row.target, row.slot));
        }
    }

    qreal frameNaturalWidth(const core::FrameState& frame, bool paused = false) const {
        std::vector<RowSpec> rows = frameRows(frame);
        qreal labelW = 0;
        qreal cellW = 0;
        rowColumns(rows, labelW, cellW);
        const qreal rowsW = 2 * DiagramLayout::kPadding + labelW + kLabelGap + cellW;
        const qreal titleW = 2 * DiagramLayout::kPadding + m_title.horizontalAdvance(frameTitle(frame, paused));
        return std::max({kMinFrameWidth, rowsW, titleW});
    }

    std::vector<RowSpec> frameRows(const core::FrameState& frame) const {
        std::vector<RowSpec> rows;
        const bool function = !frame.isClassBody && frame.function != "<module>";
        for (const core::NamedRef& var : frame.vars) {
            // The cell CPython keeps for super() in a method is no variable of the program's.
            if (function && var.first == "__class__") {
                continue;
            }
            rows.push_back({fromUtf8(var.first), var.second, Slot::Name,
                            QLatin1Char(':') + fromUtf8(var.first)});
        }
        if (frame.raising) {
            // What leaves the frame is the exception, not a return value (CPython's debugger
            // reports None): the row points at the very object raised.
            rows.push_back({QString::fromLatin1(kRaisingLabel), *frame.raising, Slot::Name,
                            QStringLiteral(":raising")});
        } else if (frame.returnValue && function) {
            // The module's own return value is always None and teaches nothing: left out.
            rows.push_back({QString::fromLatin1(frame.yielded ? kYieldedLabel : kReturnLabel),
                            *frame.returnValue, Slot::Name, QStringLiteral(":return")});
        }
        return rows;
    }

    LayoutBox frameBox(const core::FrameState& frame, qreal width, bool active, bool paused = false) const {
        LayoutBox box;
        box.isFrame = true;
        box.frame = frame.id;
        box.title = frameTitle(frame, paused);
        box.active = active;
        box.returning = frame.raising.has_value() || (frame.returnValue.has_value() && frame.function != "<module>");
        box.headerRect = QRectF(0, 0, width, DiagramLayout::kFrameTitleHeight);
        std::vector<RowSpec> rows = frameRows(frame);
        qreal labelW = 0;
        qreal cellW = 0;
        rowColumns(rows, labelW, cellW);
        // Labels right-aligned against their cells; the spare width goes to the label column.
        labelW = width - 2 * DiagramLayout::kPadding - kLabelGap - cellW;
        const qreal top = DiagramLayout::kFrameTitleHeight + DiagramLayout::kPadding;
        qreal bottom = addRows(box, rows, DiagramLayout::kPadding, top, labelW, cellW);
        if (rows.empty()) {
            bottom = DiagramLayout::kFrameTitleHeight;
        }
        box.rect = QRectF(0, 0, width, bottom + DiagramLayout::kPadding);
        return box;
    }

    // A returned frame: "name | value text" rows, no slots.
    LayoutBox exitedFrameBox(const ExitedFrame& exited, qreal width) const {
        LayoutBox box;
        box.isFrame = true;
        box.exited = true;
        box.frame = exited.frame.id;
        box.title = frameTitle(exited.frame) + QStringLiteral(" (returned)");
        box.headerRect = QRectF(0, 0, width, DiagramLayout::kFrameTitleHeight);
        qreal labelW = 0;
        qreal cellW = kMinCellWidthValue;
        for (std::size_t i = 0; i < exited.frame.vars.size(); ++i) {
            labelW = std::max(labelW, labelWidth(fromUtf8(exited.frame.vars[i].first)));
            cellW = std::max(cellW, valueWidth(exited.values.at(i)) + kCellTextPadding);
        }
        labelW = std::max<qreal>(labelW, width - 2 * DiagramLayout::kPadding - kLabelGap - cellW);
        qreal y = DiagramLayout::kFrameTitleHeight + DiagramLayout::kPadding;
        for (std::size_t i = 0; i < exited.frame.vars.size(); ++i) {
            LayoutCell label;
            label.role = CellRole::Label;
            label.rect = QRectF(DiagramLayout::kPadding, y, labelW, kCellHeightValue);
            label.text = fromUtf8(exited.frame.vars[i].first);
            box.cells.push_back(label);
            LayoutCell value;
            value.role = CellRole::Value;
            value.rect = QRectF(DiagramLayout::kPadding + labelW + kLabelGap, y, cellW, kCellHeightValue);
            value.text = exited.values.at(i);
            box.cells.push_back(value);
            y += kCellHeightValue + kRowGap;
        }
        const qreal bottom = exited.frame.vars.empty() ? DiagramLayout::kFrameTitleHeight : y - kRowGap;
        const qreal right = box.cells.empty() ? width : box.cells.back().rect.right() + DiagramLayout::kPadding;
        box.rect = QRectF(0, 0, std::max(width, right), bottom + DiagramLayout::kPadding);
        box.headerRect.setWidth(box.rect.width());
        return box;
    }

    LayoutBox objectBox(ObjectId id, const core::HeapObject& object) const {
        LayoutBox box;
        box.object = id;
        box.immutable = isImmutable(object);
        box.title = object.type == "class" ? QStringLiteral("class") : typeLabel(object);
        if (m_options.showIds) {
            box.idText = QStringLiteral("id ") + QString::number(pythonId(id));
        }
        const qreal pad = DiagramLayout::kPadding;
        const qreal top = DiagramLayout::kHeaderHeight + pad;
        qreal bottom = top;
        qreal contentW = 0;
        const std::string& type = object.type;

        auto addText = [&](const QString& text, qreal y) {
            LayoutCell cell;
            cell.role = CellRole::Text;
            cell.text = text;
            const qreal w = valueWidth(text);
            cell.rect = QRectF(pad, y, w, kCellHeightValue);
            box.cells.push_back(cell);
            contentW = std::max(contentW, w);
            return y + kCellHeightValue;
        };

        if (type == "list" || type == "tuple" || type == "set" || type == "frozenset") {
            const bool indexed = type == "list" || type == "tuple";
            if (object.items.empty()) {
                bottom = addText(QStringLiteral("empty"), top);
            } else {
                // A huge list is drawn up to kMaxItemsShown cells and a line saying how many
                // more there are: half a million cells would freeze the window for minutes.
                const int count = int(std::min<std::size_t>(object.items.size(), DiagramLayout::kMaxItemsShown));
                qreal cellW = kMinCellWidthValue;
                for (int i = 0; i < count; ++i) {
                    cellW = std::max(cellW, cellWidth(object.items[std::size_t(i)], Slot::Member));
                }
                const qreal captionH = indexed ? kCaptionHeightValue : 0;
                // A list of lists (every item a container) is a column, index left of each
                // cell: its arrows then run straight to the right, in order, to rows of a grid.
                bool column = count >= 2;
                for (int i = 0; i < count && column; ++i) {
                    const core::HeapObject* item = find(object.items[std::size_t(i)]);
                    column = item != nullptr && !isScalar(*item);
                }
                if (column) {
                    qreal indexW = 0;
                    if (indexed) {
                        indexW = m_caption.horizontalAdvance(QString::number(count - 1)) + kLabelGap;
                    }
                    qreal y = top;
                    for (int i = 0; i < count; ++i) {
                        if (indexed) {
                            LayoutCell caption;
                            caption.role = CellRole::Caption;
                            caption.text = QString::number(i);
                            caption.rect = QRectF(pad, y, indexW - kLabelGap, kCellHeightValue);
                            box.cells.push_back(caption);
                        }
                        box.cells.push_back(refCell(object.items[std::size_t(i)], Slot::Member,
                                                    QRectF(pad + indexW, y, cellW, kCellHeightValue),
                                                    QStringLiteral("[%1]").arg(i)));
                        y += kCellHeightValue;
                    }
                    contentW = std::max(contentW, indexW + cellW);
                    bottom = y;
                    if (object.items.size() > std::size_t(count)) {
                        bottom = addText(moreText(object.items.size() - std::size_t(count), "item", "items"),
                                         bottom + kRowGap);
                    }
                } else {
                    // Long lists wrap so one box never runs off the projector, but only when all
                    // their cells are text: an arrow from a cell of an upper row would have to
                    // cross the rows below it.
                    bool wrap = true;
                    for (int i = 0; i < count && wrap; ++i) {
                        wrap = isInline(object.items[std::size_t(i)], Slot::Member);
                    }
                    const int perRow = wrap ? DiagramLayout::kMaxCellsPerRow : count;
                    qreal y = top;
                    for (int i = 0; i < count; ++i) {
                        const int column = i % perRow;
                        if (column == 0 && i > 0) {
                            y += captionH + kCellHeightValue + kRowGap;
                        }
                        const qreal x = pad + column * cellW;
                        if (indexed) {
                            LayoutCell caption;
                            caption.role = CellRole::Caption;
                            caption.text = QString::number(i);
                            caption.rect = QRectF(x, y, cellW, captionH);
                            box.cells.push_back(caption);
                        }
                        box.cells.push_back(refCell(object.items[std::size_t(i)], Slot::Member,
                                                    QRectF(x, y + captionH, cellW, kCellHeightValue),
                                                    QStringLiteral("[%1]").arg(i)));
                    }
                    contentW = std::max(contentW, std::min(count, perRow) * cellW);
                    bottom = y + captionH + kCellHeightValue;
                    if (object.items.size() > std::size_t(count)) {
                        bottom = addText(moreText(object.items.size() - std::size_t(count), "item", "items"),
                                         bottom + kRowGap);
                    }
                }
            }
        } else if (type == "dict") {
            if (object.entries.empty()) {
                bottom = addText(QStringLiteral("empty"), top);
            } else {
                const std::size_t shown = std::min<std::size_t>(object.entries.size(), DiagramLayout::kMaxItemsShown);
                qreal keyW = kMinCellWidthValue;
                qreal valueW = kMinCellWidthValue;
                for (std::size_t i = 0; i < shown; ++i) {
                    keyW = std::max(keyW, cellWidth(object.entries[i].first, Slot::Key));
                    valueW = std::max(valueW, cellWidth(object.entries[i].second, Slot::Member));
                }
                qreal y = top;
                for (std::size_t i = 0; i < shown; ++i) {
                    const auto& [key, value] = object.entries[i];
                    box.cells.push_back(refCell(key, Slot::Key,
                                                QRectF(pad, y, keyW, kCellHeightValue),
                                                QStringLiteral("{%1}").arg(i)));
                    box.cells.push_back(refCell(value, Slot::Member,
                                                QRectF(pad + keyW, y, valueW, kCellHeightValue),
                                                QStringLiteral("{%1}:value").arg(i)));
                    y += kCellHeightValue + kRowGap;
                }
                bottom = y - kRowGap;
                if (object.entries.size() > shown) {
                    bottom = addText(moreText(object.entries.size() - shown, "entry", "entries"), bottom + kRowGap);
                }
                contentW = std::max(contentW, keyW + valueW);
            }
        } else {
            std::vector<RowSpec> rows;
            QString text;
            if (type == "function") {
                text = signatureText(object);
                const std::size_t firstDefault =
                    object.params.size() >= object.defaults.size()
                        ? object.params.size() - object.defaults.size()
                        : 0;
                for (std::size_t i = 0; i < object.defaults.size(); ++i) {
                    const std::size_t param = firstDefault + i;
                    const QString name = param < object.params.size()
                                             ? fromUtf8(object.params[param])
                                             : QStringLiteral("default");
                    rows.push_back({name + QStringLiteral(" ="), object.defaults[i], Slot::Member,
                                    QStringLiteral(".__defaults__[%1]").arg(i)});
                }
                for (std::size_t i = 0; i < object.closure.size(); ++i) {
                    const core::NamedRef& cell = object.closure[i];
                    rows.push_back({fromUtf8(cell.first) + QStringLiteral(" (closure)"),
                                    cell.second, Slot::Member,
                                    QStringLiteral(".__closure__[%1]").arg(i)});
                }
            } else if (type == "class") {
                // Written as in the class statement, "Dog(Animal)": the box then says where
                // an attribute it lacks is looked up, without an arrow to a base's box.
                text = fromUtf8(object.name);
                for (std::size_t i = 0; i < object.bases.size(); ++i) {
                    text += (i == 0 ? QStringLiteral("(") : QStringLiteral(", ")) +
                            fromUtf8(object.bases[i]);
                }
                if (!object.bases.empty()) {
                    text += QLatin1Char(')');
                }
            } else if (type != "instance") {
                text = valueText(object);
            }
            for (const core::NamedRef& attr : object.attrs) {
                rows.push_back({fromUtf8(attr.first), attr.second, Slot::Member,
                                QLatin1Char('.') + fromUtf8(attr.first)});
            }
            qreal y = top;
            if (!text.isEmpty()) {
                y = addText(text, y);
                if (!rows.empty()) {
                    y += kRowGap;
                }
            } else if (rows.empty()) {
                y = addText(type == "instance" ? QStringLiteral("no attributes") : QString(), y);
            }
            if (!rows.empty()) {
                qreal labelW = 0;
                qreal cellW = 0;
                rowColumns(rows, labelW, cellW);
                y = addRows(box, rows, pad, y, labelW, cellW);
                contentW = std::max(contentW, labelW + kLabelGap + cellW);
            }
            bottom = y;
        }

        qreal headerW = m_caption.horizontalAdvance(box.title);
        if (!box.idText.isEmpty()) {
            headerW += 2 * pad + m_caption.horizontalAdvance(box.idText);
        }
        const qreal width = std::max(kMinObjectWidth, 2 * pad + std::max(contentW, headerW));
        box.headerRect = QRectF(0, 0, width, DiagramLayout::kHeaderHeight);
        box.rect = QRectF(0, 0, width, bottom + pad);
        // Free text (a scalar's value) is centred in the box.
        for (LayoutCell& cell : box.cells) {
            if (cell.role == CellRole::Text && box.cells.size() == 1) {
                cell.rect = QRectF(pad, cell.rect.top(), width - 2 * pad, cell.rect.height());
            }
        }
        return box;
    }

private:
    static constexpr qreal kMinCellWidthValue = DiagramLayout::kMinCellWidth;
    static constexpr qreal kCellHeightValue = DiagramLayout::kCellHeight;
    static constexpr qreal kCaptionHeightValue = DiagramLayout::kCaptionHeight;

    static constexpr qsizetype kMaxRememberedWidths = 100000;

    const core::ProgramState& m_state;
    const LayoutOptions& m_options;
    QFontMetricsF m_value;
    QFontMetricsF m_caption;
    QFontMetricsF m_title;
    QHash<QString, qreal>& m_widths;
    const std::unordered_set<ObjectId>& m_named;
};

// Calls visit(id) for every object `object` refers to, in one fixed order: a superset of the
// references BoxBuilder::objectBox looks at.
template <typename F> void forEachRef(const core::HeapObject& object, F&& visit) {
    for (ObjectId id : object.items) {
        visit(id);
    }
    for (const auto& [key, value] : object.entries) {
        visit(key);
        visit(value);
    }
    for (ObjectId id : object.defaults) {
        visit(id);
    }
    for (const core::NamedRef& cell : object.closure) {
        visit(cell.second);
    }
    for (const core::NamedRef& attr : object.attrs) {
        visit(attr.second);
    }
}

RefLook lookOf(const core::ProgramState& state, ObjectId id, const std::unordered_set<ObjectId>& named) {
    auto it = state.heap.find(id);
    return it == state.heap.end() ? RefLook{} : lookOf(it->second, id, named);
}

// Whether every object `object` refers to still reads as `looks` says.
bool looksStill(const std::vector<RefLook>& looks, const core::HeapObject& object, const core::ProgramState& state,
                const std::unordered_set<ObjectId>& named) {
    std::size_t next = 0;
    bool same = true;
    forEachRef(object, [&](ObjectId id) {
        if (!same) {
            return;
        }
        if (next >= looks.size()) {
            same = false;
            return;
        }
        same = looks[next++] == lookOf(state, id, named);
    });
    return same && next == looks.size();
}

// Whether a box's value cells (two or more) all sit in one row.
// Objects of one kind link into chains and trees: instances of one class, or dicts (a node
// written as {'value': 1, 'next': ...}).
bool sameKind(const core::HeapObject& a, const core::HeapObject& b) {
    return a.type == b.type && ((a.type == "instance" && a.className == b.className) || a.type == "dict");
}

bool isRowOfCells(const LayoutBox& box) {
    std::optional<qreal> top;
    int cells = 0;
    for (const LayoutCell& cell : box.cells) {
        if (cell.role == CellRole::Value) {
            if (top && *top != cell.rect.top()) {
                return false;
            }
            top = cell.rect.top();
            ++cells;
        }
    }
    return cells >= 2;
}

// Moves the rows of a box's cells down (never up, never closer together) so the row holding
// cells[slotCells[k]] starts level with tops[k] plus a header's height: where the arrow from it
// meets the object it reaches, placed at tops[k]. The box grows by what its last row moved.
void alignRows(LayoutBox& box, const std::vector<std::size_t>& slotCells, const std::vector<qreal>& tops) {
    std::map<qreal, qreal> wanted; // a row's top -> where it should start at least
    for (const LayoutCell& cell : box.cells) {
        wanted.emplace(cell.rect.top(), cell.rect.top());
    }
    for (std::size_t k = 0; k < slotCells.size(); ++k) {
        qreal& want = wanted.at(box.cells[slotCells[k]].rect.top());
        want = std::max(want, tops[k] + DiagramLayout::kHeaderHeight);
    }
    std::map<qreal, qreal> shift; // a row's top -> how far it moves
    qreal moved = 0;
    for (const auto& [top, want] : wanted) {
        moved = std::max(moved, want - top);
        shift.emplace(top, moved);
    }
    for (LayoutCell& cell : box.cells) {
        const QPointF by(0, shift.at(cell.rect.top()));
        cell.rect.translate(by);
        cell.anchor += by;
    }
    box.rect.setHeight(box.rect.height() + moved);
}

void translateBox(LayoutBox& box, QPointF offset) { box = movedBy(std::move(box), offset); }


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

bool samePoint(QPointF a, QPointF b) { return a.x() == b.x() && a.y() == b.y(); }

bool sameRect(const QRectF& a, const QRectF& b) {
    return a.x() == b.x() && a.y() == b.y() && a.width() == b.width() && a.height() == b.height();
}

bool sameCell(const LayoutCell& a, const LayoutCell& b) {
    return a.role == b.role && sameRect(a.rect, b.rect) && a.text == b.text &&
           a.target == b.target && samePoint(a.anchor, b.anchor) && a.sourceName == b.sourceName;
}

bool sameBox(const LayoutBox& a, const LayoutBox& b) {
    return a.isFrame == b.isFrame && a.frame == b.frame && a.object == b.object && sameRect(a.rect, b.rect) &&
           sameRect(a.headerRect, b.headerRect) && a.title == b.title && a.idText == b.idText &&
           a.immutable == b.immutable && a.active == b.active && a.returning == b.returning &&
           a.exited == b.exited && a.hiddenFrames == b.hiddenFrames &&
           std::equal(a.cells.begin(), a.cells.end(), b.cells.begin(), b.cells.end(), sameCell);
}

bool sameArrow(const LayoutArrow& a, const LayoutArrow& b) {
    return a.sourceKey == b.sourceKey && a.target == b.target && samePoint(a.start, b.start) &&
           samePoint(a.control1, b.control1) && samePoint(a.control2, b.control2) && samePoint(a.end, b.end) &&
           std::equal(a.pieces.begin(), a.pieces.end(), b.pieces.begin(), b.pieces.end(), samePoint);
}

std::pair<std::array<QPointF, 4>, std::array<QPointF, 4>> splitCubic(const std::array<QPointF, 4>& c) {
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

DiagramLayoutResult DiagramLayout::layout(const core::ProgramState& state,
                                          const LayoutOptions& options,
                                          const std::vector<ExitedFrame>& exited) {
    DiagramLayoutResult result;
    const StackCut cut = StackCut::of(state.frames.size());
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
    // An object's box at the origin: the one built before for the same contents, read the
    // same way, or a new one.
    auto objectBox = [&](ObjectId id, const core::HeapObject& object) {
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
    };

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
        markerTitle = QStringLiteral("\u2026 %1 frames not shown \u2026").arg(cut.hidden);
        frameWidth = std::max(frameWidth, QFontMetricsF(m_fonts.title).horizontalAdvance(markerTitle) + 2 * kPadding);
    }
    qreal y = 0;
    for (std::size_t i = 0; i < state.frames.size(); ++i) {
        if (cut.markerBefore(i)) {
            LayoutBox marker;
            marker.isFrame = true;
            marker.hiddenFrames = int(cut.hidden);
            marker.title = markerTitle;
            marker.rect = QRectF(0, y, frameWidth, kStackCutHeight);
            marker.headerRect = marker.rect;
            y = marker.rect.bottom() + kFrameGap;
            result.frames.push_back(std::move(marker));
        }
        if (!cut.drawn(i)) {
            continue;
        }
        LayoutBox box = builder.frameBox(state.frames[i], frameWidth, i + 1 == state.frames.size());
        translateBox(box, QPointF(0, y));
        y = box.rect.bottom() + kFrameGap;
        result.frames.push_back(std::move(box));
    }
    // Paused generators' frames below the stack: what each generator remembers until its next
    // next(), its variables pointing at their objects like any frame's.
    for (const core::FrameState& frame : state.suspended) {
        LayoutBox box = builder.frameBox(frame, frameWidth, false, true);
        translateBox(box, QPointF(0, y));
        y = box.rect.bottom() + kFrameGap;
        result.frames.push_back(std::move(box));
    }
    for (const ExitedFrame& frame : exited) {
        LayoutBox box = builder.exitedFrameBox(frame, frameWidth);
        translateBox(box, QPointF(0, y));
        y = box.rect.bottom() + kFrameGap;
        frameWidth = std::max(frameWidth, box.rect.width());
        result.frames.push_back(std::move(box));
    }
    const qreal objectsLeft = frameWidth + kColumnGap;
    for (const LayoutBox& frame : result.frames) {
        for (const LayoutCell& cell : frame.cells) {
            if (cell.target) {
                named.insert(*cell.target);
            }
        }
    }

    // Which object hangs under which: depth first from the frames, variables in order, cells
    // in order, so a structure is claimed whole by the first name that reaches it (a linked
    // list by `head`, not split at `tail`) and `cur` walking it is just an arrow into it.
    struct Node {
        LayoutBox box;
        std::vector<ObjectId> children; // the objects this one reached first, in cell order
        std::optional<qreal> rootTop;   // a root: the top that lines it up with its variable
        std::vector<std::size_t> childCell; // the index in box.cells of each child's slot
        bool down = false;              // children below (a tree) rather than to the right
        QSizeF extent;                  // of the box with everything under it
        // Down: the box's and each child's left within the extent. Chain: the lefts of the
        // children after the first (the link), which hang below the box.
        qreal boxLeft = 0;
        std::vector<qreal> childLeft;
        bool chain = false; // the first child (a link to its own kind) to the right, the rest below
        qreal linkLeft = 0; // chain: the link's left, relative to the box's
    };
    std::unordered_map<ObjectId, Node> nodes;
    std::vector<ObjectId> order; // preorder
    std::vector<ObjectId> roots;
    std::vector<std::pair<ObjectId, std::size_t>> stack; // (object, next cell to look at)
    auto claim = [&](ObjectId id) {
        if (nodes.count(id) != 0) {
            return false;
        }
        const core::HeapObject* object = builder.find(id);
        if (object == nullptr) {
            return false;
        }
        nodes.emplace(id, Node{objectBox(id, *object), {}, {}, {}, false, {}, 0, {}});
        order.push_back(id);
        stack.emplace_back(id, 0);
        return true;
    };
    auto walk = [&] {
        while (!stack.empty()) {
            auto& [id, next] = stack.back();
            const std::vector<LayoutCell>& cells = nodes.at(id).box.cells;
            while (next < cells.size() && !cells[next].target) {
                ++next;
            }
            if (next == cells.size()) {
                stack.pop_back();
                continue;
            }
            const ObjectId parent = id;
            const std::size_t cell = next++;
            if (claim(*cells[cell].target)) { // invalidates `id`, `next` and `cells`
                Node& owner = nodes.at(parent);
                owner.children.push_back(*owner.box.cells[cell].target);
                owner.childCell.push_back(cell);
            }
        }
    };
    for (const LayoutBox& frame : result.frames) {
        std::unordered_set<ObjectId> ownRoots; // the roots this frame claimed
        for (const LayoutCell& cell : frame.cells) {
            if (!cell.target) {
                continue;
            }
            const qreal top = std::max<qreal>(0, cell.anchor.y() - kArrowEdgeInset);
            if (claim(*cell.target)) {
                roots.push_back(*cell.target);
                ownRoots.insert(*cell.target);
                nodes.at(*cell.target).rootTop = top;
                walk();
            } else if (ownRoots.count(*cell.target) != 0) {
                // Named twice in one frame, a root lines up with the last of its names: after
                // `b = a`, rebinding `a` leaves the object where it was, by `b`.
                nodes.at(*cell.target).rootTop = top;
            }
        }
    }

    // A class whose instances branch into two or more instances of it is a tree: its children
    // go below it, side by side in order (left before right). A node linking to one of its own
    // kind is a chain: the next node to its right, so `next` links make a row. Everything else
    // reads left to right: children in a column to the right of their parent, so a list of
    // lists is the rows of a grid.
    std::unordered_set<std::string> treeClasses;
    for (ObjectId id : order) {
        const core::HeapObject& object = *builder.find(id);
        if (object.type != "instance") {
            continue;
        }
        int same = 0;
        for (ObjectId child : nodes.at(id).children) {
            const core::HeapObject& c = *builder.find(child);
            same += sameKind(c, object) ? 1 : 0;
        }
        if (same >= 2) {
            treeClasses.insert(object.className);
        }
    }
    // The left (relative to its parent box's) of child k that hangs below its parent under its
    // own cell, as far as the children before it (ending at `right`) allow; moves `right` on.
    auto hangUnderCell = [&](const Node& parent, std::size_t k, qreal& right) {
        const Node& child = nodes.at(parent.children[k]);
        const qreal boxCentre = child.boxLeft + child.box.rect.width() / 2;
        const qreal cellX = parent.box.cells[parent.childCell[k]].anchor.x();
        const qreal left = std::max(right + kObjectGap, cellX - boxCentre);
        right = left + child.extent.width();
        return left;
    };
    // Extents, children before parents (the reverse of a preorder).
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        Node& node = nodes.at(*it);
        const core::HeapObject& object = *builder.find(*it);
        // A row of cells hands its objects down, each below its own cell in order, so no
        // arrow runs along the row past the other cells.
        const bool sequence = object.type == "list" || object.type == "tuple" || object.type == "set" ||
                              object.type == "frozenset";
        node.down = (object.type == "instance" && treeClasses.count(object.className) != 0) ||
                    (sequence && isRowOfCells(node.box));
        const QSizeF own = node.box.rect.size();
        if (node.children.empty()) {
            node.extent = own;
            continue;
        }
        if (object.type == "instance" || object.type == "dict") {
            // Links to objects of the same kind go first: level with this one in a chain,
            // the first ones below it in a tree, whatever else the nodes hold.
            std::vector<std::pair<ObjectId, std::size_t>> kids;
            for (std::size_t k = 0; k < node.children.size(); ++k) {
                kids.emplace_back(node.children[k], node.childCell[k]);
            }
            std::stable_partition(kids.begin(), kids.end(), [&](const auto& kid) {
                const core::HeapObject& c = *builder.find(kid.first);
                return sameKind(c, object);
            });
            for (std::size_t k = 0; k < kids.size(); ++k) {
                std::tie(node.children[k], node.childCell[k]) = kids[k];
            }
        }
        node.chain = false;
        if (!node.down) {
            node.chain = sameKind(*builder.find(node.children.front()), object);
        }
        if (node.chain) {
            // A link in a chain: the next node level with this one, everything else the node
            // holds hanging below it under its own cell, so the chain stays one row and each
            // node's objects stay by it. The next node clears what hangs below.
            node.childLeft.clear();
            qreal right = -kObjectGap;
            qreal below = 0;
            for (std::size_t k = 1; k < node.children.size(); ++k) {
                node.childLeft.push_back(hangUnderCell(node, k, right));
                below = std::max(below, nodes.at(node.children[k]).extent.height());
            }
            node.linkLeft = std::max(own.width() + kColumnGap, right + kObjectGap);
            const QSizeF link = nodes.at(node.children.front()).extent;
            node.extent = QSizeF(node.linkLeft + link.width(),
                                 std::max(link.height(), below == 0 ? own.height() : own.height() + kTreeRowGap + below));
            continue;
        }
        if (!node.down) {
            qreal along = -kObjectGap; // children's heights added up, with gaps
            qreal across = 0;          // the widest of them
            std::vector<qreal> tops;   // each child's top, relative to the box's
            for (ObjectId child : node.children) {
                const QSizeF e = nodes.at(child).extent;
                tops.push_back(along + kObjectGap);
                along += e.height() + kObjectGap;
                across = std::max(across, e.width());
            }
            if (object.type == "dict" || sequence) {
                // A column of cells (a list of lists, a dict's rows) opens up so each row sits
                // level with the object it reaches: its arrow runs straight across, and the
                // rows read as a grid or a table.
                alignRows(node.box, node.childCell, tops);
            }
            const QSizeF stretched = node.box.rect.size();
            node.extent = QSizeF(stretched.width() + kColumnGap + across, std::max(stretched.height(), along));
            continue;
        }
        // Down. A tree node is centred over its children of its own kind; its other objects,
        // and those of a row of cells, go each under its own cell as far as the ones before
        // allow, so their arrows drop straight down. Lefts are relative to the box's left
        // first, then to the extent's.
        node.childLeft.clear();
        qreal across = 0;
        qreal right = -kObjectGap;
        std::size_t k = 0;
        auto branch = [&](ObjectId id) { return !sequence && sameKind(*builder.find(id), object); };
        for (; k < node.children.size() && branch(node.children[k]); ++k) {
            const Node& child = nodes.at(node.children[k]);
            node.childLeft.push_back(right + kObjectGap);
            right = node.childLeft.back() + child.extent.width();
            across = std::max(across, child.extent.height());
        }
        const qreal shift = k == 0 ? 0 : (own.width() - right) / 2; // centred under the box
        for (qreal& left : node.childLeft) {
            left += shift;
        }
        right += shift;
        for (; k < node.children.size(); ++k) {
            node.childLeft.push_back(hangUnderCell(node, k, right));
            across = std::max(across, nodes.at(node.children[k]).extent.height());
        }
        const qreal first = std::min<qreal>(0, node.childLeft.front());
        node.boxLeft = -first;
        for (qreal& left : node.childLeft) {
            left -= first;
        }
        const qreal width = std::max(own.width() - first, node.childLeft.back() + nodes.at(node.children.back()).extent.width());
        node.extent = QSizeF(width, own.height() + kTreeRowGap + across);
    }
    // Positions, parents before children: each subtree owns the rectangle of its extent, so
    // nothing overlaps by construction.
    std::vector<std::pair<ObjectId, QPointF>> todo; // a subtree and its extent's top left
    // Roots share the column right of the frames. Older objects (smaller ids) choose first,
    // so a new object does not push an old one away: after `a = 10; b = a; a += 1` the 10
    // stays by b and the new 11 goes to the nearest free spot by a. It goes above what is in
    // its way only when all of that lines up with names below its own (so the arrows do not
    // cross); otherwise below.
    std::sort(roots.begin(), roots.end());
    struct Span {
        qreal top, bottom, wanted;
    };
    std::vector<Span> taken; // placed roots, by top
    for (ObjectId root : roots) {
        const Node& node = nodes.at(root);
        const qreal height = node.extent.height();
        const qreal wanted = *node.rootTop;
        auto overlaps = [&](qreal top, const Span& span) {
            return top < span.bottom + kObjectGap && span.top < top + height + kObjectGap;
        };
        qreal down = wanted;
        for (const Span& span : taken) {
            if (overlaps(down, span)) {
                down = span.bottom + kObjectGap;
            }
        }
        qreal up = wanted;
        bool upIsClear = true;
        for (auto span = taken.rbegin(); span != taken.rend(); ++span) {
            if (overlaps(up, *span)) {
                up = span->top - kObjectGap - height;
                upIsClear = upIsClear && span->wanted > wanted;
            }
        }
        const qreal top = upIsClear && wanted - up < down - wanted ? up : down;
        const Span mine{top, top + height, wanted};
        taken.insert(std::upper_bound(taken.begin(), taken.end(), mine,
                                      [](const Span& x, const Span& y) { return x.top < y.top; }),
                     mine);
        todo.emplace_back(root, QPointF(objectsLeft, top));
    }
    while (!todo.empty()) {
        const auto [id, at] = todo.back();
        todo.pop_back();
        Node& node = nodes.at(id);
        const QSizeF own = node.box.rect.size();
        if (node.down) {
            translateBox(node.box, QPointF(at.x() + node.boxLeft, at.y()));
            const qreal y = at.y() + own.height() + kTreeRowGap;
            for (std::size_t k = node.children.size(); k-- > 0;) {
                todo.emplace_back(node.children[k], QPointF(at.x() + node.childLeft[k], y));
            }
        } else {
            translateBox(node.box, at);
            if (node.chain) {
                const qreal y = at.y() + own.height() + kTreeRowGap;
                for (std::size_t k = node.children.size(); k-- > 1;) {
                    todo.emplace_back(node.children[k], QPointF(at.x() + node.childLeft[k - 1], y));
                }
                todo.emplace_back(node.children.front(), QPointF(at.x() + node.linkLeft, at.y()));
                continue;
            }
            const qreal x = at.x() + own.width() + kColumnGap;
            qreal y = at.y();
            std::vector<std::pair<ObjectId, QPointF>> kids;
            for (ObjectId child : node.children) {
                kids.emplace_back(child, QPointF(x, y));
                y += nodes.at(child).extent.height() + kObjectGap;
            }
            todo.insert(todo.end(), kids.rbegin(), kids.rend());
        }
    }
    result.objects.reserve(order.size());
    for (ObjectId id : order) {
        result.objects.push_back(std::move(nodes.at(id).box));
    }

    std::unordered_map<ObjectId, std::size_t> objectIndex;
    for (std::size_t i = 0; i < result.objects.size(); ++i) {
        objectIndex.emplace(result.objects[i].object, i);
    }
    // Arrows: each leaves its slot by a free edge and ends at its own point of its target.
    std::vector<ArrowOrigin> origins;
    auto collect = [&](const LayoutBox& box, const QString& prefix) {
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
            arrow.sourceKey = prefix + QLatin1Char(':') + QString::number(c);
            arrow.target = *cell.target;
            arrow.start = cell.anchor;
            result.arrows.push_back(arrow);
            origins.push_back({&box, c, &result.objects[target->second]});
        }
    };
    for (const LayoutBox& frame : result.frames) {
        collect(frame, QStringLiteral("f") + QString::number(frame.frame.value));
    }
    for (const LayoutBox& object : result.objects) {
        collect(object, QStringLiteral("o") + QString::number(object.object.value));
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
    // Boxes of objects gone from this step are kept for a step back, but not without end.
    if (m_boxes.size() > 2 * result.objects.size() + kMinRememberedBoxes) {
        std::erase_if(m_boxes, [&](const auto& entry) { return entry.second.usedAt != m_calls; });
    }

    QRectF bounds;
    for (const LayoutBox& box : result.frames) {
        bounds |= box.rect;
    }
    for (const LayoutBox& box : result.objects) {
        bounds |= box.rect;
    }
    for (const LayoutArrow& arrow : result.arrows) {
        // The curve itself, sampled: its controls can lie well outside what is drawn.
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
    result.bounds = bounds.adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
    return result;
}

} // namespace memstep::ui
