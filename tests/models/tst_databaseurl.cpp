// DatabaseUrl: every accepted spelling, the defaults that keep remote connections safe, and the
// clear refusals.
#include "domain/DatabaseUrl.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using tc::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("single slash") << QStringLiteral("sqlite:/var/lib/office.db") << QStringLiteral("/var/lib/office.db");
        QTest::newRow("triple slash") << QStringLiteral("sqlite:///var/lib/office.db") << QStringLiteral("/var/lib/office.db");
        QTest::newRow("spaces trimmed") << QStringLiteral("  sqlite:/tmp/a.db ") << QStringLiteral("/tmp/a.db");
        QTest::newRow("upper-case scheme") << QStringLiteral("SQLITE:/tmp/a.db") << QStringLiteral("/tmp/a.db");
        QTest::newRow("space") << QStringLiteral("sqlite:/tmp/my office.db") << QStringLiteral("/tmp/my office.db");
        QTest::newRow("percent taken literally") << QStringLiteral("sqlite:/tmp/Nebenkosten%2025/+10%.db")
                                                 << QStringLiteral("/tmp/Nebenkosten%2025/+10%.db");
        QTest::newRow("umlaut") << QStringLiteral("sqlite:/tmp/Büro.db") << QStringLiteral("/tmp/Büro.db");
        QTest::newRow("relative") << QStringLiteral("sqlite:office.db") << QDir::current().absoluteFilePath(QStringLiteral("office.db"));
        QTest::newRow("home folder") << QStringLiteral("sqlite:~/office.db") << QDir::homePath() + QStringLiteral("/office.db");
        QTest::newRow("dot segments") << QStringLiteral("sqlite:/tmp/x/../office.db") << QStringLiteral("/tmp/office.db");
    }
    void sqliteForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        QVERIFY(url->isSQLite());
        QCOMPARE(url->sqlitePath(), path);
        QVERIFY(url->isLocal());
        QCOMPARE(url->toDisplayString(), QStringLiteral("sqlite:") + path);
    }

    void postgresForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslmode");
        QTest::addColumn<bool>("local");
        QTest::newRow("remote defaults to verify-full")
            << QStringLiteral("postgresql://agent@db.office.example/cockpit") << QStringLiteral("db.office.example")
            << 5432 << QStringLiteral("agent") << QStringLiteral("cockpit") << QStringLiteral("verify-full") << false;
        QTest::newRow("remote private address is still remote")
            << QStringLiteral("postgresql://agent@192.168.1.20:5433/cockpit") << QStringLiteral("192.168.1.20") << 5433
            << QStringLiteral("agent") << QStringLiteral("cockpit") << QStringLiteral("verify-full") << false;
        QTest::newRow("explicit sslmode kept")
            << QStringLiteral("postgres://agent@db.office.example:6000/cockpit?sslmode=require")
            << QStringLiteral("db.office.example") << 6000 << QStringLiteral("agent") << QStringLiteral("cockpit")
            << QStringLiteral("require") << false;
        QTest::newRow("loopback defaults to prefer")
            << QStringLiteral("postgresql://postgres@127.0.0.1:5432/cockpit") << QStringLiteral("127.0.0.1") << 5432
            << QStringLiteral("postgres") << QStringLiteral("cockpit") << QStringLiteral("prefer") << true;
        QTest::newRow("127.x.y.z is loopback")
            << QStringLiteral("postgresql://u@127.10.0.3/c") << QStringLiteral("127.10.0.3") << 5432
            << QStringLiteral("u") << QStringLiteral("c") << QStringLiteral("prefer") << true;
        QTest::newRow("localhost") << QStringLiteral("postgresql://u@localhost/c") << QStringLiteral("localhost") << 5432
                                   << QStringLiteral("u") << QStringLiteral("c") << QStringLiteral("prefer") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("postgresql://u@[::1]:5432/c") << QStringLiteral("::1") << 5432
                                       << QStringLiteral("u") << QStringLiteral("c") << QStringLiteral("prefer") << true;
        QTest::newRow("unix socket via host option")
            << QStringLiteral("postgresql://u@/c?host=/var/run/postgresql") << QStringLiteral("/var/run/postgresql")
            << 5432 << QStringLiteral("u") << QStringLiteral("c") << QStringLiteral("prefer") << true;
    }
    void postgresForms()
    {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        QVERIFY(!url->isSQLite());
        QTEST(url->host(), "host");
        QTEST(url->port(), "port");
        QTEST(url->user(), "user");
        QTEST(url->databaseName(), "database");
        QTEST(url->sslMode(), "sslmode");
        QTEST(url->isLocal(), "local");
        QVERIFY(url->connectOptions().contains(QStringLiteral("sslmode=")));
        QVERIFY(url->connectOptions().contains(QStringLiteral("connect_timeout=10")));
        // What is shown parses back to the same connection.
        auto again = DatabaseUrl::parse(url->toDisplayString());
        QVERIFY2(again.ok(), qPrintable(url->toDisplayString()));
        QCOMPARE(again->host(), url->host());
        QCOMPARE(again->port(), url->port());
        QCOMPARE(again->sslMode(), url->sslMode());
    }

    void passwordIsNeverShown()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://agent:s3cret@db.office.example/cockpit"));
        QVERIFY(url.ok());
        QCOMPARE(url->password(), QStringLiteral("s3cret"));
        QVERIFY(!url->toDisplayString().contains(QStringLiteral("s3cret")));
        QVERIFY(!url->connectOptions().contains(QStringLiteral("s3cret")));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("unknown kind");
        QTest::newRow("mysql") << QStringLiteral("mysql://u@h/db") << QStringLiteral("mysql");
        QTest::newRow("bare path") << QStringLiteral("/tmp/office.db") << QStringLiteral("unknown kind");
        QTest::newRow("sqlite without path") << QStringLiteral("sqlite:") << QStringLiteral("missing");
        QTest::newRow("sqlite two slashes and host") << QStringLiteral("sqlite://host/x.db") << QStringLiteral("sqlite:/");
        QTest::newRow("no database name") << QStringLiteral("postgresql://u@h:5432/") << QStringLiteral("database name");
        QTest::newRow("nested path") << QStringLiteral("postgresql://u@h/a/b") << QStringLiteral("database name");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u@h:99999/db") << QStringLiteral("port");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://u@h/db?foo=1") << QStringLiteral("foo");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://u@h/db?sslmode=maybe") << QStringLiteral("maybe");
        QTest::newRow("option injection") << QStringLiteral("postgresql://u@h/db?application_name=x%20sslmode%3Ddisable")
                                          << QStringLiteral("unusable");
        QTest::newRow("host twice") << QStringLiteral("postgresql://u@h/db?host=/tmp") << QStringLiteral("both");
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QVERIFY2(url.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(url.error().message));
        QVERIFY(url.error().message.startsWith(QStringLiteral("Invalid database URL")));
    }

    void passwordNeverInAMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u:s3cretPW@h:99999/db");
        QTest::newRow("space in path") << QStringLiteral("postgresql://u:s3cretPW@h/my db");
        QTest::newRow("bad host") << QStringLiteral("postgresql://u:s3cretPW@h[x]/db");
        QTest::newRow("no database") << QStringLiteral("postgresql://u:s3cretPW@h/");
        QTest::newRow("no scheme") << QStringLiteral("//u:s3cretPW@h/db");
        QTest::newRow("wrong scheme") << QStringLiteral("mysql://u:s3cretPW@h/db");
        QTest::newRow("bad option") << QStringLiteral("postgresql://u:s3cretPW@h/db?password=s3cretPW");
    }
    void passwordNeverInAMessage()
    {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QVERIFY2(!url.error().message.contains(QStringLiteral("s3cretPW")), qPrintable(url.error().message));
    }

    void folderIsNotADatabase()
    {
        QTemporaryDir dir;
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.path());
        QVERIFY(!url.ok());
        QVERIFY(url.error().message.contains(QStringLiteral("folder")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
