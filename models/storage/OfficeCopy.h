// OfficeCopy: moves an office from its local file to a PostgreSQL server, the day it outgrows one
// PC. The target must be an empty database (or one that holds this version's schema and no rows);
// it gets the schema through the migrations, then every table's rows in one transaction, parents
// before children, read from one consistent state of the file. Before that transaction commits,
// every table is read back from the server and compared with the file: the same number of rows and
// the same checksum (SHA-256 over the rows in key order, each value in one form for both databases:
// instants in UTC, booleans as true/false). Anything that differs rolls the whole copy back; the
// file is never changed.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tc {

class Database;

struct TableCopy
{
    QString table;
    qint64 rows = 0;
    QString checksum; // hex SHA-256, the same on both sides
};

struct OfficeCopyReport
{
    QList<TableCopy> tables;
    qint64 rows = 0;
    int schemaVersion = 0;
    QStringList agentsWithoutServerPassword; // logins that need "agents set-password" on the server
};

class OfficeCopy
{
    Q_DECLARE_TR_FUNCTIONS(OfficeCopy)

public:
    // `source`: the office's local file at the current schema version; `target`: a PostgreSQL database
    // brought to the same version by the caller (Office::open with SchemaPolicy::Migrate).
    OfficeCopy(const Database &source, const Database &target) : m_source(source), m_target(target) {}

    Result<OfficeCopyReport> run() const;

    // The row count and checksum of one table in `db` (exposed for tests).
    static Result<TableCopy> summarize(const Database &db, const QString &table, const QStringList &columns,
                                       const QStringList &timeColumns, const QStringList &boolColumns);

private:
    const Database &m_source;
    const Database &m_target;
};

} // namespace tc
