#include "TestDatabases.h"

#include "storage/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>

namespace tc::test {

void addBackendColumn()
{
    QTest::addColumn<Backend>("backend");
}

void addBackendRows(const char *prefix)
{
    const QByteArray p = prefix ? QByteArray(prefix) + ' ' : QByteArray();
    QTest::newRow((p + "sqlite").constData()) << Backend::SQLite;
    QTest::newRow((p + "postgresql").constData()) << Backend::PostgreSQL;
}

QString postgresAdminUrl()
{
    const QString file = qEnvironmentVariable("TC_TEST_PG_URL_FILE");
    if (file.isEmpty())
        return qEnvironmentVariable("TC_TEST_PG_URL");
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

ScratchDatabase::ScratchDatabase(Backend backend) : m_backend(backend)
{
    if (backend == Backend::SQLite) {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("cannot create a temporary folder");
            return;
        }
        m_url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("office.db")));
        return;
    }
    const QString admin = postgresAdminUrl();
    if (admin.isEmpty()) {
        m_error = QStringLiteral("No PostgreSQL test server: run the tests through ctest (its fixture starts one) "
                                 "or set TC_TEST_PG_URL.");
        return;
    }
    auto adminUrl = DatabaseUrl::parse(admin);
    if (!adminUrl) {
        m_error = adminUrl.error().message;
        return;
    }
    static QAtomicInteger<int> counter;
    m_pgName = QStringLiteral("tc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    auto db = Database::open(*adminUrl, QStringLiteral("test-admin"));
    if (!db) {
        m_error = db.error().message;
        return;
    }
    (void)(*db)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_pgName));
    // A Swiss-German ICU collation, as an office's server would have, not the byte order of "C".
    if (auto r = (*db)->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'de-CH'")
                                 .arg(m_pgName));
        !r) {
        m_error = r.error().message;
        return;
    }
    m_url = adminUrl->withDatabaseName(m_pgName);
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_pgName.isEmpty())
        return;
    auto adminUrl = DatabaseUrl::parse(postgresAdminUrl());
    if (!adminUrl)
        return;
    if (auto db = Database::open(*adminUrl, QStringLiteral("test-admin")))
        (void)(*db)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

QString ScratchDatabase::urlText() const
{
    return m_url.isSQLite() ? QStringLiteral("sqlite:") + m_url.sqlitePath() : m_url.toDisplayString();
}

} // namespace tc::test
