#include "presentation_mode.h"

#include "caption_bar.h"
#include "code_editor.h"
#include "diagram_scene.h"
#include "diagram_view.h"
#include "main_window.h"
#include "step_focus.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVariantAnimation>
#include <Qsci/qscilexer.h>
#include <cmath>

namespace memstep::ui {

namespace {

// Room around the focus so borders and arrowheads are not cut at the screen's edge.
constexpr qreal kFocusMargin = 36;

bool isPresentationKey(int key) {
    switch (key) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
    case Qt::Key_Escape:
    case Qt::Key_F5:
        return true;
    default:
        return false;
    }
}

} // namespace

PresentationMode::PresentationMode(MainWindow* window, std::vector<QWidget*> chrome)
    : QObject(window), m_window(window), m_glide(new QVariantAnimation(this)) {
    for (QWidget* widget : chrome) {
        m_chrome.emplace_back(widget);
    }
    m_glide->setStartValue(0.0);
    m_glide->setEndValue(1.0);
    m_glide->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        const qreal t = value.toReal();
        // Zoom glides geometrically, so zooming in and out feel equally fast.
        const qreal zoom = m_glideFromZoom * std::pow(m_glideToZoom / m_glideFromZoom, t);
        m_window->view()->setZoom(zoom);
        m_window->view()->centerOn(m_glideFrom + (m_glideTo - m_glideFrom) * t);
    });
    connect(window, &MainWindow::stepShown, this, [this] {
        if (m_active) {
            updateCounter();
            follow();
        }
    });
}

PresentationMode::~PresentationMode() {
    if (m_active) {
        qApp->removeEventFilter(this);
    }
}

DiagramPalette PresentationMode::highContrastPalette() {
    DiagramPalette p = DiagramPalette::light();
    p.background = QColor(0xff, 0xff, 0xff);
    p.text = QColor(0x00, 0x00, 0x00);
    p.mutedText = QColor(0x30, 0x30, 0x30);
    p.frameFill = QColor(0xff, 0xff, 0xff);
    p.frameTitleFill = QColor(0xe0, 0xe0, 0xe0);
    p.frameBorder = QColor(0x40, 0x40, 0x40);
    p.activeFrameBorder = QColor(0x00, 0x3c, 0xc8);
    p.activeFrameTitleFill = QColor(0xc4, 0xd8, 0xff);
    p.exitedFrameFill = QColor(0xee, 0xee, 0xee);
    p.mutableFill = QColor(0xff, 0xf0, 0xb0);
    p.mutableHeaderFill = QColor(0xff, 0xd8, 0x60);
    p.mutableBorder = QColor(0x80, 0x50, 0x00);
    p.immutableFill = QColor(0xd8, 0xf5, 0xe2);
    p.immutableHeaderFill = QColor(0x9c, 0xe0, 0xb6);
    p.immutableBorder = QColor(0x0a, 0x5c, 0x30);
    p.cellFill = QColor(0xff, 0xff, 0xff);
    p.cellBorder = QColor(0x50, 0x50, 0x50);
    p.arrow = QColor(0x00, 0x00, 0x00);
    p.returnText = QColor(0xa0, 0x10, 0x00);
    p.dark = false;
    return p;
}

void PresentationMode::enter() {
    if (m_active) {
        return;
    }
    DiagramView* view = m_window->view();
    m_saved.windowState = m_window->windowState();
    m_saved.geometry = m_window->geometry();
    m_saved.menuBar = m_window->menuBar()->isVisibleTo(m_window);
    m_saved.statusBar = m_window->statusBar()->isVisibleTo(m_window);
    m_saved.chrome.clear();
    for (const QPointer<QWidget>& widget : m_chrome) {
        m_saved.chrome.push_back(widget && widget->isVisibleTo(m_window));
    }
    m_saved.dark = m_window->darkTheme();
    m_saved.fontSize = m_window->editor()->editorFontSize();
    m_saved.readOnly = m_window->editor()->isReadOnly();
    m_saved.fit = view->fitMode();
    m_saved.zoom = view->zoom();
    m_saved.alignment = view->alignment();
    m_saved.wrapMode = int(m_window->editor()->wrapMode());
    m_saved.horizontalBar = view->horizontalScrollBarPolicy();
    m_saved.verticalBar = view->verticalScrollBarPolicy();
    m_saved.splitterSizes = m_window->mainSplitter()->sizes();
    m_saved.captions = m_window->captionsAction()->isChecked();
    m_saved.captionFont = m_window->captionBar()->font();
    m_saved.captionMinHeight = m_window->captionBar()->minimumHeight();
    m_active = true;

    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    for (const QPointer<QWidget>& widget : m_chrome) {
        if (widget) {
            widget->hide();
        }
    }
    m_window->setDarkTheme(false);
    m_window->scene()->setDiagramPalette(highContrastPalette());
    m_window->editor()->setReadOnly(true);
    // Long lines wrap rather than run off the code pane's edge.
    m_window->editor()->setWrapMode(QsciScintilla::WrapWord);
    m_window->editor()->setWrapIndentMode(QsciScintilla::WrapIndentIndented);
    // The caption is the lesson of each step: always on while presenting.
    m_window->captionsAction()->setChecked(true);
    m_window->stepCounter()->show();
    view->setFitMode(false);
    view->setAlignment(Qt::AlignCenter);
    // The view steers itself; scroll bars would only take room from the diagram.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFocus();
    m_userZoom = 1.0;
    m_glideToZoom = view->zoom();
    m_glideTo = view->mapToScene(view->viewport()->rect().center());
    qApp->installEventFilter(this);
    // Full screen is the window manager's to grant; with none (a bare X server driving a
    // projector, a kiosk) the window would stay its own size, so it covers its screen itself
    // first (after, setGeometry would take the full-screen state away again).
    if (QScreen* screen = m_window->screen()) {
        m_window->setGeometry(screen->geometry());
        fitToScreen(screen->geometry());
    }
    m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
    updateCounter();
    follow();
    finishGlide(); // entering lands on the action at once; only steps glide
}

void PresentationMode::leave() {
    if (!m_active) {
        return;
    }
    m_active = false;
    qApp->removeEventFilter(this);
    m_glide->stop();
    DiagramView* view = m_window->view();
    m_window->setWindowState(m_saved.windowState);
    m_window->setGeometry(m_saved.geometry);
    m_window->menuBar()->setVisible(m_saved.menuBar);
    m_window->statusBar()->setVisible(m_saved.statusBar);
    for (std::size_t i = 0; i < m_chrome.size() && i < m_saved.chrome.size(); ++i) {
        if (m_chrome[i]) {
            m_chrome[i]->setVisible(m_saved.chrome[i]);
        }
    }
    // setDarkTheme puts the window's own diagram palette back as well.
    m_window->setDarkTheme(m_saved.dark);
    m_window->editor()->setEditorFontSize(m_saved.fontSize);
    m_window->editor()->setReadOnly(m_saved.readOnly);
    m_window->editor()->setWrapMode(QsciScintilla::WrapMode(m_saved.wrapMode));
    m_window->mainSplitter()->setSizes(m_saved.splitterSizes);
    m_window->stepCounter()->hide();
    m_window->captionBar()->setFont(m_saved.captionFont);
    m_window->captionBar()->setMinimumHeight(m_saved.captionMinHeight);
    m_window->captionsAction()->setChecked(m_saved.captions);
    view->setAlignment(m_saved.alignment);
    view->setHorizontalScrollBarPolicy(m_saved.horizontalBar);
    view->setVerticalScrollBarPolicy(m_saved.verticalBar);
    view->setZoom(m_saved.zoom);
    view->setFitMode(m_saved.fit);
}

int PresentationMode::textPixels(int screenHeight) {
    return std::max(kMinTextPixels, int(std::lround(screenHeight * kTextShare)));
}

int PresentationMode::codeFontPoints() const {
    const QScreen* screen = m_window->screen();
    const int pixels = textPixels(screen != nullptr ? screen->geometry().height() : 1080);
    const qreal dpi = std::max(1.0, qreal(m_window->editor()->logicalDpiY()));
    return int(std::ceil(pixels * 72.0 / dpi));
}

void PresentationMode::fitToScreen(const QRect& screen) {
    const int pixels = textPixels(screen.height());
    m_window->editor()->setEditorFontSize(codeFontPoints());
    QFont captionFont = m_saved.captionFont;
    captionFont.setPixelSize(pixels);
    m_window->captionBar()->setFont(captionFont);
    // Two lines of caption, so a long sentence wraps instead of growing the bar step by step.
    m_window->captionBar()->setMinimumHeight(QFontMetrics(captionFont).lineSpacing() * 2 + 8);
    QFont counterFont = captionFont;
    counterFont.setBold(true);
    m_window->stepCounter()->setFont(counterFont);

    // The code pane gets what its longest line needs (the rest wraps), the diagram the rest.
    const QFontMetrics code(m_window->editor()->lexer()->defaultFont());
    int longest = 0;
    for (const QString& line : m_window->editor()->text().split(QLatin1Char('\n'))) {
        longest = std::max(longest, code.horizontalAdvance(line));
    }
    const int margins = code.horizontalAdvance(QStringLiteral("00000")) + 3 * pixels;
    const qreal share = std::clamp(qreal(longest + margins) / std::max(1, screen.width()),
                                   kMinCodeShare, kMaxCodeShare);
    const int codeWidth = int(screen.width() * share);
    m_window->mainSplitter()->setSizes({codeWidth, screen.width() - codeWidth});
}

void PresentationMode::updateCounter() {
    const int count = m_window->stepCount();
    m_window->stepCounter()->setText(
        count > 0 ? tr("Step %1 of %2").arg(m_window->currentStep() + 1).arg(count) : QString());
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event) {
    if (!m_active ||
        (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)) {
        return false;
    }
    // Only keys meant for the presented window: a dialog on top (input()) keeps its keys.
    auto* widget = qobject_cast<QWidget*>(watched);
    if (widget == nullptr || widget->window() != m_window) {
        return false;
    }
    auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (!isPresentationKey(key->key()) || modifiers != Qt::NoModifier) {
        return false;
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the key, so no menu shortcut (Esc = Cancel Run, F5...) takes it first.
        event->accept();
        return true;
    }
    return handleKey(key->key());
}

bool PresentationMode::handleKey(int key) {
    switch (key) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        m_window->stepForward();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        m_window->stepBack();
        return true;
    case Qt::Key_Home:
        m_window->goFirst();
        return true;
    case Qt::Key_End:
        m_window->goLast();
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_userZoom = std::min(m_userZoom * kZoomStep, 4.0);
        follow();
        return true;
    case Qt::Key_Minus:
        m_userZoom = std::max(m_userZoom / kZoomStep, 0.25);
        follow();
        return true;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        leave();
        return true;
    default:
        return false;
    }
}

QRectF PresentationMode::focusRect() const {
    const DiagramScene* scene = m_window->scene();
    const core::RunResult* result = m_window->result();
    if (result == nullptr || m_window->stepCount() == 0 || !scene->hasState()) {
        return scene->diagramRect();
    }
    const auto step = std::size_t(m_window->currentStep());
    const QRectF focus =
        stepFocus(scene->currentLayout(), result->trace.state(step), result->trace.events(step))
            .whole();
    if (focus.isNull()) {
        return scene->diagramRect();
    }
    return focus.adjusted(-kFocusMargin, -kFocusMargin, kFocusMargin, kFocusMargin);
}

void PresentationMode::follow() {
    DiagramView* view = m_window->view();
    const QSizeF available = view->viewport()->size();
    const QRectF whole = m_window->scene()->diagramRect();
    if (available.isEmpty() || whole.width() < 2 || whole.height() < 2) {
        return;
    }
    auto fit = [&](const QRectF& rect) {
        return std::min(available.width() / std::max(1.0, rect.width()),
                        available.height() / std::max(1.0, rect.height()));
    };
    qreal zoom = fit(whole);
    QPointF centre = whole.center();
    if (zoom < kWholeZoom) {
        // Too big to read whole: close in on what this step did, as large as it fits.
        const QRectF focus = focusRect();
        zoom = std::min(fit(focus), kComfortZoom);
        centre = focus.center();
        // Never cut at the sides: across, the whole diagram stays on screen (a tall diagram
        // scrolls up and down to the action instead).
        const qreal across = available.width() / std::max(1.0, whole.width());
        zoom = std::min(zoom, std::max(across, kMinZoom));
        if (zoom <= across) {
            centre.setX(whole.center().x());
        }
    }
    zoom = std::clamp(zoom * m_userZoom, kMinZoom, kMaxZoom * m_userZoom);
    glideTo(zoom, centre);
}

void PresentationMode::glideTo(qreal zoom, QPointF centre) {
    DiagramView* view = m_window->view();
    m_glide->stop();
    m_glideFromZoom = view->zoom();
    m_glideToZoom = zoom;
    m_glideFrom = view->mapToScene(view->viewport()->rect().center());
    m_glideTo = centre;
    if (m_glideMs <= 0) {
        view->setZoom(zoom);
        view->centerOn(centre);
        return;
    }
    m_glide->setDuration(m_glideMs);
    m_glide->start();
}

void PresentationMode::finishGlide() {
    if (m_glide->state() == QAbstractAnimation::Running) {
        m_glide->setCurrentTime(m_glide->duration());
        m_glide->stop();
    }
    m_window->view()->setZoom(m_glideToZoom);
    m_window->view()->centerOn(m_glideTo);
}

} // namespace memstep::ui
