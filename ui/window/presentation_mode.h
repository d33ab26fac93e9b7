// View > Presentation Mode (F5): the diagram and the code, full screen, for a projector.
//
// Entering hides every piece of chrome (menus, status bar, step controls, output, legends),
// switches to a high-contrast palette and a large code font, and takes the keyboard: Space,
// Right and Page Down step, Left and Page Up go back, Home and End jump, + and - zoom, Esc or
// F5 leave. Leaving restores exactly what was there before. While presenting, the view
// follows the action: after each step it keeps the running frame and the objects that step
// touched on screen, zoomed as large as they fit, and glides there instead of jumping.
#pragma once

#include "diagram_palette.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRect>
#include <QRectF>
#include <QWidget>
#include <vector>

class QVariantAnimation;

namespace memstep::ui {

class MainWindow;

// No Q_OBJECT: it needs no signals of its own, and a build that only re-globs sources would
// otherwise miss its moc file. Q_DECLARE_TR_FUNCTIONS gives tr() the context lupdate gives its
// texts (QObject's would miss them).
class PresentationMode : public QObject {
    Q_DECLARE_TR_FUNCTIONS(memstep::ui::PresentationMode)

public:
    // Text (code, caption, step counter) is this share of the screen's height: 27 px on a
    // 1920x1080 projector, 54 px at 3840x2160, never under kMinTextPixels.
    static constexpr qreal kTextShare = 0.025;
    static constexpr int kMinTextPixels = 16;
    // The code pane's share of the width: as much as its longest line needs, within these.
    static constexpr qreal kMinCodeShare = 0.28;
    static constexpr qreal kMaxCodeShare = 0.45;
    // A diagram that fits whole at kWholeZoom or more (its text as large as on the desk) is
    // shown whole, as large as it fits, never cut at the screen's edge; a larger one is closed
    // in on: the action, zoomed as it fits up to kComfortZoom.
    static constexpr qreal kComfortZoom = 1.4;
    static constexpr qreal kWholeZoom = 1.0;
    static constexpr qreal kMaxZoom = 2.5;
    static constexpr qreal kMinZoom = 0.35;
    static constexpr qreal kZoomStep = 1.15;
    static constexpr int kGlideMs = 280;

    // chrome: the widgets hidden while presenting (besides the menu and status bars).
    PresentationMode(MainWindow* window, std::vector<QWidget*> chrome);
    ~PresentationMode() override;

    bool isActive() const { return m_active; }
    void enter();
    void leave();
    void toggle() { m_active ? leave() : enter(); }

    // The pixel size of presentation text on a screen of this height.
    static int textPixels(int screenHeight);
    // The editor's point size while presenting on this window's screen (at least textPixels).
    int codeFontPoints() const;

    // The projector palette: black on white, strong borders, fills that survive a washed-out beam.
    static DiagramPalette highContrastPalette();

    // The scene rectangle the view should show for the current step (tests check it).
    QRectF focusRect() const;
    // Tests: jump to the end of the glide at once.
    void finishGlide();
    void setGlideDuration(int ms) { m_glideMs = ms; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleKey(int key);
    void follow();
    void glideTo(qreal zoom, QPointF centre);
    // Sizes the text and shares the width between code and diagram for the screen.
    void fitToScreen(const QRect& screen);
    void updateCounter();

    MainWindow* m_window;
    std::vector<QPointer<QWidget>> m_chrome;
    bool m_active = false;
    qreal m_userZoom = 1.0; // + and - scale whatever following chose
    QVariantAnimation* m_glide = nullptr;
    int m_glideMs = kGlideMs;
    qreal m_glideFromZoom = 1.0;
    qreal m_glideToZoom = 1.0;
    QPointF m_glideFrom;
    QPointF m_glideTo;

    // What entering changed, to put back on leaving.
    struct Saved {
        Qt::WindowStates windowState;
        QRect geometry;
        bool menuBar = true;
        bool statusBar = true;
        std::vector<bool> chrome;
        bool dark = false;
        int fontSize = 13;
        bool readOnly = false;
        bool fit = false;
        qreal zoom = 1.0;
        Qt::Alignment alignment;
        Qt::ScrollBarPolicy horizontalBar = Qt::ScrollBarAsNeeded;
        Qt::ScrollBarPolicy verticalBar = Qt::ScrollBarAsNeeded;
        int wrapMode = 0;
        QList<int> splitterSizes;
        bool captions = false;
        QFont captionFont;
        int captionMinHeight = 0;
    } m_saved;
};

} // namespace memstep::ui
