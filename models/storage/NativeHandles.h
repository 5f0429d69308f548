// NativeHandles: the C handle under the connection Qt opened, for what only the C APIs offer
// (SQLite's binding and online backup, libpq's COPY and password encryption). Null when the
// connection is of the other kind or closed.
#pragma once

struct sqlite3;
struct pg_conn;

namespace tc {

class Database;

sqlite3 *sqliteHandle(const Database &db);
pg_conn *postgresHandle(const Database &db);

} // namespace tc
