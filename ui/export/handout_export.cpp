#include "handout_export.h"

#include "code_editor.h"
#include "memstep/diagnostic.h"
#include "object_text.h"
#include "step_caption.h"
#include "step_replay.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>

namespace memstep::ui {

namespace {

// The PDF is drawn in points (1/72 inch) on a 288 dpi device, so text placement is precise.
constexpr int kResolution = 288;
constexpr qreal kUnit = kResolution / 72.0;
constexpr qreal kMargin = 28;
constexpr qreal kGap = 16;
constexpr qreal kHeaderHeight = 26;
constexpr qreal kCodeShare = 0.40;   // of the body's width
constexpr qreal kOutputShare = 0.28; // of the left column's height
constexpr qreal kLargestCodeFont = 12.0;
constexpr qreal kSmallestCodeFont = 6.0;

const QColor kText(0x1f, 0x25, 0x2e);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kRule(0xc8, 0xce, 0xd8);
const QColor kNextLineFill(0xfb, 0xe0, 0xdc);
const QColor kRanLineFill(0xdf, 0xf2, 0xe4);
const QColor kOutputFill(0xf5, 0xf6, 0xf8);

QFont font(bool mono, qreal size, bool bold = false) {
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
    // Sizes are in page points; the painter is scaled by kUnit, so the font's own size on the
    // 288 dpi device must be kUnit times smaller.
    f.setPointSizeF(size / kUnit);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QStringList splitLines(const QString& text) {
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normal.replace(QLatin1Char('\t'), QStringLiteral("    "));
    QStringList lines = normal.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

bool isLimit(const core::Diagnostic& d) {
    return d.type == core::kStepLimit || d.type == core::kMemoryLimit ||
           d.type == core::kUnsupported || d.type == core::kCancelled;
}

struct StepLines {
    int ran = 0;  // 1-based; 0: none
    int next = 0; // 1-based; 0: none (the program has finished)
};

StepLines stepLines(const core::Trace& trace, int step, const core::ProgramState& state) {
    const core::StepInfo info = trace.stepInfo(std::size_t(step));
    StepLines lines;
    lines.ran = step > 0 ? trace.stepInfo(std::size_t(step - 1)).line : 0;
    // As in the window: after the module's own return nothing runs next.
    const bool finished = info.kind == core::StepKind::Return && state.frames.size() <= 1;
    lines.next = finished ? 0 : info.line;
    return lines;
}

void drawCode(QPainter& painter, const QRectF& area, const QStringList& code,
              const StepLines& marks) {
    // The largest font at which every line fits, in height and in width; a long program shows
    // the lines around the next line instead, and a very wide line is cut with an ellipsis.
    qreal size = kLargestCodeFont;
    auto lineHeight = [](qreal s) { return s * 1.45; };
    auto fits = [&](qreal s) {
        if (lineHeight(s) * code.size() > area.height()) {
            return false;
        }
        const QFontMetricsF metrics(font(true, s), painter.device());
        const qreal gutter =
            s * 1.1 + 4 + metrics.horizontalAdvance(QString::number(code.size())) + s * 1.4;
        for (const QString& line : code) {
            if (gutter + metrics.horizontalAdvance(line) > area.width()) {
                return false;
            }
        }
        return true;
    };
    while (size > kSmallestCodeFont && !fits(size)) {
        size -= 0.5;
    }
    const qreal height = lineHeight(size);
    const int visible = std::max(1, int(area.height() / height));
    int firstLine = 1;
    if (code.size() > visible) {
        const int focus = marks.next > 0 ? marks.next : std::max(1, marks.ran);
        firstLine = std::clamp(focus - visible / 3, 1, int(code.size()) - visible + 1);
    }
    const QFont mono = font(true, size);
    painter.setFont(mono);
    const QFontMetricsF metrics(mono, painter.device());
    const qreal numberWidth = metrics.horizontalAdvance(QString::number(code.size())) + size * 0.6;
    const qreal arrowSize = size * 1.1;
    const qreal textLeft = area.left() + arrowSize + 4 + numberWidth + size * 0.8;
    const qreal pixelRatio = 8;
    const QPixmap nextArrow = CodeEditor::arrowPixmap(true, int(std::ceil(arrowSize)), pixelRatio);
    const QPixmap ranArrow = CodeEditor::arrowPixmap(false, int(std::ceil(arrowSize)), pixelRatio);
    for (int i = 0; i < visible && firstLine + i <= code.size(); ++i) {
        const int number = firstLine + i;
        const QRectF row(area.left(), area.top() + i * height, area.width(), height);
        const bool isNext = number == marks.next;
        const bool isRan = number == marks.ran;
        if (isNext || isRan) {
            painter.fillRect(row.adjusted(arrowSize + 2, 0, 0, 0),
                             isNext ? kNextLineFill : kRanLineFill);
            const QRectF arrow(row.left(), row.center().y() - arrowSize / 2, arrowSize, arrowSize);
            // Both marks on one line (a loop's line ran and runs again): the next arrow wins.
            painter.drawPixmap(arrow, isNext ? nextArrow : ranArrow,
                               QRectF(QPointF(0, 0), nextArrow.size()));
        }
        painter.setPen(kMuted);
        painter.drawText(QRectF(row.left() + arrowSize + 4, row.top(), numberWidth, height),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
        painter.setPen(kText);
        const QString text =
            metrics.elidedText(code[number - 1], Qt::ElideRight, area.right() - textLeft);
        painter.drawText(QRectF(textLeft, row.top(), area.right() - textLeft, height),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void drawLegend(QPainter& painter, const QRectF& area) {
    const qreal size = 7.5;
    painter.setFont(font(false, size));
    qreal x = area.left();
    for (bool next : {false, true}) {
        const QPixmap arrow = CodeEditor::arrowPixmap(next, 10, 8);
        painter.drawPixmap(QRectF(x, area.top(), 10, 10), arrow,
                           QRectF(QPointF(0, 0), arrow.size()));
        x += 13;
        const QString label =
            next ? QObject::tr("next line to run") : QObject::tr("line that just ran");
        painter.setPen(kMuted);
        painter.drawText(QPointF(x, area.top() + 8), label);
        x += QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(label) + 14;
    }
}

void drawOutput(QPainter& painter, const QRectF& area, const QString& output,
                const QString& traceback) {
    painter.fillRect(area, kOutputFill);
    painter.setPen(kRule);
    painter.drawRect(area);
    const qreal size = 7.5;
    painter.setFont(font(false, size, true));
    painter.setPen(kMuted);
    painter.drawText(QRectF(area.left() + 6, area.top() + 3, area.width() - 12, size * 1.6),
                     Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Output so far"));
    const QFont mono = font(true, size);
    painter.setFont(mono);
    const QFontMetricsF metrics(mono, painter.device());
    const qreal height = size * 1.4;
    const QRectF text = area.adjusted(6, 4 + size * 1.8, -6, -4);
    QStringList lines = splitLines(output);
    const int outputLines = int(lines.size());
    lines += splitLines(traceback);
    const int visible = std::max(1, int(text.height() / height));
    // The newest output matters most: keep the last lines.
    const int first = std::max(0, int(lines.size()) - visible);
    for (int i = first; i < lines.size(); ++i) {
        painter.setPen(i >= outputLines ? QColor(0xb0, 0x20, 0x18) : kText);
        painter.drawText(
            QRectF(text.left(), text.top() + (i - first) * height, text.width(), height),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(lines[i], Qt::ElideRight, text.width()));
    }
    if (lines.isEmpty()) {
        painter.setPen(kMuted);
        painter.drawText(QRectF(text.left(), text.top(), text.width(), height),
                         Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("(nothing printed yet)"));
    }
}

// What the step did, as the window's caption bar says it.
QString stepCaption(const core::Trace& trace, int step, const core::ProgramState& state) {
    const core::ProgramState before =
        step > 0 ? trace.state(std::size_t(step - 1)) : core::ProgramState{};
    return fromUtf8(describeStep(before, state, trace.events(std::size_t(step)),
                                 trace.stepInfo(std::size_t(step))));
}

// The step's caption in a band across the page; returns the height it took (0: none).
qreal drawCaption(QPainter& painter, const QRectF& area, const QString& caption) {
    if (caption.isEmpty()) {
        return 0;
    }
    const qreal size = 10;
    painter.setFont(font(false, size));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QRectF text = area.adjusted(8, 5, -8, -5);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    // At most three lines: a longer caption (a huge object's value) is cut.
    const qreal maxHeight = metrics.lineSpacing() * 3;
    const qreal height = std::min(maxHeight, metrics.boundingRect(text, flags, caption).height());
    const QRectF band(area.left(), area.top(), area.width(), height + 10);
    painter.fillRect(band, kOutputFill);
    painter.setPen(kText);
    painter.save();
    painter.setClipRect(band);
    painter.drawText(QRectF(text.left(), text.top(), text.width(), height), flags, caption);
    painter.restore();
    return band.height();
}

} // namespace

ExportOutcome HandoutExport::writePdf(const core::RunResult& result, const QString& path,
                                      const HandoutOptions& options, const ExportProgress& progress,
                                      QString* error) {
    const core::Trace& trace = result.trace;
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
    const QStringList code = splitLines(fromUtf8(trace.source()));
    const QString name =
        options.programName.isEmpty() ? QStringLiteral("program.py") : options.programName;

    ExportOutcome outcome = ExportOutcome::Written;
    {
        QPdfWriter pdf(path);
        pdf.setResolution(kResolution);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(QObject::tr("%1: steps %2 to %3")
                         .arg(name)
                         .arg(options.first + 1)
                         .arg(options.last + 1));
        pdf.setCreator(QStringLiteral("memstep"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error != nullptr) {
                *error = QObject::tr("Could not write %1").arg(path);
            }
            return ExportOutcome::Failed;
        }
        const QSizeF page(pdf.width() / kUnit, pdf.height() / kUnit);
        StepReplay replay(trace, options.layout);
        const int pages = options.last - options.first + 1;
        for (int step = options.first; step <= options.last; ++step) {
            if (step > options.first) {
                pdf.newPage();
            }
            replay.show(step);
            const core::ProgramState state = trace.state(std::size_t(step));
            painter.save();
            painter.scale(kUnit, kUnit);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                   QPainter::SmoothPixmapTransform);

            // Header: the program and where in it this page is.
            const QRectF header(kMargin, kMargin, page.width() - 2 * kMargin, kHeaderHeight);
            painter.setPen(kText);
            painter.setFont(font(false, 13, true));
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, name);
            painter.setFont(font(false, 13));
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                             QObject::tr("Step %1 of %2").arg(step + 1).arg(count));
            painter.setPen(QPen(kRule, 0.8));
            painter.drawLine(QPointF(header.left(), header.bottom() + 2),
                             QPointF(header.right(), header.bottom() + 2));

            const qreal captionHeight =
                options.captions
                    ? drawCaption(painter,
                                  QRectF(header.left(), header.bottom() + 8, header.width(), 200),
                                  stepCaption(trace, step, state))
                    : 0;
            const qreal bodyTop =
                header.bottom() + 10 + (captionHeight > 0 ? captionHeight + 6 : 0);
            const QRectF body(kMargin, bodyTop, header.width(), page.height() - kMargin - bodyTop);
            const qreal leftWidth = body.width() * kCodeShare;
            const qreal outputHeight = body.height() * kOutputShare;
            const qreal legendHeight = 14;
            const QRectF codeArea(body.left(), body.top(), leftWidth,
                                  body.height() - outputHeight - legendHeight - kGap);
            const QRectF legendArea(body.left(), codeArea.bottom() + 4, leftWidth, legendHeight);
            const QRectF outputArea(body.left(), body.bottom() - outputHeight, leftWidth,
                                    outputHeight);
            const QRectF diagramArea(body.left() + leftWidth + kGap, body.top(),
                                     body.width() - leftWidth - kGap, body.height());

            drawCode(painter, codeArea, code, stepLines(trace, step, state));
            drawLegend(painter, legendArea);
            QString traceback;
            if (step + 1 == count && result.error && !isLimit(*result.error)) {
                traceback = fromUtf8(result.error->traceback);
                if (traceback.isEmpty()) {
                    traceback = fromUtf8(result.error->type) + QStringLiteral(": ") +
                                fromUtf8(result.error->message);
                }
            }
            drawOutput(painter, outputArea, fromUtf8(state.stdoutText), traceback);

            painter.setPen(QPen(kRule, 0.8));
            painter.drawLine(QPointF(diagramArea.left() - kGap / 2, body.top()),
                             QPointF(diagramArea.left() - kGap / 2, body.bottom()));
            const QRectF source = replay.scene().diagramRect();
            if (source.width() > 0 && source.height() > 0) {
                const qreal scale = std::min({diagramArea.width() / source.width(),
                                              diagramArea.height() / source.height(),
                                              kMaxDiagramScale * std::max(1.0, options.scale)});
                replay.scene().render(&painter,
                                      QRectF(diagramArea.topLeft(), source.size() * scale), source);
            }
            painter.restore();
            if (progress && !progress(step - options.first + 1, pages)) {
                outcome = ExportOutcome::Cancelled;
                break;
            }
        }
        painter.end();
    }
    if (outcome != ExportOutcome::Written) {
        QFile::remove(path);
    }
    return outcome;
}

} // namespace memstep::ui
