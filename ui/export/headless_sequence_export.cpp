#include "headless_sequence_export.h"

#include "animation_export.h"
#include "handout_export.h"
#include "headless_export.h"

#include <QFileInfo>
#include <QTextStream>

namespace memstep::ui {

int HeadlessSequenceExport::run(const SequenceExportRequest& request, QTextStream& err) {
    const std::optional<core::RunResult> loaded =
        HeadlessExport::runForExport(request.programPath, err, request.engine);
    if (!loaded) {
        return 1;
    }
    const core::RunResult& result = *loaded;
    const long long count = static_cast<long long>(result.trace.stepCount());
    const long long from = request.from.value_or(1);
    const long long to = request.to.value_or(count);
    for (const auto& [name, value] : {std::pair{"--from", from}, std::pair{"--to", to}}) {
        if (value < 1 || value > count) {
            err << "memstep: " << name << ' ' << value << " is out of range: the program has "
                << count << (count == 1 ? " step\n" : " steps\n");
            return 2;
        }
    }
    if (from > to) {
        err << "memstep: --from " << from << " is after --to " << to << '\n';
        return 2;
    }
    if (result.error) {
        err << "memstep: note: the program stopped with "
            << QString::fromStdString(result.error->type) << ": "
            << QString::fromStdString(result.error->message) << '\n';
    }
    LayoutOptions layout;
    layout.everyObject = request.everyObject;
    layout.showIds = request.showIds;
    layout.pythonIds = request.pythonIds;
    if (request.showIds && !request.pythonIds) {
        layout.shortIds = ShortIds::fromTrace(result.trace);
    }
    QString error;
    ExportOutcome outcome = ExportOutcome::Failed;
    if (request.format == SequenceExportRequest::Format::Gif) {
        AnimationOptions options;
        options.first = int(from - 1);
        options.last = int(to - 1);
        options.layout = layout;
        options.scale = request.scale;
        options.stepDelayMs = request.stepDelayMs;
        outcome = AnimationExport::writeGif(result.trace, request.outputPath, options, {}, &error);
    } else {
        HandoutOptions options;
        options.first = int(from - 1);
        options.last = int(to - 1);
        options.layout = layout;
        options.scale = request.scale;
        options.captions = request.captions;
        options.programName = QFileInfo(request.programPath).fileName();
        outcome = HandoutExport::writePdf(result, request.outputPath, options, {}, &error);
    }
    if (outcome != ExportOutcome::Written) {
        err << "memstep: " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace memstep::ui
