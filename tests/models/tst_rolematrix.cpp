// tst_rolematrix: the role matrix as the services keep it, on SQLite and on PostgreSQL: for each
// role (agent, administrator, manager) every action of the matrix is tried; what the role may not do
// is refused with a message that names the role it needs, and leaves the office as it was (the same
// rows in every table); what it may do goes through. On PostgreSQL the server keeps the same matrix
// once more (tst_officeroles); this is the guard on a local file.
#include "TestDatabases.h"
#include "TicketFixtures.h"
#include "services/Office.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QTest>

using namespace tc;
using namespace tc::test;

namespace {

// Rows per table: a refused action must leave every one as it was.
QMap<QString, qint64> snapshot(const Database &db)
{
    QMap<QString, qint64> counts;
    for (const QString &table : schema::tables())
        counts.insert(table, db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table))->toLongLong());
    counts.insert(QStringLiteral("settings"),
                  db.scalar(QStringLiteral("SELECT count(*) FROM company_settings WHERE value = 'true'"))->toLongLong());
    counts.insert(QStringLiteral("persons named X"),
                  db.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE first_name = 'X'"))->toLongLong());
    counts.insert(QStringLiteral("managers"),
                  db.scalar(QStringLiteral("SELECT count(*) FROM agents WHERE role = 'manager'"))->toLongLong());
    return counts;
}

struct Action
{
    const char *name;
    Role needs;
    std::function<Status(Office &)> run;
};

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data()
    {
        addBackendColumn();
        addBackendRows();
    }

    void matrix()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openInvitingOffice(scratch);
        QVERIFY(office);
        const qint64 tenant = personIdOf(*office, QStringLiteral("T-1001"));
        const qint64 unit = unitIdOf(*office, QStringLiteral("U-101"));
        QVERIFY(tenant && unit);
        const qint64 other = addAgent(*office, QStringLiteral("rm-other"), QStringLiteral("Other Agent"));
        QVERIFY(other);
        QVERIFY(office->settings().set(managerActor(), QStringLiteral("alias_users"), QStringLiteral("false")));

        const QList<Action> actions{
            {"log a ticket", Role::Agent,
             [&](Office &o) -> Status {
                 TicketDraft draft;
                 draft.personId = tenant;
                 draft.title = QStringLiteral("Matrix");
                 auto r = o.tickets().create(draft);
                 return r ? Status() : Status(r.error());
             }},
            {"change a tenant's data", Role::Administrator,
             [&](Office &o) -> Status {
                 TenantEdit edit;
                 edit.firstName = QStringLiteral("X");
                 auto r = o.tenants().update(o.actor(), tenant, edit);
                 return r ? Status() : Status(r.error());
             }},
            {"invite a tenant", Role::Administrator,
             [&](Office &o) -> Status {
                 auto r = o.invitations().invite({tenant});
                 return r ? Status() : Status(r.error());
             }},
            {"retry failed e-mails", Role::Administrator,
             [&](Office &o) -> Status {
                 auto r = o.outbox().retryFailed(o.actor());
                 return r ? Status() : Status(r.error());
             }},
            {"import a tenant list", Role::Administrator,
             [&](Office &o) -> Status {
                 QTemporaryDir dir;
                 const QString path = dir.filePath(QStringLiteral("list.csv"));
                 QFile file(path);
                 if (!file.open(QIODevice::WriteOnly) || file.write(kTicketTenantList) != kTicketTenantList.size())
                     return Error::internal(QStringLiteral("cannot write the list"));
                 file.close();
                 ImportOptions options;
                 options.importDate = QDate(2024, 10, 15);
                 options.mode = ImportMode::Delta;
                 auto r = o.imports().run(path, options);
                 return r ? Status() : Status(r.error());
             }},
            {"change a company setting", Role::Manager,
             [&](Office &o) -> Status {
                 auto r = o.settings().set(o.actor(), QStringLiteral("alias_users"), QStringLiteral("true"));
                 return r ? Status() : Status(r.error());
             }},
            {"change a mail template", Role::Manager,
             [&](Office &o) -> Status {
                 return o.mailTemplates().set(o.actor(), MailKind::Invitation, QStringLiteral("de"),
                                              MailTemplate{QStringLiteral("Einladung"),
                                                           QStringLiteral("Ihr Code: {code} {registration_link}")});
             }},
            {"add an agent", Role::Manager,
             [&](Office &o) -> Status {
                 auto r = o.agents().add(QStringLiteral("rm-new"), QStringLiteral("New Agent"), Role::Agent);
                 return r ? Status() : Status(r.error());
             }},
            {"make an agent a manager", Role::Manager,
             [&](Office &o) -> Status {
                 auto r = o.agents().setRole(other, Role::Manager);
                 return r ? Status() : Status(r.error());
             }},
            {"disable an agent", Role::Manager,
             [&](Office &o) -> Status {
                 auto r = o.agents().disable(other);
                 return r ? Status() : Status(r.error());
             }},
        };

        for (Role role : {Role::Agent, Role::Administrator}) {
            const qint64 self = addAgent(*office, QStringLiteral("rm-%1").arg(roleKey(role)), roleKey(role), role);
            QVERIFY(self);
            auto opened = Office::open(scratch.url(), SchemaPolicy::RequireCurrent, Actor{self, roleKey(role), role});
            QVERIFY(opened);
            for (const Action &action : actions) {
                if (static_cast<int>(role) >= static_cast<int>(action.needs))
                    continue;
                const auto before = snapshot(office->database());
                const Status s = action.run(**opened);
                QVERIFY2(!s, qPrintable(QStringLiteral("%1 may %2").arg(roleKey(role), QString::fromLatin1(action.name))));
                QVERIFY2(s.error().kind == Error::Kind::Refused, qPrintable(s.error().message));
                QVERIFY2(s.error().message.contains(roleKey(action.needs), Qt::CaseInsensitive)
                             || s.error().message.contains(roleDisplayName(action.needs), Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("%1 / %2: %3").arg(roleKey(role), QString::fromLatin1(action.name), s.error().message)));
                QCOMPARE(snapshot(office->database()), before);
            }
        }
        // Each action by a role that may do it goes through (the manager may do all).
        const qint64 manager = addAgent(*office, QStringLiteral("rm-manager"), QStringLiteral("manager"), Role::Manager);
        auto asManager = Office::open(scratch.url(), SchemaPolicy::RequireCurrent, Actor{manager, QStringLiteral("manager"), Role::Manager});
        QVERIFY(asManager);
        for (const Action &action : actions) {
            const Status s = action.run(**asManager);
            QVERIFY2(s, qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(action.name), s ? QString() : s.error().message)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
