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
#include "step_caption.h"
#include "presentation_mode.h"
#include "restore_bar.h"
#include "sequence_export_dialog.h"
#include "step_controls.h"
#include "step_focus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
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

QString fromUtf8(const std::string& text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isLimit(const core::Diagnostic& d) {
    return d.type == core::kStepLimit || d.type == core::kTimeLimit || d.type == core::kMemoryLimit ||
           d.type == core::kUnsupported || d.type == core::kCancelled;
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
    m_presentation = new PresentationMode(this, {m_controls, m_arrowLegend, m_legend, m_output, m_notice});
    buildMenus();
    m_runner->setInputProvider([this](const QString& prompt) -> std::optional<QString> {
        bool ok = false;
        const QString answer = QInputDialog::getText(
            this, tr("The program asks for input"),
            prompt.isEmpty() ? tr("input():") : prompt, QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            return std::nullopt;
        }
        return answer;
    });
    connect(m_runner, &TraceRunner::finished, this, &MainWindow::onRunFinished);
    connect(m_runner, &TraceRunner::progress, this, [this](quint64 steps) {
        m_busyLabel->setText(tr("Running… %1 steps").arg(steps));
    });
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

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_editor, 1);
    m_arrowLegend = arrowLegend(left);
    leftLayout->addWidget(m_arrowLegend);
    leftLayout->addWidget(m_controls);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_legend);
    rightLayout->addWidget(m_view, 1);
    m_caption = new CaptionBar(right);
    m_caption->setVisible(false);
    rightLayout->addWidget(m_caption);
    m_animator = new StepAnimator(m_scene, this);
    // While a step animates, its output appears when the program prints it; at the end
    // showOutput() adds the traceback, if any.
    connect(m_animator, &StepAnimator::outputChanged, this, [this](const QString& text) {
        if (m_animator->isActive()) {
            setOutputText(text);
        }
    });
    connect(m_animator, &StepAnimator::finished, this, [this] {
        if (m_result && stepCount() > 0) {
            showOutput(m_step);
        }
    });

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(right);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_outerSplitter = new QSplitter(Qt::Vertical, this);
    m_outerSplitter->addWidget(m_mainSplitter);
    m_outerSplitter->addWidget(m_output);
    m_outerSplitter->setStretchFactor(0, 4);
    m_outerSplitter->setStretchFactor(1, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_restoreBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_outerSplitter, 1);
    setCentralWidget(central);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busyLabel = new QLabel(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop running the program (Esc)"));
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_cancel);
    setBusy(false);

    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelRun);
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

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newFile);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(); });
    file->addSeparator();
    file->addAction(tr("&Export Diagram…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportDiagram);
    file->addAction(tr("Export &Animation (GIF)…"), this, [this] { exportSequence(SequenceFormat::Gif); });
    file->addAction(tr("Export &Handout (PDF)…"), this, [this] { exportSequence(SequenceFormat::Pdf); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QsciScintilla::undo);
    edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QsciScintilla::redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_editor, &QsciScintilla::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_editor, &QsciScintilla::copy);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_editor, &QsciScintilla::paste);
    edit->addAction(tr("Copy &Diagram"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::copyDiagram);
    edit->addSeparator();
    edit->addAction(tr("Larger Font"), QKeySequence(tr("Ctrl+=")), this,
                    [this] { m_editor->setEditorFontSize(m_editor->editorFontSize() + 1); });
    edit->addAction(tr("Smaller Font"), QKeySequence(tr("Ctrl+-")), this,
                    [this] { m_editor->setEditorFontSize(m_editor->editorFontSize() - 1); });
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    QAction* visualizeAction = run->addAction(tr("&Visualize"), this, &MainWindow::visualize);
    visualizeAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                   QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    visualizeAction->setShortcutContext(Qt::WindowShortcut);
    // F8 (as in browser debuggers): F5 starts presentation mode, as in slide programs.
    run->addAction(tr("Run to &Breakpoint"), QKeySequence(Qt::Key_F8), this, &MainWindow::runToBreakpoint);
    run->addAction(tr("Toggle Breakpoint"), QKeySequence(Qt::Key_F9), this, [this] {
        int line = 0;
        int index = 0;
        m_editor->getCursorPosition(&line, &index);
        m_editor->toggleBreakpoint(line + 1);
    });
    run->addSeparator();
    // Step keys live on the window; the editor keeps them for itself while it has focus. A key
    // press asks for a step and the step is drawn once the queued presses are all in, so
    // presses held down or typed faster than a huge diagram draws move on without piling up.
    m_stepAction = run->addAction(tr("&Step"), this, &MainWindow::stepKeyPressed);
    m_stepAction->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space)});
    m_backAction = run->addAction(tr("&Back"), QKeySequence(Qt::Key_Left), this, &MainWindow::backKeyPressed);
    run->addAction(tr("&First Step"), QKeySequence(Qt::Key_Home), this, &MainWindow::goFirst);
    run->addAction(tr("&Last Step"), QKeySequence(Qt::Key_End), this, &MainWindow::goLast);
    run->addAction(tr("&Play / Pause"), QKeySequence(tr("Ctrl+P")), this,
                   [this] { m_controls->setPlaying(!m_controls->isPlaying()); });
    run->addSeparator();
    run->addAction(tr("&Cancel Run"), QKeySequence(Qt::Key_Escape), this, &MainWindow::cancelRun);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_everyObjectAction = view->addAction(tr("Show &Every Object on the Heap"));
    m_everyObjectAction->setCheckable(true);
    m_idsAction = view->addAction(tr("Show Object &Ids"));
    m_idsAction->setCheckable(true);
    connect(m_everyObjectAction, &QAction::toggled, this, &MainWindow::applyViewOptions);
    connect(m_idsAction, &QAction::toggled, this, &MainWindow::applyViewOptions);
    m_exitedAction = view->addAction(tr("Show &Exited Frames (greyed)"));
    m_exitedAction->setCheckable(true);
    connect(m_exitedAction, &QAction::toggled, this, [this] {
        if (m_result && stepCount() > 0) {
            showStep(m_step);
        }
    });
    view->addSeparator();
    QMenu* animation = view->addMenu(tr("&Animation"));
    auto* speeds = new QActionGroup(this);
    const std::pair<AnimationSpeed, QString> speedNames[] = {
        {AnimationSpeed::Off, tr("&Off")}, {AnimationSpeed::Slow, tr("&Slow")},
        {AnimationSpeed::Normal, tr("&Normal")}, {AnimationSpeed::Fast, tr("&Fast")}};
    for (const auto& [speed, name] : speedNames) {
        QAction* action = animation->addAction(name);
        action->setCheckable(true);
        speeds->addAction(action);
        m_speedActions[speed] = action;
        connect(action, &QAction::triggered, this, [this, speed = speed] { setAnimationSpeed(speed); });
    }
    m_speedActions[m_animationSpeed]->setChecked(true);
    m_captionAction = view->addAction(tr("&Captions"));
    m_captionAction->setCheckable(true);
    m_captionAction->setToolTip(tr("Describe each step in words under the diagram"));
    connect(m_captionAction, &QAction::toggled, this, [this](bool on) {
        m_caption->setVisible(on);
        updateCaption();
    });
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &DiagramView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &DiagramView::zoomOut);
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), m_view, &DiagramView::resetZoom);
    m_fitAction = view->addAction(tr("&Fit Diagram to Window"));
    m_fitAction->setCheckable(true);
    m_fitAction->setShortcut(QKeySequence(tr("Ctrl+9")));
    connect(m_fitAction, &QAction::toggled, m_view, &DiagramView::setFitMode);
    view->addSeparator();
    m_darkAction = view->addAction(tr("&Dark Theme"));
    m_darkAction->setCheckable(true);
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkTheme);
    view->addSeparator();
    QAction* present = view->addAction(tr("&Presentation Mode"), QKeySequence(Qt::Key_F5), m_presentation,
                                       &PresentationMode::toggle);
    // Also on the window itself: the menu bar is hidden while presenting.
    addAction(present);

    QMenu* examples = menuBar()->addMenu(tr("E&xamples"));
    for (const Example& example : ExampleLibrary::examples()) {
        examples->addAction(example.title, this, [this, example] {
            if (!maybeSave()) {
                return;
            }
            setSource(ExampleLibrary::source(example));
            m_filePath.clear();
            updateTitle();
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About memstep"), this, &MainWindow::about);
}

bool MainWindow::isRunning() const { return m_runner->isRunning(); }

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

void MainWindow::visualize() { startRun(AfterRun::First); }

void MainWindow::startRun(AfterRun after) {
    m_afterRun = after;
    const QString source = m_editor->text();
    if (source != m_runSource) {
        m_runner->clearAnswers();
    }
    endVisualization();
    m_runSource = source;
    m_runLimits = m_runner->limits();
    m_notice->clearNotice();
    setBusy(true);
    const QString name = m_filePath.isEmpty() ? QStringLiteral("<string>") : QFileInfo(m_filePath).fileName();
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
    m_pops.reset();
    m_exitedCache.clear();
    m_editor->clearErrors();
    if (m_result->error) {
        const core::Diagnostic& d = *m_result->error;
        const QString type = fromUtf8(d.type);
        const QString message = fromUtf8(d.message);
        const QString where = d.line > 0 ? tr(" (line %1)").arg(d.line) : QString();
        // A limit's sentence names the Preferences setting that stopped the run.
        const QString limit = limitMessage(d, m_runLimits, m_result->steps > 0);
        if (d.type == "SyntaxError" || d.type == "IndentationError" || d.type == "TabError") {
            m_editor->showSyntaxError(d.line, d.column, type + QStringLiteral(": ") + message);
            m_notice->showNotice(NoticeBar::Kind::Error,
                                 tr("%1: %2%3. Fix the code and press Visualize.").arg(type, message, where));
        } else if (!limit.isEmpty() && !isLimit(d)) {
            m_editor->showRuntimeError(d.line, type + QStringLiteral(": ") + message); // MemoryError
            m_notice->showNotice(NoticeBar::Kind::Warning, limit);
        } else if (isLimit(d)) {
            m_notice->showNotice(NoticeBar::Kind::Warning,
                                 !limit.isEmpty() ? limit
                                 : message.isEmpty() ? type
                                                     : message + (message.contains(tr("line")) ? QString() : where));
        } else {
            m_editor->showRuntimeError(d.line, type + QStringLiteral(": ") + message);
            m_notice->showNotice(NoticeBar::Kind::Error,
                                 tr("%1: %2%3. The steps up to the error can be explored.").arg(type, message, where));
        }
    } else if (const QString dropped = outputLimitMessage(m_result->stdoutText, m_runLimits); !dropped.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Info, dropped);
    }
    const int count = stepCount();
    if (count == 0) {
        m_controls->setPosition(0, 0);
        m_controls->setPlaying(false);
        showOutput(-1);
        emit visualizationReady();
        return;
    }
    int target = 0;
    switch (m_afterRun) {
    case AfterRun::First:
        target = 0;
        break;
    case AfterRun::Step:
        target = std::min(1, count - 1);
        break;
    case AfterRun::Last:
        target = count - 1;
        break;
    case AfterRun::Breakpoint: {
        const int found = nextBreakpointStep(0);
        target = found >= 0 ? found : count - 1;
        break;
    }
    }
    showStep(target);
    // The step keys belong to the diagram now: the editor would take Right and Left as cursor
    // moves and Space as typing (ending the visualisation), and a focused Visualize button
    // would take Space as another click. Typing in the editor still needs a click there first.
    const QWidget* focus = QApplication::focusWidget();
    if (focus == nullptr || focus->window() == this) {
        m_view->setFocus(Qt::OtherFocusReason);
    }
    emit visualizationReady();
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
    // Each state is rebuilt from the trace once: stepping forward, the state shown last is the
    // one before (the caption compares the two); stepping back, the one before is the new one.
    if (!m_shownState || m_shownStateStep != m_step) {
        std::optional<core::ProgramState> before;
        if (m_shownState && m_shownStateStep == m_step + 1 && m_beforeState) {
            m_shownState = std::move(m_beforeState);
        } else {
            if (m_shownState && m_shownStateStep == m_step - 1) {
                before = std::move(m_shownState);
            }
            m_shownState = trace.state(std::size_t(m_step));
        }
        m_shownStateStep = m_step;
        m_beforeState = std::move(before);
    }
    const core::ProgramState& state = *m_shownState;
    std::vector<ExitedFrame> exited = m_exitedAction->isChecked() ? exitedFrames(m_step) : std::vector<ExitedFrame>{};
    const bool animating = animate && m_step == previous + 1 && m_animationSpeed != AnimationSpeed::Off;
    if (animating) {
        m_animator->prepare(state, trace.events(std::size_t(m_step)), std::move(exited));
    } else {
        m_scene->showState(state, std::move(exited));
    }
    // A diagram bigger than the view at a readable size scrolls to what this step did.
    // Presentation mode steers the view itself.
    if (!m_presentation->isActive()) {
        m_view->keepInView(stepFocus(m_scene->currentLayout(), state, trace.events(std::size_t(m_step))));
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
        setOutputText(m_animator->visibleOutput());
        int duration = phaseDurationMs(m_animationSpeed) * std::min(m_animator->phaseCount(), kMaxPhasesPerStep);
        if (m_controls->isPlaying()) {
            // Playing waits for each animation: it always ends before the next tick.
            duration = std::min(duration, int(850.0 / m_controls->speed()));
        }
        m_animator->start(duration);
    } else {
        showOutput(m_step);
    }
    emit stepShown(m_step);
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
    if (QAction* action = m_speedActions[speed]) {
        action->setChecked(true);
    }
    if (speed == AnimationSpeed::Off) {
        m_animator->finish();
    }
}

void MainWindow::updateCaption() {
    if (!m_captionAction->isChecked() || !m_result || stepCount() == 0) {
        m_caption->setCaption(QString());
        return;
    }
    const core::Trace& trace = m_result->trace;
    const auto step = std::size_t(m_step);
    if (!m_shownState || m_shownStateStep != m_step) {
        m_shownState = trace.state(step);
        m_shownStateStep = m_step;
        m_beforeState.reset();
    }
    if (!m_beforeState) {
        m_beforeState = step > 0 ? trace.state(step - 1) : core::ProgramState{};
    }
    const std::string caption = describeStep(*m_beforeState, *m_shownState, trace.events(step), trace.stepInfo(step));
    m_caption->setCaption(fromUtf8(caption));
}

void MainWindow::showOutput(int step) {
    QString text;
    if (m_result && step >= 0) {
        if (!m_shownState || m_shownStateStep != step) {
            m_shownState = m_result->trace.state(std::size_t(step));
            m_shownStateStep = step;
            m_beforeState.reset();
        }
        text = fromUtf8(m_shownState->stdoutText);
    } else if (m_result) {
        text = fromUtf8(m_result->stdoutText);
    }
    const bool atEnd = !m_result || step < 0 || step + 1 >= stepCount();
    if (!(m_result && m_result->error && atEnd && !isLimit(*m_result->error))) {
        setOutputText(text);
        return;
    }
    m_outputText.reset(); // the pane holds more than text from here on
    m_output->setPlainText(text);
    const core::Diagnostic& d = *m_result->error;
    QString traceback = fromUtf8(d.traceback);
    if (traceback.isEmpty()) {
        traceback = fromUtf8(d.type) + QStringLiteral(": ") + fromUtf8(d.message);
    }
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    format.setForeground(m_dark ? QColor(0xff, 0x9e, 0x8a) : QColor(0xb0, 0x20, 0x18));
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n'))) {
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
    m_shownState.reset();
    m_beforeState.reset();
    m_shownStateStep = -1;
    m_pendingStep = -1;
    m_pops.reset();
    m_exitedCache.clear();
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
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(tr("Running…"));
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
    options.everyObject = m_everyObjectAction->isChecked();
    options.showIds = m_idsAction->isChecked();
    m_scene->setOptions(options);
    m_view->restartFit(); // another picture of the same step: it may fit larger
}

std::vector<ExitedFrame> MainWindow::exitedFrames(int step) {
    constexpr std::size_t kMaxExitedFrames = 12;
    std::vector<ExitedFrame> frames;
    if (!m_result) {
        return frames;
    }
    const core::Trace& trace = m_result->trace;
    if (!m_pops) {
        m_pops.emplace();
        for (std::size_t s = 0; s < trace.stepCount(); ++s) {
            for (const core::Event& event : trace.events(s)) {
                if (event.kind == core::EventKind::FramePop && s > 0) {
                    m_pops->emplace_back(int(s), event.frame);
                }
            }
        }
    }
    const auto end = std::upper_bound(m_pops->begin(), m_pops->end(), step,
                                      [](int value, const auto& pop) { return value < pop.first; });
    auto begin = m_pops->begin();
    if (std::size_t(end - begin) > kMaxExitedFrames) {
        begin = end - std::ptrdiff_t(kMaxExitedFrames);
    }
    for (auto it = begin; it != end; ++it) {
        auto cached = m_exitedCache.find(it->second);
        if (cached == m_exitedCache.end()) {
            const core::ProgramState before = trace.state(std::size_t(it->first - 1));
            ExitedFrame exited;
            for (const core::FrameState& frame : before.frames) {
                if (frame.id == it->second) {
                    exited.frame = frame;
                }
            }
            for (const core::NamedRef& var : exited.frame.vars) {
                auto object = before.heap.find(var.second);
                exited.values.push_back(object == before.heap.end() ? QStringLiteral("?")
                                        : isScalar(object->second) ? valueText(object->second)
                                                                   : typeLabel(object->second));
            }
            cached = m_exitedCache.emplace(it->second, std::move(exited)).first;
        }
        if (cached->second.frame.function != "<module>" && cached->second.frame.id == it->second) {
            frames.push_back(cached->second);
        }
    }
    return frames;
}

void MainWindow::setDarkTheme(bool dark) {
    m_dark = dark;
    if (m_darkAction->isChecked() != dark) {
        m_darkAction->setChecked(dark);
    }
    AppTheme::apply(dark);
    m_editor->setDarkTheme(dark);
    const DiagramPalette palette = dark ? DiagramPalette::darkTheme() : DiagramPalette::light();
    m_scene->setDiagramPalette(palette);
    m_legend->setDiagramPalette(palette);
    m_notice->setDarkTheme(dark);
    if (m_result) {
        showOutput(m_step);
    }
}

void MainWindow::updateTitle() {
    const QString name = m_filePath.isEmpty() ? tr("untitled.py") : QFileInfo(m_filePath).fileName();
    setWindowTitle(QStringLiteral("%1%2 — memstep").arg(name, m_editor->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About memstep"),
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
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_outerSplitter->restoreState(settings.value(QStringLiteral("window/outerSplitter")).toByteArray());
    if (m_mainSplitter->sizes().value(0) == m_mainSplitter->sizes().value(1)) {
        m_mainSplitter->setSizes({width() * 2 / 5, width() * 3 / 5});
    }
    m_everyObjectAction->setChecked(settings.value(QStringLiteral("view/everyObject"), false).toBool());
    m_idsAction->setChecked(settings.value(QStringLiteral("view/showIds"), false).toBool());
    m_exitedAction->setChecked(settings.value(QStringLiteral("view/exitedFrames"), false).toBool());
    m_fitAction->setChecked(settings.value(QStringLiteral("view/fit"), true).toBool());
    setDarkTheme(settings.value(QStringLiteral("view/dark"), false).toBool());
    m_editor->setEditorFontSize(settings.value(QStringLiteral("editor/fontSize"), 13).toInt());
    m_controls->setSpeedIndex(settings.value(QStringLiteral("play/speed"), m_controls->speedIndex()).toInt());
    const int animation = settings.value(QStringLiteral("view/animation"), int(AnimationSpeed::Normal)).toInt();
    setAnimationSpeed(static_cast<AnimationSpeed>(std::clamp(animation, 0, int(AnimationSpeed::Fast))));
    m_captionAction->setChecked(settings.value(QStringLiteral("view/captions"), false).toBool());
    m_recentFiles = settings.value(QStringLiteral("files/recent")).toStringList();
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
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/outerSplitter"), m_outerSplitter->saveState());
    settings.setValue(QStringLiteral("view/everyObject"), m_everyObjectAction->isChecked());
    settings.setValue(QStringLiteral("view/showIds"), m_idsAction->isChecked());
    settings.setValue(QStringLiteral("view/exitedFrames"), m_exitedAction->isChecked());
    settings.setValue(QStringLiteral("view/fit"), m_fitAction->isChecked());
    settings.setValue(QStringLiteral("view/dark"), m_dark);
    settings.setValue(QStringLiteral("editor/fontSize"), m_editor->editorFontSize());
    settings.setValue(QStringLiteral("play/speed"), m_controls->speedIndex());
    settings.setValue(QStringLiteral("view/animation"), int(m_animationSpeed));
    settings.setValue(QStringLiteral("view/captions"), m_captionAction->isChecked());
    settings.setValue(QStringLiteral("files/recent"), m_recentFiles);
    settings.setValue(QStringLiteral("files/last"), m_filePath);
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
