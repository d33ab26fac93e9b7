#include "headless_export.h"

#include "diagram_exporter.h"
#include "diagram_scene.h"
#include "trace_runner.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace memstep::ui {

std::optional<core::RunResult> HeadlessExport::runForExport(const QString& programPath,
                                                            QTextStream& err, Engine engine) {
    QFile file(programPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "memstep: cannot read " << programPath << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    const QString source = QString::fromUtf8(file.readAll());
    const QString name = QFileInfo(programPath).fileName();
    auto python = [&] {
        return runWithCpython(source.toStdString(), name.toStdString(), core::RunLimits{}, {},
                              nullptr, nullptr);
    };
    core::RunResult result =
        engine == Engine::Cpython ? python() : TraceRunner::runBlocking(source, name);
    if (engine == Engine::Auto && result.error && result.error->type == core::kUnsupported &&
        !cpythonMissing()) {
        err << "memstep: memstep's interpreter does not support this program: "
            << QString::fromStdString(result.error->message) << "; ran with " << cpythonName()
            << '\n';
        result = python();
    }
    if (result.trace.stepCount() == 0) {
        err << "memstep: " << programPath << " has no steps to draw";
        if (result.error) {
            err << ": " << QString::fromStdString(result.error->type) << ": "
                << QString::fromStdString(result.error->message);
            if (result.error->line > 0) {
                err << " (line " << result.error->line << ')';
            }
        }
        err << '\n';
        return std::nullopt;
    }
    return result;
}

void HeadlessExport::showStep(DiagramScene& scene, const core::Trace& trace, long long step,
                              const HeadlessExportRequest& request) {
    scene.setDiagramPalette(request.dark ? DiagramPalette::darkTheme() : DiagramPalette::light());
    LayoutOptions options;
    options.everyObject = request.everyObject;
    options.showIds = request.showIds;
    options.pythonIds = request.pythonIds;
    // The run's short ids, numbered once (layout export shows every step on one scene).
    options.shortIds = scene.options().shortIds;
    if (request.showIds && !request.pythonIds && !options.shortIds) {
        options.shortIds = ShortIds::fromTrace(trace);
    }
    scene.setOptions(options);
    for (long long i = std::max(1LL, step - kReplaySteps); i <= step; ++i) {
        scene.showState(trace.state(std::size_t(i - 1)));
    }
}

int HeadlessExport::run(const HeadlessExportRequest& request, QTextStream& err) {
    const std::optional<core::RunResult> loaded =
        runForExport(request.programPath, err, request.engine);
    if (!loaded) {
        return 1;
    }
    const core::RunResult& result = *loaded;
    const long long count = static_cast<long long>(result.trace.stepCount());
    const long long step = request.step.value_or(count);
    if (step < 1 || step > count) {
        err << "memstep: --step " << step << " is out of range: the program has " << count
            << (count == 1 ? " step\n" : " steps\n");
        return 2;
    }
    if (result.error) {
        err << "memstep: note: the program stopped with "
            << QString::fromStdString(result.error->type) << ": "
            << QString::fromStdString(result.error->message) << '\n';
    }

    DiagramScene scene;
    showStep(scene, result.trace, step, request);

    ExportOptions exportOptions;
    exportOptions.scale = request.scale;
    exportOptions.background =
        request.transparent ? ExportBackground::Transparent : ExportBackground::White;
    DiagramExporter exporter(scene);
    QString error;
    const bool ok = request.svg ? exporter.writeSvg(request.outputPath, exportOptions, &error)
                                : exporter.writePng(request.outputPath, exportOptions, &error);
    if (!ok) {
        err << "memstep: " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace memstep::ui
