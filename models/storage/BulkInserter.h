// BulkInserter: writes many rows into one table as fast as the database takes them. On SQLite it
// binds straight through the C API on the same connection (Qt's binding layer costs more than the
// insert itself), many rows per INSERT (each statement run has a fixed cost of its own); on
// PostgreSQL it streams them with COPY through libpq on the same connection.
// The caller owns the transaction.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <vector>


struct sqlite3_stmt;

namespace tc {

class Database;

class BulkInserter
{
    Q_DECLARE_TR_FUNCTIONS(BulkInserter)

public:
    BulkInserter(const Database &db, const QString &table, const QStringList &columns);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // Buffers one row (one value per column, in column order). Nothing is written until flush(), so
    // the caller decides the order in which tables reach the database (parents before children).
    void addRow(const QVariantList &row);
    // The same, one value at a time without QVariant: a row is complete after one value per column.
    // A null QString is SQL NULL; an empty one is ''.
    void add(qint64 value);
    void add(const QString &text); // converted to UTF-8 straight into the buffer
    void addUtf8(QByteArrayView text); // UTF-8 bytes, never NULL
    void addNull();
    // A text column with the same value in every row (a timestamp), sent once per statement instead of
    // once per row. Set before the first row.
    void setConstant(const QString &column, const QString &text);
    // The first column is the table's INTEGER PRIMARY KEY and the rows come with the ids SQLite would
    // give them itself: one above the largest id in the table, each one more than the last (as a
    // counter started at MAX(id) + 1 hands them out). SQLite then appends such rows without looking
    // each id up first; that they got the expected ids is checked after every statement. Rows whose
    // ids do not follow on are written with their ids as usual. No effect on PostgreSQL.
    void setAscendingIds() { m_ascendingIds = true; }

    bool isFull() const { return qsizetype(m_cells.size()) >= qsizetype(m_bufferRows) * m_columns.size(); }
    // Writes what is buffered.
    Status flush();
    // Forgets what is buffered (after a rollback).
    void discard()
    {
        m_cells.clear();
        m_text.clear();
    }
    qint64 written() const { return m_written; }

private:
    enum class Type : quint8 { Null, Integer, Double, Bool, Text };
    struct Cell
    {
        qint64 value = 0; // the integer; a double's bits; a text's offset into m_text
        qint32 size = 0;  // a text's length in bytes
        Type type = Type::Null;
    };

    void addText(QByteArrayView utf8);
    void addText(QStringView text);
    QString insertStatement(int rows, bool withoutId) const;
    Result<sqlite3_stmt *> sqliteStatement(int rows, bool withoutId);
    bool idsFollowOn(int row, int count) const;
    int bindSQLite(sqlite3_stmt *statement, int position, const Cell &cell) const;
    Status flushSQLite();
    Status flushPostgres();

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_constantColumns;
    QList<QByteArray> m_constantValues; // UTF-8
    int m_bufferRows;
    std::vector<Cell> m_cells;
    std::vector<char> m_text;
    // [without the id column][m_batchRows rows rather than one]
    sqlite3_stmt *m_statements[2][2] = {{nullptr, nullptr}, {nullptr, nullptr}};
    bool m_ascendingIds = false;
    int m_batchRows = 1;
    qint64 m_written = 0;
};

} // namespace tc
