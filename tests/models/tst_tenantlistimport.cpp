// The tenant-list import, through ImportService and the database only, on SQLite and PostgreSQL: what a
// first import stores, what a second snapshot changes and reports (dry run and real run alike), re-imports
// that change nothing, delta mode, the bytes and syntax the format page allows, bad input refused row by
// row or file by file with the database left as it was, the snapshot's safety rule, profile files,
// format detection and cancelling. These are the acceptance tests of any rewrite of the importer.
#include "TestDatabases.h"
#include "domain/NameFolding.h"
#include "import/TenantListProfile.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tc;

namespace {

const QByteArray kHeader = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                           "last_name,email,phone,language,move_in,move_out\n";

// The first snapshot an office imports: two properties, three buildings, seven units, six tenants, one of
// them (T-1001) renting a flat and a parking space, one a company without first name, phone or language.
// The phone numbers are the Swiss spellings the format page lists. Lines 2 to 8.
QList<QByteArray> firstSnapshotRows()
{
    return {
        "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1. OG links,T-1001,Anna,Müller,"
        "anna.mueller@example.ch,+41 44 123 45 67,de,2019-04-01,\n",
        "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 1. OG rechts,T-1002,Luca,Bernasconi,"
        "luca@example.ch,044 123 45 67,it,2020-10-01,\n",
        "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-P07,Parkplatz 7,T-1001,Anna,Müller,"
        "anna.mueller@example.ch,+41 44 123 45 67,de,2021-01-01,\n",
        "P100,Wohnpark Sonnenhof,Bahnhofstrasse 3,8001,Zürich,U-103,Wohnung 2. OG,T-1003,Chloé,Dubois,"
        "chloe.dubois@example.ch,0041441234567,fr,2018-06-01,\n",
        "P100,Wohnpark Sonnenhof,Bahnhofstrasse 3,8001,Zürich,U-104,Wohnung 3. OG,T-1004,,Immobilien Huber AG,"
        "info@huber-immo.example,,,2017-01-01,\n",
        "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-201,Appartamento 3,T-2001,Sarah,Smith,sarah.smith@example.com,"
        "079/123 45 67,en,2022-03-01,\n",
        "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-202,Appartamento 4,T-2002,Marco,Rossi,marco.rossi@example.it,"
        "(044) 123-45-67,it,2023-07-01,\n",
    };
}

QByteArray firstSnapshotBytes()
{
    return kHeader + firstSnapshotRows().join();
}

// The ERP's next snapshot, as issue 3's "Done when" describes it: two e-mails changed (T-1002, T-2001),
// Marco Rossi (T-2002) moved out and is missing, Chloé Dubois (T-1003) has a move-out date, a future
// tenant with a name only (T-3001) takes over U-202, and Anna Müller (T-1001) changed her last name.
QByteArray secondSnapshotBytes()
{
    return kHeader
        + "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1. OG links,T-1001,Anna,Müller-Schmid,"
          "anna.mueller@example.ch,+41 44 123 45 67,de,2019-04-01,\n"
          "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 1. OG rechts,T-1002,Luca,Bernasconi,"
          "luca.bernasconi@example.ch,044 123 45 67,it,2020-10-01,\n"
          "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-P07,Parkplatz 7,T-1001,Anna,Müller-Schmid,"
          "anna.mueller@example.ch,+41 44 123 45 67,de,2021-01-01,\n"
          "P100,Wohnpark Sonnenhof,Bahnhofstrasse 3,8001,Zürich,U-103,Wohnung 2. OG,T-1003,Chloé,Dubois,"
          "chloe.dubois@example.ch,0041441234567,fr,2018-06-01,2024-09-30\n"
          "P100,Wohnpark Sonnenhof,Bahnhofstrasse 3,8001,Zürich,U-104,Wohnung 3. OG,T-1004,,Immobilien Huber AG,"
          "info@huber-immo.example,,,2017-01-01,\n"
          "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-201,Appartamento 3,T-2001,Sarah,Smith,sarah@smith.example,"
          "079/123 45 67,en,2022-03-01,\n"
          "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-202,Appartamento 4,T-3001,Lea,Keller,,,,2024-11-01,\n";
}

const QDate kSecondImportDate(2024, 10, 15);

// A row that is fine (a new tenant in a new property) and a template for the bad rows that go beside it.
const QByteArray kGoodNewRow = "P300,Haus am See,Seeweg 2,8800,Thalwil,U-801,Wohnung 8,T-8001,Nina,Frei,"
                               "nina.frei@example.ch,,de,2024-01-01,\n";

QByteArray badRow(const QByteArray &unit, const QByteArray &tenant, const QByteArray &email, const QByteArray &moveIn,
                  const QByteArray &moveOut = {}, const QByteArray &street = "Seeweg 2")
{
    return "P300,Haus am See," + street + ",8800,Thalwil," + unit + ",Wohnung 9," + tenant + ",Tom,Graf," + email
        + ",,de," + moveIn + ',' + moveOut + '\n';
}

Actor administrator()
{
    return Actor{std::nullopt, QStringLiteral("tester"), Role::Administrator};
}

std::unique_ptr<Office> openOffice(const test::ScratchDatabase &scratch, const Actor &actor = administrator())
{
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, actor);
    if (!office) {
        qWarning("%s", qPrintable(office.error().message));
        return nullptr;
    }
    if (auto s = (*office)->setup().initializeCompany(administrator(), QString()); !s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(*office);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Every row of one table, every column, in a stable order; values as text, NULL marked.
QStringList dumpTable(const Database &db, const QString &table, const QString &orderBy)
{
    QStringList rows;
    auto query = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderBy));
    if (!query)
        return {QStringLiteral("cannot read %1: %2").arg(table, query.error().message)};
    while (query->next()) {
        const QSqlRecord record = query->record();
        QStringList cells;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query->value(i);
            cells << record.fieldName(i) + u'=' + (value.isNull() ? QStringLiteral("<null>") : value.toString());
        }
        rows << table + QStringLiteral(": ") + cells.join(u'|');
    }
    return rows;
}

// The office's indexes and constraints, as the database describes them.
QStringList schemaShape(const Database &db)
{
    auto query = db.isSQLite()
        ? db.exec(QStringLiteral("SELECT name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name"))
        : db.exec(QStringLiteral("SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                 "UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                                 "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY 1"));
    QStringList shape;
    if (!query) {
        qWarning("%s", qPrintable(query.error().message));
        return shape;
    }
    while (query->next())
        shape << query->value(0).toString();
    return shape;
}

// A tenant list of `rows` new tenants, one unit each, fifty to a building.
QByteArray manyTenants(int rows)
{
    QByteArray bytes = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,phone,language,move_in,move_out\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += "P" + QByteArray::number(i / 500) + ",Siedlung " + QByteArray::number(i / 500) + ",Bahnhofstrasse "
            + QByteArray::number(i / 50) + ",8004,Zürich,U-" + n + ",Wohnung " + n + ",T-" + n + ",Vorname " + n
            + ",Nachname " + n + ",tenant" + n + "@example.ch,044 300 " + QByteArray::number(10 + i % 90) + " "
            + QByteArray::number(10 + i / 90 % 90) + ",de,2024-03-01,\n";
    }
    return bytes;
}

// All master data an import may touch.
QStringList dumpMasterData(const Database &db)
{
    QStringList rows;
    rows << dumpTable(db, QStringLiteral("properties"), QStringLiteral("id"));
    rows << dumpTable(db, QStringLiteral("buildings"), QStringLiteral("id"));
    rows << dumpTable(db, QStringLiteral("units"), QStringLiteral("id"));
    rows << dumpTable(db, QStringLiteral("persons"), QStringLiteral("id"));
    rows << dumpTable(db, QStringLiteral("tenancies"), QStringLiteral("id"));
    rows << dumpTable(db, QStringLiteral("tenancy_persons"), QStringLiteral("tenancy_id, person_id"));
    rows << dumpTable(db, QStringLiteral("erp_changes"), QStringLiteral("id"));
    return rows;
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto value = db.scalar(sql, bindings);
    if (!value) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(value.error().message));
        return {};
    }
    return *value;
}

qint64 count(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

// One row of a query as name -> value.
QVariantMap row(const Database &db, const QString &sql, const QVariantList &bindings)
{
    QVariantMap map;
    auto query = db.exec(sql, bindings);
    if (!query || !query->next())
        return map;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        map.insert(record.fieldName(i), query->value(i));
    return map;
}

QVariantMap person(const Database &db, const QString &ref)
{
    return row(db, QStringLiteral("SELECT * FROM persons WHERE erp_ref = ?"), {ref});
}

// Text as stored: NULL and the empty string both read as "".
QString asText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// "unit_ref|start|end|tenant_ref" for every tenancy and tenant, sorted.
QStringList tenancyList(const Database &db)
{
    QStringList list;
    auto query = db.exec(QStringLiteral("SELECT u.erp_ref, t.start_date, t.end_date, p.erp_ref FROM tenancies t "
                                        "JOIN units u ON u.id = t.unit_id "
                                        "LEFT JOIN tenancy_persons tp ON tp.tenancy_id = t.id "
                                        "LEFT JOIN persons p ON p.id = tp.person_id"));
    if (!query)
        return {query.error().message};
    while (query->next()) {
        list << QStringList{query->value(0).toString(), query->value(1).toDate().toString(Qt::ISODate),
                            query->value(2).isNull() ? QString() : query->value(2).toDate().toString(Qt::ISODate),
                            query->value(3).toString()}
                    .join(u'|');
    }
    list.sort();
    return list;
}

// The end date of the tenancy of `unit` that started on `start`; "open" when it has none, "missing" when
// there is no such tenancy.
QString endOf(const Database &db, const QString &unit, QDate start)
{
    auto query = db.exec(QStringLiteral("SELECT t.end_date FROM tenancies t JOIN units u ON u.id = t.unit_id "
                                        "WHERE u.erp_ref = ? AND t.start_date = ?"),
                         {unit, start});
    if (!query || !query->next())
        return QStringLiteral("missing");
    return query->value(0).isNull() ? QStringLiteral("open") : query->value(0).toDate().toString(Qt::ISODate);
}

// "ref|kind|old|new" for the erp_changes of one run, sorted.
QStringList erpChanges(const Database &db, qint64 runId)
{
    QStringList list;
    auto query = db.exec(QStringLiteral("SELECT p.erp_ref, c.kind, c.old_value, c.new_value FROM erp_changes c "
                                        "JOIN persons p ON p.id = c.person_id WHERE c.run_id = ?"),
                         {runId});
    if (!query)
        return {query.error().message};
    while (query->next()) {
        list << QStringList{query->value(0).toString(), query->value(1).toString(), asText(query->value(2)),
                            asText(query->value(3))}
                    .join(u'|');
    }
    list.sort();
    return list;
}

// The report as JSON without what differs between a dry run and a real run of the same file.
QString comparable(const ImportReport &report)
{
    QJsonObject json = report.toJson();
    json.remove(QStringLiteral("run_id"));
    json.remove(QStringLiteral("dry_run"));
    json.remove(QStringLiteral("applied"));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QString countsText(const ImportCounts &c)
{
    return QStringLiteral("added %1 updated %2 unchanged %3 ended %4").arg(c.added).arg(c.updated).arg(c.unchanged).arg(c.ended);
}

QString countsText(qint64 added, qint64 updated, qint64 unchanged, qint64 ended = 0)
{
    return countsText(ImportCounts{added, updated, unchanged, ended});
}

QString rejectionsText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportRejection &r : report.rejected)
        lines << QStringLiteral("%1:%2 [%3] %4").arg(r.file).arg(r.line).arg(r.column, r.reason);
    return lines.join(u'\n');
}

bool hasChange(const ImportReport &report, ImportChange::Kind kind, const QString &entity, const QString &refPrefix,
               const QString &field = {}, const QString &before = {}, const QString &after = {})
{
    return std::any_of(report.changes.cbegin(), report.changes.cend(), [&](const ImportChange &c) {
        return c.kind == kind && c.entity == entity && c.ref.startsWith(refPrefix)
            && (field.isNull() || c.field == field) && (before.isNull() || c.before == before)
            && (after.isNull() || c.after == after);
    });
}

const char *backendName(test::Backend backend)
{
    return backend == test::Backend::SQLite ? "sqlite" : "postgresql";
}

constexpr std::array<test::Backend, 2> kBackends{test::Backend::SQLite, test::Backend::PostgreSQL};

} // namespace

class TestTenantListImport : public QObject
{
    Q_OBJECT

    // Imports `bytes` as `name` from a fresh folder; fails the test when the import cannot run at all.
    struct Run
    {
        QTemporaryDir dir;
        QString path;
        std::optional<Result<ImportReport>> result;
    };

    static std::unique_ptr<Run> runImport(const Office &office, const QString &name, const QByteArray &bytes,
                                       const ImportOptions &options = {}, const ImportProgress &progress = {})
    {
        auto run = std::make_unique<Run>();
        run->path = run->dir.filePath(name);
        if (!run->dir.isValid() || !writeFile(run->path, bytes))
            return nullptr;
        run->result.emplace(office.imports().run(run->path, options, progress));
        return run;
    }

    // Imports and expects a report (not an Error); the report, or nullopt after a failed check.
    static std::optional<ImportReport> importReport(const Office &office, const QString &name, const QByteArray &bytes,
                                                    const ImportOptions &options = {})
    {
        auto run = runImport(office, name, bytes, options);
        if (!run) {
            qWarning("cannot write %s", qPrintable(name));
            return std::nullopt;
        }
        if (!*run->result) {
            qWarning("import of %s failed: %s", qPrintable(name), qPrintable(run->result->error().message));
            return std::nullopt;
        }
        // On SQLite the tenant list is written without per-row reference checks: every reference
        // must still point at a row.
        if (office.database().isSQLite()) {
            auto dangling = office.database().exec(QStringLiteral("PRAGMA foreign_key_check"));
            if (!dangling || dangling->next()) {
                qWarning("import of %s left a dangling reference in %s", qPrintable(name),
                         dangling ? qPrintable(dangling->value(0).toString()) : qPrintable(dangling.error().message));
                return std::nullopt;
            }
        }
        return run->result->value();
    }

private Q_SLOTS:
    // 1. A first import of a realistic file: counts, what is stored, the run record and the report's JSON.
    void firstImport_data() { test::addBackendColumn(); test::addBackendRows(); }
    void firstImport()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const QByteArray bytes = firstSnapshotBytes();
        ImportOptions dryRun;
        dryRun.dryRun = true;
        const QStringList empty = dumpMasterData(db);
        const auto preview = importReport(*office, QStringLiteral("mieter-2024-09.csv"), bytes, dryRun);
        QVERIFY(preview);
        QCOMPARE(dumpMasterData(db), empty);
        QCOMPARE(count(db, QStringLiteral("persons")), 0);
        const auto report = importReport(*office, QStringLiteral("mieter-2024-09.csv"), bytes);
        QVERIFY(report);
        QCOMPARE(comparable(*preview), comparable(*report));
        QVERIFY2(report->rejected.isEmpty(), qPrintable(rejectionsText(*report)));
        QCOMPARE(report->statusKey(), QStringLiteral("applied"));
        QVERIFY(!report->dryRun);
        QCOMPARE(report->format, ImportFormat::TenantList);
        QCOMPARE(report->mode, ImportMode::Snapshot);
        QCOMPARE(report->rowsRead, 7);
        QCOMPARE(countsText(report->properties), countsText(2, 0, 0));
        QCOMPARE(countsText(report->buildings), countsText(3, 0, 0));
        QCOMPARE(countsText(report->units), countsText(7, 0, 0));
        QCOMPARE(countsText(report->tenants), countsText(6, 0, 0));
        QCOMPARE(countsText(report->tenancies), countsText(7, 0, 0, 0));
        QVERIFY(report->emailChanged.isEmpty());
        QVERIFY(report->aliasesCreated.isEmpty());
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        QVERIFY(hasChange(*report, ImportChange::Kind::Added, QStringLiteral("tenant"), QStringLiteral("T-2002")));
        QVERIFY(hasChange(*report, ImportChange::Kind::Added, QStringLiteral("unit"), QStringLiteral("U-P07")));

        QCOMPARE(count(db, QStringLiteral("properties")), 2);
        QCOMPARE(count(db, QStringLiteral("buildings")), 3);
        QCOMPARE(count(db, QStringLiteral("units")), 7);
        QCOMPARE(count(db, QStringLiteral("persons")), 6);
        QCOMPARE(count(db, QStringLiteral("tenancies")), 7);
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM properties WHERE erp_ref = 'P100'")).toString(),
                 QStringLiteral("Wohnpark Sonnenhof"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM properties WHERE erp_ref = 'P200'")).toString(),
                 QStringLiteral("Residenza Lago"));
        const QVariantMap unit = row(db, QStringLiteral("SELECT u.label, b.street, b.postal_code, b.city, p.erp_ref AS property "
                                                        "FROM units u JOIN buildings b ON b.id = u.building_id "
                                                        "JOIN properties p ON p.id = b.property_id WHERE u.erp_ref = ?"),
                                     {QStringLiteral("U-103")});
        QCOMPARE(unit.value(QStringLiteral("label")).toString(), QStringLiteral("Wohnung 2. OG"));
        QCOMPARE(unit.value(QStringLiteral("street")).toString(), QStringLiteral("Bahnhofstrasse 3"));
        QCOMPARE(unit.value(QStringLiteral("postal_code")).toString(), QStringLiteral("8001"));
        QCOMPARE(unit.value(QStringLiteral("city")).toString(), QStringLiteral("Zürich"));
        QCOMPARE(unit.value(QStringLiteral("property")).toString(), QStringLiteral("P100"));
        // Units at one address of one property share their building.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT building_id) FROM units WHERE erp_ref IN "
                                           "('U-101', 'U-102', 'U-P07')"))
                     .toInt(),
                 1);

        struct Expected
        {
            const char16_t *ref, *first, *last, *email, *phone, *e164, *language;
        };
        const Expected expected[] = {
            {u"T-1001", u"Anna", u"Müller", u"anna.mueller@example.ch", u"+41 44 123 45 67", u"+41441234567", u"de"},
            {u"T-1002", u"Luca", u"Bernasconi", u"luca@example.ch", u"044 123 45 67", u"+41441234567", u"it"},
            {u"T-1003", u"Chloé", u"Dubois", u"chloe.dubois@example.ch", u"0041441234567", u"+41441234567", u"fr"},
            {u"T-1004", u"", u"Immobilien Huber AG", u"info@huber-immo.example", u"", u"", u""},
            {u"T-2001", u"Sarah", u"Smith", u"sarah.smith@example.com", u"079/123 45 67", u"+41791234567", u"en"},
            {u"T-2002", u"Marco", u"Rossi", u"marco.rossi@example.it", u"(044) 123-45-67", u"+41441234567", u"it"},
        };
        for (const Expected &e : expected) {
            const QString ref = QString::fromUtf16(e.ref);
            const QVariantMap p = person(db, ref);
            QVERIFY2(!p.isEmpty(), qPrintable(ref));
            QCOMPARE(asText(p.value(QStringLiteral("first_name"))), QString::fromUtf16(e.first));
            QCOMPARE(asText(p.value(QStringLiteral("last_name"))), QString::fromUtf16(e.last));
            QCOMPARE(asText(p.value(QStringLiteral("sort_name"))),
                     nameSortKey(QString::fromUtf16(e.last), QString::fromUtf16(e.first)));
            QVERIFY(!asText(p.value(QStringLiteral("sort_name"))).isEmpty());
            QCOMPARE(asText(p.value(QStringLiteral("email"))), QString::fromUtf16(e.email));
            QCOMPARE(asText(p.value(QStringLiteral("phone"))), QString::fromUtf16(e.phone));
            QCOMPARE(asText(p.value(QStringLiteral("phone_e164"))), QString::fromUtf16(e.e164));
            // No language in the file: NULL, which means the company's default.
            QCOMPARE(asText(p.value(QStringLiteral("language"))), QString::fromUtf16(e.language));
            QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
            QCOMPARE(p.value(QStringLiteral("source")).toString(), QStringLiteral("erp"));
            QCOMPARE(p.value(QStringLiteral("is_alias")).toBool(), false);
        }
        // One person renting a flat and a parking space: one person, two tenancies.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE erp_ref = 'T-1001'")).toInt(), 1);
        QCOMPARE(tenancyList(db), (QStringList{
                                      QStringLiteral("U-101|2019-04-01||T-1001"),
                                      QStringLiteral("U-102|2020-10-01||T-1002"),
                                      QStringLiteral("U-103|2018-06-01||T-1003"),
                                      QStringLiteral("U-104|2017-01-01||T-1004"),
                                      QStringLiteral("U-201|2022-03-01||T-2001"),
                                      QStringLiteral("U-202|2023-07-01||T-2002"),
                                      QStringLiteral("U-P07|2021-01-01||T-1001"),
                                  }));
        // Nobody lacks an e-mail address, nobody's data changed: nothing for later issues to react to.
        QCOMPARE(count(db, QStringLiteral("erp_changes")), 0);

        // The run is recorded: who, what, the file's name and hash, the report.
        QVERIFY(report->runId > 0);
        const QVariantMap run = row(db, QStringLiteral("SELECT * FROM import_runs WHERE id = ?"), {report->runId});
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(run.value(QStringLiteral("source_sha256")).toString(), sha256(bytes));
        QCOMPARE(report->sourceSha256, sha256(bytes));
        QCOMPARE(run.value(QStringLiteral("source_name")).toString(), QStringLiteral("mieter-2024-09.csv"));
        QCOMPARE(run.value(QStringLiteral("format")).toString(), QStringLiteral("tenant-list"));
        QCOMPARE(run.value(QStringLiteral("mode")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(run.value(QStringLiteral("dry_run")).toBool(), false);
        QCOMPARE(run.value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
        QVERIFY(!run.value(QStringLiteral("finished_at")).isNull());
        QCOMPARE(count(db, QStringLiteral("import_runs")), 2); // the dry run and this one
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.applied' AND entity_id = ?"),
                        {report->runId})
                     .toInt(),
                 1);
        auto history = office->imports().history();
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().id, report->runId);
        QVERIFY(!history->first().dryRun);
        QVERIFY(history->at(1).dryRun);
        QCOMPARE(history->first().status, QStringLiteral("applied"));
        QCOMPARE(history->first().sourceSha256, sha256(bytes));
        auto stored = office->imports().report(report->runId);
        QVERIFY(stored.ok());
        QCOMPARE(QJsonDocument(stored->toJson()).toJson(), QJsonDocument(report->toJson()).toJson());

        // The JSON object `cockpitctl import --json` prints, with the keys issue 3 lists.
        const QJsonObject json = report->toJson();
        for (const char *key : {"run_id", "format", "mode", "dry_run", "properties", "buildings", "units", "tenants",
                                "tenancies", "email_changed", "aliases_created", "rejected", "warnings"}) {
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        }
        QCOMPARE(json.value(QStringLiteral("run_id")).toInteger(), report->runId);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("tenant-list"));
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(json.value(QStringLiteral("dry_run")), QJsonValue(false));
        const auto counts = [&](const char *key) { return json.value(QLatin1StringView(key)).toObject(); };
        for (const char *key : {"properties", "buildings", "units"}) {
            QVERIFY2(counts(key).value(QStringLiteral("added")).isDouble(), key);
            QVERIFY2(counts(key).value(QStringLiteral("updated")).isDouble(), key);
        }
        QCOMPARE(counts("properties").value(QStringLiteral("added")).toInteger(), 2);
        QCOMPARE(counts("properties").value(QStringLiteral("updated")).toInteger(), 0);
        QCOMPARE(counts("buildings").value(QStringLiteral("added")).toInteger(), 3);
        QCOMPARE(counts("units").value(QStringLiteral("added")).toInteger(), 7);
        QCOMPARE(counts("tenants").value(QStringLiteral("added")).toInteger(), 6);
        QCOMPARE(counts("tenants").value(QStringLiteral("updated")).toInteger(), 0);
        QCOMPARE(counts("tenants").value(QStringLiteral("unchanged")).toInteger(), 0);
        QCOMPARE(counts("tenancies").value(QStringLiteral("added")).toInteger(), 7);
        QCOMPARE(counts("tenancies").value(QStringLiteral("updated")).toInteger(), 0);
        QCOMPARE(counts("tenancies").value(QStringLiteral("ended")).toInteger(), 0);
        for (const char *key : {"email_changed", "aliases_created", "rejected", "warnings"}) {
            QVERIFY2(json.value(QLatin1StringView(key)).isArray(), key);
            QVERIFY2(json.value(QLatin1StringView(key)).toArray().isEmpty(), key);
        }
    }

    // 2. Issue 3's "Done when": the second snapshot, first as a dry run (which must report exactly what the
    // real run does and change nothing), then for real.
    void secondSnapshot_data() { test::addBackendColumn(); test::addBackendRows(); }
    void secondSnapshot()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QVERIFY(importReport(*office, QStringLiteral("first.csv"), firstSnapshotBytes()));
        const QVariant updatedAt1004 = person(db, QStringLiteral("T-1004")).value(QStringLiteral("updated_at"));

        ImportOptions options;
        options.importDate = kSecondImportDate;
        options.dryRun = true;
        const QStringList before = dumpMasterData(db);
        const qint64 runsBefore = count(db, QStringLiteral("import_runs"));
        const auto dry = importReport(*office, QStringLiteral("second.csv"), secondSnapshotBytes(), options);
        QVERIFY(dry);
        QVERIFY(dry->dryRun);
        QCOMPARE(dry->statusKey(), QStringLiteral("applied"));
        QCOMPARE(dumpMasterData(db), before);
        QCOMPARE(count(db, QStringLiteral("import_runs")), runsBefore + 1); // the dry run is history too
        QCOMPARE(row(db, QStringLiteral("SELECT dry_run FROM import_runs WHERE id = ?"), {dry->runId})
                     .value(QStringLiteral("dry_run"))
                     .toBool(),
                 true);

        options.dryRun = false;
        const auto real = importReport(*office, QStringLiteral("second.csv"), secondSnapshotBytes(), options);
        QVERIFY(real);
        QVERIFY(!real->dryRun);
        QCOMPARE(comparable(*dry), comparable(*real));

        QVERIFY2(real->rejected.isEmpty(), qPrintable(rejectionsText(*real)));
        QCOMPARE(real->statusKey(), QStringLiteral("applied"));
        QCOMPARE(countsText(real->properties), countsText(0, 0, 2));
        QCOMPARE(countsText(real->buildings), countsText(0, 0, 3));
        QCOMPARE(countsText(real->units), countsText(0, 0, 7));
        // T-3001 added; T-1001 (name), T-1002 and T-2001 (e-mail) updated; T-1003 and T-1004 unchanged.
        QCOMPARE(countsText(real->tenants), countsText(1, 3, 2));
        // U-202 from 2024-11-01 added; U-103 (move-out date) and U-202 from 2023-07-01 (missing) ended.
        QCOMPARE(countsText(real->tenancies), countsText(1, 0, 5, 2));
        QStringList emailChanged = real->emailChanged;
        emailChanged.sort();
        QCOMPARE(emailChanged, (QStringList{QStringLiteral("T-1002"), QStringLiteral("T-2001")}));
        QVERIFY(real->aliasesCreated.isEmpty());
        // The future tenant cannot be reached: the office is told.
        QVERIFY2(real->warnings.join(u'\n').contains(QStringLiteral("e-mail"), Qt::CaseInsensitive),
                 qPrintable(real->warnings.join(u'\n')));

        // The preview shows each change with before and after.
        QVERIFY(hasChange(*real, ImportChange::Kind::Changed, QStringLiteral("tenant"), QStringLiteral("T-1001"),
                          QStringLiteral("last_name"), QStringLiteral("Müller"), QStringLiteral("Müller-Schmid")));
        QVERIFY(hasChange(*real, ImportChange::Kind::Changed, QStringLiteral("tenant"), QStringLiteral("T-1002"),
                          QStringLiteral("email"), QStringLiteral("luca@example.ch"),
                          QStringLiteral("luca.bernasconi@example.ch")));
        QVERIFY(hasChange(*real, ImportChange::Kind::Changed, QStringLiteral("tenant"), QStringLiteral("T-2001"),
                          QStringLiteral("email"), QStringLiteral("sarah.smith@example.com"),
                          QStringLiteral("sarah@smith.example")));
        QVERIFY(hasChange(*real, ImportChange::Kind::Ended, QStringLiteral("tenancy"), QStringLiteral("U-103"), {}, {},
                          QStringLiteral("2024-09-30")));
        QVERIFY(hasChange(*real, ImportChange::Kind::Ended, QStringLiteral("tenancy"), QStringLiteral("U-202"), {}, {},
                          QStringLiteral("2024-10-15")));
        QVERIFY(hasChange(*real, ImportChange::Kind::Added, QStringLiteral("tenant"), QStringLiteral("T-3001")));
        QVERIFY(!hasChange(*real, ImportChange::Kind::Changed, QStringLiteral("tenant"), QStringLiteral("T-1004")));

        // What is stored now.
        const QVariantMap anna = person(db, QStringLiteral("T-1001"));
        QCOMPARE(anna.value(QStringLiteral("last_name")).toString(), QStringLiteral("Müller-Schmid"));
        QCOMPARE(anna.value(QStringLiteral("sort_name")).toString(),
                 nameSortKey(QStringLiteral("Müller-Schmid"), QStringLiteral("Anna")));
        QCOMPARE(person(db, QStringLiteral("T-1002")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("luca.bernasconi@example.ch"));
        QCOMPARE(person(db, QStringLiteral("T-2001")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("sarah@smith.example"));
        const QVariantMap lea = person(db, QStringLiteral("T-3001"));
        QCOMPARE(lea.value(QStringLiteral("first_name")).toString(), QStringLiteral("Lea"));
        QCOMPARE(lea.value(QStringLiteral("last_name")).toString(), QStringLiteral("Keller"));
        QVERIFY(lea.value(QStringLiteral("email")).isNull());
        QVERIFY(lea.value(QStringLiteral("phone")).isNull());
        // Nothing is deleted: the moved-out tenant stays, with the history.
        QCOMPARE(person(db, QStringLiteral("T-2002")).value(QStringLiteral("last_name")).toString(), QStringLiteral("Rossi"));
        // An unchanged tenant is not touched.
        QCOMPARE(person(db, QStringLiteral("T-1004")).value(QStringLiteral("updated_at")), updatedAt1004);
        QCOMPARE(tenancyList(db), (QStringList{
                                      QStringLiteral("U-101|2019-04-01||T-1001"),
                                      QStringLiteral("U-102|2020-10-01||T-1002"),
                                      QStringLiteral("U-103|2018-06-01|2024-09-30|T-1003"),
                                      QStringLiteral("U-104|2017-01-01||T-1004"),
                                      QStringLiteral("U-201|2022-03-01||T-2001"),
                                      QStringLiteral("U-202|2023-07-01|2024-10-15|T-2002"),
                                      QStringLiteral("U-202|2024-11-01||T-3001"),
                                      QStringLiteral("U-P07|2021-01-01||T-1001"),
                                  }));
        // What later issues react to, recorded in the same run.
        QCOMPARE(erpChanges(db, real->runId), (QStringList{
                                                  QStringLiteral("T-1001|name_changed|Anna Müller|Anna Müller-Schmid"),
                                                  QStringLiteral("T-1002|email_changed|luca@example.ch|luca.bernasconi@example.ch"),
                                                  QStringLiteral("T-1003|tenancy_ended||2024-09-30"),
                                                  QStringLiteral("T-2001|email_changed|sarah.smith@example.com|sarah@smith.example"),
                                                  QStringLiteral("T-2002|tenancy_ended||2024-10-15"),
                                                  QStringLiteral("T-3001|no_contact||"),
                                              }));
        QCOMPARE(count(db, QStringLiteral("erp_changes")), 6);
    }

    // 3. The same file again changes nothing, not even updated_at, and is still recorded as a run.
    void reimportChangesNothing_data() { test::addBackendColumn(); test::addBackendRows(); }
    void reimportChangesNothing()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        ImportOptions options;
        options.importDate = kSecondImportDate;
        struct Step
        {
            QByteArray bytes;
            qint64 tenants;
            qint64 tenancies;
        };
        for (const Step &step : {Step{firstSnapshotBytes(), 6, 7}, Step{secondSnapshotBytes(), 6, 7}}) {
            const auto first = importReport(*office, QStringLiteral("list.csv"), step.bytes, options);
            QVERIFY(first);
            QVERIFY2(first->rejected.isEmpty(), qPrintable(rejectionsText(*first)));
            const QStringList before = dumpMasterData(db);
            const qint64 runs = count(db, QStringLiteral("import_runs"));
            const auto again = importReport(*office, QStringLiteral("list.csv"), step.bytes, options);
            QVERIFY(again);
            QCOMPARE(again->statusKey(), QStringLiteral("applied"));
            QVERIFY2(again->rejected.isEmpty(), qPrintable(rejectionsText(*again)));
            QCOMPARE(countsText(again->properties), countsText(0, 0, 2));
            QCOMPARE(countsText(again->buildings), countsText(0, 0, 3));
            QCOMPARE(countsText(again->units), countsText(0, 0, 7));
            QCOMPARE(countsText(again->tenants), countsText(0, 0, step.tenants));
            QCOMPARE(countsText(again->tenancies), countsText(0, 0, step.tenancies, 0));
            QVERIFY(again->emailChanged.isEmpty());
            QVERIFY(again->aliasesCreated.isEmpty());
            QVERIFY2(again->changes.isEmpty(),
                     qPrintable(QStringLiteral("%1 changes, first: %2 %3 %4")
                                    .arg(again->changes.size())
                                    .arg(again->changes.value(0).entity, again->changes.value(0).ref,
                                         again->changes.value(0).field)));
            // Every row and column as it was: no updated_at touched, no erp_changes added.
            QCOMPARE(dumpMasterData(db), before);
            QCOMPARE(count(db, QStringLiteral("import_runs")), runs + 1);
            QVERIFY(again->runId > first->runId);
            QCOMPARE(row(db, QStringLiteral("SELECT status, source_sha256 FROM import_runs WHERE id = ?"), {again->runId})
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("applied"));
        }
    }

    // Updates of every kind of record: a property renamed, a unit relabelled, a unit at a new address,
    // an e-mail removed, an e-mail respelled, a phone respelled and one changed, a move-out date set,
    // moved and taken back.
    void updates_data() { test::addBackendColumn(); test::addBackendRows(); }
    void updates()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QVERIFY(importReport(*office, QStringLiteral("first.csv"), firstSnapshotBytes()));
        const auto snapshot = [](const QByteArray &u103MoveOut) {
            return kHeader
                + "P100,Wohnpark Sonnenhof AG,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1. OG links,T-1001,Anna,Müller,"
                  "anna.mueller@example.ch,+41 44 123 45 67,de,2019-04-01,\n"
                  "P100,Wohnpark Sonnenhof AG,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 1.1,T-1002,Luca,Bernasconi,"
                  ",044 123 45 67,it,2020-10-01,\n"
                  "P100,Wohnpark Sonnenhof AG,Bahnhofstrasse 1,8001,Zürich,U-P07,Parkplatz 7,T-1001,Anna,Müller,"
                  "anna.mueller@example.ch,+41 44 123 45 67,de,2021-01-01,\n"
                  "P100,Wohnpark Sonnenhof AG,Bahnhofstrasse 3,8001,Zürich,U-103,Wohnung 2. OG,T-1003,Chloé,Dubois,"
                  "chloe.dubois@example.ch,079 999 88 77,fr,2018-06-01,"
                + u103MoveOut
                + "\n"
                  "P100,Wohnpark Sonnenhof AG,Bahnhofstrasse 5,8001,Zürich,U-104,Wohnung 3. OG,T-1004,,Immobilien Huber AG,"
                  "info@huber-immo.example,,,2017-01-01,\n"
                  "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-201,Appartamento 3,T-2001,Sarah,Smith,Sarah.Smith@Example.com,"
                  "079/123 45 67,en,2022-03-01,\n"
                  "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-202,Appartamento 4,T-2002,Marco,Rossi,marco.rossi@example.it,"
                  "044 123 45 67,it,2023-07-01,\n";
        };
        ImportOptions options;
        options.importDate = kSecondImportDate;
        const auto report = importReport(*office, QStringLiteral("list.csv"), snapshot("2024-09-30"), options);
        QVERIFY(report);
        QVERIFY2(report->rejected.isEmpty(), qPrintable(rejectionsText(*report)));
        QCOMPARE(countsText(report->properties), countsText(0, 1, 1));
        QCOMPARE(countsText(report->buildings), countsText(1, 0, 3));
        QCOMPARE(countsText(report->units), countsText(0, 2, 5));
        QCOMPARE(countsText(report->tenants), countsText(0, 4, 2));
        QCOMPARE(countsText(report->tenancies), countsText(0, 0, 6, 1));
        // Removed counts as changed (the office may need to ask for a new one); another spelling does not.
        QCOMPARE(report->emailChanged, QStringList{QStringLiteral("T-1002")});
        QVERIFY(hasChange(*report, ImportChange::Kind::Changed, QStringLiteral("property"), QStringLiteral("P100"),
                          QStringLiteral("name"), QStringLiteral("Wohnpark Sonnenhof"), QStringLiteral("Wohnpark Sonnenhof AG")));
        QVERIFY(hasChange(*report, ImportChange::Kind::Changed, QStringLiteral("unit"), QStringLiteral("U-102"),
                          QStringLiteral("label"), QStringLiteral("Wohnung 1. OG rechts"), QStringLiteral("Wohnung 1.1")));
        QVERIFY(hasChange(*report, ImportChange::Kind::Changed, QStringLiteral("unit"), QStringLiteral("U-104")));

        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM properties WHERE erp_ref = 'P100'")).toString(),
                 QStringLiteral("Wohnpark Sonnenhof AG"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT label FROM units WHERE erp_ref = 'U-102'")).toString(), QStringLiteral("Wohnung 1.1"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT b.street FROM units u JOIN buildings b ON b.id = u.building_id "
                                           "WHERE u.erp_ref = 'U-104'"))
                     .toString(),
                 QStringLiteral("Bahnhofstrasse 5"));
        QCOMPARE(count(db, QStringLiteral("buildings")), 4);
        QVERIFY(person(db, QStringLiteral("T-1002")).value(QStringLiteral("email")).isNull());
        QCOMPARE(person(db, QStringLiteral("T-2001")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("Sarah.Smith@Example.com"));
        QCOMPARE(person(db, QStringLiteral("T-2002")).value(QStringLiteral("phone")).toString(), QStringLiteral("044 123 45 67"));
        QCOMPARE(person(db, QStringLiteral("T-2002")).value(QStringLiteral("phone_e164")).toString(), QStringLiteral("+41441234567"));
        QCOMPARE(person(db, QStringLiteral("T-1003")).value(QStringLiteral("phone_e164")).toString(), QStringLiteral("+41799998877"));
        QCOMPARE(endOf(db, QStringLiteral("U-103"), QDate(2018, 6, 1)), QStringLiteral("2024-09-30"));
        // For later issues: T-1002 lost the address (no contact now), T-1003's number changed, their tenancy
        // ended; a respelled address or number is nothing to react to.
        QStringList kinds;
        for (const QString &change : erpChanges(db, report->runId))
            kinds << change.section(u'|', 0, 1);
        QCOMPARE(kinds, (QStringList{QStringLiteral("T-1002|email_changed"), QStringLiteral("T-1002|no_contact"),
                                     QStringLiteral("T-1003|phone_changed"), QStringLiteral("T-1003|tenancy_ended")}));

        // The move-out date moves: an update, not another end.
        const auto moved = importReport(*office, QStringLiteral("list.csv"), snapshot("31.10.2024"), options);
        QVERIFY(moved);
        QCOMPARE(countsText(moved->tenancies), countsText(0, 1, 6, 0));
        QCOMPARE(countsText(moved->tenants), countsText(0, 0, 6));
        QVERIFY(hasChange(*moved, ImportChange::Kind::Changed, QStringLiteral("tenancy"), QStringLiteral("U-103"),
                          QStringLiteral("end_date"), QStringLiteral("2024-09-30"), QStringLiteral("2024-10-31")));
        QCOMPARE(endOf(db, QStringLiteral("U-103"), QDate(2018, 6, 1)), QStringLiteral("2024-10-31"));
        QCOMPARE(erpChanges(db, moved->runId), QStringList());
        // And is taken back: the tenancy is open again.
        const auto reopened = importReport(*office, QStringLiteral("list.csv"), snapshot(""), options);
        QVERIFY(reopened);
        QCOMPARE(countsText(reopened->tenancies), countsText(0, 1, 6, 0));
        QCOMPARE(endOf(db, QStringLiteral("U-103"), QDate(2018, 6, 1)), QStringLiteral("open"));
    }

    // Two tenants on one lease: two rows with the same unit and move-in date are one tenancy of two persons.
    void sharedTenancy_data() { test::addBackendColumn(); test::addBackendRows(); }
    void sharedTenancy()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const QByteArray bytes = kHeader
            + "P1,Haus,Weg 1,8000,Zürich,U1,Wohnung 1,T1,Hans,Muster,hans@example.ch,,de,2024-03-01,\n"
              "P1,Haus,Weg 1,8000,Zürich,U1,Wohnung 1,T2,Eva,Muster,eva@example.ch,,de,2024-03-01,\n";
        const auto report = importReport(*office, QStringLiteral("list.csv"), bytes);
        QVERIFY(report);
        QVERIFY2(report->rejected.isEmpty(), qPrintable(rejectionsText(*report)));
        QCOMPARE(countsText(report->tenants), countsText(2, 0, 0));
        QCOMPARE(countsText(report->tenancies), countsText(1, 0, 0, 0));
        QCOMPARE(count(db, QStringLiteral("tenancies")), 1);
        QCOMPARE(tenancyList(db), (QStringList{QStringLiteral("U1|2024-03-01||T1"), QStringLiteral("U1|2024-03-01||T2")}));
        const QStringList before = dumpMasterData(db);
        const auto again = importReport(*office, QStringLiteral("list.csv"), bytes);
        QVERIFY(again);
        QCOMPARE(countsText(again->tenancies), countsText(0, 0, 1, 0));
        QCOMPARE(dumpMasterData(db), before);
    }

    // 4. Delta mode adds and updates, and ends nothing that is missing.
    void deltaEndsNothing_data() { test::addBackendColumn(); test::addBackendRows(); }
    void deltaEndsNothing()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QVERIFY(importReport(*office, QStringLiteral("first.csv"), firstSnapshotBytes()));
        // Only two rows: T-1002 with a new e-mail and a new tenant; everybody else is missing.
        const QByteArray delta = kHeader
            + "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 1. OG rechts,T-1002,Luca,Bernasconi,"
              "luca.bernasconi@example.ch,044 123 45 67,it,2020-10-01,\n"
            + kGoodNewRow;
        ImportOptions options;
        options.mode = ImportMode::Delta;
        options.importDate = kSecondImportDate;
        const auto report = importReport(*office, QStringLiteral("delta.csv"), delta, options);
        QVERIFY(report);
        QCOMPARE(report->statusKey(), QStringLiteral("applied"));
        QCOMPARE(report->mode, ImportMode::Delta);
        QCOMPARE(report->toJson().value(QStringLiteral("mode")).toString(), QStringLiteral("delta"));
        QCOMPARE(report->tenancies.ended, 0);
        QCOMPARE(report->tenancies.added, 1);
        QCOMPARE(report->tenants.added, 1);
        QCOMPARE(report->tenants.updated, 1);
        QCOMPARE(report->emailChanged, QStringList{QStringLiteral("T-1002")});
        QCOMPARE(person(db, QStringLiteral("T-1002")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("luca.bernasconi@example.ch"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tenancies WHERE end_date IS NOT NULL")).toInt(), 0);
        QCOMPARE(endOf(db, QStringLiteral("U-202"), QDate(2023, 7, 1)), QStringLiteral("open"));
        QCOMPARE(endOf(db, QStringLiteral("U-801"), QDate(2024, 1, 1)), QStringLiteral("open"));
        QCOMPARE(row(db, QStringLiteral("SELECT mode FROM import_runs WHERE id = ?"), {report->runId})
                     .value(QStringLiteral("mode"))
                     .toString(),
                 QStringLiteral("delta"));
    }

    // 5. Bytes and syntax: the same three tenants written every way the format page allows.
    void bytesAndSyntax_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("warning"); // a pattern one warning must match; empty: no warnings at all
        // The rows, in UTF-8; the dates in all three forms.
        const QByteArray en = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                              "last_name,email,phone,language,move_in,move_out";
        const QByteArray de = "Liegenschaft-Nr,Liegenschaft,Strasse,PLZ,Ort,Objekt-Nr,Objekt,Mieter-Nr,Vorname,"
                              "Nachname,E-Mail,Telefon,Sprache,Einzug,Auszug";
        const QList<QByteArray> rows{
            "P1,Grünmatt,Bahnhofstrasse 1,8001,Zürich,U1,Wohnung 1,T1,Jürg,Bänziger,juerg@example.ch,044 123 45 67,de,2024-03-01,",
            "P1,Grünmatt,Bahnhofstrasse 1,8001,Zürich,U2,Büro,T2,,€uro Immobilien AG,office@euro.example,,fr,1.3.2024,",
            "P1,Grünmatt,Bahnhofstrasse 1,8001,Zürich,U3,Atelier,T3,Renée,Gauthier,renee@example.ch,,it,01.03.2024,31.12.2024",
        };
        const auto join = [](QByteArray header, const QList<QByteArray> &lines, char delimiter, const QByteArray &eol) {
            QByteArray out = header.replace(',', delimiter) + eol;
            for (QByteArray line : lines)
                out += line.replace(',', delimiter) + eol;
            return out;
        };
        const QByteArray bom = "\xEF\xBB\xBF";
        // Windows-1252: ä E4, é E9, ü FC, € 80 (the bytes Excel writes in Western Europe).
        const QByteArray cp1252 =
            QByteArray(de).replace(',', ';') + "\r\n"
            "P1;Gr\xFCnmatt;Bahnhofstrasse 1;8001;Z\xFCrich;U1;Wohnung 1;T1;J\xFCrg;B\xE4nziger;juerg@example.ch;044 123 45 67;de;2024-03-01;\r\n"
            "P1;Gr\xFCnmatt;Bahnhofstrasse 1;8001;Z\xFCrich;U2;B\xFCro;T2;;\x80uro Immobilien AG;office@euro.example;;fr;1.3.2024;\r\n"
            "P1;Gr\xFCnmatt;Bahnhofstrasse 1;8001;Z\xFCrich;U3;Atelier;T3;Ren\xE9" "e;Gauthier;renee@example.ch;;it;01.03.2024;31.12.2024\r\n";
        const QByteArray otherCase = " Property_Ref ,PROPERTY_NAME, street ,Zip,CITY,Unit_Ref,unit_label ,TENANT_REF,"
                                     "First_Name,last_name,EMAIL,Phone,Language,Move_In,MOVE_OUT";
        const QByteArray reordered =
            "tenant_ref,last_name,first_name,move_in,move_out,unit_ref,unit_label,property_ref,property_name,street,zip,"
            "city,email,phone,language\n"
            "T1,Bänziger,Jürg,2024-03-01,,U1,Wohnung 1,P1,Grünmatt,Bahnhofstrasse 1,8001,Zürich,juerg@example.ch,044 123 45 67,de\n"
            "T2,€uro Immobilien AG,,1.3.2024,,U2,Büro,P1,Grünmatt,Bahnhofstrasse 1,8001,Zürich,office@euro.example,,fr\n"
            "T3,Gauthier,Renée,01.03.2024,31.12.2024,U3,Atelier,P1,Grünmatt,Bahnhofstrasse 1,8001,Zürich,renee@example.ch,,it\n";
        const QByteArray unknownColumn =
            en + ",balance\n" + rows.at(0) + ",1200.00\n" + rows.at(1) + ",-35.50\n" + rows.at(2) + ",0\n";
        QByteArray quoted = "\"" + en.split(',').join("\",\"") + "\"\r\n";
        for (const QByteArray &line : rows)
            quoted += "\"" + line.split(',').join("\",\"") + "\"\r\n";

        for (test::Backend backend : kBackends) {
            const char *b = backendName(backend);
            QTest::addRow("%s comma LF", b) << backend << QStringLiteral("list.csv") << join(en, rows, ',', "\n") << QString();
            QTest::addRow("%s comma CRLF", b) << backend << QStringLiteral("list.csv") << join(en, rows, ',', "\r\n") << QString();
            QTest::addRow("%s UTF-8 BOM", b) << backend << QStringLiteral("list.csv") << bom + join(en, rows, ',', "\r\n") << QString();
            QTest::addRow("%s German semicolon", b) << backend << QStringLiteral("liste.csv") << join(de, rows, ';', "\n") << QString();
            QTest::addRow("%s German semicolon BOM CRLF", b)
                << backend << QStringLiteral("liste.csv") << bom + join(de, rows, ';', "\r\n") << QString();
            QTest::addRow("%s TAB", b) << backend << QStringLiteral("list.txt") << join(en, rows, '\t', "\n") << QString();
            QTest::addRow("%s TAB German CRLF", b) << backend << QStringLiteral("list.txt") << join(de, rows, '\t', "\r\n") << QString();
            QTest::addRow("%s Windows-1252", b) << backend << QStringLiteral("liste.csv") << cp1252 << QStringLiteral("1252");
            QTest::addRow("%s headers in another case, with spaces", b)
                << backend << QStringLiteral("list.csv") << join(otherCase, rows, ',', "\n") << QString();
            QTest::addRow("%s columns in another order", b) << backend << QStringLiteral("list.csv") << reordered << QString();
            QTest::addRow("%s unknown column", b) << backend << QStringLiteral("list.csv") << unknownColumn << QStringLiteral("balance");
            QTest::addRow("%s every field quoted", b) << backend << QStringLiteral("list.csv") << quoted << QString();
            QTest::addRow("%s every field quoted, BOM", b) << backend << QStringLiteral("list.csv") << bom + quoted << QString();
            QTest::addRow("%s no line end at the end", b)
                << backend << QStringLiteral("list.csv") << join(en, rows, ',', "\n").chopped(1) << QString();
        }
    }
    void bytesAndSyntax()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, warning);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const auto report = importReport(*office, name, bytes);
        QVERIFY(report);
        QVERIFY2(report->rejected.isEmpty(), qPrintable(rejectionsText(*report)));
        QCOMPARE(report->statusKey(), QStringLiteral("applied"));
        QCOMPARE(report->rowsRead, 3);
        // A tenancy that arrives with its move-out date is added, not ended.
        QCOMPARE(countsText(report->tenancies), countsText(3, 0, 0, 0));
        if (warning.isEmpty()) {
            QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        } else {
            const QRegularExpression pattern(warning, QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(std::any_of(report->warnings.cbegin(), report->warnings.cend(),
                                 [&](const QString &w) { return pattern.match(w).hasMatch(); }),
                     qPrintable(report->warnings.join(u'\n')));
        }
        QCOMPARE(count(db, QStringLiteral("properties")), 1);
        QCOMPARE(count(db, QStringLiteral("buildings")), 1);
        QCOMPARE(count(db, QStringLiteral("units")), 3);
        QCOMPARE(count(db, QStringLiteral("persons")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT erp_ref || '|' || name FROM properties")).toString(), QStringLiteral("P1|Grünmatt"));
        const QVariantMap building = row(db, QStringLiteral("SELECT street, postal_code, city FROM buildings"), {});
        QCOMPARE(building.value(QStringLiteral("street")).toString(), QStringLiteral("Bahnhofstrasse 1"));
        QCOMPARE(building.value(QStringLiteral("postal_code")).toString(), QStringLiteral("8001"));
        QCOMPARE(building.value(QStringLiteral("city")).toString(), QStringLiteral("Zürich"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT label FROM units WHERE erp_ref = 'U2'")).toString(), QStringLiteral("Büro"));
        struct Expected
        {
            const char16_t *ref, *first, *last, *email, *phone, *e164, *language;
        };
        const Expected expected[] = {
            {u"T1", u"Jürg", u"Bänziger", u"juerg@example.ch", u"044 123 45 67", u"+41441234567", u"de"},
            {u"T2", u"", u"€uro Immobilien AG", u"office@euro.example", u"", u"", u"fr"},
            {u"T3", u"Renée", u"Gauthier", u"renee@example.ch", u"", u"", u"it"},
        };
        for (const Expected &e : expected) {
            const QVariantMap p = person(db, QString::fromUtf16(e.ref));
            QVERIFY2(!p.isEmpty(), qPrintable(QString::fromUtf16(e.ref)));
            QCOMPARE(asText(p.value(QStringLiteral("first_name"))), QString::fromUtf16(e.first));
            QCOMPARE(asText(p.value(QStringLiteral("last_name"))), QString::fromUtf16(e.last));
            QCOMPARE(asText(p.value(QStringLiteral("email"))), QString::fromUtf16(e.email));
            QCOMPARE(asText(p.value(QStringLiteral("phone"))), QString::fromUtf16(e.phone));
            QCOMPARE(asText(p.value(QStringLiteral("phone_e164"))), QString::fromUtf16(e.e164));
            QCOMPARE(asText(p.value(QStringLiteral("language"))), QString::fromUtf16(e.language));
        }
        QCOMPARE(tenancyList(db), (QStringList{QStringLiteral("U1|2024-03-01||T1"), QStringLiteral("U2|2024-03-01||T2"),
                                               QStringLiteral("U3|2024-03-01|2024-12-31|T3")}));
        QCOMPARE(office->imports().history()->value(0).sourceSha256, sha256(bytes));
    }

    // 5. Quoted fields: the delimiter, doubled quotes and a line break inside; line numbers count
    // physical lines, so the row after the line break is reported on the right line.
    void quotedFields_data() { test::addBackendColumn(); test::addBackendRows(); }
    void quotedFields()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const QByteArray bytes =
            "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,"
            "phone,language,move_in,move_out\r\n"
            "P1,\"Sonnenhof, Haus A\",\"Bahnhofstrasse 1\r\nEingang B\",8001,Zürich,U1,\"Wohnung \"\"Sonnenseite\"\"\",T1,"
            "Anna,\"Café \"\"Zur Post\"\" GmbH\",anna@example.ch,,de,2024-03-01,\r\n"
            "P1,\"Sonnenhof, Haus A\",Seeweg 2,8001,Zürich,U2,Wohnung 2,T2,Beat,\"Meier, Hans\",beat@example.ch,,de,"
            "2024-03-01,\r\n"
            "\r\n"
            "P1,\"Sonnenhof, Haus A\",Seeweg 2,8001,Zürich,U3,Wohnung 3,T3,Carla,Huber,carla@example.ch,,de,"
            "2024-03-01,not a date\r\n";
        const auto report = importReport(*office, QStringLiteral("list.csv"), bytes);
        QVERIFY(report);
        QCOMPARE(report->statusKey(), QStringLiteral("applied"));
        QCOMPARE(report->rejected.size(), 1);
        // The record on lines 2-3 spans two physical lines, and the blank line 5 counts too.
        QCOMPARE(report->rejected.first().line, 6);
        QCOMPARE(report->rejected.first().column, QStringLiteral("move_out"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM properties")).toString(), QStringLiteral("Sonnenhof, Haus A"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT label FROM units WHERE erp_ref = 'U1'")).toString(),
                 QStringLiteral("Wohnung \"Sonnenseite\""));
        // A line break in an address cell becomes one space.
        QCOMPARE(scalar(db, QStringLiteral("SELECT b.street FROM units u JOIN buildings b ON b.id = u.building_id "
                                           "WHERE u.erp_ref = 'U1'"))
                     .toString(),
                 QStringLiteral("Bahnhofstrasse 1 Eingang B"));
        QCOMPARE(person(db, QStringLiteral("T1")).value(QStringLiteral("last_name")).toString(),
                 QStringLiteral("Café \"Zur Post\" GmbH"));
        QCOMPARE(person(db, QStringLiteral("T2")).value(QStringLiteral("last_name")).toString(), QStringLiteral("Meier, Hans"));
        QVERIFY(person(db, QStringLiteral("T3")).isEmpty());
    }

    // 5. Blanks around values, as spreadsheets leave them: spaces, tabs and no-break spaces at either
    // end go, in UTF-8 and in Windows-1252; blanks inside a value stay; a value of blanks is empty.
    void blanksAroundValues_data()
    {
        QTest::addColumn<test::Backend>("backend");
        QTest::addColumn<bool>("windows1252");
        for (const auto &[backend, name] : {std::pair{test::Backend::SQLite, "sqlite"}, std::pair{test::Backend::PostgreSQL, "postgresql"}}) {
            QTest::addRow("%s UTF-8", name) << backend << false;
            QTest::addRow("%s Windows-1252", name) << backend << true;
        }
    }
    void blanksAroundValues()
    {
        QFETCH(bool, windows1252);
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const QString nbsp(QChar(0x00a0));
        const QString text = QStringLiteral("property_ref,unit_ref,unit_label,tenant_ref,first_name,last_name,email,phone,move_in\n")
            + QStringLiteral(" P1 ,\tU1\t, Wohnung  1 ,T1 ,%1Jörg%1,  Müller-Lüdenscheidt ,  joerg@example.ch , 044 123 45 67 , 2024-03-01 \n")
                  .arg(nbsp)
            + QStringLiteral("P1,U2,%1,T2,\t,Brunner%1,,,2024-03-01\n").arg(nbsp + nbsp);
        const QByteArray bytes = windows1252 ? text.toLatin1() : text.toUtf8(); // Latin-1 is Windows-1252 here
        const auto report = importReport(*office, QStringLiteral("blanks.csv"), bytes);
        QVERIFY(report);
        QCOMPARE(report->statusKey(), QStringLiteral("applied"));
        QVERIFY2(report->rejected.isEmpty(), qPrintable(report->rejected.value(0).reason));
        const QVariantMap t1 = person(db, QStringLiteral("T1"));
        QCOMPARE(t1.value(QStringLiteral("first_name")).toString(), QStringLiteral("Jörg"));
        QCOMPARE(t1.value(QStringLiteral("last_name")).toString(), QStringLiteral("Müller-Lüdenscheidt"));
        QCOMPARE(t1.value(QStringLiteral("email")).toString(), QStringLiteral("joerg@example.ch"));
        QCOMPARE(t1.value(QStringLiteral("phone")).toString(), QStringLiteral("044 123 45 67"));
        const QVariantMap t2 = person(db, QStringLiteral("T2"));
        QCOMPARE(t2.value(QStringLiteral("first_name")).toString(), QString());
        QCOMPARE(t2.value(QStringLiteral("last_name")).toString(), QStringLiteral("Brunner"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT label FROM units WHERE erp_ref = 'U1'")).toString(), QStringLiteral("Wohnung  1"));
        // A label of blanks is no label: the unit is called by its reference.
        QCOMPARE(scalar(db, QStringLiteral("SELECT label FROM units WHERE erp_ref = 'U2'")).toString(), QStringLiteral("U2"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM properties WHERE erp_ref = 'P1'")).toInt(), 1);
        // The same file again changes nothing: what was stored is what the file says.
        const auto again = importReport(*office, QStringLiteral("blanks.csv"), bytes);
        QVERIFY(again);
        QCOMPARE(again->tenants.unchanged, qint64(2));
        QCOMPARE(again->units.updated, qint64(0));
    }

    // 5. Language spellings ERPs write; an unknown language rejects its row.
    void languageSpellings_data() { test::addBackendColumn(); test::addBackendRows(); }
    void languageSpellings()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const QList<QPair<QByteArray, QString>> spellings{
            {"de", QStringLiteral("de")},    {"DE", QStringLiteral("de")},      {"de_CH", QStringLiteral("de")},
            {"de-CH", QStringLiteral("de")}, {" fr ", QStringLiteral("fr")},    {"FR-ch", QStringLiteral("fr")},
            {"it", QStringLiteral("it")},    {"it_CH", QStringLiteral("it")},   {"en", QStringLiteral("en")},
            {"EN", QStringLiteral("en")},    {"Deutsch", QStringLiteral("de")}, {"français", QStringLiteral("fr")},
            {"Italiano", QStringLiteral("it")}, {"English", QStringLiteral("en")}, {"", QString()},
        };
        QByteArray bytes = kHeader;
        for (int i = 0; i < spellings.size(); ++i) {
            const QByteArray n = QByteArray::number(i);
            bytes += "P1,Haus,Weg 1,8000,Zürich,U" + n + ",Wohnung " + n + ",T" + n + ",Vor,Name" + n + ",t" + n
                + "@example.ch,,\"" + spellings.at(i).first + "\",2024-03-01,\n";
        }
        const qint64 badLine = spellings.size() + 2;
        bytes += "P1,Haus,Weg 1,8000,Zürich,U99,Wohnung 99,T99,Vor,Name99,t99@example.ch,,rm,2024-03-01,\n";
        const auto report = importReport(*office, QStringLiteral("list.csv"), bytes);
        QVERIFY(report);
        QCOMPARE(report->statusKey(), QStringLiteral("applied"));
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected.first().line, badLine);
        QCOMPARE(report->rejected.first().column, QStringLiteral("language"));
        QVERIFY2(report->rejected.first().reason.contains(QStringLiteral("rm")), qPrintable(report->rejected.first().reason));
        for (int i = 0; i < spellings.size(); ++i) {
            const QVariantMap p = person(db, QStringLiteral("T%1").arg(i));
            QVERIFY2(!p.isEmpty(), spellings.at(i).first.constData());
            QCOMPARE(asText(p.value(QStringLiteral("language"))), spellings.at(i).second);
        }
        QVERIFY(person(db, QStringLiteral("T99")).isEmpty());
    }

    // 6. Bad input: each refused with file, line, column and a reason; master data exactly as before
    // (the bad rows are added to the unchanged first snapshot, so a good row changes nothing either,
    // except the one new tenant T-8001 where the rest is applied).
    void badInput_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QString>("status");
        // One entry per expected rejection, in order: "line|column|reason pattern".
        QTest::addColumn<QStringList>("rejections");
        QTest::addColumn<QStringList>("stored"); // tenant references that must be there afterwards
        QTest::addColumn<QStringList>("absent"); // and those that must not

        const QByteArray base = firstSnapshotBytes(); // lines 1-8
        const QStringList none;
        const QStringList good{QStringLiteral("T-8001")};
        const QStringList bad{QStringLiteral("T-9001"), QStringLiteral("T-8001")};

        QByteArray junk(4096, Qt::Uninitialized);
        QRandomGenerator rng(20240301);
        for (char &c : junk)
            c = char(rng.bounded(256));
        for (qsizetype i = 0; i < 64; ++i) { // keep the NUL at byte 20 on the first line
            if (junk[i] == '\n' || junk[i] == '\r' || junk[i] == '"' || junk[i] == '\0')
                junk[i] = 'x';
        }
        junk[20] = '\0';
        junk[700] = '\0';
        const QByteArray hugeEmail = QByteArray(5 * 1024 * 1024, 'a') + "@example.ch";
        // The ERP switched to US dates: not one row can be read.
        QByteArray usDates = kHeader;
        QStringList usDateRejections;
        for (const QByteArray &line : firstSnapshotRows()) {
            QList<QByteArray> fields = line.split(',');
            const QList<QByteArray> ymd = fields[13].split('-');
            fields[13] = ymd[1] + '/' + ymd[2] + '/' + ymd[0];
            usDates += fields.join(',');
            usDateRejections << QStringLiteral("%1|move_in|%2").arg(usDateRejections.size() + 2).arg(QString::fromLatin1(fields[13]));
        }
        QByteArray noTenantRef;
        for (const QByteArray &line : base.split('\n')) {
            if (line.isEmpty())
                continue;
            QList<QByteArray> fields = line.split(',');
            fields.removeAt(7);
            noTenantRef += fields.join(',') + '\n';
        }

        for (test::Backend backend : kBackends) {
            const char *b = backendName(backend);
            QTest::addRow("%s empty file", b) << backend << QByteArray() << false << QStringLiteral("rejected")
                                              << QStringList{QStringLiteral("0||empty")} << none << none;
            QTest::addRow("%s only a header", b)
                << backend << kHeader << false << QStringLiteral("rejected")
                << QStringList{QStringLiteral("0||no (tenants|rows|data)")} << none << none;
            QTest::addRow("%s binary junk", b) << backend << junk << false << QStringLiteral("rejected")
                                               << QStringList{QStringLiteral("1||binary|not a text")} << none << none;
            QTest::addRow("%s a 5 MB field", b)
                << backend << base + badRow("U-901", "T-9001", hugeEmail, "2024-01-01") + kGoodNewRow << false
                << QStringLiteral("applied") << QStringList{QStringLiteral("9|email|long|large|size")} << good
                << QStringList{QStringLiteral("T-9001")};
            QTest::addRow("%s unterminated quote", b)
                << backend
                << base + badRow("U-901", "T-9001", "tom@example.ch", "2024-01-01", {}, "\"Seeweg 2") + kGoodNewRow
                       + kGoodNewRow
                << false << QStringLiteral("rejected") << QStringList{QStringLiteral("9||quot")} << none << bad;
            QTest::addRow("%s missing required column", b)
                << backend << noTenantRef << false << QStringLiteral("rejected")
                << QStringList{QStringLiteral("1||tenant_ref")} << none << none;
            QTest::addRow("%s two columns for one field", b)
                << backend << QByteArray(kHeader).replace("phone", "email") + firstSnapshotRows().join() << false
                << QStringLiteral("rejected") << QStringList{QStringLiteral("1||email")} << none << none;
            // Nothing could be applied, so nothing was: exit code 1, as for a file refused as a whole.
            QTest::addRow("%s every row bad", b) << backend << usDates << false << QStringLiteral("rejected")
                                                 << usDateRejections << none << none;
            QTest::addRow("%s invalid dates", b)
                << backend
                << base + badRow("U-901", "T-9001", "tom@example.ch", "2024-02-30") + kGoodNewRow
                       + badRow("U-902", "T-9002", "tim@example.ch", "03/01/2024")
                << false << QStringLiteral("applied")
                << QStringList{QStringLiteral("9|move_in|2024-02-30"), QStringLiteral("11|move_in|03/01/2024")} << good
                << QStringList{QStringLiteral("T-9001"), QStringLiteral("T-9002")};
            QTest::addRow("%s invalid e-mail", b)
                << backend << base + badRow("U-901", "T-9001", "tom.graf@@example.ch", "2024-01-01") + kGoodNewRow
                << false << QStringLiteral("applied") << QStringList{QStringLiteral("9|email|tom\\.graf@@example\\.ch")}
                << good << QStringList{QStringLiteral("T-9001")};
            QTest::addRow("%s one person with conflicting rows", b)
                << backend
                << base + badRow("U-901", "T-9001", "tom@example.ch", "2024-01-01") + kGoodNewRow
                       + badRow("U-902", "T-9001", "tom.graf@example.ch", "2024-01-01")
                << false << QStringLiteral("applied")
                << QStringList{QStringLiteral("9|email|\\b9\\b.*\\b11\\b"), QStringLiteral("11|email|\\b9\\b.*\\b11\\b")}
                << good << QStringList{QStringLiteral("T-9001")};
            QTest::addRow("%s more fields than the header", b)
                << backend << base + badRow("U-901", "T-9001", "tom@example.ch", "2024-01-01", {}, "Seeweg 2, Hinterhaus")
                       + kGoodNewRow
                << false << QStringLiteral("applied") << QStringList{QStringLiteral("9||field")} << good
                << QStringList{QStringLiteral("T-9001")};
            QTest::addRow("%s move-out before move-in", b)
                << backend << base + badRow("U-901", "T-9001", "tom@example.ch", "2024-03-01", "2024-02-29") + kGoodNewRow
                << false << QStringLiteral("applied") << QStringList{QStringLiteral("9|move_out|2024-02-29")} << good
                << QStringList{QStringLiteral("T-9001")};
            QTest::addRow("%s strict with one bad row", b)
                << backend << base + badRow("U-901", "T-9001", "tom(at)example.ch", "2024-01-01") + kGoodNewRow << true
                << QStringLiteral("rejected") << QStringList{QStringLiteral("9|email|tom\\(at\\)example\\.ch")} << none
                << bad;
            QTest::addRow("%s a data-exchange CSV", b)
                << backend
                << QByteArray("id,importType,registrationCode,email,phone,name\r\n"
                              "7f1c0d2e-4b5a-4c3d-9e8f-0a1b2c3d4e5f,insert,,anna@example.ch,,Anna Muster\r\n")
                << false << QStringLiteral("rejected") << QStringList{QStringLiteral("1||data-exchange")} << none << none;
        }
    }
    void badInput()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, strict);
        QFETCH(QString, status);
        QFETCH(QStringList, rejections);
        QFETCH(QStringList, stored);
        QFETCH(QStringList, absent);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QVERIFY(importReport(*office, QStringLiteral("first.csv"), firstSnapshotBytes()));
        const QStringList before = dumpMasterData(db);
        const qint64 runs = count(db, QStringLiteral("import_runs"));

        ImportOptions options;
        options.strict = strict;
        options.format = ImportFormat::TenantList; // the data-exchange CSV is given as a tenant list on purpose
        const auto report = importReport(*office, QStringLiteral("list.csv"), bytes, options);
        QVERIFY(report);
        QCOMPARE(report->statusKey(), status);
        QVERIFY2(report->rejected.size() == rejections.size(), qPrintable(rejectionsText(*report)));
        for (qsizetype i = 0; i < rejections.size(); ++i) {
            const QStringList expected = rejections.at(i).split(u'|');
            const ImportRejection &r = report->rejected.at(i);
            QCOMPARE(r.file, QStringLiteral("list.csv"));
            QCOMPARE(r.line, expected.at(0).toLongLong());
            QCOMPARE(r.column, expected.at(1));
            QVERIFY(!r.reason.trimmed().isEmpty());
            QVERIFY2(r.reason.size() < 2000, qPrintable(r.reason.left(200)));
            const QRegularExpression pattern(expected.mid(2).join(u'|'), QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(pattern.match(r.reason).hasMatch(), qPrintable(r.reason));
        }

        // Master data: exactly as before when nothing applies; otherwise every row that was there is
        // still there, unchanged, and only the good new row was added.
        const QStringList after = dumpMasterData(db);
        if (status == u"rejected") {
            QCOMPARE(after, before);
        } else {
            const QSet<QString> afterSet(after.cbegin(), after.cend());
            for (const QString &line : before)
                QVERIFY2(afterSet.contains(line), qPrintable(line));
        }
        for (const QString &ref : stored)
            QVERIFY2(!person(db, ref).isEmpty(), qPrintable(ref));
        for (const QString &ref : absent)
            QVERIFY2(person(db, ref).isEmpty(), qPrintable(ref));
        // Nothing over-long is stored anywhere (the 5 MB field).
        for (const char *sql : {"SELECT MAX(LENGTH(COALESCE(first_name, '') || COALESCE(last_name, '') || "
                                "COALESCE(email, '') || COALESCE(phone, ''))) FROM persons",
                                "SELECT MAX(LENGTH(label)) FROM units",
                                "SELECT MAX(LENGTH(street || city || postal_code)) FROM buildings",
                                "SELECT MAX(LENGTH(reason)) FROM import_rejections",
                                "SELECT MAX(LENGTH(report_json)) FROM import_runs"}) {
            QVERIFY2(scalar(db, QString::fromLatin1(sql)).toLongLong() < 100000, sql);
        }

        // The run is recorded with its status and every rejected row.
        QCOMPARE(count(db, QStringLiteral("import_runs")), runs + 1);
        QVERIFY(report->runId > 0);
        QCOMPARE(row(db, QStringLiteral("SELECT status FROM import_runs WHERE id = ?"), {report->runId})
                     .value(QStringLiteral("status"))
                     .toString(),
                 status);
        QCOMPARE(row(db, QStringLiteral("SELECT source_sha256 FROM import_runs WHERE id = ?"), {report->runId})
                     .value(QStringLiteral("source_sha256"))
                     .toString(),
                 sha256(bytes));
        auto storedRejections = db.exec(QStringLiteral("SELECT file, line, col, reason FROM import_rejections "
                                                       "WHERE run_id = ? ORDER BY id"),
                                        {report->runId});
        QVERIFY(storedRejections.ok());
        for (const ImportRejection &r : std::as_const(report->rejected)) {
            QVERIFY(storedRejections->next());
            QCOMPARE(storedRejections->value(0).toString(), r.file);
            QCOMPARE(storedRejections->value(1).toLongLong(), r.line);
            QCOMPARE(asText(storedRejections->value(2)), r.column);
            QCOMPARE(storedRejections->value(3).toString(), r.reason);
        }
        QVERIFY(!storedRejections->next());
        // In the JSON: file, line, column, reason.
        const QJsonArray rejectedJson = report->toJson().value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejectedJson.size(), report->rejected.size());
        for (const QJsonValue &value : rejectedJson) {
            QStringList keys = value.toObject().keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{QStringLiteral("column"), QStringLiteral("file"), QStringLiteral("line"),
                                        QStringLiteral("reason")}));
        }
    }

    // 7. In a snapshot, a tenancy whose unit appears in a rejected row is not ended: a typo must not move
    // anyone out. The file lacks T-1004's row (U-104, which ends, unless the bad row could be anybody's)
    // and holds a bad version of T-2002's row (U-202, which must stay open).
    void rejectedRowsEndNothing_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QList<QByteArray>>("badRows");
        QTest::addColumn<QString>("u104"); // "ended", "open" or "" (either)
        const QByteArray p200 = "P200,Residenza Lago,Via Lago 5,6900,Lugano,";
        const QByteArray rossi = "T-2002,Marco,Rossi,";
        for (test::Backend backend : kBackends) {
            const char *b = backendName(backend);
            QTest::addRow("%s invalid move-in", b)
                << backend
                << QList<QByteArray>{p200 + "U-202,Appartamento 4," + rossi + "marco.rossi@example.it,,it,2023-07-32,\n"}
                << QStringLiteral("ended");
            QTest::addRow("%s invalid e-mail", b)
                << backend
                << QList<QByteArray>{p200 + "U-202,Appartamento 4," + rossi + "marco.rossi(at)example.it,,it,2023-07-01,\n"}
                << QStringLiteral("ended");
            QTest::addRow("%s move-out before move-in", b)
                << backend
                << QList<QByteArray>{p200 + "U-202,Appartamento 4," + rossi + "marco.rossi@example.it,,it,2023-07-01,2023-06-30\n"}
                << QStringLiteral("ended");
            QTest::addRow("%s conflicting rows of the tenant", b)
                << backend
                << QList<QByteArray>{p200 + "U-202,Appartamento 4," + rossi + "marco.rossi@example.it,,it,2023-07-01,\n",
                                     p200 + "U-203,Parkplatz 3," + rossi + "marco@rossi.example,,it,2023-07-01,\n"}
                << QStringLiteral("ended");
            QTest::addRow("%s empty unit reference", b)
                << backend << QList<QByteArray>{p200 + ",Appartamento 4," + rossi + "marco.rossi@example.it,,it,2023-07-01,\n"}
                << QStringLiteral("open");
            // An unquoted comma in the street shifts every later column: the row's unit is not where the
            // header says.
            QTest::addRow("%s more fields than the header", b)
                << backend
                << QList<QByteArray>{"P200,Residenza Lago,Via Lago 5, Haus B,6900,Lugano,U-202,Appartamento 4," + rossi
                                     + "marco.rossi@example.it,,it,2023-07-01,\n"}
                << QString();
            QTest::addRow("%s over-long field", b)
                << backend
                << QList<QByteArray>{p200 + "U-202,Appartamento 4,T-2002,Marco," + QByteArray(100 * 1024, 'R')
                                     + ",marco.rossi@example.it,,it,2023-07-01,\n"}
                << QString();
        }
    }
    void rejectedRowsEndNothing()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QList<QByteArray>, badRows);
        QFETCH(QString, u104);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QVERIFY(importReport(*office, QStringLiteral("first.csv"), firstSnapshotBytes()));
        QList<QByteArray> rows = firstSnapshotRows();
        QVERIFY(rows.at(4).contains("T-1004") && rows.at(6).contains("T-2002"));
        rows.removeAt(6);
        rows.removeAt(4);
        ImportOptions options;
        options.importDate = kSecondImportDate;
        const auto report = importReport(*office, QStringLiteral("list.csv"), kHeader + rows.join() + badRows.join(), options);
        QVERIFY(report);
        QCOMPARE(report->statusKey(), QStringLiteral("applied"));
        QVERIFY2(!report->rejected.isEmpty(), "the bad row must be rejected");
        QCOMPARE(endOf(db, QStringLiteral("U-202"), QDate(2023, 7, 1)), QStringLiteral("open"));
        QVERIFY(!hasChange(*report, ImportChange::Kind::Ended, QStringLiteral("tenancy"), QStringLiteral("U-202")));
        if (u104 == u"ended") {
            QCOMPARE(endOf(db, QStringLiteral("U-104"), QDate(2017, 1, 1)), kSecondImportDate.toString(Qt::ISODate));
            QCOMPARE(report->tenancies.ended, 1);
        } else if (u104 == u"open") {
            QCOMPARE(endOf(db, QStringLiteral("U-104"), QDate(2017, 1, 1)), QStringLiteral("open"));
            QCOMPARE(report->tenancies.ended, 0);
        }
        // The office is told why a tenancy missing from the snapshot stayed open.
        QVERIFY(!report->warnings.isEmpty());
        // Everybody else is as before.
        QCOMPARE(endOf(db, QStringLiteral("U-101"), QDate(2019, 4, 1)), QStringLiteral("open"));
        QCOMPARE(endOf(db, QStringLiteral("U-102"), QDate(2020, 10, 1)), QStringLiteral("open"));
        QCOMPARE(endOf(db, QStringLiteral("U-P07"), QDate(2021, 1, 1)), QStringLiteral("open"));
        QCOMPARE(endOf(db, QStringLiteral("U-103"), QDate(2018, 6, 1)), QStringLiteral("open"));
        QCOMPARE(endOf(db, QStringLiteral("U-201"), QDate(2022, 3, 1)), QStringLiteral("open"));
    }

    // 8. A profile file describes another ERP's layout: its headers, encoding, delimiter and date format.
    void profileFile_data() { test::addBackendColumn(); test::addBackendRows(); }
    void profileFile()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QTemporaryDir dir;
        const QString profilePath = dir.filePath(QStringLiteral("abacus.json"));
        QVERIFY(writeFile(profilePath, R"({
            "name": "Abacus export",
            "encoding": "windows-1252",
            "delimiter": ";",
            "dateFormat": "MM/dd/yyyy",
            "columns": {
                "Liegenschaft ID": "property_ref", "Bezeichnung": "property_name", "Adresse": "street",
                "Postleitzahl": "zip", "Ortschaft": "city", "Obj-ID": "unit_ref", "Objektbezeichnung": "unit_label",
                "Mieter ID": "tenant_ref", "Rufname": "first_name", "Name": "last_name", "Mail": "email",
                "Tel": "phone", "Korrespondenzsprache": "language", "Mietbeginn": "move_in", "Mietende": "move_out"
            }
        })"));
        auto profile = TenantListProfile::load(profilePath);
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().message));
        QCOMPARE(profile->name(), QStringLiteral("Abacus export"));

        // Windows-1252 bytes, ";", US dates, the columns in an order of their own.
        const QByteArray bytes =
            "Mieter ID;Name;Rufname;Mail;Tel;Korrespondenzsprache;Mietbeginn;Mietende;Obj-ID;Objektbezeichnung;"
            "Liegenschaft ID;Bezeichnung;Adresse;Postleitzahl;Ortschaft\r\n"
            "M-71;B\xE4nziger;J\xFCrg;jb@example.ch;031 123 45 67;de;03/01/2024;12/31/2024;O-71;Wohnung 1;L-7;"
            "M\xFChlematt;M\xFChleweg 4;3000;Bern\r\n"
            "M-72;Gauthier;Ren\xE9" "e;rg@example.ch;;fr;11/15/2023;;O-72;Wohnung 2;L-7;M\xFChlematt;M\xFChleweg 4;3000;Bern\r\n";
        ImportOptions options;
        options.profile = profilePath;
        const auto report = importReport(*office, QStringLiteral("abacus.csv"), bytes, options);
        QVERIFY(report);
        QVERIFY2(report->rejected.isEmpty(), qPrintable(rejectionsText(*report)));
        QCOMPARE(report->tenants.added, 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM properties WHERE erp_ref = 'L-7'")).toString(),
                 QStringLiteral("Mühlematt"));
        const QVariantMap juerg = person(db, QStringLiteral("M-71"));
        QCOMPARE(juerg.value(QStringLiteral("first_name")).toString(), QStringLiteral("Jürg"));
        QCOMPARE(juerg.value(QStringLiteral("last_name")).toString(), QStringLiteral("Bänziger"));
        QCOMPARE(juerg.value(QStringLiteral("phone_e164")).toString(), QStringLiteral("+41311234567"));
        QCOMPARE(person(db, QStringLiteral("M-72")).value(QStringLiteral("first_name")).toString(), QStringLiteral("Renée"));
        QCOMPARE(tenancyList(db), (QStringList{QStringLiteral("O-71|2024-03-01|2024-12-31|M-71"),
                                               QStringLiteral("O-72|2023-11-15||M-72")}));

        // A built-in profile by name: German headers only.
        ImportOptions german;
        german.profile = QStringLiteral("de");
        const auto notGerman = importReport(*office, QStringLiteral("english.csv"), firstSnapshotBytes(), german);
        QVERIFY(notGerman);
        QCOMPARE(notGerman->statusKey(), QStringLiteral("rejected"));
        QCOMPARE(notGerman->rejected.size(), 1);
        QCOMPARE(notGerman->rejected.first().line, 1);
        QVERIFY2(notGerman->rejected.first().reason.contains(QStringLiteral("Mieter-Nr")),
                 qPrintable(notGerman->rejected.first().reason));
        QCOMPARE(count(db, QStringLiteral("persons")), 2);

        // The built-in header sets do not apply under a profile of other headers.
        const auto english = importReport(*office, QStringLiteral("english.csv"), firstSnapshotBytes(), options);
        QVERIFY(english);
        QCOMPARE(english->statusKey(), QStringLiteral("rejected"));
        QCOMPARE(count(db, QStringLiteral("persons")), 2);
    }

    // 8. A bad profile is refused with a message that names what is wrong, and nothing is imported.
    void badProfile_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray columns = R"("property_ref": "property_ref", "unit_ref": "unit_ref", "tenant_ref": "tenant_ref",
            "last_name": "last_name")";
        for (test::Backend backend : kBackends) {
            const char *b = backendName(backend);
            QTest::addRow("%s unknown field", b)
                << backend << QByteArray(R"({"name": "x", "columns": {)" + columns + R"(, "move_in": "tenancy_start_date"}})")
                << QStringLiteral("tenancy_start_date");
            QTest::addRow("%s missing required field", b)
                << backend << QByteArray(R"({"name": "x", "columns": {)" + columns + R"(}})") << QStringLiteral("move_in");
            QTest::addRow("%s unknown key", b)
                << backend << QByteArray(R"({"name": "x", "delimeter": ";", "columns": {)" + columns + R"(, "move_in": "move_in"}})")
                << QStringLiteral("delimeter");
            QTest::addRow("%s bad encoding", b)
                << backend << QByteArray(R"({"encoding": "ebcdic", "columns": {)" + columns + R"(, "move_in": "move_in"}})")
                << QStringLiteral("ebcdic");
            QTest::addRow("%s two-digit year", b)
                << backend << QByteArray(R"({"dateFormat": "dd/MM/yy", "columns": {)" + columns + R"(, "move_in": "move_in"}})")
                << QStringLiteral("dd/MM/yy");
            QTest::addRow("%s not JSON", b) << backend << QByteArray("columns = property_ref") << QStringLiteral("JSON");
        }
    }
    void badProfile()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QVERIFY(importReport(*office, QStringLiteral("first.csv"), firstSnapshotBytes()));
        QTemporaryDir dir;
        const QString profilePath = dir.filePath(QStringLiteral("bad-profile.json"));
        QVERIFY(writeFile(profilePath, json));
        auto profile = TenantListProfile::load(profilePath);
        QVERIFY(!profile.ok());
        QCOMPARE(profile.error().kind, Error::Kind::Refused);
        QVERIFY2(profile.error().message.contains(mentions), qPrintable(profile.error().message));
        QVERIFY2(profile.error().message.contains(QStringLiteral("bad-profile.json")), qPrintable(profile.error().message));

        // Through the import: refused (an Error or a rejected report, either way with the message), and
        // the first snapshot's tenancies are not ended by a file that was never read.
        const QStringList before = dumpMasterData(db);
        ImportOptions options;
        options.profile = profilePath;
        auto run = runImport(*office, QStringLiteral("list.csv"), kHeader + firstSnapshotRows().at(0), options);
        QVERIFY(run);
        QString message;
        if (run->result->ok()) {
            const ImportReport &report = run->result->value();
            QCOMPARE(report.statusKey(), QStringLiteral("rejected"));
            QVERIFY(!report.rejected.isEmpty());
            message = report.rejected.first().reason;
        } else {
            message = run->result->error().message;
        }
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QCOMPARE(dumpMasterData(db), before);
    }

    // 9. Format detection from the path and from a file's first bytes.
    void detectFormat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString list = dir.filePath(QStringLiteral("list.csv"));
        QVERIFY(writeFile(list, firstSnapshotBytes()));
        QCOMPARE(ImportService::detectFormat(list).value(), ImportFormat::TenantList);
        const QString listWithBom = dir.filePath(QStringLiteral("liste.txt"));
        QVERIFY(writeFile(listWithBom, "\xEF\xBB\xBFLiegenschaft-Nr;Objekt-Nr;Mieter-Nr;Nachname;Einzug\r\n"));
        QCOMPARE(ImportService::detectFormat(listWithBom).value(), ImportFormat::TenantList);
        const QString empty = dir.filePath(QStringLiteral("empty.csv"));
        QVERIFY(writeFile(empty, {}));
        QCOMPARE(ImportService::detectFormat(empty).value(), ImportFormat::TenantList);
        const QString tenants = dir.filePath(QStringLiteral("tenants.csv"));
        QVERIFY(writeFile(tenants, "\xEF\xBB\xBFid,importType,registrationCode,email,phone,name\r\n"));
        QCOMPARE(ImportService::detectFormat(tenants).value(), ImportFormat::DataExchange);

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("job")));
        const QString job = dir.filePath(QStringLiteral("job"));
        QCOMPARE(ImportService::detectFormat(job).value(), ImportFormat::DataExchange);
        const QString manifest = dir.filePath(QStringLiteral("job/manifest.json"));
        QVERIFY(writeFile(manifest, "{}"));
        QCOMPARE(ImportService::detectFormat(manifest).value(), ImportFormat::DataExchange);
        // An empty zip archive: the end-of-central-directory record alone.
        const QString zip = dir.filePath(QStringLiteral("job.zip"));
        QVERIFY(writeFile(zip, QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0')));
        QCOMPARE(ImportService::detectFormat(zip).value(), ImportFormat::DataExchange);

        const auto missing = ImportService::detectFormat(dir.filePath(QStringLiteral("nowhere.csv")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Refused);
        QVERIFY2(missing.error().message.contains(QStringLiteral("nowhere.csv")), qPrintable(missing.error().message));
    }

    void detectFormatFromHead_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("dataExchange");
        QTest::newRow("tenant list") << firstSnapshotBytes() << false;
        QTest::newRow("German tenant list") << QByteArray("Liegenschaft-Nr;Objekt-Nr;Mieter-Nr;Nachname;Einzug\r\n") << false;
        QTest::newRow("nothing") << QByteArray() << false;
        QTest::newRow("importType") << QByteArray("id,importType,name\n1,insert,x\n") << true;
        QTest::newRow("importType first, CRLF") << QByteArray("importType,id,name\r\ninsert,1,x\r\n") << true;
        QTest::newRow("importType last, CRLF") << QByteArray("id,name,importType\r\n1,x,insert\r\n") << true;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFimportType,id\n") << true;
        QTest::newRow("quoted") << QByteArray("\"id\",\"importType\"\n") << true;
        QTest::newRow("header without line end") << QByteArray("id,importType") << true;
        QTest::newRow("only in a data row") << QByteArray("tenant_ref,last_name\nimportType,x\n") << false;
        QTest::newRow("similar name") << QByteArray("id,importTypes\n") << false;
    }
    void detectFormatFromHead()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, dataExchange);
        QCOMPARE(ImportService::detectFormatFromHead(head),
                 dataExchange ? ImportFormat::DataExchange : ImportFormat::TenantList);
    }

    // A tenant list is one file; a folder given as one is refused before anything happens.
    void folderAsTenantList_data() { test::addBackendColumn(); test::addBackendRows(); }
    void folderAsTenantList()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QTemporaryDir dir;
        ImportOptions options;
        options.format = ImportFormat::TenantList;
        auto result = office->imports().run(dir.path(), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Refused);
        QCOMPARE(count(office->database(), QStringLiteral("import_runs")), 0);
        auto missing = office->imports().run(dir.filePath(QStringLiteral("nowhere.csv")), options);
        QVERIFY(!missing.ok());
        QCOMPARE(count(office->database(), QStringLiteral("import_runs")), 0);
    }

    // Importing needs an administrator: an agent is refused and nothing is recorded.
    void agentMayNotImport_data() { test::addBackendColumn(); test::addBackendRows(); }
    void agentMayNotImport()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch, Actor{std::nullopt, QStringLiteral("agent"), Role::Agent});
        QVERIFY(office);
        auto run = runImport(*office, QStringLiteral("list.csv"), firstSnapshotBytes());
        QVERIFY(run);
        QVERIFY(!run->result->ok());
        QCOMPARE(run->result->error().kind, Error::Kind::Refused);
        QCOMPARE(count(office->database(), QStringLiteral("persons")), 0);
        QCOMPARE(count(office->database(), QStringLiteral("import_runs")), 0);
    }

    // 10. A progress callback returning false cancels: an Error, nothing stored, no run recorded. Cancelled
    // at the first report of progress and at the last one, after everything was written.
    void cancel_data()
    {
        test::addBackendColumn();
        QTest::addColumn<bool>("atLast");
        for (test::Backend backend : kBackends) {
            QTest::addRow("%s at the first progress report", backendName(backend)) << backend << false;
            QTest::addRow("%s at the last progress report", backendName(backend)) << backend << true;
        }
    }
    void cancel()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(bool, atLast);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QVERIFY(importReport(*office, QStringLiteral("first.csv"), firstSnapshotBytes()));
        // Big enough to report progress while the rows are read, too.
        QByteArray bytes = firstSnapshotBytes();
        for (int i = 0; i < 2100; ++i) {
            const QByteArray n = QByteArray::number(i);
            bytes += "P400,Grossüberbauung,Langstrasse " + QByteArray::number(i / 50) + ",8004,Zürich,U-4" + n + ",Wohnung "
                + n + ",T-4" + n + ",Vorname,Nachname " + n + ",t" + n + "@example.ch,044 300 " + QByteArray::number(10 + i % 90)
                + " " + QByteArray::number(10 + i / 90) + ",de,2024-03-01,\n";
        }
        // A dry run counts the progress reports (and must make some, rising, within 0..1000).
        QList<int> reports;
        ImportOptions dryRun;
        dryRun.dryRun = true;
        auto counting = runImport(*office, QStringLiteral("big.csv"), bytes, dryRun, [&](int permille) {
            reports << permille;
            return true;
        });
        QVERIFY(counting && counting->result->ok());
        QCOMPARE(counting->result->value().tenants.added, 2100);
        QVERIFY(!reports.isEmpty());
        QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
        QVERIFY(reports.first() >= 0 && reports.last() <= 1000);

        const QStringList before = dumpMasterData(db);
        const qint64 runs = count(db, QStringLiteral("import_runs"));
        const qsizetype cancelAt = atLast ? reports.size() : 1;
        qsizetype calls = 0;
        auto cancelled = runImport(*office, QStringLiteral("big.csv"), bytes, {}, [&](int) { return ++calls < cancelAt; });
        QVERIFY(cancelled);
        QVERIFY(!cancelled->result->ok());
        QCOMPARE(calls, cancelAt);
        QVERIFY(!cancelled->result->error().message.isEmpty());
        QCOMPARE(dumpMasterData(db), before);
        QCOMPARE(count(db, QStringLiteral("import_runs")), runs);
        QCOMPARE(count(db, QStringLiteral("import_rejections")), 0);

        // The connection is usable afterwards: the same file imports.
        const auto report = importReport(*office, QStringLiteral("big.csv"), bytes);
        QVERIFY(report);
        QCOMPARE(report->tenants.added, 2100);
    }
    // A file far larger than the office (the first import) is loaded with the secondary indexes, and
    // on PostgreSQL the foreign keys, set aside and made again at the end: afterwards the schema is
    // exactly as before, a cancelled run leaves it so too, and the ids the run took stay clear of
    // the ones the database hands out next.
    void largeFileIntoYoungOffice_data() { test::addBackendColumn(); test::addBackendRows(); }
    void largeFileIntoYoungOffice()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const QStringList shape = schemaShape(db);
        QVERIFY(shape.size() > 20);
        const QByteArray bytes = manyTenants(20'000);
        QVERIFY2(bytes.size() > 2'000'000, "the file must be large enough to set the indexes aside");

        qsizetype calls = 0;
        auto cancelled = runImport(*office, QStringLiteral("large.csv"), bytes, {}, [&](int permille) {
            ++calls;
            return permille < 900;
        });
        QVERIFY(cancelled);
        QVERIFY(!cancelled->result->ok());
        QVERIFY(calls > 1);
        QCOMPARE(schemaShape(db), shape);
        QCOMPARE(count(db, QStringLiteral("persons")), 0);

        // PostgreSQL: an index made again is a new object.
        const auto indexOid = [&] {
            return db.isSQLite() ? QVariant() : scalar(db, QStringLiteral("SELECT 'persons_listed_idx'::regclass::oid"));
        };
        const QVariant oidBefore = indexOid();
        const auto report = importReport(*office, QStringLiteral("large.csv"), bytes);
        QVERIFY(report);
        QCOMPARE(report->tenants.added, 20'000);
        if (!db.isSQLite())
            QVERIFY2(indexOid() != oidBefore, "the first import into the empty office set the indexes aside");
        QCOMPARE(schemaShape(db), shape);
        QCOMPARE(count(db, QStringLiteral("persons")), 20'000);
        QCOMPARE(count(db, QStringLiteral("units")), 20'000);
        QCOMPARE(count(db, QStringLiteral("tenancy_persons")), 20'000);
        QCOMPARE(count(db, QStringLiteral("buildings")), 400);
        QCOMPARE(scalar(db, QStringLiteral("SELECT p.last_name FROM persons p JOIN tenancy_persons l ON l.person_id = p.id "
                                           "JOIN tenancies t ON t.id = l.tenancy_id JOIN units u ON u.id = t.unit_id "
                                           "WHERE u.erp_ref = 'U-12345'")).toString(),
                 QStringLiteral("Nachname 12345"));
        if (!db.isSQLite()) {
            // A row an agent adds next gets an id above every one the run took.
            for (const char *table : {"properties", "buildings", "units", "persons", "tenancies"}) {
                const QString t = QString::fromLatin1(table);
                QVERIFY2(scalar(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) > (SELECT MAX(id) FROM %1)")
                                        .arg(t))
                             .toBool(),
                         table);
            }
        }
        // The same file again changes nothing, with the indexes in place.
        const QVariant oidAfter = indexOid();
        const auto again = importReport(*office, QStringLiteral("large.csv"), bytes);
        QVERIFY(again);
        QCOMPARE(again->tenants.added, 0);
        QCOMPARE(again->tenants.updated, 0);
        QCOMPARE(schemaShape(db), shape);
        QCOMPARE(indexOid(), oidAfter); // an office with tenants keeps its indexes
    }
};

QTEST_GUILESS_MAIN(TestTenantListImport)
#include "tst_tenantlistimport.moc"
