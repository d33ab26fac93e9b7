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
constexpr qreal kWrapHeight = 1000; // about a screenful at 100%
constexpr qreal kMaxLift = 400;     // how far above its slot an object may go to avoid a crossing
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

QString frameTitle(const core::FrameState& frame) {
    if (frame.isClassBody) {
        return QStringLiteral("class ") + fromUtf8(frame.function);
    }
    if (frame.function == "<module>") {
        return QStringLiteral("Global frame");
    }
    return fromUtf8(frame.function);
}

using RefLook = DiagramLayout::RefLook;

RefLook lookOf(const core::HeapObject& object, ObjectId id, const std::unordered_set<ObjectId>& named) {
    if (!isScalar(object)) {
        return {RefLook::Kind::Container, {}};
    }
    return {named.count(id) != 0 ? RefLook::Kind::NamedScalar : RefLook::Kind::Scalar, object};
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
    // named: the objects that variables of the drawn frames name (NamedObjects).
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

    qreal frameNaturalWidth(const core::FrameState& frame) const {
        std::vector<RowSpec> rows = frameRows(frame);
        qreal labelW = 0;
        qreal cellW = 0;
        rowColumns(rows, labelW, cellW);
        const qreal rowsW = 2 * DiagramLayout::kPadding + labelW + kLabelGap + cellW;
        const qreal titleW = 2 * DiagramLayout::kPadding + m_title.horizontalAdvance(frameTitle(frame));
        return std::max({kMinFrameWidth, rowsW, titleW});
    }

    std::vector<RowSpec> frameRows(const core::FrameState& frame) const {
        std::vector<RowSpec> rows;
        for (const core::NamedRef& var : frame.vars) {
            rows.push_back({fromUtf8(var.first), var.second, Slot::Name,
                            QLatin1Char(':') + fromUtf8(var.first)});
        }
        // The module's own return value is always None and teaches nothing: left out.
        if (frame.returnValue && frame.function != "<module>") {
            rows.push_back({QStringLiteral("Return value"), *frame.returnValue, Slot::Name,
                            QStringLiteral(":return")});
        }
        return rows;
    }

    LayoutBox frameBox(const core::FrameState& frame, qreal width, bool active) const {
        LayoutBox box;
        box.isFrame = true;
        box.frame = frame.id;
        box.title = frameTitle(frame);
        box.active = active;
        box.returning = frame.returnValue.has_value() && frame.function != "<module>";
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
                qreal y = top;
                for (int i = 0; i < count; ++i) {
                    const int column = i % DiagramLayout::kMaxCellsPerRow;
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
                const int perRow = std::min(count, DiagramLayout::kMaxCellsPerRow);
                contentW = std::max(contentW, perRow * cellW);
                bottom = y + captionH + kCellHeightValue;
                if (object.items.size() > std::size_t(count)) {
                    bottom = addText(moreText(object.items.size() - std::size_t(count), "item", "items"),
                                     bottom + kRowGap);
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
                text = fromUtf8(object.name);
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

void translateBox(LayoutBox& box, QPointF offset) { box = movedBy(std::move(box), offset); }

// Placed boxes bucketed in a coarse grid, so a collision check looks only at its neighbours
// instead of every box (a 1,000-object state would otherwise scan quadratically).
class PlacedIndex {
public:
    void add(const QRectF& rect) {
        const std::size_t index = m_rects.size();
        m_rects.push_back(rect);
        forCells(grown(rect), [&](long long key) { m_cells[key].push_back(index); });
    }

    // True when rect (with the object gap around it) meets a placed box; *hit is the met box
    // reaching furthest down (or up, when lowest is false), so a slide skips past it in one go.
    bool collides(const QRectF& rect, QRectF* hit = nullptr, bool lowest = true) const {
        QRectF ignored;
        if (hit == nullptr) {
            hit = &ignored;
        }
        const QRectF g = grown(rect);
        bool found = false;
        forCells(g, [&](long long key) {
            auto it = m_cells.find(key);
            if (it == m_cells.end()) {
                return;
            }
            for (std::size_t index : it->second) {
                const QRectF& other = m_rects[index];
                if (!g.intersects(grown(other))) {
                    continue;
                }
                if (!found || (lowest ? other.bottom() > hit->bottom() : other.top() < hit->top())) {
                    *hit = other;
                }
                found = true;
            }
        });
        return found;
    }

private:
    static constexpr qreal kCell = 256;

    static QRectF grown(const QRectF& rect) {
        const qreal half = DiagramLayout::kObjectGap / 2;
        return rect.adjusted(-half, -half, half, half);
    }

    template <typename F>
    static void forCells(const QRectF& rect, F&& visit) {
        const long long x0 = static_cast<long long>(std::floor(rect.left() / kCell));
        const long long x1 = static_cast<long long>(std::floor(rect.right() / kCell));
        const long long y0 = static_cast<long long>(std::floor(rect.top() / kCell));
        const long long y1 = static_cast<long long>(std::floor(rect.bottom() / kCell));
        for (long long x = x0; x <= x1; ++x) {
            for (long long y = y0; y <= y1; ++y) {
                visit((x << 32) ^ (y & 0xffffffffLL));
            }
        }
    }

    std::vector<QRectF> m_rects;
    std::unordered_map<long long, std::vector<std::size_t>> m_cells;
};

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
    m_positions.clear();
    m_objectsLeft = 0;
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
    std::unordered_set<ObjectId> named;
    for (std::size_t i = 0; i < state.frames.size(); ++i) {
        if (cut.drawn(i)) {
            for (const core::NamedRef& var : state.frames[i].vars) {
                named.insert(var.second);
            }
            if (state.frames[i].returnValue) {
                named.insert(*state.frames[i].returnValue);
            }
        }
    }
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
    QString markerTitle;
    if (cut.hidden != 0) {
        markerTitle = QStringLiteral("\u2026 %1 frames not shown \u2026").arg(cut.hidden);
        frameWidth = std::max(frameWidth, QFontMetricsF(m_fonts.title).horizontalAdvance(markerTitle) + 2 * kPadding);
    }
    PlacedIndex placed;
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
            placed.add(marker.rect);
            result.frames.push_back(std::move(marker));
        }
        if (!cut.drawn(i)) {
            continue;
        }
        LayoutBox box = builder.frameBox(state.frames[i], frameWidth, i + 1 == state.frames.size());
        translateBox(box, QPointF(0, y));
        y = box.rect.bottom() + kFrameGap;
        placed.add(box.rect);
        result.frames.push_back(std::move(box));
    }
    for (const ExitedFrame& frame : exited) {
        LayoutBox box = builder.exitedFrameBox(frame, frameWidth);
        translateBox(box, QPointF(0, y));
        y = box.rect.bottom() + kFrameGap;
        frameWidth = std::max(frameWidth, box.rect.width());
        placed.add(box.rect);
        result.frames.push_back(std::move(box));
    }
    m_objectsLeft = std::max(m_objectsLeft, frameWidth + kColumnGap);

    // Breadth-first from the frames: the order objects are first reached, and from where.
    struct Reach {
        const LayoutBox* parentFrame = nullptr;
        ObjectId parentObject;
        std::size_t cell = 0;
    };
    std::map<ObjectId, LayoutBox> boxes;
    std::map<ObjectId, Reach> reachedFrom;
    std::vector<ObjectId> order;
    std::deque<ObjectId> queue;
    auto discover = [&](ObjectId id, Reach reach) {
        if (boxes.count(id) != 0) {
            return;
        }
        const core::HeapObject* object = builder.find(id);
        if (object == nullptr) {
            return;
        }
        boxes.emplace(id, objectBox(id, *object));
        reachedFrom.emplace(id, reach);
        order.push_back(id);
        queue.push_back(id);
    };
    for (const LayoutBox& frame : result.frames) {
        for (std::size_t c = 0; c < frame.cells.size(); ++c) {
            if (frame.cells[c].target) {
                discover(*frame.cells[c].target, Reach{&frame, {}, c});
            }
        }
    }
    while (!queue.empty()) {
        const ObjectId id = queue.front();
        queue.pop_front();
        // std::map keeps its elements in place as discover() adds more.
        const std::vector<LayoutCell>& cells = boxes.at(id).cells;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (cells[c].target) {
                discover(*cells[c].target, Reach{nullptr, id, c});
            }
        }
    }

    // Objects seen before stay where they were when that spot is still free and still reads
    // left to right: an object reached from another object keeps its place only while its
    // parent kept its own and it still sits to the parent's right.
    std::map<ObjectId, bool> isPlaced;
    qreal objectsRight = m_objectsLeft;
    // A column wraps once it is taller than the frames (or a screenful, when they are short).
    const qreal wrapHeight = std::max(y, kWrapHeight);
    // Boxes placed next to a frame's variable, with that variable's slot height.
    std::vector<std::pair<QRectF, qreal>> frameTargets;
    // Where a full column goes on: its left edge to the next column's.
    std::map<qreal, qreal> continuation;
    for (ObjectId id : order) {
        auto remembered = m_positions.find(id);
        if (remembered == m_positions.end()) {
            continue;
        }
        LayoutBox& box = boxes.at(id);
        const QRectF rect = box.rect.translated(remembered->second);
        const Reach& reach = reachedFrom.at(id);
        qreal minLeft = m_objectsLeft - 0.5;
        if (reach.parentFrame == nullptr) {
            if (!isPlaced[reach.parentObject]) {
                continue;
            }
            minLeft = boxes.at(reach.parentObject).rect.right() + kColumnGap / 2;
        }
        if (rect.left() >= minLeft && !placed.collides(rect)) {
            translateBox(box, remembered->second);
            placed.add(box.rect);
            objectsRight = std::max(objectsRight, box.rect.right());
            if (reach.parentFrame != nullptr) {
                frameTargets.emplace_back(box.rect, reach.parentFrame->cells[reach.cell].anchor.y());
            }
            isPlaced[id] = true;
        }
    }
    for (ObjectId id : order) {
        if (isPlaced[id]) {
            continue;
        }
        LayoutBox& box = boxes.at(id);
        const Reach& reach = reachedFrom.at(id);
        QPointF anchor;
        qreal x = m_objectsLeft;
        if (reach.parentFrame != nullptr) {
            anchor = reach.parentFrame->cells[reach.cell].anchor;
        } else {
            const LayoutBox& parent = boxes.at(reach.parentObject);
            anchor = parent.cells[reach.cell].anchor;
            x = std::max(x, parent.rect.right() + kColumnGap);
        }
        const qreal startTop = std::max<qreal>(0, anchor.y() - kArrowEdgeInset);
        QRectF rect(QPointF(x, startTop), box.rect.size());
        // A column that already overflowed is not searched again: start in its last continuation.
        for (auto full = continuation.find(rect.left()); full != continuation.end();
             full = continuation.find(rect.left())) {
            rect.moveTopLeft(QPointF(full->second, 0));
        }
        QRectF hit;
        while (placed.collides(rect, &hit)) {
            rect.moveTop(hit.bottom() + kObjectGap);
            if (rect.bottom() > wrapHeight && rect.top() > 0) {
                // The column is full: go on in its continuation column (made right of everything
                // placed so far the first time), so the picture grows sideways in pages instead
                // of into one endless column.
                auto next = continuation.find(rect.left());
                if (next == continuation.end()) {
                    next = continuation.emplace(rect.left(), std::max(rect.right(), objectsRight) + kColumnGap).first;
                }
                rect.moveTopLeft(QPointF(next->second, 0));
            }
        }
        if (reach.parentFrame != nullptr && rect.top() > startTop) {
            // Slid down past an object that a later variable points to, the two arrows would
            // cross (a = 10; b = a; a += 1): try the free spot above that object instead.
            bool crosses = false;
            for (const auto& [other, otherAnchorY] : frameTargets) {
                if (otherAnchorY > anchor.y() && other.top() < rect.top() &&
                    other.right() > rect.left() && other.left() < rect.right()) {
                    crosses = true;
                    break;
                }
            }
            if (crosses) {
                QRectF up(QPointF(x, startTop), box.rect.size());
                while (placed.collides(up, &hit, false)) {
                    up.moveBottom(hit.top() - kObjectGap);
                }
                if (up.top() > startTop - kMaxLift) {
                    rect = up;
                }
            }
        }
        translateBox(box, rect.topLeft());
        placed.add(box.rect);
        objectsRight = std::max(objectsRight, box.rect.right());
        if (reach.parentFrame != nullptr) {
            frameTargets.emplace_back(box.rect, anchor.y());
        }
        isPlaced[id] = true;
        m_positions[id] = rect.topLeft();
    }
    for (ObjectId id : order) {
        m_positions[id] = boxes.at(id).rect.topLeft();
        result.objects.push_back(std::move(boxes.at(id)));
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
