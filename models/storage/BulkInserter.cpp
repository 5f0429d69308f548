#include "storage/BulkInserter.h"

#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <sqlite3.h>


namespace tc {

namespace {
// Rows buffered before they are written: bounds memory, not the statement.
constexpr int kBufferRows = 500;

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

PGconn *postgresHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    // PGconn is a typedef of struct pg_conn; Qt names the type by the struct.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

// One value in COPY's text format: \N for NULL; backslash, tab, newline and carriage return escaped.
void appendCopyText(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    QByteArray text;
    switch (value.typeId()) {
    case QMetaType::Bool:
        out += value.toBool() ? 't' : 'f';
        return;
    case QMetaType::QDateTime:
        text = value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate).toUtf8();
        break;
    default:
        text = value.toString().toUtf8();
        break;
    }
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

// Binds a value exactly as Qt's QSQLITE driver stores it, so rows read back the same either way.
int bindSQLite(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QDateTime: {
        const QByteArray text = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDate: {
        const QByteArray text = value.toDate().toString(Qt::ISODate).toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        return sqlite3_bind_text16(statement, position, text->utf16(), int(text->size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, position, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }
    }
}

} // namespace

BulkInserter::BulkInserter(const Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(table), m_columns(columns), m_bufferRows(kBufferRows)
{
    m_buffer.reserve(m_bufferRows * columns.size());
}

BulkInserter::~BulkInserter()
{
    if (m_sqliteStatement)
        sqlite3_finalize(m_sqliteStatement);
}

QString BulkInserter::insertStatement() const
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(m_table, m_columns.join(u','), QStringList(m_columns.size(), QStringLiteral("?")).join(u','));
}

void BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_buffer.append(row);
}

bool BulkInserter::isFull() const
{
    return m_buffer.size() >= m_bufferRows * m_columns.size();
}

Status BulkInserter::flushSQLite()
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Error::internal(tr("The SQLite connection has no native handle."));
    if (!m_sqliteStatement) {
        const QByteArray sql = insertStatement().toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_sqliteStatement, nullptr) != SQLITE_OK) {
            return Error::storage(tr("Cannot prepare the insert into %1: %2")
                                      .arg(m_table, QString::fromUtf8(sqlite3_errmsg(handle))));
        }
    }
    const int columns = int(m_columns.size());
    const int rows = int(m_buffer.size() / columns);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (bindSQLite(m_sqliteStatement, column + 1, m_buffer.at(row * columns + column)) != SQLITE_OK) {
                return Error::storage(tr("Cannot write into %1: %2")
                                          .arg(m_table, QString::fromUtf8(sqlite3_errmsg(handle))));
            }
        }
        const int step = sqlite3_step(m_sqliteStatement);
        sqlite3_reset(m_sqliteStatement);
        if (step != SQLITE_DONE) {
            return Error::storage(tr("Cannot write into %1: %2")
                                      .arg(m_table, QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        ++m_written;
    }
    m_buffer.clear();
    return {};
}

Status BulkInserter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    return m_db.isSQLite() ? flushSQLite() : flushPostgres();
}

Status BulkInserter::flushPostgres()
{
    PGconn *connection = postgresHandle(m_db);
    if (!connection)
        return Error::internal(tr("The PostgreSQL connection has no native handle."));
    const QByteArray copy = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_table, m_columns.join(u',')).toUtf8();
    PGresult *started = PQexec(connection, copy.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return Error::storage(tr("Cannot write into %1: %2").arg(m_table, QString::fromUtf8(PQerrorMessage(connection)).trimmed()));

    const int columns = int(m_columns.size());
    QByteArray data;
    data.reserve(m_buffer.size() * 16);
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        appendCopyText(data, m_buffer.at(i));
        data += ((i + 1) % columns == 0) ? '\n' : '\t';
    }
    const bool sent = PQputCopyData(connection, data.constData(), int(data.size())) == 1;
    const bool ended = PQputCopyEnd(connection, sent ? nullptr : "the client could not send the rows") == 1;
    // Read every result, so that the connection is idle again for Qt's driver.
    QString failure;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!sent || !ended || !failure.isEmpty()) {
        if (failure.isEmpty())
            failure = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        return Error::storage(tr("Cannot write into %1: %2").arg(m_table, failure));
    }
    m_written += m_buffer.size() / columns;
    m_buffer.clear();
    return {};
}

} // namespace tc
