#include "animation_export.h"

#include "gif_encoder.h"
#include "step_animator.h"
#include "step_replay.h"

#include <QFile>
#include <QPainter>
#include <algorithm>

namespace memstep::ui {

namespace {

QImage renderFrame(DiagramScene& scene, const QRectF& source, qreal scale) {
    const QSize size = (source.size() * scale).toSize().expandedTo(QSize(1, 1));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    return image;
}

} // namespace

ExportOutcome AnimationExport::writeGif(const core::Trace& trace, const QString& path,
                                        const AnimationOptions& options,
                                        const ExportProgress& progress, QString* error) {
    const int count = int(trace.stepCount());
    if (count == 0 || options.first < 0 || options.last >= count || options.first > options.last) {
        if (error != nullptr) {
            *error = QObject::tr("Steps %1 to %2 are not in the program's %3 steps")
                         .arg(options.first + 1)
                         .arg(options.last + 1)
                         .arg(count);
        }
        return ExportOutcome::Failed;
    }
    const int steps = options.last - options.first + 1;
    const int total = 2 * steps;
    int done = 0;
    auto keepGoing = [&] { return !progress || progress(++done, total); };

    // Pass 1: the canvas (every step's extent) and the colours (a sample of frames).
    QRectF canvas;
    PaletteBuilder colours;
    const int stride = std::max(1, steps / kPaletteSamples);
    {
        StepReplay replay(trace, options.layout);
        for (int step = options.first; step <= options.last; ++step) {
            replay.show(step);
            const QRectF rect = replay.scene().diagramRect();
            canvas = canvas.isNull() ? rect : canvas.united(rect);
            if ((step - options.first) % stride == 0 || step == options.last) {
                colours.add(renderFrame(replay.scene(), rect, options.scale));
            }
            if (!keepGoing()) {
                return ExportOutcome::Cancelled;
            }
        }
    }

    // Pass 2: draw and encode, replaying the same history so positions match pass 1.
    GifWriter writer;
    const QSize size = (canvas.size() * options.scale).toSize().expandedTo(QSize(1, 1));
    if (!writer.open(path, size, colours.build(256), error)) {
        QFile::remove(path);
        return ExportOutcome::Failed;
    }
    StepReplay replay(trace, options.layout);
    const int tweenFrames = options.slideMs / AnimationOptions::kTweenFrameMs;
    bool failed = false;
    for (int step = options.first; step <= options.last; ++step) {
        if (step > options.first && tweenFrames > 1) {
            replay.animateTo(step, tweenFrames, [&](qreal) {
                failed = !writer.addFrame(renderFrame(replay.scene(), canvas, options.scale),
                                          AnimationOptions::kTweenFrameMs, error);
                return !failed;
            });
        } else {
            replay.show(step);
        }
        // The last frame stays a little longer, so the loop's restart reads as a restart.
        const int delay = step == options.last ? options.stepDelayMs * 3 : options.stepDelayMs;
        if (failed ||
            !writer.addFrame(renderFrame(replay.scene(), canvas, options.scale), delay, error)) {
            writer.close(nullptr);
            QFile::remove(path);
            return ExportOutcome::Failed;
        }
        if (!keepGoing()) {
            writer.close(nullptr);
            QFile::remove(path);
            return ExportOutcome::Cancelled;
        }
    }
    if (!writer.close(error)) {
        QFile::remove(path);
        return ExportOutcome::Failed;
    }
    return ExportOutcome::Written;
}

} // namespace memstep::ui
