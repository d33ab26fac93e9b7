// The zoom the view picks by itself: never text under DiagramView::kMinTextPixels on screen,
// fitting by height as well as by width, scrolling to each step's changes when the diagram is
// too big to show whole, and boxes that keep their size on screen when stepping back.
#include "diagram_scene.h"
#include "diagram_view.h"
#include "main_window.h"
#include "memstep/run.h"
#include "step_animator.h"
#include "step_focus.h"

#include <QScrollBar>
#include <QTest>
#include <gtest/gtest.h>

using memstep::core::runProgram;
using memstep::ui::AnimationSpeed;
using memstep::ui::DiagramScene;
using memstep::ui::DiagramView;
using memstep::ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 20000;

// Eight rows of six, a dict of six words and a linked list built by calls: far bigger than a
// small view at a readable size.
const char* kBig = "class Node:\n"
                   "    def __init__(self, value, next=None):\n"
                   "        self.value = value\n"
                   "        self.next = next\n"
                   "rows = []\n"
                   "for r in range(8):\n"
                   "    rows.append([r * 10 + c for c in range(6)])\n"
                   "sizes = {}\n"
                   "for word in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']:\n"
                   "    sizes[word] = len(word)\n"
                   "head = None\n"
                   "for i in range(4):\n"
                   "    head = Node(i, head)\n";

const char* kTiny = "a = 10\nb = a\n";

// On-screen pixels of the diagram's smallest font at the view's zoom.
qreal smallestTextOnScreen(const DiagramView& view, const DiagramScene& scene) {
    return view.transform().m11() * scene.fonts().smallestPixelSize();
}

// The part of the scene the view shows.
QRectF visibleScene(const DiagramView& view) {
    return view.mapToScene(view.viewport()->rect()).boundingRect();
}

struct ViewOnScene {
    DiagramScene scene;
    DiagramView view;
    bool exposed = false;
    ViewOnScene(const char* source, QSize size) {
        view.setScene(&scene);
        QObject::connect(&scene, &DiagramScene::diagramChanged, &view, &DiagramView::sceneChanged);
        view.resize(size);
        view.show();
        exposed = QTest::qWaitForWindowExposed(&view);
        view.setFitMode(true);
        const memstep::core::RunResult run = runProgram(source);
        scene.showState(run.trace.state(run.trace.stepCount() - 1));
    }
};

bool visualized(MainWindow& w, const char* source) {
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.setSource(QString::fromUtf8(source));
    w.visualize();
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs);
}

// The window on screen, animation off, fitting the big program's diagram to the view.
void showBigFitted(MainWindow& w) {
    w.setAnimationSpeed(AnimationSpeed::Off);
    w.resize(1280, 800);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.view()->setFitMode(true);
    ASSERT_TRUE(visualized(w, kBig));
}

} // namespace

TEST(DiagramView, FitNeverShrinksTextBelowTheMinimumAndScrollsInstead) {
    ViewOnScene v(kBig, QSize(360, 260));
    ASSERT_TRUE(v.exposed);
    const QRectF diagram = v.scene.sceneRect();
    // The test means something only if the whole diagram would need a smaller zoom.
    ASSERT_LT(std::min(360 / diagram.width(), 260 / diagram.height()), v.view.minFitZoom());
    EXPECT_GE(smallestTextOnScreen(v.view, v.scene), DiagramView::kMinTextPixels - 1e-9);
    EXPECT_DOUBLE_EQ(v.view.zoom(), v.view.minFitZoom());
    // The diagram scrolls, and the scroll bars say so.
    EXPECT_TRUE(v.view.horizontalScrollBar()->maximum() > 0 ||
                v.view.verticalScrollBar()->maximum() > 0);
    QCoreApplication::processEvents(); // scroll bars are shown once the event loop runs
    EXPECT_TRUE(v.view.horizontalScrollBar()->isVisible() ||
                v.view.verticalScrollBar()->isVisible());
}

TEST(DiagramView, MinimumZoomComesFromTheSmallestFont) {
    DiagramView view;
    view.setSmallestFontPixels(5.5);
    EXPECT_DOUBLE_EQ(view.minFitZoom(), DiagramView::kMinTextPixels / 5.5);
    view.setSmallestFontPixels(22);
    EXPECT_DOUBLE_EQ(view.minFitZoom(), DiagramView::kMinTextPixels / 22);
}

TEST(DiagramView, FitFillsTheHeightWhenTheHeightLimits) {
    // Laid out once to learn the diagram's size, then viewed through a wide, low window that
    // holds it at a zoom between the readable minimum and the largest fit.
    const QRectF diagram = ViewOnScene(kTiny, QSize(2000, 2000)).scene.sceneRect();
    const qreal target = (DiagramView::kMaxFitZoom + 1.0) / 2;
    ASSERT_GE(target, DiagramView(nullptr).minFitZoom());
    const QSize size(int(diagram.width() * target * 2), int(std::ceil(diagram.height() * target)));
    ViewOnScene v(kTiny, size);
    ASSERT_TRUE(v.exposed);
    const QRectF onScreen = v.view.mapFromScene(v.scene.sceneRect()).boundingRect();
    EXPECT_NEAR(onScreen.height(), v.view.viewport()->height(), 2.0);
    EXPECT_LE(onScreen.width(), v.view.viewport()->width());
    EXPECT_EQ(v.view.verticalScrollBar()->maximum(), 0);
}

TEST(DiagramView, SteppingKeepsEachStepsChangesOnScreen) {
    MainWindow w;
    ASSERT_NO_FATAL_FAILURE(showBigFitted(w));
    const memstep::core::Trace& trace = w.result()->trace;
    int followed = 0;
    for (int step = 1; step < w.stepCount(); ++step) {
        w.stepForward();
        ASSERT_EQ(w.currentStep(), step);
        QCoreApplication::processEvents(); // as on screen: scroll bars come and go
        EXPECT_GE(smallestTextOnScreen(*w.view(), *w.scene()), DiagramView::kMinTextPixels - 1e-9)
            << step;
        const memstep::ui::StepFocus focus =
            memstep::ui::stepFocus(w.scene()->currentLayout(), trace.state(std::size_t(step)),
                                   trace.events(std::size_t(step)));
        if (focus.changed.empty()) {
            continue;
        }
        const QRectF visible = visibleScene(*w.view());
        // Room for what the view shows with its margin round it.
        const qreal margin = 2 * DiagramView::kFollowMargin / w.view()->zoom();
        auto fits = [&](const QRectF& r) {
            return r.width() + margin <= visible.width() && r.height() + margin <= visible.height();
        };
        QRectF all = focus.changed.front();
        for (const QRectF& rect : focus.changed) {
            all = all.united(rect);
        }
        const QRectF& first = focus.changed.front();
        if (fits(all)) {
            EXPECT_TRUE(visible.contains(all)) << "step " << step << ": changes drawn out of sight";
        } else if (fits(first)) {
            EXPECT_TRUE(visible.contains(first))
                << "step " << step << ": first change drawn out of sight";
        } else {
            EXPECT_TRUE(visible.contains(first.topLeft())) << "step " << step;
        }
        followed += visible.contains(w.scene()->sceneRect()) ? 0 : 1;
    }
    // Most steps happened while the diagram was bigger than the view.
    EXPECT_GT(followed, 10);
}

TEST(DiagramView, BoxesKeepTheirSizeOnScreenWhenSteppingBack) {
    MainWindow w;
    ASSERT_NO_FATAL_FAILURE(showBigFitted(w));
    const qreal first = w.view()->zoom();
    w.goLast();
    const qreal last = w.view()->zoom();
    // The test means something only if the grown diagram needed a smaller zoom than the first step.
    ASSERT_LT(last, first) << w.view()->viewport()->width() << "x" << w.view()->viewport()->height()
                           << " " << w.scene()->sceneRect().width() << "x"
                           << w.scene()->sceneRect().height();
    w.goFirst();
    EXPECT_DOUBLE_EQ(w.view()->zoom(), last);
    w.goToStep(w.stepCount() / 2);
    EXPECT_DOUBLE_EQ(w.view()->zoom(), last);
    // A new visualisation fits afresh.
    w.visualize();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs));
    EXPECT_DOUBLE_EQ(w.view()->zoom(), first);
}
