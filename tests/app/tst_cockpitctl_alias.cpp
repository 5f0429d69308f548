// tst_cockpitctl_alias: alias users through the real cockpitctl binary on SQLite and PostgreSQL. The
// issue's story from the shell (a name-only future tenant imported as an alias, a ticket for them,
// the address from the next import, the invitation, the registration, the ticket theirs with its
// history); an alias made by hand, proposed at import and linked; the setting off; usage errors.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using tc::test::CliRun;
using tc::test::runCli;
using tc::test::runCliWithInput;
using tc::test::ScratchDatabase;

namespace {

const QByteArray kHeader = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                           "last_name,email,phone,language,move_in,move_out\n";
const QByteArray kAnna = "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1001,Anna,Müller,"
                         "anna@example.ch,,de,2019-04-01,\n";
// Lea moves in next year; the ERP has her name only, then her address.
const QByteArray kLeaNameOnly = "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,Wohnung 4,T-3001,Lea,Brunner,"
                                ",,de,2030-03-01,\n";
const QByteArray kLeaWithAddress = "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,Wohnung 4,T-3001,Lea,"
                                   "Brunner,lea@example.ch,,de,2030-03-01,\n";
// The ERP delivers the tenant an alias was made for by hand.
const QByteArray kNora = "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-4001,Nora,Meier,"
                         "nora@example.ch,,de,2030-04-01,\n";

const QByteArray kPassword = "Grüezi-Sonnenhof-7";

// `alias list --json`: one object whose "aliases" are the list.
QJsonArray aliasesOf(const CliRun &run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    if (!document.isObject() || !document.object().value(QStringLiteral("aliases")).isArray())
        qWarning("not an object with an \"aliases\" array: %s", run.out.constData());
    return document.object().value(QStringLiteral("aliases")).toArray();
}

} // namespace

class TestCockpitctlAlias : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storyFromTheShell_data();
    void storyFromTheShell();
    void handMadeAliasLinked_data();
    void handMadeAliasLinked();
    void settingOff_data();
    void settingOff();
    void usageErrors();

private:
    QProcessEnvironment environment() const { return tc::test::sandboxEnvironment(m_sandbox.filePath(QStringLiteral("home"))); }
    static QStringList withDb(const ScratchDatabase &db, QStringList arguments)
    {
        arguments.prepend(db.urlText());
        arguments.prepend(QStringLiteral("--db"));
        return arguments;
    }
    QString writeList(const QString &name, const QByteArray &rows) const;
    // init, the sender settings and alias_users as given.
    bool prepare(const ScratchDatabase &db, bool aliasUsers);

    QTemporaryDir m_sandbox;
};

void TestCockpitctlAlias::initTestCase()
{
    QVERIFY2(tc::test::cockpitctlMissing().isEmpty(), qPrintable(tc::test::cockpitctlMissing()));
    QVERIFY(m_sandbox.isValid());
}

QString TestCockpitctlAlias::writeList(const QString &name, const QByteArray &rows) const
{
    const QString path = m_sandbox.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kHeader + rows) != kHeader.size() + rows.size())
        return {};
    return path;
}

bool TestCockpitctlAlias::prepare(const ScratchDatabase &db, bool aliasUsers)
{
    const QList<QStringList> steps{
        {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Régie Example SA")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.from"),
         QStringLiteral("Régie <mieter@regie.example.ch>")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("registration.base_url"),
         QStringLiteral("https://app.example.ch/register")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("alias_users"),
         aliasUsers ? QStringLiteral("true") : QStringLiteral("false")}};
    for (const QStringList &step : steps) {
        const CliRun run = runCli(withDb(db, step), environment());
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return false;
        }
    }
    return true;
}

void TestCockpitctlAlias::storyFromTheShell_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlAlias::storyFromTheShell()
{
    TC_SCRATCH_DATABASE(db);
    QVERIFY(prepare(db, true));
    const QString first = writeList(QStringLiteral("first.csv"), kAnna + kLeaNameOnly);
    const QString second = writeList(QStringLiteral("second.csv"), kAnna + kLeaWithAddress);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    RUN_CLI(imported, withDb(db, {QStringLiteral("import"), first, QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(imported, report);
    QCOMPARE(report.value(QStringLiteral("aliases_created")).toArray(), QJsonArray{QStringLiteral("T-3001")});

    RUN_CLI(listed, withDb(db, {QStringLiteral("alias"), QStringLiteral("list"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(listed, listedJson);
    const QJsonArray aliases = aliasesOf(listed);
    QCOMPARE(aliases.size(), 1);
    const QJsonObject lea = aliases.first().toObject();
    QCOMPARE(lea.value(QStringLiteral("tenant_ref")).toString(), QStringLiteral("T-3001"));
    QCOMPARE(lea.value(QStringLiteral("origin")).toString(), QStringLiteral("import"));
    QCOMPARE(lea.value(QStringLiteral("move_in")).toString(), QStringLiteral("2030-03-01"));
    QCOMPARE(lea.value(QStringLiteral("unit")).toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("U-104"));

    RUN_CLI(created, withDb(db, {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--tenant"),
                                 QStringLiteral("T-3001"), QStringLiteral("--title"), QStringLiteral("Besichtigungstermin"),
                                 QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(created, ticket);
    const qint64 ticketId = ticket.value(QStringLiteral("id")).toInteger();
    QVERIFY(ticketId > 0);

    RUN_CLI(again, withDb(db, {QStringLiteral("import"), second, QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(again, secondReport);
    QVERIFY(secondReport.value(QStringLiteral("aliases_created")).toArray().isEmpty());

    RUN_CLI(invited, withDb(db, {QStringLiteral("invite"), QStringLiteral("--tenant"), QStringLiteral("T-3001")}),
            environment());
    EXPECT_EXIT(invited, 0);
    QString code;
    {
        auto connection = tc::Database::open(db.url(), QStringLiteral("code"));
        QVERIFY(connection);
        auto found = (*connection)->scalar(QStringLiteral("SELECT c.code FROM activation_codes c JOIN persons p "
                                                          "ON p.id = c.person_id WHERE p.erp_ref = 'T-3001'"));
        QVERIFY(found && !found->isNull());
        code = found->toString();
        // The code went out in the invitation to her new address.
        auto mailed = (*connection)->scalar(QStringLiteral("SELECT count(*) FROM mail_outbox WHERE recipient = "
                                                           "'lea@example.ch' AND body_text LIKE ?"),
                                            {QStringLiteral("%") + code + u'%'});
        QVERIFY(mailed && mailed->toInt() == 1);
    }

    const CliRun registered = runCliWithInput(withDb(db, {QStringLiteral("register"), QStringLiteral("--code"), code,
                                                          QStringLiteral("--json")}),
                                              environment(), kPassword + "\n");
    QVERIFY2(registered.finished, qPrintable(registered.describe()));
    EXPECT_JSON_OK(registered, account);
    QCOMPARE(account.value(QStringLiteral("tenant_ref")).toString(), QStringLiteral("T-3001"));
    QCOMPARE(account.value(QStringLiteral("tickets_from_alias")).toInt(), 1);

    RUN_CLI(theirs, withDb(db, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--tenant"),
                                QStringLiteral("T-3001"), QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(theirs, list);
    const QJsonArray tickets = list.value(QStringLiteral("tickets")).toArray();
    QCOMPARE(tickets.size(), 1);
    QCOMPARE(tickets.first().toObject().value(QStringLiteral("id")).toInteger(), ticketId);
    QCOMPARE(tickets.first().toObject().value(QStringLiteral("tenant")).toObject().value(QStringLiteral("tenant_ref")).toString(),
             QStringLiteral("T-3001"));

    RUN_CLI(shown, withDb(db, {QStringLiteral("tickets"), QStringLiteral("show"), QString::number(ticketId),
                               QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(shown, detail);
    QStringList kinds;
    for (const QJsonValue &entry : detail.value(QStringLiteral("history")).toArray())
        kinds << entry.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("created"), QStringLiteral("transferred_from_alias")}));

    RUN_CLI(none, withDb(db, {QStringLiteral("alias"), QStringLiteral("list"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(none, noneJson);
    QVERIFY(noneJson.value(QStringLiteral("aliases")).isArray());
    QVERIFY(aliasesOf(none).isEmpty());
    const CliRun login = runCliWithInput(withDb(db, {QStringLiteral("tenant-login"), QStringLiteral("--email"),
                                                     QStringLiteral("lea@example.ch")}),
                                         environment(), kPassword + "\n");
    EXPECT_EXIT(login, 0);
}

void TestCockpitctlAlias::handMadeAliasLinked_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlAlias::handMadeAliasLinked()
{
    TC_SCRATCH_DATABASE(db);
    QVERIFY(prepare(db, true));
    const QString first = writeList(QStringLiteral("anna.csv"), kAnna);
    RUN_CLI(imported, withDb(db, {QStringLiteral("import"), first}), environment());
    EXPECT_EXIT(imported, 0);

    // Plain output: the id alone, for scripts.
    RUN_CLI(created, withDb(db, {QStringLiteral("alias"), QStringLiteral("create"), QStringLiteral("--unit"),
                                 QStringLiteral("U-101"), QStringLiteral("--name"), QStringLiteral("Nora Meier"),
                                 QStringLiteral("--move-in"), QStringLiteral("01.04.2030")}),
            environment());
    EXPECT_EXIT(created, 0);
    bool number = false;
    const qint64 aliasId = created.outText().trimmed().toLongLong(&number);
    QVERIFY2(number && aliasId > 0, qPrintable(created.describe()));

    RUN_CLI(twice, withDb(db, {QStringLiteral("alias"), QStringLiteral("create"), QStringLiteral("--unit"),
                               QStringLiteral("U-101"), QStringLiteral("--name"), QStringLiteral("nora meier"),
                               QStringLiteral("--json")}),
            environment());
    EXPECT_REFUSED(twice);
    EXPECT_STDERR_CONTAINS(twice, QString::number(aliasId));
    RUN_CLI(noUnit, withDb(db, {QStringLiteral("alias"), QStringLiteral("create"), QStringLiteral("--unit"),
                                QStringLiteral("U-999"), QStringLiteral("--name"), QStringLiteral("Max Muster")}),
            environment());
    EXPECT_REFUSED(noUnit);
    EXPECT_STDERR_CONTAINS(noUnit, QStringLiteral("U-999"));

    // A ticket for the alias, by its id.
    RUN_CLI(ticket, withDb(db, {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--tenant"),
                                QString::number(aliasId), QStringLiteral("--title"), QStringLiteral("Wohnungsübergabe"),
                                QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(ticket, ticketJson);
    QCOMPARE(ticketJson.value(QStringLiteral("unit")).toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("U-101"));
    const qint64 ticketId = ticketJson.value(QStringLiteral("id")).toInteger();

    // The ERP delivers Nora on that unit: proposed, not linked.
    const QString second = writeList(QStringLiteral("nora.csv"), kAnna + kNora);
    RUN_CLI(delivered, withDb(db, {QStringLiteral("import"), second, QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(delivered, report);
    const QJsonArray proposals = report.value(QStringLiteral("alias_proposals")).toArray();
    QCOMPARE(proposals.size(), 1);
    QCOMPARE(proposals.first().toObject().value(QStringLiteral("alias_id")).toInteger(), aliasId);
    QCOMPARE(proposals.first().toObject().value(QStringLiteral("tenant_refs")).toArray(), QJsonArray{QStringLiteral("T-4001")});
    RUN_CLI(listed, withDb(db, {QStringLiteral("alias"), QStringLiteral("list"), QStringLiteral("--json")}), environment());
    const QJsonArray aliases = aliasesOf(listed);
    QCOMPARE(aliases.size(), 1);
    QCOMPARE(aliases.first().toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("manual"));
    QCOMPARE(aliases.first().toObject().value(QStringLiteral("tickets")).toInt(), 1);
    QCOMPARE(aliases.first().toObject().value(QStringLiteral("candidates")).toArray().first().toObject().value(
                 QStringLiteral("tenant_ref")).toString(),
             QStringLiteral("T-4001"));
    RUN_CLI(plain, withDb(db, {QStringLiteral("alias"), QStringLiteral("list")}), environment());
    QVERIFY2(plain.outText().contains(QStringLiteral("alias link %1 --tenant T-4001").arg(aliasId)), qPrintable(plain.describe()));

    RUN_CLI(linked, withDb(db, {QStringLiteral("alias"), QStringLiteral("link"), QString::number(aliasId),
                                QStringLiteral("--tenant"), QStringLiteral("T-4001"), QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(linked, link);
    QCOMPARE(link.value(QStringLiteral("tickets_moved")).toInt(), 1);
    RUN_CLI(theirs, withDb(db, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--tenant"),
                                QStringLiteral("T-4001"), QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(theirs, list);
    QCOMPARE(list.value(QStringLiteral("tickets")).toArray().size(), 1);
    QCOMPARE(list.value(QStringLiteral("tickets")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), ticketId);

    RUN_CLI(relink, withDb(db, {QStringLiteral("alias"), QStringLiteral("link"), QString::number(aliasId),
                                QStringLiteral("--tenant"), QStringLiteral("T-4001")}),
            environment());
    EXPECT_REFUSED(relink);
    RUN_CLI(empty, withDb(db, {QStringLiteral("alias"), QStringLiteral("list"), QStringLiteral("--json")}), environment());
    EXPECT_EXIT(empty, 0);
    QCOMPARE(aliasesOf(empty).size(), 0);
}

void TestCockpitctlAlias::settingOff_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlAlias::settingOff()
{
    TC_SCRATCH_DATABASE(db);
    QVERIFY(prepare(db, false));
    const QString list = writeList(QStringLiteral("off.csv"), kAnna + kLeaNameOnly);
    RUN_CLI(imported, withDb(db, {QStringLiteral("import"), list, QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(imported, report);
    QVERIFY(report.value(QStringLiteral("aliases_created")).toArray().isEmpty());
    RUN_CLI(created, withDb(db, {QStringLiteral("alias"), QStringLiteral("create"), QStringLiteral("--unit"),
                                 QStringLiteral("U-101"), QStringLiteral("--name"), QStringLiteral("Nora Meier")}),
            environment());
    EXPECT_REFUSED(created);
    EXPECT_STDERR_CONTAINS(created, QStringLiteral("alias_users"));
    RUN_CLI(listed, withDb(db, {QStringLiteral("alias"), QStringLiteral("list"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(listed, listedJson);
    QVERIFY(listedJson.value(QStringLiteral("aliases")).isArray());
    QVERIFY(aliasesOf(listed).isEmpty());
}

void TestCockpitctlAlias::usageErrors()
{
    const QString db = QStringLiteral("sqlite:") + m_sandbox.filePath(QStringLiteral("never.db"));
    const QList<QStringList> wrong{
        {QStringLiteral("alias")},
        {QStringLiteral("alias"), QStringLiteral("remove"), QStringLiteral("1")},
        {QStringLiteral("alias"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Nora Meier")},
        {QStringLiteral("alias"), QStringLiteral("create"), QStringLiteral("--unit"), QStringLiteral("U-1")},
        {QStringLiteral("alias"), QStringLiteral("create"), QStringLiteral("--unit"), QStringLiteral("U-1"),
         QStringLiteral("--name"), QStringLiteral("N"), QStringLiteral("--move-in"), QStringLiteral("next spring")},
        {QStringLiteral("alias"), QStringLiteral("list"), QStringLiteral("--unit"), QStringLiteral("U-1")},
        {QStringLiteral("alias"), QStringLiteral("list"), QStringLiteral("extra")},
        {QStringLiteral("alias"), QStringLiteral("link"), QStringLiteral("abc"), QStringLiteral("--tenant"), QStringLiteral("T")},
        {QStringLiteral("alias"), QStringLiteral("link"), QStringLiteral("4")},
        {QStringLiteral("alias"), QStringLiteral("create"), QStringLiteral("--unit"), QStringLiteral("U-1"),
         QStringLiteral("--name"), QStringLiteral("N"), QStringLiteral("--tenant"), QStringLiteral("T")},
        {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--unit"), QStringLiteral("U-1")},
        {QStringLiteral("status"), QStringLiteral("--move-in"), QStringLiteral("2030-01-01")},
    };
    for (const QStringList &arguments : wrong) {
        RUN_CLI(run, (QStringList{QStringLiteral("--db"), db} + arguments), environment());
        EXPECT_EXIT(run, 2);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    }
    QVERIFY(!QFile::exists(m_sandbox.filePath(QStringLiteral("never.db"))));
}

QTEST_GUILESS_MAIN(TestCockpitctlAlias)
#include "tst_cockpitctl_alias.moc"
