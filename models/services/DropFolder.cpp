#include "services/DropFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace tc {

namespace {

const QStringList &outputFolders()
{
    static const QStringList names{QStringLiteral("done"), QStringLiteral("failed"), QStringLiteral("awaiting")};
    return names;
}

// Files other programs leave while they write, and our own output.
bool isIgnored(const QString &name)
{
    return name.startsWith(u'.') || name.startsWith(u'~') || name.endsWith(QStringLiteral(".tmp"))
        || name.endsWith(QStringLiteral(".part")) || name.endsWith(QStringLiteral(".crdownload"))
        || name.endsWith(QStringLiteral(".report.json")) || outputFolders().contains(name);
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
        const QDateTime modified = info.lastModified().toUTC();
        Seen seen = m_seen.value(name);
        if (seen.size != info.size() || seen.modified != modified) {
            // Unchanged since its modification time as far as we know: a file that was finished
            // long ago counts as settled at first sight.
            seen = {info.size(), modified, std::min(now, modified)};
        }
        seenNow.insert(name, seen);
        if (seen.since.msecsTo(now) >= kSettleMs && info.size() > 0)
            complete << name;
        else
            ++m_settling;
    }
    m_seen = seenNow;
    return complete;
}

DropFolderOutcome DropFolder::process(const QString &entry)
{
    DropFolderOutcome outcome;
    outcome.entry = entry;
    QDir dir(m_path);
    const QString source = dir.filePath(entry);
    ImportOptions options;
    auto report = m_service.run(source, options);
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
    QDir target(dir.filePath(folder));
    if (!target.exists())
        dir.mkpath(folder);
    const QString name = freeName(target, entry);
    outcome.movedTo = target.filePath(name);
    outcome.reportPath = outcome.movedTo + QStringLiteral(".report.json");
    QSaveFile file(outcome.reportPath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(reportJson);
        file.commit();
    }
    if (!QFile::rename(source, outcome.movedTo) && !QDir().rename(source, outcome.movedTo)) {
        // It stays where it is; remember it so it is not imported again and again.
        outcome.error = tr("The job was imported but could not be moved to %1/.").arg(folder);
        outcome.movedTo.clear();
    }
    m_seen.remove(entry);
    return outcome;
}

QList<DropFolderOutcome> DropFolder::processAll(const QDateTime &now)
{
    QList<DropFolderOutcome> outcomes;
    for (const QString &entry : completeJobs(now)) {
        if (m_unmovable.contains(entry))
            continue;
        DropFolderOutcome outcome = process(entry);
        if (outcome.movedTo.isEmpty())
            m_unmovable.insert(entry);
        outcomes << outcome;
    }
    return outcomes;
}

} // namespace tc
