// The window's menu bar: File, Edit, Run, View, Examples and Help, each built by a function of
// its own. The items the window reads or changes later are kept in m_actions.
#include "caption_bar.h"
#include "code_editor.h"
#include "diagram_view.h"
#include "example_library.h"
#include "main_window.h"
#include "presentation_mode.h"
#include "sequence_export_dialog.h"
#include "step_controls.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

namespace memstep::ui {

void MainWindow::buildMenus() {
    buildFileMenu();
    buildEditMenu();
    buildRunMenu();
    buildViewMenu();
    buildExamplesMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About memstep"), this, &MainWindow::about);
}

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newFile);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_actions.recent = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(); });
    file->addSeparator();
    file->addAction(tr("&Export Diagram…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportDiagram);
    file->addAction(tr("Export Ani&mation (GIF)…"), this,
                    [this] { exportSequence(SequenceFormat::Gif); });
    file->addAction(tr("Export &Handout (PDF)…"), this,
                    [this] { exportSequence(SequenceFormat::Pdf); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QsciScintilla::undo);
    edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QsciScintilla::redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_editor, &QsciScintilla::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_editor, &QsciScintilla::copy);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_editor, &QsciScintilla::paste);
    edit->addAction(tr("Copy &Diagram"), QKeySequence(tr("Ctrl+Shift+C")), this,
                    &MainWindow::copyDiagram);
    edit->addSeparator();
    edit->addAction(tr("Larger Font"), QKeySequence(tr("Ctrl+Alt+=")), this,
                    [this] { m_editor->setEditorFontSize(m_editor->editorFontSize() + 1); });
    // Not Ctrl+-: that is View > Zoom Out, and Qt triggers neither action of a shared key.
    edit->addAction(tr("Smaller Font"), QKeySequence(tr("Ctrl+Alt+-")), this,
                    [this] { m_editor->setEditorFontSize(m_editor->editorFontSize() - 1); });
    edit->addSeparator();
    edit->addAction(tr("Pr&eferences…"), QKeySequence::Preferences, this,
                    &MainWindow::showPreferences);
}

void MainWindow::buildRunMenu() {
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    QAction* visualizeAction = run->addAction(tr("&Visualize"), this, &MainWindow::visualize);
    visualizeAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    visualizeAction->setShortcutContext(Qt::WindowShortcut);
    // F8 (as in browser debuggers): F5 starts presentation mode, as in slide programs.
    run->addAction(tr("Run to &Breakpoint"), QKeySequence(Qt::Key_F8), this,
                   &MainWindow::runToBreakpoint);
    QAction* python =
        run->addAction(tr("Visualize with P&ython 3"), this, &MainWindow::runWithPython);
    python->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    python->setToolTip(tr("Run the program with Python 3 itself, which runs any program with your "
                          "own rights: it can read and change your files"));
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
    m_actions.step = run->addAction(tr("&Step"), this, &MainWindow::stepKeyPressed);
    m_actions.step->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space)});
    m_actions.back =
        run->addAction(tr("Bac&k"), QKeySequence(Qt::Key_Left), this, &MainWindow::backKeyPressed);
    run->addAction(tr("&First Step"), QKeySequence(Qt::Key_Home), this, &MainWindow::goFirst);
    run->addAction(tr("&Last Step"), QKeySequence(Qt::Key_End), this, &MainWindow::goLast);
    run->addAction(tr("&Play / Pause"), QKeySequence(tr("Ctrl+P")), this,
                   [this] { m_controls->setPlaying(!m_controls->isPlaying()); });
    run->addSeparator();
    run->addAction(tr("Enter &Input Again"), this, &MainWindow::enterInputAgain)
        ->setToolTip(tr("Forget the answers given to input() and run again, asking anew"));
    run->addAction(tr("&Cancel Run"), QKeySequence(Qt::Key_Escape), this, &MainWindow::cancelRun);
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_actions.everyObject = view->addAction(tr("Show &Every Object on the Heap"));
    m_actions.everyObject->setCheckable(true);
    m_actions.ids = view->addAction(tr("Show Object Id&s"));
    m_actions.ids->setCheckable(true);
    m_actions.ids->setToolTip(tr("A short id on each object: id1, id2, … in order of appearance"));
    m_actions.pythonIds = view->addAction(tr("Show id() &Numbers"));
    m_actions.pythonIds->setCheckable(true);
    m_actions.pythonIds->setToolTip(tr("The number id() prints, instead of the short id"));
    connect(m_actions.everyObject, &QAction::toggled, this, &MainWindow::applyViewOptions);
    connect(m_actions.ids, &QAction::toggled, this, &MainWindow::applyViewOptions);
    connect(m_actions.pythonIds, &QAction::toggled, this, &MainWindow::applyViewOptions);
    m_actions.exitedFrames = view->addAction(tr("Show E&xited Frames (greyed)"));
    m_actions.exitedFrames->setCheckable(true);
    connect(m_actions.exitedFrames, &QAction::toggled, this, [this] {
        if (m_result && stepCount() > 0) {
            showStep(m_step);
        }
    });
    view->addSeparator();
    buildAnimationMenu(view);
    m_actions.captions = view->addAction(tr("&Captions"));
    m_actions.captions->setCheckable(true);
    m_actions.captions->setToolTip(tr("Describe each step in words under the diagram"));
    connect(m_actions.captions, &QAction::toggled, this, [this](bool on) {
        m_caption->setVisible(on);
        updateCaption();
    });
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &DiagramView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &DiagramView::zoomOut);
    view->addAction(tr("Ac&tual Size"), QKeySequence(tr("Ctrl+0")), m_view,
                    &DiagramView::resetZoom);
    m_actions.fit = view->addAction(tr("&Fit Diagram to Window"));
    m_actions.fit->setCheckable(true);
    m_actions.fit->setShortcut(QKeySequence(tr("Ctrl+9")));
    connect(m_actions.fit, &QAction::toggled, m_view, &DiagramView::setFitMode);
    view->addSeparator();
    m_actions.dark = view->addAction(tr("&Dark Theme"));
    m_actions.dark->setCheckable(true);
    connect(m_actions.dark, &QAction::toggled, this, &MainWindow::setDarkTheme);
    m_actions.highContrast = view->addAction(tr("&High Contrast"));
    m_actions.highContrast->setCheckable(true);
    m_actions.highContrast->setToolTip(tr("Black on white with strong borders"));
    connect(m_actions.highContrast, &QAction::toggled, this, &MainWindow::setHighContrast);
    view->addSeparator();
    QAction* present = view->addAction(tr("&Presentation Mode"), QKeySequence(Qt::Key_F5),
                                       m_presentation, &PresentationMode::toggle);
    // Also on the window itself: the menu bar is hidden while presenting.
    addAction(present);
}

void MainWindow::buildAnimationMenu(QMenu* view) {
    QMenu* animation = view->addMenu(tr("&Animation"));
    auto* speeds = new QActionGroup(this);
    const std::pair<AnimationSpeed, QString> speedNames[] = {
        {AnimationSpeed::Off, tr("&Off")},
        {AnimationSpeed::Slow, tr("&Slow")},
        {AnimationSpeed::Normal, tr("&Normal")},
        {AnimationSpeed::Fast, tr("&Fast")}};
    for (const auto& [speed, name] : speedNames) {
        QAction* action = animation->addAction(name);
        action->setCheckable(true);
        speeds->addAction(action);
        m_actions.speeds[speed] = action;
        connect(action, &QAction::triggered, this,
                [this, speed = speed] { setAnimationSpeed(speed); });
    }
    m_actions.speeds[m_animationSpeed]->setChecked(true);
}

void MainWindow::buildExamplesMenu() {
    QMenu* examples = menuBar()->addMenu(tr("E&xamples"));
    for (const Example& example : ExampleLibrary::examples()) {
        examples->addAction(example.title, this, [this, example] {
            if (!maybeSave()) {
                return;
            }
            setSource(ExampleLibrary::source(example));
            m_file.path.clear();
            updateTitle();
        });
    }
}

} // namespace memstep::ui
