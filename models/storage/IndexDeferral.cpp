#include "storage/IndexDeferral.h"

#include "storage/Database.h"

namespace tc {

Result<IndexDeferral> IndexDeferral::dropIndexes(const Database &db, const QStringList &tables, const QStringList &keep)
{
    QStringList names;
    QStringList definitions;
    for (const QString &table : tables) {
        // SQLite lists only explicitly created indexes with SQL text; constraint indexes have none.
        // PostgreSQL: skip indexes that back a constraint (primary key, unique).
        auto query = db.isSQLite()
            ? db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                     "AND sql IS NOT NULL ORDER BY name"),
                      {table})
            : db.exec(QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                                     "WHERE i.schemaname = current_schema() AND i.tablename = ? "
                                     "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) "
                                     "ORDER BY i.indexname"),
                      {table});
        if (!query)
            return query.error();
        while (query->next()) {
            if (keep.contains(query->value(0).toString()))
                continue;
            names << query->value(0).toString();
            definitions << query->value(1).toString();
        }
    }
    // The names come from the catalogue, not from input.
    QStringList statements;
    if (!db.isSQLite()) {
        auto keys = db.exec(QStringLiteral("SELECT t.relname, quote_ident(c.conname), pg_get_constraintdef(c.oid) "
                                           "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                                           "WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace "
                                           "AND t.relname = ANY(string_to_array(?, ',')) ORDER BY t.relname, c.conname"),
                            {tables.join(u',')});
        if (!keys)
            return keys.error();
        while (keys->next()) {
            const QString table = keys->value(0).toString(), name = keys->value(1).toString();
            statements << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name);
            definitions << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, name, keys->value(2).toString());
        }
    }
    for (const QString &name : std::as_const(names))
        statements << QStringLiteral("DROP INDEX %1").arg(name);
    for (const QString &statement : std::as_const(statements)) {
        if (auto r = db.exec(statement); !r)
            return r.error();
    }
    return IndexDeferral(db, definitions);
}

Status IndexDeferral::restore()
{
    for (const QString &definition : std::as_const(m_definitions)) {
        if (auto r = m_db->exec(definition); !r)
            return r.error();
    }
    m_definitions.clear();
    return {};
}

} // namespace tc
