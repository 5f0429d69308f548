// tst_cockpitctl_copyto: a demo office moves from its local file to an empty PostgreSQL database
// through the real cockpitctl. Every table arrives with the same rows (counts and checksums, and the
// same tickets as the file lists them); the server's ids go on after the copied ones; a second copy
// into the now full database, a copy to a file and one to a server that does not answer are refused
// with nothing changed; and the checksum does notice a single changed value.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "storage/Database.h"
#include "storage/OfficeCopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using tc::test::CliRun;
using tc::test::runCli;
using tc::test::ScratchDatabase;

class TestCockpitctlCopyTo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(tc::test::cockpitctlMissing().isEmpty(), qPrintable(tc::test::cockpitctlMissing()));
        QVERIFY(m_sandbox.isValid());
    }

    void movesTheOfficeToTheServer()
    {
        const QString file = QStringLiteral("sqlite:") + m_sandbox.filePath(QStringLiteral("office.db"));
        RUN_CLI(init, (QStringList{QStringLiteral("--db"), file, QStringLiteral("init"), QStringLiteral("--demo"),
                                   QStringLiteral("300")}),
                environment());
        EXPECT_EXIT(init, 0);
        RUN_CLI(setting, (QStringList{QStringLiteral("--db"), file, QStringLiteral("settings"), QStringLiteral("set"),
                                      QStringLiteral("alias_users"), QStringLiteral("true")}),
                environment());
        EXPECT_EXIT(setting, 0);
        RUN_CLI(before, (QStringList{QStringLiteral("--db"), file, QStringLiteral("status"), QStringLiteral("--json")}), environment());
        EXPECT_JSON_OK(before, fileStatus);
        const QJsonObject fileCounts = fileStatus.value(QStringLiteral("counts")).toObject();

        ScratchDatabase server(tc::test::Backend::PostgreSQL);
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        RUN_CLI(copy, (QStringList{QStringLiteral("--db"), file, QStringLiteral("--json"), QStringLiteral("copy-to"), server.urlText()}),
                environment());
        EXPECT_JSON_OK(copy, report);
        const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), fileCounts.size());
        qint64 total = 0;
        for (const QJsonValue &t : tables) {
            const QJsonObject table = t.toObject();
            const QString name = table.value(QStringLiteral("table")).toString();
            QCOMPARE(table.value(QStringLiteral("rows")).toInteger(), fileCounts.value(name).toInteger(-1));
            QCOMPARE(table.value(QStringLiteral("checksum")).toString().size(), 64);
            total += table.value(QStringLiteral("rows")).toInteger();
        }
        QVERIFY(total > 1000);
        QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), total);
        QCOMPARE(report.value(QStringLiteral("agents_without_server_password")).toArray().size(),
                 fileCounts.value(QStringLiteral("agents")).toInt());

        // The server says the same, and lists the same tickets the same way.
        RUN_CLI(after, (QStringList{QStringLiteral("--db"), server.urlText(), QStringLiteral("status"), QStringLiteral("--json")}),
                environment());
        EXPECT_JSON_OK(after, serverStatus);
        QCOMPARE(serverStatus.value(QStringLiteral("counts")).toObject(), fileCounts);
        const QStringList listTickets{QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--json")};
        RUN_CLI(fileTickets, QStringList({QStringLiteral("--db"), file}) + listTickets, environment());
        RUN_CLI(serverTickets, QStringList({QStringLiteral("--db"), server.urlText()}) + listTickets, environment());
        EXPECT_JSON_OK(fileTickets, fromFile);
        EXPECT_JSON_OK(serverTickets, fromServer);
        QVERIFY(!fromFile.value(QStringLiteral("tickets")).toArray().isEmpty());
        QCOMPARE(fromServer, fromFile);

        // New records on the server get ids after the copied ones.
        const QString tenant = fromFile.value(QStringLiteral("tickets")).toArray().at(0).toObject()
                                   .value(QStringLiteral("tenant")).toObject().value(QStringLiteral("tenant_ref")).toString();
        RUN_CLI(created, (QStringList{QStringLiteral("--db"), server.urlText(), QStringLiteral("--json"), QStringLiteral("tickets"),
                                      QStringLiteral("create"), QStringLiteral("--tenant"), tenant, QStringLiteral("--title"),
                                      QStringLiteral("Erster Fall auf dem Server")}),
                environment());
        EXPECT_JSON_OK(created, ticket);
        QCOMPARE(ticket.value(QStringLiteral("id")).toInteger(), fileCounts.value(QStringLiteral("tickets")).toInteger() + 1);

        // A second copy into the full database is refused; so are a file and a server that does not answer.
        RUN_CLI(again, (QStringList{QStringLiteral("--db"), file, QStringLiteral("copy-to"), server.urlText()}), environment());
        EXPECT_REFUSED(again);
        EXPECT_STDERR_CONTAINS(again, QStringLiteral("not empty"));
        RUN_CLI(toFile, (QStringList{QStringLiteral("--db"), file, QStringLiteral("copy-to"),
                                     QStringLiteral("sqlite:") + m_sandbox.filePath(QStringLiteral("other.db"))}),
                environment());
        EXPECT_REFUSED(toFile);
        QVERIFY(!QFile::exists(m_sandbox.filePath(QStringLiteral("other.db"))));
        RUN_CLI(nobody, (QStringList{QStringLiteral("--db"), file, QStringLiteral("copy-to"),
                                     QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")}),
                environment());
        EXPECT_REFUSED(nobody);
        RUN_CLI(usage, (QStringList{QStringLiteral("--db"), file, QStringLiteral("copy-to")}), environment());
        EXPECT_EXIT(usage, 2);
        // The file is as it was.
        RUN_CLI(still, (QStringList{QStringLiteral("--db"), file, QStringLiteral("status"), QStringLiteral("--json")}), environment());
        EXPECT_JSON_OK(still, stillStatus);
        QCOMPARE(stillStatus.value(QStringLiteral("counts")).toObject(), fileCounts);

        // The checksum notices one changed value.
        auto db = tc::Database::open(server.url(), QStringLiteral("check"));
        QVERIFY(db);
        const QStringList columns{QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                                  QStringLiteral("updated_at")};
        auto one = tc::OfficeCopy::summarize(**db, QStringLiteral("persons"), columns, {QStringLiteral("updated_at")}, {});
        QVERIFY(one);
        QVERIFY((*db)->exec(QStringLiteral("UPDATE persons SET first_name = first_name || 'x' WHERE id = (SELECT min(id) FROM persons)")));
        auto two = tc::OfficeCopy::summarize(**db, QStringLiteral("persons"), columns, {QStringLiteral("updated_at")}, {});
        QVERIFY(two);
        QCOMPARE(two->rows, one->rows);
        QVERIFY(two->checksum != one->checksum);
    }

private:
    QProcessEnvironment environment() const { return tc::test::sandboxEnvironment(m_sandbox.filePath(QStringLiteral("home"))); }

    QTemporaryDir m_sandbox;
};

QTEST_GUILESS_MAIN(TestCockpitctlCopyTo)
#include "tst_cockpitctl_copyto.moc"
