// The window: the editor and step controls on the left, the diagram on the right, the
// program's output below.
//
// The window owns one visualisation at a time: a finished run (its trace) and the step being
// shown. Editing the code ends it; Visualize or the next Step runs the program again on a
// worker thread. Everything a person can do is also a public slot, so the UI tests drive the
// window exactly as a person would, with no sleeps.
#pragma once

#include "autosave.h"
#include "diagram_layout.h"
#include "exited_frames.h"
#include "memstep/run.h"
#include "run_settings.h"
#include "step_animator.h"
#include "step_states.h"
#include "trace_runner.h"

#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace memstep::ui {

class CaptionBar;
class CodeEditor;
class DiagramLegend;
class DiagramScene;
class DiagramView;
class NoticeBar;
class PresentationMode;
class RestoreBar;
class StepControls;
enum class SequenceFormat;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 8;

    // What to do with unsaved changes before they would be lost (close, New, Open).
    enum class UnsavedAnswer { Save, Discard, Cancel };
    using UnsavedQuestion = std::function<UnsavedAnswer()>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    CodeEditor* editor() const { return m_editor; }
    StepControls* controls() const { return m_controls; }
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    QPlainTextEdit* output() const { return m_output; }
    NoticeBar* notice() const { return m_notice; }
    TraceRunner* runner() const { return m_runner; }
    QAction* exitedFramesAction() const {
        return m_actions.exitedFrames;
    } // View > Show Exited Frames
    StepAnimator* animator() const { return m_animator; }
    CaptionBar* captionBar() const { return m_caption; }
    // "Step 12 of 40" under the caption: shown in presentation mode, where the step controls
    // are hidden.
    QLabel* stepCounter() const { return m_stepCounter; }
    // Editor and controls | diagram: presentation mode shares the screen out anew.
    QSplitter* mainSplitter() const { return m_splitters.main; }
    QAction* captionsAction() const { return m_actions.captions; }       // View > Captions
    QAction* everyObjectAction() const { return m_actions.everyObject; } // View > Show Every Object
    QAction* idsAction() const { return m_actions.ids; }                 // View > Show Object Ids
    QAction* pythonIdsAction() const { return m_actions.pythonIds; }     // View > Show id() Numbers
    // Run > Step and Run > Back: what the Right/Space and Left keys trigger. Presses are merged
    // into one step shown when the event loop next runs (the buttons and slots show at once).
    QAction* stepAction() const { return m_actions.step; }
    QAction* backAction() const { return m_actions.back; }
    // How Step animates (View > Animation); Off shows each step at once. Remembered.
    void setAnimationSpeed(AnimationSpeed speed);
    AnimationSpeed animationSpeed() const { return m_animationSpeed; }
    PresentationMode* presentation() const { return m_presentation; } // View > Presentation Mode
    // The scale of Edit > Copy Diagram's image: sharp when pasted into slides.
    static constexpr qreal kCopyScale = 2.0;
    Autosave* autosave() const { return m_autosave; }
    RestoreBar* restoreBar() const { return m_restoreBar; }

    bool isRunning() const;
    bool hasVisualization() const { return m_result != nullptr; }
    const core::RunResult* result() const { return m_result.get(); }
    int currentStep() const { return m_step; } // 0-based
    int stepCount() const;
    QString filePath() const { return m_file.path; }

    // Replaces the prompt for input() (tests answer from a hook instead of a dialog).
    void setInputProvider(TraceRunner::InputProvider provider);
    // Replaces the Save / Discard / Cancel message box (tests answer from a hook).
    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }
    // Asked on Visualize when the code changed since input() answers were given: true keeps
    // them ("Use the previous answers?"), false asks anew. Replaces the message box in tests.
    using StaleAnswersQuestion = std::function<bool(const QStringList& answers)>;
    void setStaleAnswersQuestion(StaleAnswersQuestion question) {
        m_staleAnswersQuestion = std::move(question);
    }

    // The limits from Preferences: saved in QSettings and used from the next run on.
    const RunSettings& runSettings() const { return m_runSettings; }
    void applyRunSettings(const RunSettings& settings);

    bool openFile(const QString& path);
    void setSource(const QString& source);
    void setDarkTheme(bool dark);
    bool darkTheme() const { return m_dark; }
    // View > High Contrast: black on white, strong borders (the projector palette); the dark
    // theme turns it off. Remembered.
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }
    QAction* highContrastAction() const { return m_actions.highContrast; }

public slots:
    void visualize();
    void stepForward();
    void stepBack();
    void goFirst();
    void goLast();
    void goToStep(int step);
    void runToBreakpoint();
    // Run > Run with Python 3, and the offer of it when memstep's interpreter refuses a
    // program (main_window_run.cpp).
    void runWithPython();
    void cancelRun();
    // Run > Enter Input Again: forgets the input() answers and runs again, asking anew.
    void enterInputAgain();
    void copyDiagram(); // Edit > Copy Diagram: the current step as an image on the clipboard
    void showPreferences();
    // Puts the newest crash copy back into the editor, as one undoable edit.
    void restoreAutosave();
    void discardAutosave();

signals:
    // A run finished (successfully or not) and its first step is on screen.
    void visualizationReady();
    void stepShown(int step);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class AfterRun { First, Step, Last, Breakpoint };

    // The menu items the window reads or changes after building the menus.
    struct MenuActions {
        QMenu* recent = nullptr; // File > Open Recent
        QAction* everyObject = nullptr;
        QAction* ids = nullptr;
        QAction* pythonIds = nullptr;
        QAction* exitedFrames = nullptr;
        QAction* dark = nullptr;
        QAction* highContrast = nullptr;
        QAction* fit = nullptr;
        QAction* captions = nullptr;
        QAction* step = nullptr;
        QAction* back = nullptr;
        std::map<AnimationSpeed, QAction*> speeds; // View > Animation
    };
    // The status bar while a program runs: a busy bar, the steps so far and Cancel.
    struct BusyIndicator {
        QProgressBar* bar = nullptr;
        QLabel* label = nullptr;
        QPushButton* cancel = nullptr;
    };
    // Editor and controls | diagram, and both above the output; their sizes are remembered.
    struct Splitters {
        QSplitter* main = nullptr;
        QSplitter* outer = nullptr;
    };
    // The file the editor's code belongs to (empty: untitled) and File > Open Recent's list.
    struct FileState {
        QString path;
        QStringList recent;
    };
    // The run m_result comes from, or the run under way: its code, its limits (for the
    // messages of the limits it hits) and the step to show once it finishes.
    struct RunRequest {
        QString source;
        core::RunLimits limits;
        AfterRun after = AfterRun::First;
        bool python = false; // run by python3 (engine/cpython) rather than memstep's interpreter
        QString refusal;     // why: what memstep's interpreter refused, when it did
    };

    void buildWidgets();
    QWidget* buildEditorPane();
    QWidget* buildDiagramPane();
    void buildStatusBar();
    void connectControls();
    // main_window_menus.cpp: the menu bar, one menu per function.
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildRunMenu();
    void buildViewMenu();
    void buildAnimationMenu(QMenu* view);
    void buildExamplesMenu();
    void startRun(AfterRun after, bool python = false);
    // main_window_run.cpp: after a run ends in `d`, offers python3 for a program memstep's
    // interpreter refused (Preferences' engine Auto) or says why python3 could not run it;
    // false when `d` is neither.
    bool reportEngineOutcome(const core::Diagnostic& d);
    // After a python3 run: says which Python ran it and why.
    void notePythonRun();
    void onRunFinished(std::shared_ptr<const core::RunResult> result);
    // Says in the notice bar (and the editor, at the line) why the run stopped early.
    void reportRunError(const core::Diagnostic& d);
    // The notice for a stop of memstep's own with no limit sentence (Unsupported, Cancelled).
    QString stopMessage(const core::Diagnostic& d, const QString& where) const;
    int stepAfterRun() const;
    // animate: play the step's events on the diagram (a single Step forward); any other
    // navigation shows the target at once. Either way a running animation ends first.
    void showStep(int step, bool animate = false);
    void startStepAnimation();
    // The step keys: move the requested step on from the last request and show it once the
    // presses already queued are taken in (requestStep).
    void stepKeyPressed();
    void backKeyPressed();
    void requestStep(int step);
    void updateCaption();
    void endVisualization();
    void setBusy(bool busy);
    void showOutput(int step);
    void appendTraceback(const QString& printed, const core::Diagnostic& error);
    void setOutputText(const QString& text);
    // main_window_run.cpp: the output as a terminal shows it (input() answers echoed),
    // and whether remembered answers still suit the code about to run.
    QString echoed(const std::string& output) const;
    QString echoed(const QString& output) const;
    void reviewAnswers(const QString& source);
    bool reportCancelledAtInput();
    void updateTitle();
    void applyViewOptions();

    bool maybeSave();
    bool save();
    bool saveAs();
    bool writeFile(const QString& path);
    void newFile();
    void openDialog();
    void exportDiagram();
    void exportSequence(SequenceFormat format);
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void about();
    void loadSettings();
    void saveSettings() const;
    int nextBreakpointStep(int from) const;
    // main_window_recovery.cpp: autosave, the restore offer, Preferences.
    void setupRecovery();
    void offerNextAutosave();

    CodeEditor* m_editor = nullptr;
    StepControls* m_controls = nullptr;
    DiagramScene* m_scene = nullptr;
    DiagramView* m_view = nullptr;
    QPlainTextEdit* m_output = nullptr;
    NoticeBar* m_notice = nullptr;
    DiagramLegend* m_legend = nullptr;
    QWidget* m_arrowLegend = nullptr;
    CaptionBar* m_caption = nullptr;
    QLabel* m_stepCounter = nullptr;
    RestoreBar* m_restoreBar = nullptr;
    PresentationMode* m_presentation = nullptr;
    TraceRunner* m_runner = nullptr;
    StepAnimator* m_animator = nullptr;
    Autosave* m_autosave = nullptr;
    MenuActions m_actions;
    BusyIndicator m_busy;
    Splitters m_splitters;

    FileState m_file;
    AnimationSpeed m_animationSpeed = AnimationSpeed::Normal;
    UnsavedQuestion m_unsavedQuestion;
    StaleAnswersQuestion m_staleAnswersQuestion;
    std::vector<InputEcho> m_echoes; // of m_result: the answers it read, where in its output
    std::shared_ptr<const ShortIds> m_shortIds; // of m_result: id1, id2, ... for Show Object Ids
    RunSettings m_runSettings;
    std::vector<Autosave::Recovered> m_orphans; // crash copies not yet restored or declined
    bool m_dark = false;
    bool m_highContrast = false;
    bool m_settingSource = false;

    std::shared_ptr<const core::RunResult> m_result;
    RunRequest m_run;
    int m_step = 0;
    int m_pendingStep = -1;              // asked for by a step key, not yet shown
    StepStates m_states;                 // of the step on screen, m_step
    ExitedFrames m_exited;               // of m_result
    std::optional<QString> m_outputText; // plain text in the output pane, when nothing else is
};

} // namespace memstep::ui
