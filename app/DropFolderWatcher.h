// DropFolderWatcher: while the desktop program runs, imports each complete job that appears in the
// company's drop folder (setting import.drop_folder), on a thread of its own with a connection of
// its own, and says what it did. The setting is read again at every look, so a folder set, changed
// or cleared (here or by anyone else) applies within one interval. The checking and moving is
// DropFolder's (models/services).
#pragma once

#include "domain/Actor.h"
#include "domain/DatabaseUrl.h"

#include <QObject>
#include <QThread>

namespace tc {

class DropFolderWatcher : public QObject
{
    Q_OBJECT

public:
    DropFolderWatcher(DatabaseUrl url, Actor actor, QObject *parent = nullptr);
    ~DropFolderWatcher() override;

    // Starts looking every `intervalMs` (a drop folder is often a network share, where change
    // notifications are unreliable; a poll every few seconds costs nothing).
    void start(int intervalMs = 3000);
    void stop();

Q_SIGNALS:
    // status: applied, rejected, awaiting_confirmation or failed.
    void processed(const QString &entry, const QString &status, const QString &movedTo);
    // The folder cannot be used (said once per folder; the watcher tries again at every look), or
    // the database cannot be opened (the watcher stops).
    void unavailable(const QString &message);

private:
    DatabaseUrl m_url;
    Actor m_actor;
    QThread m_thread;
};

} // namespace tc
