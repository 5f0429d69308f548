// Tickets on both databases: created for imported, invited, registered and alias tenants (with the
// unit and property of their tenancy), refused for unknown and merged people and bad fields; the
// workflow with reopening and the moves it refuses; the history (who, when, what) with comments,
// internal or visible; bulk assignment all or nothing; and two agents on two connections saving the
// same ticket: the second gets the conflict, naming the change and the agent, and nothing is lost.
#include "TestDatabases.h"
#include "TicketFixtures.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QTest>

using namespace tc;
using namespace tc::test;

namespace {

qint64 createTicket(const Office &office, qint64 personId, const QString &title)
{
    TicketDraft draft;
    draft.personId = personId;
    draft.title = title;
    auto id = office.tickets().create(draft);
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id.value_or(0);
}

QStringList kindsOf(const QList<TicketHistoryEntry> &entries)
{
    QStringList kinds;
    for (const TicketHistoryEntry &e : entries)
        kinds << e.kind;
    return kinds;
}

} // namespace

class TestTickets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createForEveryAddressableTenant_data() { addBackendColumn(); addBackendRows(); }
    void createForEveryAddressableTenant()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const qint64 anna = personIdOf(*office, QStringLiteral("T-1001"));
        const qint64 zoe = personIdOf(*office, QStringLiteral("T-1002"));
        const qint64 john = personIdOf(*office, QStringLiteral("T-1003"));
        const qint64 marco = personIdOf(*office, QStringLiteral("T-2002"));
        QVERIFY(anna && zoe && john && marco);
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET status = 'invited' WHERE id = ?"), {zoe}).ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET status = 'registered' WHERE id = ?"), {marco}).ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET is_alias = TRUE WHERE id = ?"), {john}).ok());
        const qint64 lucia = addAgent(*office, QStringLiteral("lucia.rossi"), QStringLiteral("Lucia Rossi"));
        QVERIFY(lucia);

        // Imported (Anna): every field given.
        TicketDraft draft;
        draft.personId = anna;
        draft.unitId = unitIdOf(*office, QStringLiteral("U-101"));
        draft.channel = QStringLiteral("walk_in");
        draft.category = QStringLiteral("  Heizung ");
        draft.title = QStringLiteral("  Radiator cold in the living room  ");
        draft.description = QStringLiteral("Since Monday.");
        draft.priority = QStringLiteral("high");
        draft.dueDate = QDate(2024, 11, 1);
        draft.assigneeId = lucia;
        auto id = office->tickets().create(draft);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        auto t = office->tickets().get(*id);
        QVERIFY(t);
        QCOMPARE(t->personId, anna);
        QCOMPARE(t->tenantRef, QStringLiteral("T-1001"));
        QCOMPARE(t->tenantName(), QStringLiteral("Anna Müller"));
        QCOMPARE(t->unitLabel, QStringLiteral("Wohnung 1"));
        QCOMPARE(t->propertyName, QStringLiteral("Wohnpark Sonnenhof"));
        QCOMPARE(t->channel, QStringLiteral("walk_in"));
        QCOMPARE(t->category, QStringLiteral("Heizung"));
        QCOMPARE(t->title, QStringLiteral("Radiator cold in the living room"));
        QCOMPARE(t->description, QStringLiteral("Since Monday."));
        QCOMPARE(t->priority, QStringLiteral("high"));
        QCOMPARE(t->dueDate, QDate(2024, 11, 1));
        QCOMPARE(t->status, QStringLiteral("new"));
        QCOMPARE(t->assigneeId, std::optional<qint64>(lucia));
        QCOMPARE(t->assigneeLogin, QStringLiteral("lucia.rossi"));
        QCOMPARE(t->assigneeName, QStringLiteral("Lucia Rossi"));
        QCOMPARE(t->createdByName, QStringLiteral("Manager Tester"));
        QCOMPARE(t->rowVersion, 1);
        QVERIFY(t->createdAt.isValid());
        QCOMPARE(t->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(t->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(t->updatedAt, t->createdAt);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ticket.created' AND entity_id = ?"),
                           {*id})->toInt(),
                 1);

        // Invited (Zoë), registered (Marco), alias (John, moved out): defaults, and the property of
        // their tenancy although no unit was named.
        for (const auto &[person, property] : {std::pair{zoe, QStringLiteral("Wohnpark Sonnenhof")},
                                               std::pair{marco, QStringLiteral("Residenza Lago")},
                                               std::pair{john, QStringLiteral("Wohnpark Sonnenhof")}}) {
            const qint64 ticket = createTicket(*office, person, QStringLiteral("Call back"));
            QVERIFY(ticket > 0);
            auto created = office->tickets().get(ticket);
            QVERIFY(created);
            QCOMPARE(created->personId, person);
            QCOMPARE(created->channel, QStringLiteral("phone"));
            QCOMPARE(created->priority, QStringLiteral("normal"));
            QCOMPARE(created->propertyName, property);
            QVERIFY(!created->unitId);
            QVERIFY(!created->assigneeId);
        }
    }

    void defaultUnit_data() { addBackendColumn(); addBackendRows(); }
    void defaultUnit()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const qint64 anna = personIdOf(*office, QStringLiteral("T-1001"));
        const qint64 john = personIdOf(*office, QStringLiteral("T-1003"));
        const Tickets tickets = office->tickets();
        const QDate today(2024, 10, 15);
        QCOMPARE(tickets.defaultUnitFor(anna, today).value_or(std::nullopt), std::optional<qint64>(unitIdOf(*office, QStringLiteral("U-101"))));
        // Moved out: the last unit.
        QCOMPARE(tickets.defaultUnitFor(john, today).value_or(std::nullopt), std::optional<qint64>(unitIdOf(*office, QStringLiteral("U-103"))));
        // Anna also rented U-103 before, and moves to U-202 next year: today's unit still wins.
        const qint64 u103 = unitIdOf(*office, QStringLiteral("U-103"));
        const qint64 u202 = unitIdOf(*office, QStringLiteral("U-202"));
        for (const auto &[unit, start, end] : {std::tuple{u103, QStringLiteral("2010-01-01"), QVariant(QStringLiteral("2019-03-31"))},
                                               std::tuple{u202, QStringLiteral("2025-05-01"), QVariant(QMetaType::fromType<QString>())}}) {
            auto tenancy = db.exec(QStringLiteral("INSERT INTO tenancies (unit_id, start_date, end_date, created_at, updated_at) "
                                                  "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                   {unit, start, end, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()});
            QVERIFY(tenancy && tenancy->next());
            const qint64 tenancyId = tenancy->value(0).toLongLong();
            tenancy->finish();
            QVERIFY(db.exec(QStringLiteral("INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (?, ?)"), {tenancyId, anna}).ok());
        }
        QCOMPARE(tickets.defaultUnitFor(anna, today).value_or(std::nullopt), std::optional<qint64>(unitIdOf(*office, QStringLiteral("U-101"))));
        // A parking space rented since last month: the flat she has had longer stays the default.
        const qint64 parking = unitIdOf(*office, QStringLiteral("U-102"));
        {
            auto tenancy = db.exec(QStringLiteral("INSERT INTO tenancies (unit_id, start_date, created_at, updated_at) "
                                                  "VALUES (?, '2024-09-01', ?, ?) RETURNING id"),
                                   {parking, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()});
            QVERIFY(tenancy && tenancy->next());
            const qint64 tenancyId = tenancy->value(0).toLongLong();
            tenancy->finish();
            QVERIFY(db.exec(QStringLiteral("INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (?, ?)"), {tenancyId, anna}).ok());
        }
        QCOMPARE(tickets.defaultUnitFor(anna, today).value_or(std::nullopt), std::optional<qint64>(unitIdOf(*office, QStringLiteral("U-101"))));
        QVERIFY(db.exec(QStringLiteral("UPDATE tenancies SET end_date = '2024-09-30' WHERE unit_id = ?"), {parking}).ok());
        // After moving out of U-101 (it ends), the coming one.
        QVERIFY(db.exec(QStringLiteral("UPDATE tenancies SET end_date = '2024-09-30' WHERE unit_id = ?"),
                        {unitIdOf(*office, QStringLiteral("U-101"))}).ok());
        QCOMPARE(tickets.defaultUnitFor(anna, today).value_or(std::nullopt), std::optional<qint64>(u202));
        // A ticket about a unit of hers that is not the default one: its property is that unit's.
        TicketDraft draft;
        draft.personId = anna;
        draft.unitId = u202;
        draft.title = QStringLiteral("Keys for the new flat");
        auto id = tickets.create(draft);
        QVERIFY(id);
        QCOMPARE(tickets.get(*id)->propertyName, QStringLiteral("Residenza Lago"));
    }

    void refusals_data() { addBackendColumn(); addBackendRows(); }
    void refusals()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Tickets tickets = office->tickets();
        const qint64 anna = personIdOf(*office, QStringLiteral("T-1001"));
        const qint64 zoe = personIdOf(*office, QStringLiteral("T-1002"));
        const qint64 peter = addAgent(*office, QStringLiteral("peter.meier"), QStringLiteral("Peter Meier"));
        QVERIFY(peter);
        QVERIFY(db.exec(QStringLiteral("UPDATE agents SET disabled = TRUE WHERE id = ?"), {peter}).ok());
        // Zoë was merged into Anna (an alias retired).
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET merged_into_id = ?, retired_at = ? WHERE id = ?"),
                        {anna, QDateTime::currentDateTimeUtc(), zoe}).ok());

        const auto refusal = [&](const TicketDraft &draft) {
            auto id = tickets.create(draft);
            return id ? QString() : id.error().message;
        };
        TicketDraft good;
        good.personId = anna;
        good.title = QStringLiteral("Leaking tap");

        TicketDraft d = good;
        d.personId = 999999;
        QVERIFY(refusal(d).contains(QStringLiteral("no tenant")));
        d = good;
        d.personId = zoe;
        QVERIFY(refusal(d).contains(QStringLiteral("merged")));
        d = good;
        d.title = QStringLiteral("   ");
        QVERIFY(refusal(d).contains(QStringLiteral("title")));
        d = good;
        d.title = QString(201, u'x');
        QVERIFY(refusal(d).contains(QStringLiteral("200")));
        d = good;
        d.title = QString(200, u'x');
        QVERIFY(refusal(d).isEmpty());
        d = good;
        d.title = QStringLiteral("two\nlines");
        QVERIFY(!refusal(d).isEmpty());
        d = good;
        d.unitId = unitIdOf(*office, QStringLiteral("U-202")); // Marco's, not Anna's
        QVERIFY(refusal(d).contains(QStringLiteral("Unit")));
        d = good;
        d.channel = QStringLiteral("fax");
        QVERIFY(refusal(d).contains(QStringLiteral("channel")));
        d = good;
        d.priority = QStringLiteral("critical");
        QVERIFY(refusal(d).contains(QStringLiteral("priority")));
        d = good;
        d.assigneeId = peter;
        QVERIFY(refusal(d).contains(QStringLiteral("disabled")));
        d = good;
        d.assigneeId = 424242;
        QVERIFY(refusal(d).contains(QStringLiteral("no agent")));
        // Only the one good ticket was written, with its events and audit entry.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM tickets"))->toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ticket_events"))->toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'ticket'"))->toInt(), 1);
        // Unknown tickets.
        QVERIFY(!tickets.get(77777));
        QVERIFY(tickets.get(77777).error().message.contains(QStringLiteral("#77777")));
        QVERIFY(!tickets.setStatus(77777, QStringLiteral("done")));
        QVERIFY(!tickets.comment(77777, QStringLiteral("hello"), false));
        QVERIFY(!tickets.history(77777));
    }

    void workflow_data() { addBackendColumn(); addBackendRows(); }
    void workflow()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const qint64 lucia = addAgent(*office, QStringLiteral("lucia.rossi"), QStringLiteral("Lucia Rossi"));
        const Actor luciaActor = agentActor(lucia, QStringLiteral("Lucia Rossi"));
        const Tickets tickets(office->database(), luciaActor);
        TicketDraft draft;
        draft.personId = personIdOf(*office, QStringLiteral("T-1001"));
        draft.title = QStringLiteral("Door bell broken");
        auto id = tickets.create(draft);
        QVERIFY(id);

        // new -> closed is allowed (a duplicate), but first the long way round.
        const QStringList path{QStringLiteral("in_progress"), QStringLiteral("waiting_third_party"),
                               QStringLiteral("waiting_tenant"), QStringLiteral("in_progress"), QStringLiteral("done"),
                               QStringLiteral("closed"), QStringLiteral("in_progress"), QStringLiteral("done"),
                               QStringLiteral("in_progress")};
        int version = 1;
        for (const QString &status : path) {
            auto v = tickets.setStatus(*id, status, version);
            QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
            QCOMPARE(*v, version + 1);
            version = *v;
            QCOMPARE(tickets.get(*id)->status, status);
        }
        // The same status again changes nothing.
        QCOMPARE(tickets.setStatus(*id, QStringLiteral("in_progress")).value_or(-1), version);

        // Refused moves name the ones allowed and change nothing.
        auto refused = tickets.setStatus(*id, QStringLiteral("closed"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("waiting_tenant, waiting_third_party, done")),
                 qPrintable(refused.error().message));
        QVERIFY(!tickets.setStatus(*id, QStringLiteral("new")));
        QVERIFY(!tickets.setStatus(*id, QStringLiteral("archived")));
        QCOMPARE(tickets.get(*id)->rowVersion, version);
        QCOMPARE(tickets.get(*id)->status, QStringLiteral("in_progress"));
        QVERIFY(tickets.setStatus(*id, QStringLiteral("done")));
        QVERIFY(!tickets.setStatus(*id, QStringLiteral("waiting_tenant")));

        // The history: who, when, what, oldest first; reopening is its own kind of event.
        auto history = tickets.history(*id);
        QVERIFY(history);
        QCOMPARE(kindsOf(*history),
                 (QStringList{QStringLiteral("created"), QStringLiteral("status"), QStringLiteral("status"),
                              QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("status"),
                              QStringLiteral("status"), QStringLiteral("reopened"), QStringLiteral("status"),
                              QStringLiteral("reopened"), QStringLiteral("status")}));
        QCOMPARE(history->at(1).oldValue, QStringLiteral("new"));
        QCOMPARE(history->at(1).newValue, QStringLiteral("in_progress"));
        QCOMPARE(history->at(7).oldValue, QStringLiteral("closed"));
        QCOMPARE(history->at(7).newValue, QStringLiteral("in_progress"));
        for (int i = 0; i < history->size(); ++i) {
            const TicketHistoryEntry &e = history->at(i);
            QCOMPARE(e.who, QStringLiteral("Lucia Rossi"));
            QCOMPARE(e.rowVersion, i + 1);
            QVERIFY(e.at.isValid());
            QVERIFY(i == 0 || history->at(i - 1).at <= e.at);
        }
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE agent_id = ?"), {lucia})->toInt(),
                 history->size());
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ticket.updated' "
                                                          "AND agent_id = ?"), {lucia})->toInt(),
                 history->size() - 1);

        // A new ticket may be settled at once, or closed as a duplicate.
        auto second = tickets.create(draft);
        QVERIFY(second);
        QVERIFY(tickets.setStatus(*second, QStringLiteral("closed")));
    }

    void editsAndHistory_data() { addBackendColumn(); addBackendRows(); }
    void editsAndHistory()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const qint64 lucia = addAgent(*office, QStringLiteral("lucia.rossi"), QStringLiteral("Lucia Rossi"));
        const Tickets tickets = office->tickets();
        const qint64 anna = personIdOf(*office, QStringLiteral("T-1001"));
        const qint64 id = createTicket(*office, anna, QStringLiteral("Window"));
        QVERIFY(id);
        TicketChanges changes;
        changes.title = QStringLiteral("Window does not close");
        changes.priority = QStringLiteral("urgent");
        changes.category = QStringLiteral("Fenster");
        changes.dueDate = QDate(2024, 12, 24);
        changes.unitId = unitIdOf(*office, QStringLiteral("U-101"));
        changes.channel = QStringLiteral("email");
        changes.assigneeId = lucia;
        changes.description = QStringLiteral("Bedroom");
        auto v = tickets.update(id, 1, changes);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(*v, 2);
        auto t = tickets.get(id);
        QCOMPARE(t->title, QStringLiteral("Window does not close"));
        QCOMPARE(t->priority, QStringLiteral("urgent"));
        QCOMPARE(t->dueDate, QDate(2024, 12, 24));
        QCOMPARE(t->unitLabel, QStringLiteral("Wohnung 1"));
        QCOMPARE(t->channel, QStringLiteral("email"));
        QCOMPARE(t->assigneeLogin, QStringLiteral("lucia.rossi"));
        QVERIFY(t->updatedAt >= t->createdAt);
        // The same values again: nothing changes, no version, no event.
        QCOMPARE(tickets.update(id, 2, changes).value_or(-1), 2);
        // A title that is no title is refused.
        TicketChanges bad;
        bad.title = QString();
        QVERIFY(!tickets.update(id, 2, bad));
        // Clearing the due date, the unit and the assignee.
        TicketChanges clear;
        clear.dueDate = QDate();
        clear.unitId = 0;
        clear.assigneeId = 0;
        QCOMPARE(tickets.update(id, 2, clear).value_or(-1), 3);
        t = tickets.get(id);
        QVERIFY(!t->dueDate.isValid());
        QVERIFY(!t->unitId);
        QVERIFY(!t->assigneeId);
        QCOMPARE(t->propertyName, QStringLiteral("Wohnpark Sonnenhof"));

        auto history = tickets.history(id);
        QVERIFY(history);
        QStringList kinds = kindsOf(*history);
        QCOMPARE(kinds.count(QStringLiteral("created")), 1);
        for (const QString &kind : {QStringLiteral("title"), QStringLiteral("priority"), QStringLiteral("category"),
                                    QStringLiteral("channel"), QStringLiteral("description")})
            QCOMPARE(kinds.count(kind), 1);
        QCOMPARE(kinds.count(QStringLiteral("due_date")), 2);
        QCOMPARE(kinds.count(QStringLiteral("unit")), 2);
        QCOMPARE(kinds.count(QStringLiteral("assignee")), 2);
        const auto find = [&](const QString &kind) {
            return *std::find_if(history->cbegin(), history->cend(), [&](const TicketHistoryEntry &e) { return e.kind == kind; });
        };
        QCOMPARE(find(QStringLiteral("title")).oldValue, QStringLiteral("Window"));
        QCOMPARE(find(QStringLiteral("title")).newValue, QStringLiteral("Window does not close"));
        QCOMPARE(find(QStringLiteral("assignee")).newValue, QStringLiteral("Lucia Rossi"));
        QCOMPARE(find(QStringLiteral("due_date")).newValue, QStringLiteral("2024-12-24"));
        QCOMPARE(find(QStringLiteral("title")).who, QStringLiteral("Manager Tester"));
    }

    void comments_data() { addBackendColumn(); addBackendRows(); }
    void comments()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const Tickets tickets = office->tickets();
        const qint64 id = createTicket(*office, personIdOf(*office, QStringLiteral("T-2002")), QStringLiteral("Noise"));
        QVERIFY(id);
        auto note = tickets.comment(id, QStringLiteral("  Neighbour called too.  "), true);
        QVERIFY(note);
        QVERIFY(tickets.setStatus(id, QStringLiteral("in_progress")));
        auto visible = tickets.comment(id, QStringLiteral("We have spoken to your neighbour."), false);
        QVERIFY(visible);
        QVERIFY(*visible != *note);
        QVERIFY(!tickets.comment(id, QStringLiteral("   "), false));
        // Comments leave the row version alone: an edit made with the version read before them saves.
        QCOMPARE(tickets.get(id)->rowVersion, 2);
        TicketChanges changes;
        changes.priority = QStringLiteral("low");
        QVERIFY(tickets.update(id, 2, changes));

        auto history = tickets.history(id);
        QVERIFY(history);
        QCOMPARE(kindsOf(*history), (QStringList{QStringLiteral("created"), QStringLiteral("comment"), QStringLiteral("status"),
                                                 QStringLiteral("comment"), QStringLiteral("priority")}));
        QCOMPARE(history->at(1).text, QStringLiteral("Neighbour called too."));
        QVERIFY(history->at(1).internal);
        QCOMPARE(history->at(1).who, QStringLiteral("Manager Tester"));
        QCOMPARE(history->at(1).rowVersion, 0);
        QCOMPARE(history->at(3).text, QStringLiteral("We have spoken to your neighbour."));
        QVERIFY(!history->at(3).internal);
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT author_name FROM ticket_comments WHERE id = ?"), {*visible})->toString(),
                 QStringLiteral("Manager Tester"));
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ticket.commented'"))->toInt(), 2);
    }

    void bulkAssign_data() { addBackendColumn(); addBackendRows(); }
    void bulkAssign()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Tickets tickets = office->tickets();
        const qint64 peter = addAgent(*office, QStringLiteral("peter.meier"), QStringLiteral("Peter Meier"));
        const qint64 lucia = addAgent(*office, QStringLiteral("lucia.rossi"), QStringLiteral("Lucia Rossi"));
        QList<qint64> ids;
        for (const QString &ref : {QStringLiteral("T-1001"), QStringLiteral("T-1002"), QStringLiteral("T-2002")})
            ids << createTicket(*office, personIdOf(*office, ref), QStringLiteral("Meter reading"));
        QVERIFY(!ids.contains(0));
        QVERIFY(tickets.assign(ids[0], lucia));

        auto changed = tickets.assignMany(ids, peter);
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
        QCOMPARE(*changed, 3);
        for (const qint64 id : ids) {
            auto t = tickets.get(id);
            QCOMPARE(t->assigneeLogin, QStringLiteral("peter.meier"));
            auto since = tickets.changesSince(id, 1);
            QVERIFY(since);
            QCOMPARE(since->constLast().kind, QStringLiteral("assignee"));
            QCOMPARE(since->constLast().newValue, QStringLiteral("Peter Meier"));
        }
        QCOMPARE(tickets.changesSince(ids[0], 1)->constLast().oldValue, QStringLiteral("Lucia Rossi"));
        // Again: nothing to change.
        QCOMPARE(tickets.assignMany(ids, peter).value_or(-1), 0);

        // All or nothing: an unknown ticket among them leaves every ticket as it was.
        const int events = db.scalar(QStringLiteral("SELECT count(*) FROM ticket_events"))->toInt();
        auto refused = tickets.assignMany({ids[0], ids[1], 987654}, lucia);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("987654")));
        for (const qint64 id : ids)
            QCOMPARE(tickets.get(id)->assigneeLogin, QStringLiteral("peter.meier"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ticket_events"))->toInt(), events);

        // Unassigning.
        QCOMPARE(tickets.assignMany(ids, std::nullopt).value_or(-1), 3);
        QVERIFY(!tickets.get(ids[2])->assigneeId);
    }

    void openCountAndTenantList_data() { addBackendColumn(); addBackendRows(); }
    void openCountAndTenantList()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const Tickets tickets = office->tickets();
        const qint64 anna = personIdOf(*office, QStringLiteral("T-1001"));
        const qint64 marco = personIdOf(*office, QStringLiteral("T-2002"));
        const qint64 a1 = createTicket(*office, anna, QStringLiteral("One"));
        const qint64 a2 = createTicket(*office, anna, QStringLiteral("Two"));
        const qint64 a3 = createTicket(*office, anna, QStringLiteral("Three"));
        QVERIFY(createTicket(*office, marco, QStringLiteral("Other")));
        QVERIFY(tickets.setStatus(a2, QStringLiteral("done")));
        QVERIFY(tickets.setStatus(a3, QStringLiteral("waiting_tenant")));
        QCOMPARE(tickets.openCount(anna).value_or(-1), 2);
        QCOMPARE(tickets.openCount(marco).value_or(-1), 1);
        auto list = tickets.forTenant(anna);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).id, a3); // newest first
        QCOMPARE(list->at(2).id, a1);
        QCOMPARE(list->at(1).status, QStringLiteral("done"));
    }

    // Two agents, two connections to one database: both read version 1; Lucia saves first; Peter's
    // save is refused with what Lucia changed, and nothing of either is lost.
    void conflictBetweenTwoConnections_data() { addBackendColumn(); addBackendRows(); }
    void conflictBetweenTwoConnections()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto setup = openTicketOffice(scratch);
        QVERIFY(setup);
        const qint64 lucia = addAgent(*setup, QStringLiteral("lucia.rossi"), QStringLiteral("Lucia Rossi"));
        const qint64 peter = addAgent(*setup, QStringLiteral("peter.meier"), QStringLiteral("Peter Meier"));
        const qint64 id = createTicket(*setup, personIdOf(*setup, QStringLiteral("T-1001")), QStringLiteral("Heating"));
        QVERIFY(lucia && peter && id);

        auto luciaOffice = Office::open(scratch.url(), SchemaPolicy::Migrate, agentActor(lucia, QStringLiteral("Lucia Rossi")),
                                        QStringLiteral("lucia"));
        auto peterOffice = Office::open(scratch.url(), SchemaPolicy::Migrate, agentActor(peter, QStringLiteral("Peter Meier")),
                                        QStringLiteral("peter"));
        QVERIFY(luciaOffice && peterOffice);
        QVERIFY(&(*luciaOffice)->database() != &(*peterOffice)->database());
        const Tickets luciaTickets = (*luciaOffice)->tickets();
        const Tickets peterTickets = (*peterOffice)->tickets();
        auto luciaRead = luciaTickets.get(id);
        auto peterRead = peterTickets.get(id);
        QVERIFY(luciaRead && peterRead);
        QCOMPARE(luciaRead->rowVersion, 1);
        QCOMPARE(peterRead->rowVersion, 1);

        TicketChanges luciaChanges;
        luciaChanges.status = QStringLiteral("in_progress");
        luciaChanges.title = QStringLiteral("Heating off in the whole building");
        QCOMPARE(luciaTickets.update(id, luciaRead->rowVersion, luciaChanges).value_or(-1), 2);

        TicketChanges peterChanges;
        peterChanges.title = QStringLiteral("Heating: radiator");
        peterChanges.priority = QStringLiteral("urgent");
        TicketConflict conflict;
        auto refused = peterTickets.update(id, peterRead->rowVersion, peterChanges, &conflict);
        QVERIFY(!refused);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QStringLiteral("Lucia Rossi")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Heating off in the whole building")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("in_progress")), qPrintable(message));
        QCOMPARE(conflict.ticketId, id);
        QCOMPARE(conflict.expectedVersion, 1);
        QCOMPARE(conflict.currentVersion, 2);
        QCOMPARE(conflict.changes.size(), 2);
        QStringList kinds = kindsOf(conflict.changes);
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("status"), QStringLiteral("title")}));
        for (const TicketHistoryEntry &e : std::as_const(conflict.changes)) {
            QCOMPARE(e.who, QStringLiteral("Lucia Rossi"));
            QCOMPARE(e.rowVersion, 2);
        }
        // Nothing of Peter's was written; Lucia's stands.
        auto now = peterTickets.get(id);
        QCOMPARE(now->title, QStringLiteral("Heating off in the whole building"));
        QCOMPARE(now->priority, QStringLiteral("normal"));
        QCOMPARE(now->status, QStringLiteral("in_progress"));
        QCOMPARE(now->rowVersion, 2);
        QCOMPARE((*peterOffice)->database().scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE agent_id = ?"),
                                                   {peter})->toInt(),
                 0);
        // The other shortcuts check the version too.
        QVERIFY(!peterTickets.setStatus(id, QStringLiteral("done"), 1));
        QVERIFY(!peterTickets.assign(id, peter, 1));

        // Peter keeps his: saved again on top of the version he was shown.
        QCOMPARE(peterTickets.update(id, conflict.currentVersion, peterChanges).value_or(-1), 3);
        now = luciaTickets.get(id);
        QCOMPARE(now->title, QStringLiteral("Heating: radiator"));
        QCOMPARE(now->priority, QStringLiteral("urgent"));
        QCOMPARE(now->status, QStringLiteral("in_progress"));
        auto since = luciaTickets.changesSince(id, 2);
        QVERIFY(since);
        QCOMPARE(since->size(), 2);
        QCOMPARE(since->at(0).who, QStringLiteral("Peter Meier"));
        QCOMPARE(since->at(0).oldValue, QStringLiteral("Heating off in the whole building"));
    }
};

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
