#include "trace_runner.h"

#include <QCoreApplication>
#include <QThread>

namespace memstep::ui {

TraceRunner::TraceRunner(QObject* parent) : QObject(parent) {}

TraceRunner::~TraceRunner() {
    stopThread();
    for (const QPointer<QThread>& old : m_retired) {
        while (old != nullptr && !old->wait(10)) {
            serveWorker();
        }
    }
}

// The worker may be blocked on a call into this thread (an input answer): deliver the calls
// posted to this runner, and only those. Serving every event here would reach widgets of a
// window being destroyed around the runner (a crash seen when Cancel and closing overlap).
void TraceRunner::serveWorker() {
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void TraceRunner::stopThread() {
    if (m_thread == nullptr) {
        return;
    }
    m_cancel->store(true);
    ++m_generation;
    while (!m_thread->wait(10)) {
        serveWorker();
    }
    delete m_thread;
    m_thread = nullptr;
}

void TraceRunner::cancel() {
    if (m_thread == nullptr) {
        return;
    }
    m_cancel->store(true);
    ++m_generation;
    // The old thread finishes on its own and deletes itself; its result is ignored.
    QThread* old = m_thread;
    m_thread = nullptr;
    connect(old, &QThread::finished, old, &QObject::deleteLater);
    if (old->isFinished()) {
        old->deleteLater();
    }
    m_retired.push_back(old);
    emit cancelled();
}

std::optional<QString> TraceRunner::askForInput(const QString& prompt, std::size_t index) {
    if (index < std::size_t(m_answers.size())) {
        return m_answers.at(qsizetype(index));
    }
    if (!m_inputProvider) {
        return std::nullopt;
    }
    std::optional<QString> answer = m_inputProvider(prompt);
    if (answer) {
        m_answers.append(*answer);
    }
    return answer;
}

void TraceRunner::start(const QString& source, const QString& filename) {
    if (m_thread != nullptr) {
        cancel();
    }
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    const std::string code = source.toStdString();
    const std::string name = filename.toStdString();
    const core::RunLimits limits = m_limits;
    const bool cpython = m_engine == Engine::Cpython;
    const QStringList answers = m_answers;

    m_thread =
        QThread::create([this, generation, cancelFlag, code, name, limits, cpython, answers] {
            core::RunOptions options;
            options.record = true;
            options.filename = name;
            options.limits = limits;
            options.cancel = cancelFlag.get();
            std::size_t inputIndex = 0;
            // Both callbacks run on this worker thread, so plain locals are enough.
            std::size_t printed = 0;
            auto echoes = std::make_shared<std::vector<InputEcho>>();
            auto atInput = std::make_shared<bool>(false);
            options.onOutput = [&printed](std::string_view text) { printed += text.size(); };
            options.readInput = [this, generation, cancelFlag, &inputIndex, &printed, echoes,
                                 atInput](std::string_view prompt) -> std::optional<std::string> {
                if (cancelFlag->load()) {
                    return std::nullopt;
                }
                std::optional<QString> answer;
                const QString text = QString::fromUtf8(prompt.data(), qsizetype(prompt.size()));
                const std::size_t index = inputIndex++;
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, text, index] {
                        return generation == m_generation ? askForInput(text, index)
                                                          : std::optional<QString>();
                    },
                    Qt::BlockingQueuedConnection, &answer);
                if (!answer) {
                    // The prompt was cancelled: stop here rather than raise EOFError. The flag
                    // ends the run at its next step, before the EOFError input() raises is
                    // recorded or could be caught.
                    *atInput = !cancelFlag->load();
                    cancelFlag->store(true);
                    return std::nullopt;
                }
                echoes->push_back({printed, answer->toStdString()});
                return answer->toStdString();
            };
            options.onProgress = [this, generation](std::uint64_t steps) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, steps] {
                        if (generation == m_generation) {
                            emit progress(steps);
                        }
                    },
                    Qt::QueuedConnection);
            };
            // python3 gets the answers given so far up front and asks for each further one
            // through the same provider, so it sees the same answers a built-in run would.
            auto askMore = [&](const QString& prompt) -> std::optional<QString> {
                auto answer = options.readInput(prompt.toStdString());
                return answer ? std::optional<QString>(QString::fromStdString(*answer))
                              : std::nullopt;
            };
            inputIndex = cpython ? std::size_t(answers.size()) : 0;
            auto result = std::make_shared<core::RunResult>(
                cpython ? runWithCpython(code, name, limits, answers, askMore, cancelFlag.get())
                        : core::runProgram(code, options));
            if (cpython) {
                // python3's answers were read in earlier runs of the program, at places its output
                // does not mark: its output pane shows what python3 printed, without echoes.
                echoes->clear();
            }
            QMetaObject::invokeMethod(
                this,
                [this, generation, result, echoes, atInput] {
                    if (generation != m_generation) {
                        return;
                    }
                    m_echoes = std::move(*echoes);
                    m_cancelledAtInput = *atInput;
                    if (m_thread != nullptr) {
                        m_thread->wait();
                        delete m_thread;
                        m_thread = nullptr;
                    }
                    emit finished(result);
                },
                Qt::QueuedConnection);
        });
    m_thread->setStackSize(kWorkerStackBytes);
    m_thread->start();
    emit started();
}

core::RunResult TraceRunner::runBlocking(const QString& source, const QString& filename,
                                         const core::RunLimits& limits) {
    core::RunResult result;
    const std::string code = source.toStdString();
    QThread* thread = QThread::create([&] {
        core::RunOptions options;
        options.filename = filename.toStdString();
        options.limits = limits;
        result = core::runProgram(code, options);
    });
    thread->setStackSize(kWorkerStackBytes);
    thread->start();
    thread->wait();
    delete thread;
    return result;
}

} // namespace memstep::ui
