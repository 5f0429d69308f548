// AppPaths: where the programs look for the office database when none is named.
#include "AppPaths.h"

#include <QStandardPaths>
#include <QTest>

class TestAppPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("TENANT_COCKPIT_DB"); }
    void cleanup() { qunsetenv("TENANT_COCKPIT_DB"); }

    void guiPrecedence_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<QString>("expected");
        const QString a = QStringLiteral("sqlite:/tmp/a.db"), b = QStringLiteral("sqlite:/tmp/b.db"),
                      c = QStringLiteral("postgresql://u@db.example/c");
        QTest::newRow("command line wins") << a << b << c << a;
        QTest::newRow("then the environment") << QString() << b << c << b;
        QTest::newRow("then the remembered choice") << QString() << QString() << c << c;
        QTest::newRow("nothing: ask") << QString() << QString() << QString() << QString();
    }
    void guiPrecedence()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, environment);
        QFETCH(QString, remembered);
        if (!environment.isEmpty())
            qputenv("TENANT_COCKPIT_DB", environment.toUtf8());
        QTEST(tc::guiDatabaseUrlText(commandLine, remembered), "expected");
    }

    void cliDefault()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString local = tc::defaultLocalDatabasePath();
        QVERIFY(local.endsWith(QStringLiteral("/tenant-cockpit/cockpit.db")));
        QCOMPARE(tc::defaultDatabaseUrlText(), QStringLiteral("sqlite:") + local);
        qputenv("TENANT_COCKPIT_DB", "sqlite:/tmp/elsewhere.db");
        QCOMPARE(tc::defaultDatabaseUrlText(), QStringLiteral("sqlite:/tmp/elsewhere.db"));
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
