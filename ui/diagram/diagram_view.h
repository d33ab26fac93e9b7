// The view onto the diagram: zoom with Ctrl+wheel (or the menu), fit to window, pan by drag.
//
// Zoom is kept as a number so the window can remember it; "fit" is sticky until the user
// zooms by hand, so stepping keeps a fitted diagram fitted as it grows. Fitting never makes
// the diagram's smallest text smaller than kMinTextPixels on screen: a diagram too big for the
// view at that size is scrolled instead, and keepInView() follows each step's changes. While
// one visualisation is stepped through, fitting only ever shrinks the zoom (down to that
// floor), so boxes keep their size on screen when stepping back and forth; a new
// visualisation, a resize or turning fit on starts afresh.
#pragma once

#include "step_focus.h"

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
    // The smallest text a zoom the view picks by itself may show, in screen pixels: below it
    // a student (or the back row of a classroom) cannot read ids, indices and type labels.
    static constexpr qreal kMinTextPixels = 11;
    // Room kept around a step's changes when scrolling to them, so borders and arrowheads show.
    static constexpr int kFollowMargin = 24;

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

    // The pixel size of the diagram's smallest font at zoom 1 (DiagramFonts::smallestPixelSize);
    // fitting keeps it at kMinTextPixels or more on screen.
    void setSmallestFontPixels(qreal pixels);
    // The smallest zoom fitting may choose.
    qreal minFitZoom() const;

    // Call after the scene changed: refits when in fit mode.
    void sceneChanged();
    // A new visualisation begins (or the old one ended): fitting may enlarge again.
    void restartFit();
    // Scrolls as little as possible so the step's changes are on screen, and its running frame
    // too when both fit; does nothing when they already show.
    void keepInView(const StepFocus& focus);

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
    qreal m_smallestFontPixels = 11;
    // The largest zoom fitting may pick in this visualisation: the smallest it picked so far.
    qreal m_fitCeiling = kMaxFitZoom;
    QSize m_room; // the viewport's size without scroll bars, when last fitted afresh
};

} // namespace memstep::ui
