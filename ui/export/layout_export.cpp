#include "layout_export.h"

#include "arrow_item.h"
#include "diagram_exporter.h"
#include "diagram_scene.h"
#include "headless_export.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>
#include <QTextStream>
#include <array>
#include <cmath>
#include <vector>

namespace memstep::ui {

namespace {

// Coordinates are written to a hundredth of a pixel: finer is noise, coarser loses the 1 px
// promise of the flattened curves.
constexpr qreal kDecimals = 100;
// The dots per inch the recording device claims, a QImage's default: only matters for fonts
// sized in points, which the diagram does not use.
constexpr int kRecordingDpi = 96;
// Two text pieces drawn end to end on one baseline closer than this are one text that Qt split
// (a fallback font for some characters): the person reads one piece.
constexpr qreal kTextJoinGap = 0.5;
// A Bezier is halved at most this many times: 2^16 segments, far past any drawn arrow.
constexpr int kMaxFlattenDepth = 16;

struct DrawnText {
    QString text;
    qreal px = 0;
    QRectF rect; // in the picture
    qreal baseline = 0;
};

// A paint engine that draws nothing and keeps every text item it is given, in picture pixels.
// AllFeatures: QPainter hands it untransformed primitives and the transform separately instead
// of emulating anything, so the text arrives whole with the transform that places it.
class TextRecordingEngine : public QPaintEngine {
public:
    // fit: the scale QGraphicsScene::render maps the scene with, a hair under 1 because the
    // picture's size is rounded to whole pixels; the text is not smaller for it, so px leaves it
    // out.
    explicit TextRecordingEngine(qreal fit) : QPaintEngine(QPaintEngine::AllFeatures), m_fit(fit) {}

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override {}
    Type type() const override { return QPaintEngine::User; }
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {
    }
    void drawPath(const QPainterPath&) override {}
    using QPaintEngine::drawPolygon;
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}

    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        const QString text = item.text();
        if (text.trimmed().isEmpty()) {
            return;
        }
        const QTransform transform = painter()->combinedTransform();
        QRectF logical(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        // drawText(rect, ...) clips text that does not fit its rectangle; report what shows.
        if (painter()->hasClipping()) {
            logical &= painter()->clipBoundingRect();
            if (logical.isEmpty()) {
                return;
            }
        }
        const QFont font = item.font();
        const qreal fontPx =
            font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * kRecordingDpi / 72.0;
        const qreal scale = std::sqrt(std::abs(transform.determinant())) / m_fit;
        DrawnText drawn{text, fontPx * scale, transform.mapRect(logical), transform.map(p).y()};
        if (!m_texts.empty()) {
            DrawnText& last = m_texts.back();
            if (std::abs(last.baseline - drawn.baseline) < kTextJoinGap && last.px == drawn.px &&
                std::abs(last.rect.right() - drawn.rect.left()) < kTextJoinGap) {
                last.text += drawn.text;
                last.rect |= drawn.rect;
                return;
            }
        }
        m_texts.push_back(drawn);
    }

    const std::vector<DrawnText>& texts() const { return m_texts; }

private:
    qreal m_fit;
    std::vector<DrawnText> m_texts;
};

class TextRecorder : public QPaintDevice {
public:
    TextRecorder(QSize size, qreal fit) : m_size(size), m_engine(fit) {}
    QPaintEngine* paintEngine() const override { return &m_engine; }
    const std::vector<DrawnText>& texts() const { return m_engine.texts(); }

protected:
    int metric(PaintDeviceMetric metric) const override {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / kRecordingDpi);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / kRecordingDpi);
        case PdmNumColors:
            return 0;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return kRecordingDpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    QSize m_size;
    mutable TextRecordingEngine m_engine; // paintEngine() is const in QPaintDevice
};

qreal rounded(qreal v) {
    return std::round(v * kDecimals) / kDecimals;
}

QJsonArray pointJson(QPointF p) {
    return QJsonArray{rounded(p.x()), rounded(p.y())};
}

QJsonArray rectJson(const QRectF& r) {
    return QJsonArray{rounded(r.x()), rounded(r.y()), rounded(r.width()), rounded(r.height())};
}

qreal distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t =
        length2 == 0 ? 0 : std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

// Appends the cubic's points after c[0]. A cubic lies in the hull of its control points, so
// once both controls are within kFlatness of the chord the whole piece is, and the chord
// stands for it.
void flatten(const std::array<QPointF, 4>& c, std::vector<QPointF>& out, int depth) {
    if (depth >= kMaxFlattenDepth ||
        std::max(distanceToSegment(c[1], c[0], c[3]), distanceToSegment(c[2], c[0], c[3])) <=
            LayoutExport::kFlatness) {
        out.push_back(c[3]);
        return;
    }
    const auto [first, second] = splitCubic(c);
    flatten(first, out, depth + 1);
    flatten(second, out, depth + 1);
}

// The drawn path (already in picture coordinates) as a polyline.
std::vector<QPointF> polyline(const QPainterPath& path) {
    std::vector<QPointF> points;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            points.push_back(e);
        } else if (e.isLineTo()) {
            points.push_back(e);
        } else if (e.isCurveTo() && i + 2 < path.elementCount() && !points.empty()) {
            flatten({points.back(), QPointF(e), QPointF(path.elementAt(i + 1)),
                     QPointF(path.elementAt(i + 2))},
                    points, 0);
            i += 2;
        }
    }
    return points;
}

QString pythonType(const core::ProgramState& state, core::ObjectId id) {
    auto it = state.heap.find(id);
    if (it == state.heap.end()) {
        return QString();
    }
    const core::HeapObject& object = it->second;
    if (object.type == "instance" || !object.className.empty()) {
        return QString::fromStdString(object.className); // class Stack(list): its class
    }
    if (object.type == "class") {
        return QStringLiteral("type");
    }
    return QString::fromStdString(object.type);
}

// An arrow's start as the contract names its slot: "f3:x", "o7[2]", "o9.next"...
QString arrowSource(const DiagramLayoutResult& layout, const ArrowKey& source) {
    const LayoutBox* box = source.fromFrame ? layout.findFrame(core::FrameId{source.box})
                                            : layout.findObject(core::ObjectId{source.box});
    if (box == nullptr || source.cell >= box->cells.size() ||
        box->cells[source.cell].sourceName.isEmpty()) {
        return source.toString();
    }
    const QChar kind = source.fromFrame ? QLatin1Char('f') : QLatin1Char('o');
    return kind + QString::number(source.box) + box->cells[source.cell].sourceName;
}

} // namespace

QJsonObject LayoutExport::describe(DiagramScene& scene, const core::ProgramState& state,
                                   long long step) {
    const DiagramExporter exporter(scene);
    constexpr qreal kScale = 1; // the contract's pixels are those of a scale-1 PNG
    const QTransform toImage = exporter.sceneToImage(kScale);
    const QSize size = exporter.imageSize(kScale);
    const DiagramLayoutResult& layout = scene.currentLayout();

    QJsonArray boxes;
    for (const LayoutBox& frame : layout.frames) {
        QJsonObject box;
        if (frame.hiddenFrames > 0) {
            // The "... N frames not shown ..." marker is a box on the picture but no frame.
            box[QStringLiteral("id")] = QStringLiteral("stack-cut");
            box[QStringLiteral("kind")] = QStringLiteral("stack-cut");
        } else {
            box[QStringLiteral("id")] = QStringLiteral("f%1").arg(frame.frame.value);
            box[QStringLiteral("kind")] = QStringLiteral("frame");
        }
        box[QStringLiteral("rect")] = rectJson(toImage.mapRect(frame.rect));
        boxes.append(box);
    }
    for (const LayoutBox& object : layout.objects) {
        QJsonObject box;
        box[QStringLiteral("id")] = QStringLiteral("o%1").arg(object.object.value);
        box[QStringLiteral("kind")] = QStringLiteral("object");
        box[QStringLiteral("type")] = pythonType(state, object.object);
        box[QStringLiteral("rect")] = rectJson(toImage.mapRect(object.rect));
        boxes.append(box);
    }

    QJsonArray arrows;
    for (const LayoutArrow& arrow : layout.arrows) {
        const ArrowItem* item = scene.arrowItem(arrow.source);
        if (item == nullptr) {
            continue;
        }
        const QTransform itemToImage = item->sceneTransform() * toImage;
        std::vector<QPointF> points = polyline(itemToImage.map(item->curve()));
        // The line stops inside the head; the head's first corner is its tip.
        const QPolygonF head = itemToImage.map(item->head());
        if (!head.isEmpty()) {
            points.push_back(head.first());
        }
        QJsonArray pointsJson;
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (i > 0 && points[i] == points[i - 1]) {
                continue;
            }
            pointsJson.append(pointJson(points[i]));
        }
        QJsonObject json;
        json[QStringLiteral("from")] = arrowSource(layout, arrow.source);
        json[QStringLiteral("to")] = QStringLiteral("o%1").arg(arrow.target.value);
        json[QStringLiteral("points")] = pointsJson;
        arrows.append(json);
    }

    TextRecorder recorder(size, toImage.m11());
    QPainter painter(&recorder);
    ExportOptions options;
    options.scale = kScale;
    exporter.render(painter, options);
    painter.end();
    QJsonArray texts;
    for (const DrawnText& text : recorder.texts()) {
        QJsonObject json;
        json[QStringLiteral("text")] = text.text;
        json[QStringLiteral("px")] = rounded(text.px);
        json[QStringLiteral("rect")] = rectJson(text.rect);
        texts.append(json);
    }

    QJsonObject result;
    result[QStringLiteral("format")] = QStringLiteral("memstep-layout");
    result[QStringLiteral("version")] = kFormatVersion;
    result[QStringLiteral("step")] = step;
    result[QStringLiteral("size")] = QJsonArray{size.width(), size.height()};
    result[QStringLiteral("boxes")] = boxes;
    result[QStringLiteral("arrows")] = arrows;
    result[QStringLiteral("texts")] = texts;
    return result;
}

int LayoutExport::run(const HeadlessExportRequest& request, bool allSteps, QTextStream& err) {
    const std::optional<core::RunResult> loaded =
        HeadlessExport::runForExport(request.programPath, err, request.engine);
    if (!loaded) {
        return 1;
    }
    const core::Trace& trace = loaded->trace;
    const long long count = static_cast<long long>(trace.stepCount());
    const long long step = request.step.value_or(count);
    if (!allSteps && (step < 1 || step > count)) {
        err << "memstep: --step " << step << " is out of range: the program has " << count
            << (count == 1 ? " step\n" : " steps\n");
        return 2;
    }
    if (loaded->error) {
        err << "memstep: note: the program stopped with "
            << QString::fromStdString(loaded->error->type) << ": "
            << QString::fromStdString(loaded->error->message) << '\n';
    }

    QFile file;
    const bool toStdout = request.outputPath == QLatin1String("-");
    const bool opened =
        toStdout ? file.open(stdout, QIODevice::WriteOnly)
                 : (file.setFileName(request.outputPath), file.open(QIODevice::WriteOnly));
    if (!opened) {
        err << "memstep: Could not write " << request.outputPath << ": " << file.errorString()
            << '\n';
        return 1;
    }
    DiagramScene scene;
    if (allSteps) {
        // Step 1 alone sets the scene up; every later step moves it on by one, as the window does.
        HeadlessExport::showStep(scene, trace, 1, request);
        for (long long i = 1; i <= count; ++i) {
            const core::ProgramState state = trace.state(std::size_t(i - 1));
            if (i > 1) {
                scene.showState(state);
            }
            file.write(QJsonDocument(describe(scene, state, i)).toJson(QJsonDocument::Compact));
            file.write("\n");
        }
    } else {
        HeadlessExport::showStep(scene, trace, step, request);
        file.write(QJsonDocument(describe(scene, trace.state(std::size_t(step - 1)), step))
                       .toJson(QJsonDocument::Indented));
    }
    file.flush();
    if (file.error() != QFileDevice::NoError) {
        err << "memstep: Could not write " << request.outputPath << ": " << file.errorString()
            << '\n';
        return 1;
    }
    return 0;
}

} // namespace memstep::ui
