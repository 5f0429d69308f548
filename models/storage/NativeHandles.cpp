#include "storage/NativeHandles.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace tc {

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

pg_conn *postgresHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    // PGconn is a typedef of struct pg_conn; Qt names the type by the struct.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace tc
