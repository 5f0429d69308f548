// LocalBackup: copies of a local office file, made with SQLite's online backup while the file is in use
// (the desktop program open, an import running), and the way back from such a copy. A PostgreSQL
// office is saved with pg_dump and pg_restore instead (README).
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tc {

class Database;

struct LocalCopy
{
    QString path;
    qint64 bytes = 0;
    int schemaVersion = 0;
};

class LocalBackup
{
    Q_DECLARE_TR_FUNCTIONS(LocalBackup)

public:
    explicit LocalBackup(const Database &db) : m_db(db) {}

    // Copies the office file into `target`, which must not exist yet: one consistent state of the file
    // (writers go on meanwhile, as in WAL mode readers never block them), written to a ".partial" file
    // that is checked (PRAGMA quick_check) and only then renamed to `target`.
    Result<LocalCopy> save(const QString &target) const;

    // Replaces the office's data with the copy in `source`, after checking that it is an intact office
    // file this program can open (not a newer schema, not another program's database). The data as it
    // was is first saved next to the office file ("….before-restore-<time>"), whose path `saved`
    // receives. The copy goes in under the write lock, in one step: other programs on the file see the
    // old data or the restored data, never a mixture. The restored schema may be older: the next
    // open migrates it.
    Result<LocalCopy> restore(const QString &source, QString *saved = nullptr) const;

    // Why a PostgreSQL office has no backup() here, and what it has instead.
    static QString notLocalMessage();

    // What `source` holds, checked as restore() checks it, without changing anything.
    static Result<LocalCopy> inspect(const QString &source);

private:
    const Database &m_db;
};

} // namespace tc
