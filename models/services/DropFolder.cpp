#include "services/DropFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

namespace tc {

namespace {

const QStringList &outputFolders()
{
    static const QStringList names{QStringLiteral("done"), QStringLiteral("failed"), QStringLiteral("awaiting")};
    return names;
}

// Held while a watcher imports from the folder; a dot-file, so no watcher takes it for a job.
const QString &lockFileName()
{
    static const QString name = QStringLiteral(".tenant-cockpit-import.lock");
    return name;
}

// Files other programs leave while they write, and our own output.
bool isIgnored(const QString &name)
{
    return name.startsWith(u'.') || name.startsWith(u'~') || name.endsWith(QStringLiteral(".tmp"))
        || name.endsWith(QStringLiteral(".part")) || name.endsWith(QStringLiteral(".crdownload"))
        || name.endsWith(QStringLiteral(".report.json")) || outputFolders().contains(name);
}

// A tenant list (CSV, or the TAB-separated text some ERPs write) or a zipped data-exchange job. A
// loose manifest.json, a profile or a spreadsheet is not a job: the watcher leaves it alone.
bool isJobFile(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" || suffix == u"zip";
}

// A name in an output folder that no earlier run took: the time of the move, then the original name.
QString freeName(const QDir &dir, const QString &entry)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stamp + u'-' + entry;
    for (int n = 2; dir.exists(name) || dir.exists(name + QStringLiteral(".report.json")); ++n)
        name = stamp + u'-' + QString::number(n) + u'-' + entry;
    return name;
}

} // namespace

Status DropFolder::prepare() const
{
    const QFileInfo info(m_path);
    if (m_path.trimmed().isEmpty())
        return Error::refused(tr("No drop folder is set (company setting import.drop_folder)."));
    if (!info.isDir())
        return Error::refused(tr("The drop folder %1 does not exist or is not a folder.").arg(QDir::toNativeSeparators(m_path)));
    if (!info.isWritable())
        return Error::refused(tr("The drop folder %1 is not writable, so imported jobs could not be moved out of it.")
                                  .arg(QDir::toNativeSeparators(m_path)));
    QDir dir(m_path);
    for (const QString &name : outputFolders()) {
        if (!dir.exists(name) && !dir.mkdir(name))
            return Error::refused(tr("Cannot create %1 in the drop folder.").arg(name));
    }
    return {};
}

QStringList DropFolder::completeJobs(const QDateTime &now)
{
    QDir dir(m_path);
    QStringList complete;
    QHash<QString, Seen> seenNow;
    m_settling = 0;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString name = info.fileName();
        if (isIgnored(name))
            continue;
        if (info.isDir()) {
            // The exporter writes manifest.json last: its presence means the job is complete.
            if (QFileInfo::exists(QDir(info.filePath()).filePath(QStringLiteral("manifest.json"))))
                complete << name;
            continue;
        }
        if (!isJobFile(name))
            continue;
        const QDateTime modified = info.lastModified().toUTC();
        Seen seen = m_seen.value(name);
        if (seen.size != info.size() || seen.modified != modified) {
            // Unchanged since its modification time as far as we know: a file that was finished
            // long ago counts as settled at first sight.
            seen = {info.size(), modified, std::min(now, modified)};
        }
        seenNow.insert(name, seen);
        if (seen.since.msecsTo(now) >= (info.size() > 0 ? kSettleMs : kEmptySettleMs))
            complete << name;
        else
            ++m_settling;
    }
    m_seen = seenNow;
    return complete;
}

DropFolderOutcome DropFolder::process(const QString &entry, const ImportProgress &progress)
{
    DropFolderOutcome outcome;
    outcome.entry = entry;
    QDir dir(m_path);
    const QString source = dir.filePath(entry);
    m_seen.remove(entry);

    bool cancelled = false;
    const ImportProgress watched = [&](int permille) {
        cancelled = progress && !progress(permille);
        return !cancelled;
    };
    auto report = m_service.run(source, ImportOptions(), watched);
    // A cancelled run and a database that failed applied nothing and say nothing about the job: it
    // stays where it is and is tried again. Only an answer about the job itself moves it out.
    if (!report && (cancelled || report.error().kind != Error::Kind::Refused)) {
        outcome.deferred = true;
        outcome.cancelled = cancelled;
        outcome.error =
            cancelled ? tr("The import was stopped; the job stays in the drop folder.") : report.error().message;
        return outcome;
    }
    QString folder;
    QByteArray reportJson;
    if (report) {
        outcome.report = *report;
        folder = report->status == ImportReport::Status::Applied                ? QStringLiteral("done")
                 : report->status == ImportReport::Status::AwaitingConfirmation ? QStringLiteral("awaiting")
                                                                                : QStringLiteral("failed");
        reportJson = QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    } else {
        folder = QStringLiteral("failed");
        outcome.error = report.error().message;
        reportJson = QJsonDocument(QJsonObject{{QStringLiteral("source"), entry},
                                               {QStringLiteral("status"), QStringLiteral("failed")},
                                               {QStringLiteral("error"), outcome.error}})
                         .toJson(QJsonDocument::Indented);
    }
    if (!dir.exists(folder))
        dir.mkpath(folder);
    const QDir target(dir.filePath(folder));
    const QString destination = target.filePath(freeName(target, entry));
    // The job first, then its report: a report in done/ always has its job beside it.
    if (!QDir().rename(source, destination)) {
        outcome.error = tr("The job was imported but could not be moved to %1/; it is not imported again until "
                           "the watcher restarts.").arg(folder);
        return outcome;
    }
    outcome.movedTo = destination;
    outcome.reportPath = destination + QStringLiteral(".report.json");
    QSaveFile file(outcome.reportPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportJson) != reportJson.size() || !file.commit()) {
        outcome.error = tr("The report could not be written to %1: %2").arg(outcome.reportPath, file.errorString());
        outcome.reportPath.clear();
    }
    return outcome;
}

QList<DropFolderOutcome> DropFolder::processAll(const QDateTime &now, const ImportProgress &progress)
{
    QList<DropFolderOutcome> outcomes;
    // Only the age-independent test for a stale lock: an import may take minutes, but a lock left by a
    // process that died (on this machine) is taken over at once. A lock file that cannot be written at
    // all does not stop the import: prepare() already found the folder writable.
    QLockFile lock(QDir(m_path).filePath(lockFileName()));
    lock.setStaleLockTime(0);
    m_busy = !lock.tryLock(0) && lock.error() == QLockFile::LockFailedError;
    if (m_busy)
        return outcomes;
    const QDir dir(m_path);
    for (const QString &entry : completeJobs(now)) {
        if (m_unmovable.contains(entry))
            continue;
        if (!QFileInfo::exists(dir.filePath(entry)))
            continue; // taken away since the listing
        DropFolderOutcome outcome = process(entry, progress);
        if (!outcome.deferred && outcome.movedTo.isEmpty())
            m_unmovable.insert(entry);
        const bool stop = outcome.cancelled;
        outcomes << std::move(outcome);
        // A cancel ends the round; the remaining jobs wait for the next one. A database error does not:
        // it may concern this job only, and one job must not hold up the others.
        if (stop)
            break;
    }
    return outcomes;
}

} // namespace tc
