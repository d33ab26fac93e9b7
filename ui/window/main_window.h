// The window: the editor and step controls on the left, the diagram on the right, the
// program's output below.
//
// The window owns one visualisation at a time: a finished run (its trace) and the step being
// shown. Editing the code ends it; Visualize or the next Step runs the program again on a
// worker thread. Everything a person can do is also a public slot, so the UI tests drive the
// window exactly as a person would, with no sleeps.
#pragma once

#include "memstep/run.h"
#include "autosave.h"
#include "diagram_layout.h"
#include "step_animator.h"
#include "run_settings.h"
#include "trace_runner.h"

#include <QMainWindow>
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
    QAction* exitedFramesAction() const { return m_exitedAction; } // View > Show Exited Frames
    StepAnimator* animator() const { return m_animator; }
    CaptionBar* captionBar() const { return m_caption; }
    QAction* captionsAction() const { return m_captionAction; } // View > Captions
    QAction* everyObjectAction() const { return m_everyObjectAction; } // View > Show Every Object
    // Run > Step and Run > Back: what the Right/Space and Left keys trigger. Presses are merged
    // into one step shown when the event loop next runs (the buttons and slots show at once).
    QAction* stepAction() const { return m_stepAction; }
    QAction* backAction() const { return m_backAction; }
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
    QString filePath() const { return m_filePath; }

    // Replaces the prompt for input() (tests answer from a hook instead of a dialog).
    void setInputProvider(TraceRunner::InputProvider provider);
    // Replaces the Save / Discard / Cancel message box (tests answer from a hook).
    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }

    // The limits from Preferences: saved in QSettings and used from the next run on.
    const RunSettings& runSettings() const { return m_runSettings; }
    void applyRunSettings(const RunSettings& settings);

    bool openFile(const QString& path);
    void setSource(const QString& source);
    void setDarkTheme(bool dark);
    bool darkTheme() const { return m_dark; }

public slots:
    void visualize();
    void stepForward();
    void stepBack();
    void goFirst();
    void goLast();
    void goToStep(int step);
    void runToBreakpoint();
    void cancelRun();
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

    void buildWidgets();
    void buildMenus();
    void startRun(AfterRun after);
    void onRunFinished(std::shared_ptr<const core::RunResult> result);
    // animate: play the step's events on the diagram (a single Step forward); any other
    // navigation shows the target at once. Either way a running animation ends first.
    void showStep(int step, bool animate = false);
    // The step keys: move the requested step on from the last request and show it once the
    // presses already queued are taken in (requestStep).
    void stepKeyPressed();
    void backKeyPressed();
    void requestStep(int step);
    void updateCaption();
    void endVisualization();
    void setBusy(bool busy);
    void showOutput(int step);
    void setOutputText(const QString& text);
    void updateTitle();
    void applyViewOptions();
    // Returned frames to draw greyed at a step: those popped at or before it (the most recent
    // kMaxExitedFrames of them), as on their last live step; Python Tutor keeps them for the
    // rest of the run, and so does this.
    std::vector<ExitedFrame> exitedFrames(int step);

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
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    QSplitter* m_outerSplitter = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_busyLabel = nullptr;
    QPushButton* m_cancel = nullptr;
    DiagramLegend* m_legend = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_everyObjectAction = nullptr;
    QAction* m_idsAction = nullptr;
    QAction* m_exitedAction = nullptr;
    QAction* m_darkAction = nullptr;
    QAction* m_fitAction = nullptr;
    QWidget* m_arrowLegend = nullptr;
    PresentationMode* m_presentation = nullptr;
    TraceRunner* m_runner = nullptr;
    StepAnimator* m_animator = nullptr;
    CaptionBar* m_caption = nullptr;
    QAction* m_captionAction = nullptr;
    QAction* m_stepAction = nullptr;
    QAction* m_backAction = nullptr;
    std::map<AnimationSpeed, QAction*> m_speedActions;
    AnimationSpeed m_animationSpeed = AnimationSpeed::Normal;
    RestoreBar* m_restoreBar = nullptr;
    Autosave* m_autosave = nullptr;
    UnsavedQuestion m_unsavedQuestion;
    RunSettings m_runSettings;
    core::RunLimits m_runLimits; // the limits of m_result's run, for its messages
    std::vector<Autosave::Recovered> m_orphans; // crash copies not yet restored or declined

    std::shared_ptr<const core::RunResult> m_result;
    QString m_runSource; // the code m_result (or the running run) belongs to
    int m_step = 0;
    // The state of m_shownStateStep (the step on screen), and of the step before it when known:
    // rebuilt once per step, not once per use.
    std::optional<core::ProgramState> m_shownState;
    std::optional<core::ProgramState> m_beforeState;
    int m_shownStateStep = -1;
    int m_pendingStep = -1;                // asked for by a step key, not yet shown
    std::optional<QString> m_outputText;  // plain text in the output pane, when nothing else is
    AfterRun m_afterRun = AfterRun::First;
    QString m_filePath;
    QStringList m_recentFiles;
    bool m_dark = false;
    bool m_settingSource = false;
    // Exited frames of m_result, found on first use: (step that popped it, frame), and each
    // frame's picture once built.
    std::optional<std::vector<std::pair<int, core::FrameId>>> m_pops;
    std::map<core::FrameId, ExitedFrame> m_exitedCache;
};

} // namespace memstep::ui
