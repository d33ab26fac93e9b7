// Presentation mode, Copy Diagram: driven through the keyboard and the clipboard as a
// teacher would use them.
#include "box_item.h"
#include "caption_bar.h"
#include "code_editor.h"
#include "diagram_scene.h"
#include "diagram_view.h"
#include "main_window.h"
#include "memstep/run.h"
#include "presentation_mode.h"
#include "step_controls.h"

#include <QClipboard>
#include <QFontInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <Qsci/qscilexer.h>
#include <gtest/gtest.h>

using memstep::ui::MainWindow;
using memstep::ui::PresentationMode;

namespace {

constexpr int kRunTimeoutMs = 20000;

bool visualized(MainWindow& w, const QString& source) {
    w.setInputProvider([](const QString&) { return std::nullopt; });
    w.setSource(source);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) {
        return false;
    }
    w.activateWindow();
    w.visualize();
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs);
}

// With MEMSTEP_SCREENSHOT_DIR set, keeps a picture of the window to look at.
void screenshot(MainWindow& w, const QString& name) {
    const QString dir = qEnvironmentVariable("MEMSTEP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        w.grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
    }
}

} // namespace

TEST(Presentation, HidesTheChromeAndRestoresIt) {
    MainWindow w;
    ASSERT_TRUE(visualized(w, QStringLiteral("a = 10\nb = a\na += 1\nprint(a, b)\n")));
    w.setDarkTheme(true);
    const int fontSize = w.editor()->editorFontSize();
    ASSERT_TRUE(w.menuBar()->isVisible());
    ASSERT_TRUE(w.controls()->isVisible());
    ASSERT_TRUE(w.output()->isVisible());
    ASSERT_FALSE(w.isFullScreen());
    w.resize(640, 480);
    const QRect windowed = w.geometry();

    QTest::keyClick(&w, Qt::Key_F5);
    ASSERT_TRUE(w.presentation()->isActive());
    w.presentation()->setGlideDuration(0);
    EXPECT_TRUE(w.windowState() & Qt::WindowFullScreen);
    // The whole screen even where no window manager grants full screen (the offscreen
    // platform has none).
    EXPECT_EQ(w.geometry(), w.screen()->geometry());
    EXPECT_FALSE(w.menuBar()->isVisible());
    EXPECT_FALSE(w.statusBar()->isVisible());
    EXPECT_FALSE(w.controls()->isVisible());
    EXPECT_FALSE(w.output()->isVisible());
    EXPECT_TRUE(w.view()->isVisible());
    EXPECT_TRUE(w.editor()->isVisible());
    EXPECT_EQ(w.editor()->editorFontSize(), w.presentation()->codeFontPoints());
    EXPECT_TRUE(w.editor()->isReadOnly());
    EXPECT_EQ(w.scene()->diagramPalette().text, PresentationMode::highContrastPalette().text);
    EXPECT_EQ(w.scene()->diagramPalette().background, QColor(Qt::white));
    // A small diagram is shown whole and large.
    EXPECT_GE(w.view()->zoom(), PresentationMode::kComfortZoom);

    // Keyboard only, wherever the focus is: even the editor no longer takes the arrows.
    w.editor()->setFocus();
    QTest::keyClick(&w, Qt::Key_Right);
    EXPECT_EQ(w.currentStep(), 1);
    QTest::keyClick(w.editor()->viewport(), Qt::Key_Space);
    EXPECT_EQ(w.currentStep(), 2);
    QTest::keyClick(&w, Qt::Key_Left);
    EXPECT_EQ(w.currentStep(), 1);
    QTest::keyClick(&w, Qt::Key_End);
    EXPECT_EQ(w.currentStep(), w.stepCount() - 1);
    QTest::keyClick(&w, Qt::Key_Home);
    EXPECT_EQ(w.currentStep(), 0);
    QTest::keyClick(&w, Qt::Key_PageDown);
    EXPECT_EQ(w.currentStep(), 1);
    EXPECT_EQ(w.editor()->text(), QStringLiteral("a = 10\nb = a\na += 1\nprint(a, b)\n"));
    QTest::keyClick(&w, Qt::Key_Right);
    QTest::keyClick(&w, Qt::Key_Right);
    screenshot(w, QStringLiteral("presentation-small"));
    QTest::keyClick(&w, Qt::Key_Home);
    QTest::keyClick(&w, Qt::Key_Right);
    EXPECT_EQ(w.currentStep(), 1);
    const qreal zoom = w.view()->zoom();
    QTest::keyClick(&w, Qt::Key_Plus);
    EXPECT_GT(w.view()->zoom(), zoom);
    QTest::keyClick(&w, Qt::Key_Minus);
    QTest::keyClick(&w, Qt::Key_Minus);
    EXPECT_LT(w.view()->zoom(), zoom);

    QTest::keyClick(&w, Qt::Key_Escape);
    EXPECT_FALSE(w.presentation()->isActive());
    EXPECT_FALSE(w.windowState() & Qt::WindowFullScreen);
    EXPECT_EQ(w.geometry(), windowed);
    EXPECT_TRUE(w.menuBar()->isVisible());
    EXPECT_TRUE(w.statusBar()->isVisible() || !w.statusBar()->isVisibleTo(&w));
    EXPECT_TRUE(w.controls()->isVisible());
    EXPECT_TRUE(w.output()->isVisible());
    EXPECT_EQ(w.editor()->editorFontSize(), fontSize);
    EXPECT_FALSE(w.editor()->isReadOnly());
    EXPECT_TRUE(w.darkTheme());
    EXPECT_EQ(w.scene()->diagramPalette().background,
              memstep::ui::DiagramPalette::darkTheme().background);
    // Outside presentation mode the step keys belong to the editor again.
    EXPECT_EQ(w.currentStep(), 1);
    w.editor()->setFocus();
    QTest::keyClick(w.editor()->viewport(), Qt::Key_Right);
    EXPECT_EQ(w.currentStep(), 1);
}

TEST(Presentation, TheViewFollowsWhatTheStepChanged) {
    // Twelve lists make a diagram too large to read whole on the offscreen screen.
    QString source = QStringLiteral("rows = [");
    for (int i = 0; i < 12; ++i) {
        source += QStringLiteral("[%1, %1, %1, %1, %1], ").arg(i * 10);
    }
    source += QStringLiteral("]\nn = 1\nrows[9].append(99)\nrows[2].append(22)\n");
    MainWindow w;
    ASSERT_TRUE(visualized(w, source));
    w.presentation()->setGlideDuration(0);
    w.presentation()->enter();
    ASSERT_TRUE(w.presentation()->isActive());
    const int count = w.stepCount();
    // Step 3 is after `rows[9].append(99)`; the list it changed must be on screen.
    for (int target : {3, 4}) {
        w.goToStep(target);
        const auto events = w.result()->trace.events(std::size_t(target));
        std::optional<memstep::core::ObjectId> changed;
        for (const auto& event : events) {
            if (event.kind == memstep::core::EventKind::Mutate) {
                changed = event.object;
            }
        }
        ASSERT_TRUE(changed.has_value()) << "step " << target << " of " << count;
        const memstep::ui::BoxItem* item = w.scene()->objectItem(*changed);
        ASSERT_NE(item, nullptr);
        const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
        EXPECT_TRUE(visible.contains(item->sceneBoundingRect()))
            << "step " << target << ": object at " << item->sceneBoundingRect().x() << ","
            << item->sceneBoundingRect().y() << " outside the view " << visible.x() << ","
            << visible.y() << " " << visible.width() << "x" << visible.height();
        EXPECT_TRUE(w.presentation()->focusRect().contains(item->sceneBoundingRect()));
        screenshot(w, QStringLiteral("presentation-follow-%1").arg(target));
    }
    // As large as the running frame and the changed objects allow, never blown up past comfort.
    const QRectF focus = w.presentation()->focusRect();
    const QSizeF port = w.view()->viewport()->size();
    const qreal fitFocus = std::min(port.width() / focus.width(), port.height() / focus.height());
    EXPECT_NEAR(w.view()->zoom(), std::min(fitFocus, PresentationMode::kComfortZoom), 0.01);
    const auto& frames = w.result()->trace.state(std::size_t(w.currentStep())).frames;
    ASSERT_FALSE(frames.empty());
    const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(w.scene()->frameItem(frames.back().id)->sceneBoundingRect()));
    w.presentation()->leave();
}

TEST(Presentation, TextScalesWithTheScreen) {
    // At least 24 px on a 1920x1080 projector, twice that on 4K, smaller but readable at
    // 1024x768.
    EXPECT_GE(PresentationMode::textPixels(1080), 24);
    EXPECT_GE(PresentationMode::textPixels(2160), 2 * PresentationMode::textPixels(1080) - 1);
    EXPECT_GE(PresentationMode::textPixels(768), PresentationMode::kMinTextPixels);
    EXPECT_LT(PresentationMode::textPixels(768), PresentationMode::textPixels(1080));
}

TEST(Presentation, CaptionCounterAndWrappedCode) {
    MainWindow w;
    const QString longLine = QStringLiteral("numbers = [") + QStringLiteral("1000, ").repeated(60) +
                             QStringLiteral("1]\n");
    ASSERT_TRUE(visualized(w, longLine + QStringLiteral("total = sum(numbers)\nprint(total)\n")));
    ASSERT_FALSE(w.captionsAction()->isChecked());
    ASSERT_FALSE(w.stepCounter()->isVisible());
    const QList<int> sizes = w.mainSplitter()->sizes();
    w.presentation()->setGlideDuration(0);
    w.presentation()->enter();
    const int pixels = PresentationMode::textPixels(w.screen()->geometry().height());
    // The step counter and the caption, large.
    ASSERT_TRUE(w.stepCounter()->isVisible());
    EXPECT_EQ(w.stepCounter()->text(), QStringLiteral("Step 1 of %1").arg(w.stepCount()));
    QTest::keyClick(&w, Qt::Key_Right);
    EXPECT_EQ(w.stepCounter()->text(), QStringLiteral("Step 2 of %1").arg(w.stepCount()));
    EXPECT_GE(QFontInfo(w.stepCounter()->font()).pixelSize(), pixels);
    ASSERT_TRUE(w.captionBar()->isVisible());
    EXPECT_FALSE(w.captionBar()->caption().isEmpty());
    EXPECT_GE(QFontInfo(w.captionBar()->font()).pixelSize(), pixels);
    EXPECT_GE(QFontInfo(w.editor()->lexer()->defaultFont()).pixelSize(), pixels);
    // The long line wraps instead of running off the code pane; the pane stays within its share.
    EXPECT_EQ(w.editor()->wrapMode(), QsciScintilla::WrapWord);
    const QList<int> shared = w.mainSplitter()->sizes();
    EXPECT_LE(shared[0], int(w.width() * PresentationMode::kMaxCodeShare) + 1);
    EXPECT_GE(shared[0], int(w.width() * PresentationMode::kMinCodeShare) - 1);
    // The diagram fits across: nothing of it is cut at the right edge.
    const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
    EXPECT_LE(w.scene()->diagramRect().right(), visible.right() + 1);
    EXPECT_GE(w.scene()->diagramRect().left(), visible.left() - 1);
    w.presentation()->leave();
    EXPECT_FALSE(w.stepCounter()->isVisible());
    EXPECT_FALSE(w.captionsAction()->isChecked());
    EXPECT_EQ(w.editor()->wrapMode(), QsciScintilla::WrapNone);
    EXPECT_EQ(w.mainSplitter()->sizes(), sizes);
}

TEST(CopyDiagram, TheClipboardHoldsTheDiagram) {
    MainWindow w;
    ASSERT_TRUE(visualized(w, QStringLiteral("xs = [1, 2]\nys = xs\n")));
    w.goLast();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QImage image = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), (w.scene()->diagramRect().size() * MainWindow::kCopyScale).toSize());
    EXPECT_EQ(image.pixelColor(1, 1), QColor(Qt::white));
}
