#include "storage/BulkInserter.h"

#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

namespace tc {

namespace {
// PostgreSQL: a few hundred rows per statement amortise the round trip.
constexpr int kMaxRowsPerStatement = 200;
constexpr int kMaxValuesPerStatement = 4000;
// SQLite: rows are written one statement execution each; this only bounds the buffer.
constexpr int kSQLiteBufferRows = 500;

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
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
    : m_db(db), m_table(table), m_columns(columns),
      m_rowsPerStatement(db.isSQLite() ? kSQLiteBufferRows
                                       : std::max(1, std::min<int>(kMaxRowsPerStatement,
                                                                   kMaxValuesPerStatement / int(columns.size()))))
{
    m_buffer.reserve(m_rowsPerStatement * columns.size());
}

BulkInserter::~BulkInserter()
{
    if (m_sqliteStatement)
        sqlite3_finalize(m_sqliteStatement);
}

QString BulkInserter::statementFor(int rows) const
{
    const QString one = u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(u','), QStringList(rows, one).join(u','));
}

void BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_buffer.append(row);
}

bool BulkInserter::isFull() const
{
    return m_buffer.size() >= m_rowsPerStatement * m_columns.size();
}

Status BulkInserter::flushSQLite()
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Error::internal(tr("The SQLite connection has no native handle."));
    if (!m_sqliteStatement) {
        const QByteArray sql = statementFor(1).toUtf8();
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
    if (m_db.isSQLite())
        return flushSQLite();
    const int columns = int(m_columns.size());
    const int rows = int(m_buffer.size() / columns);
    int done = 0;
    while (rows - done >= m_rowsPerStatement) {
        if (!m_fullBatch) {
            m_fullBatch.emplace(m_db.connection());
            if (!m_fullBatch->prepare(statementFor(m_rowsPerStatement)))
                return storageError(m_fullBatch->lastError(), tr("Cannot prepare the insert into %1").arg(m_table));
        }
        if (auto s = write(*m_fullBatch, done, m_rowsPerStatement); !s)
            return s;
        done += m_rowsPerStatement;
    }
    if (done < rows) {
        QSqlQuery query(m_db.connection());
        if (!query.prepare(statementFor(rows - done)))
            return storageError(query.lastError(), tr("Cannot prepare the insert into %1").arg(m_table));
        if (auto s = write(query, done, rows - done); !s)
            return s;
    }
    m_buffer.clear();
    return {};
}

Status BulkInserter::write(QSqlQuery &query, int firstRow, int rows)
{
    const int columns = int(m_columns.size());
    const int offset = firstRow * columns;
    for (int i = 0; i < rows * columns; ++i)
        query.bindValue(i, m_buffer.at(offset + i));
    if (!query.exec())
        return storageError(query.lastError(), tr("Cannot write into %1").arg(m_table));
    m_written += rows;
    return {};
}

} // namespace tc
