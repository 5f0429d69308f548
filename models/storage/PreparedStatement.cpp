#include "storage/PreparedStatement.h"

#include "storage/Database.h"
#include "storage/NativeHandles.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <cstdio>

namespace tc {

PreparedStatement::PreparedStatement(const Database &db, QString sql) : m_db(db), m_sql(std::move(sql)) {}

PreparedStatement::~PreparedStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Error PreparedStatement::failure(const QString &what) const
{
    if (m_sqlite)
        return Error::storage(tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_sqlite))));
    return storageError(m_query ? m_query->lastError() : QSqlError(), what);
}

Status PreparedStatement::prepare()
{
    m_prepared = true;
    if (m_db.isSQLite()) {
        m_sqlite = sqliteHandle(m_db);
        if (!m_sqlite)
            return Error::internal(tr("The SQLite connection has no native handle."));
        const QByteArray sql = m_sql.toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            return failure(tr("Cannot prepare a statement"));
        return {};
    }
    m_query.emplace(m_db.connection());
    m_query->setForwardOnly(true);
    if (!m_query->prepare(m_sql))
        return failure(tr("Cannot prepare a statement"));
    return {};
}

void PreparedStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    if (!m_prepared)
        (void)prepare();
    resetIfBusy();
    if (m_statement) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    if (m_bindings.size() <= index)
        m_bindings.resize(index + 1);
    m_bindings[index] = text;
}

void PreparedStatement::bind(int index, qint64 value)
{
    if (!m_prepared)
        (void)prepare();
    resetIfBusy();
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index + 1, value);
        return;
    }
    if (m_bindings.size() <= index)
        m_bindings.resize(index + 1);
    m_bindings[index] = value;
}

void PreparedStatement::bind(int index, QDate date)
{
    if (!date.isValid()) {
        bindNull(index);
        return;
    }
    if (!m_prepared)
        (void)prepare();
    resetIfBusy();
    if (m_statement) {
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day);
        char text[16];
        const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
        sqlite3_bind_text(m_statement, index + 1, text, n, SQLITE_TRANSIENT);
        return;
    }
    if (m_bindings.size() <= index)
        m_bindings.resize(index + 1);
    m_bindings[index] = date;
}

void PreparedStatement::bindNull(int index)
{
    if (!m_prepared)
        (void)prepare();
    resetIfBusy();
    if (m_statement) {
        sqlite3_bind_null(m_statement, index + 1);
        return;
    }
    if (m_bindings.size() <= index)
        m_bindings.resize(index + 1);
    m_bindings[index] = QVariant(QMetaType::fromType<QString>());
}

// SQLite takes new bindings only between runs: a lookup that read its one row is reset first.
void PreparedStatement::resetIfBusy()
{
    if (m_statement && m_hasRow) {
        sqlite3_reset(m_statement);
        m_hasRow = false;
    }
}

Result<bool> PreparedStatement::exec()
{
    if (!m_prepared) {
        if (auto s = prepare(); !s)
            return s.error();
    }
    if (m_sqlite) {
        if (!m_statement)
            return failure(tr("Cannot prepare a statement"));
        sqlite3_reset(m_statement);
        return next();
    }
    if (!m_query)
        return failure(tr("Cannot prepare a statement"));
    for (int i = 0; i < m_bindings.size(); ++i)
        m_query->bindValue(i, m_bindings.at(i));
    if (!m_query->exec())
        return failure(tr("A query failed"));
    return next();
}

Result<bool> PreparedStatement::next()
{
    if (m_sqlite) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return m_hasRow = true;
        m_hasRow = false;
        if (rc != SQLITE_DONE) {
            const Error error = failure(tr("A query failed"));
            sqlite3_reset(m_statement);
            return error;
        }
        // Done: reset at once so the statement holds no read lock and can be stepped again.
        sqlite3_reset(m_statement);
        return false;
    }
    m_hasRow = m_query->next();
    if (!m_hasRow)
        m_query->finish();
    return m_hasRow;
}

QByteArrayView PreparedStatement::utf8(int column) const
{
    if (m_statement) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    if (m_scratch.size() <= column)
        m_scratch.resize(column + 1);
    m_scratch[column] = text(column).toUtf8();
    return m_scratch.at(column);
}

QString PreparedStatement::text(int column) const
{
    if (m_statement) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        if (!bytes)
            return {};
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }
    const QVariant value = m_query->value(column);
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

qint64 PreparedStatement::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query->value(column).toLongLong();
}

bool PreparedStatement::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_query->value(column).isNull();
}

} // namespace tc
