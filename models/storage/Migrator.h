// Migrator: brings a database's schema to this program's version, one numbered migration at a time.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace tc {

class Database;

// One forward-only step. Statements may use @PK@ for an auto-numbered 64-bit primary key and
// @BINARY@ for byte-order comparison of a text column; the rest is SQL that SQLite and
// PostgreSQL both understand. A step SQL cannot say runs code after its statements, inside the
// step's transaction. A step that makes a table referred to by others again (SQLite's way of
// changing a constraint: create, copy, drop, rename) runs with SQLite's foreign key enforcement off,
// and is committed only when PRAGMA foreign_key_check finds every reference intact.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
    std::function<Status(const Database &)> code = {};
    bool rebuildsReferencedTables = false;
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(const Database &db, QList<Migration> migrations = builtinMigrations());

    static QList<Migration> builtinMigrations();
    static int latestBuiltinVersion();

    int latestVersion() const;
    // The version recorded in the database; 0 for an empty one.
    Result<int> currentVersion() const;
    // Refuses a database written by a newer program, and one that is not yet migrated.
    Status checkCurrent() const;
    // Applies every pending migration, each in its own transaction; returns how many it applied.
    // Safe when several processes do it at once: each step is taken under a lock and re-checked.
    Result<int> migrate() const;

private:
    Status refuseNewer(int current) const;
    Status applyStep(const Migration &migration, bool *applied) const;
    QString translate(const QString &statement) const;

    const Database &m_db;
    QList<Migration> m_migrations;
};

} // namespace tc
