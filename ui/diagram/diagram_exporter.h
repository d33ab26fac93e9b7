// Writes the diagram to PNG (at 1x, 2x or 4x) or SVG, for slides and handouts.
//
// Export renders the scene itself, not the view, so zoom and scrolling never leak into the
// picture. A white background always uses the light palette (dark text on white); a
// transparent one keeps the current theme's colours.
#pragma once

#include <QImage>
#include <QString>

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
    // Return false and set *error (a sentence for the user) when the file cannot be written.
    bool writePng(const QString& path, const ExportOptions& options, QString* error) const;
    bool writeSvg(const QString& path, const ExportOptions& options, QString* error) const;

private:
    DiagramScene& m_scene;
};

} // namespace memstep::ui
