#include "storage/BulkInserter.h"

#include "storage/Database.h"
#include "storage/NativeHandles.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <bit>

#include <libpq-fe.h>
#include <sqlite3.h>


namespace tc {

namespace {
// Rows buffered before they are written: bounds memory, not the statement.
constexpr int kBufferRows = 512;
// PostgreSQL: rows per COPY. Each one has a fixed cost on the server (and fires the tables'
// statement triggers once).
constexpr int kCopyRows = 4096;
// Rows per INSERT on SQLite: enough to spread a statement's fixed cost thin.
constexpr qsizetype kBatchRows = 64;

// Appends text in COPY's text format: backslash, tab, newline and carriage return escaped.
void appendCopyText(QByteArray &out, QByteArrayView text)
{
    for (const char c : text) {
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

} // namespace

BulkInserter::BulkInserter(const Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(table), m_columns(columns), m_bufferRows(db.isSQLite() ? kBufferRows : kCopyRows)
{
    m_cells.reserve(size_t(m_bufferRows) * size_t(columns.size()));
    // SQLite takes at most 32766 parameters per statement.
    m_batchRows = int(std::clamp<qsizetype>(32000 / std::max<qsizetype>(columns.size(), 1), 1, kBatchRows));
}

BulkInserter::~BulkInserter()
{
    for (auto &statements : m_statements) {
        for (sqlite3_stmt *statement : statements)
            sqlite3_finalize(statement); // a no-op for nullptr
    }
}

// Parameters by number: row r's column c is r * columns + c + 1; constant k follows all rows.
// OR FAIL: a failing row ends the statement without undoing the rows before it, so SQLite keeps no
// statement journal (with ABORT, every statement first copied the pages it was to change). A failure
// fails the caller's whole transaction anyway.
QString BulkInserter::insertStatement(int rows, bool withoutId) const
{
    const qsizetype first = withoutId ? 1 : 0;
    const qsizetype columns = m_columns.size() - first;
    QStringList tuples;
    for (int r = 0; r < rows; ++r) {
        QStringList values;
        for (qsizetype c = 0; c < columns; ++c)
            values << u'?' + QString::number(r * columns + c + 1);
        for (qsizetype k = 0; k < m_constantColumns.size(); ++k)
            values << u'?' + QString::number(rows * columns + k + 1);
        tuples << u'(' + values.join(u',') + u')';
    }
    return QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES %3")
        .arg(m_table, (m_columns.mid(first) + m_constantColumns).join(u','), tuples.join(u','));
}

void BulkInserter::setConstant(const QString &column, const QString &text)
{
    Q_ASSERT(m_cells.empty() && !m_statements[0][0] && !m_statements[0][1]);
    m_constantColumns << column;
    m_constantValues << text.toUtf8();
}

void BulkInserter::add(qint64 value)
{
    m_cells.push_back(Cell{value, 0, Type::Integer});
}

void BulkInserter::add(const QString &text)
{
    if (text.isNull())
        addNull();
    else
        addText(QStringView(text));
}

void BulkInserter::addUtf8(QByteArrayView text)
{
    addText(text);
}

void BulkInserter::addNull()
{
    m_cells.push_back(Cell{});
}

void BulkInserter::addText(QByteArrayView utf8)
{
    m_cells.push_back(Cell{qint64(m_text.size()), qint32(utf8.size()), Type::Text});
    m_text.insert(m_text.end(), utf8.begin(), utf8.end());
}

void BulkInserter::addText(QStringView text)
{
    const size_t start = m_text.size();
    m_text.resize(start + size_t(text.size()) * 3);
    char *out = m_text.data() + start;
    const char16_t *in = text.utf16();
    const char16_t *end = in + text.size();
    while (in < end) {
        const char32_t c = *in++;
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && in < end && QChar::isLowSurrogate(*in)) {
            const char32_t u = QChar::surrogateToUcs4(char16_t(c), *in++);
            *out++ = char(0xf0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3f));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else {
            const char32_t u = QChar::isSurrogate(c) ? char32_t(QChar::ReplacementCharacter) : c;
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    const size_t size = size_t(out - (m_text.data() + start));
    m_text.resize(start + size);
    m_cells.push_back(Cell{qint64(start), qint32(size), Type::Text});
}

// The same representation Qt's drivers give each type, so rows read back the same either way.
void BulkInserter::addRow(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    for (const QVariant &value : row) {
        if (value.isNull()) {
            addNull();
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
            m_cells.push_back(Cell{value.toBool() ? 1 : 0, 0, Type::Bool});
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
            add(value.toLongLong());
            break;
        case QMetaType::Double:
            m_cells.push_back(Cell{std::bit_cast<qint64>(value.toDouble()), 0, Type::Double});
            break;
        case QMetaType::QDateTime: {
            const QDateTime time = value.toDateTime();
            addText((m_db.isSQLite() ? time : time.toUTC()).toString(Qt::ISODateWithMs).toUtf8());
            break;
        }
        case QMetaType::QDate:
            addText(value.toDate().toString(Qt::ISODate).toUtf8());
            break;
        case QMetaType::QString:
            addText(QStringView(*static_cast<const QString *>(value.constData())));
            break;
        default:
            addText(value.toString().toUtf8());
            break;
        }
    }
}

Result<sqlite3_stmt *> BulkInserter::sqliteStatement(int rows, bool withoutId)
{
    sqlite3_stmt *&statement = m_statements[withoutId ? 1 : 0][rows == 1 ? 0 : 1];
    if (statement)
        return statement;
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Error::internal(tr("The SQLite connection has no native handle."));
    const QByteArray sql = insertStatement(rows, withoutId).toUtf8();
    if (sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        statement = nullptr;
        return Error::storage(tr("Cannot prepare the insert into %1: %2")
                                  .arg(m_table, QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    return statement;
}

int BulkInserter::bindSQLite(sqlite3_stmt *statement, int position, const Cell &cell) const
{
    switch (cell.type) {
    case Type::Null:
        return sqlite3_bind_null(statement, position);
    case Type::Integer:
    case Type::Bool:
        return sqlite3_bind_int64(statement, position, cell.value);
    case Type::Double:
        return sqlite3_bind_double(statement, position, std::bit_cast<double>(cell.value));
    case Type::Text:
        // The buffer outlives the statement's run: no copy.
        return sqlite3_bind_text(statement, position, m_text.data() + cell.value, cell.size, SQLITE_STATIC);
    }
    return SQLITE_MISUSE;
}

bool BulkInserter::idsFollowOn(int row, int count) const
{
    const size_t columns = size_t(m_columns.size());
    const Cell &first = m_cells[size_t(row) * columns];
    if (first.type != Type::Integer)
        return false;
    for (int r = 1; r < count; ++r) {
        const Cell &cell = m_cells[size_t(row + r) * columns];
        if (cell.type != Type::Integer || cell.value != first.value + r)
            return false;
    }
    return true;
}

Status BulkInserter::flushSQLite()
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Error::internal(tr("The SQLite connection has no native handle."));
    const int columns = int(m_columns.size());
    const int rows = int(m_cells.size() / size_t(columns));
    int row = 0;
    while (row < rows) {
        const int count = rows - row >= m_batchRows ? m_batchRows : 1;
        const bool withoutId = m_ascendingIds && idsFollowOn(row, count);
        auto statement = sqliteStatement(count, withoutId);
        if (!statement)
            return statement.error();
        int position = 1;
        for (qsizetype i = qsizetype(row) * columns, end = qsizetype(row + count) * columns; i < end; ++i) {
            if (withoutId && i % columns == 0)
                continue;
            if (bindSQLite(*statement, position++, m_cells[size_t(i)]) != SQLITE_OK) {
                return Error::storage(tr("Cannot write into %1: %2")
                                          .arg(m_table, QString::fromUtf8(sqlite3_errmsg(handle))));
            }
        }
        for (const QByteArray &constant : std::as_const(m_constantValues)) {
            if (sqlite3_bind_text(*statement, position++, constant.constData(), int(constant.size()), SQLITE_STATIC)
                != SQLITE_OK) {
                return Error::storage(tr("Cannot write into %1: %2")
                                          .arg(m_table, QString::fromUtf8(sqlite3_errmsg(handle))));
            }
        }
        const int step = sqlite3_step(*statement);
        if (step != SQLITE_DONE) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_reset(*statement);
            return Error::storage(tr("Cannot write into %1: %2").arg(m_table, message));
        }
        sqlite3_reset(*statement);
        if (withoutId) {
            const qint64 expected = m_cells[size_t(row + count - 1) * size_t(columns)].value;
            if (const qint64 given = sqlite3_last_insert_rowid(handle); given != expected) {
                return Error::internal(tr("The rows written into %1 got ids up to %2 instead of %3.")
                                           .arg(m_table).arg(given).arg(expected));
            }
        }
        row += count;
    }
    for (auto &statements : m_statements) {
        for (sqlite3_stmt *statement : statements) {
            if (statement)
                sqlite3_clear_bindings(statement); // no pointers into the buffer outlive it
        }
    }
    m_written += rows;
    m_cells.clear();
    m_text.clear();
    return {};
}

Status BulkInserter::flush()
{
    if (m_cells.empty())
        return {};
    Q_ASSERT(m_cells.size() % size_t(m_columns.size()) == 0);
    return m_db.isSQLite() ? flushSQLite() : flushPostgres();
}

Status BulkInserter::flushPostgres()
{
    PGconn *connection = postgresHandle(m_db);
    if (!connection)
        return Error::internal(tr("The PostgreSQL connection has no native handle."));
    const QByteArray copy = QStringLiteral("COPY %1 (%2) FROM STDIN")
                                .arg(m_table, (m_columns + m_constantColumns).join(u','))
                                .toUtf8();
    PGresult *started = PQexec(connection, copy.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return Error::storage(tr("Cannot write into %1: %2").arg(m_table, QString::fromUtf8(PQerrorMessage(connection)).trimmed()));

    const qsizetype columns = m_columns.size();
    QByteArray data;
    data.reserve(qsizetype(m_text.size() + m_cells.size() * 8));
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const Cell &cell = m_cells[i];
        switch (cell.type) {
        case Type::Null:
            data += "\\N";
            break;
        case Type::Integer:
            data += QByteArray::number(cell.value);
            break;
        case Type::Double:
            data += QByteArray::number(std::bit_cast<double>(cell.value), 'g', 17);
            break;
        case Type::Bool:
            data += cell.value ? 't' : 'f';
            break;
        case Type::Text:
            appendCopyText(data, QByteArrayView(m_text.data() + cell.value, cell.size));
            break;
        }
        if ((i + 1) % size_t(columns) != 0) {
            data += '\t';
            continue;
        }
        for (const QByteArray &constant : std::as_const(m_constantValues)) {
            data += '\t';
            appendCopyText(data, constant);
        }
        data += '\n';
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
    m_written += qint64(m_cells.size() / size_t(columns));
    m_cells.clear();
    m_text.clear();
    return {};
}

} // namespace tc
