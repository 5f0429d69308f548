// IndexDeferral: drops the secondary indexes of some tables for a bulk load into them and builds
// them again afterwards. Building an index once over sorted data is several times faster than
// keeping it up to date row by row. On PostgreSQL the tables' foreign keys go too and come back
// validated in one join each, instead of one lookup (and row lock) per row and reference. Runs
// inside the caller's transaction; on PostgreSQL the drops lock the tables until it ends.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace tc {

class Database;

class IndexDeferral
{
    Q_DECLARE_TR_FUNCTIONS(IndexDeferral)

public:
    // Drops every index of `tables` that is not a primary key or a UNIQUE constraint, nor named in `keep`;
    // on PostgreSQL also every foreign key of `tables`.
    static Result<IndexDeferral> dropIndexes(const Database &db, const QStringList &tables, const QStringList &keep = {});
    // Creates the dropped indexes again, exactly as they were defined, then the foreign keys, which
    // fails if a row refers to nothing.
    Status restore();

private:
    IndexDeferral(const Database &db, QStringList definitions) : m_db(&db), m_definitions(std::move(definitions)) {}

    const Database *m_db;
    QStringList m_definitions;
};

} // namespace tc
