// Never losing a student's code: the editor's text is copied to disk shortly after every edit,
// and a copy left behind by a crash is offered back on the next start.
//
// Each window's copy is one JSON file (text, the file it belonged to, when) in
// AppDataLocation/autosave, written atomically with QSaveFile so a crash mid-write leaves the
// previous copy whole. While the window lives it holds a QLockFile next to its copy; a copy
// whose lock can be taken belongs to no running memstep (its owner crashed or was killed),
// so two windows or two instances never offer each other's live work. A clean close, or
// saving the file, removes the copy.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

class QLockFile;

namespace memstep::ui {

class Autosave : public QObject {
    Q_OBJECT

public:
    // How long after an edit the copy is written: long enough not to write on every key,
    // short enough that a crash loses a couple of seconds of typing at most.
    static constexpr int kDelayMs = 2000;

    struct Snapshot {
        QString text;
        QString filePath;      // empty for an untitled program
        bool modified = false; // false: nothing to keep, the copy is removed instead
    };

    // A copy found on disk.
    struct Recovered {
        QString text;
        QString filePath;
        QDateTime savedAt;
        QString copyPath; // the JSON file itself
    };

    // snapshot() is asked for the editor's state whenever a copy is due.
    explicit Autosave(std::function<Snapshot()> snapshot, QObject* parent = nullptr);
    // A clean end: the copy is removed (unless abandon() was called).
    ~Autosave() override;

    // The text changed: a copy is written kDelayMs from the first change not yet copied (not
    // from the last one, so that typing without pause is still saved every couple of seconds).
    void schedule();
    // Writes the copy now (or removes it when the snapshot is unmodified). False when the
    // copy could not be written.
    bool saveNow();
    // Removes this window's copy: the text was saved or deliberately thrown away.
    void discard();
    bool isPending() const { return m_timer.isActive(); }
    QString copyPath() const { return m_copyPath; }
    bool hasCopy() const;

    // What a crash leaves behind: stops copying and lets go of the lock but keeps the copy.
    // Tests call it to stand for a killed process.
    void abandon();

    // Where the copies live.
    static QString directory();
    // Copies that belong to no live window, newest first.
    static std::vector<Recovered> orphans();
    // Deletes a found copy (after it was restored or declined).
    static void remove(const Recovered& copy);

signals:
    // A copy could not be written (disk full, no permission): the window says so once.
    void failed(const QString& reason);

private:
    std::function<Snapshot()> m_snapshot;
    QTimer m_timer;
    QString m_copyPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_abandoned = false;
    bool m_reportedFailure = false;
};

} // namespace memstep::ui
