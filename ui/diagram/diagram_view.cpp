#include "diagram_view.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QWheelEvent>

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
    const QSizeF available = viewport()->size();
    const qreal zoom = std::min(available.width() / rect.width(), available.height() / rect.height());
    applyZoom(std::min(zoom, kMaxFitZoom));
}

void DiagramView::setFitMode(bool fit) {
    m_fit = fit;
    if (fit) {
        fitToWindow();
    }
}

void DiagramView::sceneChanged() {
    if (m_fit) {
        fitToWindow();
    }
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
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                      m_emptyHint);
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
    if (m_fit) {
        fitToWindow();
    }
}

} // namespace memstep::ui
