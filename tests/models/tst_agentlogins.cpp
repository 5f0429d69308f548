// Agent logins on a local office file: an office starts without logins; the first login is a manager's;
// logging in gives the agent's own actor with their role; a wrong password, an unknown login, a
// disabled agent and one without a password all get one and the same answer; wrong attempts are
// throttled per login; a password is set by the agent or a manager only, never weak, and audited
// without the password. On PostgreSQL the server checks logins: the local login is refused there.
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QTest>

using namespace tc;
using namespace tc::test;

namespace {

const QString kPassword = QStringLiteral("Aare-Ufer-2026-Bern");
const QString kOther = QStringLiteral("Limmat-Quai-7-Zurich");

} // namespace

class TestAgentLogins : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Office> open(const ScratchDatabase &scratch)
    {
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor{std::nullopt, QStringLiteral("Owner"), Role::Manager});
        return office ? std::move(*office) : nullptr;
    }

    static qint64 count(const Office &office, const QString &sql)
    {
        return office.database().scalar(sql)->toLongLong();
    }

private Q_SLOTS:
    void firstLoginIsAManagers()
    {
        ScratchDatabase scratch(Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        const AgentLogins logins = office->logins();
        QCOMPARE(*logins.inUse(), false);
        QVERIFY(office->agents().add(QStringLiteral("peter.meier"), QStringLiteral("Peter Meier"), Role::Agent));

        // An agent's password cannot come first: the office would lose its settings.
        auto agentFirst = logins.setPassword(office->actor(), QStringLiteral("peter.meier"), kPassword);
        QVERIFY(!agentFirst);
        QVERIFY2(agentFirst.error().message.contains(QStringLiteral("manager")), qPrintable(agentFirst.error().message));
        QCOMPARE(*logins.inUse(), false);
        // Nor can an existing agent become the first login through the set-up.
        QVERIFY(!logins.setUpFirst(office->actor(), QStringLiteral("Peter.Meier"), QString(), kPassword));
        QCOMPARE(*logins.inUse(), false);

        // A new manager is made and logged in.
        auto first = logins.setUpFirst(office->actor(), QStringLiteral("anna.keller"), QStringLiteral("Anna Keller"), kPassword);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->role, Role::Manager);
        QCOMPARE(first->name, QStringLiteral("Anna Keller"));
        QVERIFY(first->agentId.has_value());
        QCOMPARE(*logins.inUse(), true);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM agents WHERE login = 'anna.keller' AND role = 'manager'")), 1);

        // Only once.
        auto again = logins.setUpFirst(office->actor(), QStringLiteral("carla.neu"), QStringLiteral("Carla Neu"), kOther);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("logins already")));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM agents WHERE login = 'carla.neu'")), 0);

        // No password is stored as typed, nor in the audit log.
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM agents WHERE password_hash LIKE '$argon2id$%'")), 1);
        auto audit = office->database().exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'agent.password_set'"));
        QVERIFY(audit);
        QVERIFY(audit->next());
        QVERIFY(!audit->value(0).toString().contains(kPassword));
        QVERIFY(!audit->value(0).toString().contains(QStringLiteral("argon2")));
    }

    void logInAsOneself()
    {
        ScratchDatabase scratch(Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        const AgentLogins logins = office->logins();
        auto manager = logins.setUpFirst(office->actor(), QStringLiteral("anna.keller"), QStringLiteral("Anna Keller"), kPassword);
        QVERIFY(manager);
        office->actAs(*manager);
        auto lucia = office->agents().add(QStringLiteral("Lucia.Rossi"), QStringLiteral("Lucia Rossi"), Role::Administrator);
        QVERIFY(lucia);
        QVERIFY(logins.setPassword(office->actor(), QStringLiteral("lucia.rossi"), kOther));

        // The login in any case, the password exactly.
        auto me = logins.logIn(QStringLiteral("LUCIA.ROSSI"), kOther);
        QVERIFY2(me, qPrintable(me ? QString() : me.error().message));
        QCOMPARE(me->agentId, std::optional<qint64>(*lucia));
        QCOMPARE(me->role, Role::Administrator);
        QCOMPARE(me->name, QStringLiteral("Lucia Rossi"));
        QVERIFY(!logins.logIn(QStringLiteral("lucia.rossi"), kOther.toUpper()));

        // An administrator acts with their own role: adding an agent is refused, by name in the log.
        office->actAs(*me);
        QVERIFY(!office->agents().add(QStringLiteral("x.y"), QStringLiteral("X Y"), Role::Agent));
        // Their own password, yes; someone else's, no.
        QVERIFY(logins.setPassword(office->actor(), QStringLiteral("lucia.rossi"), QStringLiteral("Rhone-Gletscher-44")));
        auto others = logins.setPassword(office->actor(), QStringLiteral("anna.keller"), QStringLiteral("Rhone-Gletscher-44"));
        QVERIFY(!others);
        QVERIFY(others.error().message.contains(QStringLiteral("manager")));
        QVERIFY(logins.logIn(QStringLiteral("anna.keller"), kPassword));
        // (After the wait the wrong password above asks for.)
        QVERIFY(logins.logIn(QStringLiteral("lucia.rossi"), QStringLiteral("Rhone-Gletscher-44"),
                             QDateTime::currentDateTimeUtc().addSecs(5)));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'agent.password_set' "
                                               "AND actor = 'Lucia Rossi'")),
                 1);
        // Weak passwords are refused before anything is written.
        const qint64 before = count(*office, QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(!logins.setPassword(office->actor(), QStringLiteral("lucia.rossi"), QStringLiteral("1234567890")));
        QVERIFY(!logins.setPassword(office->actor(), QStringLiteral("lucia.rossi"), QStringLiteral("short")));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM audit_log")), before);
    }

    void oneAnswerForEveryWrongLogin()
    {
        ScratchDatabase scratch(Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        const AgentLogins logins = office->logins();
        auto manager = logins.setUpFirst(office->actor(), QStringLiteral("anna.keller"), QStringLiteral("Anna Keller"), kPassword);
        QVERIFY(manager);
        office->actAs(*manager);
        QVERIFY(office->agents().add(QStringLiteral("no.password"), QStringLiteral("No Password"), Role::Agent));
        auto gone = office->agents().add(QStringLiteral("gone.agent"), QStringLiteral("Gone Agent"), Role::Agent);
        QVERIFY(gone);
        QVERIFY(logins.setPassword(office->actor(), QStringLiteral("gone.agent"), kOther));
        QVERIFY(*office->agents().disable(*gone));

        QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<std::pair<QString, QString>> wrong{{QStringLiteral("anna.keller"), kOther},
                                                        {QStringLiteral("nobody"), kPassword},
                                                        {QStringLiteral("no.password"), QString()},
                                                        {QStringLiteral("gone.agent"), kOther}};
        QString answer;
        for (const auto &[login, password] : wrong) {
            now = now.addSecs(3600); // each on its own, far from the throttle
            auto r = logins.logIn(login, password, now);
            QVERIFY2(!r, qPrintable(login));
            if (answer.isEmpty())
                answer = r.error().message;
            QCOMPARE(r.error().message, answer);
        }
        QCOMPARE(answer, QStringLiteral("The login or the password is wrong."));
    }

    void wrongPasswordsAreThrottledPerLogin()
    {
        ScratchDatabase scratch(Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        const AgentLogins logins = office->logins();
        QVERIFY(logins.setUpFirst(office->actor(), QStringLiteral("anna.keller"), QStringLiteral("Anna Keller"), kPassword));
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QCOMPARE(*logins.secondsToWait(QStringLiteral("anna.keller"), start), 0);
        QVERIFY(!logins.logIn(QStringLiteral("anna.keller"), kOther, start));
        QVERIFY(!logins.logIn(QStringLiteral("Anna.Keller"), kOther, start.addSecs(1)));
        // Two failures: two seconds after the last one, in any case of the login.
        QCOMPARE(*logins.secondsToWait(QStringLiteral("ANNA.KELLER"), start.addSecs(1)), 2);
        // Too early: refused even with the right password, and counted.
        auto early = logins.logIn(QStringLiteral("anna.keller"), kPassword, start.addSecs(2));
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QStringLiteral("Try again")), qPrintable(early.error().message));
        // Another login is not held up.
        QCOMPARE(*logins.secondsToWait(QStringLiteral("lucia.rossi"), start.addSecs(2)), 0);
        // After the wait the right password goes in.
        QVERIFY(logins.logIn(QStringLiteral("anna.keller"), kPassword, start.addSecs(10)));
        // Ten failures in an hour: refused until the oldest is an hour old.
        QDateTime t = start.addSecs(100);
        for (int i = 0; i < 10; ++i) {
            t = t.addSecs(60);
            (void)logins.logIn(QStringLiteral("anna.keller"), kOther, t);
        }
        QVERIFY(*logins.secondsToWait(QStringLiteral("anna.keller"), t.addSecs(60)) > 60);
        QVERIFY(!logins.logIn(QStringLiteral("anna.keller"), kPassword, t.addSecs(60)));
    }

    void postgresChecksLoginsItself()
    {
        ScratchDatabase scratch(Backend::PostgreSQL);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        const AgentLogins logins = office->logins();
        QCOMPARE(*logins.inUse(), true);
        auto first = logins.setUpFirst(office->actor(), QStringLiteral("anna.keller"), QStringLiteral("Anna Keller"), kPassword);
        QVERIFY(!first);
        QCOMPARE(first.error().message, AgentLogins::serverChecksLogins());
        auto in = logins.logIn(QStringLiteral("anna.keller"), kPassword);
        QVERIFY(!in);
        QCOMPARE(in.error().message, AgentLogins::serverChecksLogins());
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM agents")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgentLogins)
#include "tst_agentlogins.moc"
