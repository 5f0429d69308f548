// PreparedStatement: one statement prepared once and run many times, for loops that touch the database
// row by row (the import). On SQLite it runs straight through the C API on Qt's own connection (Qt's
// binding layer costs more than the statement); on PostgreSQL it is a prepared QSqlQuery.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tc {

class Database;

class PreparedStatement
{
    Q_DECLARE_TR_FUNCTIONS(PreparedStatement)

public:
    PreparedStatement(const Database &db, QString sql);
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    // Binds by position (0-based). A null QString, an invalid QDate or nullopt bind SQL NULL.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bind(int index, QDate date);
    void bindNull(int index);

    // Runs the statement with what is bound. True when it returned a row (read it with the accessors,
    // then call next() for more); false when it returned none.
    Result<bool> exec();
    Result<bool> next();
    // Values of the current row. Dates come back as ISO text on both databases.
    QString text(int column) const;
    // The same as UTF-8 bytes, valid until the next call on this statement (no copy on SQLite).
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    QDate date(int column) const { return QDate::fromString(text(column), Qt::ISODate); }

private:
    Status prepare();
    void resetIfBusy();
    Error failure(const QString &what) const;

    const Database &m_db;
    QString m_sql;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    QVariantList m_bindings; // PostgreSQL
    mutable QList<QByteArray> m_scratch; // PostgreSQL: utf8()'s bytes, per column
    bool m_hasRow = false;
    bool m_prepared = false;
};

} // namespace tc
