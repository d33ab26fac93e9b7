#include "code_editor.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <Qsci/qscilexerpython.h>

namespace memstep::ui {

namespace {

constexpr int kAnnotationStyle = 40; // a style number the Python lexer does not use
constexpr int kMarkerSize = 16;
const QColor kNextColor(0xd6, 0x3a, 0x2f);
const QColor kRanColor(0x2e, 0x9e, 0x5b);

QFont codeFont(int pointSize) {
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSize(pointSize);
    return font;
}

} // namespace

QPixmap CodeEditor::arrowPixmap(bool next, int size, qreal devicePixelRatio) {
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath arrow;
    arrow.moveTo(s * 0.10, s * 0.36);
    arrow.lineTo(s * 0.52, s * 0.36);
    arrow.lineTo(s * 0.52, s * 0.14);
    arrow.lineTo(s * 0.92, s * 0.50);
    arrow.lineTo(s * 0.52, s * 0.86);
    arrow.lineTo(s * 0.52, s * 0.64);
    arrow.lineTo(s * 0.10, s * 0.64);
    arrow.closeSubpath();
    if (next) {
        // The line that runs next: a solid red arrow, the one the eye should follow.
        painter.fillPath(arrow, kNextColor);
    } else {
        // The line that just ran: a hollow green arrow.
        painter.setPen(QPen(kRanColor, 1.8));
        painter.setBrush(kRanColor.lighter(170));
        painter.drawPath(arrow);
    }
    return pixmap;
}

CodeEditor::CodeEditor(QWidget* parent)
    : QsciScintilla(parent), m_lexer(new QsciLexerPython(this)) {
    setUtf8(true);
    m_lexer->setAutoIndentStyle(QsciScintilla::AiMaintain | QsciScintilla::AiOpening);
    m_lexer->setIndentationWarning(QsciLexerPython::NoWarning);
    setLexer(m_lexer);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setBackspaceUnindents(true);
    setTabIndents(true);
    setIndentationGuides(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setCaretLineVisible(true);
    setEolMode(QsciScintilla::EolUnix);
    setWrapMode(QsciScintilla::WrapNone);
    // The horizontal scroll bar appears only when a line is really wider than the editor.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);

    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginType(kArrowMargin, QsciScintilla::SymbolMargin);
    setMarginSensitivity(kArrowMargin, true);
    setMarginSensitivity(0, true);
    setMarginMarkerMask(0, 0);
    setMarginMarkerMask(kArrowMargin,
                        (1 << kMarkerNext) | (1 << kMarkerRan) | (1 << kMarkerBreakpoint));

    markerDefine(QsciScintilla::Circle, kMarkerBreakpoint);
    markerDefine(QsciScintilla::Background, kMarkerErrorLine);

    indicatorDefine(QsciScintilla::SquiggleIndicator, kErrorIndicator);
    setIndicatorForegroundColor(QColor(0xe0, 0x20, 0x20), kErrorIndicator);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);

    connect(this, &QsciScintilla::marginClicked, this,
            [this](int, int line, Qt::KeyboardModifiers) { toggleBreakpoint(line + 1); });
    setEditorFontSize(m_fontSize);
}

void CodeEditor::setEditorFontSize(int pointSize) {
    m_fontSize = std::clamp(pointSize, 7, 72); // 72: presentation mode on a 4K screen
    const QFont font = codeFont(m_fontSize);
    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font);
    setMarginsFont(font);
    setMarginWidth(0, QStringLiteral("0000"));
    // The step arrows grow with the text, so that they stay visible next to a projected
    // presentation's large code (a fixed 16 px arrow beside 27 px text was easy to miss).
    const int arrow = std::max(kMarkerSize, QFontMetrics(font).height() * 4 / 5);
    markerDefine(arrowPixmap(true, arrow).toImage(), kMarkerNext);
    markerDefine(arrowPixmap(false, arrow).toImage(), kMarkerRan);
    setMarginWidth(kArrowMargin, arrow + 10);
    applyColors();
}

void CodeEditor::setDarkTheme(bool dark) {
    m_dark = dark;
    applyColors();
}

void CodeEditor::applyColors() {
    struct Scheme {
        QColor paper, text, comment, number, string, keyword, name, op, margin, marginText,
            caretLine, selection;
    };
    const Scheme light{
        QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x25, 0x2e), QColor(0x6a, 0x73, 0x7d),
        QColor(0x09, 0x86, 0x58), QColor(0xa3, 0x15, 0x15), QColor(0x00, 0x33, 0xb3),
        QColor(0x79, 0x5e, 0x26), QColor(0x1f, 0x25, 0x2e), QColor(0xf3, 0xf5, 0xf8),
        QColor(0x8a, 0x93, 0xa0), QColor(0xf4, 0xf7, 0xfb), QColor(0xc8, 0xdd, 0xf7)};
    const Scheme dark{QColor(0x1e, 0x22, 0x28), QColor(0xe6, 0xe9, 0xee), QColor(0x8b, 0x94, 0xa1),
                      QColor(0xb5, 0xce, 0xa8), QColor(0xe6, 0xa2, 0x7a), QColor(0x7a, 0xb4, 0xff),
                      QColor(0xdc, 0xdc, 0xaa), QColor(0xe6, 0xe9, 0xee), QColor(0x25, 0x2a, 0x31),
                      QColor(0x75, 0x7f, 0x8c), QColor(0x26, 0x2b, 0x33), QColor(0x2f, 0x4a, 0x6e)};
    const Scheme& s = m_dark ? dark : light;
    m_lexer->setDefaultPaper(s.paper);
    m_lexer->setPaper(s.paper);
    m_lexer->setDefaultColor(s.text);
    m_lexer->setColor(s.text);
    m_lexer->setColor(s.comment, QsciLexerPython::Comment);
    m_lexer->setColor(s.comment, QsciLexerPython::CommentBlock);
    m_lexer->setColor(s.number, QsciLexerPython::Number);
    for (int style :
         {QsciLexerPython::DoubleQuotedString, QsciLexerPython::SingleQuotedString,
          QsciLexerPython::TripleSingleQuotedString, QsciLexerPython::TripleDoubleQuotedString,
          QsciLexerPython::UnclosedString, QsciLexerPython::DoubleQuotedFString,
          QsciLexerPython::SingleQuotedFString, QsciLexerPython::TripleSingleQuotedFString,
          QsciLexerPython::TripleDoubleQuotedFString}) {
        m_lexer->setColor(s.string, style);
    }
    m_lexer->setColor(s.keyword, QsciLexerPython::Keyword);
    m_lexer->setColor(s.name, QsciLexerPython::FunctionMethodName);
    m_lexer->setColor(s.name, QsciLexerPython::ClassName);
    m_lexer->setColor(s.op, QsciLexerPython::Operator);
    m_lexer->setColor(s.text, QsciLexerPython::Identifier);
    m_lexer->setColor(s.keyword, QsciLexerPython::HighlightedIdentifier);
    m_lexer->setColor(s.name, QsciLexerPython::Decorator);
    QFont bold = codeFont(m_fontSize);
    bold.setBold(true);
    m_lexer->setFont(bold, QsciLexerPython::Keyword);

    setMarginsBackgroundColor(s.margin);
    setMarginsForegroundColor(s.marginText);
    setCaretForegroundColor(s.text);
    setCaretLineBackgroundColor(s.caretLine);
    setSelectionBackgroundColor(s.selection);
    setMatchedBraceBackgroundColor(s.selection);
    setMatchedBraceForegroundColor(s.text);
    setIndentationGuidesForegroundColor(s.marginText);
    setIndentationGuidesBackgroundColor(s.paper);
    setMarkerBackgroundColor(QColor(0xd6, 0x3a, 0x2f), kMarkerBreakpoint);
    setMarkerForegroundColor(QColor(0xa0, 0x20, 0x18), kMarkerBreakpoint);
    setMarkerBackgroundColor(m_dark ? QColor(0x5a, 0x25, 0x25) : QColor(0xfd, 0xe2, 0xe0),
                             kMarkerErrorLine);

    QFont annotationFont(QStringLiteral("DejaVu Sans"));
    annotationFont.setPointSize(std::max(7, m_fontSize - 1));
    SendScintilla(SCI_STYLESETFONT, kAnnotationStyle, annotationFont.family().toUtf8().constData());
    SendScintilla(SCI_STYLESETSIZE, kAnnotationStyle, annotationFont.pointSize());
    const QColor annotationBack = m_dark ? QColor(0x4a, 0x22, 0x22) : QColor(0xfd, 0xec, 0xea);
    const QColor annotationFore = m_dark ? QColor(0xff, 0xc4, 0xbc) : QColor(0x9b, 0x1c, 0x12);
    SendScintilla(SCI_STYLESETBACK, kAnnotationStyle, annotationBack);
    SendScintilla(SCI_STYLESETFORE, kAnnotationStyle, annotationFore);
}

void CodeEditor::setStepLines(int ranLine, int nextLine) {
    markerDeleteAll(kMarkerNext);
    markerDeleteAll(kMarkerRan);
    m_ranLine = ranLine;
    m_nextLine = nextLine;
    if (ranLine > 0) {
        markerAdd(ranLine - 1, kMarkerRan);
    }
    if (nextLine > 0) {
        markerAdd(nextLine - 1, kMarkerNext);
    }
    if (ranLine > 0) {
        ensureLineVisible(ranLine - 1);
    }
    if (nextLine > 0) {
        ensureLineVisible(nextLine - 1);
    }
}

void CodeEditor::showSyntaxError(int line, int column, const QString& message) {
    clearErrors();
    if (line <= 0) {
        return;
    }
    m_errorLine = line;
    const int lineIndex = std::min(line - 1, std::max(0, lines() - 1));
    const int length = int(text(lineIndex).trimmed().isEmpty() ? 0 : text(lineIndex).size());
    const int from = std::clamp(column - 1, 0, std::max(0, length - 1));
    int to = from;
    const QString lineText = text(lineIndex);
    while (to < lineText.size() && !lineText.at(to).isSpace()) {
        ++to;
    }
    if (to == from) {
        to = std::max(from + 1, int(lineText.trimmed().size()));
    }
    fillIndicatorRange(lineIndex, from, lineIndex, to, kErrorIndicator);
    annotate(lineIndex, message, kAnnotationStyle);
    ensureLineVisible(lineIndex);
}

void CodeEditor::showRuntimeError(int line, const QString& message) {
    clearErrors();
    if (line <= 0) {
        return;
    }
    m_errorLine = line;
    markerAdd(line - 1, kMarkerErrorLine);
    annotate(line - 1, message, kAnnotationStyle);
}

void CodeEditor::clearErrors() {
    m_errorLine = 0;
    clearIndicatorRange(0, 0, std::max(0, lines() - 1), std::max(0, lineLength(lines() - 1)),
                        kErrorIndicator);
    markerDeleteAll(kMarkerErrorLine);
    clearAnnotations();
}

void CodeEditor::toggleBreakpoint(int line) {
    if (line <= 0) {
        return;
    }
    if ((markersAtLine(line - 1) & (1u << kMarkerBreakpoint)) != 0) {
        markerDelete(line - 1, kMarkerBreakpoint);
    } else {
        markerAdd(line - 1, kMarkerBreakpoint);
    }
    emit breakpointsChanged();
}

QSet<int> CodeEditor::breakpoints() const {
    QSet<int> result;
    for (int i = 0; i < lines(); ++i) {
        if ((markersAtLine(i) & (1u << kMarkerBreakpoint)) != 0) {
            result.insert(i + 1);
        }
    }
    return result;
}

void CodeEditor::clearBreakpoints() {
    markerDeleteAll(kMarkerBreakpoint);
    emit breakpointsChanged();
}

bool CodeEditor::event(QEvent* event) {
    // Tab indents code, so Ctrl+Tab and Ctrl+Shift+Tab take the keyboard out of the editor, as
    // in Qt's own text editors: without them a keyboard user reaching the editor is trapped.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (ctrl && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool back = key->key() == Qt::Key_Backtab || key->modifiers() & Qt::ShiftModifier;
            QWidget::focusNextPrevChild(!back); // QScintilla's own refuses to move
            return true;
        }
    }
    // While typing, arrows, Space, Home and End belong to the editor, not to the step shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool plain = mods == Qt::NoModifier || mods == Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Space:
        case Qt::Key_Home:
        case Qt::Key_End:
            if (plain) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QsciScintilla::event(event);
}

} // namespace memstep::ui
