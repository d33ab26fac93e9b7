// Runs a student's program off the GUI thread, so the window never freezes.
//
// Each run gets its own worker thread with a large stack (deep Python recursion recurses in
// the interpreter) and its own cancel flag; a run that is replaced or cancelled is simply
// ignored when it ends. input() is answered on the GUI thread through a blocking queued call,
// and every answer is kept, so running the same program again never asks twice. Each answer
// read is also noted with where in the output it was read (InputEcho), for the output pane.
// No answer (the prompt cancelled) ends the run as cancelled at input(), with its steps.
#pragma once

#include "cpython_run.h"
#include "input_echo.h"
#include "memstep/run.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace memstep::ui {

class TraceRunner : public QObject {
    Q_OBJECT

public:
    // Deep recursion (1000 Python frames) must fit in the worker's stack.
    static constexpr unsigned kWorkerStackBytes = 256u * 1024u * 1024u;

    // Asked on the GUI thread for a line of input; nullopt: the person cancelled the prompt,
    // which ends the run (Cancelled) where it is, steps so far kept.
    using InputProvider = std::function<std::optional<QString>(const QString& prompt)>;

    explicit TraceRunner(QObject* parent = nullptr);
    ~TraceRunner() override;

    void start(const QString& source, const QString& filename);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    void setInputProvider(InputProvider provider) { m_inputProvider = std::move(provider); }
    void setLimits(const core::RunLimits& limits) { m_limits = limits; }
    const core::RunLimits& limits() const { return m_limits; }
    // Which interpreter the next runs use: Builtin (also for Auto, whose offer of python3 is
    // the window's) or Cpython.
    void setEngine(Engine engine) { m_engine = engine; }
    Engine engine() const { return m_engine; }
    // Answers given so far; they are replayed to the next run until clearAnswers().
    const QStringList& answers() const { return m_answers; }
    void clearAnswers() { m_answers.clear(); }
    // Of the run last finished: the answers it read, where, and whether it ended because an
    // input prompt was cancelled.
    const std::vector<InputEcho>& echoes() const { return m_echoes; }
    bool cancelledAtInput() const { return m_cancelledAtInput; }

    // Runs synchronously on a big-stack thread (for the command line and tests).
    static core::RunResult runBlocking(const QString& source, const QString& filename,
                                       const core::RunLimits& limits = {});

signals:
    void started();
    void progress(quint64 steps);
    void finished(std::shared_ptr<const core::RunResult> result);
    void cancelled();

private:
    std::optional<QString> askForInput(const QString& prompt, std::size_t index);
    void stopThread();
    void serveWorker();

    InputProvider m_inputProvider;
    core::RunLimits m_limits;
    Engine m_engine = Engine::Builtin;
    QStringList m_answers;
    std::vector<InputEcho> m_echoes;
    bool m_cancelledAtInput = false;
    QThread* m_thread = nullptr;
    // Cancelled runs still finishing; waited for on destruction since they call back here.
    std::vector<QPointer<QThread>> m_retired;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
};

} // namespace memstep::ui
