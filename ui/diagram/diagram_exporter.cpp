#include "diagram_exporter.h"

#include "diagram_scene.h"

#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>

namespace memstep::ui {

namespace {

// Switches the scene to the export's colours for as long as it lives.
class ExportColors {
public:
    ExportColors(DiagramScene& scene, ExportBackground background)
        : m_scene(scene), m_saved(scene.diagramPalette()) {
        if (background == ExportBackground::White) {
            m_scene.setDiagramPalette(DiagramPalette::light());
        }
        m_savedBrush = m_scene.backgroundBrush();
        m_scene.setBackgroundBrush(background == ExportBackground::White ? QBrush(Qt::white)
                                                                         : QBrush(Qt::NoBrush));
    }
    ~ExportColors() {
        m_scene.setDiagramPalette(m_saved);
        m_scene.setBackgroundBrush(m_savedBrush);
    }
    ExportColors(const ExportColors&) = delete;
    ExportColors& operator=(const ExportColors&) = delete;

private:
    DiagramScene& m_scene;
    DiagramPalette m_saved;
    QBrush m_savedBrush;
};

} // namespace

QRectF DiagramExporter::sourceRect() const {
    return m_scene.diagramRect();
}

QSize DiagramExporter::imageSize(qreal scale) const {
    return (sourceRect().size() * scale).toSize().expandedTo(QSize(1, 1));
}

QTransform DiagramExporter::sceneToImage(qreal scale) const {
    const QRectF source = sourceRect();
    const QSizeF target(imageSize(scale));
    const qreal ratio =
        std::min(target.width() / source.width(), target.height() / source.height());
    return QTransform().scale(ratio, ratio).translate(-source.left(), -source.top());
}

QImage DiagramExporter::renderImage(const ExportOptions& options) const {
    QImage image(imageSize(options.scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(options.background == ExportBackground::White ? Qt::white : Qt::transparent);
    QPainter painter(&image);
    render(painter, options);
    painter.end();
    return image;
}

void DiagramExporter::render(QPainter& painter, const ExportOptions& options) const {
    ExportColors colors(m_scene, options.background);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    m_scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(imageSize(options.scale))), sourceRect());
}

bool DiagramExporter::writePng(const QString& path, const ExportOptions& options,
                               QString* error) const {
    const QImage image = renderImage(options);
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        if (error != nullptr) {
            *error = QObject::tr("Could not write %1: %2").arg(path, writer.errorString());
        }
        return false;
    }
    return true;
}

bool DiagramExporter::writeSvg(const QString& path, const ExportOptions& options,
                               QString* error) const {
    const QRectF source = m_scene.diagramRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(QStringLiteral("memstep diagram"));
    ExportColors colors(m_scene, options.background);
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error != nullptr) {
            *error = QObject::tr("Could not write %1").arg(path);
        }
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return true;
}

} // namespace memstep::ui
