#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QScopeGuard>

#include <algorithm>

namespace tc {

namespace {

// Any fixed number will do: it names the lock PostgreSQL sessions queue on while migrating.
constexpr qint64 kMigrationLockKey = 0x54436b7069740001; // "TCkpit" + 1

} // namespace

Migrator::Migrator(const Database &db, QList<Migration> migrations) : m_db(db), m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestBuiltinVersion()
{
    const auto all = builtinMigrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> Migrator::currentVersion() const
{
    auto exists = m_db.tableExists(QStringLiteral("schema_migrations"));
    if (!exists)
        return exists.error();
    if (!*exists)
        return 0;
    auto version = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status Migrator::refuseNewer(int current) const
{
    if (current > latestVersion()) {
        return Error::refused(
            tr("This database was written by a newer version of Tenant Cockpit (schema version %1; this "
               "program knows up to %2). Update Tenant Cockpit before using this database.")
                .arg(current)
                .arg(latestVersion()));
    }
    return {};
}

Status Migrator::checkCurrent() const
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (auto s = refuseNewer(*current); !s)
        return s;
    if (*current < latestVersion()) {
        return Error::refused(tr("The database has schema version %1, this program needs %2: run "
                                 "\"cockpitctl migrate\" or open it once in Tenant Cockpit.")
                                  .arg(*current)
                                  .arg(latestVersion()));
    }
    return {};
}

Result<int> Migrator::migrate() const
{
    // Look before locking: a database of a newer program is refused before we write anything.
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (auto s = refuseNewer(*current); !s)
        return s.error();

    int applied = 0;
    for (const Migration &migration : m_migrations) {
        if (migration.version <= *current)
            continue;
        bool didApply = false;
        if (auto s = applyStep(migration, &didApply); !s)
            return s.error();
        applied += didApply ? 1 : 0;
    }
    return applied;
}

Status Migrator::applyStep(const Migration &migration, bool *applied) const
{
    // SQLite ignores this pragma inside a transaction: it is set before the step begins.
    const bool foreignKeysOff = migration.rebuildsReferencedTables && m_db.isSQLite();
    if (foreignKeysOff) {
        if (auto r = m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
            return r.error();
    }
    const auto enforceAgain = qScopeGuard([&] {
        if (foreignKeysOff)
            (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    auto tx = Transaction::begin(m_db, Transaction::Mode::Write);
    if (!tx)
        return tx.error();
    if (!m_db.isSQLite()) {
        // SQLite's BEGIN IMMEDIATE already holds the write lock; PostgreSQL needs an explicit one.
        if (auto r = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLockKey}); !r)
            return r.error();
    }
    if (auto r = m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                          " version INTEGER PRIMARY KEY,"
                                          " name TEXT NOT NULL,"
                                          " applied_at TIMESTAMPTZ NOT NULL)"));
        !r) {
        return r.error();
    }
    // Another process may have applied this step while we waited for the lock.
    auto version = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version)
        return version.error();
    if (auto s = refuseNewer(version->toInt()); !s)
        return s;
    if (version->toInt() >= migration.version) {
        *applied = false;
        return tx->commit();
    }

    for (const QString &statement : migration.statements) {
        if (auto r = m_db.exec(translate(statement)); !r) {
            return Error::storage(tr("Migration %1 (%2) failed: %3")
                                      .arg(migration.version)
                                      .arg(migration.name, r.error().message));
        }
    }
    if (migration.code) {
        if (auto s = migration.code(m_db); !s) {
            return Error::storage(tr("Migration %1 (%2) failed: %3")
                                      .arg(migration.version)
                                      .arg(migration.name, s.error().message));
        }
    }
    if (foreignKeysOff) {
        auto broken = m_db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!broken)
            return broken.error();
        if (broken->next()) {
            return Error::storage(tr("Migration %1 (%2) failed: a row of %3 refers to a missing row of %4.")
                                      .arg(migration.version)
                                      .arg(migration.name, broken->value(0).toString(), broken->value(2).toString()));
        }
    }
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                           {migration.version, migration.name, QDateTime::currentDateTimeUtc()});
        !r) {
        return r.error();
    }
    *applied = true;
    return tx->commit();
}

QString Migrator::translate(const QString &statement) const
{
    QString sql = statement;
    sql.replace(QStringLiteral("@PK@"), m_db.isSQLite()
                                            ? QStringLiteral("INTEGER PRIMARY KEY")
                                            : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    // Byte order for sort keys and references, whatever collation the server was set up with.
    sql.replace(QStringLiteral("@BINARY@"), m_db.isSQLite() ? QStringLiteral("COLLATE BINARY") : QStringLiteral("COLLATE \"C\""));
    return sql;
}

} // namespace tc
