// tst_cockpitctl_login: agent logins through the real cockpitctl binary on a local office file, with
// a real (throw-away) GNOME keyring. An office without logins acts as the file's owner; the first
// password must be a manager's and starts the logins; from then on every acting command needs --as
// with the right password (stdin or keychain), each agent acts with their own role and name, and the
// schema's state and the tenant's side need no login. "login --remember" keeps the password in the
// keychain for scheduled jobs and "logout" forgets it. On PostgreSQL --as connects as the agent's
// database role and the server checks the password.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "services/Office.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using tc::test::CliRun;
using tc::test::runCli;
using tc::test::runCliWithInput;

namespace {

const QByteArray kAnna = "Aare-Ufer-2026-Bern";
const QByteArray kLucia = "Limmat-Quai-7-Zurich";
const QByteArray kMarc = "Rhone-Gletscher-44";

const QByteArray kList = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                         "last_name,email,phone,language,move_in,move_out\n"
                         "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1001,Anna,Müller,"
                         "anna@example.ch,,de,2019-04-01,\n";

} // namespace

class TestCockpitctlLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void withoutLoginsTheOwnerActs();
    void firstPasswordStartsLogins();
    void eachAgentActsWithTheirRole();
    void keychainKeepsThePassword();
    void postgresChecksThePassword();
    void usageErrors();

private:
    QProcessEnvironment environment() const { return tc::test::sandboxEnvironment(m_sandbox.filePath(QStringLiteral("home"))); }
    QStringList withDb(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("sqlite:") + m_dbPath);
        arguments.prepend(QStringLiteral("--db"));
        return arguments;
    }
    CliRun as(const QString &login, const QByteArray &input, QStringList arguments) const
    {
        arguments.prepend(login);
        arguments.prepend(QStringLiteral("--as"));
        return runCliWithInput(withDb(arguments), environment(), input);
    }
    // A new office file with the four demo agents (anna.keller manager, marc.dubois administrator,
    // lucia.rossi and peter.meier agents), none with a password, and one imported tenant (T-1001).
    bool prepare();
    qint64 count(const QString &sql) const;

    QTemporaryDir m_sandbox;
    QString m_dbPath;
    int m_round = 0;
};

void TestCockpitctlLogin::initTestCase()
{
    QVERIFY2(tc::test::cockpitctlMissing().isEmpty(), qPrintable(tc::test::cockpitctlMissing()));
    QVERIFY(m_sandbox.isValid());
    // keyring-session.sh runs this test: without it there would be no keychain to test against.
    QVERIFY2(qEnvironmentVariable("TC_KEYRING_SESSION") == u"1", "run through ctest (KEYRING)");
}

void TestCockpitctlLogin::init()
{
    m_dbPath = m_sandbox.filePath(QStringLiteral("office-%1.db").arg(++m_round));
}

bool TestCockpitctlLogin::prepare()
{
    const CliRun init = runCli(withDb({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("1")}), environment());
    if (init.exitCode != 0) {
        qWarning("%s", qPrintable(init.describe()));
        return false;
    }
    const QString list = m_sandbox.filePath(QStringLiteral("list-%1.csv").arg(m_round));
    QFile file(list);
    if (!file.open(QIODevice::WriteOnly) || file.write(kList) != kList.size())
        return false;
    file.close();
    const CliRun imported = runCli(withDb({QStringLiteral("import"), list}), environment());
    if (imported.exitCode != 0)
        qWarning("%s", qPrintable(imported.describe()));
    return imported.exitCode == 0;
}

qint64 TestCockpitctlLogin::count(const QString &sql) const
{
    auto url = tc::DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dbPath);
    auto office = tc::Office::open(*url, tc::SchemaPolicy::RequireCurrent, tc::Actor::localOwner());
    if (!office)
        return -1;
    auto n = (*office)->database().scalar(sql);
    return n ? n->toLongLong() : -1;
}

void TestCockpitctlLogin::withoutLoginsTheOwnerActs()
{
    QVERIFY(prepare());
    RUN_CLI(list, withDb({QStringLiteral("agents"), QStringLiteral("list"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(list, agents);
    QCOMPARE(agents.value(QStringLiteral("agents")).toArray().size(), 4);

    // --as has nothing to check yet.
    const CliRun early = as(QStringLiteral("anna.keller"), kAnna, {QStringLiteral("tickets"), QStringLiteral("list")});
    QVERIFY(early.finished);
    EXPECT_REFUSED(early);
    EXPECT_STDERR_CONTAINS(early, QStringLiteral("no logins yet"));

    // The first password cannot be an agent's.
    const CliRun agentFirst = runCliWithInput(withDb({QStringLiteral("agents"), QStringLiteral("set-password"),
                                                      QStringLiteral("lucia.rossi")}),
                                              environment(), kLucia + '\n');
    QVERIFY(agentFirst.finished);
    EXPECT_REFUSED(agentFirst);
    EXPECT_STDERR_CONTAINS(agentFirst, QStringLiteral("manager"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agents WHERE password_hash IS NOT NULL")), 0);
    // A weak one is refused.
    const CliRun weak = runCliWithInput(withDb({QStringLiteral("agents"), QStringLiteral("set-password"),
                                                QStringLiteral("anna.keller")}),
                                        environment(), "1234567890\n");
    QVERIFY(weak.finished);
    EXPECT_REFUSED(weak);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agents WHERE password_hash IS NOT NULL")), 0);
    // Without logins the owner acts: a ticket is logged in their name.
    RUN_CLI(ticket, withDb({QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--tenant"),
                            QStringLiteral("T-1001"), QStringLiteral("--title"), QStringLiteral("Heizung"),
                            QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(ticket, created);
    QVERIFY(!created.value(QStringLiteral("created_by")).toString().isEmpty());
}

void TestCockpitctlLogin::firstPasswordStartsLogins()
{
    QVERIFY(prepare());
    const CliRun first = runCliWithInput(withDb({QStringLiteral("agents"), QStringLiteral("set-password"),
                                                 QStringLiteral("Anna.Keller"), QStringLiteral("--json")}),
                                         environment(), kAnna + '\n');
    QVERIFY(first.finished);
    EXPECT_JSON_OK(first, set);
    QCOMPARE(set.value(QStringLiteral("login")).toString(), QStringLiteral("anna.keller"));
    QCOMPARE(set.value(QStringLiteral("logins_started")).toBool(), true);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agents WHERE password_hash LIKE '$argon2id$%'")), 1);

    // From now on every acting command says who acts.
    const QStringList listTickets{QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--json")};
    RUN_CLI(anonymous, withDb(listTickets), environment());
    EXPECT_REFUSED(anonymous);
    EXPECT_STDERR_CONTAINS(anonymous, QStringLiteral("--as LOGIN"));
    const CliRun wrong = as(QStringLiteral("anna.keller"), kLucia + '\n', listTickets);
    QVERIFY(wrong.finished);
    EXPECT_REFUSED(wrong);
    EXPECT_STDERR_CONTAINS(wrong, QStringLiteral("The login or the password is wrong."));
    const CliRun unknown = as(QStringLiteral("nobody"), kAnna + '\n', listTickets);
    QVERIFY(unknown.finished);
    EXPECT_REFUSED(unknown);
    EXPECT_STDERR_CONTAINS(unknown, QStringLiteral("The login or the password is wrong."));
    const CliRun noPassword = as(QStringLiteral("anna.keller"), QByteArray(), listTickets);
    QVERIFY(noPassword.finished);
    EXPECT_REFUSED(noPassword);
    EXPECT_STDERR_CONTAINS(noPassword, QStringLiteral("No password on stdin"));
    // (The wrong attempts above ask for a short wait, which the program sits out.)
    const CliRun right = as(QStringLiteral("ANNA.KELLER"), kAnna + '\n', listTickets);
    QVERIFY(right.finished);
    EXPECT_JSON_OK(right, tickets);
    QVERIFY(tickets.value(QStringLiteral("tickets")).isArray());

    // The schema's state and the tenant's side need no agent.
    RUN_CLI(status, withDb({QStringLiteral("status"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(status, state);
    QCOMPARE(state.value(QStringLiteral("counts")).toObject().value(QStringLiteral("agents")).toInt(), 4);
    RUN_CLI(version, withDb({QStringLiteral("version")}), environment());
    EXPECT_EXIT(version, 0);
    const CliRun tenantLogin = runCliWithInput(withDb({QStringLiteral("tenant-login"), QStringLiteral("--email"),
                                                       QStringLiteral("anna@example.ch")}),
                                               environment(), "not-registered-yet\n");
    QVERIFY(tenantLogin.finished);
    EXPECT_EXIT(tenantLogin, 1);
    QVERIFY2(!tenantLogin.errText().contains(QStringLiteral("--as")), qPrintable(tenantLogin.describe()));
}

void TestCockpitctlLogin::eachAgentActsWithTheirRole()
{
    QVERIFY(prepare());
    const CliRun first = runCliWithInput(withDb({QStringLiteral("agents"), QStringLiteral("set-password"),
                                                 QStringLiteral("anna.keller")}),
                                         environment(), kAnna + '\n');
    QVERIFY(first.finished);
    EXPECT_EXIT(first, 0);
    // The acting manager's password first, then the new one.
    for (const auto &[login, password] : {std::pair{QStringLiteral("lucia.rossi"), kLucia},
                                          std::pair{QStringLiteral("marc.dubois"), kMarc}}) {
        const CliRun set = as(QStringLiteral("anna.keller"), kAnna + '\n' + password + '\n',
                              {QStringLiteral("agents"), QStringLiteral("set-password"), login});
        QVERIFY(set.finished);
        EXPECT_EXIT(set, 0);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agents WHERE password_hash IS NOT NULL")), 3);

    // Lucia, an agent: tickets yes, in her name.
    const CliRun ticket = as(QStringLiteral("lucia.rossi"), kLucia + '\n',
                             {QStringLiteral("tickets"), QStringLiteral("create"), QStringLiteral("--tenant"),
                              QStringLiteral("T-1001"), QStringLiteral("--title"), QStringLiteral("Lift steht"),
                              QStringLiteral("--json")});
    QVERIFY(ticket.finished);
    EXPECT_JSON_OK(ticket, created);
    QCOMPARE(created.value(QStringLiteral("created_by")).toString(), QStringLiteral("Lucia Rossi"));
    QCOMPARE(created.value(QStringLiteral("assignee")).toString(), QStringLiteral("lucia.rossi"));

    // ... but nothing an administrator or a manager does.
    const QString backup = m_sandbox.filePath(QStringLiteral("copy.db"));
    const QList<QStringList> forbidden{
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.name"), QStringLiteral("Lucia AG")},
        {QStringLiteral("agents"), QStringLiteral("add"), QStringLiteral("eve.x"), QStringLiteral("--name"),
         QStringLiteral("Eve"), QStringLiteral("--role"), QStringLiteral("manager")},
        {QStringLiteral("agents"), QStringLiteral("set-role"), QStringLiteral("lucia.rossi"), QStringLiteral("manager")},
        {QStringLiteral("agents"), QStringLiteral("set-password"), QStringLiteral("anna.keller")},
        {QStringLiteral("invite"), QStringLiteral("--tenant"), QStringLiteral("T-1001")},
        {QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("T-1001"), QStringLiteral("--phone"),
         QStringLiteral("044 000 00 00")},
        {QStringLiteral("backup"), backup},
    };
    for (const QStringList &command : forbidden) {
        const CliRun r = as(QStringLiteral("lucia.rossi"), kLucia + '\n' + kLucia + '\n', command);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    }
    QVERIFY(!QFile::exists(backup));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agents WHERE login = 'eve.x' OR role = 'manager' AND login <> 'anna.keller'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM company_settings WHERE value = 'Lucia AG'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invitations")), 0);

    // Marc, an administrator, may edit the tenant but not the company's settings.
    const CliRun edit = as(QStringLiteral("marc.dubois"), kMarc + '\n',
                           {QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("T-1001"),
                            QStringLiteral("--phone"), QStringLiteral("044 123 45 67")});
    QVERIFY(edit.finished);
    EXPECT_EXIT(edit, 0);
    const CliRun settings = as(QStringLiteral("marc.dubois"), kMarc + '\n',
                               {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("alias_users"),
                                QStringLiteral("true")});
    QVERIFY(settings.finished);
    EXPECT_REFUSED(settings);
    // The audit log names who acted.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'Marc Dubois' AND action = 'person.updated' AND agent_id IS NOT NULL")), 1);
    // Anna, the manager, may.
    const CliRun manager = as(QStringLiteral("anna.keller"), kAnna + '\n',
                              {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("alias_users"),
                               QStringLiteral("true")});
    QVERIFY(manager.finished);
    EXPECT_EXIT(manager, 0);
}

void TestCockpitctlLogin::keychainKeepsThePassword()
{
    QVERIFY(prepare());
    const CliRun first = runCliWithInput(withDb({QStringLiteral("agents"), QStringLiteral("set-password"),
                                                 QStringLiteral("anna.keller")}),
                                         environment(), kAnna + '\n');
    QVERIFY(first.finished);
    EXPECT_EXIT(first, 0);
    const QStringList listAgents{QStringLiteral("agents"), QStringLiteral("list"), QStringLiteral("--json")};

    // A wrong password is not kept.
    const CliRun wrong = as(QStringLiteral("anna.keller"), kLucia + '\n', {QStringLiteral("login"), QStringLiteral("--remember")});
    QVERIFY(wrong.finished);
    EXPECT_REFUSED(wrong);
    const CliRun notKept = as(QStringLiteral("anna.keller"), QByteArray(), listAgents);
    QVERIFY(notKept.finished);
    EXPECT_REFUSED(notKept);

    const CliRun login = as(QStringLiteral("anna.keller"), kAnna + '\n',
                            {QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("--json")});
    QVERIFY(login.finished);
    EXPECT_JSON_OK(login, who);
    QCOMPARE(who.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(who.value(QStringLiteral("remembered")).toBool(), true);
    // Nothing on stdin: the keychain has it (as a cron job would run).
    const CliRun fromKeychain = as(QStringLiteral("anna.keller"), QByteArray(), listAgents);
    QVERIFY(fromKeychain.finished);
    EXPECT_JSON_OK(fromKeychain, agents);
    QCOMPARE(agents.value(QStringLiteral("agents")).toArray().size(), 4);
    // Another office file on this computer does not get it.
    const QString kept = m_dbPath;
    m_dbPath = m_sandbox.filePath(QStringLiteral("other-%1.db").arg(m_round));
    QVERIFY(prepare());
    QVERIFY(runCliWithInput(withDb({QStringLiteral("agents"), QStringLiteral("set-password"), QStringLiteral("anna.keller")}),
                            environment(), kMarc + '\n')
                .exitCode
            == 0);
    const CliRun otherOffice = as(QStringLiteral("anna.keller"), QByteArray(), listAgents);
    QVERIFY(otherOffice.finished);
    EXPECT_REFUSED(otherOffice);
    m_dbPath = kept;

    const CliRun logout = as(QStringLiteral("anna.keller"), QByteArray(), {QStringLiteral("logout"), QStringLiteral("--json")});
    QVERIFY(logout.finished);
    EXPECT_JSON_OK(logout, forgotten);
    QCOMPARE(forgotten.value(QStringLiteral("forgotten")).toBool(), true);
    const CliRun afterLogout = as(QStringLiteral("anna.keller"), QByteArray(), listAgents);
    QVERIFY(afterLogout.finished);
    EXPECT_REFUSED(afterLogout);
    EXPECT_STDERR_CONTAINS(afterLogout, QStringLiteral("No password on stdin"));
}

void TestCockpitctlLogin::postgresChecksThePassword()
{
    tc::test::ScratchDatabase db(tc::test::Backend::PostgreSQL);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString url = db.urlText();
    const auto run = [&](QStringList arguments, const QByteArray &input) {
        arguments.prepend(url);
        arguments.prepend(QStringLiteral("--db"));
        return runCliWithInput(arguments, environment(), input);
    };
    // Database roles belong to the whole server: logins of this run's own.
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    const QString anna = QStringLiteral("anna-") + suffix, lucia = QStringLiteral("lucia-") + suffix;
    QCOMPARE(run({QStringLiteral("init")}, {}).exitCode, 0);
    // The database's owner adds the agents; each gets a database role and a password for it.
    QCOMPARE(run({QStringLiteral("agents"), QStringLiteral("add"), anna, QStringLiteral("--name"), QStringLiteral("Anna Keller"),
                  QStringLiteral("--role"), QStringLiteral("manager")}, {}).exitCode,
             0);
    QCOMPARE(run({QStringLiteral("agents"), QStringLiteral("add"), lucia, QStringLiteral("--name"), QStringLiteral("Lucia Rossi"),
                  QStringLiteral("--role"), QStringLiteral("agent")}, {}).exitCode,
             0);
    QCOMPARE(run({QStringLiteral("agents"), QStringLiteral("set-password"), anna}, kAnna + '\n').exitCode, 0);
    QCOMPARE(run({QStringLiteral("agents"), QStringLiteral("set-password"), lucia}, kLucia + '\n').exitCode, 0);

    const CliRun wrong = run({QStringLiteral("--as"), lucia, QStringLiteral("tickets"), QStringLiteral("list")}, kAnna + '\n');
    QVERIFY(wrong.finished);
    EXPECT_REFUSED(wrong);
    EXPECT_STDERR_CONTAINS(wrong, QStringLiteral("password authentication failed"));
    const CliRun tickets = run({QStringLiteral("--as"), lucia, QStringLiteral("tickets"), QStringLiteral("list"),
                                QStringLiteral("--json")}, kLucia + '\n');
    QVERIFY(tickets.finished);
    EXPECT_JSON_OK(tickets, list);
    QVERIFY(list.value(QStringLiteral("tickets")).isArray());
    const CliRun settings = run({QStringLiteral("--as"), lucia, QStringLiteral("settings"), QStringLiteral("set"),
                                 QStringLiteral("alias_users"), QStringLiteral("true")}, kLucia + '\n');
    QVERIFY(settings.finished);
    EXPECT_REFUSED(settings);

    // Kept in the keychain, the password serves the next runs.
    const CliRun login = run({QStringLiteral("--as"), anna, QStringLiteral("login"), QStringLiteral("--remember"),
                              QStringLiteral("--json")}, kAnna + '\n');
    QVERIFY(login.finished);
    EXPECT_JSON_OK(login, who);
    QCOMPARE(who.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    const CliRun set = run({QStringLiteral("--as"), anna, QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("alias_users"), QStringLiteral("true")}, {});
    QVERIFY(set.finished);
    EXPECT_EXIT(set, 0);
}

void TestCockpitctlLogin::usageErrors()
{
    const QList<QStringList> wrong{
        {QStringLiteral("--as"), QStringLiteral("anna keller"), QStringLiteral("tickets"), QStringLiteral("list")},
        {QStringLiteral("--as"), QStringLiteral("a.b"), QStringLiteral("--as"), QStringLiteral("c.d"), QStringLiteral("status")},
        {QStringLiteral("login")},
        {QStringLiteral("logout")},
        {QStringLiteral("--as"), QStringLiteral("a.b"), QStringLiteral("login"), QStringLiteral("extra")},
        {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--remember")},
        {QStringLiteral("agents"), QStringLiteral("set-password")},
        {QStringLiteral("agents"), QStringLiteral("set-password"), QStringLiteral("a.b"), QStringLiteral("c.d")},
    };
    for (const QStringList &arguments : wrong) {
        RUN_CLI(r, withDb(arguments), environment());
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    }
    QVERIFY(!QFile::exists(m_dbPath));
}

QTEST_GUILESS_MAIN(TestCockpitctlLogin)
#include "tst_cockpitctl_login.moc"
