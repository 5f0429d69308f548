// DropFolder: the folder where an ERP (or a clerk) leaves exports for unattended import. Finds the
// jobs that are complete, imports each once, and moves it to done/, failed/ or awaiting/ (a job that
// asks for confirmation) with its report beside it. Watching for changes is the caller's business
// (app/DropFolderWatcher); this class only looks when asked.
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
    QString movedTo;     // where it is now (done/..., failed/..., awaiting/...)
    QString reportPath;  // the report written beside it
    std::optional<ImportReport> report; // empty when the import failed before a report existed
    QString error;       // why it failed, when it did
};

class DropFolder
{
    Q_DECLARE_TR_FUNCTIONS(DropFolder)

public:
    // A file must stay unchanged this long before it counts as written completely (a CSV or a .zip
    // has no end marker; a folder job is complete once its manifest.json exists).
    static constexpr qint64 kSettleMs = 2000;

    DropFolder(QString path, const ImportService &service) : m_path(std::move(path)), m_service(service) {}

    // Creates done/, failed/ and awaiting/ when needed; refuses a path that is not a writable folder.
    Status prepare() const;
    // The entries that are complete now, in name order. `now` decides whether a file has settled.
    QStringList completeJobs(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Imports one entry and moves it away with its report.
    DropFolderOutcome process(const QString &entry);
    // completeJobs() and process() for each.
    QList<DropFolderOutcome> processAll(const QDateTime &now = QDateTime::currentDateTimeUtc());

    QString path() const { return m_path; }
    // Files found by the last completeJobs() that are still being written (not yet settled).
    int settling() const { return m_settling; }

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
    QSet<QString> m_unmovable;
    int m_settling = 0; // imported, but could not be moved out: never imported twice
};

} // namespace tc
