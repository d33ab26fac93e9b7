// The window reads a trace written as JSON back into a RunResult (ui/run/trace_json_reader.h):
// how it shows a run of the CPython engine. Written by the core's writer, in either form, and
// read back, a trace must give every step's state, events and facts unchanged; a document
// whose events and states disagree is refused. And the CPython engine run from the window must
// give the very states the built-in interpreter gives, on programs both run.
#include "cpython_run.h"
#include "memstep/trace_json.h"
#include "trace_json_reader.h"
#include "trace_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <gtest/gtest.h>
#include <sstream>

namespace memstep::core {
// An event as a line of its fields, so that a failure says which one differs.
void PrintTo(const Event& e, std::ostream* os) {
    *os << "{kind " << int(e.kind) << " frame " << e.frame.value << " function '" << e.function
        << "' class " << e.isClassBody << " suspended " << e.suspended << " name '" << e.name
        << "' object " << e.object.value << " from " << e.from.value << " op " << int(e.op)
        << " index " << e.index << " key " << e.key.value << " value " << e.value.value << " text '"
        << e.text << "' message '" << e.message << "' contents " << e.contents.type << " '"
        << e.contents.value << "' '" << e.contents.name << "'}";
}
} // namespace memstep::core

namespace memstep::ui {
namespace {

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QByteArray toJson(const core::RunResult& result, bool compact) {
    std::ostringstream out;
    core::JsonOptions options;
    options.compact = compact;
    core::writeTraceJson(out, result, result.trace.source(), options);
    return QByteArray::fromStdString(out.str());
}

// The events as JSON carries them: a dict's change names its key, and the position of the key
// the recorder adds as a hint for the reader (trace.h, findEntry) is not part of the format.
std::vector<core::Event> withoutHints(std::vector<core::Event> events) {
    for (core::Event& e : events) {
        if (e.kind == core::EventKind::Mutate && e.key.valid()) {
            e.index = -1;
        }
    }
    return events;
}

// Every step of `read` as in `expected`: the facts, the events and the whole state.
// `otherEngine`: `read` came from python3, whose frame_push says the line a new frame starts at
// (the format asks for it only when a paused generator's frame comes back).
void expectSameRun(const core::RunResult& expected, const core::RunResult& read,
                   const QString& what, bool otherEngine = false) {
    SCOPED_TRACE(what.toStdString());
    ASSERT_EQ(read.trace.stepCount(), expected.trace.stepCount());
    for (std::size_t step = 0; step < expected.trace.stepCount(); ++step) {
        ASSERT_EQ(read.trace.stepInfo(step), expected.trace.stepInfo(step)) << "step " << step;
        std::vector<core::Event> events = read.trace.events(step);
        for (core::Event& e : events) {
            if (otherEngine && e.kind == core::EventKind::FramePush && !e.suspended) {
                e.index = 0;
            }
        }
        ASSERT_EQ(events, withoutHints(expected.trace.events(step))) << "step " << step;
        ASSERT_EQ(read.trace.state(step), expected.trace.state(step)) << "step " << step;
    }
    EXPECT_EQ(read.stdoutText, expected.stdoutText);
    ASSERT_EQ(read.error.has_value(), expected.error.has_value());
    if (expected.error) {
        EXPECT_EQ(read.error->type, expected.error->type);
        EXPECT_EQ(read.error->message, expected.error->message);
        EXPECT_EQ(read.error->line, expected.error->line);
    }
}

// The examples, and every fifth corpus program: generators, classes, exceptions, closures,
// dicts and the rest, so every kind of event and object crosses the JSON.
QStringList samplePrograms() {
    QStringList paths;
    for (const QString& name :
         QDir(QStringLiteral(MEMSTEP_EXAMPLES_DIR)).entryList({QStringLiteral("*.py")})) {
        paths << QStringLiteral(MEMSTEP_EXAMPLES_DIR "/") + name;
    }
    const QDir programs(QStringLiteral(MEMSTEP_PROGRAMS_DIR));
    int n = 0;
    for (const QString& topic : programs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString& name :
             QDir(programs.filePath(topic)).entryList({QStringLiteral("*.py")})) {
            if (n++ % 5 == 0) {
                paths << programs.filePath(topic + QLatin1Char('/') + name);
            }
        }
    }
    return paths;
}

TEST(TraceJsonReader, BuiltinTracesReadBackUnchangedInBothForms) {
    const QStringList paths = samplePrograms();
    ASSERT_GT(paths.size(), 100);
    for (const QString& path : paths) {
        const core::RunResult run =
            TraceRunner::runBlocking(readText(path), QStringLiteral("p.py"));
        for (const bool compact : {false, true}) {
            QString problem;
            const std::optional<core::RunResult> read =
                readTraceJson(toJson(run, compact), &problem);
            ASSERT_TRUE(read.has_value()) << path.toStdString() << ": " << problem.toStdString();
            expectSameRun(run, *read, path + (compact ? " (compact)" : " (full)"));
        }
    }
}

TEST(TraceJsonReader, RefusesEventsThatDoNotBuildTheStepsState) {
    const core::RunResult run =
        TraceRunner::runBlocking(QStringLiteral("a = [1, 2]\nb = a\nprint(b)\n"), "p.py");
    const QByteArray json = toJson(run, false);
    QString problem;
    ASSERT_TRUE(readTraceJson(json, &problem).has_value()) << problem.toStdString();
    // The second step's heap says the list holds one item; its events say two.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    QJsonObject second = steps[1].toObject();
    QJsonObject heap = second.value(QStringLiteral("heap")).toObject();
    QString listId;
    for (auto it = heap.begin(); it != heap.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("type")).toString() ==
            QStringLiteral("list")) {
            listId = it.key();
        }
    }
    QJsonObject list = heap.value(listId).toObject();
    QJsonArray items = list.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    items.removeLast();
    list.insert(QStringLiteral("items"), items);
    heap.insert(listId, list);
    second.insert(QStringLiteral("heap"), heap);
    steps[1] = second;
    root.insert(QStringLiteral("steps"), steps);
    const QByteArray broken = QJsonDocument(root).toJson();
    EXPECT_FALSE(readTraceJson(broken, &problem).has_value());
    EXPECT_TRUE(problem.startsWith(QStringLiteral("step 2:"))) << problem.toStdString();
}

TEST(TraceJsonReader, RefusesWhatIsNotATrace) {
    QString problem;
    EXPECT_FALSE(readTraceJson("{\"steps\": [", &problem).has_value());
    EXPECT_TRUE(problem.contains(QStringLiteral("not JSON"))) << problem.toStdString();
    EXPECT_FALSE(readTraceJson("{\"format\": \"other\", \"version\": 1}", &problem).has_value());
    EXPECT_TRUE(problem.contains(QStringLiteral("not a memstep trace"))) << problem.toStdString();
}

// The two engines check each other: on programs both run, python3's trace read by the window
// has the built-in interpreter's every step.
TEST(CpythonRun, GivesTheBuiltinEnginesStates) {
    if (cpythonMissing()) {
        GTEST_SKIP() << cpythonMissing()->toStdString();
    }
    for (const char* name : {"01_seed_same_object.py", "02_seed_diverging.py"}) {
        const QString source = readText(QStringLiteral(MEMSTEP_EXAMPLES_DIR "/") + name);
        const core::RunResult builtin = TraceRunner::runBlocking(source, QStringLiteral("p.py"));
        const core::RunResult cpython =
            runWithCpython(source.toStdString(), "p.py", {}, {}, nullptr, nullptr);
        ASSERT_FALSE(cpython.error && cpython.error->type == kEngineError)
            << cpython.error->message;
        expectSameRun(builtin, cpython, QString::fromUtf8(name), true);
    }
}

// python3 cannot stop at an input() to wait: the program runs again with each new answer, and
// the answers given before are not asked for again.
TEST(CpythonRun, AsksForEachAnswerAndRunsAgain) {
    if (cpythonMissing()) {
        GTEST_SKIP() << cpythonMissing()->toStdString();
    }
    const std::string source = "a = input('first? ')\nb = input('second? ')\nprint(a + b)\n";
    QStringList prompts;
    auto ask = [&](const QString& prompt) -> std::optional<QString> {
        prompts << prompt;
        return prompts.size() == 1 ? QStringLiteral("x") : QStringLiteral("y");
    };
    const core::RunResult run = runWithCpython(source, "p.py", {}, {}, ask, nullptr);
    EXPECT_EQ(prompts, (QStringList{QStringLiteral("first? "), QStringLiteral("second? ")}));
    EXPECT_FALSE(run.error.has_value()) << run.error->type << ": " << run.error->message;
    EXPECT_EQ(run.stdoutText, "first? second? xy\n");

    prompts.clear();
    const core::RunResult again =
        runWithCpython(source, "p.py", {}, {QStringLiteral("x")}, ask, nullptr);
    EXPECT_EQ(prompts, QStringList{QStringLiteral("second? ")});
    EXPECT_EQ(again.stdoutText, "first? second? xx\n");
}

// A program memstep's interpreter refuses runs under python3 from the window, and its trace is
// drawn like any other.
TEST(CpythonRun, RunsWhatTheBuiltinEngineRefuses) {
    if (cpythonMissing()) {
        GTEST_SKIP() << cpythonMissing()->toStdString();
    }
    const std::string source = "import json\nd = json.loads('[1, 2]')\nprint(d)\n";
    const core::RunResult builtin =
        TraceRunner::runBlocking(QString::fromStdString(source), QStringLiteral("p.py"));
    ASSERT_TRUE(builtin.error.has_value());
    EXPECT_EQ(builtin.error->type, core::kUnsupported);
    const core::RunResult cpython = runWithCpython(source, "p.py", {}, {}, nullptr, nullptr);
    EXPECT_FALSE(cpython.error.has_value())
        << cpython.error->type << ": " << cpython.error->message;
    EXPECT_EQ(cpython.stdoutText, "[1, 2]\n");
    ASSERT_GE(cpython.trace.stepCount(), 3u);
    const core::ProgramState last = cpython.trace.state(cpython.trace.stepCount() - 1);
    ASSERT_EQ(last.frames.size(), 1u);
    EXPECT_EQ(last.frames[0].vars.size(), 2u); // json, d
}

} // namespace
} // namespace memstep::ui

namespace memstep::ui {
namespace {

// The hostile programs of the CPython engine's own tests, run as the window runs them: each
// ends in its limit's diagnostic, as under the built-in interpreter.
TEST(CpythonRun, StopsHostileProgramsAtTheirLimits) {
    if (cpythonMissing()) {
        GTEST_SKIP() << cpythonMissing()->toStdString();
    }
    core::RunLimits steps;
    steps.maxSteps = 20000;
    core::RunLimits seconds;
    seconds.maxSeconds = 2;
    const std::pair<const char*, std::pair<core::RunLimits, const char*>> cases[] = {
        {"infinite_loop.py", {steps, core::kStepLimit}},
        {"long_c_call.py", {seconds, core::kTimeLimit}},
        {"huge_list.py", {core::RunLimits{}, core::kMemoryLimit}}};
    for (const auto& [name, expected] : cases) {
        const QString source = readText(QStringLiteral(MEMSTEP_ENGINE_PROGRAMS_DIR "/") + name);
        ASSERT_FALSE(source.isEmpty()) << name;
        const core::RunResult run =
            runWithCpython(source.toStdString(), name, expected.first, {}, nullptr, nullptr);
        ASSERT_TRUE(run.error.has_value()) << name;
        EXPECT_EQ(run.error->type, expected.second) << name << ": " << run.error->message;
    }
}

} // namespace
} // namespace memstep::ui
