// A file's bytes as text the editor can hold, and what was wrong with them.
//
// python3 reads a program as UTF-8 (after dropping a byte order mark) and refuses anything
// else; the editor holds text, and QScintilla cannot hold a NUL character at all. Loading
// must neither fail silently nor pretend: the text shows undecodable bytes and NULs as
// U+FFFD, and `problem` says so, quoting CPython's own SyntaxError.
#pragma once

#include <QByteArray>
#include <QString>

namespace memstep::ui {

struct EditorSource {
    QString text;
    QString problem; // empty when the file was clean UTF-8
};

EditorSource decodeForEditor(const QByteArray& bytes, const QString& fileName);

} // namespace memstep::ui
