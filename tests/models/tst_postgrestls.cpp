// TLS to PostgreSQL through the connection options of DatabaseUrl, against the test server (which
// offers TLS with a certificate for localhost): verify-full really checks the certificate, and the
// local default (prefer) uses TLS when the server offers it.
#include "TestDatabases.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tc;

class TestPostgresTls : public QObject
{
    Q_OBJECT

    DatabaseUrl m_admin;
    QString m_caFile;

    DatabaseUrl urlFor(const QString &host, const QString &query) const
    {
        const QString text = QStringLiteral("postgresql://%1@%2:%3/%4%5")
                                 .arg(m_admin.user(), host)
                                 .arg(m_admin.port())
                                 .arg(m_admin.databaseName(), query.isEmpty() ? QString() : u'?' + query);
        auto url = DatabaseUrl::parse(text);
        if (!url)
            qFatal("%s", qPrintable(url.error().message));
        return *url;
    }

    static bool usesTls(const Database &db)
    {
        auto ssl = db.scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        return ssl && ssl->toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString admin = test::postgresAdminUrl();
        QVERIFY2(!admin.isEmpty(), "No PostgreSQL test server: run through ctest");
        auto url = DatabaseUrl::parse(admin);
        QVERIFY(url.ok());
        m_admin = *url;
        m_caFile = qEnvironmentVariable("TC_TEST_PG_CA_FILE");
        QVERIFY2(QFile::exists(m_caFile), "The test server's certificate (TC_TEST_PG_CA_FILE) is missing");
        // libpq looks for ~/.postgresql/root.crt when no sslrootcert is given: make sure there is none.
        static QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
    }

    void verifyFullWithTheRightCertificate_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("by name") << QStringLiteral("localhost");
        QTest::newRow("by address") << QStringLiteral("127.0.0.1");
    }
    void verifyFullWithTheRightCertificate()
    {
        QFETCH(QString, host);
        auto db = Database::open(urlFor(host, QStringLiteral("sslmode=verify-full&sslrootcert=") + m_caFile));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(usesTls(**db));
    }

    void verifyFullRefusesAnUntrustedServer()
    {
        // Another self-signed certificate: the server's is not signed by it.
        QTemporaryDir dir;
        const QString otherCa = dir.filePath(QStringLiteral("other.crt"));
        const int rc = std::system(qPrintable(QStringLiteral(
            "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout %1/other.key -out %2 "
            ">/dev/null 2>&1").arg(dir.path(), otherCa)));
        QCOMPARE(rc, 0);
        auto db = Database::open(urlFor(QStringLiteral("localhost"), QStringLiteral("sslmode=verify-full&sslrootcert=") + otherCa));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(db.error().message));
        QVERIFY(db.error().message.startsWith(QStringLiteral("Cannot open the database")));
    }

    void verifyFullWithoutATrustedCertificateFails()
    {
        // The default for a remote server is verify-full: without a CA to check against, no connection.
        auto db = Database::open(urlFor(QStringLiteral("localhost"), QStringLiteral("sslmode=verify-full")));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("root certificate"), Qt::CaseInsensitive), qPrintable(db.error().message));
    }

    void wrongHostNameIsRefused()
    {
        // The server also listens on 127.0.0.2, which its certificate does not name: verify-full
        // refuses it, verify-ca (the same check without the name) accepts it.
        const QString query = QStringLiteral("sslrootcert=") + m_caFile + QStringLiteral("&sslmode=");
        auto strict = Database::open(urlFor(QStringLiteral("127.0.0.2"), query + QStringLiteral("verify-full")));
        QVERIFY(!strict.ok());
        QVERIFY2(strict.error().message.contains(QStringLiteral("does not match host name")), qPrintable(strict.error().message));
        auto caOnly = Database::open(urlFor(QStringLiteral("127.0.0.2"), query + QStringLiteral("verify-ca")));
        QVERIFY2(caOnly.ok(), caOnly.ok() ? "" : qPrintable(caOnly.error().message));
        QVERIFY(usesTls(**caOnly));
    }

    void localDefaultPrefersTls()
    {
        const DatabaseUrl url = urlFor(QStringLiteral("localhost"), QString());
        QCOMPARE(url.sslMode(), QStringLiteral("prefer"));
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(usesTls(**db));
    }

    void disableMeansPlain()
    {
        auto db = Database::open(urlFor(QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(!usesTls(**db));
    }
};

QTEST_GUILESS_MAIN(TestPostgresTls)
#include "tst_postgrestls.moc"
