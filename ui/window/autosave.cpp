#include "autosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace memstep::ui {

namespace {

constexpr int kFormatVersion = 1;

QString lockPathFor(const QString& copyPath) {
    return copyPath.chopped(int(QStringLiteral(".json").size())) + QStringLiteral(".lock");
}

} // namespace

Autosave::Autosave(std::function<Snapshot()> snapshot, QObject* parent)
    : QObject(parent), m_snapshot(std::move(snapshot)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    m_copyPath = directory() + QStringLiteral("/copy-") + id + QStringLiteral(".json");
}

Autosave::~Autosave() {
    if (!m_abandoned) {
        discard();
    }
}

QString Autosave::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

void Autosave::schedule() {
    if (!m_abandoned && !m_timer.isActive()) {
        m_timer.start();
    }
}

bool Autosave::hasCopy() const {
    return QFileInfo::exists(m_copyPath);
}

bool Autosave::saveNow() {
    m_timer.stop();
    if (m_abandoned) {
        return false;
    }
    const Snapshot snapshot = m_snapshot();
    if (!snapshot.modified) {
        discard();
        return true;
    }
    QString reason;
    if (!QDir().mkpath(directory())) {
        reason = tr("cannot create %1").arg(directory());
    } else {
        if (!m_lock) {
            // Held for as long as this window lives, so no other memstep offers the copy.
            m_lock = std::make_unique<QLockFile>(lockPathFor(m_copyPath));
            m_lock->setStaleLockTime(0);
            m_lock->tryLock(0);
        }
        QJsonObject json;
        json.insert(QStringLiteral("version"), kFormatVersion);
        json.insert(QStringLiteral("file"), snapshot.filePath);
        json.insert(QStringLiteral("savedAt"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("text"), snapshot.text);
        QSaveFile file(m_copyPath);
        if (file.open(QIODevice::WriteOnly) &&
            file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) >= 0 && file.commit()) {
            m_reportedFailure = false;
            return true;
        }
        reason = file.errorString();
    }
    if (!m_reportedFailure) {
        m_reportedFailure = true;
        emit failed(reason);
    }
    return false;
}

void Autosave::discard() {
    m_timer.stop();
    QFile::remove(m_copyPath);
}

void Autosave::abandon() {
    m_timer.stop();
    m_abandoned = true;
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

std::vector<Autosave::Recovered> Autosave::orphans() {
    std::vector<Recovered> found;
    const QDir dir(directory());
    const QStringList names = dir.entryList({QStringLiteral("copy-*.json")}, QDir::Files);
    for (const QString& name : names) {
        const QString copyPath = dir.filePath(name);
        // A copy whose lock is held belongs to a window that is still open (here or in
        // another memstep); a lock left by a dead process is stale and taken over.
        QLockFile probe(lockPathFor(copyPath));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0)) {
            continue;
        }
        probe.unlock();
        QFile file(copyPath);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        if (json.value(QStringLiteral("version")).toInt() != kFormatVersion) {
            continue; // not ours to read, and not ours to delete either
        }
        Recovered copy;
        copy.text = json.value(QStringLiteral("text")).toString();
        copy.filePath = json.value(QStringLiteral("file")).toString();
        copy.savedAt = QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(),
                                             Qt::ISODateWithMs);
        copy.copyPath = copyPath;
        found.push_back(std::move(copy));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Recovered& a, const Recovered& b) { return a.savedAt > b.savedAt; });
    return found;
}

void Autosave::remove(const Recovered& copy) {
    QFile::remove(copy.copyPath);
}

} // namespace memstep::ui
