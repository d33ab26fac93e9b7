// memstep: the window, or a headless export (one step's diagram, an animation or a handout).
// main() and the command line only; everything else lives in memstep_ui.
#include "headless_export.h"
#include "headless_sequence_export.h"
#include "languages.h"
#include "layout_export.h"
#include "main_window.h"
#include "memstep/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <iostream>
#include <string_view>

namespace {

constexpr int kUsageError = 2;

// Every option but --language either exports, prints or is a usage error: none of them needs a
// screen.
bool wantsHeadless(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--language") {
            ++i; // and its value
        } else if (!arg.starts_with("--language=") && arg.starts_with('-')) {
            return true;
        }
    }
    return false;
}

// memstep's options, declared once (in the order --help lists them) and read by the steps of
// main() below.
struct CommandLine {
    CommandLine();

    QCommandLineParser parser;
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption png{QStringLiteral("export-png"),
                                 QStringLiteral("Write the diagram as PNG to <file> and exit."),
                                 QStringLiteral("file")};
    const QCommandLineOption svg{QStringLiteral("export-svg"),
                                 QStringLiteral("Write the diagram as SVG to <file> and exit."),
                                 QStringLiteral("file")};
    const QCommandLineOption gif{
        QStringLiteral("export-gif"),
        QStringLiteral("Write an animated GIF of the steps --from to --to to <file> and exit."),
        QStringLiteral("file")};
    const QCommandLineOption layout{
        QStringLiteral("export-layout"),
        QStringLiteral("Write the geometry of the PNG's diagram (boxes, arrows, texts) as JSON to "
                       "<file> ('-': standard output) and exit."),
        QStringLiteral("file")};
    const QCommandLineOption pdf{
        QStringLiteral("export-pdf"),
        QStringLiteral(
            "Write a PDF handout, one page per step from --from to --to, to <file> and exit."),
        QStringLiteral("file")};
    const QCommandLineOption from{
        QStringLiteral("from"), QStringLiteral("First step of a GIF or PDF, 1-based (default: 1)."),
        QStringLiteral("a")};
    const QCommandLineOption to{QStringLiteral("to"),
                                QStringLiteral("Last step of a GIF or PDF (default: the last)."),
                                QStringLiteral("b")};
    const QCommandLineOption step{
        QStringLiteral("step"),
        QStringLiteral("The step to draw, 1-based (default: the last); with --export-layout also "
                       "'all' (JSON Lines, one step a line)."),
        QStringLiteral("n")};
    const QCommandLineOption scale{
        QStringLiteral("scale"),
        QStringLiteral("1, 2 or 4 (default 1): the PNG's or GIF's pixels per diagram pixel; in a "
                       "PDF, how far a small diagram may be enlarged on its page."),
        QStringLiteral("s")};
    const QCommandLineOption gifDelay{
        QStringLiteral("gif-delay"),
        QStringLiteral("How long a GIF holds each step, in milliseconds (default 1500; the slide "
                       "into each step takes 600 more)."),
        QStringLiteral("ms")};
    const QCommandLineOption noCaptions{
        QStringLiteral("no-captions"),
        QStringLiteral("A PDF handout without the caption saying what each step did.")};
    const QCommandLineOption transparent{
        QStringLiteral("transparent"), QStringLiteral("Transparent background instead of white.")};
    const QCommandLineOption everyObject{
        QStringLiteral("every-object"),
        QStringLiteral(
            "Draw every object on the heap as a box, numbers and strings in containers too.")};
    const QCommandLineOption ids{
        QStringLiteral("ids"),
        QStringLiteral("Show a short id on each object (id1, id2, ... in order of appearance).")};
    const QCommandLineOption pythonIds{
        QStringLiteral("python-ids"),
        QStringLiteral("Show on each object the number id() prints instead (implies --ids).")};
    const QCommandLineOption dark{QStringLiteral("dark"),
                                  QStringLiteral("Dark colours (with --transparent).")};
    const QCommandLineOption language{
        QStringLiteral("language"),
        QStringLiteral("The window's language for this run (en, de, fr, ...) instead of the one "
                       "chosen in Preferences or the system's."),
        QStringLiteral("code")};
    const QCommandLineOption engine{
        QStringLiteral("engine"),
        QStringLiteral("Which interpreter runs the program for an export: builtin (memstep's, the "
                       "default), cpython (python3, with your own rights: it can touch your "
                       "files) or auto (builtin, and python3 when memstep's refuses it)."),
        QStringLiteral("name")};

    bool isSet(const QCommandLineOption& option) const { return parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return parser.value(option); }
};

CommandLine::CommandLine() {
    parser.setApplicationDescription(
        QStringLiteral("See what Python does with memory, one step at a time."));
    parser.addOptions({png, svg, layout, gif, pdf, step, scale, gifDelay, noCaptions, from, to,
                       transparent, everyObject, ids, pythonIds, dark, engine, language});
    parser.addPositionalArgument(QStringLiteral("program"),
                                 QStringLiteral("A Python file to open (or to export)."),
                                 QStringLiteral("[PROGRAM.py]"));
}

int usageError(QTextStream& err, const QString& message) {
    err << "memstep: " << message << "\nTry 'memstep --help'.\n";
    err.flush();
    return kUsageError;
}

// --engine's value, or nullopt when it names no engine.
std::optional<memstep::ui::Engine> engineOption(const CommandLine& cl) {
    using memstep::ui::Engine;
    const QString name = cl.value(cl.engine);
    if (!cl.isSet(cl.engine) || name == QLatin1String("builtin")) {
        return Engine::Builtin;
    }
    if (name == QLatin1String("cpython")) {
        return Engine::Cpython;
    }
    if (name == QLatin1String("auto")) {
        return Engine::Auto;
    }
    return std::nullopt;
}

int badEngine(QTextStream& err, const CommandLine& cl) {
    return usageError(
        err,
        QStringLiteral("--engine is builtin, cpython or auto, not '%1'").arg(cl.value(cl.engine)));
}

// No export asked for: the window, with the program if one is named.
int openWindow(QApplication& app, const CommandLine& cl, const QStringList& files,
               QTextStream& err) {
    for (const QCommandLineOption* option :
         {&cl.step, &cl.scale, &cl.gifDelay, &cl.noCaptions, &cl.from, &cl.to, &cl.transparent,
          &cl.everyObject, &cl.ids, &cl.pythonIds, &cl.dark, &cl.engine}) {
        if (cl.isSet(*option)) {
            return usageError(err, QStringLiteral("--%1 only goes with an --export-... option")
                                       .arg(option->names().first()));
        }
    }
    memstep::ui::MainWindow window;
    if (!files.isEmpty() && !window.openFile(files.first())) {
        err << "memstep: cannot open " << files.first() << '\n';
    }
    window.show();
    return app.exec();
}

// --scale: 1, 2 or 4 (also written 2x); 0 after a usage error.
qreal readScale(const CommandLine& cl, QTextStream& err) {
    if (!cl.isSet(cl.scale)) {
        return 1;
    }
    bool ok = false;
    const double s = cl.value(cl.scale).remove(QLatin1Char('x')).toDouble(&ok);
    if (!ok || !(s == 1 || s == 2 || s == 4)) {
        usageError(err,
                   QStringLiteral("--scale must be 1, 2 or 4, not '%1'").arg(cl.value(cl.scale)));
        return 0;
    }
    return s;
}

// --export-gif or --export-pdf: the steps --from to --to.
int exportSequence(const CommandLine& cl, const QString& program, QTextStream& err) {
    for (const QCommandLineOption* option : {&cl.step, &cl.transparent, &cl.dark}) {
        if (cl.isSet(*option)) {
            return usageError(
                err,
                QStringLiteral("--%1 goes with --export-png or --export-svg, not with --export-%2")
                    .arg(option->names().first(),
                         cl.isSet(cl.gif) ? QStringLiteral("gif") : QStringLiteral("pdf")));
        }
    }
    const bool gif = cl.isSet(cl.gif);
    if (cl.isSet(gif ? cl.noCaptions : cl.gifDelay)) {
        return usageError(
            err, QStringLiteral("--%1 goes with --export-%2")
                     .arg(gif ? QStringLiteral("no-captions") : QStringLiteral("gif-delay"),
                          gif ? QStringLiteral("pdf") : QStringLiteral("gif")));
    }
    memstep::ui::SequenceExportRequest request;
    request.scale = readScale(cl, err);
    if (request.scale == 0) {
        return kUsageError;
    }
    if (cl.isSet(cl.gifDelay)) {
        bool ok = false;
        const int ms = cl.value(cl.gifDelay).toInt(&ok);
        // GIF delays are hundredths of a second; under 20 ms browsers ignore them.
        if (!ok || ms < 20 || ms > 60000) {
            return usageError(err,
                              QStringLiteral("--gif-delay wants milliseconds from 20 to 60000, "
                                             "not '%1'")
                                  .arg(cl.value(cl.gifDelay)));
        }
        request.stepDelayMs = ms;
    }
    request.captions = !cl.isSet(cl.noCaptions);
    request.format = cl.isSet(cl.gif) ? memstep::ui::SequenceExportRequest::Format::Gif
                                      : memstep::ui::SequenceExportRequest::Format::Pdf;
    request.programPath = program;
    request.outputPath = cl.value(cl.isSet(cl.gif) ? cl.gif : cl.pdf);
    for (const auto& [option, target] :
         {std::pair{&cl.from, &request.from}, std::pair{&cl.to, &request.to}}) {
        if (cl.isSet(*option)) {
            bool ok = false;
            const long long n = cl.value(*option).toLongLong(&ok);
            if (!ok || n < 1) {
                return usageError(err, QStringLiteral("--%1 wants a whole number from 1, not '%2'")
                                           .arg(option->names().first(), cl.value(*option)));
            }
            *target = n;
        }
    }
    if (request.from && request.to && *request.from > *request.to) {
        return usageError(
            err, QStringLiteral("--from %1 is after --to %2").arg(*request.from).arg(*request.to));
    }
    request.everyObject = cl.isSet(cl.everyObject);
    request.showIds = cl.isSet(cl.ids) || cl.isSet(cl.pythonIds);
    request.pythonIds = cl.isSet(cl.pythonIds);
    const std::optional<memstep::ui::Engine> engine = engineOption(cl);
    if (!engine) {
        return badEngine(err, cl);
    }
    request.engine = *engine;
    const int code = memstep::ui::HeadlessSequenceExport::run(request, err);
    err.flush();
    return code;
}

// --export-layout: the geometry of one step's picture, or of every step with --step all.
int exportLayout(const CommandLine& cl, memstep::ui::HeadlessExportRequest request,
                 QTextStream& err) {
    // The geometry is that of a scale-1 picture and does not depend on colours.
    for (const QCommandLineOption* option : {&cl.scale, &cl.transparent, &cl.dark}) {
        if (cl.isSet(*option)) {
            return usageError(err, QStringLiteral("--%1 does not go with --export-layout")
                                       .arg(option->names().first()));
        }
    }
    request.outputPath = cl.value(cl.layout);
    const bool allSteps = cl.value(cl.step) == QLatin1String("all");
    if (cl.isSet(cl.step) && !allSteps) {
        bool ok = false;
        const long long n = cl.value(cl.step).toLongLong(&ok);
        if (!ok || n < 1) {
            return usageError(
                err, QStringLiteral("--step wants a whole number from 1 or 'all', not '%1'")
                         .arg(cl.value(cl.step)));
        }
        request.step = n;
    }
    request.everyObject = cl.isSet(cl.everyObject);
    request.showIds = cl.isSet(cl.ids) || cl.isSet(cl.pythonIds);
    request.pythonIds = cl.isSet(cl.pythonIds);
    const int code = memstep::ui::LayoutExport::run(request, allSteps, err);
    err.flush();
    return code;
}

// --export-png, --export-svg or --export-layout: one step's diagram.
int exportPicture(const CommandLine& cl, const QString& program, QTextStream& err) {
    if (cl.isSet(cl.gifDelay) || cl.isSet(cl.noCaptions)) {
        return usageError(err, cl.isSet(cl.gifDelay)
                                   ? QStringLiteral("--gif-delay goes with --export-gif")
                                   : QStringLiteral("--no-captions goes with --export-pdf"));
    }
    for (const QCommandLineOption* option : {&cl.from, &cl.to}) {
        if (cl.isSet(*option)) {
            return usageError(
                err, QStringLiteral(
                         "--%1 goes with --export-gif or --export-pdf; use --step for one picture")
                         .arg(option->names().first()));
        }
    }
    memstep::ui::HeadlessExportRequest request;
    request.programPath = program;
    request.svg = cl.isSet(cl.svg);
    request.outputPath = cl.value(request.svg ? cl.svg : cl.png);
    const std::optional<memstep::ui::Engine> engine = engineOption(cl);
    if (!engine) {
        return badEngine(err, cl);
    }
    request.engine = *engine;
    if (cl.isSet(cl.layout)) {
        return exportLayout(cl, request, err);
    }
    if (cl.isSet(cl.step)) {
        bool ok = false;
        const long long n = cl.value(cl.step).toLongLong(&ok);
        if (!ok || n < 1) {
            return usageError(err, QStringLiteral("--step wants a whole number from 1, not '%1'")
                                       .arg(cl.value(cl.step)));
        }
        request.step = n;
    }
    if (cl.isSet(cl.scale)) {
        request.scale = readScale(cl, err);
        if (request.scale == 0) {
            return kUsageError;
        }
        if (request.svg) {
            return usageError(err, QStringLiteral("--scale does not go with --export-svg"));
        }
    }
    request.transparent = cl.isSet(cl.transparent);
    request.everyObject = cl.isSet(cl.everyObject);
    request.showIds = cl.isSet(cl.ids) || cl.isSet(cl.pythonIds);
    request.pythonIds = cl.isSet(cl.pythonIds);
    request.dark = cl.isSet(cl.dark);
    const int code = memstep::ui::HeadlessExport::run(request, err);
    err.flush();
    return code;
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
    CommandLine cl;
    QTextStream err(stderr);
    if (!cl.parser.parse(QApplication::arguments())) {
        return usageError(err, cl.parser.errorText());
    }
    // --language, else the language chosen in Preferences, else the system's (languages.h).
    QString chosen = QSettings().value(QLatin1String(memstep::ui::kLanguageSetting)).toString();
    if (cl.isSet(cl.language)) {
        chosen = cl.value(cl.language);
        const QStringList codes = memstep::ui::shippedCodes();
        if (!codes.contains(chosen)) {
            return usageError(err, QStringLiteral("--language is one of %1, not '%2'")
                                       .arg(codes.join(QStringLiteral(", ")), chosen));
        }
    }
    const memstep::ui::Translations translations(
        app, memstep::ui::pickLanguage(chosen, QLocale::system()));
    if (cl.isSet(cl.helpOption)) {
        std::cout << cl.parser.helpText().toStdString();
        return 0;
    }
    if (cl.isSet(cl.versionOption)) {
        std::cout << "memstep " << memstep::kVersion << '\n';
        return 0;
    }
    const QStringList files = cl.parser.positionalArguments();
    if (files.size() > 1) {
        return usageError(err,
                          QStringLiteral("expected at most one program, got %1").arg(files.size()));
    }
    const int formats = int(cl.isSet(cl.png)) + int(cl.isSet(cl.svg)) + int(cl.isSet(cl.layout)) +
                        int(cl.isSet(cl.gif)) + int(cl.isSet(cl.pdf));
    if (formats == 0) {
        return openWindow(app, cl, files, err);
    }
    if (formats > 1) {
        return usageError(err, QStringLiteral("choose one of --export-png, --export-svg, "
                                              "--export-layout, --export-gif and --export-pdf"));
    }
    if (files.isEmpty()) {
        return usageError(err, QStringLiteral("--export-... needs a PROGRAM.py"));
    }
    if (cl.isSet(cl.gif) || cl.isSet(cl.pdf)) {
        return exportSequence(cl, files.first(), err);
    }
    return exportPicture(cl, files.first(), err);
}
