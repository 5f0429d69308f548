// DropFolder: the folder where an ERP (or a clerk) leaves exports for unattended import. Finds the
// jobs that are complete, imports each once, and moves it to done/, failed/ or awaiting/ (a job that
// asks for confirmation) with its report beside it. Watching for changes is the caller's business
// (cockpitctl import --watch, later the GUI); this class only looks when asked.
#pragma once

#include "domain/Result.h"
#include "services/ImportService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace tc {

struct DropFolderOutcome
{
    QString entry;       // the name in the drop folder
    QString movedTo;     // where it is now (done/..., failed/..., awaiting/...); empty when it stayed
    QString reportPath;  // the report written beside it; empty when it stayed
    std::optional<ImportReport> report; // empty when the import failed before a report existed
    QString error;       // why it failed or stayed, when it did
    // The job was not imported and stays where it is, to be tried again: the database failed or the
    // import was cancelled. Nothing of it was applied.
    bool deferred = false;
    bool cancelled = false; // deferred because `progress` asked to stop
    // Imported and refused (moved to failed/), or imported but stuck in the drop folder.
    bool failed() const
    {
        return !deferred && (movedTo.isEmpty() || !report || report->status == ImportReport::Status::Rejected);
    }
};

class DropFolder
{
    Q_DECLARE_TR_FUNCTIONS(DropFolder)

public:
    // A file must stay unchanged this long before it counts as written completely (a CSV or a .zip
    // has no end marker; a folder job is complete once its manifest.json exists).
    static constexpr qint64 kSettleMs = 2000;
    // An empty file is usually one an exporter has just created: it only counts as a (broken) job
    // when it has stayed empty this long.
    static constexpr qint64 kEmptySettleMs = 60000;

    DropFolder(QString path, const ImportService &service) : m_path(std::move(path)), m_service(service) {}

    // Creates done/, failed/ and awaiting/ when needed; refuses a path that is not a writable folder.
    Status prepare() const;
    // The entries that are complete now, in name order. `now` decides whether a file has settled.
    // A job is a file ending in .csv, .tsv, .txt or .zip, or a folder holding a manifest.json;
    // anything else (hidden files, files still being written elsewhere, our own output) is left alone.
    QStringList completeJobs(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Imports one entry and moves it away with its report. `progress` may cancel the import: the
    // job then stays where it is (deferred), as it does when the database fails.
    DropFolderOutcome process(const QString &entry, const ImportProgress &progress = {});
    // completeJobs() and process() for each, while holding the folder's lock file, so that two
    // watchers of one folder (the desktop program and cockpitctl) never import a job twice. When
    // another program holds the lock, nothing is done and busy() says so. A cancel ends the round.
    QList<DropFolderOutcome> processAll(const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                        const ImportProgress &progress = {});

    QString path() const { return m_path; }
    // Files found by the last completeJobs() that are still being written (not yet settled).
    int settling() const { return m_settling; }
    // The last processAll() found the folder locked by another watcher.
    bool busy() const { return m_busy; }

private:
    QString m_path;
    const ImportService &m_service;
    // Size and modification time of each file when last seen, to tell a finished file from one still
    // being written.
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        QDateTime since;
    };
    QHash<QString, Seen> m_seen;
    // Imported, but could not be moved out: never imported again by this watcher.
    QSet<QString> m_unmovable;
    int m_settling = 0;
    bool m_busy = false;
};

} // namespace tc
