// memstep: the window, or a headless export (one step's diagram, an animation or a handout).
// main() and the command line only; everything else lives in memstep_ui.
#include "headless_export.h"
#include "headless_sequence_export.h"
#include "layout_export.h"
#include "main_window.h"
#include "memstep/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <iostream>

namespace {

constexpr int kUsageError = 2;

// Every option either exports, prints or is a usage error: none of them needs a screen.
bool wantsHeadless(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-') {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    // Exports and --version need no screen: never try to open a display for them.
    if (wantsHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("memstep"));
    QApplication::setApplicationName(QStringLiteral("memstep"));
    QApplication::setApplicationVersion(QString::fromLatin1(memstep::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("See what Python does with memory, one step at a time."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption png(QStringLiteral("export-png"), QStringLiteral("Write the diagram as PNG to <file> and exit."), QStringLiteral("file"));
    const QCommandLineOption svg(QStringLiteral("export-svg"), QStringLiteral("Write the diagram as SVG to <file> and exit."), QStringLiteral("file"));
    const QCommandLineOption gif(QStringLiteral("export-gif"), QStringLiteral("Write an animated GIF of the steps --from to --to to <file> and exit."), QStringLiteral("file"));
    const QCommandLineOption layout(
        QStringLiteral("export-layout"),
        QStringLiteral("Write the geometry of the PNG's diagram (boxes, arrows, texts) as JSON to "
                       "<file> ('-': standard output) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption pdf(QStringLiteral("export-pdf"), QStringLiteral("Write a PDF handout, one page per step from --from to --to, to <file> and exit."), QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First step of a GIF or PDF, 1-based (default: 1)."), QStringLiteral("a"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last step of a GIF or PDF (default: the last)."), QStringLiteral("b"));
    const QCommandLineOption step(
        QStringLiteral("step"),
        QStringLiteral("The step to draw, 1-based (default: the last); with --export-layout also "
                       "'all' (JSON Lines, one step a line)."),
        QStringLiteral("n"));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("PNG scale: 1, 2 or 4 (default 1)."), QStringLiteral("s"));
    const QCommandLineOption transparent(QStringLiteral("transparent"), QStringLiteral("Transparent background instead of white."));
    const QCommandLineOption everyObject(QStringLiteral("every-object"), QStringLiteral("Draw every object on the heap as a box, numbers and strings in containers too."));
    const QCommandLineOption ids(QStringLiteral("ids"), QStringLiteral("Show each object's id()."));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark colours (with --transparent)."));
    parser.addOptions(
        {png, svg, layout, gif, pdf, step, scale, from, to, transparent, everyObject, ids, dark});
    parser.addPositionalArgument(QStringLiteral("program"), QStringLiteral("A Python file to open (or to export)."), QStringLiteral("[PROGRAM.py]"));

    QTextStream err(stderr);
    auto usageError = [&](const QString& message) {
        err << "memstep: " << message << "\nTry 'memstep --help'.\n";
        err.flush();
        return kUsageError;
    };
    if (!parser.parse(QApplication::arguments())) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        std::cout << parser.helpText().toStdString();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::cout << "memstep " << memstep::kVersion << '\n';
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        return usageError(QStringLiteral("expected at most one program, got %1").arg(files.size()));
    }
    const int formats = int(parser.isSet(png)) + int(parser.isSet(svg)) +
                        int(parser.isSet(layout)) + int(parser.isSet(gif)) + int(parser.isSet(pdf));
    const bool exporting = formats > 0;
    if (!exporting) {
        for (const QCommandLineOption* option : {&step, &scale, &from, &to, &transparent, &everyObject, &ids, &dark}) {
            if (parser.isSet(*option)) {
                return usageError(QStringLiteral("--%1 only goes with an --export-... option").arg(option->names().first()));
            }
        }
        memstep::ui::MainWindow window;
        if (!files.isEmpty() && !window.openFile(files.first())) {
            err << "memstep: cannot open " << files.first() << '\n';
        }
        window.show();
        return app.exec();
    }

    if (formats > 1) {
        return usageError(QStringLiteral("choose one of --export-png, --export-svg, "
                                         "--export-layout, --export-gif and --export-pdf"));
    }
    if (files.isEmpty()) {
        return usageError(QStringLiteral("--export-... needs a PROGRAM.py"));
    }
    if (parser.isSet(gif) || parser.isSet(pdf)) {
        for (const QCommandLineOption* option : {&step, &scale, &transparent, &dark}) {
            if (parser.isSet(*option)) {
                return usageError(QStringLiteral("--%1 goes with --export-png or --export-svg, not with --export-%2")
                                      .arg(option->names().first(), parser.isSet(gif) ? QStringLiteral("gif") : QStringLiteral("pdf")));
            }
        }
        memstep::ui::SequenceExportRequest request;
        request.format = parser.isSet(gif) ? memstep::ui::SequenceExportRequest::Format::Gif
                                           : memstep::ui::SequenceExportRequest::Format::Pdf;
        request.programPath = files.first();
        request.outputPath = parser.value(parser.isSet(gif) ? gif : pdf);
        for (const auto& [option, target] : {std::pair{&from, &request.from}, std::pair{&to, &request.to}}) {
            if (parser.isSet(*option)) {
                bool ok = false;
                const long long n = parser.value(*option).toLongLong(&ok);
                if (!ok || n < 1) {
                    return usageError(QStringLiteral("--%1 wants a whole number from 1, not '%2'")
                                          .arg(option->names().first(), parser.value(*option)));
                }
                *target = n;
            }
        }
        if (request.from && request.to && *request.from > *request.to) {
            return usageError(QStringLiteral("--from %1 is after --to %2").arg(*request.from).arg(*request.to));
        }
        request.everyObject = parser.isSet(everyObject);
        request.showIds = parser.isSet(ids);
        const int code = memstep::ui::HeadlessSequenceExport::run(request, err);
        err.flush();
        return code;
    }
    for (const QCommandLineOption* option : {&from, &to}) {
        if (parser.isSet(*option)) {
            return usageError(QStringLiteral("--%1 goes with --export-gif or --export-pdf; use --step for one picture").arg(option->names().first()));
        }
    }
    memstep::ui::HeadlessExportRequest request;
    request.programPath = files.first();
    request.svg = parser.isSet(svg);
    request.outputPath = parser.value(request.svg ? svg : png);
    if (parser.isSet(layout)) {
        // The geometry is that of a scale-1 picture and does not depend on colours.
        for (const QCommandLineOption* option : {&scale, &transparent, &dark}) {
            if (parser.isSet(*option)) {
                return usageError(QStringLiteral("--%1 does not go with --export-layout")
                                      .arg(option->names().first()));
            }
        }
        request.outputPath = parser.value(layout);
        const bool allSteps = parser.value(step) == QLatin1String("all");
        if (parser.isSet(step) && !allSteps) {
            bool ok = false;
            const long long n = parser.value(step).toLongLong(&ok);
            if (!ok || n < 1) {
                return usageError(
                    QStringLiteral("--step wants a whole number from 1 or 'all', not '%1'")
                        .arg(parser.value(step)));
            }
            request.step = n;
        }
        request.everyObject = parser.isSet(everyObject);
        request.showIds = parser.isSet(ids);
        const int code = memstep::ui::LayoutExport::run(request, allSteps, err);
        err.flush();
        return code;
    }
    if (parser.isSet(step)) {
        bool ok = false;
        const long long n = parser.value(step).toLongLong(&ok);
        if (!ok || n < 1) {
            return usageError(QStringLiteral("--step wants a whole number from 1, not '%1'").arg(parser.value(step)));
        }
        request.step = n;
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        const double s = parser.value(scale).remove(QLatin1Char('x')).toDouble(&ok);
        if (!ok || !(s == 1 || s == 2 || s == 4)) {
            return usageError(QStringLiteral("--scale must be 1, 2 or 4, not '%1'").arg(parser.value(scale)));
        }
        if (request.svg) {
            return usageError(QStringLiteral("--scale applies to PNG only"));
        }
        request.scale = s;
    }
    request.transparent = parser.isSet(transparent);
    request.everyObject = parser.isSet(everyObject);
    request.showIds = parser.isSet(ids);
    request.dark = parser.isSet(dark);
    const int code = memstep::ui::HeadlessExport::run(request, err);
    err.flush();
    return code;
}
