#include "box_painter.h"

#include <QPainter>
#include <QPainterPath>

namespace memstep::ui {

BoxPainter::BoxPainter(const DiagramPalette& palette, const DiagramFonts& fonts)
    : m_palette(palette), m_fonts(fonts) {}

void BoxPainter::paintFrame(QPainter& painter, const LayoutBox& box, bool exited) const {
    if (box.hiddenFrames > 0) {
        paintStackCut(painter, box);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF rect = box.rect.adjusted(1, 1, -1, -1);
    QPainterPath outline;
    outline.addRoundedRect(rect, kFrameRadius, kFrameRadius);
    painter.fillPath(outline, exited ? m_palette.exitedFrameFill : m_palette.frameFill);

    QPainterPath title;
    title.addRoundedRect(box.headerRect.adjusted(1, 1, -1, 0), kFrameRadius, kFrameRadius);
    QPainterPath titleBottom;
    titleBottom.addRect(box.headerRect.adjusted(1, kFrameRadius, -1, 0));
    title = title.united(titleBottom);
    painter.fillPath(title, box.active ? m_palette.activeFrameTitleFill : m_palette.frameTitleFill);

    const QColor border = box.active ? m_palette.activeFrameBorder : m_palette.frameBorder;
    painter.setPen(QPen(border, box.active ? 2.5 : 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
    painter.setPen(QPen(border, 1));
    painter.drawLine(QPointF(rect.left(), box.headerRect.bottom()),
                     QPointF(rect.right(), box.headerRect.bottom()));

    painter.setFont(m_fonts.title);
    painter.setPen(exited ? m_palette.mutedText : m_palette.text);
    painter.drawText(
        box.headerRect.adjusted(DiagramLayout::kPadding, 0, -DiagramLayout::kPadding, 0),
        Qt::AlignVCenter | Qt::AlignLeft, box.title);
    paintCells(painter, box, exited);
    painter.restore();
}

// The "... N frames not shown ..." marker of a deep stack: dashed, so it does not read as a frame.
void BoxPainter::paintStackCut(QPainter& painter, const LayoutBox& box) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(m_palette.frameBorder, 1.2, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box.rect.adjusted(1, 1, -1, -1), kFrameRadius, kFrameRadius);
    painter.setFont(m_fonts.title);
    painter.setPen(m_palette.mutedText);
    painter.drawText(box.rect, Qt::AlignCenter, box.title);
    painter.restore();
}

void BoxPainter::paintObject(QPainter& painter, const LayoutBox& box) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF rect = box.rect.adjusted(1, 1, -1, -1);
    const qreal radius = box.immutable ? kImmutableRadius : kMutableRadius;
    QPainterPath outline;
    outline.addRoundedRect(rect, radius, radius);
    painter.fillPath(outline, box.immutable ? m_palette.immutableFill : m_palette.mutableFill);

    QPainterPath header;
    header.addRect(box.headerRect.adjusted(1, 1, -1, 0));
    painter.fillPath(header.intersected(outline),
                     box.immutable ? m_palette.immutableHeaderFill : m_palette.mutableHeaderFill);

    QPen pen(box.immutable ? m_palette.immutableBorder : m_palette.mutableBorder);
    if (box.immutable) {
        pen.setWidthF(1.5);
        pen.setDashPattern({4, 2.5});
    } else {
        pen.setWidthF(2);
    }
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);

    painter.setFont(m_fonts.caption);
    painter.setPen(m_palette.mutedText);
    const QRectF headerText =
        box.headerRect.adjusted(DiagramLayout::kPadding, 0, -DiagramLayout::kPadding, 0);
    painter.drawText(headerText, Qt::AlignVCenter | Qt::AlignLeft, box.title);
    if (!box.idText.isEmpty()) {
        painter.drawText(headerText, Qt::AlignVCenter | Qt::AlignRight, box.idText);
    }
    paintCells(painter, box, false);
    painter.restore();
}

void BoxPainter::paintCells(QPainter& painter, const LayoutBox& box, bool exited) const {
    const QColor textColor = exited ? m_palette.mutedText : m_palette.text;
    for (const LayoutCell& cell : box.cells) {
        switch (cell.role) {
        case CellRole::Label: {
            const bool isReturn = box.isFrame && box.returning &&
                                  &cell == &box.cells[box.cells.size() - 2] &&
                                  (cell.text == diagramText(kReturnLabel) ||
                                   cell.text == diagramText(kYieldedLabel) ||
                                   cell.text == diagramText(kRaisingLabel));
            painter.setFont(m_fonts.value);
            painter.setPen(isReturn ? m_palette.returnText : textColor);
            painter.drawText(cell.rect, Qt::AlignVCenter | Qt::AlignRight, cell.text);
            break;
        }
        case CellRole::Caption:
            painter.setFont(m_fonts.caption);
            painter.setPen(m_palette.mutedText);
            // An index stays next to its cell: under it in a box drawn upside down.
            painter.drawText(cell.rect,
                             (box.upward ? Qt::AlignTop : Qt::AlignBottom) | Qt::AlignHCenter,
                             cell.text);
            break;
        case CellRole::Text:
            painter.setFont(m_fonts.value);
            painter.setPen(cell.text == diagramText(kEmptyText) ||
                                   cell.text == diagramText(kNoAttributesText)
                               ? m_palette.mutedText
                               : textColor);
            painter.drawText(cell.rect, Qt::AlignVCenter | Qt::AlignHCenter, cell.text);
            break;
        case CellRole::Value: {
            painter.setPen(QPen(m_palette.cellBorder, 1));
            painter.setBrush(m_palette.cellFill);
            painter.drawRect(cell.rect);
            if (cell.target) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(m_palette.arrow);
                painter.drawEllipse(cell.anchor, kSlotDotRadius, kSlotDotRadius);
            } else {
                painter.setFont(m_fonts.value);
                painter.setPen(textColor);
                painter.drawText(cell.rect, Qt::AlignCenter, cell.text);
            }
            painter.setBrush(Qt::NoBrush);
            break;
        }
        }
    }
}

} // namespace memstep::ui
