// Agents on both databases: adding (managers only, login rules, a login taken in any case refused),
// finding by login whatever its case, the active list without disabled agents, changing roles and
// disabling (managers only, never the last active manager).
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QTest>

using namespace tc;
using namespace tc::test;

class TestAgents : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Office> open(const ScratchDatabase &scratch, Role role)
    {
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor{std::nullopt, QStringLiteral("Tester"), role});
        return office ? std::move(*office) : nullptr;
    }

private Q_SLOTS:
    void addAndFind_data() { addBackendColumn(); addBackendRows(); }
    void addAndFind()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch, Role::Manager);
        QVERIFY(office);
        const Agents agents = office->agents();
        auto lucia = agents.add(QStringLiteral("Lucia.Rossi"), QStringLiteral("  Lucia Rossi "), Role::Agent);
        QVERIFY2(lucia, qPrintable(lucia ? QString() : lucia.error().message));
        auto anna = agents.add(QStringLiteral("anna_b-2"), QStringLiteral("Anna Bernasconi"), Role::Administrator);
        QVERIFY(anna);

        auto found = agents.findByLogin(QStringLiteral("lucia.rossi"));
        QVERIFY(found);
        QCOMPARE(found->id, *lucia);
        QCOMPARE(found->login, QStringLiteral("Lucia.Rossi"));
        QCOMPARE(found->displayName, QStringLiteral("Lucia Rossi"));
        QCOMPARE(found->role, Role::Agent);
        QCOMPARE(agents.findByLogin(QStringLiteral("ANNA_B-2"))->role, Role::Administrator);
        auto missing = agents.findByLogin(QStringLiteral("nobody"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("nobody")));
        QCOMPARE(agents.get(*anna)->login, QStringLiteral("anna_b-2"));
        QVERIFY(!agents.get(999999));

        // The audit log says who added whom.
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'agent.added' "
                                                          "AND actor = 'Tester'"))->toInt(),
                 2);

        // Active agents by name; a disabled one is not listed but still found by login.
        QVERIFY(office->database().exec(QStringLiteral("UPDATE agents SET disabled = TRUE WHERE id = ?"), {*lucia}).ok());
        auto active = agents.listActive();
        QVERIFY(active);
        QCOMPARE(active->size(), 1);
        QCOMPARE(active->at(0).id, *anna);
        QVERIFY(agents.findByLogin(QStringLiteral("lucia.rossi"))->disabled);
    }

    void refusals_data() { addBackendColumn(); addBackendRows(); }
    void refusals()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch, Role::Manager);
        QVERIFY(office);
        const Agents agents = office->agents();
        QVERIFY(agents.add(QStringLiteral("peter.meier"), QStringLiteral("Peter Meier"), Role::Agent));
        // Taken, in any case.
        auto taken = agents.add(QStringLiteral("Peter.Meier"), QStringLiteral("Peter Other"), Role::Manager);
        QVERIFY(!taken);
        QVERIFY2(taken.error().message.contains(QStringLiteral("taken")), qPrintable(taken.error().message));
        QVERIFY(taken.error().message.contains(QStringLiteral("Peter Meier")));
        // Login rules.
        for (const QString &login : {QStringLiteral("p"), QString(65, u'a'), QStringLiteral("peter meier"),
                                     QStringLiteral("peter@office"), QStringLiteral("pétér"), QString()}) {
            auto r = agents.add(login, QStringLiteral("Someone"), Role::Agent);
            QVERIFY2(!r, qPrintable(login));
            QVERIFY(r.error().message.contains(QStringLiteral("login")));
        }
        QVERIFY(agents.add(QString(64, u'a'), QStringLiteral("Long Login"), Role::Agent));
        QVERIFY(agents.add(QStringLiteral("ab"), QStringLiteral("Short Login"), Role::Agent));
        // A name is needed.
        QVERIFY(!agents.add(QStringLiteral("noname"), QStringLiteral("  "), Role::Agent));
        QVERIFY(!agents.add(QStringLiteral("twolines"), QStringLiteral("Two\nLines"), Role::Agent));
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT count(*) FROM agents"))->toInt(), 3);

        // Only managers add agents.
        for (const Role role : {Role::Agent, Role::Administrator}) {
            auto other = open(scratch, role);
            QVERIFY(other);
            auto r = other->agents().add(QStringLiteral("new.one"), QStringLiteral("New One"), Role::Agent);
            QVERIFY(!r);
            QVERIFY(r.error().message.contains(QStringLiteral("manager")));
        }
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT count(*) FROM agents"))->toInt(), 3);
    }

    // Roles change and agents leave; the office keeps an active manager; all audited.
    void rolesAndDisabling_data() { addBackendColumn(); addBackendRows(); }
    void rolesAndDisabling()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch, Role::Manager);
        QVERIFY(office);
        const Agents agents = office->agents();
        auto boss = agents.add(QStringLiteral("boss"), QStringLiteral("Barbara Boss"), Role::Manager);
        auto lucia = agents.add(QStringLiteral("lucia"), QStringLiteral("Lucia Rossi"), Role::Agent);
        QVERIFY(boss && lucia);

        QCOMPARE(agents.setRole(*lucia, Role::Administrator).value_or(false), true);
        QCOMPARE(agents.get(*lucia)->role, Role::Administrator);
        QCOMPARE(agents.setRole(*lucia, Role::Administrator).value_or(true), false); // nothing to change

        // The only manager can neither step down nor be disabled...
        auto demoted = agents.setRole(*boss, Role::Agent);
        QVERIFY(!demoted);
        QVERIFY2(demoted.error().message.contains(QStringLiteral("last active manager")), qPrintable(demoted.error().message));
        QVERIFY(!agents.disable(*boss));
        QCOMPARE(agents.get(*boss)->role, Role::Manager);
        QVERIFY(!agents.get(*boss)->disabled);
        // ...until there is another one.
        QVERIFY(agents.setRole(*lucia, Role::Manager).value_or(false));
        QVERIFY(agents.setRole(*boss, Role::Administrator).value_or(false));
        QVERIFY(!agents.disable(*lucia)); // now she is the last one

        QVERIFY(agents.disable(*boss).value_or(false));
        QCOMPARE(agents.disable(*boss).value_or(true), false);
        QVERIFY(agents.get(*boss)->disabled);
        auto active = agents.listActive();
        QVERIFY(active);
        QCOMPARE(active->size(), 1);
        QVERIFY(!agents.setRole(999999, Role::Agent));
        QCOMPARE(office->database()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('agent.role_changed', "
                                            "'agent.disabled')"))
                     ->toInt(),
                 4);

        // Only managers.
        for (const Role role : {Role::Agent, Role::Administrator}) {
            auto other = open(scratch, role);
            QVERIFY(other);
            QVERIFY(!other->agents().setRole(*lucia, Role::Agent));
            QVERIFY(!other->agents().disable(*lucia));
        }
        QCOMPARE(agents.get(*lucia)->role, Role::Manager);
    }
};

QTEST_GUILESS_MAIN(TestAgents)
#include "tst_agents.moc"
