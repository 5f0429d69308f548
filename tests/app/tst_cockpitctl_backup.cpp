// tst_cockpitctl_backup: `cockpitctl backup FILE` and `restore FILE` through the real binary. A backup
// is made while another connection (the desktop program) is in the middle of a save, a restore brings
// the data back and keeps what it replaced, bad files are refused with exit 1 and change nothing, a
// PostgreSQL office gets the pg_dump recipe, and wrong arguments are usage errors.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using tc::test::CliRun;
using tc::test::runCli;

class TestCockpitctlBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(tc::test::cockpitctlMissing().isEmpty(), qPrintable(tc::test::cockpitctlMissing()));
        QVERIFY(m_sandbox.isValid());
    }

    void backupAndRestore()
    {
        const QString office = QStringLiteral("sqlite:") + m_sandbox.filePath(QStringLiteral("office.db"));
        const QString copy = m_sandbox.filePath(QStringLiteral("office-monday.db"));
        RUN_CLI(init, (QStringList{QStringLiteral("--db"), office, QStringLiteral("init"), QStringLiteral("--demo"),
                                   QStringLiteral("300")}),
                environment());
        EXPECT_EXIT(init, 0);

        // The desktop program is saving something right now.
        auto gui = tc::Database::open(*tc::DatabaseUrl::parse(office), QStringLiteral("gui"));
        QVERIFY(gui);
        QVERIFY((*gui)->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        QVERIFY((*gui)->exec(QStringLiteral("UPDATE persons SET phone = 'half-saved'")).ok());
        RUN_CLI(saved, (QStringList{QStringLiteral("--db"), office, QStringLiteral("backup"), copy, QStringLiteral("--json")}),
                environment());
        QVERIFY((*gui)->exec(QStringLiteral("ROLLBACK")).ok());
        EXPECT_JSON_OK(saved, backup);
        QCOMPARE(backup.value(QStringLiteral("file")).toString(), copy);
        QCOMPARE(backup.value(QStringLiteral("schema_version")).toInt(), tc::Migrator::latestBuiltinVersion());
        QVERIFY(backup.value(QStringLiteral("bytes")).toInteger() > 0);
        QVERIFY(QFile::exists(copy));

        // Never over a file that exists.
        RUN_CLI(again, (QStringList{QStringLiteral("--db"), office, QStringLiteral("backup"), copy}), environment());
        EXPECT_REFUSED(again);
        EXPECT_STDERR_CONTAINS(again, QStringLiteral("exists"));

        // A ticket after the backup; the restore takes it away and keeps it in the saved file.
        RUN_CLI(ticket, (QStringList{QStringLiteral("--db"), office, QStringLiteral("tickets"), QStringLiteral("create"),
                                     QStringLiteral("--tenant"), QStringLiteral("1000001"), QStringLiteral("--title"),
                                     QStringLiteral("After the backup")}),
                environment());
        EXPECT_EXIT(ticket, 0);
        const qint64 before = tickets(office);
        RUN_CLI(restored, (QStringList{QStringLiteral("--db"), office, QStringLiteral("restore"), copy, QStringLiteral("--json")}),
                environment());
        EXPECT_JSON_OK(restored, restore);
        QCOMPARE(tickets(office), before - 1);
        QCOMPARE(restore.value(QStringLiteral("counts")).toObject().value(QStringLiteral("tickets")).toInteger(), before - 1);
        const QString kept = restore.value(QStringLiteral("previous_data_saved_as")).toString();
        QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QCOMPARE(tickets(QStringLiteral("sqlite:") + kept), before);
        auto check = tc::Database::open(*tc::DatabaseUrl::parse(office), QStringLiteral("check"));
        QVERIFY(check);
        QCOMPARE((*check)->scalar(QStringLiteral("SELECT count(*) FROM persons WHERE phone = 'half-saved'"))->toInt(), 0);

        // A file that is no office file: refused, nothing changed, nothing kept.
        const QString junk = m_sandbox.filePath(QStringLiteral("mieterliste.csv"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("property_ref;unit_ref\nP1;U1\n");
        file.close();
        const qsizetype keptFiles = QDir(m_sandbox.path()).entryList({QStringLiteral("*.before-restore-*")}).size();
        RUN_CLI(bad, (QStringList{QStringLiteral("--db"), office, QStringLiteral("restore"), junk}), environment());
        EXPECT_REFUSED(bad);
        EXPECT_STDERR_CONTAINS(bad, QStringLiteral("not a Tenant Cockpit office file"));
        QCOMPARE(tickets(office), before - 1);
        QCOMPARE(QDir(m_sandbox.path()).entryList({QStringLiteral("*.before-restore-*")}).size(), keptFiles);
    }

    void postgresqlGetsTheRecipe()
    {
        for (const QString &command : {QStringLiteral("backup"), QStringLiteral("restore")}) {
            RUN_CLI(run, (QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://cockpit@db.example.ch/office"),
                                      command, m_sandbox.filePath(QStringLiteral("pg.db"))}),
                    environment());
            EXPECT_REFUSED(run);
            EXPECT_STDERR_CONTAINS(run, QStringLiteral("pg_dump"));
        }
    }

    void usageErrors()
    {
        const QString office = QStringLiteral("sqlite:") + m_sandbox.filePath(QStringLiteral("never.db"));
        const QList<QStringList> wrong{{QStringLiteral("backup")},
                                       {QStringLiteral("restore")},
                                       {QStringLiteral("backup"), QStringLiteral("a.db"), QStringLiteral("b.db")},
                                       {QStringLiteral("restore"), QStringLiteral("a.db"), QStringLiteral("b.db")}};
        for (const QStringList &arguments : wrong) {
            RUN_CLI(run, (QStringList{QStringLiteral("--db"), office} + arguments), environment());
            EXPECT_EXIT(run, 2);
        }
        QVERIFY(!QFile::exists(m_sandbox.filePath(QStringLiteral("never.db"))));
    }

private:
    QProcessEnvironment environment() const
    {
        return tc::test::sandboxEnvironment(m_sandbox.filePath(QStringLiteral("home")));
    }
    static qint64 tickets(const QString &url)
    {
        auto db = tc::Database::open(*tc::DatabaseUrl::parse(url), QStringLiteral("tickets"));
        if (!db)
            return -1;
        auto n = (*db)->scalar(QStringLiteral("SELECT count(*) FROM tickets"));
        return n ? n->toLongLong() : -1;
    }

    QTemporaryDir m_sandbox;
};

QTEST_GUILESS_MAIN(TestCockpitctlBackup)
#include "tst_cockpitctl_backup.moc"
