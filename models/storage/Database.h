// Database: one open connection to the office database (SQLite file or PostgreSQL server), set up
// the way the rest of the product relies on (WAL, foreign keys, busy timeout, UTC).
#pragma once

#include "domain/DatabaseUrl.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <optional>

namespace tc {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Dialect { SQLite, PostgreSQL };

    // Opens a new connection of its own; `purpose` only makes the Qt connection name readable.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const QString &purpose = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_dialect; }
    bool isSQLite() const { return m_dialect == Dialect::SQLite; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const;

    // PostgreSQL: true when the connection to the server broke (the server restarted, the network
    // went away) and only reconnect() helps. Never on SQLite.
    bool isBroken() const;
    // Opens the broken connection again, with the session settings of open(). Listening for
    // notifications has to be asked for again afterwards.
    Status reconnect() const;

    // Runs one statement with positional bindings. Forward-only: rows are read once, in order.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    // The same for a statement run again and again (the search's): prepared once per connection and
    // kept, so a server plans it once instead of at every run and is spared two round trips (Qt
    // prepares and frees each statement of exec() in trips of their own). The query stays valid until
    // the next call; read it to the end or finish() it before then (an unfinished SQLite statement
    // keeps its read transaction open).
    Result<QSqlQuery *> execKept(const QString &sql, const QVariantList &bindings) const;
    // Runs a statement and returns the first column of its first row (null when there is none).
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {}) const;
    // The tables of the database (current schema on PostgreSQL), by name.
    Result<QStringList> tableNames() const;
    Result<bool> tableExists(const QString &table) const;

private:
    Database(DatabaseUrl url, Dialect dialect, QString connectionName);
    Status setUpSession() const;
    Status enableWriteAheadLog() const;
    Status refuseForeignSchema() const;
    QString tableNamesSql() const;

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_connectionName;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_kept; // execKept's, by text
};

// A text to bind: an empty one is stored as SQL NULL (e-mail, phone and language are NULL when unknown).
inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// An id to bind, SQL NULL when there is none.
inline QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// A calendar date to bind as ISO text (both databases take it for DATE), SQL NULL when invalid.
inline QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// An error from a failed query, with the database's words and what we were doing.
Error storageError(const QSqlError &error, const QString &what);

} // namespace tc
