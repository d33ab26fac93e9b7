#include "diagram_exporter.h"
#include "diagram_scene.h"
#include "headless_export.h"
#include "state_builder.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

using memstep::ui::DiagramExporter;
using memstep::ui::DiagramScene;
using memstep::ui::ExportBackground;
using memstep::ui::ExportOptions;
using memstep::ui::HeadlessExport;
using memstep::ui::HeadlessExportRequest;

namespace {

void fillScene(DiagramScene& scene) {
    memstep::ui::test::StateBuilder b;
    const auto ten = b.integer(10);
    b.frame("<module>", {{"a", ten}, {"xs", b.list({ten, ten})}});
    scene.showState(b.state);
}

} // namespace

TEST(DiagramExport, PngHasTheSceneSizeTimesScale) {
    DiagramScene scene;
    fillScene(scene);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath("d.png");
    QString error;
    ASSERT_TRUE(
        DiagramExporter(scene).writePng(path, ExportOptions{2.0, ExportBackground::White}, &error))
        << error.toStdString();
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    const QSize expected = (scene.diagramRect().size() * 2).toSize();
    EXPECT_EQ(image.size(), expected);
    EXPECT_EQ(image.pixelColor(1, 1), QColor(Qt::white));
    // Something was drawn: not every pixel is white.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 3) {
        for (int x = 0; x < image.width() && !drawn; x += 3) {
            drawn = image.pixelColor(x, y) != QColor(Qt::white);
        }
    }
    EXPECT_TRUE(drawn);
}

TEST(DiagramExport, TransparentBackgroundAndSvg) {
    DiagramScene scene;
    fillScene(scene);
    const QImage image = DiagramExporter(scene).renderImage({1.0, ExportBackground::Transparent});
    EXPECT_EQ(image.pixelColor(0, 0).alpha(), 0);
    QTemporaryDir dir;
    const QString path = dir.filePath("d.svg");
    QString error;
    ASSERT_TRUE(DiagramExporter(scene).writeSvg(path, {}, &error));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    EXPECT_TRUE(svg.contains("<svg"));
    EXPECT_TRUE(svg.contains("Global frame"));
    EXPECT_FALSE(DiagramExporter(scene).writePng(dir.filePath("no/such/dir/x.png"), {}, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(HeadlessExport, WritesTheChosenStepAndRejectsBadSteps) {
    QTemporaryDir dir;
    const QString program = dir.filePath("p.py");
    {
        QFile file(program);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("a = [1, 2]\nb = a\n");
    }
    QString errors;
    QTextStream err(&errors);
    HeadlessExportRequest request;
    request.programPath = program;
    request.outputPath = dir.filePath("out.png");
    request.step = 1;
    ASSERT_EQ(HeadlessExport::run(request, err), 0) << errors.toStdString();
    const QImage first(request.outputPath);
    ASSERT_FALSE(first.isNull());
    request.step.reset();
    request.scale = 2;
    ASSERT_EQ(HeadlessExport::run(request, err), 0);
    const QImage last(request.outputPath);
    // The last step has a frame with two names and a list: larger than the empty first step.
    EXPECT_GT(last.width(), first.width());

    request.step = 99;
    EXPECT_EQ(HeadlessExport::run(request, err), 2);
    EXPECT_TRUE(errors.contains("out of range"));
    request.programPath = dir.filePath("missing.py");
    EXPECT_EQ(HeadlessExport::run(request, err), 1);
}
