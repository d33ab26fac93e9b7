// Writes the diagram to PNG (at 1x, 2x or 4x) or SVG, for slides and handouts.
//
// Export renders the scene itself, not the view, so zoom and scrolling never leak into the
// picture. A white background always uses the light palette (dark text on white); a
// transparent one keeps the current theme's colours.
#pragma once

#include <QImage>
#include <QString>
#include <QTransform>

class QPainter;

namespace memstep::ui {

class DiagramScene;

enum class ExportBackground { White, Transparent };

struct ExportOptions {
    qreal scale = 2.0;
    ExportBackground background = ExportBackground::White;
};

class DiagramExporter {
public:
    explicit DiagramExporter(DiagramScene& scene) : m_scene(scene) {}

    QImage renderImage(const ExportOptions& options) const;
    // Paints the picture renderImage() makes onto any device of imageSize(): the layout export
    // records what this draws, so its geometry is the picture's.
    void render(QPainter& painter, const ExportOptions& options) const;
    // The picture's size in pixels, and the scene rectangle it shows.
    QSize imageSize(qreal scale) const;
    QRectF sourceRect() const;
    // Where a scene point lands in the picture: QGraphicsScene::render's mapping of
    // sourceRect() onto the imageSize() target, aspect ratio kept (the size is rounded to whole
    // pixels, so the ratio can be a hair off 1).
    QTransform sceneToImage(qreal scale) const;
    // Return false and set *error (a sentence for the user) when the file cannot be written.
    bool writePng(const QString& path, const ExportOptions& options, QString* error) const;
    bool writeSvg(const QString& path, const ExportOptions& options, QString* error) const;

private:
    DiagramScene& m_scene;
};

} // namespace memstep::ui
