// TestDatabases: a fresh, empty office database for one test, on SQLite (a temp file) or on the
// PostgreSQL server the test fixture started (a database of its own, dropped afterwards).
#pragma once

#include "domain/DatabaseUrl.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tc::test {

enum class Backend { SQLite, PostgreSQL };

// Adds the "backend" column with one row per database kind; tests use it with QFETCH.
void addBackendColumn();
void addBackendRows(const char *prefix = nullptr);

// The admin URL of the test server (from the file the ctest fixture writes), or an empty string.
QString postgresAdminUrl();

class ScratchDatabase
{
public:
    explicit ScratchDatabase(Backend backend);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // False (with the reason in error()) when the database could not be made: tests QFAIL then,
    // they never skip.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    DatabaseUrl url() const { return m_url; }
    QString urlText() const;
    Backend backend() const { return m_backend; }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgName;
    QString m_error;
};

} // namespace tc::test

Q_DECLARE_METATYPE(tc::test::Backend)

// Makes `var` a ScratchDatabase for the row's backend, or fails the test with the reason.
#define TC_SCRATCH_DATABASE(var)                                                                        \
    QFETCH(tc::test::Backend, backend);                                                                 \
    tc::test::ScratchDatabase var(backend);                                                             \
    if (!var.isValid())                                                                                 \
        QFAIL(qPrintable(var.error()));
