#include "diagram_view.h"

#include "diagram_palette.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>

namespace memstep::ui {

DiagramView::DiagramView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setSmallestFontPixels(DiagramFonts::standard().smallestPixelSize());
}

void DiagramView::setSmallestFontPixels(qreal pixels) {
    m_smallestFontPixels = std::max(pixels, 1.0);
    if (m_fit) {
        fitToWindow();
    }
}

qreal DiagramView::minFitZoom() const {
    return kMinTextPixels / m_smallestFontPixels;
}

void DiagramView::applyZoom(qreal zoom) {
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
}

void DiagramView::zoomIn() {
    m_fit = false;
    applyZoom(m_zoom * kZoomStep);
}

void DiagramView::zoomOut() {
    m_fit = false;
    applyZoom(m_zoom / kZoomStep);
}

void DiagramView::resetZoom() {
    m_fit = false;
    applyZoom(1.0);
}

void DiagramView::setZoom(qreal zoom) {
    m_fit = false;
    applyZoom(zoom);
}

void DiagramView::fitToWindow() {
    if (scene() == nullptr) {
        return;
    }
    const QRectF rect = scene()->sceneRect();
    if (rect.width() < 2 || rect.height() < 2) {
        return;
    }
    // The viewport without scroll bars: a diagram that fits needs none.
    const QSizeF available = maximumViewportSize();
    const qreal whole =
        std::min(available.width() / rect.width(), available.height() / rect.height());
    // Readable first: a diagram that only fits smaller is scrolled instead.
    const qreal zoom = std::max(std::min({whole, kMaxFitZoom, m_fitCeiling}), minFitZoom());
    m_fitCeiling = zoom;
    applyZoom(zoom);
}

void DiagramView::setFitMode(bool fit) {
    m_fit = fit;
    if (fit) {
        restartFit();
    }
}

void DiagramView::sceneChanged() {
    if (m_fit) {
        fitToWindow();
    }
}

void DiagramView::restartFit() {
    m_fitCeiling = kMaxFitZoom;
    if (m_fit) {
        fitToWindow();
    }
}

void DiagramView::keepInView(const StepFocus& focus) {
    if (scene() == nullptr || focus.whole().isNull()) {
        return;
    }
    // What fits on screen with the margin kept round it, in scene units.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const qreal margin = 2 * kFollowMargin / m_zoom;
    const QSizeF room(std::max(1.0, visible.width() - margin),
                      std::max(1.0, visible.height() - margin));
    auto fits = [&room](const QRectF& r) {
        return r.width() <= room.width() && r.height() <= room.height();
    };
    // What the step did comes first, in the order it did it, then the frame that did it: each
    // joins the picture only if everything so far still fits.
    std::vector<QRectF> wanted = focus.changed;
    if (!focus.activeFrame.isNull()) {
        wanted.push_back(focus.activeFrame);
    }
    QRectF target = wanted.front();
    for (std::size_t i = 1; i < wanted.size(); ++i) {
        if (const QRectF more = target.united(wanted[i]); fits(more)) {
            target = more;
        }
    }
    if (!fits(target)) {
        // Too big to show whole: its top left, where a box's header and first cells are.
        target.setSize(target.size().boundedTo(room));
    }
    ensureVisible(target, kFollowMargin, kFollowMargin);
}

void DiagramView::setEmptyHint(const QString& hint) {
    m_emptyHint = hint;
    viewport()->update();
}

void DiagramView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    if (m_emptyHint.isEmpty() || scene() == nullptr || !scene()->items().isEmpty()) {
        return;
    }
    painter->save();
    painter->resetTransform();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter->setFont(font);
    painter->setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20),
                      Qt::AlignCenter | Qt::TextWordWrap, m_emptyHint);
    painter->restore();
}

void DiagramView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0) {
            zoomIn();
        } else if (delta < 0) {
            zoomOut();
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    // More room (or less) is a new chance to show the diagram whole at the largest fit. Scroll
    // bars coming and going resize the viewport as well, but leave the room as it was.
    const QSize room = maximumViewportSize();
    if (room != m_room) {
        m_room = room;
        restartFit();
    }
}

} // namespace memstep::ui
