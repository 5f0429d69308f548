// Alias users on both databases: the import marks tenants without e-mail as aliases only while the
// company setting is on; administrators create aliases for a unit by hand; tickets are logged for
// aliases like for anyone; a registration passes an import-made alias's tickets to the account, a
// link moves a hand-made alias's tickets to the tenant and retires the alias; a tenant of the same
// unit and name is proposed, never linked on its own; switching the setting off keeps what exists.
#include "TicketFixtures.h"
#include "domain/Settings.h"
#include "itemmodels/TenantTableModel.h"

#include <QJsonArray>
#include <QLocale>

using namespace tc;
using namespace tc::test;

namespace {

const QDate kImportDay(2024, 10, 15);
const QString kPassword = QStringLiteral("Grüezi-Sonnenhof-7");

const QByteArray kHeader = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                           "last_name,email,phone,language,move_in,move_out\n";

// The fixture's tenants again (a snapshot must hold them) and the given rows.
QByteArray tenantList(const QByteArray &rows)
{
    return kTicketTenantList + rows;
}

// Lea Brunner moves into a new flat next spring; the ERP knows her name, not her address.
const QByteArray kFutureTenant =
    "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,Wohnung 4,T-3001,Lea,Brunner,,,de,2025-03-01,\n";
const QByteArray kFutureTenantWithAddress =
    "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,Wohnung 4,T-3001,Lea,Brunner,lea@example.ch,,de,"
    "2025-03-01,\n";

Result<ImportReport> importList(const Office &office, const QByteArray &csv, QDate day = kImportDay)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return Error::internal(QStringLiteral("cannot write %1").arg(path));
    file.close();
    ImportOptions options;
    options.importDate = day;
    const Actor manager = managerActor();
    return ImportService(office.database(), manager).run(path, options);
}

bool setAliasUsers(const Office &office, bool on)
{
    const Actor manager = managerActor();
    auto s = office.settings().set(manager, {{settings::aliasUsers, on ? QStringLiteral("true") : QStringLiteral("false")}});
    if (!s)
        qWarning("%s", qPrintable(s.error().message));
    return s.ok();
}

std::unique_ptr<Office> openAliasOffice(const ScratchDatabase &scratch, bool aliasUsers = true)
{
    auto office = openInvitingOffice(scratch);
    if (!office || !setAliasUsers(*office, aliasUsers))
        return nullptr;
    return office;
}

qint64 count(const Office &office, const QString &sql, const QVariantList &bindings = {})
{
    auto n = office.database().scalar(sql, bindings);
    return n ? n->toLongLong() : -1;
}

Result<qint64> logTicket(const Office &office, qint64 personId, const QString &title)
{
    TicketDraft draft;
    draft.personId = personId;
    draft.title = title;
    return office.tickets().create(draft);
}

QList<TicketHistoryEntry> transfers(const Office &office, qint64 ticketId)
{
    QList<TicketHistoryEntry> found;
    const auto history = office.tickets().history(ticketId);
    for (const TicketHistoryEntry &e : history.value_or(QList<TicketHistoryEntry>()))
        if (e.kind == u"transferred_from_alias")
            found << e;
    return found;
}

const AliasUser *findAlias(const QList<AliasUser> &list, qint64 id)
{
    for (const AliasUser &a : list)
        if (a.id == id)
            return &a;
    return nullptr;
}

} // namespace

class TestAliasUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The whole story of the issue: a name-only future tenant becomes an alias at import, a ticket is
    // logged for the alias, the next import brings the e-mail, the tenant is invited and registers,
    // and the ticket is the registered tenant's, with its history.
    void storyFromImportToRegistration_data() { addBackendColumn(); addBackendRows(); }
    void storyFromImportToRegistration()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openAliasOffice(scratch);
        QVERIFY(office);

        auto first = importList(*office, tenantList(kFutureTenant));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY2(first->applied(), qPrintable(first->summaryText()));
        QCOMPARE(first->aliasesCreated, QStringList{QStringLiteral("T-3001")});
        QVERIFY(first->summaryText().contains(QStringLiteral("T-3001")));
        const qint64 lea = personIdOf(*office, QStringLiteral("T-3001"));
        QVERIFY(lea > 0);

        auto aliases = office->aliasUsers().list(kImportDay);
        QVERIFY(aliases);
        QCOMPARE(aliases->size(), 1);
        const AliasUser &alias = aliases->first();
        QCOMPARE(alias.id, lea);
        QCOMPARE(alias.origin, AliasUser::Origin::Import);
        QCOMPARE(alias.erpRef, QStringLiteral("T-3001"));
        QCOMPARE(alias.name, QStringLiteral("Lea Brunner"));
        QCOMPARE(alias.unitLabel, QStringLiteral("Wohnung 4"));
        QCOMPARE(alias.moveIn, QDate(2025, 3, 1));

        // Marked in the master data of her unit...
        auto unit = office->masterData().unit(alias.unitId);
        QVERIFY(unit);
        QCOMPARE(unit->tenancies.size(), 1);
        QCOMPARE(unit->tenancies.first().tenants.size(), 1);
        QVERIFY(unit->tenancies.first().tenants.first().isAlias);
        // ...and found by the agent who has her on the phone, marked as alias.
        auto hits = office->tenantSearch().search(QStringLiteral("brunner"), 10, kImportDay);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().statusKey(), QStringLiteral("alias"));

        auto ticket = logTicket(*office, lea, QStringLiteral("Schlüssel für die Besichtigung"));
        QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.error().message));
        const int versionBefore = office->tickets().get(*ticket)->rowVersion;

        // The ERP brings her address: she stays an alias (no second one) until she registers.
        auto second = importList(*office, tenantList(kFutureTenantWithAddress));
        QVERIFY(second && second->applied());
        QVERIFY(second->aliasesCreated.isEmpty());
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE is_alias")), 1);

        auto invited = office->invitations().invite({lea});
        QVERIFY2(invited, qPrintable(invited ? QString() : invited.error().message));
        QCOMPARE(invited->refused.size(), 0);
        auto code = office->database().scalar(QStringLiteral("SELECT code FROM activation_codes WHERE person_id = ?"), {lea});
        QVERIFY(code && !code->isNull());
        auto registered = office->registration().registerTenant(code->toString(), kPassword, QStringLiteral("test"));
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().message));
        QCOMPARE(registered->ticketsFromAlias, 1);

        // The ticket belongs to the registered tenant, with a "transferred from alias" event and a new version.
        auto theirs = office->tickets().forTenant(lea);
        QVERIFY(theirs);
        QCOMPARE(theirs->size(), 1);
        QCOMPARE(theirs->first().id, *ticket);
        QCOMPARE(theirs->first().tenantRef, QStringLiteral("T-3001"));
        QCOMPARE(theirs->first().rowVersion, versionBefore + 1);
        const auto moved = transfers(*office, *ticket);
        QCOMPARE(moved.size(), 1);
        QVERIFY(moved.first().oldValue.contains(QStringLiteral("alias")));
        QVERIFY(moved.first().newValue.contains(QStringLiteral("T-3001")));
        QCOMPARE(moved.first().rowVersion, versionBefore + 1);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE is_alias")), 0);
        QCOMPARE(office->aliasUsers().list(kImportDay)->size(), 0);
        QVERIFY(!office->masterData().unit(alias.unitId)->tenancies.first().tenants.first().isAlias);
        QVERIFY(office->registration().checkLogin(QStringLiteral("lea@example.ch"), kPassword, QStringLiteral("test")).value_or(false));
    }

    // With the setting off the same import makes no alias, and nobody can make one by hand.
    void settingOffMakesNoAlias_data() { addBackendColumn(); addBackendRows(); }
    void settingOffMakesNoAlias()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openAliasOffice(scratch, false);
        QVERIFY(office);
        auto report = importList(*office, tenantList(kFutureTenant));
        QVERIFY(report && report->applied());
        QVERIFY(report->aliasesCreated.isEmpty());
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE is_alias")), 0);
        QCOMPARE(office->aliasUsers().list(kImportDay)->size(), 0);
        auto made = office->aliasUsers().create(unitIdOf(*office, QStringLiteral("U-104")), QStringLiteral("Lea Brunner"),
                                                QDate(2025, 3, 1));
        QVERIFY(!made);
        QVERIFY2(made.error().message.contains(QStringLiteral("alias_users")), qPrintable(made.error().message));
    }

    // Who becomes an alias at import: a name, no e-mail, a tenancy current or ahead, not yet invited.
    void importMarksOnlyUnreachableTenants_data() { addBackendColumn(); addBackendRows(); }
    void importMarksOnlyUnreachableTenants()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openAliasOffice(scratch);
        QVERIFY(office);
        const QByteArray rows =
            kFutureTenant
            // lives there now, never gave an address
            + QByteArray("P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-105,Wohnung 5,T-3002,Hans,Gerber,,,de,"
                         "2010-05-01,\n")
            // moved out before the import day: no alias for a former tenant
            + QByteArray("P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-106,Wohnung 6,T-3003,Iris,Frei,,,de,"
                         "2015-01-01,2023-12-31\n")
            // with an address: reachable
            + QByteArray("P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-107,Wohnung 7,T-3004,Jan,Graf,"
                         "jan@example.ch,,de,2025-02-01,\n");
        auto report = importList(*office, tenantList(rows));
        QVERIFY2(report && report->applied(), qPrintable(report ? report->summaryText() : report.error().message));
        QCOMPARE(report->aliasesCreated, (QStringList{QStringLiteral("T-3001"), QStringLiteral("T-3002")}));
        QCOMPARE(report->toJson().value(QStringLiteral("aliases_created")).toArray().size(), 2);

        // The second run finds them marked already.
        auto again = importList(*office, tenantList(rows));
        QVERIFY(again && again->applied());
        QVERIFY(again->aliasesCreated.isEmpty());

        // A dry run reports what it would mark and marks nothing.
        QVERIFY(setAliasUsers(*office, false));
        auto more = tenantList(rows + "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-203,Appartamento 5,T-3005,Ugo,Bassi,,,it,"
                                      "2025-06-01,\n");
        QVERIFY(importList(*office, more)->aliasesCreated.isEmpty());
        QVERIFY(setAliasUsers(*office, true));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(more);
        file.close();
        ImportOptions dry;
        dry.importDate = kImportDay;
        dry.dryRun = true;
        const Actor manager = managerActor();
        auto preview = ImportService(office->database(), manager).run(path, dry);
        QVERIFY(preview);
        QCOMPARE(preview->aliasesCreated, QStringList{QStringLiteral("T-3005")});
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE is_alias AND erp_ref = 'T-3005'")), 0);

        // The tenant list shows them as aliases under the alias filter.
        TenantTableModel model(office->database());
        model.setToday(kImportDay);
        TenantFilter filter;
        filter.status = TenantFilter::Status::Alias;
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TenantTableModel::Status).data().toString(), QStringLiteral("alias"));
    }

    // A delta (or a data-exchange job) delivers only its rows: only its tenants without address become
    // aliases; a snapshot is the whole list, so switching the setting on reaches everyone at the next one.
    void deltaMarksOnlyWhatItDelivers_data() { addBackendColumn(); addBackendRows(); }
    void deltaMarksOnlyWhatItDelivers()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openAliasOffice(scratch, false);
        QVERIFY(office);
        QVERIFY(importList(*office, tenantList(kFutureTenant))->applied());
        QVERIFY(setAliasUsers(*office, true));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("delta.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kHeader + "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-203,Appartamento 5,T-3005,Ugo,Bassi,,,it,"
                             "2025-06-01,\n");
        file.close();
        ImportOptions delta;
        delta.importDate = kImportDay;
        delta.mode = ImportMode::Delta;
        const Actor manager = managerActor();
        auto report = ImportService(office->database(), manager).run(path, delta);
        QVERIFY(report && report->applied());
        QCOMPARE(report->aliasesCreated, QStringList{QStringLiteral("T-3005")});

        auto snapshot = importList(*office, tenantList(kFutureTenant));
        QVERIFY(snapshot && snapshot->applied());
        QCOMPARE(snapshot->aliasesCreated, QStringList{QStringLiteral("T-3001")});
    }

    // An alias made by hand: checks, tickets with the alias's unit, the search, the link.
    void handMadeAliasIsLinkedToTheTenant_data() { addBackendColumn(); addBackendRows(); }
    void handMadeAliasIsLinkedToTheTenant()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openAliasOffice(scratch);
        QVERIFY(office);
        const AliasUsers aliases = office->aliasUsers();
        const qint64 unit = unitIdOf(*office, QStringLiteral("U-102"));
        QVERIFY(unit > 0);

        for (const QString &bad : {QStringLiteral(""), QStringLiteral("   "), QStringLiteral("Nora\nMeier"), QString(201, u'x')})
            QVERIFY2(!aliases.create(unit, bad, std::nullopt), qPrintable(bad));
        QVERIFY(!aliases.create(999999, QStringLiteral("Nora Meier"), std::nullopt));
        const Actor agent{std::nullopt, QStringLiteral("Agent"), Role::Agent};
        QVERIFY(!AliasUsers(office->database(), agent).create(unit, QStringLiteral("Nora Meier"), std::nullopt));

        auto id = aliases.create(unit, QStringLiteral("  Nora   Meier "), QDate(2025, 4, 1));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        auto twice = aliases.create(unit, QStringLiteral("meier nora"), std::nullopt);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QString::number(*id)), qPrintable(twice.error().message));

        auto alias = aliases.get(*id, kImportDay);
        QVERIFY(alias);
        QCOMPARE(alias->name, QStringLiteral("Nora Meier"));
        QCOMPARE(alias->origin, AliasUser::Origin::Manual);
        QVERIFY(alias->erpRef.isEmpty());
        QCOMPARE(alias->unitRef, QStringLiteral("U-102"));
        QCOMPARE(alias->moveIn, QDate(2025, 4, 1));
        QCOMPARE(office->tenants().idOf(QString::number(*id)).value_or(0), *id);
        QCOMPARE(office->masterData().unit(unit)->aliases.size(), 1);

        // Found by name, by the unit's label and by the building's street and city, marked as alias.
        for (const QString &text : {QStringLiteral("nora"), QStringLiteral("Wohnung 2"), QStringLiteral("bahnhofstr"),
                                    QStringLiteral("zurich")}) {
            auto hits = office->tenantSearch().search(text, 10, kImportDay);
            QVERIFY(hits);
            const auto it = std::find_if(hits->cbegin(), hits->cend(), [&](const TenantSearchHit &h) { return h.id == *id; });
            QVERIFY2(it != hits->cend(), qPrintable(text));
            QCOMPARE(it->statusKey(), QStringLiteral("alias"));
            QCOMPARE(it->unitLabel, QStringLiteral("Wohnung 2"));
        }

        // Tickets for the alias are about its unit and property.
        QCOMPARE(office->tickets().defaultUnitFor(*id)->value_or(0), unit);
        TicketDraft draft;
        draft.personId = *id;
        draft.unitId = unit;
        draft.title = QStringLiteral("Wann ist die Wohnungsübergabe?");
        auto first = office->tickets().create(draft);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        auto second = logTicket(*office, *id, QStringLiteral("Parkplatz gewünscht"));
        QVERIFY(second);
        auto ticket = office->tickets().get(*first);
        QVERIFY(ticket);
        QCOMPARE(ticket->unitRef, QStringLiteral("U-102"));
        QCOMPARE(ticket->propertyRef, QStringLiteral("P100"));
        QCOMPARE(office->tickets().get(*second)->propertyRef, QStringLiteral("P100"));
        QVERIFY(!office->invitations().invite({*id})->refused.isEmpty());

        // Refused links: to itself, to a made-up person, by an agent; an import-made alias is no hand-made one.
        QVERIFY(!aliases.link(*id, *id));
        QVERIFY(!aliases.link(*id, 999999));
        QVERIFY(!AliasUsers(office->database(), agent).link(*id, personIdOf(*office, QStringLiteral("T-1002"))));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tickets WHERE person_id = ?"), {*id}), 2);

        const qint64 zoe = personIdOf(*office, QStringLiteral("T-1002"));
        auto moved = aliases.link(*id, zoe);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE(*moved, 2);
        QCOMPARE(office->tickets().forTenant(zoe)->size(), 2);
        for (const qint64 t : {*first, *second}) {
            const auto events = transfers(*office, t);
            QCOMPARE(events.size(), 1);
            QVERIFY(events.first().oldValue.contains(QStringLiteral("Nora Meier")));
            QVERIFY(events.first().newValue.contains(QStringLiteral("T-1002")));
        }
        // Retired, kept for the audit, in no list and no search; the link happens once.
        QCOMPARE(count(*office, QStringLiteral("SELECT merged_into_id FROM persons WHERE id = ? AND retired_at IS NOT NULL"), {*id}),
                 zoe);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'alias.linked' AND entity_id = ?"), {*id}),
                 1);
        QVERIFY(!findAlias(*aliases.list(kImportDay), *id));
        QVERIFY(office->masterData().unit(unit)->aliases.isEmpty());
        auto hits = office->tenantSearch().search(QStringLiteral("nora"), 10, kImportDay);
        QVERIFY(hits && hits->isEmpty());
        QVERIFY(!aliases.link(*id, zoe));
        QVERIFY(!logTicket(*office, *id, QStringLiteral("Noch eine Frage")));
        // The alias's history says both steps in words, and keeps the values as stored for scripts.
        auto retired = office->tenants().detail(*id);
        QVERIFY2(retired, qPrintable(retired ? QString() : retired.error().message));
        QCOMPARE(retired->history.size(), 2);
        const TenantHistoryEntry &linked = retired->history.at(0);
        const TenantHistoryEntry &created = retired->history.at(1);
        QCOMPARE(linked.kind, QStringLiteral("alias.linked"));
        QCOMPARE(linked.before, QStringLiteral("Name: Nora Meier"));
        const QString zoeName = office->tenants().detail(zoe)->displayName();
        QCOMPARE(linked.after, QStringLiteral("Linked to tenant: %1 (T-1002); Tickets moved: 2").arg(zoeName));
        QCOMPARE(created.kind, QStringLiteral("alias.created"));
        QCOMPARE(created.after, QStringLiteral("Move-in: %1; Name: Nora Meier; Unit: U-102")
                                    .arg(QLocale().toString(QDate(2025, 4, 1), QLocale::ShortFormat)));
        const auto moveIn = std::find_if(created.changes.cbegin(), created.changes.cend(),
                                         [](const TenantHistoryChange &c) { return c.field == u"move_in"; });
        QVERIFY(moveIn != created.changes.cend());
        QCOMPARE(moveIn->after.value_or(QString()), QStringLiteral("2025-04-01"));
        QVERIFY(!moveIn->before);

        // An alias the import made is the tenant itself: there is nothing to link.
        QVERIFY(importList(*office, tenantList(kFutureTenant))->applied());
        QVERIFY(!aliases.link(personIdOf(*office, QStringLiteral("T-3001")), zoe));
    }

    // A tenant the ERP delivers on the alias's unit with the same name is proposed, not linked; two
    // such tenants are both shown; a different unit or name is no candidate.
    void proposalsWaitForConfirmation_data() { addBackendColumn(); addBackendRows(); }
    void proposalsWaitForConfirmation()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openAliasOffice(scratch);
        QVERIFY(office);
        const AliasUsers aliases = office->aliasUsers();
        // The future flat exists already (another tenant moves out of it).
        QVERIFY(importList(*office, tenantList("P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,Wohnung 4,T-2999,"
                                               "Otto,Vormieter,otto@example.ch,,de,2001-01-01,2025-02-28\n"))
                    ->applied());
        const qint64 flat = unitIdOf(*office, QStringLiteral("U-104"));
        auto id = aliases.create(flat, QStringLiteral("Brunner Léa"), QDate(2025, 3, 1));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        auto ticket = logTicket(*office, *id, QStringLiteral("Besichtigung"));
        QVERIFY(ticket);

        // Same name on another unit: no candidate.
        auto elsewhere = importList(*office, tenantList("P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-108,Wohnung 8,"
                                                        "T-3010,Lea,Brunner,,,de,2025-03-01,\n"));
        QVERIFY(elsewhere && elsewhere->applied());
        QVERIFY(elsewhere->aliasProposals.isEmpty());

        const QByteArray leaOnTheFlat =
            "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,Wohnung 4,T-3001,Lea,Brunner,,,de,2025-03-01,\n";
        auto report = importList(*office, tenantList(leaOnTheFlat));
        QVERIFY(report && report->applied());
        QCOMPARE(report->aliasProposals.size(), 1);
        QCOMPARE(report->aliasProposals.first().aliasId, *id);
        QCOMPARE(report->aliasProposals.first().tenantRefs, QStringList{QStringLiteral("T-3001")});
        const QJsonArray json = report->toJson().value(QStringLiteral("alias_proposals")).toArray();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.first().toObject().value(QStringLiteral("alias_id")).toInteger(), *id);
        QVERIFY(report->summaryText().contains(QStringLiteral("T-3001")));
        // Proposed only: the ticket is still the alias's, and the alias is in the list with its candidate.
        QCOMPARE(office->tickets().get(*ticket)->personId, *id);
        auto listed = aliases.get(*id, kImportDay);
        QVERIFY(listed);
        QCOMPARE(listed->candidates.size(), 1);
        QCOMPARE(listed->candidates.first().erpRef, QStringLiteral("T-3001"));

        // A second person of that name on the flat: both are candidates, nothing is chosen.
        auto both = importList(*office, tenantList(leaOnTheFlat + "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,"
                                                                  "Wohnung 4,T-3011,Léa,Brunner,,,fr,2025-03-01,\n"));
        QVERIFY(both && both->applied());
        QCOMPARE(both->aliasProposals.size(), 1);
        QCOMPARE(both->aliasProposals.first().tenantRefs,
                 (QStringList{QStringLiteral("T-3001"), QStringLiteral("T-3011")}));
        QCOMPARE(office->tickets().get(*ticket)->personId, *id);
        QCOMPARE(aliases.get(*id, kImportDay)->candidates.size(), 2);

        // The administrator chooses.
        QCOMPARE(aliases.link(*id, personIdOf(*office, QStringLiteral("T-3011"))).value_or(-1), 1);
        QVERIFY(aliases.proposals(kImportDay)->isEmpty());
    }

    // Switched off: existing aliases stay usable and visible; no new ones.
    void settingOffKeepsExistingAliases_data() { addBackendColumn(); addBackendRows(); }
    void settingOffKeepsExistingAliases()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openAliasOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, tenantList(kFutureTenant))->applied());
        auto id = office->aliasUsers().create(unitIdOf(*office, QStringLiteral("U-101")), QStringLiteral("Nora Meier"),
                                              std::nullopt);
        QVERIFY(id);
        QVERIFY(setAliasUsers(*office, false));
        QCOMPARE(office->aliasUsers().list(kImportDay)->size(), 2);
        QVERIFY(logTicket(*office, *id, QStringLiteral("Frage zur Übergabe")));
        QVERIFY(logTicket(*office, personIdOf(*office, QStringLiteral("T-3001")), QStringLiteral("Frage")));
        QVERIFY(!office->aliasUsers().create(unitIdOf(*office, QStringLiteral("U-101")), QStringLiteral("Other Person"),
                                             std::nullopt));
        auto report = importList(*office, tenantList(kFutureTenant + "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,"
                                                                     "U-105,Wohnung 5,T-3002,Hans,Gerber,,,de,2010-05-01,\n"));
        QVERIFY(report && report->applied());
        QVERIFY(report->aliasesCreated.isEmpty());
        QCOMPARE(office->aliasUsers().list(kImportDay)->size(), 2);
        QCOMPARE(office->aliasUsers().link(*id, personIdOf(*office, QStringLiteral("T-1001"))).value_or(-1), 1);
    }
};

QTEST_GUILESS_MAIN(TestAliasUsers)
#include "tst_aliasusers.moc"
