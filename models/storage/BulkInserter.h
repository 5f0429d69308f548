// BulkInserter: writes many rows into one table as fast as the database takes them. On SQLite it
// binds straight through the C API on the same connection (Qt's binding layer costs more than the
// insert itself); on PostgreSQL it streams them with COPY through libpq on the same connection.
// The caller owns the transaction.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>


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
    void add(const QVariantList &row);
    bool isFull() const;
    // Writes what is buffered.
    Status flush();
    qint64 written() const { return m_written; }

private:
    QString insertStatement() const; // SQLite: one row, prepared once
    Status flushSQLite();
    Status flushPostgres();

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_bufferRows;
    QVariantList m_buffer;
    sqlite3_stmt *m_sqliteStatement = nullptr;
    qint64 m_written = 0;
};

} // namespace tc
