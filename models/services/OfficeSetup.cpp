#include "services/OfficeSetup.h"

#include "domain/Settings.h"
#include "services/CompanySettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace tc {

Status OfficeSetup::initializeCompany(const Actor &actor, const QString &companyName) const
{
    if (!actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator or a manager may set up the company."));
    {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        auto r = m_db.exec(QStringLiteral("INSERT INTO company (id, created_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING "
                                          "RETURNING id"),
                           {QDateTime::currentDateTimeUtc()});
        if (!r)
            return r.error();
        const bool created = r->next(); // a new office, not one that was there already
        r->finish();                    // SQLite cannot commit while a statement is still open
        if (created) {
            if (auto s = writeAudit(m_db, actor, QStringLiteral("company.created"), QStringLiteral("company"), 1, {}, {});
                !s) {
                return s;
            }
        }
        if (auto s = tx->commit(); !s)
            return s;
    }
    if (!companyName.isNull()) {
        if (auto r = CompanySettings(m_db).set(actor, settings::companyName, companyName); !r)
            return r.error();
    }
    return {};
}

Result<qint64> OfficeSetup::count(const QString &table) const
{
    if (!schema::tables().contains(table))
        return Error::internal(tr("Unknown table %1.").arg(table));
    // The name comes from our own fixed list above, never from input.
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<bool> OfficeSetup::isEmpty() const
{
    for (const QString &table : {QStringLiteral("properties"), QStringLiteral("persons")}) {
        auto rows = count(table);
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return false;
    }
    return true;
}

Result<DatabaseStatus> OfficeSetup::status() const
{
    DatabaseStatus status;
    status.url = m_db.url().toDisplayString();
    status.dialect = m_db.isSQLite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const Migrator migrator(m_db);
    status.latestSchemaVersion = migrator.latestVersion();
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    status.schemaVersion = *version;
    if (*version == 0)
        return status;
    auto existing = m_db.tableNames();
    if (!existing)
        return existing.error();
    for (const QString &table : schema::tables()) {
        if (!existing->contains(table))
            continue; // an older schema may not have every table yet
        auto n = count(table);
        if (!n)
            return n.error();
        status.counts.append({table, *n});
    }
    return status;
}

} // namespace tc
