// tst_cockpitctl_tickets: tickets and agents through the real cockpitctl binary on SQLite and
// PostgreSQL: what a script sees (JSON, exit codes 0 / 1 / 2, messages on stderr) for creating,
// listing, showing with history, assigning, moving and commenting, and the refusals: unknown tenant,
// ticket or agent, a merged tenant, a move the workflow does not allow, a login taken. And the phone
// call from the shell: the caller found by "tenants search" in any spelling, in the order the desktop
// program's search gives, and a ticket logged for them.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "services/Office.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using tc::test::CliRun;
using tc::test::cockpitctlPath;
using tc::test::runCli;
using tc::test::ScratchDatabase;

namespace {

const QByteArray kTenantList =
    "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,phone,"
    "language,move_in,move_out\n"
    "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1001,Anna,Müller,anna@example.ch,044 123 45 67,de,"
    "2019-04-01,\n"
    "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-202,Appartamento 4,T-2002,Marco,Rossi,marco@example.it,,it,"
    "2023-07-01,\n"
    "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-203,Appartamento 5,T-2003,Gianni,Bianchi,,,it,2023-07-01,\n";

} // namespace

class TestCockpitctlTickets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ticketLifecycle_data();
    void ticketLifecycle();
    void refusals_data();
    void refusals();
    void agents_data();
    void agents();
    void usageErrors_data();
    void usageErrors();
    void helpNamesTheCommands();
    void phoneCallFromTheShell_data();
    void phoneCallFromTheShell();

private:
    QProcessEnvironment environment() const;
    static QStringList withDb(const ScratchDatabase &db, QStringList arguments);
    // init, the tenant list imported, two agents: the office every test starts from.
    bool prepare(const ScratchDatabase &db);

    QTemporaryDir m_sandbox;
};

QProcessEnvironment TestCockpitctlTickets::environment() const
{
    QProcessEnvironment env = tc::test::sandboxEnvironment(m_sandbox.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("USER"), QStringLiteral("script-user"));
    return env;
}

QStringList TestCockpitctlTickets::withDb(const ScratchDatabase &db, QStringList arguments)
{
    arguments.prepend(db.urlText());
    arguments.prepend(QStringLiteral("--db"));
    return arguments;
}

void TestCockpitctlTickets::initTestCase()
{
    QVERIFY2(tc::test::cockpitctlMissing().isEmpty(), qPrintable(tc::test::cockpitctlMissing()));
    QVERIFY(m_sandbox.isValid());
    QFile list(m_sandbox.filePath(QStringLiteral("tenants.csv")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    QCOMPARE(list.write(kTenantList), kTenantList.size());
}

bool TestCockpitctlTickets::prepare(const ScratchDatabase &db)
{
    const QList<QStringList> steps{
        {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Régie Example SA")},
        {QStringLiteral("import"), m_sandbox.filePath(QStringLiteral("tenants.csv"))},
        {QStringLiteral("agents"), QStringLiteral("add"), QStringLiteral("lucia.rossi"), QStringLiteral("--name"),
         QStringLiteral("Lucia Rossi"), QStringLiteral("--role"), QStringLiteral("agent")},
        {QStringLiteral("agents"), QStringLiteral("add"), QStringLiteral("peter.meier"), QStringLiteral("--name"),
         QStringLiteral("Peter Meier"), QStringLiteral("--role"), QStringLiteral("manager")}};
    for (const QStringList &step : steps) {
        const CliRun run = runCli(withDb(db, step), environment());
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return false;
        }
    }
    return true;
}

void TestCockpitctlTickets::ticketLifecycle_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlTickets::ticketLifecycle()
{
    TC_SCRATCH_DATABASE(db);
    QVERIFY(prepare(db));
    const auto L = [](const char *text) { return QString::fromUtf8(text); };

    RUN_CLI(create, withDb(db, {L("tickets"), L("create"), L("--tenant"), L("T-1001"), L("--title"), L("Radiator cold"),
                                L("--description"), L("Living room, since Monday"), L("--channel"), L("email"),
                                L("--category"), L("Heizung"), L("--assignee"), L("LUCIA.ROSSI"), L("--json")}),
            environment());
    EXPECT_JSON_OK(create, ticket);
    const qint64 id = ticket.value(L("id")).toInteger();
    QVERIFY(id > 0);
    const QJsonObject tenant = ticket.value(L("tenant")).toObject();
    QCOMPARE(tenant.value(L("tenant_ref")).toString(), L("T-1001"));
    QCOMPARE(tenant.value(L("first_name")).toString(), L("Anna"));
    QCOMPARE(tenant.value(L("last_name")).toString(), L("Müller"));
    QVERIFY(tenant.value(L("id")).toInteger() > 0);
    QCOMPARE(ticket.value(L("unit")).toObject().value(L("label")).toString(), L("Wohnung 1"));
    QCOMPARE(ticket.value(L("property")).toObject().value(L("name")).toString(), L("Wohnpark Sonnenhof"));
    QCOMPARE(ticket.value(L("channel")).toString(), L("email"));
    QCOMPARE(ticket.value(L("category")).toString(), L("Heizung"));
    QCOMPARE(ticket.value(L("title")).toString(), L("Radiator cold"));
    QCOMPARE(ticket.value(L("description")).toString(), L("Living room, since Monday"));
    QCOMPARE(ticket.value(L("priority")).toString(), L("normal"));
    QVERIFY(ticket.value(L("due_date")).isNull());
    QCOMPARE(ticket.value(L("status")).toString(), L("new"));
    QCOMPARE(ticket.value(L("assignee")).toString(), L("lucia.rossi"));
    QCOMPARE(ticket.value(L("created_by")).toString(), L("script-user"));
    QVERIFY(ticket.value(L("created_at")).toString().endsWith(u'Z'));
    QVERIFY(!ticket.value(L("updated_at")).toString().isEmpty());
    QCOMPARE(ticket.value(L("row_version")).toInt(), 1);

    // A second one with the defaults, for Marco, unassigned.
    RUN_CLI(second, withDb(db, {L("tickets"), L("create"), L("--tenant"), L("T-2002"), L("--title"), L("Lift"), L("--json")}),
            environment());
    EXPECT_JSON_OK(second, secondTicket);
    const qint64 secondId = secondTicket.value(L("id")).toInteger();
    QCOMPARE(secondTicket.value(L("channel")).toString(), L("phone"));
    QVERIFY(secondTicket.value(L("assignee")).isNull());

    // Without --json: a sentence.
    RUN_CLI(plain, withDb(db, {L("tickets"), L("status"), QString::number(id), L("in_progress")}), environment());
    EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.outText().contains(L("#%1").arg(id)), qPrintable(plain.describe()));

    RUN_CLI(assign, withDb(db, {L("tickets"), L("assign"), QString::number(secondId), L("peter.meier"), L("--json")}), environment());
    EXPECT_JSON_OK(assign, assigned);
    QCOMPARE(assigned.value(L("assignee")).toString(), L("peter.meier"));
    QCOMPARE(assigned.value(L("row_version")).toInt(), 2);

    RUN_CLI(note, withDb(db, {L("tickets"), L("comment"), QString::number(id), L("Called the plumber"), L("--internal"), L("--json")}),
            environment());
    EXPECT_JSON_OK(note, noteJson);
    QCOMPARE(noteJson.value(L("internal")).toBool(), true);
    RUN_CLI(visible, withDb(db, {L("tickets"), L("comment"), QString::number(id), L("The plumber comes on Friday")}), environment());
    EXPECT_EXIT(visible, 0);

    // The list, filtered.
    RUN_CLI(all, withDb(db, {L("tickets"), L("list"), L("--json")}), environment());
    EXPECT_JSON_OK(all, allJson);
    const QJsonArray allTickets = allJson.value(L("tickets")).toArray();
    QCOMPARE(allTickets.size(), 2);
    QCOMPARE(allTickets.at(0).toObject().value(L("id")).toInteger(), secondId); // newest first
    const auto listIds = [&](const QStringList &filter) {
        QList<qint64> ids;
        const CliRun run = runCli(withDb(db, QStringList{L("tickets"), L("list"), L("--json")} + filter), environment());
        QString error;
        const QJsonObject json = tc::test::jsonOf(run, &error);
        for (const QJsonValue &t : json.value(L("tickets")).toArray())
            ids << t.toObject().value(L("id")).toInteger();
        if (run.exitCode != 0 || !error.isEmpty())
            ids << -1;
        return ids;
    };
    QCOMPARE(listIds({L("--tenant"), L("T-1001")}), QList<qint64>{id});
    QCOMPARE(listIds({L("--assignee"), L("peter.meier")}), QList<qint64>{secondId});
    QCOMPARE(listIds({L("--status"), L("in_progress")}), QList<qint64>{id});
    QCOMPARE(listIds({L("--status"), L("done")}), QList<qint64>{});
    QCOMPARE(listIds({L("--tenant"), L("T-2002"), L("--assignee"), L("lucia.rossi")}), QList<qint64>{});

    // show: the ticket with its history, oldest first.
    RUN_CLI(show, withDb(db, {L("tickets"), L("show"), QString::number(id), L("--json")}), environment());
    EXPECT_JSON_OK(show, shown);
    QCOMPARE(shown.value(L("status")).toString(), L("in_progress"));
    QCOMPARE(shown.value(L("row_version")).toInt(), 2);
    const QJsonArray history = shown.value(L("history")).toArray();
    QStringList kinds;
    for (const QJsonValue &entry : history)
        kinds << entry.toObject().value(L("kind")).toString();
    QCOMPARE(kinds, (QStringList{L("created"), L("assignee"), L("status"), L("comment"), L("comment")}));
    const QJsonObject status = history.at(2).toObject();
    QCOMPARE(status.value(L("who")).toString(), L("script-user"));
    QCOMPARE(status.value(L("old")).toString(), L("new"));
    QCOMPARE(status.value(L("new")).toString(), L("in_progress"));
    QVERIFY(status.value(L("at")).toString().endsWith(u'Z'));
    QVERIFY(status.value(L("text")).isNull());
    QCOMPARE(history.at(3).toObject().value(L("text")).toString(), L("Called the plumber"));
    QCOMPARE(history.at(3).toObject().value(L("internal")).toBool(), true);
    QCOMPARE(history.at(4).toObject().value(L("text")).toString(), L("The plumber comes on Friday"));
    QCOMPARE(history.at(4).toObject().value(L("internal")).toBool(), false);

    // Through to closed and reopened.
    for (const QString &next : {L("done"), L("closed"), L("in_progress")}) {
        RUN_CLI(move, withDb(db, {L("tickets"), L("status"), QString::number(id), next, L("--json")}), environment());
        EXPECT_JSON_OK(move, moved);
        QCOMPARE(moved.value(L("status")).toString(), next);
    }
    RUN_CLI(reopened, withDb(db, {L("tickets"), L("show"), QString::number(id), L("--json")}), environment());
    EXPECT_JSON_OK(reopened, reopenedJson);
    QCOMPARE(reopenedJson.value(L("history")).toArray().last().toObject().value(L("kind")).toString(), L("reopened"));
}

void TestCockpitctlTickets::refusals_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlTickets::refusals()
{
    TC_SCRATCH_DATABASE(db);
    QVERIFY(prepare(db));
    const auto L = [](const char *text) { return QString::fromUtf8(text); };
    {
        // Gianni is merged into Marco.
        auto conn = tc::Database::open(db.url(), QStringLiteral("merge"));
        QVERIFY(conn);
        QVERIFY((*conn)->exec(L("UPDATE persons SET merged_into_id = (SELECT id FROM persons WHERE erp_ref = 'T-2002'), "
                                "retired_at = ? WHERE erp_ref = 'T-2003'"),
                              {QDateTime::currentDateTimeUtc()}).ok());
    }
    const QList<std::pair<QStringList, QString>> cases{
        {{L("tickets"), L("create"), L("--tenant"), L("T-9999"), L("--title"), L("X")}, L("T-9999")},
        {{L("tickets"), L("create"), L("--tenant"), L("T-2003"), L("--title"), L("X")}, L("merged")},
        {{L("tickets"), L("create"), L("--tenant"), L("T-1001"), L("--title"), L("X"), L("--assignee"), L("nobody")}, L("nobody")},
        {{L("tickets"), L("create"), L("--tenant"), L("T-1001"), L("--title"), L("   ")}, L("title")},
        {{L("tickets"), L("show"), L("4242")}, L("#4242")},
        {{L("tickets"), L("status"), L("4242"), L("done")}, L("#4242")},
        {{L("tickets"), L("comment"), L("4242"), L("hello")}, L("#4242")},
        {{L("tickets"), L("list"), L("--tenant"), L("T-9999")}, L("T-9999")},
    };
    for (const auto &[arguments, message] : cases) {
        RUN_CLI(run, withDb(db, arguments), environment());
        EXPECT_REFUSED(run);
        EXPECT_STDERR_CONTAINS(run, message);
    }
    RUN_CLI(create, withDb(db, {L("tickets"), L("create"), L("--tenant"), L("T-1001"), L("--title"), L("Keys"), L("--json")}),
            environment());
    EXPECT_JSON_OK(create, ticket);
    const QString id = QString::number(ticket.value(L("id")).toInteger());
    // A move the workflow does not allow: refused with the ones it does, and nothing changes.
    RUN_CLI(bad, withDb(db, {L("tickets"), L("status"), id, L("in_progress")}), environment());
    EXPECT_EXIT(bad, 0);
    RUN_CLI(closed, withDb(db, {L("tickets"), L("status"), id, L("closed")}), environment());
    EXPECT_REFUSED(closed);
    EXPECT_STDERR_CONTAINS(closed, L("waiting_tenant, waiting_third_party, done"));
    RUN_CLI(assignNobody, withDb(db, {L("tickets"), L("assign"), id, L("nobody")}), environment());
    EXPECT_REFUSED(assignNobody);
    EXPECT_STDERR_CONTAINS(assignNobody, L("nobody"));
    RUN_CLI(show, withDb(db, {L("tickets"), L("show"), id, L("--json")}), environment());
    EXPECT_JSON_OK(show, shown);
    QCOMPARE(shown.value(L("status")).toString(), L("in_progress"));
    QCOMPARE(shown.value(L("row_version")).toInt(), 2);
    QVERIFY(shown.value(L("assignee")).isNull());
}

void TestCockpitctlTickets::agents_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlTickets::agents()
{
    TC_SCRATCH_DATABASE(db);
    QVERIFY(prepare(db));
    const auto L = [](const char *text) { return QString::fromUtf8(text); };
    RUN_CLI(add, withDb(db, {L("agents"), L("add"), L("anna.b"), L("--name"), L("Anna Bernasconi"), L("--role"),
                             L("administrator"), L("--json")}),
            environment());
    EXPECT_JSON_OK(add, added);
    QCOMPARE(added.value(L("login")).toString(), L("anna.b"));
    QCOMPARE(added.value(L("name")).toString(), L("Anna Bernasconi"));
    QCOMPARE(added.value(L("role")).toString(), L("administrator"));
    QVERIFY(added.value(L("id")).toInteger() > 0);

    RUN_CLI(taken, withDb(db, {L("agents"), L("add"), L("Lucia.Rossi"), L("--name"), L("Other"), L("--role"), L("agent")}),
            environment());
    EXPECT_REFUSED(taken);
    EXPECT_STDERR_CONTAINS(taken, L("taken"));
    RUN_CLI(badLogin, withDb(db, {L("agents"), L("add"), L("x y"), L("--name"), L("Other"), L("--role"), L("agent")}),
            environment());
    EXPECT_REFUSED(badLogin);

    RUN_CLI(list, withDb(db, {L("agents"), L("list"), L("--json")}), environment());
    EXPECT_JSON_OK(list, listed);
    QStringList logins;
    for (const QJsonValue &a : listed.value(L("agents")).toArray())
        logins << a.toObject().value(L("login")).toString();
    QCOMPARE(logins, (QStringList{L("anna.b"), L("lucia.rossi"), L("peter.meier")})); // by name

    // Roles change, people leave; the last manager stays one.
    RUN_CLI(promoted, withDb(db, {L("agents"), L("set-role"), L("ANNA.B"), L("manager"), L("--json")}), environment());
    EXPECT_JSON_OK(promoted, promotedJson);
    QCOMPARE(promotedJson.value(L("role")).toString(), L("manager"));
    QCOMPARE(promotedJson.value(L("changed")).toBool(), true);
    RUN_CLI(left, withDb(db, {L("agents"), L("disable"), L("peter.meier"), L("--json")}), environment());
    EXPECT_JSON_OK(left, leftJson);
    QCOMPARE(leftJson.value(L("disabled")).toBool(), true);
    RUN_CLI(last, withDb(db, {L("agents"), L("disable"), L("anna.b")}), environment());
    EXPECT_REFUSED(last);
    EXPECT_STDERR_CONTAINS(last, L("last active manager"));
    RUN_CLI(after, withDb(db, {L("agents"), L("list"), L("--json")}), environment());
    EXPECT_JSON_OK(after, afterJson);
    QCOMPARE(afterJson.value(L("agents")).toArray().size(), 2);
    RUN_CLI(assign, withDb(db, {L("tickets"), L("create"), L("--tenant"), L("T-1001"), L("--title"), L("X"),
                                L("--assignee"), L("peter.meier")}),
            environment());
    EXPECT_REFUSED(assign);
    EXPECT_STDERR_CONTAINS(assign, L("disabled"));
    RUN_CLI(badRole, withDb(db, {L("agents"), L("set-role"), L("anna.b"), L("boss")}), environment());
    EXPECT_EXIT(badRole, 2);
    RUN_CLI(nobody, withDb(db, {L("agents"), L("disable"), L("nobody")}), environment());
    EXPECT_REFUSED(nobody);
}

void TestCockpitctlTickets::usageErrors_data()
{
    const auto L = [](const char *text) { return QString::fromUtf8(text); };
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("tickets") << QStringList{L("tickets")};
    QTest::newRow("tickets frob") << QStringList{L("tickets"), L("frob")};
    QTest::newRow("create without title") << QStringList{L("tickets"), L("create"), L("--tenant"), L("T-1001")};
    QTest::newRow("create without tenant") << QStringList{L("tickets"), L("create"), L("--title"), L("X")};
    QTest::newRow("create bad channel")
        << QStringList{L("tickets"), L("create"), L("--tenant"), L("T-1001"), L("--title"), L("X"), L("--channel"), L("fax")};
    QTest::newRow("create with --status")
        << QStringList{L("tickets"), L("create"), L("--tenant"), L("T-1001"), L("--title"), L("X"), L("--status"), L("done")};
    QTest::newRow("two tenants")
        << QStringList{L("tickets"), L("list"), L("--tenant"), L("T-1001"), L("--tenant"), L("T-2002")};
    QTest::newRow("list bad status") << QStringList{L("tickets"), L("list"), L("--status"), L("archived")};
    QTest::newRow("show without id") << QStringList{L("tickets"), L("show")};
    QTest::newRow("show bad id") << QStringList{L("tickets"), L("show"), L("abc")};
    QTest::newRow("status unknown") << QStringList{L("tickets"), L("status"), L("1"), L("archived")};
    QTest::newRow("assign without login") << QStringList{L("tickets"), L("assign"), L("1")};
    QTest::newRow("comment --title") << QStringList{L("tickets"), L("comment"), L("1"), L("x"), L("--title"), L("y")};
    QTest::newRow("show --internal") << QStringList{L("tickets"), L("show"), L("1"), L("--internal")};
    QTest::newRow("--title elsewhere") << QStringList{L("status"), L("--title"), L("x")};
    QTest::newRow("--tenant on outbox") << QStringList{L("outbox"), L("list"), L("--tenant"), L("T-1")};
    QTest::newRow("--status on invite") << QStringList{L("invite"), L("--tenant"), L("T-1"), L("--status"), L("sent")};
    QTest::newRow("agents") << QStringList{L("agents")};
    QTest::newRow("agents add without role") << QStringList{L("agents"), L("add"), L("x.y"), L("--name"), L("X")};
    QTest::newRow("agents add bad role")
        << QStringList{L("agents"), L("add"), L("x.y"), L("--name"), L("X"), L("--role"), L("boss")};
    QTest::newRow("agents list --name") << QStringList{L("agents"), L("list"), L("--name"), L("X")};
    QTest::newRow("--role elsewhere") << QStringList{L("tickets"), L("list"), L("--role"), L("agent")};
    QTest::newRow("tenants") << QStringList{L("tenants")};
    QTest::newRow("tenants search without text") << QStringList{L("tenants"), L("search")};
    QTest::newRow("tenants search two texts") << QStringList{L("tenants"), L("search"), L("a"), L("b")};
    QTest::newRow("tenants search --limit 0") << QStringList{L("tenants"), L("search"), L("a"), L("--limit"), L("0")};
    QTest::newRow("tenants search --limit x") << QStringList{L("tenants"), L("search"), L("a"), L("--limit"), L("x")};
    QTest::newRow("--limit elsewhere") << QStringList{L("tickets"), L("list"), L("--limit"), L("5")};
}

void TestCockpitctlTickets::usageErrors()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("usage.db"));
    RUN_CLI(run, (QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + file} + arguments), environment());
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    EXPECT_STDERR_CONTAINS(run, QStringLiteral("--help"));
    QVERIFY2(!QFileInfo::exists(file), "a usage error must not create the database");
}

void TestCockpitctlTickets::helpNamesTheCommands()
{
    RUN_CLI(run, QStringList{QStringLiteral("--help")}, environment());
    EXPECT_EXIT(run, 0);
    const QString text = run.outText();
    for (const char *command : {"tickets create --tenant REF --title TEXT", "--description TEXT", "--channel C", "--category C",
                                "--assignee LOGIN", "tickets list [--tenant REF] [--assignee LOGIN] [--status S]",
                                "tickets show ID", "tickets assign ID LOGIN", "tickets status ID STATUS",
                                "tickets comment ID TEXT [--internal]", "agents list",
                                "agents add LOGIN --name NAME --role agent|administrator|manager",
                                "tenants search TEXT [--limit N]"}) {
        QVERIFY2(text.contains(QString::fromUtf8(command)), command);
    }
}

void TestCockpitctlTickets::phoneCallFromTheShell_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlTickets::phoneCallFromTheShell()
{
    TC_SCRATCH_DATABASE(db);
    QVERIFY(prepare(db));
    const auto L = [](const char *text) { return QString::fromUtf8(text); };
    const auto search = [&](const QString &text, const QStringList &more = {}) {
        return runCli(withDb(db, QStringList{L("tenants"), L("search"), text, L("--json")} + more), environment());
    };
    // The caller, in the spellings agents type.
    for (const QString &text : {L("muller"), L("MÜLLER anna"), L("+41 44 123 45 67"), L("0041441234567"), L("1234567"),
                                L("wohnung 1"), L("bahnhofstr"), L("t-1001")}) {
        const CliRun run = search(text);
        EXPECT_JSON_OK(run, json);
        const QJsonArray tenants = json.value(L("tenants")).toArray();
        QVERIFY2(!tenants.isEmpty(), qPrintable(text));
        const QJsonObject first = tenants.first().toObject();
        QCOMPARE(first.value(L("tenant_ref")).toString(), L("T-1001"));
        for (const char *key : {"id", "tenant_ref", "first_name", "last_name", "email", "phone", "phone_e164", "status",
                                "alias", "former", "unit", "address", "open_tickets", "matched"})
            QVERIFY2(first.contains(L(key)), key);
        QCOMPARE(first.value(L("phone_e164")).toString(), L("+41441234567"));
        QCOMPARE(first.value(L("status")).toString(), L("imported"));
        QCOMPARE(first.value(L("alias")).toBool(), false);
    }
    // Found, the ticket is logged; the search then counts it.
    RUN_CLI(create, withDb(db, {L("tickets"), L("create"), L("--tenant"), L("T-1001"), L("--title"), L("Heizung kalt"), L("--json")}),
            environment());
    EXPECT_JSON_OK(create, ticket);
    QVERIFY(ticket.value(L("id")).toInteger() > 0);
    const CliRun after = search(L("anna"));
    EXPECT_JSON_OK(after, found);
    QCOMPARE(found.value(L("tenants")).toArray().first().toObject().value(L("open_tickets")).toInt(), 1);

    // The same people in the same order as the desktop program's search, and --limit cuts the list.
    auto office = tc::Office::open(db.url(), tc::SchemaPolicy::RequireCurrent, tc::Actor::localOwner());
    QVERIFY(office);
    for (const QString &text : {L("a"), L("lugano"), L("appartamento"), L("r")}) {
        const CliRun run = search(text);
        EXPECT_JSON_OK(run, json);
        QList<qint64> cli;
        for (const QJsonValue &tenant : json.value(L("tenants")).toArray())
            cli << tenant.toObject().value(L("id")).toInteger();
        auto hits = (*office)->tenantSearch().search(text);
        QVERIFY(hits);
        QList<qint64> gui;
        for (const tc::TenantSearchHit &hit : std::as_const(*hits))
            gui << hit.id;
        QCOMPARE(cli, gui);
    }
    const CliRun limited = search(L("a"), {L("--limit"), L("1")});
    EXPECT_JSON_OK(limited, one);
    QCOMPARE(one.value(L("tenants")).toArray().size(), 1);
    // Nobody: an empty list, exit 0, and a plain sentence without --json.
    const CliRun nobody = search(L("xyzzy"));
    EXPECT_JSON_OK(nobody, none);
    QVERIFY(none.value(L("tenants")).toArray().isEmpty());
    RUN_CLI(plain, withDb(db, {L("tenants"), L("search"), L("xyzzy")}), environment());
    EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.outText().contains(L("Nobody found")), qPrintable(plain.describe()));
}

QTEST_GUILESS_MAIN(TestCockpitctlTickets)
#include "tst_cockpitctl_tickets.moc"
