#include "box_builder.h"

#include "object_text.h"
#include "python_id.h"

#include <algorithm>

namespace memstep::ui {

namespace {

using core::ObjectId;
using RefLook = DiagramLayout::RefLook;

constexpr qreal kRowGap = 6;
constexpr qreal kLabelGap = 8;
constexpr qreal kCellTextPadding = 16;
constexpr qreal kMinFrameWidth = 170;
constexpr qreal kMinObjectWidth = 56;
// A function's signature longer than this wraps after a comma (wrappedSignature).
constexpr int kSignatureLineChars = 36;
constexpr qreal kMinCellWidth = DiagramLayout::kMinCellWidth;
constexpr qreal kCellHeight = DiagramLayout::kCellHeight;
constexpr qreal kCaptionHeight = DiagramLayout::kCaptionHeight;
constexpr qreal kPadding = DiagramLayout::kPadding;

// "… 3 more items" under a box cut at DiagramLayout::kMaxItemsShown.
// `one` and `many` are the source texts for one more and for several (a count of one more is
// the only singular: no language shipped says "0 more").
QString moreText(std::size_t more, const char* one, const char* many) {
    QString digits = QString::number(qulonglong(more));
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) {
        digits.insert(at, QLatin1Char(','));
    }
    return diagramText(more == 1 ? one : many).arg(digits);
}

QString frameTitle(const core::FrameState& frame, bool paused = false) {
    if (paused) {
        // A generator's frame paused at a `yield`: not on the stack, but holding its variables.
        return QCoreApplication::translate("memstep::ui::DiagramText", "%1 (paused)")
            .arg(frameTitle(frame));
    }
    if (frame.isClassBody) {
        return QStringLiteral("class ") + fromUtf8(frame.function);
    }
    if (frame.function == "<module>") {
        return QCoreApplication::translate("memstep::ui::DiagramText", "Global frame");
    }
    return fromUtf8(frame.function);
}

// None, True and False are one object each for the whole program, so every slot holding one
// shares it with every name holding it: drawn as arrows they teach nothing and bury the
// structure under lines to three boxes. They are text in members even when a name holds them.
bool isSingleton(const core::HeapObject& object) {
    return object.type == "NoneType" || object.type == "bool";
}

RefLook lookOf(const core::HeapObject& object, ObjectId id,
               const std::unordered_set<ObjectId>& named) {
    if (!isScalar(object)) {
        return {RefLook::Kind::Container, {}};
    }
    const bool arrow = named.count(id) != 0 && !isSingleton(object);
    return {arrow ? RefLook::Kind::NamedScalar : RefLook::Kind::Scalar, object};
}

bool inlineScalarLook(const RefLook& look, Slot slot, const LayoutOptions& options) {
    switch (slot) {
    case Slot::Name:
        return false;
    case Slot::Key:
        return look.kind == RefLook::Kind::Scalar || look.kind == RefLook::Kind::NamedScalar;
    case Slot::Member:
        return look.kind == RefLook::Kind::Scalar && !options.everyObject;
    }
    return false;
}

// A class is written as in its class statement, "Dog(Animal)": the box then says where an
// attribute it lacks is looked up, without an arrow to a base's box.
QString classText(const core::HeapObject& object) {
    QString text = fromUtf8(object.name);
    for (std::size_t i = 0; i < object.bases.size(); ++i) {
        text += (i == 0 ? QStringLiteral("(") : QStringLiteral(", ")) + fromUtf8(object.bases[i]);
    }
    if (!object.bases.empty()) {
        text += QLatin1Char(')');
    }
    return text;
}

} // namespace

RefLook lookOf(const core::ProgramState& state, ObjectId id,
               const std::unordered_set<ObjectId>& named) {
    auto it = state.heap.find(id);
    return it == state.heap.end() ? RefLook{} : lookOf(it->second, id, named);
}

bool looksStill(const std::vector<RefLook>& looks, const core::HeapObject& object,
                const core::ProgramState& state, const std::unordered_set<ObjectId>& named) {
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

BoxBuilder::BoxBuilder(const core::ProgramState& state, const LayoutOptions& options,
                       const DiagramFonts& fonts, QHash<QString, qreal>& widths,
                       const std::unordered_set<ObjectId>& named)
    : m_state(state), m_options(options), m_value(fonts.value), m_caption(fonts.caption),
      m_title(fonts.title), m_widths(widths), m_named(named) {}

// Measuring text is most of what building a box costs; the same words come back every step.
qreal BoxBuilder::valueWidth(const QString& text) const {
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

const core::HeapObject* BoxBuilder::find(ObjectId id) const {
    auto it = m_state.heap.find(id);
    return it == m_state.heap.end() ? nullptr : &it->second;
}

bool BoxBuilder::isInline(ObjectId id, Slot slot) const {
    const core::HeapObject* object = find(id);
    if (object == nullptr) {
        return true;
    }
    return inlineScalarLook(lookOf(*object, id, m_named), slot, m_options);
}

QString BoxBuilder::inlineText(ObjectId id) const {
    const core::HeapObject* object = find(id);
    return object == nullptr ? QStringLiteral("?") : valueText(*object);
}

qreal BoxBuilder::cellWidth(ObjectId id, Slot slot) const {
    if (!isInline(id, slot)) {
        return kMinCellWidth;
    }
    return std::max(kMinCellWidth, valueWidth(inlineText(id)) + kCellTextPadding);
}

LayoutCell BoxBuilder::refCell(ObjectId id, Slot slot, const QRectF& rect,
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

qreal BoxBuilder::addRows(LayoutBox& box, const std::vector<RowSpec>& rows, qreal x, qreal y,
                          qreal labelW, qreal cellW) const {
    for (const RowSpec& row : rows) {
        LayoutCell label;
        label.role = CellRole::Label;
        label.rect = QRectF(x, y, labelW, kCellHeight);
        label.text = row.label;
        box.cells.push_back(label);
        box.cells.push_back(refCell(row.target, row.slot,
                                    QRectF(x + labelW + kLabelGap, y, cellW, kCellHeight),
                                    row.sourceName));
        y += kCellHeight + kRowGap;
    }
    return rows.empty() ? y : y - kRowGap;
}

void BoxBuilder::rowColumns(const std::vector<RowSpec>& rows, qreal& labelW, qreal& cellW) const {
    labelW = 0;
    cellW = kMinCellWidth;
    for (const RowSpec& row : rows) {
        labelW = std::max(labelW, valueWidth(row.label));
        cellW = std::max(cellW, cellWidth(row.target, row.slot));
    }
}

qreal BoxBuilder::frameNaturalWidth(const core::FrameState& frame, bool paused) const {
    std::vector<RowSpec> rows = frameRows(frame);
    qreal labelW = 0;
    qreal cellW = 0;
    rowColumns(rows, labelW, cellW);
    const qreal rowsW = 2 * kPadding + labelW + kLabelGap + cellW;
    const qreal titleW = 2 * kPadding + m_title.horizontalAdvance(frameTitle(frame, paused));
    return std::max({kMinFrameWidth, rowsW, titleW});
}

std::vector<RowSpec> BoxBuilder::frameRows(const core::FrameState& frame) const {
    std::vector<RowSpec> rows;
    const bool function = !frame.isClassBody && frame.function != "<module>";
    for (const core::NamedRef& var : frame.vars) {
        // The cell CPython keeps for super() in a method is no variable of the program's.
        if (function && var.first == "__class__") {
            continue;
        }
        rows.push_back(
            {fromUtf8(var.first), var.second, Slot::Name, QLatin1Char(':') + fromUtf8(var.first)});
    }
    if (frame.raising) {
        // What leaves the frame is the exception, not a return value (CPython's debugger
        // reports None): the row points at the very object raised.
        rows.push_back(
            {diagramText(kRaisingLabel), *frame.raising, Slot::Name, QStringLiteral(":raising")});
    } else if (frame.returnValue && function) {
        // The module's own return value is always None and teaches nothing: left out.
        rows.push_back({diagramText(frame.yielded ? kYieldedLabel : kReturnLabel),
                        *frame.returnValue, Slot::Name, QStringLiteral(":return")});
    }
    return rows;
}

LayoutBox BoxBuilder::frameBox(const core::FrameState& frame, qreal width, bool active,
                               bool paused) const {
    LayoutBox box;
    box.isFrame = true;
    box.frame = frame.id;
    box.title = frameTitle(frame, paused);
    box.active = active;
    box.returning = frame.raising.has_value() ||
                    (frame.returnValue.has_value() && frame.function != "<module>");
    box.headerRect = QRectF(0, 0, width, DiagramLayout::kFrameTitleHeight);
    std::vector<RowSpec> rows = frameRows(frame);
    qreal labelW = 0;
    qreal cellW = 0;
    rowColumns(rows, labelW, cellW);
    // Labels right-aligned against their cells; the spare width goes to the label column.
    labelW = width - 2 * kPadding - kLabelGap - cellW;
    const qreal top = DiagramLayout::kFrameTitleHeight + kPadding;
    qreal bottom = addRows(box, rows, kPadding, top, labelW, cellW);
    if (rows.empty()) {
        bottom = DiagramLayout::kFrameTitleHeight;
    }
    box.rect = QRectF(0, 0, width, bottom + kPadding);
    return box;
}

LayoutBox BoxBuilder::exitedFrameBox(const ExitedFrame& exited, qreal width) const {
    LayoutBox box;
    box.isFrame = true;
    box.exited = true;
    box.frame = exited.frame.id;
    box.title = QCoreApplication::translate("memstep::ui::DiagramText", "%1 (returned)")
                    .arg(frameTitle(exited.frame));
    box.headerRect = QRectF(0, 0, width, DiagramLayout::kFrameTitleHeight);
    qreal labelW = 0;
    qreal cellW = kMinCellWidth;
    for (std::size_t i = 0; i < exited.frame.vars.size(); ++i) {
        labelW = std::max(labelW, valueWidth(fromUtf8(exited.frame.vars[i].first)));
        cellW = std::max(cellW, valueWidth(exited.values.at(i)) + kCellTextPadding);
    }
    labelW = std::max<qreal>(labelW, width - 2 * kPadding - kLabelGap - cellW);
    qreal y = DiagramLayout::kFrameTitleHeight + kPadding;
    for (std::size_t i = 0; i < exited.frame.vars.size(); ++i) {
        LayoutCell label;
        label.role = CellRole::Label;
        label.rect = QRectF(kPadding, y, labelW, kCellHeight);
        label.text = fromUtf8(exited.frame.vars[i].first);
        box.cells.push_back(label);
        LayoutCell value;
        value.role = CellRole::Value;
        value.rect = QRectF(kPadding + labelW + kLabelGap, y, cellW, kCellHeight);
        value.text = exited.values.at(i);
        box.cells.push_back(value);
        y += kCellHeight + kRowGap;
    }
    const qreal bottom = exited.frame.vars.empty() ? DiagramLayout::kFrameTitleHeight : y - kRowGap;
    const qreal right = box.cells.empty() ? width : box.cells.back().rect.right() + kPadding;
    box.rect = QRectF(0, 0, std::max(width, right), bottom + kPadding);
    box.headerRect.setWidth(box.rect.width());
    return box;
}

qreal BoxBuilder::addText(LayoutBox& box, const QString& text, qreal y, qreal& contentW) const {
    LayoutCell cell;
    cell.role = CellRole::Text;
    cell.text = text;
    const qreal w = valueWidth(text);
    cell.rect = QRectF(kPadding, y, w, kCellHeight);
    box.cells.push_back(cell);
    contentW = std::max(contentW, w);
    return y + kCellHeight;
}

LayoutBox BoxBuilder::objectBox(ObjectId id, const core::HeapObject& object) const {
    LayoutBox box;
    box.object = id;
    box.immutable = isImmutable(object);
    box.title = object.type == "class" ? QStringLiteral("class") : typeLabel(object);
    if (m_options.showIds && m_options.pythonIds) {
        box.idText = QStringLiteral("id ") + QString::number(pythonId(id));
    } else if (m_options.showIds && m_options.shortIds) {
        if (const int number = m_options.shortIds->number(id); number > 0) {
            box.idText = QStringLiteral("id%1").arg(number);
        }
    }
    const qreal top = DiagramLayout::kHeaderHeight + kPadding;
    qreal contentW = 0;
    qreal bottom = top;
    if (isSequenceLike(object)) {
        bottom = addSequence(box, object, top, contentW);
        bottom = addContainerAttributes(box, object, bottom, contentW);
    } else if (isMappingLike(object)) {
        bottom = addDict(box, object, top, contentW);
        bottom = addContainerAttributes(box, object, bottom, contentW);
    } else {
        bottom = addAttributes(box, object, top, contentW);
    }

    qreal headerW = m_caption.horizontalAdvance(box.title);
    if (!box.idText.isEmpty()) {
        headerW += 2 * kPadding + m_caption.horizontalAdvance(box.idText);
    }
    const qreal width = std::max(kMinObjectWidth, 2 * kPadding + std::max(contentW, headerW));
    box.headerRect = QRectF(0, 0, width, DiagramLayout::kHeaderHeight);
    box.rect = QRectF(0, 0, width, bottom + kPadding);
    // Free text (a scalar's value) is centred in the box.
    for (LayoutCell& cell : box.cells) {
        if (cell.role == CellRole::Text && box.cells.size() == 1) {
            cell.rect = QRectF(kPadding, cell.rect.top(), width - 2 * kPadding, cell.rect.height());
        }
    }
    return box;
}

qreal BoxBuilder::addSequence(LayoutBox& box, const core::HeapObject& object, qreal top,
                              qreal& contentW) const {
    if (object.items.empty()) {
        return addText(box, diagramText(kEmptyText), top, contentW);
    }
    // A huge list is drawn up to kMaxItemsShown cells and a line saying how many more there
    // are: half a million cells would freeze the window for minutes.
    const int count =
        int(std::min<std::size_t>(object.items.size(), DiagramLayout::kMaxItemsShown));
    qreal cellW = kMinCellWidth;
    for (int i = 0; i < count; ++i) {
        cellW = std::max(cellW, cellWidth(object.items[std::size_t(i)], Slot::Member));
    }
    // A list of lists (every item a container) is a column, index left of each cell: its
    // arrows then run straight to the right, in order, to rows of a grid.
    bool column = count >= 2;
    for (int i = 0; i < count && column; ++i) {
        const core::HeapObject* item = find(object.items[std::size_t(i)]);
        column = item != nullptr && !isScalar(*item);
    }
    qreal bottom = column ? addColumnOfCells(box, object, count, cellW, top, contentW)
                          : addRowOfCells(box, object, count, cellW, top, contentW);
    if (object.items.size() > std::size_t(count)) {
        bottom =
            addText(box,
                    moreText(object.items.size() - std::size_t(count),
                             QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "\u2026 %1 more item"),
                             QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "\u2026 %1 more items")),
                    bottom + kRowGap, contentW);
    }
    return bottom;
}

qreal BoxBuilder::addColumnOfCells(LayoutBox& box, const core::HeapObject& object, int count,
                                   qreal cellW, qreal top, qreal& contentW) const {
    const bool indexed = isIndexedSequence(object);
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
            caption.rect = QRectF(kPadding, y, indexW - kLabelGap, kCellHeight);
            box.cells.push_back(caption);
        }
        box.cells.push_back(refCell(object.items[std::size_t(i)], Slot::Member,
                                    QRectF(kPadding + indexW, y, cellW, kCellHeight),
                                    QStringLiteral("[%1]").arg(i)));
        y += kCellHeight;
    }
    contentW = std::max(contentW, indexW + cellW);
    return y;
}

qreal BoxBuilder::addRowOfCells(LayoutBox& box, const core::HeapObject& object, int count,
                                qreal cellW, qreal top, qreal& contentW) const {
    const bool indexed = isIndexedSequence(object);
    const qreal captionH = indexed ? kCaptionHeight : 0;
    // Long lists wrap so one box never runs off the projector, but only when all their cells
    // are text: an arrow from a cell of an upper row would have to cross the rows below it.
    bool wrap = true;
    for (int i = 0; i < count && wrap; ++i) {
        wrap = isInline(object.items[std::size_t(i)], Slot::Member);
    }
    const int perRow = wrap ? DiagramLayout::kMaxCellsPerRow : count;
    qreal y = top;
    for (int i = 0; i < count; ++i) {
        const int column = i % perRow;
        if (column == 0 && i > 0) {
            y += captionH + kCellHeight + kRowGap;
        }
        const qreal x = kPadding + column * cellW;
        if (indexed) {
            LayoutCell caption;
            caption.role = CellRole::Caption;
            caption.text = QString::number(i);
            caption.rect = QRectF(x, y, cellW, captionH);
            box.cells.push_back(caption);
        }
        box.cells.push_back(refCell(object.items[std::size_t(i)], Slot::Member,
                                    QRectF(x, y + captionH, cellW, kCellHeight),
                                    QStringLiteral("[%1]").arg(i)));
    }
    contentW = std::max(contentW, std::min(count, perRow) * cellW);
    return y + captionH + kCellHeight;
}

qreal BoxBuilder::addDict(LayoutBox& box, const core::HeapObject& object, qreal top,
                          qreal& contentW) const {
    if (object.entries.empty()) {
        return addText(box, diagramText(kEmptyText), top, contentW);
    }
    const std::size_t shown =
        std::min<std::size_t>(object.entries.size(), DiagramLayout::kMaxItemsShown);
    qreal keyW = kMinCellWidth;
    qreal valueW = kMinCellWidth;
    for (std::size_t i = 0; i < shown; ++i) {
        keyW = std::max(keyW, cellWidth(object.entries[i].first, Slot::Key));
        valueW = std::max(valueW, cellWidth(object.entries[i].second, Slot::Member));
    }
    qreal y = top;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& [key, value] = object.entries[i];
        box.cells.push_back(refCell(key, Slot::Key, QRectF(kPadding, y, keyW, kCellHeight),
                                    QStringLiteral("{%1}").arg(i)));
        box.cells.push_back(refCell(value, Slot::Member,
                                    QRectF(kPadding + keyW, y, valueW, kCellHeight),
                                    QStringLiteral("{%1}:value").arg(i)));
        y += kCellHeight + kRowGap;
    }
    qreal bottom = y - kRowGap;
    if (object.entries.size() > shown) {
        bottom = addText(
            box,
            moreText(object.entries.size() - shown,
                     QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "\u2026 %1 more entry"),
                     QT_TRANSLATE_NOOP("memstep::ui::DiagramText", "\u2026 %1 more entries")),
            bottom + kRowGap, contentW);
    }
    contentW = std::max(contentW, keyW + valueW);
    return bottom;
}

std::vector<RowSpec> BoxBuilder::functionRows(const core::HeapObject& function,
                                              QStringList& lines) const {
    lines = wrappedSignature(function, kSignatureLineChars);
    std::vector<RowSpec> rows;
    const std::size_t firstDefault = function.params.size() >= function.defaults.size()
                                         ? function.params.size() - function.defaults.size()
                                         : 0;
    for (std::size_t i = 0; i < function.defaults.size(); ++i) {
        const std::size_t param = firstDefault + i;
        const QString name =
            param < function.params.size()
                ? fromUtf8(function.params[param])
                : QCoreApplication::translate("memstep::ui::DiagramText", "default");
        rows.push_back({name + QStringLiteral(" ="), function.defaults[i], Slot::Member,
                        QStringLiteral(".__defaults__[%1]").arg(i)});
    }
    for (std::size_t i = 0; i < function.closure.size(); ++i) {
        const core::NamedRef& cell = function.closure[i];
        // The cell CPython keeps for super() is no variable of the program's (as in frames).
        if (cell.first == "__class__") {
            continue;
        }
        rows.push_back({QCoreApplication::translate("memstep::ui::DiagramText", "%1 (closure)")
                            .arg(fromUtf8(cell.first)),
                        cell.second, Slot::Member, QStringLiteral(".__closure__[%1]").arg(i)});
    }
    return rows;
}

qreal BoxBuilder::addContainerAttributes(LayoutBox& box, const core::HeapObject& object, qreal top,
                                         qreal& contentW) const {
    if (object.attrs.empty()) {
        return top;
    }
    std::vector<RowSpec> rows;
    for (const core::NamedRef& attr : object.attrs) {
        rows.push_back({fromUtf8(attr.first), attr.second, Slot::Member,
                        QLatin1Char('.') + fromUtf8(attr.first)});
    }
    qreal labelW = 0;
    qreal cellW = 0;
    rowColumns(rows, labelW, cellW);
    const qreal y = addRows(box, rows, kPadding, top + kRowGap, labelW, cellW);
    contentW = std::max(contentW, labelW + kLabelGap + cellW);
    return y;
}

qreal BoxBuilder::addAttributes(LayoutBox& box, const core::HeapObject& object, qreal top,
                                qreal& contentW) const {
    std::vector<RowSpec> rows;
    QStringList lines;
    if (object.type == "function") {
        rows = functionRows(object, lines);
    } else if (object.type == "class") {
        lines.append(classText(object));
    } else if (object.type != "instance") {
        lines.append(valueText(object));
    }
    lines.removeAll(QString());
    for (const core::NamedRef& attr : object.attrs) {
        rows.push_back({fromUtf8(attr.first), attr.second, Slot::Member,
                        QLatin1Char('.') + fromUtf8(attr.first)});
    }
    qreal y = top;
    if (!lines.isEmpty()) {
        for (const QString& line : lines) {
            y = addText(box, line, y, contentW);
        }
        if (!rows.empty()) {
            y += kRowGap;
        }
    } else if (rows.empty()) {
        y = addText(box, object.type == "instance" ? diagramText(kNoAttributesText) : QString(), y,
                    contentW);
    }
    if (!rows.empty()) {
        qreal labelW = 0;
        qreal cellW = 0;
        rowColumns(rows, labelW, cellW);
        y = addRows(box, rows, kPadding, y, labelW, cellW);
        contentW = std::max(contentW, labelW + kLabelGap + cellW);
    }
    return y;
}

} // namespace memstep::ui
