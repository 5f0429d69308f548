// The tenant search on both databases, with the office's data written by its real writers (the
// tenant-list import, the data-exchange import, an edit): names in any case and with or without
// accents, phone numbers in the spellings people use, unit labels, streets and cities, references and
// e-mail addresses, several words at once; the order of the results, what they show (status, former
// tenant, open tickets) and what they leave out (retired aliases).
#include "TestDatabases.h"
#include "domain/Settings.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tc;

namespace {

const QByteArray kTenantList =
    "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,phone,"
    "language,move_in,move_out\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1001,Anna,Müller,anna.mueller@example.ch,"
    "+41 44 123 45 67,de,2019-04-01,\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 2,T-1002,Hans,Mueller,,044 765 43 21,de,2020-01-01,\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-103,Wohnung 3,T-1003,John,Smith,john@example.com,,en,"
    "2018-01-01,2021-12-31\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,Wohnung 4,T-1004,Peter,Meier,,,de,2021-01-01,\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-105,Wohnung 5,T-1005,Anna,Meier,,,de,2021-01-01,\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-106,Wohnung 6,T-1006,Ruth,Meierhans,,,de,2021-01-01,\n"
    "P200,Les Tilleuls,Rue du Lac 12,1003,Lausanne,U-201,3e étage gauche,T-2001,François,Dupont,"
    "f.dupont@example.fr,021 345 67 89,fr,2022-03-01,\n"
    "P200,Les Tilleuls,Rue du Lac 12,1003,Lausanne,U-202,3e étage droite,T-2002,Maria,von Allmen,,"
    "0041 79 555 12 34,de,2022-03-01,\n"
    "P300,Residenza Lago,Via Lago 5,6900,Lugano,U-301,Appartamento 4,T-3001,Giulia,Dell'Acqua,,+39 02 1234 5678,"
    "it,2023-07-01,\n";

Actor manager()
{
    return Actor{std::nullopt, QStringLiteral("Manager"), Role::Manager};
}

std::unique_ptr<Office> openOffice(const test::ScratchDatabase &scratch)
{
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, manager());
    if (!office) {
        qWarning("%s", qPrintable(office.error().message));
        return nullptr;
    }
    if (auto s = (*office)->setup().initializeCompany(manager(), QStringLiteral("Régie Example SA")); !s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(*office);
}

bool import(const Office &office, const QString &path)
{
    ImportOptions options;
    options.importDate = QDate(2024, 10, 15);
    auto report = office.imports().run(path, options);
    if (!report || !report->applied()) {
        qWarning("%s", report ? qPrintable(report->summaryText()) : qPrintable(report.error().message));
        if (report) {
            for (const ImportRejection &rejection : std::as_const(report->rejected))
                qWarning("%s:%d %s", qPrintable(rejection.file), int(rejection.line), qPrintable(rejection.reason));
        }
        return false;
    }
    return true;
}

bool importList(const Office &office, const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return import(office, path);
}

bool importJob(const Office &office, const QMap<QString, QByteArray> &files)
{
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(dir.filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            return false;
    }
    return import(office, dir.path());
}

// The ERP references the search finds, in its order.
QStringList refs(const Office &office, const QString &text, int limit = TenantSearch::kDefaultLimit)
{
    auto hits = office.tenantSearch().search(text, limit, QDate(2024, 10, 15));
    if (!hits) {
        qWarning("%s", qPrintable(hits.error().message));
        return {QStringLiteral("<error>")};
    }
    QStringList found;
    for (const TenantSearchHit &hit : std::as_const(*hits))
        found << hit.erpRef;
    return found;
}

std::optional<TenantSearchHit> hitFor(const Office &office, const QString &text, const QString &ref)
{
    auto hits = office.tenantSearch().search(text, TenantSearch::kDefaultLimit, QDate(2024, 10, 15));
    if (!hits)
        return std::nullopt;
    for (const TenantSearchHit &hit : std::as_const(*hits)) {
        if (hit.erpRef == ref)
            return hit;
    }
    return std::nullopt;
}

} // namespace

class TestTenantSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each spelling finds the tenants listed, first and in this order (more may follow).
    void spellings_data() { test::addBackendColumn(); test::addBackendRows(); }
    void spellings()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, kTenantList));

        const QList<std::pair<QString, QStringList>> cases{
            // Names: case, accents and apostrophes ignored; last name or first name first; a prefix will do.
            {QStringLiteral("muller"), {QStringLiteral("T-1001")}},
            {QStringLiteral("MÜLLER"), {QStringLiteral("T-1001")}},
            {QStringLiteral("Mül"), {QStringLiteral("T-1001")}},
            {QStringLiteral("mueller"), {QStringLiteral("T-1002"), QStringLiteral("T-1001")}},
            {QStringLiteral("francois"), {QStringLiteral("T-2001")}},
            {QStringLiteral("François Dupont"), {QStringLiteral("T-2001")}},
            {QStringLiteral("dupont francois"), {QStringLiteral("T-2001")}},
            {QStringLiteral("Dupont, Fr"), {QStringLiteral("T-2001")}},
            {QStringLiteral("dellacqua"), {QStringLiteral("T-3001")}},
            {QStringLiteral("dell'acqua giulia"), {QStringLiteral("T-3001")}},
            {QStringLiteral("von allmen"), {QStringLiteral("T-2002")}},
            {QStringLiteral("maria von"), {QStringLiteral("T-2002")}},
            // Last names first, alphabetically by first name, then the first names.
            {QStringLiteral("meier"), {QStringLiteral("T-1005"), QStringLiteral("T-1004"), QStringLiteral("T-1006")}},
            {QStringLiteral("anna"), {QStringLiteral("T-1005"), QStringLiteral("T-1001")}},
            {QStringLiteral("anna m"), {QStringLiteral("T-1005"), QStringLiteral("T-1001")}},
            // Phone numbers in every spelling, and the last digits alone.
            {QStringLiteral("+41 44 123 45 67"), {QStringLiteral("T-1001")}},
            {QStringLiteral("044 123 45 67"), {QStringLiteral("T-1001")}},
            {QStringLiteral("0041441234567"), {QStringLiteral("T-1001")}},
            {QStringLiteral("+41441234567"), {QStringLiteral("T-1001")}},
            {QStringLiteral("(044) 123-45-67"), {QStringLiteral("T-1001")}},
            {QStringLiteral("44 123 45 67"), {QStringLiteral("T-1001")}},
            {QStringLiteral("1234567"), {QStringLiteral("T-1001")}},
            {QStringLiteral("45 67"), {QStringLiteral("T-1001")}},
            {QStringLiteral("079 555 12 34"), {QStringLiteral("T-2002")}},
            {QStringLiteral("+41 79 555 12 34"), {QStringLiteral("T-2002")}},
            {QStringLiteral("5551234"), {QStringLiteral("T-2002")}},
            {QStringLiteral("0039 02 1234 5678"), {QStringLiteral("T-3001")}},
            {QStringLiteral("021/345 67 89"), {QStringLiteral("T-2001")}},
            // References in any case, e-mail addresses by their start.
            {QStringLiteral("T-2002"), {QStringLiteral("T-2002")}},
            {QStringLiteral("t-2001"), {QStringLiteral("T-2001")}},
            {QStringLiteral("anna.mue"), {QStringLiteral("T-1001")}},
            {QStringLiteral("F.Dupont@Example.fr"), {QStringLiteral("T-2001")}},
            // Units, streets and cities.
            {QStringLiteral("wohnung 3"), {QStringLiteral("T-1003")}},
            {QStringLiteral("3e etage d"), {QStringLiteral("T-2002")}},
            {QStringLiteral("appartamento"), {QStringLiteral("T-3001")}},
            {QStringLiteral("via lago 5"), {QStringLiteral("T-3001")}},
            {QStringLiteral("rue du lac"), {QStringLiteral("T-2002"), QStringLiteral("T-2001")}}, // by unit label
            {QStringLiteral("lugano"), {QStringLiteral("T-3001")}},
            {QStringLiteral("Lausanne"), {QStringLiteral("T-2002"), QStringLiteral("T-2001")}},
            // Words of different kinds together.
            {QStringLiteral("meier wohnung 4"), {QStringLiteral("T-1004")}},
            {QStringLiteral("dupont lausanne"), {QStringLiteral("T-2001")}},
            {QStringLiteral("rue lac maria"), {QStringLiteral("T-2002")}},
            {QStringLiteral("giulia 6900"), {QStringLiteral("T-3001")}},
        };
        for (const auto &[text, expected] : cases) {
            const QStringList found = refs(*office, text);
            QVERIFY2(found.mid(0, expected.size()) == expected,
                     qPrintable(QStringLiteral("\"%1\" found %2, expected first %3")
                                    .arg(text, found.join(u' '), expected.join(u' '))));
        }
        // What must find nothing.
        // The beginning of a number typed from the front finds nobody until it is whole.
        for (const QString &text : {QStringLiteral(""), QStringLiteral("   "), QStringLiteral("xyzzy"),
                                    QStringLiteral("+49 30 1234567"), QStringLiteral("meier lugano"),
                                    QStringLiteral("044 123")}) {
            QVERIFY2(refs(*office, text).isEmpty(),
                     qPrintable(QStringLiteral("\"%1\" found %2").arg(text, refs(*office, text).join(u' '))));
        }
        // The limit holds, and a prefix of references comes in their order.
        QCOMPARE(refs(*office, QStringLiteral("T-100"), 3),
                 (QStringList{QStringLiteral("T-1001"), QStringLiteral("T-1002"), QStringLiteral("T-1003")}));
    }

    // A result says how it was found, the unit and address, the status, former tenants and open tickets;
    // a retired alias is not found.
    void whatResultsShow_data() { test::addBackendColumn(); test::addBackendRows(); }
    void whatResultsShow()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, kTenantList));
        const Database &db = office->database();
        const qint64 anna = office->tenants().idOf(QStringLiteral("T-1001")).value_or(0);
        QVERIFY(anna > 0);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET status = 'invited' WHERE id = ?"), {anna}).ok());
        for (const char *status : {"new", "waiting_tenant", "done", "closed"}) {
            QVERIFY(db.exec(QStringLiteral("INSERT INTO tickets (person_id, channel, title, status, created_at, updated_at) "
                                           "VALUES (?, 'phone', 'Heizung', ?, ?, ?)"),
                            {anna, QString::fromLatin1(status), now, now})
                        .ok());
        }
        auto hit = hitFor(*office, QStringLiteral("anna mu"), QStringLiteral("T-1001"));
        QVERIFY(hit);
        QCOMPARE(hit->firstName, QStringLiteral("Anna"));
        QCOMPARE(hit->lastName, QStringLiteral("Müller"));
        QCOMPARE(hit->displayName(), QStringLiteral("Müller, Anna"));
        QCOMPARE(hit->statusKey(), QStringLiteral("invited"));
        QCOMPARE(hit->unitLabel, QStringLiteral("Wohnung 1"));
        QCOMPARE(hit->address, QStringLiteral("Bahnhofstrasse 1, 8001 Zürich"));
        QCOMPARE(hit->phoneE164, QStringLiteral("+41441234567"));
        QCOMPARE(hit->openTickets, 2);
        QVERIFY(!hit->isFormer);
        QCOMPARE(hit->match, TenantSearchHit::Match::Name);
        QCOMPARE(hitFor(*office, QStringLiteral("044 123 45 67"), QStringLiteral("T-1001"))->match,
                 TenantSearchHit::Match::Phone);
        QCOMPARE(hitFor(*office, QStringLiteral("wohnung 1"), QStringLiteral("T-1001"))->match, TenantSearchHit::Match::Unit);
        QCOMPARE(hitFor(*office, QStringLiteral("bahnhofstr"), QStringLiteral("T-1001"))->match,
                 TenantSearchHit::Match::Address);

        // Former tenants are found, marked as such.
        auto smith = hitFor(*office, QStringLiteral("smith"), QStringLiteral("T-1003"));
        QVERIFY(smith);
        QVERIFY(smith->isFormer);
        QCOMPARE(smith->unitLabel, QStringLiteral("Wohnung 3"));

        // An alias is marked; once retired (its history moved to the real tenant) it is no longer found.
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET is_alias = TRUE WHERE erp_ref = 'T-1006'")).ok());
        QCOMPARE(hitFor(*office, QStringLiteral("meierhans"), QStringLiteral("T-1006"))->statusKey(), QStringLiteral("alias"));
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET retired_at = ? WHERE erp_ref = 'T-1006'"), {now}).ok());
        QVERIFY(refs(*office, QStringLiteral("meierhans")).isEmpty());
    }

    // The keys follow the data: a re-import with a new name and number, an edit in the Cockpit, and a
    // data-exchange job (its own writer) with a renamed unit and a moved building.
    void keysFollowChanges_data() { test::addBackendColumn(); test::addBackendRows(); }
    void keysFollowChanges()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, kTenantList));
        QByteArray changed = kTenantList;
        changed.replace("Anna,Müller,anna.mueller@example.ch,+41 44 123 45 67", "Anna,Brunner,anna.mueller@example.ch,+41 44 999 88 77");
        changed.replace("Wohnung 1,", "Attika,");
        QVERIFY(importList(*office, changed));
        QVERIFY(!refs(*office, QStringLiteral("muller")).contains(QStringLiteral("T-1001")));
        QCOMPARE(refs(*office, QStringLiteral("brunner")), QStringList{QStringLiteral("T-1001")});
        QCOMPARE(refs(*office, QStringLiteral("anna brunner")), QStringList{QStringLiteral("T-1001")});
        QCOMPARE(refs(*office, QStringLiteral("9998877")), QStringList{QStringLiteral("T-1001")});
        QVERIFY(refs(*office, QStringLiteral("1234567")).isEmpty());
        QCOMPARE(refs(*office, QStringLiteral("attika")), QStringList{QStringLiteral("T-1001")});

        // An edit in the Cockpit (no ERP interface: the office keeps names here).
        const qint64 hans = office->tenants().idOf(QStringLiteral("T-1002")).value_or(0);
        TenantEdit edit;
        edit.firstName = QStringLiteral("Hanspeter");
        edit.phone = QStringLiteral("079 111 22 33");
        auto detail = office->tenants().detail(hans);
        QVERIFY(detail);
        auto updated = office->tenants().update(manager(), hans, edit, detail->rowVersion);
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        QCOMPARE(refs(*office, QStringLiteral("hanspeter")), QStringList{QStringLiteral("T-1002")});
        QCOMPARE(refs(*office, QStringLiteral("1112233")), QStringList{QStringLiteral("T-1002")});
        QVERIFY(refs(*office, QStringLiteral("7654321")).isEmpty());

        // A data-exchange job: new records, then a renamed unit and a building that moved.
        const QMap<QString, QByteArray> first{
            {QStringLiteral("manifest.json"), "{}"},
            {QStringLiteral("properties.csv"), "importType,id,name\ninsert,9a000000-0000-4000-8000-000000000001,Seeblick\n"},
            {QStringLiteral("groups.csv"), "importType,id,propertyId,name,country,city,streetName,houseNumber,zipCode\n"
                                           "insert,9a000000-0000-4000-8000-000000000002,9a000000-0000-4000-8000-000000000001,Haus A,CH,Zürich,Seestrasse,12a,8002\n"},
            {QStringLiteral("units.csv"), "importType,id,groupId,name\ninsert,9a000000-0000-4000-8000-000000000003,9a000000-0000-4000-8000-000000000002,1. OG links\n"},
            {QStringLiteral("utilisationPeriods.csv"), "importType,id,unitId,startDate,endDate\ninsert,9a000000-0000-4000-8000-000000000004,9a000000-0000-4000-8000-000000000003,2020-04-01,\n"},
            {QStringLiteral("tenants.csv"), "importType,id,name,email,phone,registrationCode\ninsert,9a000000-0000-4000-8000-000000000005,Zoë Favre,zoe@example.ch,+41312223344,\n"},
            {QStringLiteral("tenantCheckIns.csv"), "importType,tenantId,utilisationPeriodId\ninsert,9a000000-0000-4000-8000-000000000005,9a000000-0000-4000-8000-000000000004\n"},
        };
        QVERIFY(importJob(*office, first));
        for (const QString &text : {QStringLiteral("zoe favre"), QStringLiteral("favre"), QStringLiteral("031 222 33 44"),
                                    QStringLiteral("1 og links"), QStringLiteral("seestrasse 12a")}) {
            QVERIFY2(refs(*office, text).contains(QStringLiteral("9a000000-0000-4000-8000-000000000005")), qPrintable(text));
        }
        const QMap<QString, QByteArray> second{
            {QStringLiteral("manifest.json"), "{}"},
            {QStringLiteral("groups.csv"), "importType,id,propertyId,name,country,city,streetName,houseNumber,zipCode\n"
                                           "update,9a000000-0000-4000-8000-000000000002,,,,Winterthur,Technikumstrasse,3,8400\n"},
            {QStringLiteral("units.csv"), "importType,id,groupId,name\nupdate,9a000000-0000-4000-8000-000000000003,,Dachwohnung\n"},
        };
        QVERIFY(importJob(*office, second));
        QVERIFY(refs(*office, QStringLiteral("seestrasse")).isEmpty());
        QVERIFY(refs(*office, QStringLiteral("1 og links")).isEmpty());
        for (const QString &text : {QStringLiteral("technikumstr"), QStringLiteral("winterthur"), QStringLiteral("dachwohnung")})
            QVERIFY2(refs(*office, text).contains(QStringLiteral("9a000000-0000-4000-8000-000000000005")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestTenantSearch)
#include "tst_tenantsearch.moc"
