#include "main_window.h"

#include "app_theme.h"
#include "caption_bar.h"
#include "code_editor.h"
#include "diagram_legend.h"
#include "diagram_scene.h"
#include "diagram_view.h"
#include "example_library.h"
#include "memstep/diagnostic.h"
#include "memstep/version.h"
#include "notice_bar.h"
#include "object_text.h"
#include "presentation_mode.h"
#include "restore_bar.h"
#include "step_caption.h"
#include "step_controls.h"
#include "step_focus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace memstep::ui {

namespace {

constexpr int kMarkerLegendSize = 14;

bool isLimit(const core::Diagnostic& d) {
    return d.type == core::kStepLimit || d.type == core::kTimeLimit ||
           d.type == core::kMemoryLimit || d.type == core::kUnsupported ||
           d.type == core::kCancelled;
}

QWidget* arrowLegend(QWidget* parent) {
    auto* widget = new QWidget(parent);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(6);
    const qreal dpr = parent->devicePixelRatioF();
    auto add = [&](bool next, const QString& text) {
        auto* icon = new QLabel(widget);
        icon->setPixmap(CodeEditor::arrowPixmap(next, kMarkerLegendSize, dpr));
        layout->addWidget(icon);
        layout->addWidget(new QLabel(text, widget));
        layout->addSpacing(14);
    };
    add(false, QObject::tr("line that just ran"));
    add(true, QObject::tr("next line to run"));
    layout->addStretch(1);
    return widget;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_runner(new TraceRunner(this)) {
    buildWidgets();
    m_presentation =
        new PresentationMode(this, {m_controls, m_arrowLegend, m_legend, m_output, m_notice});
    buildMenus();
    m_runner->setInputProvider([this](const QString& prompt) -> std::optional<QString> {
        bool ok = false;
        const QString answer = QInputDialog::getText(this, tr("The program asks for input"),
                                                     prompt.isEmpty() ? tr("input():") : prompt,
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            return std::nullopt;
        }
        return answer;
    });
    connect(m_runner, &TraceRunner::finished, this, &MainWindow::onRunFinished);
    connect(m_runner, &TraceRunner::progress, this,
            [this](quint64 steps) { m_busy.label->setText(tr("Running… %1 steps").arg(steps)); });
    loadSettings();
    setupRecovery();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildWidgets() {
    m_editor = new CodeEditor(this);
    m_controls = new StepControls(this);
    m_scene = new DiagramScene(this);
    m_view = new DiagramView(this);
    m_view->setScene(m_scene);
    m_view->setSmallestFontPixels(m_scene->fonts().smallestPixelSize());
    m_view->setEmptyHint(tr("Press Visualize (Ctrl+Enter) to see the program's frames and objects, "
                            "then Step (Right arrow) through it."));
    m_legend = new DiagramLegend(this);
    m_output = new QPlainTextEdit(this);
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("What the program prints appears here."));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_output->setFont(mono);
    m_notice = new NoticeBar(this);
    m_restoreBar = new RestoreBar(this);

    QWidget* left = buildEditorPane();
    QWidget* right = buildDiagramPane();
    m_splitters.main = new QSplitter(Qt::Horizontal, this);
    m_splitters.main->addWidget(left);
    m_splitters.main->addWidget(right);
    m_splitters.main->setStretchFactor(0, 2);
    m_splitters.main->setStretchFactor(1, 3);
    m_splitters.outer = new QSplitter(Qt::Vertical, this);
    m_splitters.outer->addWidget(m_splitters.main);
    m_splitters.outer->addWidget(m_output);
    m_splitters.outer->setStretchFactor(0, 4);
    m_splitters.outer->setStretchFactor(1, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_restoreBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitters.outer, 1);
    setCentralWidget(central);

    buildStatusBar();
    connectControls();
    // Tab: editor, diagram, then the step controls (the keyboard is on the diagram), output.
    QWidget* previous = m_view;
    QWidget::setTabOrder(m_editor, m_view);
    for (QWidget* control : m_controls->focusOrder()) {
        QWidget::setTabOrder(previous, control);
        previous = control;
    }
    QWidget::setTabOrder(previous, m_output);
}

QWidget* MainWindow::buildEditorPane() {
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_editor, 1);
    m_arrowLegend = arrowLegend(left);
    leftLayout->addWidget(m_arrowLegend);
    leftLayout->addWidget(m_controls);
    return left;
}

QWidget* MainWindow::buildDiagramPane() {
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_legend);
    rightLayout->addWidget(m_view, 1);
    m_caption = new CaptionBar(right);
    m_caption->setVisible(false);
    rightLayout->addWidget(m_caption);
    m_stepCounter = new QLabel(right);
    m_stepCounter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_stepCounter->setContentsMargins(8, 0, 12, 6);
    m_stepCounter->setVisible(false);
    rightLayout->addWidget(m_stepCounter);
    m_animator = new StepAnimator(m_scene, this);
    // While a step animates, its output appears when the program prints it; at the end
    // showOutput() adds the traceback, if any.
    connect(m_animator, &StepAnimator::outputChanged, this, [this](const QString& text) {
        if (m_animator->isActive()) {
            setOutputText(echoed(text));
        }
    });
    connect(m_animator, &StepAnimator::finished, this, [this] {
        if (m_result && stepCount() > 0) {
            showOutput(m_step);
        }
    });
    return right;
}

void MainWindow::buildStatusBar() {
    m_busy.bar = new QProgressBar(this);
    m_busy.bar->setRange(0, 0);
    m_busy.bar->setMaximumWidth(120);
    m_busy.label = new QLabel(this);
    m_busy.cancel = new QPushButton(tr("Cancel"), this);
    m_busy.cancel->setToolTip(tr("Stop running the program (Esc)"));
    statusBar()->addPermanentWidget(m_busy.label);
    statusBar()->addPermanentWidget(m_busy.bar);
    statusBar()->addPermanentWidget(m_busy.cancel);
    setBusy(false);
    connect(m_busy.cancel, &QPushButton::clicked, this, &MainWindow::cancelRun);
}

void MainWindow::connectControls() {
    connect(m_controls, &StepControls::visualizeRequested, this, &MainWindow::visualize);
    connect(m_controls, &StepControls::firstRequested, this, &MainWindow::goFirst);
    connect(m_controls, &StepControls::backRequested, this, &MainWindow::stepBack);
    connect(m_controls, &StepControls::stepRequested, this, &MainWindow::stepForward);
    connect(m_controls, &StepControls::lastRequested, this, &MainWindow::goLast);
    connect(m_controls, &StepControls::stepChosen, this, &MainWindow::goToStep);
    connect(m_controls, &StepControls::playingChanged, this, [this](bool playing) {
        if (playing && !hasVisualization() && !isRunning()) {
            startRun(AfterRun::First);
        }
    });
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_settingSource) {
            endVisualization();
        }
        if (m_autosave != nullptr) {
            m_autosave->schedule();
        }
        updateTitle();
    });
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this] {
        if (!m_editor->isModified() && m_autosave != nullptr) {
            m_autosave->discard(); // saved (or replaced by a file): the copy is not needed
        }
        updateTitle();
    });
    connect(m_scene, &DiagramScene::diagramChanged, m_view, &DiagramView::sceneChanged);
}

bool MainWindow::isRunning() const {
    return m_runner->isRunning();
}

int MainWindow::stepCount() const {
    return m_result ? int(m_result->trace.stepCount()) : 0;
}

void MainWindow::setInputProvider(TraceRunner::InputProvider provider) {
    m_runner->setInputProvider(std::move(provider));
}

void MainWindow::setSource(const QString& source) {
    m_settingSource = true;
    m_editor->setText(source);
    m_editor->setModified(false);
    m_settingSource = false;
    endVisualization();
    m_runner->clearAnswers();
}

void MainWindow::visualize() {
    startRun(AfterRun::First);
}

void MainWindow::startRun(AfterRun after, bool python) {
    m_run.after = after;
    m_run.python = python || m_runSettings.engine == Engine::Cpython;
    if (!python) {
        m_run.refusal.clear();
    }
    m_runner->setEngine(m_run.python ? Engine::Cpython : Engine::Builtin);
    const QString source = m_editor->text();
    reviewAnswers(source);
    endVisualization();
    m_run.source = source;
    m_run.limits = m_runner->limits();
    m_notice->clearNotice();
    setBusy(true);
    const QString name =
        m_file.path.isEmpty() ? QStringLiteral("<string>") : QFileInfo(m_file.path).fileName();
    m_runner->start(source, name);
}

void MainWindow::cancelRun() {
    if (!isRunning()) {
        return;
    }
    m_runner->cancel();
    m_controls->setPlaying(false);
    setBusy(false);
    m_notice->showNotice(NoticeBar::Kind::Info, tr("Run cancelled. Press Visualize to run again."));
}

void MainWindow::onRunFinished(std::shared_ptr<const core::RunResult> result) {
    setBusy(false);
    m_result = std::move(result);
    m_echoes = m_runner->echoes();
    m_shortIds = ShortIds::fromTrace(m_result->trace);
    applyViewOptions();
    m_exited.clear();
    m_editor->clearErrors();
    statusBar()->clearMessage();
    if (reportCancelledAtInput()) {
        m_run.after = AfterRun::Last; // the steps up to the prompt, ending where it stopped
    } else if (m_result->error) {
        if (!reportEngineOutcome(*m_result->error)) {
            reportRunError(*m_result->error);
        }
    } else if (const QString dropped = outputLimitMessage(m_result->stdoutText, m_run.limits);
               !dropped.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Info, dropped);
    }
    if (m_run.python) {
        notePythonRun();
    }
    if (stepCount() == 0) {
        m_controls->setPosition(0, 0);
        m_controls->setPlaying(false);
        showOutput(-1);
        emit visualizationReady();
        return;
    }
    showStep(stepAfterRun());
    // The step keys belong to the diagram now: the editor would take Right and Left as cursor
    // moves and Space as typing (ending the visualisation), and a focused Visualize button
    // would take Space as another click. Typing in the editor still needs a click there first.
    const QWidget* focus = QApplication::focusWidget();
    if (focus == nullptr || focus->window() == this) {
        m_view->setFocus(Qt::OtherFocusReason);
    }
    emit visualizationReady();
}

void MainWindow::reportRunError(const core::Diagnostic& d) {
    const QString type = fromUtf8(d.type);
    const QString message = fromUtf8(d.message);
    const QString where = d.line > 0 ? tr(" (line %1)").arg(d.line) : QString();
    // A limit's sentence names the Preferences setting that stopped the run.
    const QString limit = limitMessage(d, m_run.limits, m_result->steps > 0);
    if (d.type == "SyntaxError" || d.type == "IndentationError" || d.type == "TabError") {
        m_editor->showSyntaxError(d.line, d.column, type + QStringLiteral(": ") + message);
        m_notice->showNotice(
            NoticeBar::Kind::Error,
            tr("%1: %2%3. Fix the code and press Visualize.").arg(type, message, where));
    } else if (!limit.isEmpty() && !isLimit(d)) {
        m_editor->showRuntimeError(d.line, type + QStringLiteral(": ") + message); // MemoryError
        m_notice->showNotice(NoticeBar::Kind::Warning, limit);
    } else if (isLimit(d)) {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             !limit.isEmpty() ? limit : stopMessage(d, where));
    } else {
        m_editor->showRuntimeError(d.line, type + QStringLiteral(": ") + message);
        m_notice->showNotice(
            NoticeBar::Kind::Error,
            tr("%1: %2%3. The steps up to the error can be explored.").arg(type, message, where));
    }
}

QString MainWindow::stopMessage(const core::Diagnostic& d, const QString& where) const {
    // core's detail is English and may name its line already: "... (line 3)".
    const QString message = fromUtf8(d.message);
    const QString at = message.contains(QLatin1String("line ")) ? QString() : where;
    if (d.type == core::kUnsupported) {
        return tr("memstep's interpreter does not support this program: %1%2.").arg(message, at);
    }
    if (d.type == core::kCancelled) {
        return tr("The run was cancelled.");
    }
    return message.isEmpty() ? fromUtf8(d.type) : message + at;
}

int MainWindow::stepAfterRun() const {
    const int count = stepCount();
    switch (m_run.after) {
    case AfterRun::First:
        return 0;
    case AfterRun::Step:
        return std::min(1, count - 1);
    case AfterRun::Last:
        return count - 1;
    case AfterRun::Breakpoint: {
        const int found = nextBreakpointStep(0);
        return found >= 0 ? found : count - 1;
    }
    }
    return 0;
}

void MainWindow::showStep(int step, bool animate) {
    if (!m_result || stepCount() == 0) {
        return;
    }
    m_pendingStep = -1;
    m_animator->finish();
    const int previous = m_step;
    m_step = std::clamp(step, 0, stepCount() - 1);
    const core::Trace& trace = m_result->trace;
    const core::ProgramState& state = m_states.moveTo(trace, m_step);
    std::vector<ExitedFrame> exited = m_actions.exitedFrames->isChecked()
                                          ? m_exited.at(trace, m_step)
                                          : std::vector<ExitedFrame>{};
    const bool animating =
        animate && m_step == previous + 1 && m_animationSpeed != AnimationSpeed::Off;
    if (animating) {
        m_animator->prepare(state, trace.events(std::size_t(m_step)), std::move(exited));
    } else {
        m_scene->showState(state, std::move(exited));
    }
    // A diagram bigger than the view at a readable size scrolls to what this step did.
    // Presentation mode steers the view itself.
    if (!m_presentation->isActive()) {
        m_view->keepInView(
            stepFocus(m_scene->currentLayout(), state, trace.events(std::size_t(m_step))));
    }

    const core::StepInfo info = trace.stepInfo(std::size_t(m_step));
    const int ran = m_step > 0 ? trace.stepInfo(std::size_t(m_step - 1)).line : 0;
    // After the module's own return nothing runs next: the program has finished.
    const bool finished = info.kind == core::StepKind::Return && state.frames.size() <= 1;
    m_editor->setStepLines(ran, finished ? 0 : info.line);
    m_controls->setPosition(m_step, stepCount());
    if (m_step + 1 >= stepCount()) {
        m_controls->setPlaying(false);
    }
    updateCaption();
    if (animating) {
        startStepAnimation();
    } else {
        showOutput(m_step);
    }
    emit stepShown(m_step);
}

void MainWindow::startStepAnimation() {
    setOutputText(echoed(m_animator->visibleOutput()));
    int duration =
        phaseDurationMs(m_animationSpeed) * std::min(m_animator->phaseCount(), kMaxPhasesPerStep);
    if (m_controls->isPlaying()) {
        // Playing waits for each animation: it always ends before the next tick.
        duration = std::min(duration, int(850.0 / m_controls->speed()));
    }
    m_animator->start(duration);
}

void MainWindow::requestStep(int step) {
    const bool scheduled = m_pendingStep >= 0;
    m_pendingStep = std::clamp(step, 0, std::max(0, stepCount() - 1));
    if (!scheduled) {
        QTimer::singleShot(0, this, [this] {
            if (m_pendingStep >= 0 && m_result) {
                // One step on from the step shown animates like a Step; a merged run of
                // presses jumps.
                showStep(m_pendingStep, m_pendingStep == m_step + 1);
            }
            m_pendingStep = -1;
        });
    }
}

void MainWindow::stepKeyPressed() {
    if (!m_result || isRunning()) {
        stepForward();
        return;
    }
    const int from = m_pendingStep >= 0 ? m_pendingStep : m_step;
    if (from + 1 < stepCount()) {
        requestStep(from + 1);
    } else {
        m_controls->setPlaying(false);
    }
}

void MainWindow::backKeyPressed() {
    if (!m_result) {
        return;
    }
    const int from = m_pendingStep >= 0 ? m_pendingStep : m_step;
    if (from > 0) {
        requestStep(from - 1);
    }
}

void MainWindow::setAnimationSpeed(AnimationSpeed speed) {
    m_animationSpeed = speed;
    if (QAction* action = m_actions.speeds[speed]) {
        action->setChecked(true);
    }
    if (speed == AnimationSpeed::Off) {
        m_animator->finish();
    }
}

void MainWindow::updateCaption() {
    if (!m_actions.captions->isChecked() || !m_result || stepCount() == 0) {
        m_caption->setCaption(QString());
        return;
    }
    const core::Trace& trace = m_result->trace;
    const core::ProgramState& after = m_states.shown(trace, m_step);
    const core::ProgramState& before = m_states.before(trace, m_step);
    const auto step = std::size_t(m_step);
    const std::string caption =
        describeStep(before, after, trace.events(step), trace.stepInfo(step));
    m_caption->setCaption(fromUtf8(caption));
}

void MainWindow::showOutput(int step) {
    QString text;
    if (m_result && step >= 0) {
        text = echoed(m_states.shown(m_result->trace, step).stdoutText);
    } else if (m_result) {
        text = echoed(m_result->stdoutText);
    }
    // The note core adds where it dropped output is memstep's, in the window's language.
    text.replace(QLatin1String("[output limit reached: the rest of the output was dropped]"),
                 tr("[output limit reached: the rest of the output was dropped]"));
    const bool atEnd = !m_result || step < 0 || step + 1 >= stepCount();
    if (!(m_result && m_result->error && atEnd && !isLimit(*m_result->error))) {
        setOutputText(text);
        return;
    }
    appendTraceback(text, *m_result->error);
}

void MainWindow::appendTraceback(const QString& printed, const core::Diagnostic& error) {
    m_outputText.reset(); // the pane holds more than text from here on
    m_output->setPlainText(printed);
    QString traceback = fromUtf8(error.traceback);
    if (traceback.isEmpty()) {
        traceback = fromUtf8(error.type) + QStringLiteral(": ") + fromUtf8(error.message);
    }
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    format.setForeground(m_dark ? QColor(0xff, 0x9e, 0x8a) : QColor(0xb0, 0x20, 0x18));
    if (!printed.isEmpty() && !printed.endsWith(QLatin1Char('\n'))) {
        cursor.insertText(QStringLiteral("\n"));
    }
    cursor.insertText(traceback, format);
    m_output->moveCursor(QTextCursor::End);
    m_output->ensureCursorVisible();
}

void MainWindow::setOutputText(const QString& text) {
    // Most steps print nothing: the pane is not laid out again for the same text.
    if (m_outputText && *m_outputText == text) {
        return;
    }
    m_outputText = text;
    m_output->setPlainText(text);
    m_output->moveCursor(QTextCursor::End);
    m_output->ensureCursorVisible();
}

void MainWindow::stepForward() {
    if (isRunning()) {
        return;
    }
    if (!m_result) {
        startRun(AfterRun::First);
        return;
    }
    if (m_step + 1 < stepCount()) {
        showStep(m_step + 1, true);
    } else {
        m_controls->setPlaying(false);
    }
}

void MainWindow::stepBack() {
    if (m_result && m_step > 0) {
        showStep(m_step - 1);
    }
}

void MainWindow::goFirst() {
    if (m_result) {
        showStep(0);
    }
}

void MainWindow::goLast() {
    if (isRunning()) {
        return;
    }
    if (!m_result) {
        startRun(AfterRun::Last);
        return;
    }
    showStep(stepCount() - 1);
}

void MainWindow::goToStep(int step) {
    if (m_result) {
        showStep(step);
    }
}

int MainWindow::nextBreakpointStep(int from) const {
    const QSet<int> breakpoints = m_editor->breakpoints();
    if (!m_result || breakpoints.isEmpty()) {
        return -1;
    }
    for (int i = from; i < stepCount(); ++i) {
        const core::StepInfo info = m_result->trace.stepInfo(std::size_t(i));
        if (info.kind == core::StepKind::Line && breakpoints.contains(info.line)) {
            return i;
        }
    }
    return -1;
}

void MainWindow::runToBreakpoint() {
    if (isRunning()) {
        return;
    }
    if (m_editor->breakpoints().isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Info,
                             tr("No breakpoints: click in the margin left of a line to set one."));
        return;
    }
    if (!m_result) {
        startRun(AfterRun::Breakpoint);
        return;
    }
    const int found = nextBreakpointStep(m_step + 1);
    showStep(found >= 0 ? found : stepCount() - 1);
}

void MainWindow::endVisualization() {
    if (isRunning()) {
        m_runner->cancel();
        setBusy(false);
    }
    if (!m_result && !m_scene->hasState()) {
        return;
    }
    m_result.reset();
    m_echoes.clear();
    m_states.clear();
    m_pendingStep = -1;
    m_exited.clear();
    m_step = 0;
    m_controls->setPlaying(false);
    m_controls->setPosition(0, 0);
    m_animator->finish();
    m_scene->clearDiagram();
    m_view->restartFit();
    m_caption->setCaption(QString());
    m_editor->setStepLines(0, 0);
    m_editor->clearErrors();
    m_output->clear();
    m_outputText.reset();
    m_notice->clearNotice();
}

void MainWindow::setBusy(bool busy) {
    m_busy.bar->setVisible(busy);
    m_busy.cancel->setVisible(busy);
    m_busy.label->setVisible(busy);
    m_busy.label->setText(tr("Running…"));
    if (busy) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        while (QApplication::overrideCursor() != nullptr) {
            QApplication::restoreOverrideCursor();
        }
    }
}

void MainWindow::applyViewOptions() {
    LayoutOptions options;
    options.everyObject = m_actions.everyObject->isChecked();
    options.showIds = m_actions.ids->isChecked() || m_actions.pythonIds->isChecked();
    options.pythonIds = m_actions.pythonIds->isChecked();
    options.shortIds = m_shortIds;
    m_scene->setOptions(options);
    m_view->restartFit(); // another picture of the same step: it may fit larger
}

void MainWindow::setDarkTheme(bool dark) {
    m_dark = dark;
    if (m_actions.dark->isChecked() != dark) {
        m_actions.dark->setChecked(dark);
    }
    if (dark && m_highContrast) {
        setHighContrast(false); // comes back here with the high contrast off
        return;
    }
    AppTheme::apply(dark, m_highContrast);
    m_editor->setDarkTheme(dark);
    const DiagramPalette palette = dark             ? DiagramPalette::darkTheme()
                                   : m_highContrast ? PresentationMode::highContrastPalette()
                                                    : DiagramPalette::light();
    m_scene->setDiagramPalette(palette);
    m_legend->setDiagramPalette(palette);
    m_notice->setDarkTheme(dark);
    if (m_result) {
        showOutput(m_step);
    }
}

void MainWindow::updateTitle() {
    const QString name =
        m_file.path.isEmpty() ? tr("untitled.py") : QFileInfo(m_file.path).fileName();
    setWindowTitle(QStringLiteral("%1%2 — memstep")
                       .arg(name, m_editor->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About memstep"),
        tr("<h3>memstep %1</h3><p>See what Python does with memory, one step at a time: "
           "frames on the left, objects on the right, arrows for references.</p>")
            .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::loadSettings() {
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1280, 800);
    }
    m_splitters.main->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_splitters.outer->restoreState(
        settings.value(QStringLiteral("window/outerSplitter")).toByteArray());
    if (m_splitters.main->sizes().value(0) == m_splitters.main->sizes().value(1)) {
        // Two fifths for the code, or up to 45% when the step buttons' words fit in that.
        const int words = m_controls->fullWidth() + 16;
        const int left =
            words <= width() * 9 / 20 ? std::max(words, width() * 2 / 5) : width() * 2 / 5;
        m_splitters.main->setSizes({left, width() - left});
    }
    m_actions.everyObject->setChecked(
        settings.value(QStringLiteral("view/everyObject"), false).toBool());
    m_actions.ids->setChecked(settings.value(QStringLiteral("view/showIds"), false).toBool());
    m_actions.pythonIds->setChecked(
        settings.value(QStringLiteral("view/pythonIds"), false).toBool());
    m_actions.exitedFrames->setChecked(
        settings.value(QStringLiteral("view/exitedFrames"), false).toBool());
    m_actions.fit->setChecked(settings.value(QStringLiteral("view/fit"), true).toBool());
    m_highContrast = settings.value(QStringLiteral("view/highContrast"), false).toBool();
    m_actions.highContrast->setChecked(m_highContrast);
    setDarkTheme(settings.value(QStringLiteral("view/dark"), false).toBool());
    m_editor->setEditorFontSize(settings.value(QStringLiteral("editor/fontSize"), 13).toInt());
    m_controls->setSpeedIndex(
        settings.value(QStringLiteral("play/speed"), m_controls->speedIndex()).toInt());
    const int animation =
        settings.value(QStringLiteral("view/animation"), int(AnimationSpeed::Normal)).toInt();
    setAnimationSpeed(
        static_cast<AnimationSpeed>(std::clamp(animation, 0, int(AnimationSpeed::Fast))));
    m_actions.captions->setChecked(settings.value(QStringLiteral("view/captions"), false).toBool());
    m_file.recent = settings.value(QStringLiteral("files/recent")).toStringList();
    rebuildRecentMenu();
    const QString last = settings.value(QStringLiteral("files/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openFile(last);
    } else {
        const QList<Example> examples = ExampleLibrary::examples();
        if (!examples.isEmpty()) {
            setSource(ExampleLibrary::source(examples.first()));
        }
    }
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_splitters.main->saveState());
    settings.setValue(QStringLiteral("window/outerSplitter"), m_splitters.outer->saveState());
    settings.setValue(QStringLiteral("view/everyObject"), m_actions.everyObject->isChecked());
    settings.setValue(QStringLiteral("view/showIds"), m_actions.ids->isChecked());
    settings.setValue(QStringLiteral("view/pythonIds"), m_actions.pythonIds->isChecked());
    settings.setValue(QStringLiteral("view/exitedFrames"), m_actions.exitedFrames->isChecked());
    settings.setValue(QStringLiteral("view/fit"), m_actions.fit->isChecked());
    settings.setValue(QStringLiteral("view/dark"), m_dark);
    settings.setValue(QStringLiteral("view/highContrast"), m_highContrast);
    settings.setValue(QStringLiteral("editor/fontSize"), m_editor->editorFontSize());
    settings.setValue(QStringLiteral("play/speed"), m_controls->speedIndex());
    settings.setValue(QStringLiteral("view/animation"), int(m_animationSpeed));
    settings.setValue(QStringLiteral("view/captions"), m_actions.captions->isChecked());
    settings.setValue(QStringLiteral("files/recent"), m_file.recent);
    settings.setValue(QStringLiteral("files/last"), m_file.path);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_runner->cancel();
    m_presentation->leave(); // settings keep the window as it is outside presentation mode
    saveSettings();
    m_autosave->discard(); // a clean exit: nothing to restore next time
    event->accept();
}

} // namespace memstep::ui
