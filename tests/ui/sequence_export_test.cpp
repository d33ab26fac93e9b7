// The GIF and PDF exports, read back: giflib decodes what GifWriter encoded, frame by frame,
// and the last composed frame is compared with a direct rendering of the same step.
#include "animation_export.h"
#include "diagram_scene.h"
#include "gif_encoder.h"
#include "handout_export.h"
#include "headless_sequence_export.h"
#include "memstep/run.h"
#include "sequence_export_dialog.h"
#include "step_caption.h"
#include "step_replay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstring>
#include <gif_lib.h>
#include <gtest/gtest.h>

using namespace memstep::ui;

namespace {

// The text of a PDF as poppler's pdftotext reads it, whitespace collapsed ("" without it).
QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(20000)) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

const char* kProgram = "a = [1, 2]\nb = a\nb.append(3)\nc = b[:]\nprint(a, c)\n";

// A decoded GIF: its screen size, each frame's delay, and the screen after each frame.
struct DecodedGif {
    QSize size;
    std::vector<int> delays; // hundredths of a second
    std::vector<QImage> screens;
    bool loops = false;
};

DecodedGif decodeGif(const QString& path) {
    DecodedGif decoded;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (gif == nullptr) {
        ADD_FAILURE() << "giflib cannot open " << path.toStdString() << ": "
                      << GifErrorString(error);
        return decoded;
    }
    if (DGifSlurp(gif) != GIF_OK) {
        ADD_FAILURE() << "giflib cannot decode: " << GifErrorString(gif->Error);
        DGifCloseFile(gif, &error);
        return decoded;
    }
    decoded.size = QSize(gif->SWidth, gif->SHeight);
    QImage screen(decoded.size, QImage::Format_RGB32);
    screen.fill(Qt::black);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& image = gif->SavedImages[i];
        for (int e = 0; e < image.ExtensionBlockCount; ++e) {
            const ExtensionBlock& block = image.ExtensionBlocks[e];
            if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11 &&
                std::memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0 &&
                e + 1 < image.ExtensionBlockCount) {
                const ExtensionBlock& loop = image.ExtensionBlocks[e + 1];
                decoded.loops = loop.ByteCount == 3 && loop.Bytes[0] == 1 && loop.Bytes[1] == 0 &&
                                loop.Bytes[2] == 0;
            }
        }
        GraphicsControlBlock control{};
        DGifSavedExtensionToGCB(gif, i, &control);
        decoded.delays.push_back(control.DelayTime);
        const ColorMapObject* map =
            image.ImageDesc.ColorMap != nullptr ? image.ImageDesc.ColorMap : gif->SColorMap;
        const GifImageDesc& desc = image.ImageDesc;
        for (int y = 0; y < desc.Height; ++y) {
            for (int x = 0; x < desc.Width; ++x) {
                const GifColorType c = map->Colors[image.RasterBits[y * desc.Width + x]];
                screen.setPixel(desc.Left + x, desc.Top + y, qRgb(c.Red, c.Green, c.Blue));
            }
        }
        decoded.screens.push_back(screen.copy());
    }
    DGifCloseFile(gif, &error);
    return decoded;
}

// Mean difference per channel of two same-sized images.
double meanDifference(const QImage& a, const QImage& b) {
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

// Frames are kept as PNG when MEMSTEP_EXPORT_DUMP names a folder, to look at them.
void dump(const DecodedGif& gif, const QString& name) {
    const QString folder = qEnvironmentVariable("MEMSTEP_EXPORT_DUMP");
    if (folder.isEmpty()) {
        return;
    }
    QDir().mkpath(folder);
    for (std::size_t i = 0; i < gif.screens.size(); ++i) {
        gif.screens[i].save(QDir(folder).filePath(
            QStringLiteral("%1-%2.png").arg(name).arg(i + 1, 3, 10, QLatin1Char('0'))));
    }
}

} // namespace

TEST(GifEncoder, FewColoursComeBackExactly) {
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(QColor(0xf3, 0xf5, 0xf8));
    QPainter painter(&image);
    painter.fillRect(0, 0, 10, 10, QColor(0xc9, 0x8a, 0x1a));
    painter.fillRect(10, 10, 10, 10, QColor(0x2f, 0x6f, 0xd6));
    painter.end();
    PaletteBuilder builder;
    builder.add(image);
    const std::vector<QRgb> palette = builder.build();
    for (QRgb want : {qRgb(0xf3, 0xf5, 0xf8), qRgb(0xc9, 0x8a, 0x1a), qRgb(0x2f, 0x6f, 0xd6)}) {
        EXPECT_NE(std::find(palette.begin(), palette.end(), want), palette.end())
            << std::hex << want;
    }
    EXPECT_LE(palette.size(), 256u);
    ColorMapper mapper(palette);
    EXPECT_EQ(palette[mapper.index(qRgb(0x2f, 0x6f, 0xd6))], qRgb(0x2f, 0x6f, 0xd6));
}

TEST(GifEncoder, ManyColoursAreCutTo256) {
    QImage image(256, 256, QImage::Format_RGB32);
    for (int y = 0; y < 256; ++y) {
        for (int x = 0; x < 256; ++x) {
            image.setPixel(x, y, qRgb(x, y, (x + y) / 2));
        }
    }
    PaletteBuilder builder;
    builder.add(image);
    const std::vector<QRgb> palette = builder.build(256);
    EXPECT_EQ(palette.size(), 256u);
    ColorMapper mapper(palette);
    // Median cut over a smooth ramp keeps every colour near one of the 256.
    int worst = 0;
    for (int y = 0; y < 256; y += 5) {
        for (int x = 0; x < 256; x += 5) {
            const QRgb got = palette[mapper.index(image.pixel(x, y))];
            worst = std::max({worst, std::abs(qRed(got) - x), std::abs(qGreen(got) - y)});
        }
    }
    EXPECT_LT(worst, 32);
}

TEST(AnimationExport, EveryStepIsAFrameAndTheLastMatchesTheDiagram) {
    const memstep::core::RunResult run = memstep::core::runProgram(kProgram);
    const int count = int(run.trace.stepCount());
    ASSERT_GT(count, 4);
    QTemporaryDir dir;
    const QString path = dir.filePath("a.gif");
    AnimationOptions options;
    options.first = 0;
    options.last = count - 1;
    options.stepDelayMs = 250;
    options.slideMs = 0; // one frame per step here; in-between frames are tested below
    int reports = 0;
    QString error;
    ASSERT_EQ(AnimationExport::writeGif(
                  run.trace, path, options, [&](int, int) { return ++reports > 0; }, &error),
              ExportOutcome::Written)
        << error.toStdString();
    EXPECT_GE(reports, count);
    const DecodedGif gif = decodeGif(path);
    dump(gif, QStringLiteral("lists"));
    ASSERT_EQ(int(gif.screens.size()), count);
    EXPECT_TRUE(gif.loops);
    EXPECT_EQ(gif.delays.front(), 25);
    EXPECT_GT(gif.delays.back(), 25);

    // The canvas holds every step's diagram, drawn where the window would draw it.
    StepReplay replay(run.trace, {});
    QRectF canvas;
    for (int step = 0; step < count; ++step) {
        replay.show(step);
        const QRectF rect = replay.scene().diagramRect();
        canvas = canvas.isNull() ? rect : canvas.united(rect);
        EXPECT_GE(gif.size.width(), int(rect.width()));
        EXPECT_GE(gif.size.height(), int(rect.height()));
    }
    EXPECT_EQ(gif.size, canvas.size().toSize());
    QImage direct(gif.size, QImage::Format_RGB32);
    direct.fill(Qt::white);
    QPainter painter(&direct);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    replay.scene().render(&painter, QRectF(QPointF(0, 0), QSizeF(gif.size)), canvas);
    painter.end();
    // Quantised to 256 colours and composed from changed rectangles, yet nearly the same picture.
    EXPECT_LT(meanDifference(gif.screens.back(), direct), 1.5);
    // And it is a picture: the first and last frames differ (the list grew, names appeared).
    EXPECT_GT(meanDifference(gif.screens.front(), gif.screens.back()), 1.0);
}

TEST(AnimationExport, InBetweenFramesShowTheArrowMoving) {
    // Seed 2: `a += 1` rebinds a from 10 to a new 11; the GIF must show the arrow on its way.
    const memstep::core::RunResult run =
        memstep::core::runProgram("a = 10\nb = a\na += 1\nprint(a is b)\n");
    const int count = int(run.trace.stepCount());
    QTemporaryDir dir;
    const QString path = dir.filePath("seed2.gif");
    AnimationOptions options;
    options.last = count - 1;
    QString error;
    ASSERT_EQ(AnimationExport::writeGif(run.trace, path, options, {}, &error),
              ExportOutcome::Written)
        << error.toStdString();
    const DecodedGif gif = decodeGif(path);
    dump(gif, QStringLiteral("seed2"));
    // Held frames (one per step) and shorter in-between frames.
    std::vector<std::size_t> held;
    for (std::size_t i = 0; i < gif.delays.size(); ++i) {
        if (gif.delays[i] >= options.stepDelayMs / 10) {
            held.push_back(i);
        } else {
            EXPECT_LT(gif.delays[i], options.stepDelayMs / 10);
        }
    }
    ASSERT_EQ(int(held.size()), count);
    EXPECT_GT(gif.screens.size(), held.size());
    // Step 4 (0-based 3) comes after `a += 1`: between its held frame and the one before, some
    // frame shows neither picture but one on the way.
    const std::size_t before = held[2];
    const std::size_t after = held[3];
    ASSERT_GT(after, before + 1);
    // The default pace is one a projected room can follow: each step held 1.5 s, and the
    // slide into it about 0.6 s of in-between frames.
    EXPECT_EQ(gif.delays[after], 150);
    int slide = 0;
    for (std::size_t i = before + 1; i < after; ++i) {
        slide += gif.delays[i];
    }
    EXPECT_GE(slide, 50);
    EXPECT_LE(slide, 70);
    double largest = 0;
    for (std::size_t i = before + 1; i < after; ++i) {
        largest = std::max(largest, std::min(meanDifference(gif.screens[i], gif.screens[before]),
                                             meanDifference(gif.screens[i], gif.screens[after])));
    }
    EXPECT_GT(largest, 0.2);
}

TEST(AnimationExport, ScaleTwoDoublesTheCanvas) {
    const memstep::core::RunResult run = memstep::core::runProgram("a = [1, 2]\nb = a\n");
    QTemporaryDir dir;
    AnimationOptions options;
    options.last = int(run.trace.stepCount()) - 1;
    options.slideMs = 0;
    QString error;
    ASSERT_EQ(AnimationExport::writeGif(run.trace, dir.filePath("1.gif"), options, {}, &error),
              ExportOutcome::Written);
    options.scale = 2;
    options.stepDelayMs = 800;
    ASSERT_EQ(AnimationExport::writeGif(run.trace, dir.filePath("2.gif"), options, {}, &error),
              ExportOutcome::Written);
    const DecodedGif one = decodeGif(dir.filePath("1.gif"));
    const DecodedGif two = decodeGif(dir.filePath("2.gif"));
    EXPECT_NEAR(two.size.width(), 2 * one.size.width(), 1);
    EXPECT_NEAR(two.size.height(), 2 * one.size.height(), 1);
    EXPECT_EQ(two.delays.front(), 80);
    dump(two, QStringLiteral("scale2"));
}

TEST(AnimationExport, CancelAndBadRangeLeaveNoFile) {
    const memstep::core::RunResult run = memstep::core::runProgram(kProgram);
    QTemporaryDir dir;
    const QString path = dir.filePath("a.gif");
    AnimationOptions options;
    options.last = int(run.trace.stepCount()) - 1;
    QString error;
    int calls = 0;
    EXPECT_EQ(AnimationExport::writeGif(
                  run.trace, path, options,
                  [&](int done, int total) {
                      ++calls;
                      return done < total / 2 + 1; // cancel during the second pass
                  },
                  &error),
              ExportOutcome::Cancelled);
    EXPECT_GT(calls, 1);
    EXPECT_FALSE(QFile::exists(path));
    options.last = int(run.trace.stepCount());
    EXPECT_EQ(AnimationExport::writeGif(run.trace, path, options, {}, &error),
              ExportOutcome::Failed);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(HandoutExport, OnePagePerStep) {
    const memstep::core::RunResult run = memstep::core::runProgram(kProgram);
    QTemporaryDir dir;
    const QString path = dir.filePath("h.pdf");
    HandoutOptions options;
    options.first = 1;
    options.last = 3;
    options.programName = QStringLiteral("lists.py");
    QString error;
    ASSERT_EQ(HandoutExport::writePdf(run, path, options, {}, &error), ExportOutcome::Written)
        << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    EXPECT_EQ(QString::fromLatin1(pdf).count(page), 3);

    // Each page carries its step's caption, as the window's caption bar says it; switchable.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) reads the captions back";
    }
    const memstep::core::ProgramState before = run.trace.state(1);
    const memstep::core::ProgramState after = run.trace.state(2);
    const QString caption = QString::fromStdString(
        memstep::ui::describeStep(before, after, run.trace.events(2), run.trace.stepInfo(2)));
    ASSERT_FALSE(caption.isEmpty());
    options.captions = false;
    ASSERT_EQ(HandoutExport::writePdf(run, dir.filePath("n.pdf"), options, {}, &error),
              ExportOutcome::Written);
    EXPECT_FALSE(pdfText(dir.filePath("n.pdf")).isEmpty());
    EXPECT_FALSE(pdfText(dir.filePath("n.pdf")).contains(caption.left(20)));
    EXPECT_TRUE(pdfText(path).contains(caption.left(20))) << caption.toStdString();

    EXPECT_EQ(HandoutExport::writePdf(
                  run, dir.filePath("c.pdf"), options, [](int, int) { return false; }, &error),
              ExportOutcome::Cancelled);
    EXPECT_FALSE(QFile::exists(dir.filePath("c.pdf")));
    EXPECT_EQ(HandoutExport::writePdf(run, dir.filePath("no/such/dir/x.pdf"), options, {}, &error),
              ExportOutcome::Failed);
}

TEST(HeadlessSequenceExport, RangesOutsideTheRunAreUsageErrors) {
    QTemporaryDir dir;
    const QString program = dir.filePath("p.py");
    {
        QFile file(program);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kProgram);
    }
    const int count = int(memstep::core::runProgram(kProgram).trace.stepCount());
    QString errors;
    QTextStream err(&errors);
    SequenceExportRequest request;
    request.programPath = program;
    request.outputPath = dir.filePath("x.gif");
    request.from = 2;
    request.to = count + 1;
    EXPECT_EQ(HeadlessSequenceExport::run(request, err), 2);
    err.flush();
    EXPECT_TRUE(errors.contains(QStringLiteral("--to %1 is out of range").arg(count + 1)))
        << errors.toStdString();
    request.to = 3;
    EXPECT_EQ(HeadlessSequenceExport::run(request, err), 0);
    const DecodedGif gif = decodeGif(request.outputPath);
    // Two steps are held for the play speed's 0.5 s (the last longer); in-between frames are
    // shorter.
    EXPECT_EQ(std::count_if(gif.delays.begin(), gif.delays.end(), [](int d) { return d >= 50; }),
              2);
    request.format = SequenceExportRequest::Format::Pdf;
    request.outputPath = dir.filePath("x.pdf");
    request.from = 3;
    request.to = 2;
    EXPECT_EQ(HeadlessSequenceExport::run(request, err), 2);
    EXPECT_FALSE(QFile::exists(request.outputPath));
}

TEST(SequenceExportDialog, TheRangeCannotRunBackwards) {
    SequenceExportDialog dialog(SequenceFormat::Gif, 12, 4);
    EXPECT_EQ(dialog.first(), 0);
    EXPECT_EQ(dialog.last(), 11);
    EXPECT_EQ(dialog.fromBox()->maximum(), 12);
    dialog.toBox()->setValue(5);
    dialog.fromBox()->setValue(8); // past the end of the range: the end follows
    EXPECT_EQ(dialog.first(), 7);
    EXPECT_EQ(dialog.last(), 7);
    dialog.toBox()->setValue(3); // before the start: the start follows
    EXPECT_EQ(dialog.first(), 2);
    EXPECT_EQ(dialog.last(), 2);
}

TEST(SequenceExportDialog, OffersScaleDelayAndCaptionsAndRemembersThem) {
    QSettings().remove(QStringLiteral("export"));
    {
        SequenceExportDialog gif(SequenceFormat::Gif, 12, 4);
        EXPECT_EQ(gif.scaleBox()->count(), 3); // 1x, 2x, 4x
        EXPECT_EQ(gif.scale(), 1.0);
        ASSERT_NE(gif.delayBox(), nullptr);
        EXPECT_EQ(gif.captionsBox(), nullptr);
        EXPECT_EQ(gif.stepDelayMs(), AnimationOptions::kDefaultStepDelayMs);
        gif.scaleBox()->setCurrentIndex(1);
        gif.delayBox()->setValue(2500);
        gif.remember();
    }
    SequenceExportDialog again(SequenceFormat::Gif, 12, 4);
    EXPECT_EQ(again.scale(), 2.0);
    EXPECT_EQ(again.stepDelayMs(), 2500);
    SequenceExportDialog pdf(SequenceFormat::Pdf, 12, 4);
    EXPECT_EQ(pdf.delayBox(), nullptr);
    ASSERT_NE(pdf.captionsBox(), nullptr);
    EXPECT_TRUE(pdf.captions()); // on by default
    pdf.captionsBox()->setChecked(false);
    EXPECT_FALSE(pdf.captions());
    QSettings().remove(QStringLiteral("export"));
}
