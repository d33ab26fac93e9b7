// The Python editor: QScintilla with Python highlighting, line numbers, breakpoints and the
// two step arrows (the line that just ran, the line that runs next).
//
// The editor knows nothing about traces: the window tells it which lines to mark. Marker and
// indicator numbers are fixed constants here so the window and the tests can ask for them.
#pragma once

#include <QSet>
#include <Qsci/qsciscintilla.h>

class QsciLexerPython;

namespace memstep::ui {

class CodeEditor : public QsciScintilla {
    Q_OBJECT

public:
    static constexpr int kMarkerNext = 1; // the line that runs next
    static constexpr int kMarkerRan = 2;  // the line that just ran
    static constexpr int kMarkerBreakpoint = 3;
    static constexpr int kMarkerErrorLine = 4; // background of a line that raised
    static constexpr int kErrorIndicator = 8;  // squiggle under a syntax error
    static constexpr int kArrowMargin = 1;

    explicit CodeEditor(QWidget* parent = nullptr);

    void setDarkTheme(bool dark);
    void setEditorFontSize(int pointSize);
    int editorFontSize() const { return m_fontSize; }

    // Lines are 1-based, 0 means "none". Scrolls so that both stay visible.
    void setStepLines(int ranLine, int nextLine);
    int nextLine() const { return m_nextLine; }
    int ranLine() const { return m_ranLine; }

    // A syntax error: a squiggle from the column to the end of the token/line and the message
    // shown under the line. A runtime error: the line tinted and the message under it.
    void showSyntaxError(int line, int column, const QString& message);
    void showRuntimeError(int line, const QString& message);
    void clearErrors();
    bool hasErrorMark() const { return m_errorLine > 0; }
    int errorLine() const { return m_errorLine; }

    void toggleBreakpoint(int line);
    // Read from the markers, so breakpoints follow their lines while the code is edited.
    QSet<int> breakpoints() const;
    void clearBreakpoints();

    // The arrow pictures, shared with the legend under the editor.
    static QPixmap arrowPixmap(bool next, int size, qreal devicePixelRatio = 1.0);

signals:
    void breakpointsChanged();

protected:
    bool event(QEvent* event) override;

private:
    void applyColors();

    QsciLexerPython* m_lexer;
    bool m_dark = false;
    int m_fontSize = 12;
    int m_nextLine = 0;
    int m_ranLine = 0;
    int m_errorLine = 0;
};

} // namespace memstep::ui
