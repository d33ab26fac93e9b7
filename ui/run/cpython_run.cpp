#include "cpython_run.h"

#include "cpython_engine.h"
#include "trace_json_reader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <sstream>

namespace memstep::ui {

namespace {

// The JSON a run may produce (its compact form): far beyond what the step limit lets a program
// record, so only a runaway tracer meets it.
constexpr std::uint64_t kMaxJsonBytes = std::uint64_t{512} << 20;

core::RunResult engineError(const QString& message) {
    core::RunResult result;
    result.error = core::Diagnostic{kEngineError, message.toStdString(), 0, 0, {}, {}};
    return result;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The program ended because input() found no more answers: it asked for one more.
bool wantsMoreInput(const core::RunResult& result) {
    return result.error && result.error->type == "EOFError" &&
           result.error->message == "EOF when reading a line";
}

// The prompt input() printed before it found no answer: the output of the step that raised
// the EOFError (python3 echoes no answer, so the text alone cannot tell one prompt from the
// one before it: "first? second? ").
QString lastPrompt(const core::Trace& trace) {
    for (std::size_t step = trace.stepCount(); step-- > 0;) {
        if (trace.stepInfo(step).kind != core::StepKind::Exception) {
            continue;
        }
        std::string prompt;
        for (const core::Event& e : trace.events(step)) {
            if (e.kind == core::EventKind::Output) {
                prompt += e.text;
            }
        }
        return QString::fromStdString(prompt);
    }
    return {};
}

core::RunResult runOnce(const engine::CpythonRun& base, const QTemporaryDir& dir,
                        const QStringList& answers) {
    engine::CpythonRun run = base;
    const QString answersPath = dir.filePath(QStringLiteral("answers.txt"));
    QByteArray lines;
    for (const QString& answer : answers) {
        lines += answer.toUtf8() + '\n';
    }
    if (!writeFile(answersPath, lines)) {
        return engineError(
            QObject::tr("cannot write the program's answers to %1").arg(answersPath));
    }
    run.answersPath = answersPath.toStdString();
    std::ostringstream json;
    const engine::CpythonResult started = engine::runCpython(run, json);
    if (!started.started) {
        return engineError(QString::fromStdString(started.problem));
    }
    QString problem;
    std::optional<core::RunResult> result =
        readTraceJson(QByteArray::fromStdString(json.str()), &problem);
    if (!result) {
        return engineError(
            QObject::tr("the trace python3 recorded could not be read: %1").arg(problem));
    }
    return std::move(*result);
}

} // namespace

std::optional<QString> cpythonMissing() {
    if (!engine::findPython()) {
        return QObject::tr("no python3 was found on PATH: install python3 (3.11) to run programs "
                           "with Python 3");
    }
    if (!engine::findTracer()) {
        return QObject::tr("memstep_cpython_trace.py was not found beside memstep: reinstall "
                           "memstep");
    }
    return std::nullopt;
}

QString cpythonName() {
    const std::optional<std::string> python = engine::findPython();
    const std::string version = python ? engine::pythonVersion(*python) : std::string();
    return version.empty() ? QStringLiteral("python3") : QString::fromStdString(version);
}

core::RunResult runWithCpython(const std::string& source, const std::string& filename,
                               const core::RunLimits& limits, QStringList answers,
                               const std::function<std::optional<QString>(const QString&)>& askMore,
                               const std::atomic<bool>* cancel) {
    if (std::optional<QString> missing = cpythonMissing()) {
        return engineError(*missing);
    }
    QTemporaryDir dir;
    const QString programPath = dir.filePath(QStringLiteral("program.py"));
    if (!dir.isValid() || !writeFile(programPath, QByteArray::fromStdString(source))) {
        return engineError(QObject::tr("cannot write the program to a temporary folder"));
    }
    engine::CpythonRun run;
    run.python = *engine::findPython();
    run.tracer = *engine::findTracer();
    run.programPath = programPath.toStdString();
    run.filename = filename;
    run.source = source;
    run.maxSteps = limits.maxSteps;
    run.maxSeconds = limits.maxSeconds;
    run.maxHeapMb = std::max<std::uint64_t>(1, limits.maxHeapBytes >> 20);
    run.maxJsonBytes = kMaxJsonBytes;
    run.compact = true;
    run.cancel = cancel;
    while (true) {
        core::RunResult result = runOnce(run, dir, answers);
        if (!wantsMoreInput(result) || !askMore || (cancel != nullptr && cancel->load())) {
            return result;
        }
        std::optional<QString> answer = askMore(lastPrompt(result.trace));
        if (!answer) {
            return result;
        }
        answers.append(*answer);
    }
}

} // namespace memstep::ui
