// The view onto the diagram: zoom with Ctrl+wheel (or the menu), fit to window, pan by drag.
//
// Zoom is kept as a number so the window can remember it; "fit" is sticky until the user
// zooms by hand, so stepping keeps a fitted diagram fitted as it grows.
#pragma once

#include <QGraphicsView>

namespace memstep::ui {

class DiagramView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr qreal kZoomStep = 1.15;
    static constexpr qreal kMinZoom = 0.2;
    static constexpr qreal kMaxZoom = 5.0;
    // Fitting never enlarges a small diagram past this: it would look crude.
    static constexpr qreal kMaxFitZoom = 1.25;

    explicit DiagramView(QWidget* parent = nullptr);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();
    // An exact zoom (clamped), leaving fit mode: presentation mode steers the view with it.
    void setZoom(qreal zoom);
    void setFitMode(bool fit);
    bool fitMode() const { return m_fit; }
    qreal zoom() const { return m_zoom; }

    // Call after the scene changed: refits when in fit mode.
    void sceneChanged();

    // Shown in the middle of an empty diagram.
    void setEmptyHint(const QString& hint);

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyZoom(qreal zoom);

    QString m_emptyHint;
    qreal m_zoom = 1.0;
    bool m_fit = false;
};

} // namespace memstep::ui
