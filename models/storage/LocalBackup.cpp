#include "storage/LocalBackup.h"

#include "storage/Database.h"
#include "storage/NativeHandles.h"
#include "storage/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

namespace tc {

namespace {

// How long a copy waits for another program's write to finish before it gives up.
constexpr int kBusyWaitMs = 30000;
constexpr int kBusyStepMs = 50;

// A connection of our own to a file, closed when it goes.
struct File
{
    sqlite3 *handle = nullptr;
    ~File()
    {
        if (handle)
            sqlite3_close(handle);
    }
};

QString errorOf(sqlite3 *handle, int code)
{
    return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
}

// Every page of `from` into `to`, in one step: one consistent state of the source. A write lock held
// by another program is waited for.
Status copyPages(sqlite3 *from, sqlite3 *to)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Error::storage(LocalBackup::tr("The copy could not start: %1").arg(errorOf(to, SQLITE_ERROR)));
    int rc = SQLITE_OK;
    for (int waited = 0;; waited += kBusyStepMs) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waited >= kBusyWaitMs)
            break;
        sqlite3_sleep(kBusyStepMs);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        return Error::refused(LocalBackup::tr("The office file stayed locked by another program for %1 s: try again when "
                                              "its import or save is done.")
                                  .arg(kBusyWaitMs / 1000));
    }
    if (rc != SQLITE_DONE)
        return Error::storage(LocalBackup::tr("The copy failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    if (finished != SQLITE_OK)
        return Error::storage(LocalBackup::tr("The copy failed: %1").arg(errorOf(to, finished)));
    return {};
}

Result<QString> firstText(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK)
        return Error::refused(errorOf(handle, rc));
    rc = sqlite3_step(statement);
    QString text;
    if (rc == SQLITE_ROW)
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error::refused(errorOf(handle, rc));
    return text;
}

} // namespace

QString LocalBackup::notLocalMessage()
{
    return tr("Backup and restore copy a local office file. A PostgreSQL office is saved with pg_dump and brought "
              "back with pg_restore (see the README); \"cockpitctl status\" then checks the restored schema.");
}

Result<LocalCopy> LocalBackup::inspect(const QString &source)
{
    const QFileInfo info(source);
    if (!info.isFile())
        return Error::refused(tr("There is no file %1.").arg(QDir::toNativeSeparators(source)));
    File file;
    const QByteArray path = QFile::encodeName(info.absoluteFilePath());
    if (int rc = sqlite3_open_v2(path.constData(), &file.handle, SQLITE_OPEN_READONLY, nullptr); rc != SQLITE_OK)
        return Error::refused(tr("%1 cannot be opened: %2").arg(source, errorOf(file.handle, rc)));
    const QString notOffice = tr("%1 is not a Tenant Cockpit office file.").arg(source);
    auto check = firstText(file.handle, "PRAGMA quick_check");
    if (!check)
        return Error::refused(notOffice + u' ' + check.error().message);
    if (*check != u"ok")
        return Error::refused(tr("%1 is damaged: %2").arg(source, *check));
    auto version = firstText(file.handle, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    auto persons = firstText(file.handle, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                          "AND name IN ('company', 'persons', 'tenancies', 'tickets')");
    if (!version || !persons || persons->toInt() != 4 || version->toInt() < 1)
        return Error::refused(notOffice);
    const int latest = Migrator::latestBuiltinVersion();
    if (version->toInt() > latest) {
        return Error::refused(tr("%1 was written by a newer Tenant Cockpit (schema %2, this program %3): restore it "
                                 "with that version.")
                                  .arg(source)
                                  .arg(version->toInt())
                                  .arg(latest));
    }
    return LocalCopy{info.absoluteFilePath(), info.size(), version->toInt()};
}

Result<LocalCopy> LocalBackup::save(const QString &target) const
{
    if (!m_db.isSQLite())
        return Error::refused(notLocalMessage());
    const QFileInfo info(target);
    if (info.exists())
        return Error::refused(tr("%1 exists already: a backup never overwrites a file, give a new name.").arg(target));
    if (!info.absoluteDir().exists())
        return Error::refused(tr("There is no folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    sqlite3 *office = sqliteHandle(m_db);
    if (!office)
        return Error::internal(tr("The office file's connection is not SQLite's."));

    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        File copy;
        const QByteArray path = QFile::encodeName(partial);
        if (int rc = sqlite3_open_v2(path.constData(), &copy.handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
            rc != SQLITE_OK) {
            QFile::remove(partial);
            return Error::refused(tr("%1 cannot be written: %2").arg(target, errorOf(copy.handle, rc)));
        }
        Status copied = copyPages(office, copy.handle);
        // One self-contained file: no write-ahead log next to it.
        if (copied)
            (void)firstText(copy.handle, "PRAGMA journal_mode = DELETE");
        if (!copied) {
            sqlite3_close(copy.handle);
            copy.handle = nullptr;
            QFile::remove(partial);
            return copied.error();
        }
    }
    auto checked = inspect(partial);
    if (!checked) {
        QFile::remove(partial);
        return Error::storage(tr("The copy did not check out: %1").arg(checked.error().message));
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return Error::refused(tr("%1 could not be created (did another program make it meanwhile?).").arg(target));
    }
    return LocalCopy{info.absoluteFilePath(), QFileInfo(info.absoluteFilePath()).size(), checked->schemaVersion};
}

Result<LocalCopy> LocalBackup::restore(const QString &source, QString *saved) const
{
    if (!m_db.isSQLite())
        return Error::refused(notLocalMessage());
    auto copy = inspect(source);
    if (!copy)
        return copy.error();
    const QString officePath = QFileInfo(m_db.url().sqlitePath()).absoluteFilePath();
    if (QFileInfo(copy->path).canonicalFilePath() == QFileInfo(officePath).canonicalFilePath())
        return Error::refused(tr("%1 is the office file itself.").arg(source));
    sqlite3 *office = sqliteHandle(m_db);
    if (!office)
        return Error::internal(tr("The office file's connection is not SQLite's."));

    // What is there now stays, next to the office file.
    const QString before = officePath + QStringLiteral(".before-restore-")
                           + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto kept = save(before);
    if (!kept)
        return Error::refused(tr("The office's data as it is could not be kept first, so nothing was restored: %1")
                                  .arg(kept.error().message));
    File file;
    const QByteArray path = QFile::encodeName(copy->path);
    if (int rc = sqlite3_open_v2(path.constData(), &file.handle, SQLITE_OPEN_READONLY, nullptr); rc != SQLITE_OK)
        return Error::refused(tr("%1 cannot be opened: %2").arg(source, errorOf(file.handle, rc)));
    if (auto s = copyPages(file.handle, office); !s)
        return s.error();
    if (saved)
        *saved = kept->path;
    return *copy;
}

} // namespace tc
