#include "run_settings.h"

#include "cpython_engine.h"

#include <QSettings>
#include <algorithm>
#include <cmath>
#include <utility>

namespace memstep::ui {

namespace {

// Bounds the dialog offers; a saved value outside them (edited by hand) falls back to the
// default rather than giving a run no limit at all.
constexpr std::uint64_t kMinSteps = 100;
constexpr std::uint64_t kMaxSteps = 100'000'000;
constexpr int kMaxHeapMb = 64 * 1024;
constexpr int kMaxOutputMb = 1024;
constexpr double kMaxSeconds = 24 * 3600;

// How the engine is saved: words rather than the enum's numbers, so the file reads plainly.
constexpr std::pair<Engine, const char*> kEngineNames[] = {
    {Engine::Builtin, "builtin"}, {Engine::Cpython, "cpython"}, {Engine::Auto, "auto"}};

QString secondsText(double seconds) {
    const QString number = QString::number(seconds, 'g', 6);
    return seconds == 1 ? QObject::tr("1 second") : QObject::tr("%1 seconds").arg(number);
}

} // namespace

core::RunLimits RunSettings::limits() const {
    core::RunLimits limits;
    limits.maxSteps = maxSteps;
    limits.maxHeapBytes = std::uint64_t(heapMb) << 20;
    limits.maxOutputBytes = std::size_t(outputMb) << 20;
    limits.maxSeconds = maxSeconds;
    return limits;
}

RunSettings RunSettings::load() {
    QSettings settings;
    RunSettings s;
    bool ok = false;
    const qulonglong steps = settings.value(QStringLiteral("limits/maxSteps")).toULongLong(&ok);
    if (ok && steps >= kMinSteps && steps <= kMaxSteps) {
        s.maxSteps = steps;
    }
    const int heap = settings.value(QStringLiteral("limits/heapMb")).toInt(&ok);
    if (ok && heap >= 1 && heap <= kMaxHeapMb) {
        s.heapMb = heap;
    }
    const int output = settings.value(QStringLiteral("limits/outputMb")).toInt(&ok);
    if (ok && output >= 1 && output <= kMaxOutputMb) {
        s.outputMb = output;
    }
    const double seconds = settings.value(QStringLiteral("limits/maxSeconds")).toDouble(&ok);
    if (ok && std::isfinite(seconds) && seconds > 0 && seconds <= kMaxSeconds) {
        s.maxSeconds = seconds;
    }
    const QString engine = settings.value(QStringLiteral("run/engine")).toString();
    for (const auto& [value, name] : kEngineNames) {
        if (engine == QLatin1String(name)) {
            s.engine = value;
        }
    }
    return s;
}

void RunSettings::save() const {
    QSettings settings;
    settings.setValue(QStringLiteral("limits/maxSteps"), qulonglong(maxSteps));
    settings.setValue(QStringLiteral("limits/heapMb"), heapMb);
    settings.setValue(QStringLiteral("limits/outputMb"), outputMb);
    settings.setValue(QStringLiteral("limits/maxSeconds"), maxSeconds);
    for (const auto& [value, name] : kEngineNames) {
        if (engine == value) {
            settings.setValue(QStringLiteral("run/engine"), QString::fromLatin1(name));
        }
    }
}

QString groupedNumber(std::uint64_t value) {
    // Not the locale's grouping: the C locale (CI, many terminals) has none, and a limit of
    // 100000 reads worse than 100,000.
    QString digits = QString::number(qulonglong(value));
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) {
        digits.insert(at, QLatin1Char(','));
    }
    return digits;
}

QString limitMessage(const core::Diagnostic& d, const core::RunLimits& used, bool ran) {
    const QString where = QObject::tr("You can raise the limit in Preferences.");
    if (d.type == core::kStepLimit) {
        return QObject::tr("Stopped after %1 steps - the program may be in an infinite loop. %2")
            .arg(groupedNumber(used.maxSteps), where);
    }
    if (d.type == core::kTimeLimit) {
        return QObject::tr(
                   "Stopped after %1 (the time limit) - the program may be in an infinite loop "
                   "or too slow to show step by step. %2")
            .arg(secondsText(used.maxSeconds), where);
    }
    // The run stops with MemoryLimit at a line when the program's objects pass the heap limit
    // (CPython would go on until the computer runs out), and without a line when the computer
    // itself ran out first. A MemoryError is the program's own, an ordinary error.
    // Only a run under python3 ends at its process limit (a fork past it).
    if (d.type == core::kMemoryLimit && d.message.rfind(engine::kProcessLimitStart, 0) == 0) {
        return QObject::tr("Stopped: the program started more than %1 processes at once (line "
                           "%2), the limit of a run with Python 3.")
            .arg(engine::kMaxProgramProcesses)
            .arg(d.line);
    }
    if (d.type == core::kMemoryLimit && ran && d.line > 0) {
        return QObject::tr("Stopped: the program's objects needed more than the memory limit "
                           "of %1 MB (line %2). %3")
            .arg(groupedNumber(used.maxHeapBytes >> 20))
            .arg(d.line)
            .arg(where);
    }
    if (d.type == core::kMemoryLimit) {
        return QObject::tr("Stopped: the program needed more memory than this computer could give. "
                           "Lowering the memory limit in Preferences makes such a program stop at "
                           "that limit instead.");
    }
    return QString();
}

QString outputLimitMessage(const std::string& stdoutText, const core::RunLimits& used) {
    if (stdoutText.find("\n[output limit reached") == std::string::npos) {
        return QString();
    }
    return QObject::tr("The program printed more than %1 MB; the rest of its output was dropped. "
                       "You can raise the output limit in Preferences.")
        .arg(groupedNumber(used.maxOutputBytes >> 20));
}

} // namespace memstep::ui
