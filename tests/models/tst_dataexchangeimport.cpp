// DataExchangeImport through ImportService on both databases: ERP jobs written here as folders (and zips) with
// real UUIDs, imported whole, updated, renamed, refused all or nothing with every problem named, previewed by
// dry runs and confirmations, and never showing a registration code.
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <zip.h>

using namespace tc;

namespace {

using Files = QMap<QString, QByteArray>;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The ERP ids of one full job: a property with two buildings, three units, three periods, three tenants and
// two agents.
struct Ids
{
    QString property = newId(), group1 = newId(), group2 = newId();
    QString unit1 = newId(), unit2 = newId(), unit3 = newId();
    QString period1 = newId(), period2 = newId(), period3 = newId();
    QString tenant1 = newId(), tenant2 = newId(), tenant3 = newId();
    QString agent1 = newId(), agent2 = newId();
    // Activation codes are secrets; random ones make sure a report can only contain them by copying them.
    QString code1 = QStringLiteral("ERP-%1").arg(QRandomGenerator::global()->generate64(), 0, 36).toUpper();
    QString agentMail = QStringLiteral("verena.huber.%1@verwaltung.ch").arg(QRandomGenerator::global()->bounded(100000));

    QMap<QString, QString> placeholders(const QString &prefix) const
    {
        return {{prefix + QStringLiteral(".property"), property}, {prefix + QStringLiteral(".group1"), group1},
                {prefix + QStringLiteral(".group2"), group2},     {prefix + QStringLiteral(".unit1"), unit1},
                {prefix + QStringLiteral(".unit2"), unit2},       {prefix + QStringLiteral(".unit3"), unit3},
                {prefix + QStringLiteral(".period1"), period1},   {prefix + QStringLiteral(".period2"), period2},
                {prefix + QStringLiteral(".period3"), period3},   {prefix + QStringLiteral(".tenant1"), tenant1},
                {prefix + QStringLiteral(".tenant2"), tenant2},   {prefix + QStringLiteral(".tenant3"), tenant3},
                {prefix + QStringLiteral(".agent1"), agent1},     {prefix + QStringLiteral(".agent2"), agent2},
                {prefix + QStringLiteral(".code1"), code1},       {prefix + QStringLiteral(".agentMail"), agentMail}};
    }
};

// Replaces {A.unit1}, {B.code1}, {new} (a fresh id each time) ... in a file's text.
QByteArray fill(QByteArray text, const Ids &a, const Ids &b)
{
    QMap<QString, QString> values = a.placeholders(QStringLiteral("A"));
    values.insert(b.placeholders(QStringLiteral("B")));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        text.replace('{' + it.key().toUtf8() + '}', it.value().toUtf8());
        text.replace("{" + it.key().toUtf8() + ":upper}", it.value().toUpper().toUtf8());
    }
    while (text.contains("{new}"))
        text.replace(text.indexOf("{new}"), 5, newId().toUtf8());
    return text;
}

// Everything a job can hold, the way an ERP writes it. Some ids come in upper case (the format allows any case).
Files fullJobFiles(const Ids &ids)
{
    const Ids none;
    Files files{
        {QStringLiteral("manifest.json"), QByteArrayLiteral("{}")},
        {QStringLiteral("properties.csv"),
         QByteArrayLiteral("importType,id,name,propertyOwner,billingPeriodStartDate,billingPeriodEndDate\r\n"
                           "insert,{B.property:upper},Seeblick,Pensionskasse Z\xc3\xbcrich,2024-01-01,2024-12-31\r\n")},
        {QStringLiteral("groups.csv"),
         QByteArrayLiteral("importType,id,propertyId,name,country,city,streetName,houseNumber,zipCode\n"
                           "insert,{B.group1},{B.property},Haus A,CH,Z\xc3\xbcrich,Seestrasse,12a,8002\n"
                           "insert,{B.group2:upper},{B.property:upper},Haus B,CH,Z\xc3\xbcrich,Seestrasse,14,8002\n")},
        // With a UTF-8 BOM, as Excel saves "CSV UTF-8".
        {QStringLiteral("units.csv"), QByteArrayLiteral("\xEF\xBB\xBFimportType,id,groupId,name\n"
                                                        "insert,{B.unit1},{B.group1},1. OG links\n"
                                                        "insert,{B.unit2},{B.group1},1. OG rechts\n"
                                                        "insert,{B.unit3},{B.group2:upper},EG\n")},
        {QStringLiteral("utilisationPeriods.csv"), QByteArrayLiteral("importType,id,unitId,startDate,endDate\n"
                                                                     "insert,{B.period1},{B.unit1},2020-04-01,\n"
                                                                     "insert,{B.period2},{B.unit2},2021-10-01,\n"
                                                                     "insert,{B.period3},{B.unit3},2019-01-01,2023-03-31\n")},
        // Columns in another order than the format's table lists them, and a quoted name with a comma.
        {QStringLiteral("tenants.csv"),
         QByteArrayLiteral("importType,id,name,email,phone,registrationCode\n"
                           "insert,{B.tenant1:upper},Anna Meier,anna.meier@example.ch,+41791234567,{B.code1}\n"
                           "insert,{B.tenant2},\"Keller, Beat\",beat.keller@example.ch,,\n"
                           "insert,{B.tenant3},Zo\xc3\xa9 Favre,,,\n")},
        {QStringLiteral("tenantCheckIns.csv"), QByteArrayLiteral("importType,tenantId,utilisationPeriodId\n"
                                                                 "insert,{B.tenant1},{B.period1}\n"
                                                                 "insert,{B.tenant2},{B.period2}\n"
                                                                 "insert,{B.tenant3},{B.period2}\n")},
        {QStringLiteral("agents.csv"),
         QByteArrayLiteral("importType,id,email,lastName,firstName,phone,serviceProviderId\n"
                           "insert,{B.agent1},{B.agentMail},Huber,Verena,+41442221100,\n"
                           "insert,{B.agent2},hauswart.{B.agent2}@service.ch,Brunner,,,sp-0815\n")},
        {QStringLiteral("propertyTeams.csv"), QByteArrayLiteral("importType,agentId,propertyId,validFromDate,validToDate\n"
                                                                "insert,{B.agent1},{B.property},,\n"
                                                                "insert,{B.agent2},{B.property},2024-01-01,2024-12-31\n")},
    };
    for (auto it = files.begin(); it != files.end(); ++it)
        it.value() = fill(it.value(), none, ids);
    return files;
}

// The nightly job after fullJobFiles(a): changed contact data, an ended and a deleted period, renamed things.
Files updateJobFiles(const Ids &a)
{
    const Ids none;
    Files files{
        {QStringLiteral("manifest.json"), QByteArrayLiteral("{\"autoImport\": true}")},
        {QStringLiteral("properties.csv"), QByteArrayLiteral("importType,id,name,propertyOwner\n"
                                                             "update,{A.property},,\n")},
        {QStringLiteral("groups.csv"),
         QByteArrayLiteral("importType,id,propertyId,name,country,city,streetName,houseNumber,zipCode\n"
                           "update,{A.group1},,,,Winterthur,,,8400\n")},
        {QStringLiteral("units.csv"), QByteArrayLiteral("importType,id,groupId,name\n"
                                                        "update,{A.unit3:upper},,Erdgeschoss\n")},
        {QStringLiteral("utilisationPeriods.csv"), QByteArrayLiteral("importType,id,unitId,startDate,endDate\n"
                                                                     "update,{A.period1},,,2025-06-30\n"
                                                                     "delete,{A.period2},,,\n")},
        {QStringLiteral("tenants.csv"), QByteArrayLiteral("importType,id,registrationCode,email,phone,name\n"
                                                          "update,{A.tenant1},,anna.meier@neu.ch,,\n"
                                                          "update,{A.tenant2},,,+41445556677,\n"
                                                          "update,{A.tenant3},,,,Zo\xc3\xa9 Favre-Martin\n")},
        {QStringLiteral("propertyTeams.csv"), QByteArrayLiteral("importType,agentId,propertyId,validFromDate,validToDate\n"
                                                                "delete,{A.agent2},{A.property},,\n")},
        {QStringLiteral("agents.csv"), QByteArrayLiteral("importType,id,email,lastName,firstName,phone,serviceProviderId\n"
                                                         "update,{A.agent1},,,,+41449998877,\n"
                                                         "update,{A.agent2},,,Reto,,\n")},
    };
    for (auto it = files.begin(); it != files.end(); ++it)
        it.value() = fill(it.value(), a, none);
    return files;
}

bool writeFiles(const QString &dir, const Files &files)
{
    if (!QDir().mkpath(dir))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(QDir(dir).filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

// A zip as ERPs and people make them; entry names are taken as they are ("../x" too).
bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip)
        return false;
    for (const auto &[name, data] : entries) {
        zip_source_t *source = zip_source_buffer(zip, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        if (!source || zip_file_add(zip, name.constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0;
}

QString cellText(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("<null>");
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return v.toString();
}

QStringList rows(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.exec(sql, bindings);
    if (!q)
        return {QStringLiteral("<query failed: %1>").arg(q.error().message)};
    QStringList result;
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i)
            cells << cellText(q->value(i));
        result << cells.join(u'|');
    }
    return result;
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto v = db.scalar(sql, bindings);
    return v ? *v : QVariant(QStringLiteral("<query failed: %1>").arg(v.error().message));
}

qint64 count(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

using Dump = QMap<QString, QStringList>;

// Every row of every table, ids and instants included. The run history (import_runs, import_rejections) is
// left out: every run is recorded, also one that applies nothing; the tests check it on its own.
Dump dump(const Database &db, const QStringList &alsoLeaveOut = {})
{
    Dump result;
    for (const QString &table : schema::tables()) {
        if (table == u"import_runs" || table == u"import_rejections" || alsoLeaveOut.contains(table))
            continue;
        QStringList tableRows = rows(db, QStringLiteral("SELECT * FROM %1").arg(table));
        tableRows.sort();
        result.insert(table, tableRows);
    }
    return result;
}

QString differences(const Dump &before, const Dump &after)
{
    QStringList out;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value()) {
            out << QStringLiteral("%1 before:\n  %2\n%1 after:\n  %3")
                       .arg(it.key(), it.value().join(QStringLiteral("\n  ")), after.value(it.key()).join(QStringLiteral("\n  ")));
        }
    }
    return out.join(u'\n');
}

// What the job stored, by ERP ids and without database ids or instants: the same for the same job on
// any database file.
QStringList content(const Database &db)
{
    QStringList out;
    const QStringList queries{
        QStringLiteral("SELECT 'property', erp_ref, name, owner FROM properties ORDER BY erp_ref"),
        QStringLiteral("SELECT 'building', b.erp_ref, p.erp_ref, b.name, b.street, b.house_number, b.postal_code, b.city, "
                       "b.country FROM buildings b JOIN properties p ON p.id = b.property_id ORDER BY b.erp_ref"),
        QStringLiteral("SELECT 'unit', u.erp_ref, b.erp_ref, u.label, u.unit_type FROM units u "
                       "JOIN buildings b ON b.id = u.building_id ORDER BY u.erp_ref"),
        QStringLiteral("SELECT 'tenancy', t.erp_ref, u.erp_ref, t.start_date, t.end_date FROM tenancies t "
                       "JOIN units u ON u.id = t.unit_id ORDER BY t.erp_ref"),
        QStringLiteral("SELECT 'person', erp_ref, first_name, last_name, sort_name, email, phone, phone_e164, language, "
                       "status, source FROM persons ORDER BY erp_ref"),
        QStringLiteral("SELECT 'lives', t.erp_ref, p.erp_ref FROM tenancy_persons x JOIN tenancies t ON t.id = x.tenancy_id "
                       "JOIN persons p ON p.id = x.person_id ORDER BY t.erp_ref, p.erp_ref"),
        QStringLiteral("SELECT 'agent', erp_ref, login, display_name, email, phone, role, agent_type FROM agents ORDER BY login"),
        QStringLiteral("SELECT 'team', a.erp_ref, p.erp_ref, x.valid_from, x.valid_to FROM property_teams x "
                       "JOIN agents a ON a.id = x.agent_id JOIN properties p ON p.id = x.property_id ORDER BY a.erp_ref"),
        QStringLiteral("SELECT 'code', p.erp_ref, c.code, c.source FROM activation_codes c JOIN persons p ON p.id = c.person_id "
                       "ORDER BY p.erp_ref"),
        QStringLiteral("SELECT 'change', p.erp_ref, c.kind, c.old_value, c.new_value FROM erp_changes c "
                       "JOIN persons p ON p.id = c.person_id ORDER BY p.erp_ref, c.kind, c.old_value, c.new_value"),
    };
    for (const QString &sql : queries)
        out << rows(db, sql);
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString counts(const ImportCounts &c)
{
    return QStringLiteral("added %1, updated %2, unchanged %3, ended %4").arg(c.added).arg(c.updated).arg(c.unchanged).arg(c.ended);
}

QString rejectionsText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportRejection &r : report.rejected)
        lines << QStringLiteral("%1:%2:%3: %4").arg(r.file).arg(r.line).arg(r.column, r.reason);
    return lines.join(u'\n');
}

bool hasRejection(const ImportReport &report, const QString &file, qint64 line, const QString &column)
{
    for (const ImportRejection &r : report.rejected) {
        if (r.file == file && r.line == line && r.column == column && !r.reason.isEmpty())
            return true;
    }
    return false;
}

// The report as a real run and its dry run must agree on: everything but the run's number and the dry-run flag.
QJsonObject comparable(const ImportReport &report)
{
    QJsonObject json = report.toJson();
    json.remove(QStringLiteral("run_id"));
    json.remove(QStringLiteral("dry_run"));
    json.remove(QStringLiteral("applied"));
    return json;
}

} // namespace

class TestDataExchangeImport : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Office> open(const test::ScratchDatabase &scratch)
    {
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate,
                                   Actor{std::nullopt, QStringLiteral("tester"), Role::Administrator});
        if (!office) {
            qWarning("%s", qPrintable(office.error().message));
            return nullptr;
        }
        return std::move(*office);
    }

    // A job folder of its own for every call (jobs are never imported from the same folder twice by accident).
    QString job(const Files &files)
    {
        const QString dir = m_jobs.filePath(QStringLiteral("job-%1").arg(++m_jobCount));
        return writeFiles(dir, files) ? dir : QString();
    }

    QTemporaryDir m_jobs;
    int m_jobCount = 0;

    static ImportOptions options(bool dryRun = false, bool confirmed = false)
    {
        ImportOptions o;
        o.dryRun = dryRun;
        o.confirmed = confirmed;
        return o;
    }

// Runs ImportService on a path and fails the test when the service itself fails (bad input is no failure).
#define IMPORT_WITH(report, office, path, importOptions)                                                  \
    ImportReport report;                                                                                 \
    {                                                                                                    \
        const QString importPath = (path);                                                               \
        QVERIFY(!importPath.isEmpty());                                                                  \
        auto result = (office).imports().run(importPath, importOptions);                                 \
        if (!result)                                                                                     \
            QFAIL(qPrintable(result.error().message));                                                   \
        report = *result;                                                                                \
    }
#define IMPORT(report, office, path) IMPORT_WITH(report, office, path, options())

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_jobs.isValid()); }

    // 1. Everything a job holds is stored and linked, counted in the report, ids in lower case.
    void fullJob_data() { test::addBackendColumn(); test::addBackendRows(); }
    void fullJob()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Ids a;
        IMPORT(report, *office, job(fullJobFiles(a)));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(rejectionsText(report)));
        QCOMPARE(report.statusKey(), QStringLiteral("applied"));
        QCOMPARE(report.format, ImportFormat::DataExchange);
        QCOMPARE(counts(report.properties), QStringLiteral("added 1, updated 0, unchanged 0, ended 0"));
        QCOMPARE(counts(report.buildings), QStringLiteral("added 2, updated 0, unchanged 0, ended 0"));
        QCOMPARE(counts(report.units), QStringLiteral("added 3, updated 0, unchanged 0, ended 0"));
        QCOMPARE(counts(report.tenancies), QStringLiteral("added 3, updated 0, unchanged 0, ended 0"));
        QCOMPARE(counts(report.tenants), QStringLiteral("added 3, updated 0, unchanged 0, ended 0"));
        QCOMPARE(counts(report.agents), QStringLiteral("added 2, updated 0, unchanged 0, ended 0"));
        QCOMPARE(report.rowsRead, qint64(19));
        QCOMPARE(report.sourceSha256.size(), 64);

        const QString p = a.property, g1 = a.group1, g2 = a.group2;
        QCOMPARE(rows(db, QStringLiteral("SELECT erp_ref, name, owner FROM properties")),
                 QStringList{p + QStringLiteral("|Seeblick|Pensionskasse Zürich")});
        QCOMPARE(rows(db, QStringLiteral("SELECT b.erp_ref, p.erp_ref, b.name, b.street, b.house_number, b.postal_code, "
                                         "b.city, b.country FROM buildings b JOIN properties p ON p.id = b.property_id "
                                         "ORDER BY b.name")),
                 (QStringList{g1 + u'|' + p + QStringLiteral("|Haus A|Seestrasse|12a|8002|Zürich|CH"),
                              g2 + u'|' + p + QStringLiteral("|Haus B|Seestrasse|14|8002|Zürich|CH")}));
        QCOMPARE(rows(db, QStringLiteral("SELECT u.erp_ref, b.erp_ref, u.label, u.unit_type FROM units u "
                                         "JOIN buildings b ON b.id = u.building_id ORDER BY u.label")),
                 (QStringList{a.unit1 + u'|' + g1 + QStringLiteral("|1. OG links|rented"),
                              a.unit2 + u'|' + g1 + QStringLiteral("|1. OG rechts|rented"),
                              a.unit3 + u'|' + g2 + QStringLiteral("|EG|rented")}));
        QCOMPARE(rows(db, QStringLiteral("SELECT u.erp_ref, t.start_date, t.end_date FROM tenancies t "
                                         "JOIN units u ON u.id = t.unit_id WHERE t.erp_ref = ?"), {a.period3}),
                 QStringList{a.unit3 + QStringLiteral("|2019-01-01|2023-03-31")});
        QCOMPARE(rows(db, QStringLiteral("SELECT end_date FROM tenancies WHERE erp_ref = ?"), {a.period1}),
                 QStringList{QStringLiteral("<null>")});
        // The name is kept whole as the last name: the format gives one string, and nothing is guessed.
        QCOMPARE(rows(db, QStringLiteral("SELECT first_name, last_name, email, phone, phone_e164, language, status, "
                                         "source, is_alias FROM persons WHERE erp_ref = ?"), {a.tenant1}).value(0)
                     .section(u'|', 0, 7),
                 QStringLiteral("|Anna Meier|anna.meier@example.ch|+41791234567|+41791234567|<null>|imported|erp"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT last_name FROM persons WHERE erp_ref = ?"), {a.tenant2}).toString(),
                 QStringLiteral("Keller, Beat"));
        QCOMPARE(rows(db, QStringLiteral("SELECT email, phone FROM persons WHERE erp_ref = ?"), {a.tenant3}),
                 QStringList{QStringLiteral("<null>|<null>")});
        QCOMPARE(sorted(rows(db, QStringLiteral("SELECT t.erp_ref, p.erp_ref FROM tenancy_persons x JOIN tenancies t ON "
                                                "t.id = x.tenancy_id JOIN persons p ON p.id = x.person_id"))),
                 sorted({a.period1 + u'|' + a.tenant1, a.period2 + u'|' + a.tenant2, a.period2 + u'|' + a.tenant3}));
        QCOMPARE(rows(db, QStringLiteral("SELECT erp_ref, login, display_name, email, phone, role, agent_type "
                                         "FROM agents ORDER BY display_name")),
                 (QStringList{a.agent2 + QStringLiteral("|hauswart.") + a.agent2 + QStringLiteral("@service.ch|Brunner|hauswart.")
                                  + a.agent2 + QStringLiteral("@service.ch|<null>|agent|externalAgent"),
                              a.agent1 + u'|' + a.agentMail + QStringLiteral("|Verena Huber|") + a.agentMail
                                  + QStringLiteral("|+41442221100|agent|agent")}));
        QCOMPARE(rows(db, QStringLiteral("SELECT a.erp_ref, p.erp_ref, x.valid_from, x.valid_to FROM property_teams x "
                                         "JOIN agents a ON a.id = x.agent_id JOIN properties p ON p.id = x.property_id "
                                         "ORDER BY a.display_name")),
                 (QStringList{a.agent2 + u'|' + p + QStringLiteral("|2024-01-01|2024-12-31"),
                              a.agent1 + u'|' + p + QStringLiteral("|<null>|<null>")}));
        // The ERP's code is kept as given; an empty one makes none (the invitation generates it later).
        QCOMPARE(rows(db, QStringLiteral("SELECT p.erp_ref, c.code, c.source, c.redeemed_at FROM activation_codes c "
                                         "JOIN persons p ON p.id = c.person_id")),
                 QStringList{a.tenant1 + u'|' + a.code1 + QStringLiteral("|erp|<null>")});
        // Nobody without an e-mail address goes unnoticed.
        QCOMPARE(rows(db, QStringLiteral("SELECT p.erp_ref, c.kind FROM erp_changes c JOIN persons p ON p.id = c.person_id")),
                 QStringList{a.tenant3 + QStringLiteral("|no_contact")});
        // Every id in lower case, however the ERP wrote it.
        for (const QString &table : {QStringLiteral("properties"), QStringLiteral("buildings"), QStringLiteral("units"),
                                     QStringLiteral("tenancies"), QStringLiteral("persons"), QStringLiteral("agents")}) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE erp_ref <> lower(erp_ref)").arg(table)).toLongLong(), 0);
        }
        QCOMPARE(rows(db, QStringLiteral("SELECT status, format, mode, dry_run FROM import_runs")).value(0).section(u'|', 0, 2),
                 QStringLiteral("applied|data-exchange|delta"));
        QCOMPARE(count(db, QStringLiteral("audit_log")), 1);

        // The same job again (every row an insert of a stored id): nothing changes, everything is unchanged.
        const Dump before = dump(db, {QStringLiteral("audit_log")});
        IMPORT(again, *office, job(fullJobFiles(a)));
        QCOMPARE(again.statusKey(), QStringLiteral("applied"));
        QCOMPARE(counts(again.properties), QStringLiteral("added 0, updated 0, unchanged 1, ended 0"));
        QCOMPARE(counts(again.buildings), QStringLiteral("added 0, updated 0, unchanged 2, ended 0"));
        QCOMPARE(counts(again.units), QStringLiteral("added 0, updated 0, unchanged 3, ended 0"));
        QCOMPARE(counts(again.tenancies), QStringLiteral("added 0, updated 0, unchanged 3, ended 0"));
        QCOMPARE(counts(again.tenants), QStringLiteral("added 0, updated 0, unchanged 3, ended 0"));
        QCOMPARE(counts(again.agents), QStringLiteral("added 0, updated 0, unchanged 2, ended 0"));
        QVERIFY(again.changes.isEmpty());
        const QString diff = differences(before, dump(db, {QStringLiteral("audit_log")}));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // 2. The nightly update: empty cells keep what is stored, changes are reported and recorded.
    void updateJob_data() { test::addBackendColumn(); test::addBackendRows(); }
    void updateJob()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Ids a;
        IMPORT(first, *office, job(fullJobFiles(a)));
        QVERIFY2(first.applied(), qPrintable(rejectionsText(first)));
        const QString personsBefore = rows(db, QStringLiteral("SELECT erp_ref, last_name, phone, language FROM persons "
                                                              "WHERE erp_ref = ?"), {a.tenant1}).join(u'\n');

        const QString path = job(updateJobFiles(a));
        IMPORT(report, *office, path);
        QVERIFY2(report.rejected.isEmpty(), qPrintable(rejectionsText(report)));
        QCOMPARE(report.statusKey(), QStringLiteral("applied"));
        QCOMPARE(counts(report.properties), QStringLiteral("added 0, updated 0, unchanged 1, ended 0"));
        QCOMPARE(counts(report.buildings), QStringLiteral("added 0, updated 1, unchanged 0, ended 0"));
        QCOMPARE(counts(report.units), QStringLiteral("added 0, updated 1, unchanged 0, ended 0"));
        // period1 got an end date (ended, not "updated"), period2 was deleted.
        QCOMPARE(counts(report.tenancies), QStringLiteral("added 0, updated 0, unchanged 0, ended 2"));
        QCOMPARE(counts(report.tenants), QStringLiteral("added 0, updated 3, unchanged 0, ended 0"));
        QCOMPARE(counts(report.agents), QStringLiteral("added 0, updated 1, unchanged 1, ended 0"));
        QCOMPARE(report.emailChanged, QStringList{a.tenant1});

        // Empty cells left the stored values alone.
        QCOMPARE(rows(db, QStringLiteral("SELECT erp_ref, last_name, phone, language FROM persons WHERE erp_ref = ?"),
                      {a.tenant1}).join(u'\n'),
                 personsBefore);
        QCOMPARE(scalar(db, QStringLiteral("SELECT email FROM persons WHERE erp_ref = ?"), {a.tenant1}).toString(),
                 QStringLiteral("anna.meier@neu.ch"));
        QCOMPARE(rows(db, QStringLiteral("SELECT last_name, email, phone, phone_e164 FROM persons WHERE erp_ref = ?"), {a.tenant2}),
                 QStringList{QStringLiteral("Keller, Beat|beat.keller@example.ch|+41445556677|+41445556677")});
        QCOMPARE(rows(db, QStringLiteral("SELECT name, street, house_number, postal_code, city, country FROM buildings "
                                         "WHERE erp_ref = ?"), {a.group1}),
                 QStringList{QStringLiteral("Haus A|Seestrasse|12a|8400|Winterthur|CH")});
        QCOMPARE(rows(db, QStringLiteral("SELECT u.label, b.erp_ref FROM units u JOIN buildings b ON b.id = u.building_id "
                                         "WHERE u.erp_ref = ?"), {a.unit3}),
                 QStringList{QStringLiteral("Erdgeschoss|") + a.group2});
        QCOMPARE(rows(db, QStringLiteral("SELECT name, owner FROM properties")), QStringList{QStringLiteral("Seeblick|Pensionskasse Zürich")});
        QCOMPARE(rows(db, QStringLiteral("SELECT start_date, end_date FROM tenancies WHERE erp_ref = ?"), {a.period1}),
                 QStringList{QStringLiteral("2020-04-01|2025-06-30")});
        QCOMPARE(count(db, QStringLiteral("tenancies")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tenancies WHERE erp_ref = ?"), {a.period2}).toLongLong(), 0);
        QCOMPARE(count(db, QStringLiteral("tenancy_persons")), 1);
        // The agent's name is one display name: firstName alone does not change it (and the report says so).
        QCOMPARE(rows(db, QStringLiteral("SELECT display_name, phone, login FROM agents ORDER BY display_name")),
                 (QStringList{QStringLiteral("Brunner|<null>|hauswart.") + a.agent2 + QStringLiteral("@service.ch"),
                              QStringLiteral("Verena Huber|+41449998877|") + a.agentMail}));
        QVERIFY(report.warnings.filter(QStringLiteral("firstName")).size() == 1);
        // The code stays: an empty registrationCode on update changes nothing.
        QCOMPARE(rows(db, QStringLiteral("SELECT code FROM activation_codes")), QStringList{a.code1});

        // What later issues react to, in the same transaction.
        const qint64 run = report.runId;
        QCOMPARE(rows(db, QStringLiteral("SELECT p.erp_ref, c.kind, c.old_value, c.new_value FROM erp_changes c JOIN persons p "
                                         "ON p.id = c.person_id WHERE c.run_id = ? AND c.kind <> 'tenancy_ended' "
                                         "ORDER BY c.kind"),
                      {run}),
                 (QStringList{a.tenant1 + QStringLiteral("|email_changed|anna.meier@example.ch|anna.meier@neu.ch"),
                              a.tenant3 + QStringLiteral("|name_changed|Zoé Favre|Zoé Favre-Martin"),
                              a.tenant2 + QStringLiteral("|phone_changed|<null>|+41445556677")}));
        QCOMPARE(rows(db, QStringLiteral("SELECT first_name, last_name FROM persons WHERE erp_ref = ?"), {a.tenant3}),
                 QStringList{QStringLiteral("|Zoé Favre-Martin")});
        // The team of the property lost agent2.
        QCOMPARE(rows(db, QStringLiteral("SELECT a.erp_ref FROM property_teams x JOIN agents a ON a.id = x.agent_id")),
                 QStringList{a.agent1});
        QCOMPARE(sorted(rows(db, QStringLiteral("SELECT p.erp_ref, c.old_value, c.new_value FROM erp_changes c JOIN persons p "
                                                "ON p.id = c.person_id WHERE c.run_id = ? AND c.kind = 'tenancy_ended'"),
                             {run})),
                 sorted({a.tenant1 + QStringLiteral("|<null>|2025-06-30"), a.tenant2 + u'|' + a.period2 + QStringLiteral("|<null>"),
                         a.tenant3 + u'|' + a.period2 + QStringLiteral("|<null>")}));
        bool endedInPreview = false;
        for (const ImportChange &c : report.changes)
            endedInPreview = endedInPreview || (c.kind == ImportChange::Kind::Ended && c.ref == a.period1 && c.after == u"2025-06-30");
        QVERIFY(endedInPreview);

        // The same job once more: harmless, everything unchanged, nothing written.
        const Dump before = dump(db, {QStringLiteral("audit_log")});
        IMPORT(again, *office, path);
        QVERIFY2(again.rejected.isEmpty(), qPrintable(rejectionsText(again)));
        QCOMPARE(again.statusKey(), QStringLiteral("applied"));
        QCOMPARE(counts(again.tenants), QStringLiteral("added 0, updated 0, unchanged 3, ended 0"));
        QCOMPARE(counts(again.tenancies), QStringLiteral("added 0, updated 0, unchanged 2, ended 0"));
        QCOMPARE(counts(again.buildings), QStringLiteral("added 0, updated 0, unchanged 1, ended 0"));
        QCOMPARE(counts(again.units), QStringLiteral("added 0, updated 0, unchanged 1, ended 0"));
        QCOMPARE(counts(again.agents), QStringLiteral("added 0, updated 0, unchanged 2, ended 0"));
        QVERIFY(again.emailChanged.isEmpty());
        QVERIFY(again.changes.isEmpty());
        // The period deleted the first time is not there to delete: a warning, no rejection.
        QCOMPARE(again.warnings.filter(a.period2).size(), 1);
        const QString diff = differences(before, dump(db, {QStringLiteral("audit_log")}));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void agentsOnlyJob_data() { test::addBackendColumn(); test::addBackendRows(); }
    void agentsOnlyJob()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Ids a;
        const Files full = fullJobFiles(a);
        IMPORT(report, *office,
               job({{QStringLiteral("manifest.json"), "{}"},
                    {QStringLiteral("agents.csv"), full.value(QStringLiteral("agents.csv"))}}));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(rejectionsText(report)));
        QCOMPARE(report.statusKey(), QStringLiteral("applied"));
        QCOMPARE(counts(report.agents), QStringLiteral("added 2, updated 0, unchanged 0, ended 0"));
        QCOMPARE(count(office->database(), QStringLiteral("agents")), 2);
        QCOMPARE(count(office->database(), QStringLiteral("properties")), 0);
    }

    // 3. manifest.json: what makes a job unusable, and what it sets.
    void manifestRejected_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QByteArray>("manifest"); // "<none>": no manifest.json at all
        QTest::addColumn<QString>("column");
        for (auto backend : {test::Backend::SQLite, test::Backend::PostgreSQL}) {
            const auto row = [backend](const char *name, const QByteArray &manifest, const QString &column) {
                QTest::addRow("%s %s", backend == test::Backend::SQLite ? "sqlite" : "postgresql", name)
                    << backend << manifest << column;
            };
            row("missing", "<none>", QString());
            row("not JSON", "{autoImport: false", QString());
            row("array", "[]", QString());
            row("autoImport yes", "{\"autoImport\": \"yes\"}", QStringLiteral("autoImport"));
            row("locale number", "{\"locale\": 7}", QStringLiteral("locale"));
            row("unitType", "{\"unitType\": \"leased\"}", QStringLiteral("unitType"));
            row("reportEmails string", "{\"reportEmails\": \"a@b.ch\"}", QStringLiteral("reportEmails"));
            row("reportEmails bad address", "{\"reportEmails\": [\"nobody\"]}", QStringLiteral("reportEmails"));
            row("reportEmails bad event", "{\"reportEmails\": [{\"a@b.ch\": [\"weekly\"]}]}", QStringLiteral("reportEmails"));
            row("notifications", "{\"receiveAdminNotifications\": 1}", QStringLiteral("receiveAdminNotifications"));
        }
    }
    void manifestRejected()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QByteArray, manifest);
        QFETCH(QString, column);
        auto office = open(scratch);
        QVERIFY(office);
        const Dump before = dump(office->database());
        Files files = fullJobFiles(Ids());
        if (manifest == "<none>")
            files.remove(QStringLiteral("manifest.json"));
        else
            files.insert(QStringLiteral("manifest.json"), manifest);
        IMPORT(report, *office, job(files));
        QCOMPARE(report.statusKey(), QStringLiteral("rejected"));
        QVERIFY2(report.rejected.size() == 1, qPrintable(rejectionsText(report)));
        QVERIFY2(hasRejection(report, QStringLiteral("manifest.json"), 0, column), qPrintable(rejectionsText(report)));
        const QString diff = differences(before, dump(office->database()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(rows(office->database(), QStringLiteral("SELECT status FROM import_runs")), QStringList{QStringLiteral("rejected")});
        if (manifest == "<none>")
            QVERIFY(report.rejected.first().reason.contains(QStringLiteral("incomplete")));
    }

    void manifestSettings_data() { test::addBackendColumn(); test::addBackendRows(); }
    void manifestSettings()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Ids a;
        Files files = fullJobFiles(a);
        const QByteArray manifest = QByteArrayLiteral(
            "{\"locale\": \"de_CH\", \"unitType\": \"owned\", \"receiveAdminNotifications\": true, \"autoImport\": true,"
            " \"reportEmails\": [\"it@verwaltung.ch\", {\"chef@verwaltung.ch\": [\"error\"]},"
            " {\"buchhaltung@verwaltung.ch\": [\"error\", \"success\"]}], \"colour\": \"blue\"}");
        files.insert(QStringLiteral("manifest.json"), "\xEF\xBB\xBF" + manifest); // a BOM, as Windows tools write it
        IMPORT(report, *office, job(files));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(rejectionsText(report)));
        QCOMPARE(report.statusKey(), QStringLiteral("applied"));
        // An unknown key is a warning, not an error.
        QCOMPARE(report.warnings.filter(QStringLiteral("\"colour\"")).size(), 1);
        // The manifest as read is kept with the report (who gets it by e-mail); the stored report too.
        QCOMPARE(report.manifest, QJsonDocument::fromJson(manifest).object());
        auto stored = office->imports().report(report.runId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->manifest.value(QStringLiteral("reportEmails")).toArray().size(), 3);
        QCOMPARE(stored->manifest.value(QStringLiteral("reportEmails")).toArray().at(1).toObject(),
                 (QJsonObject{{QStringLiteral("chef@verwaltung.ch"), QJsonArray{QStringLiteral("error")}}}));
        // de_CH: people created by this job speak German; the units are owned.
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT language FROM persons")), QStringList{QStringLiteral("de")});
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT unit_type FROM units")), QStringList{QStringLiteral("owned")});

        // A later job without locale leaves the language of people already there alone.
        Files update = updateJobFiles(a);
        update.insert(QStringLiteral("manifest.json"), QByteArrayLiteral("{\"locale\": \"fr_CH\"}"));
        IMPORT(second, *office, job(update));
        QVERIFY2(second.applied(), qPrintable(rejectionsText(second)));
        QCOMPARE(rows(db, QStringLiteral("SELECT DISTINCT language FROM persons")), QStringList{QStringLiteral("de")});
    }

    // autoImport false: checked and previewed, nothing applied until someone confirms.
    void confirmation_data() { test::addBackendColumn(); test::addBackendRows(); }
    void confirmation()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Dump empty = dump(db);
        Files files = fullJobFiles(Ids());
        files.insert(QStringLiteral("manifest.json"), QByteArrayLiteral("{\"autoImport\": false}"));
        const QString path = job(files);
        IMPORT(waiting, *office, path);
        QVERIFY2(waiting.rejected.isEmpty(), qPrintable(rejectionsText(waiting)));
        QCOMPARE(waiting.status, ImportReport::Status::AwaitingConfirmation);
        QCOMPARE(counts(waiting.tenants), QStringLiteral("added 3, updated 0, unchanged 0, ended 0")); // the preview
        const QString diff = differences(empty, dump(db));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(rows(db, QStringLiteral("SELECT status FROM import_runs")), QStringList{QStringLiteral("awaiting_confirmation")});

        IMPORT_WITH(confirmed, *office, path, options(false, true));
        QCOMPARE(confirmed.statusKey(), QStringLiteral("applied"));
        QCOMPARE(comparable(confirmed).value(QStringLiteral("tenants")), comparable(waiting).value(QStringLiteral("tenants")));
        QCOMPARE(count(db, QStringLiteral("persons")), 3);
        QCOMPARE(count(db, QStringLiteral("property_teams")), 2);
    }

    // 4. All or nothing: one problem anywhere and every table stays as it was; the problem is named exactly.
    void allOrNothing_data()
    {
        test::addBackendColumn();
        QTest::addColumn<Files>("replace"); // files of job B replaced
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("problems"); // how many the report lists in all
        const QString u = QStringLiteral("units.csv"), pe = QStringLiteral("utilisationPeriods.csv"),
                      t = QStringLiteral("tenants.csv"), ag = QStringLiteral("agents.csv"),
                      checkIns = QStringLiteral("tenantCheckIns.csv");
        // Job B's files as fullJobFiles() writes them, one row per line, to append to or to change one row of.
        const QByteArray units = "importType,id,groupId,name\n";
        const QByteArray unit2 = "insert,{B.unit2},{B.group1},B\n", unit3 = "insert,{B.unit3},{B.group2},C\n";
        const QByteArray unitRows = "insert,{B.unit1},{B.group1},A\n" + unit2 + unit3;
        const QByteArray periods = "importType,id,unitId,startDate,endDate\n";
        const QByteArray period23 = "insert,{B.period2},{B.unit2},2021-10-01,\n"
                                    "insert,{B.period3},{B.unit3},2019-01-01,2023-03-31\n";
        const QByteArray periodRows = "insert,{B.period1},{B.unit1},2020-04-01,\n" + period23;
        const QByteArray tenants = "importType,id,registrationCode,email,phone,name\n";
        const QByteArray tenant23 = "insert,{B.tenant2},,,,Beat\n"
                                    "insert,{B.tenant3},,,,Zoe\n";
        const QByteArray agents = "importType,id,email,lastName,firstName,phone,serviceProviderId\n";
        const QByteArray agent2 = "insert,{B.agent2},x.{B.agent2}@service.ch,Brunner,,,\n";
        struct Case
        {
            const char *name;
            Files replace;
            QString file;
            qint64 line;
            QString column;
            int problems = 1;
        };
        const QList<Case> cases{
            // The rows naming the unit by the id it should have had fail too: which one it was is unknown.
            {"invalid uuid", {{u, units + "insert,{B.unit1}-0,{B.group1},A\n" + unit2 + unit3}}, u, 2, QStringLiteral("id"), 2},
            {"dangling group", {{u, units + "insert,{B.unit1},{new},A\n" + unit2 + unit3}}, u, 2, QStringLiteral("groupId")},
            {"unknown update", {{u, units + unitRows + "update,{new},,D\n"}}, u, 5, QStringLiteral("id")},
            {"bad date", {{pe, periods + "insert,{B.period1},{B.unit1},2021-02-30,\n" + period23}}, pe, 2,
             QStringLiteral("startDate")},
            {"end before start", {{pe, periods + "insert,{B.period1},{B.unit1},2021-02-01,2021-01-31\n" + period23}}, pe, 2,
             QStringLiteral("endDate")},
            // A.period1 started 2020-04-01, A.period3 ended 2023-03-31: the database would refuse both updates.
            {"update end before stored start", {{pe, periods + periodRows + "update,{A.period1},,,2019-12-31\n"}}, pe, 5,
             QStringLiteral("endDate")},
            {"update start after stored end", {{pe, periods + periodRows + "update,{A.period3},,2023-04-01,\n"}}, pe, 5,
             QStringLiteral("startDate")},
            {"check-in to deleted period",
             {{pe, periods + periodRows + "delete,{A.period1},,,\n"},
              {checkIns, "importType,tenantId,utilisationPeriodId\n"
                         "insert,{B.tenant1},{B.period1}\n"
                         "insert,{B.tenant2},{A.period1}\n"}},
             checkIns, 3, QStringLiteral("utilisationPeriodId")},
            {"bad phone", {{t, tenants + "insert,{B.tenant1},,anna@example.ch,+41 79 123 45 67,Anna\n" + tenant23}}, t, 2,
             QStringLiteral("phone")},
            {"bad email", {{t, tenants + "insert,{B.tenant1},,anna@@example.ch,,Anna\n" + tenant23}}, t, 2,
             QStringLiteral("email")},
            {"missing column", {{QStringLiteral("properties.csv"), "importType,id,Name\ninsert,{B.property},Seeblick\n"}},
             QStringLiteral("properties.csv"), 1, QStringLiteral("name")},
            {"delete property", {{QStringLiteral("properties.csv"), "importType,id,name\ndelete,{B.property},Seeblick\n"}},
             QStringLiteral("properties.csv"), 2, QStringLiteral("importType")},
            {"duplicate id", {{u, units + "insert,{B.unit1},{B.group1},A\ninsert,{B.unit1},{B.group1},A2\n" + unit2 + unit3}},
             u, 3, QStringLiteral("id")},
            {"duplicate check-in",
             {{checkIns, "importType,tenantId,utilisationPeriodId\n"
                         "insert,{B.tenant1},{B.period1}\n"
                         "update,{B.tenant1},{B.period1}\n"}},
             checkIns, 3, QStringLiteral("tenantId")},
            {"validFrom alone",
             {{QStringLiteral("propertyTeams.csv"), "importType,agentId,propertyId,validFromDate,validToDate\n"
                                                    "insert,{B.agent1},{B.property},2024-01-01,\n"}},
             QStringLiteral("propertyTeams.csv"), 2, QStringLiteral("validToDate")},
            {"not utf-8", {{t, tenants + "insert,{B.tenant1},,anna@example.ch,,Anna\n" + tenant23 + "insert,{new},,,,Zo\xe9\n"}},
             t, 5, QString()},
            {"unterminated quote", {{t, tenants + "insert,{B.tenant1},,anna@example.ch,,Anna\n"
                                                  "insert,{B.tenant2},,,,\"Beat\n"
                                                  "insert,{B.tenant3},,,,Zoe\n"}},
             t, 3, QString()},
            // The short row's unit is not read, so the period in it fails too.
            {"short row", {{u, units + "insert,{B.unit1},{B.group1},A\ninsert,{B.unit2},{B.group1}\n" + unit3}}, u, 3,
             QString(), 2},
            {"remapping beside others",
             {{QStringLiteral("uuidRemappings.csv"), "importType,resource,oldUuid,newUuid\nupdate,unit,{A.unit1},{new}\n"}},
             QStringLiteral("uuidRemappings.csv"), 0, QString()},
            {"login of a Cockpit agent", {{ag, agents + "insert,{B.agent1},Chef@Verwaltung.ch,Huber,Verena,,\n" + agent2}}, ag,
             2, QStringLiteral("email")},
            {"login of an ERP agent", {{ag, agents + "insert,{B.agent1},{A.agentMail},Huber,Verena,,\n" + agent2}}, ag, 2,
             QStringLiteral("email")},
            {"login twice in a job", {{ag, agents + "insert,{B.agent1},same@service.ch,Huber,Verena,,\n"
                                                    "insert,{B.agent2},SAME@service.ch,Brunner,,,\n"}},
             ag, 3, QStringLiteral("email")},
            {"code of another tenant", {{t, tenants + "insert,{B.tenant1},{A.code1},anna@example.ch,,Anna\n" + tenant23}}, t,
             2, QStringLiteral("registrationCode")},
        };
        for (auto backend : {test::Backend::SQLite, test::Backend::PostgreSQL}) {
            for (const Case &c : cases) {
                QTest::addRow("%s %s", backend == test::Backend::SQLite ? "sqlite" : "postgresql", c.name)
                    << backend << c.replace << c.file << c.line << c.column << c.problems;
            }
        }
    }
    void allOrNothing()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(Files, replace);
        QFETCH(QString, file);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(int, problems);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Ids a, b;
        IMPORT(first, *office, job(fullJobFiles(a)));
        QVERIFY2(first.applied(), qPrintable(rejectionsText(first)));
        // An agent created in the Cockpit, not by the ERP: their login is theirs too.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO agents (login, display_name, email, role, created_at, updated_at) "
                                       "VALUES ('chef@verwaltung.ch', 'Chef', 'chef@verwaltung.ch', 'manager', ?, ?)"),
                        {QStringLiteral("2024-01-01T00:00:00Z"), QStringLiteral("2024-01-01T00:00:00Z")})
                    .ok());
        const Dump before = dump(db);
        const qint64 runsBefore = count(db, QStringLiteral("import_runs"));

        Files files = fullJobFiles(b);
        for (auto it = replace.cbegin(); it != replace.cend(); ++it)
            files.insert(it.key(), fill(it.value(), a, b));
        IMPORT(report, *office, job(files));
        QCOMPARE(report.statusKey(), QStringLiteral("rejected"));
        QVERIFY2(hasRejection(report, file, line, column), qPrintable(rejectionsText(report)));
        // Nothing else: a row that is wrong in itself does not make every row referring to it wrong too (only
        // where its id itself is unreadable do the rows naming the id it should have had fail as well).
        QVERIFY2(report.rejected.size() == problems, qPrintable(rejectionsText(report)));
        const QString diff = differences(before, dump(db));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The run is history all the same, with its problems.
        QCOMPARE(count(db, QStringLiteral("import_runs")), runsBefore + 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM import_runs WHERE id = ?"), {report.runId}).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM import_rejections WHERE run_id = ? AND file = ?"),
                        {report.runId, file}).toLongLong() > 0,
                 true);
    }

    // Every problem of a job is listed, not just the first.
    void everyProblemListed_data() { test::addBackendColumn(); test::addBackendRows(); }
    void everyProblemListed()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Ids b;
        Files files = fullJobFiles(b);
        files.insert(QStringLiteral("manifest.json"), "{\"autoImport\": \"yes\"}");
        files.insert(QStringLiteral("groups.csv"),
                     fill("importType,id,propertyId,name,country,city,streetName,houseNumber,zipCode\n"
                          "insert,{B.group1},{new},Haus A,CH,Zürich,Seestrasse,12a,8002\n"
                          "insert,{B.group2},{B.property},Haus B,Schweiz,Zürich,Seestrasse,14,CH-8002\n",
                          Ids(), b));
        files.insert(QStringLiteral("utilisationPeriods.csv"),
                     fill("importType,id,unitId,startDate,endDate\n"
                          "insert,{B.period1},{B.unit1},2020-04-01,\n"
                          "insert,{B.period2},{B.unit2},01.10.2021,\n"
                          "insert,{B.period3},{B.unit3},2019-01-01,2023-03-31\n",
                          Ids(), b));
        files.insert(QStringLiteral("tenants.csv"),
                     fill("importType,id,registrationCode,email,phone,name\n"
                          "insert,{B.tenant1},,anna.meier(at)example.ch,,Anna\n"
                          "update,{B.tenant2}x,,,,Beat\n"
                          "insert,{B.tenant3},,,0791234567,Zoe\n",
                          Ids(), b));
        IMPORT(report, *office, job(files));
        QCOMPARE(report.statusKey(), QStringLiteral("rejected"));
        const QString all = rejectionsText(report);
        QVERIFY2(hasRejection(report, QStringLiteral("manifest.json"), 0, QStringLiteral("autoImport")), qPrintable(all));
        QVERIFY2(hasRejection(report, QStringLiteral("groups.csv"), 2, QStringLiteral("propertyId")), qPrintable(all));
        QVERIFY2(hasRejection(report, QStringLiteral("groups.csv"), 3, QStringLiteral("country")), qPrintable(all));
        QVERIFY2(hasRejection(report, QStringLiteral("groups.csv"), 3, QStringLiteral("zipCode")), qPrintable(all));
        QVERIFY2(hasRejection(report, QStringLiteral("utilisationPeriods.csv"), 3, QStringLiteral("startDate")), qPrintable(all));
        QVERIFY2(hasRejection(report, QStringLiteral("tenants.csv"), 2, QStringLiteral("email")), qPrintable(all));
        QVERIFY2(hasRejection(report, QStringLiteral("tenants.csv"), 3, QStringLiteral("id")), qPrintable(all));
        QVERIFY2(hasRejection(report, QStringLiteral("tenants.csv"), 4, QStringLiteral("phone")), qPrintable(all));
        // The check-in of tenant2 names an id this job does not give (its row's id is broken): a problem of its own.
        QVERIFY2(hasRejection(report, QStringLiteral("tenantCheckIns.csv"), 3, QStringLiteral("tenantId")), qPrintable(all));
        QVERIFY2(report.rejected.size() == 9, qPrintable(all));
        QCOMPARE(count(office->database(), QStringLiteral("properties")), 0);
        QCOMPARE(scalar(office->database(), QStringLiteral("SELECT COUNT(*) FROM import_rejections")).toLongLong(), 9);
    }

    // 5. A job refers to what earlier jobs imported.
    void referencesFromEarlierImports_data() { test::addBackendColumn(); test::addBackendRows(); }
    void referencesFromEarlierImports()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Ids a;
        const Files full = fullJobFiles(a);
        IMPORT(first, *office, job({{QStringLiteral("manifest.json"), "{}"},
                                    {QStringLiteral("properties.csv"), full.value(QStringLiteral("properties.csv"))},
                                    {QStringLiteral("groups.csv"), full.value(QStringLiteral("groups.csv"))}}));
        QVERIFY2(first.applied(), qPrintable(rejectionsText(first)));
        IMPORT(second, *office, job({{QStringLiteral("manifest.json"), "{}"},
                                     {QStringLiteral("units.csv"), full.value(QStringLiteral("units.csv"))}}));
        QVERIFY2(second.applied(), qPrintable(rejectionsText(second)));
        QCOMPARE(counts(second.units), QStringLiteral("added 3, updated 0, unchanged 0, ended 0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT b.erp_ref FROM units u JOIN buildings b ON b.id = u.building_id "
                                           "WHERE u.erp_ref = ?"), {a.unit3}).toString(),
                 a.group2);
        // And on down: periods, tenants and their check-ins, in separate jobs.
        IMPORT(third, *office, job({{QStringLiteral("manifest.json"), "{}"},
                                    {QStringLiteral("utilisationPeriods.csv"), full.value(QStringLiteral("utilisationPeriods.csv"))},
                                    {QStringLiteral("tenants.csv"), full.value(QStringLiteral("tenants.csv"))}}));
        QVERIFY2(third.applied(), qPrintable(rejectionsText(third)));
        IMPORT(fourth, *office, job({{QStringLiteral("manifest.json"), "{}"},
                                     {QStringLiteral("tenantCheckIns.csv"), full.value(QStringLiteral("tenantCheckIns.csv"))}}));
        QVERIFY2(fourth.applied(), qPrintable(rejectionsText(fourth)));
        QCOMPARE(count(db, QStringLiteral("tenancy_persons")), 3);
    }

    // 6. uuidRemappings.csv: the ERP renames ids; later jobs use the new ones.
    void uuidRemappings_data() { test::addBackendColumn(); test::addBackendRows(); }
    void uuidRemappings()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Ids a, n;
        IMPORT(first, *office, job(fullJobFiles(a)));
        QVERIFY2(first.applied(), qPrintable(rejectionsText(first)));
        const auto dbId = [&](const QString &table, const QString &ref) {
            return scalar(db, QStringLiteral("SELECT id FROM %1 WHERE erp_ref = ?").arg(table), {ref}).toLongLong();
        };
        const qint64 property = dbId(QStringLiteral("properties"), a.property), building = dbId(QStringLiteral("buildings"), a.group1),
                     unit = dbId(QStringLiteral("units"), a.unit1), tenancy = dbId(QStringLiteral("tenancies"), a.period1);
        IMPORT(report, *office, job({{QStringLiteral("manifest.json"), "{}"},
                                     {QStringLiteral("uuidRemappings.csv"),
                                      fill("importType,resource,oldUuid,newUuid\n"
                                           "update,property,{A.property},{B.property:upper}\n"
                                           "update,group,{A.group1:upper},{B.group1}\n"
                                           "update,unit,{A.unit1},{B.unit1}\n"
                                           "update,utilisationPeriod,{A.period1},{B.period1}\n",
                                           a, n)}}));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(rejectionsText(report)));
        QCOMPARE(report.statusKey(), QStringLiteral("applied"));
        QCOMPARE(report.properties.updated, qint64(1));
        QCOMPARE(report.buildings.updated, qint64(1));
        QCOMPARE(report.units.updated, qint64(1));
        QCOMPARE(report.tenancies.updated, qint64(1));
        QCOMPARE(dbId(QStringLiteral("properties"), n.property), property);
        QCOMPARE(dbId(QStringLiteral("buildings"), n.group1), building);
        QCOMPARE(dbId(QStringLiteral("units"), n.unit1), unit);
        QCOMPARE(dbId(QStringLiteral("tenancies"), n.period1), tenancy);
        QCOMPARE(dbId(QStringLiteral("properties"), a.property), 0);
        QCOMPARE(count(db, QStringLiteral("tenancy_persons")), 3);
        // The next job speaks of the new ids only.
        IMPORT(later, *office, job({{QStringLiteral("manifest.json"), "{}"},
                                    {QStringLiteral("units.csv"), fill("importType,id,groupId,name\nupdate,{B.unit1},{B.group1},Attika\n", a, n)}}));
        QVERIFY2(later.applied(), qPrintable(rejectionsText(later)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT label FROM units WHERE id = ?"), {unit}).toString(), QStringLiteral("Attika"));
    }

    void uuidRemappingsRejected_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        for (auto backend : {test::Backend::SQLite, test::Backend::PostgreSQL}) {
            const auto row = [backend](const char *name, const QByteArray &rows, qint64 line, const QString &column) {
                QTest::addRow("%s %s", backend == test::Backend::SQLite ? "sqlite" : "postgresql", name)
                    << backend << rows << line << column;
            };
            const QString oldUuid = QStringLiteral("oldUuid"), newUuid = QStringLiteral("newUuid");
            row("unknown old id", "update,unit,{A.unit1},{new}\nupdate,unit,{new},{new}\n", 3, oldUuid);
            row("new id in use", "update,group,{A.group1},{A.group2}\n", 2, newUuid);
            row("new id twice", "update,unit,{A.unit1},{B.unit1}\nupdate,unit,{A.unit2},{B.unit1}\n", 3, newUuid);
            row("old id twice", "update,unit,{A.unit1},{B.unit1}\nupdate,unit,{A.unit1},{B.unit2}\n", 3, oldUuid);
            row("other resource", "update,unit,{A.group1},{new}\n", 2, oldUuid);
            row("tenant", "update,tenant,{A.tenant1},{new}\n", 2, QStringLiteral("resource"));
            row("insert", "insert,unit,{A.unit1},{new}\n", 2, QStringLiteral("importType"));
        }
    }
    void uuidRemappingsRejected()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QByteArray, rows);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        auto office = open(scratch);
        QVERIFY(office);
        const Ids a, n;
        IMPORT(first, *office, job(fullJobFiles(a)));
        QVERIFY2(first.applied(), qPrintable(rejectionsText(first)));
        const Dump before = dump(office->database());
        IMPORT(report, *office, job({{QStringLiteral("manifest.json"), "{\"autoImport\": false}"},
                                     {QStringLiteral("uuidRemappings.csv"), fill("importType,resource,oldUuid,newUuid\n" + rows, a, n)}}));
        QCOMPARE(report.statusKey(), QStringLiteral("rejected"));
        QVERIFY2(hasRejection(report, QStringLiteral("uuidRemappings.csv"), line, column), qPrintable(rejectionsText(report)));
        const QString diff = differences(before, dump(office->database()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // 7. Files of the format the Cockpit does not import, unknown files and columns: warnings only.
    void outOfScopeAndUnknown_data() { test::addBackendColumn(); test::addBackendRows(); }
    void outOfScopeAndUnknown()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Ids a;
        Files files = fullJobFiles(a);
        const QStringList skipped{QStringLiteral("userRelations.csv"), QStringLiteral("agentPermissions.csv"),
                                  QStringLiteral("serviceProviders.csv"), QStringLiteral("collections.csv"),
                                  QStringLiteral("collectionAssignments.csv")};
        for (const QString &name : skipped)
            files.insert(name, "importType,id\ninsert,not even checked\n");
        files.insert(QStringLiteral("notes.txt"), "from the ERP team");
        files.insert(QStringLiteral("properties.csv"),
                     fill("importType,id,name,colour\ninsert,{B.property},Seeblick,blue\n", Ids(), a));
        IMPORT(report, *office, job(files));
        QVERIFY2(report.rejected.isEmpty(), qPrintable(rejectionsText(report)));
        QCOMPARE(report.statusKey(), QStringLiteral("applied"));
        for (const QString &name : skipped)
            QVERIFY2(report.warnings.filter(name).size() == 1, qPrintable(report.warnings.join(u'\n')));
        QCOMPARE(report.warnings.filter(QStringLiteral("notes.txt")).size(), 1);
        QCOMPARE(report.warnings.filter(QStringLiteral("\"colour\"")).size(), 1);
        QCOMPARE(count(office->database(), QStringLiteral("properties")), 1);

        // A job of only such files is accepted too, and changes nothing.
        const Dump before = dump(office->database(), {QStringLiteral("audit_log")});
        IMPORT(only, *office, job({{QStringLiteral("manifest.json"), "{}"}, {QStringLiteral("userRelations.csv"), "x"}}));
        QCOMPARE(only.statusKey(), QStringLiteral("applied"));
        QCOMPARE(only.warnings.filter(QStringLiteral("userRelations.csv")).size(), 1);
        const QString diff = differences(before, dump(office->database(), {QStringLiteral("audit_log")}));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // But a job with nothing at all is refused.
        IMPORT(nothing, *office, job({{QStringLiteral("manifest.json"), "{}"}}));
        QCOMPARE(nothing.statusKey(), QStringLiteral("rejected"));
    }

    // Cancelled through the progress callback: an error, and nothing of the job (nor the run) stays.
    void cancel_data() { test::addBackendColumn(); test::addBackendRows(); }
    void cancel()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Dump before = dump(office->database());
        int calls = 0;
        auto result = office->imports().run(job(fullJobFiles(Ids())), options(), [&](int permille) {
            ++calls;
            return permille < 500; // after validation, in the middle of applying
        });
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("Cancelled")), qPrintable(result.error().message));
        QVERIFY(calls >= 2);
        const QString diff = differences(before, dump(office->database()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(count(office->database(), QStringLiteral("import_runs")), 0);
    }

    // 8. A dry run reports exactly what the real run then does, and changes nothing.
    void dryRun_data() { test::addBackendColumn(); test::addBackendRows(); }
    void dryRun()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Ids a;
        for (const Files &files : {fullJobFiles(a), updateJobFiles(a)}) {
            const QString path = job(files);
            const Dump before = dump(db);
            IMPORT_WITH(dry, *office, path, options(true));
            QVERIFY2(dry.rejected.isEmpty(), qPrintable(rejectionsText(dry)));
            QVERIFY(dry.dryRun);
            QVERIFY(!dry.changes.isEmpty());
            const QString diff = differences(before, dump(db));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM import_runs WHERE id = ?"), {dry.runId}).toString(),
                     QStringLiteral("applied"));
            IMPORT(real, *office, path);
            QCOMPARE(comparable(dry), comparable(real));
        }
        QCOMPARE(count(db, QStringLiteral("tenancies")), 2);
    }

    // 9. Registration codes are secrets: no report ever holds one, whatever goes wrong with them.
    void registrationCodesStaySecret_data() { test::addBackendColumn(); test::addBackendRows(); }
    void registrationCodesStaySecret()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Ids a, b;
        IMPORT(first, *office, job(fullJobFiles(a)));
        QVERIFY2(first.applied(), qPrintable(rejectionsText(first)));
        QVERIFY(!QJsonDocument(first.toJson()).toJson().contains(a.code1.toUtf8()));
        // tenant2 already has a code the Cockpit generated (and perhaps sent).
        const QString generated = QStringLiteral("GEN-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO activation_codes (person_id, code, source, created_at) "
                                       "SELECT id, ?, 'generated', ? FROM persons WHERE erp_ref = ?"),
                        {generated, QStringLiteral("2024-01-01T00:00:00Z"), a.tenant2})
                    .ok());

        const QString twice = QStringLiteral("TWICE-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        const QString tooLong = QStringLiteral("LONG-") + QString(120, u'x');
        Files files = fullJobFiles(b);
        files.insert(QStringLiteral("tenants.csv"),
                     fill("importType,id,registrationCode,email,phone,name\n"
                          "insert,{B.tenant1},{A.code1},anna@example.ch,,Anna\n"
                          "insert,{B.tenant2}," + twice.toUtf8() + ",,,Beat\n"
                          "insert,{B.tenant3}," + twice.toUtf8() + ",,,Zoe\n"
                          "update,{A.tenant3}," + tooLong.toUtf8() + ",,,\n",
                          a, b));
        IMPORT(report, *office, job(files));
        QCOMPARE(report.statusKey(), QStringLiteral("rejected"));
        QVERIFY2(hasRejection(report, QStringLiteral("tenants.csv"), 2, QStringLiteral("registrationCode")),
                 qPrintable(rejectionsText(report)));
        QVERIFY2(hasRejection(report, QStringLiteral("tenants.csv"), 4, QStringLiteral("registrationCode")),
                 qPrintable(rejectionsText(report)));
        QVERIFY2(hasRejection(report, QStringLiteral("tenants.csv"), 5, QStringLiteral("registrationCode")),
                 qPrintable(rejectionsText(report)));
        const QStringList secrets{a.code1, twice, tooLong.left(20), generated};
        const auto leaks = [&](const QByteArray &text) {
            QStringList found;
            for (const QString &secret : secrets) {
                if (text.contains(secret.toUtf8()) || text.contains(secret.toLower().toUtf8()))
                    found << secret;
            }
            return found.join(QStringLiteral(", "));
        };
        QCOMPARE(leaks(QJsonDocument(report.toJson()).toJson()), QString());
        QCOMPARE(leaks(report.summaryText().toUtf8()), QString());
        QCOMPARE(leaks(rows(db, QStringLiteral("SELECT report_json FROM import_runs")).join(u'\n').toUtf8()), QString());
        QCOMPARE(leaks(rows(db, QStringLiteral("SELECT reason FROM import_rejections")).join(u'\n').toUtf8()), QString());

        // Applied: a new ERP code for a tenant whose code the Cockpit generated is not taken, and the warning
        // saying so names no code; a new one for a tenant with an unused ERP code replaces it.
        const QString fresh = QStringLiteral("NEW-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        const QString fresh2 = QStringLiteral("NEW2-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        IMPORT(applied, *office, job({{QStringLiteral("manifest.json"), "{}"},
                                      {QStringLiteral("tenants.csv"),
                                       fill("importType,id,registrationCode,email,phone,name\n"
                                            "update,{A.tenant1}," + fresh.toUtf8() + ",,,\n"
                                            "update,{A.tenant2}," + fresh2.toUtf8() + ",,,\n",
                                            a, b)}}));
        QVERIFY2(applied.applied(), qPrintable(rejectionsText(applied)));
        QCOMPARE(applied.warnings.filter(QStringLiteral("line 3")).size(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT c.code FROM activation_codes c JOIN persons p ON p.id = c.person_id "
                                           "WHERE p.erp_ref = ?"), {a.tenant1}).toString(),
                 fresh);
        QCOMPARE(scalar(db, QStringLiteral("SELECT c.code FROM activation_codes c JOIN persons p ON p.id = c.person_id "
                                           "WHERE p.erp_ref = ?"), {a.tenant2}).toString(),
                 generated);
        const QByteArray json = QJsonDocument(applied.toJson()).toJson();
        QVERIFY(!json.contains(fresh.toUtf8()) && !json.contains(fresh2.toUtf8()) && !json.contains(generated.toUtf8())
                && !json.contains(a.code1.toUtf8()));
    }

    // 10. A zipped job (one top folder, as "Compress" makes it) imports like the folder; a bad zip is refused.
    void zippedJob_data() { test::addBackendColumn(); test::addBackendRows(); }
    void zippedJob()
    {
        QFETCH(test::Backend, backend);
        test::ScratchDatabase folderScratch(backend), zipScratch(backend);
        QVERIFY2(folderScratch.isValid() && zipScratch.isValid(), qPrintable(folderScratch.error() + zipScratch.error()));
        auto viaFolder = open(folderScratch);
        auto viaZip = open(zipScratch);
        QVERIFY(viaFolder && viaZip);
        const Ids a;
        const Files files = fullJobFiles(a);
        IMPORT(folderReport, *viaFolder, job(files));
        QVERIFY2(folderReport.applied(), qPrintable(rejectionsText(folderReport)));

        QList<QPair<QByteArray, QByteArray>> entries;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            entries << qMakePair("erp-export-2024-05-01/" + it.key().toUtf8(), it.value());
        const QString zipPath = m_jobs.filePath(QStringLiteral("erp-export-2024-05-01.zip"));
        QVERIFY(writeZip(zipPath, entries));
        IMPORT(zipReport, *viaZip, zipPath);
        QVERIFY2(zipReport.applied(), qPrintable(rejectionsText(zipReport)));
        QCOMPARE(zipReport.sourceName, QStringLiteral("erp-export-2024-05-01.zip"));
        QJsonObject fromFolder = comparable(folderReport), fromZip = comparable(zipReport);
        fromFolder.remove(QStringLiteral("source"));
        fromZip.remove(QStringLiteral("source"));
        QCOMPARE(fromZip, fromFolder);
        QCOMPARE(content(viaZip->database()), content(viaFolder->database()));

        // A zip with an entry pointing outside the job: refused before anything is read, the run recorded.
        const Dump before = dump(viaZip->database());
        const QString badZip = m_jobs.filePath(QStringLiteral("bad.zip"));
        QVERIFY(writeZip(badZip, {qMakePair(QByteArray("manifest.json"), QByteArray("{}")),
                                  qMakePair(QByteArray("../x"), QByteArray("importType,id\n"))}));
        IMPORT(bad, *viaZip, badZip);
        QCOMPARE(bad.statusKey(), QStringLiteral("rejected"));
        QCOMPARE(bad.rejected.size(), 1);
        QCOMPARE(bad.rejected.first().file, QStringLiteral("bad.zip"));
        QVERIFY2(bad.rejected.first().reason.contains(QStringLiteral("..")), qPrintable(bad.rejected.first().reason));
        QCOMPARE(scalar(viaZip->database(), QStringLiteral("SELECT status FROM import_runs WHERE id = ?"), {bad.runId}).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(scalar(viaZip->database(), QStringLiteral("SELECT COUNT(*) FROM import_rejections WHERE run_id = ?"), {bad.runId})
                     .toLongLong(),
                 1);
        const QString diff = differences(before, dump(viaZip->database()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestDataExchangeImport)
#include "tst_dataexchangeimport.moc"
