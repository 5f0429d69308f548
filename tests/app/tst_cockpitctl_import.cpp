// tst_cockpitctl_import: the ERP import as a script or a cron job sees it, through the real cockpitctl
// binary on SQLite and PostgreSQL: `import` (tenant lists, data-exchange folders and zips, every
// option), `imports list/show`, `tenant show/set` with the ERP interface, kill -9 in the middle of a
// large import, and the drop folder (`import --watch`). What is in the database is checked through
// the Qt SQL driver, table by table, not only through the program's own answers.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using tc::test::Backend;
using tc::test::CliRun;
using tc::test::ScratchDatabase;

namespace {

// How long one import of the big file may take on a loaded two-core machine.
constexpr int kBigImportTimeoutMs = 400000;

const QByteArray kHeader = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                           "last_name,email,phone,language,move_in,move_out\n";

// The start of rows in the two properties of the examples.
#define SEEBLICK "P1,Seeblick,Seestrasse 1,8001,Zürich,"
#define ALTBAU "P2,Altbau,Dorfweg 5,3000,Bern,"

QByteArray tenantList(std::initializer_list<const char *> rows)
{
    QByteArray text = kHeader;
    for (const char *row : rows)
        text += QByteArray(row) + '\n';
    return text;
}

// Two properties, three tenants, four tenancies (Anna Muster rents a flat and a parking space).
QByteArray baseList()
{
    return tenantList({SEEBLICK "U1,Whg 1,T1,Anna,Muster,anna@example.ch,044 123 45 67,de,2020-01-01,",
                       SEEBLICK "U2,Whg 2,T2,Peter,Meier,peter@example.ch,,fr,01.02.2021,",
                       SEEBLICK "PP1,Parkplatz 1,T1,Anna,Muster,anna@example.ch,044 123 45 67,de,2020-01-01,",
                       ALTBAU "U10,EG links,T3,Luca,Rossi,luca@example.ch,079/123 45 67,it,2019-05-01,"});
}

// The next night's snapshot: Anna's e-mail changed, Peter Meier moved out, a future tenant with a name
// only moves into his flat, Luca Rossi's name changed.
QByteArray secondSnapshot()
{
    return tenantList({SEEBLICK "U1,Whg 1,T1,Anna,Muster,anna.neu@example.ch,044 123 45 67,de,2020-01-01,",
                       SEEBLICK "PP1,Parkplatz 1,T1,Anna,Muster,anna.neu@example.ch,044 123 45 67,de,2020-01-01,",
                       ALTBAU "U10,EG links,T3,Luca,Rossi-Bianchi,luca@example.ch,079/123 45 67,it,2019-05-01,",
                       SEEBLICK "U2,Whg 2,T4,,Keller,,,,2031-01-01,"});
}

// The base list and, on line 6, one row with an invalid e-mail address.
QByteArray listWithOneBadRow()
{
    return baseList() + SEEBLICK "U5,Whg 5,T5,Eva,Brunner,not-an-email,,,2022-01-01,\n";
}

// Properties of 20 units each, one address per property, as an ERP exports them.
QByteArray bigList(int rows)
{
    QByteArray text = baseList();
    text.reserve(text.size() + qsizetype(rows) * 130);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray property = QByteArray::number(1000 + i / 20);
        text += "B" + property + ",Haus " + property + ",Bahnhofstrasse " + QByteArray::number(1 + (i / 20) % 97)
                + ",3000,Bern,BU" + n + ",Whg " + QByteArray::number(1 + i % 20) + ",BT" + n + ",Anna,Muster" + n
                + ",t" + n + "@example.ch,031 123 " + QByteArray::number(10 + i % 89) + ' '
                + QByteArray::number(10 + i % 83) + ",de,2020-01-01,\n";
    }
    return text;
}

// A data-exchange job with a property, a building, a unit and its tenancy, all new.
QMap<QString, QByteArray> exchangeJob(const QByteArray &digit, const QByteArray &manifest = "{}")
{
    const QByteArray property = QByteArray(8, digit.at(0)) + "-1111-4111-8111-111111111111";
    const QByteArray group = QByteArray(8, digit.at(0)) + "-2222-4222-8222-222222222222";
    const QByteArray unit = QByteArray(8, digit.at(0)) + "-3333-4333-8333-333333333333";
    const QByteArray period = QByteArray(8, digit.at(0)) + "-4444-4444-8444-444444444444";
    return {
        {QStringLiteral("properties.csv"), "importType,id,name\ninsert," + property + ",Parkresidenz " + digit + "\n"},
        {QStringLiteral("groups.csv"), "importType,id,propertyId,name,country,city,streetName,houseNumber,zipCode\n"
                                       "insert," + group + ',' + property + ",Haus A,CH,Bern,Parkweg,3,3000\n"},
        {QStringLiteral("units.csv"), "importType,id,groupId,name\ninsert," + unit + ',' + group + ",Whg 1.1\n"},
        {QStringLiteral("utilisationPeriods.csv"),
         "importType,id,unitId,startDate,endDate\ninsert," + period + ',' + unit
                                                       + ",2022-04-01,\n"},
        {QStringLiteral("manifest.json"), manifest},
    };
}

bool writeFile(const QString &path, const QByteArray &data, int secondsAgo = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush())
        return false;
    // Written "a while ago": a drop folder takes it as complete at first sight.
    return secondsAgo == 0
        || file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo), QFileDevice::FileModificationTime);
}

bool writeFolder(const QString &dir, const QMap<QString, QByteArray> &files, bool withManifest = true)
{
    if (!QDir().mkpath(dir))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if ((withManifest || it.key() != u"manifest.json") && !writeFile(QDir(dir).filePath(it.key()), it.value()))
            return false;
    }
    return true;
}

bool writeZip(const QString &path, const QMap<QString, QByteArray> &files, int secondsAgo = 0)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        zip_source_t *source = zip_source_buffer(zip, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        if (!source || zip_file_add(zip, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        return false;
    }
    QFile file(path);
    return secondsAgo == 0
        || (file.open(QIODevice::ReadWrite)
            && file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo),
                                QFileDevice::FileModificationTime));
}

// ---- the database, row by row ---------------------------------------------------------------------

struct TableDump
{
    qint64 rows = 0;
    QByteArray digest;
    QStringList sample; // the first rows, to show what differs
};
using Dump = QMap<QString, TableDump>;

// Every row of every table, in a fixed order, as the Qt driver reads it.
Dump dumpDatabase(const ScratchDatabase &db, QString *error)
{
    Dump dump;
    auto connection = tc::Database::open(db.url(), QStringLiteral("dump"));
    if (!connection) {
        *error = connection.error().message;
        return dump;
    }
    auto tables = (*connection)->tableNames();
    if (!tables) {
        *error = tables.error().message;
        return dump;
    }
    QStringList names = *tables;
    names.sort();
    for (const QString &table : std::as_const(names)) {
        const int columns = (*connection)->connection().record(table).count();
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order << QString::number(i);
        QSqlQuery query((*connection)->connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(u',')))) {
            *error = table + QStringLiteral(": cannot be read");
            return dump;
        }
        TableDump t;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns; ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            const QString row = values.join(QStringLiteral(" | "));
            hash.addData(row.toUtf8());
            hash.addData("\n");
            if (t.sample.size() < 200)
                t.sample << row;
            ++t.rows;
        }
        t.digest = hash.result().toHex();
        dump.insert(table, t);
    }
    // The indexes too (an import may drop some for its bulk load and must build them again).
    QSqlQuery indexes((*connection)->connection());
    const QString listIndexes = (*connection)->isSQLite()
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
        : QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname");
    if (!indexes.exec(listIndexes)) {
        *error = QStringLiteral("the indexes cannot be listed");
        return dump;
    }
    TableDump indexNames;
    while (indexes.next()) {
        indexNames.sample << indexes.value(0).toString();
        ++indexNames.rows;
    }
    indexNames.digest = indexNames.sample.join(u',').toUtf8();
    dump.insert(QStringLiteral("(indexes)"), indexNames);
    error->clear();
    return dump;
}

// What differs between two dumps, table by table (empty when nothing does), leaving out `ignored`.
QString dumpDifference(const Dump &before, const Dump &after, const QStringList &ignored = {})
{
    QStringList differences;
    QStringList tables = before.keys() + after.keys();
    tables.removeDuplicates();
    for (const QString &table : std::as_const(tables)) {
        if (ignored.contains(table))
            continue;
        const TableDump a = before.value(table);
        const TableDump b = after.value(table);
        if (a.rows == b.rows && a.digest == b.digest)
            continue;
        QString text = QStringLiteral("%1: %2 rows before, %3 after").arg(table).arg(a.rows).arg(b.rows);
        for (qsizetype i = 0; i < std::max(a.sample.size(), b.sample.size()); ++i) {
            if (a.sample.value(i) != b.sample.value(i)) {
                text += QStringLiteral("\n    first difference, row %1:\n    before: %2\n    after:  %3")
                            .arg(i + 1)
                            .arg(a.sample.value(i), b.sample.value(i));
                break;
            }
        }
        differences << text;
    }
    return differences.join(u'\n');
}

// The tables a recorded run adds to even when it applies nothing.
const QStringList &runRecordTables()
{
    static const QStringList tables{QStringLiteral("import_runs"), QStringLiteral("import_rejections")};
    return tables;
}

// The keys of `cockpitctl import --json`: the issue's, then the ones the program adds.
const QStringList &issueKeys()
{
    static const QStringList keys{QStringLiteral("run_id"),        QStringLiteral("format"),
                                  QStringLiteral("mode"),          QStringLiteral("dry_run"),
                                  QStringLiteral("properties"),    QStringLiteral("buildings"),
                                  QStringLiteral("units"),         QStringLiteral("tenants"),
                                  QStringLiteral("tenancies"),     QStringLiteral("email_changed"),
                                  QStringLiteral("aliases_created"), QStringLiteral("rejected"),
                                  QStringLiteral("warnings")};
    return keys;
}

const QStringList &documentedExtraKeys()
{
    static const QStringList keys{QStringLiteral("status"),  QStringLiteral("applied"),
                                  QStringLiteral("source"),  QStringLiteral("sha256"),
                                  QStringLiteral("rows"),    QStringLiteral("changes"),
                                  QStringLiteral("changes_truncated"), QStringLiteral("agents"),
                                  QStringLiteral("manifest"), QStringLiteral("alias_proposals")};
    return keys;
}

// Checks the shape of one import report; returns what is wrong, or an empty string.
QString reportShapeProblem(const QJsonObject &json)
{
    QStringList problems;
    for (const QString &key : issueKeys()) {
        if (!json.contains(key))
            problems << QStringLiteral("missing key \"%1\"").arg(key);
    }
    for (const QString &key : json.keys()) {
        if (!issueKeys().contains(key) && !documentedExtraKeys().contains(key))
            problems << QStringLiteral("undocumented key \"%1\"").arg(key);
    }
    if (!json.value(QStringLiteral("run_id")).isDouble() || json.value(QStringLiteral("run_id")).toInteger() < 1)
        problems << QStringLiteral("run_id is not a positive number");
    if (!QStringList{QStringLiteral("tenant-list"),
                     QStringLiteral("data-exchange")}.contains(json.value(QStringLiteral("format")).toString()))
        problems << QStringLiteral("format is neither tenant-list nor data-exchange");
    if (!QStringList{QStringLiteral("snapshot"),
                     QStringLiteral("delta")}.contains(json.value(QStringLiteral("mode")).toString()))
        problems << QStringLiteral("mode is neither snapshot nor delta");
    if (!json.value(QStringLiteral("dry_run")).isBool())
        problems << QStringLiteral("dry_run is not a boolean");
    const QList<QPair<QString, QStringList>> counts{
        {QStringLiteral("properties"), {QStringLiteral("added"), QStringLiteral("updated")}},
        {QStringLiteral("buildings"), {QStringLiteral("added"), QStringLiteral("updated")}},
        {QStringLiteral("units"), {QStringLiteral("added"), QStringLiteral("updated")}},
        {QStringLiteral("tenants"), {QStringLiteral("added"), QStringLiteral("updated"), QStringLiteral("unchanged")}},
        {QStringLiteral("tenancies"), {QStringLiteral("added"), QStringLiteral("updated"), QStringLiteral("ended")}},
    };
    for (const auto &[name, fields] : counts) {
        const QJsonValue value = json.value(name);
        if (!value.isObject()) {
            problems << QStringLiteral("%1 is not an object").arg(name);
            continue;
        }
        for (const QString &field : fields) {
            if (!value.toObject().value(field).isDouble() || value.toObject().value(field).toInteger(-1) < 0)
                problems << QStringLiteral("%1.%2 is not a count").arg(name, field);
        }
    }
    for (const char *list : {"email_changed", "aliases_created", "warnings"}) {
        const QJsonValue value = json.value(QLatin1StringView(list));
        if (!value.isArray())
            problems << QStringLiteral("%1 is not an array").arg(QLatin1StringView(list));
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                problems << QStringLiteral("%1 holds a non-string").arg(QLatin1StringView(list));
        }
    }
    if (!json.value(QStringLiteral("rejected")).isArray())
        problems << QStringLiteral("rejected is not an array");
    for (const QJsonValue &item : json.value(QStringLiteral("rejected")).toArray()) {
        const QJsonObject r = item.toObject();
        QStringList keys = r.keys();
        keys.sort();
        if (keys != QStringList{QStringLiteral("column"), QStringLiteral("file"), QStringLiteral("line"),
                                QStringLiteral("reason")})
            problems << QStringLiteral("a rejected row has the keys %1").arg(keys.join(u','));
        if (!r.value(QStringLiteral("file")).isString() || r.value(QStringLiteral("reason")).toString().isEmpty())
            problems << QStringLiteral("a rejected row has no file or no reason");
        if (!r.value(QStringLiteral("line")).isDouble() && !r.value(QStringLiteral("line")).isNull())
            problems << QStringLiteral("a rejected row's line is neither a number nor null");
        if (!r.value(QStringLiteral("column")).isString() && !r.value(QStringLiteral("column")).isNull())
            problems << QStringLiteral("a rejected row's column is neither a string nor null");
    }
    return problems.join(QStringLiteral("; "));
}

qint64 count(const QJsonObject &json, const char *kind, const char *field)
{
    return json.value(QLatin1StringView(kind)).toObject().value(QLatin1StringView(field)).toInteger(-1);
}

// A table's row count in `cockpitctl status --json`.
qint64 tableCount(const QJsonObject &status, const char *table)
{
    return status.value(QStringLiteral("counts")).toObject().value(QLatin1StringView(table)).toInteger(-1);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

// The files of one output folder of a drop folder, without their reports.
QStringList jobsIn(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString &name) { return name.endsWith(QStringLiteral(".report.json")); });
    return names;
}

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

#define EXPECT_REPORT_SHAPE(json, run)                                                                   \
    do {                                                                                                 \
        const QString problem_ = reportShapeProblem(json);                                               \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_ + u'\n' + (run).describe()));                  \
    } while (false)

#define EXPECT_SAME_DATABASE(before, after, ignored)                                                     \
    do {                                                                                                 \
        const QString difference_ = dumpDifference((before), (after), (ignored));                        \
        QVERIFY2(difference_.isEmpty(), qPrintable(QStringLiteral("the database changed:\n") + difference_)); \
    } while (false)

// RUN_CLI with `--db` of the test's database.
#define RUN_DB(var, db, ...) RUN_CLI(var, withDb((db), QStringList __VA_ARGS__), environment())

#define DUMP(var, db)                                                                                    \
    Dump var;                                                                                            \
    {                                                                                                    \
        QString dumpError_;                                                                              \
        var = dumpDatabase((db), &dumpError_);                                                           \
        QVERIFY2(dumpError_.isEmpty(), qPrintable(dumpError_));                                          \
    }

// An import whose stdout is one JSON report (progress and warnings may go to stderr).
#define EXPECT_JSON_REPORT(var, code, json)                                                              \
    EXPECT_EXIT(var, code);                                                                              \
    QJsonObject json;                                                                                    \
    {                                                                                                    \
        QString jsonError_;                                                                              \
        json = tc::test::jsonOf((var), &jsonError_);                                                     \
        QVERIFY2(jsonError_.isEmpty(), qPrintable(jsonError_ + u'\n' + (var).describe()));               \
    }                                                                                                    \
    EXPECT_REPORT_SHAPE(json, var)

class TestCockpitctlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void importJson_data();
    void importJson();
    void profiles_data();
    void profiles();
    void deltaMode_data();
    void deltaMode();
    void strictAndLenient_data();
    void strictAndLenient();
    void dryRunChangesNothing_data();
    void dryRunChangesNothing();
    void badFiles_data();
    void badFiles();
    void usageErrors_data();
    void usageErrors();
    void dataExchangeFolderAndZip_data();
    void dataExchangeFolderAndZip();
    void dataExchangeWithTenants_data();
    void dataExchangeWithTenants();
    void importHistory_data();
    void importHistory();
    void tenantCommands_data();
    void tenantCommands();
    void killedImportLeavesNothing_data();
    void killedImportLeavesNothing();
    void dropFolderOnce_data();
    void dropFolderOnce();
    void dropFolderWatch_data();
    void dropFolderWatch();
    void help();

private:
    QProcessEnvironment environment() const;
    static QStringList withDb(const ScratchDatabase &db, QStringList arguments);
    // A fresh folder inside the test's sandbox.
    QString folder(const QString &name) const;
    QString file(const QString &name, const QByteArray &data, int secondsAgo = 0) const;

    QTemporaryDir m_sandbox;
};

QProcessEnvironment TestCockpitctlImport::environment() const
{
    return tc::test::sandboxEnvironment(m_sandbox.filePath(QStringLiteral("home")));
}

QStringList TestCockpitctlImport::withDb(const ScratchDatabase &db, QStringList arguments)
{
    arguments.prepend(db.urlText());
    arguments.prepend(QStringLiteral("--db"));
    return arguments;
}

QString TestCockpitctlImport::folder(const QString &name) const
{
    static int counter = 0;
    const QString path = m_sandbox.filePath(QStringLiteral("%1-%2").arg(++counter).arg(name));
    QDir().mkpath(path);
    return path;
}

QString TestCockpitctlImport::file(const QString &name, const QByteArray &data, int secondsAgo) const
{
    const QString path = QDir(folder(QStringLiteral("files"))).filePath(name);
    if (!writeFile(path, data, secondsAgo))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestCockpitctlImport::initTestCase()
{
    QVERIFY2(tc::test::cockpitctlMissing().isEmpty(), qPrintable(tc::test::cockpitctlMissing()));
    QVERIFY(m_sandbox.isValid());
}

// ---- import --json: the report, a second snapshot, the readable summary ---------------------------

void TestCockpitctlImport::importJson_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::importJson()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);

    const QString first = file(QStringLiteral("tenants.csv"), baseList());
    RUN_DB(run, db, {QStringLiteral("import"), first, QStringLiteral("--json")});
    EXPECT_JSON_REPORT(run, 0, json);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("tenant-list"));
    QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("snapshot"));
    QCOMPARE(json.value(QStringLiteral("dry_run")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(count(json, "properties", "added"), 2);
    QCOMPARE(count(json, "buildings", "added"), 2);
    QCOMPARE(count(json, "units", "added"), 4);
    QCOMPARE(count(json, "tenants", "added"), 3);
    QCOMPARE(count(json, "tenants", "updated"), 0);
    QCOMPARE(count(json, "tenants", "unchanged"), 0);
    QCOMPARE(count(json, "tenancies", "added"), 4);
    QCOMPARE(count(json, "tenancies", "ended"), 0);
    QCOMPARE(json.value(QStringLiteral("rejected")).toArray().size(), 0);
    QCOMPARE(strings(json.value(QStringLiteral("email_changed"))), QStringList());
    const qint64 firstRun = json.value(QStringLiteral("run_id")).toInteger();

    RUN_DB(status, db, {QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_JSON_OK(status, statusJson);
    const QJsonObject counts = statusJson.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("persons")).toInteger(-1), 3);
    QCOMPARE(counts.value(QStringLiteral("tenancies")).toInteger(-1), 4);
    QCOMPARE(counts.value(QStringLiteral("import_runs")).toInteger(-1), 1);

    // The next night: changed e-mail, a tenant moved out, a future tenant with a name only, a changed name.
    const QString second = file(QStringLiteral("tenants.csv"), secondSnapshot());
    RUN_DB(next, db, {QStringLiteral("import"), second, QStringLiteral("--json")});
    EXPECT_JSON_REPORT(next, 0, nextJson);
    QVERIFY(nextJson.value(QStringLiteral("run_id")).toInteger() > firstRun);
    QCOMPARE(count(nextJson, "properties", "added"), 0);
    QCOMPARE(count(nextJson, "properties", "updated"), 0);
    QCOMPARE(count(nextJson, "units", "added"), 0);
    QCOMPARE(count(nextJson, "tenants", "added"), 1);
    QCOMPARE(count(nextJson, "tenants", "updated"), 2);
    QCOMPARE(count(nextJson, "tenants", "unchanged"), 0);
    QCOMPARE(count(nextJson, "tenancies", "added"), 1);
    QCOMPARE(count(nextJson, "tenancies", "updated"), 0);
    QCOMPARE(count(nextJson, "tenancies", "ended"), 1);
    QCOMPARE(strings(nextJson.value(QStringLiteral("email_changed"))), QStringList{QStringLiteral("T1")});
    QCOMPARE(nextJson.value(QStringLiteral("rejected")).toArray().size(), 0);

    // ... and it is in the database as reported.
    RUN_DB(anna, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T1"),
                      QStringLiteral("--json")});
    EXPECT_JSON_OK(anna, annaJson);
    QCOMPARE(annaJson.value(QStringLiteral("email")).toString(), QStringLiteral("anna.neu@example.ch"));
    QCOMPARE(annaJson.value(QStringLiteral("tenancies")).toArray().size(), 2);
    RUN_DB(luca, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T3"),
                      QStringLiteral("--json")});
    EXPECT_JSON_OK(luca, lucaJson);
    QCOMPARE(lucaJson.value(QStringLiteral("last_name")).toString(), QStringLiteral("Rossi-Bianchi"));
    RUN_DB(peter, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T2"),
                       QStringLiteral("--json")});
    EXPECT_JSON_OK(peter, peterJson);
    const QJsonArray peterTenancies = peterJson.value(QStringLiteral("tenancies")).toArray();
    QCOMPARE(peterTenancies.size(), 1);
    const QDate ended = QDate::fromString(peterTenancies.at(0)[QStringLiteral("end")].toString(), Qt::ISODate);
    QVERIFY2(ended.isValid() && ended >= QDate(2021, 2, 1) && ended <= QDate::currentDate().addDays(1),
             qPrintable(peter.describe()));
    RUN_DB(future, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T4"),
                        QStringLiteral("--json")});
    EXPECT_JSON_OK(future, futureJson);
    QCOMPARE(futureJson.value(QStringLiteral("last_name")).toString(), QStringLiteral("Keller"));
    QCOMPARE(futureJson.value(QStringLiteral("email")).toString(), QString());
    QCOMPARE(futureJson.value(QStringLiteral("tenancies")).toArray().at(0)[QStringLiteral("start")].toString(),
             QStringLiteral("2031-01-01"));

    // Without --json: a summary for people, the same facts.
    RUN_DB(text, db, {QStringLiteral("import"), second});
    EXPECT_EXIT(text, 0);
    QVERIFY2(!text.outText().trimmed().startsWith(u'{'), qPrintable(text.describe()));
    for (const QString &expected : {QStringLiteral("tenants.csv"),
                                    QStringLiteral("Tenants: 0 added, 0 updated, 3 unchanged"),
                                    QStringLiteral("Tenancies:")}) {
        QVERIFY2(text.outText().contains(expected),
                 qPrintable(QStringLiteral("the summary should say \"%1\"\n").arg(expected) + text.describe()));
    }
    QVERIFY2(text.err.isEmpty(), qPrintable(text.describe()));
}

// ---- --profile en|de|FILE -----------------------------------------------------------------------

void TestCockpitctlImport::profiles_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::profiles()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);

    const QString german = file(QStringLiteral("mieter.csv"),
                                "Liegenschaft-Nr;Liegenschaft;Strasse;PLZ;Ort;Objekt-Nr;Objekt;Mieter-Nr;Vorname;"
                                "Nachname;E-Mail;Telefon;Sprache;Einzug;Auszug\r\n"
                                "P7;Neubau;Bahnhofstrasse 3;4000;Basel;U70;3. OG;T70;Jürg;Zürcher;juerg@example.ch;"
                                "061 123 45 67;de;01.04.2022;\r\n");
    // The English header set does not know the German columns: refused, nothing applied.
    RUN_DB(english, db, {QStringLiteral("import"), german, QStringLiteral("--profile"), QStringLiteral("en"),
                         QStringLiteral("--json")});
    EXPECT_JSON_REPORT(english, 1, englishJson);
    QCOMPARE(englishJson.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_STDERR_CONTAINS(english, QStringLiteral("cockpitctl: "));
    EXPECT_STDERR_CONTAINS(english, QStringLiteral("property_ref"));
    EXPECT_STDERR_CONTAINS(english, QStringLiteral("mieter.csv"));

    RUN_DB(de, db, {QStringLiteral("import"), german, QStringLiteral("--profile"), QStringLiteral("de"),
                    QStringLiteral("--json")});
    EXPECT_JSON_REPORT(de, 0, deJson);
    QCOMPARE(count(deJson, "tenants", "added"), 1);

    // Another ERP's layout as a profile file: its own headers, Windows-1252, ";" and day/month/year.
    const QString profile = file(QStringLiteral("immo-erp.json"),
                                 R"({"name": "Immo ERP", "encoding": "windows-1252", "delimiter": ";",
                                     "dateFormat": "dd/MM/yyyy",
                                     "columns": {"LgNr": "property_ref", "ObjNr": "unit_ref", "MieterNr": "tenant_ref",
                                                 "Name": "last_name", "Vorname": "first_name", "Mail": "email",
                                                 "Ab": "move_in"}})");
    const QString custom = file(QStringLiteral("export.csv"),
                                "LgNr;ObjNr;MieterNr;Name;Vorname;Mail;Ab\r\n"
                                "P8;U80;T80;M\xfcller;J\xfcrg;jm@example.ch;15/03/2023\r\n");
    RUN_DB(fromFile, db, {QStringLiteral("import"), custom, QStringLiteral("--profile"), profile,
                          QStringLiteral("--mode"), QStringLiteral("delta"), QStringLiteral("--json")});
    EXPECT_JSON_REPORT(fromFile, 0, fileJson);
    QCOMPARE(count(fileJson, "tenants", "added"), 1);
    RUN_DB(mueller, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T80"),
                         QStringLiteral("--json")});
    EXPECT_JSON_OK(mueller, muellerJson);
    QCOMPARE(muellerJson.value(QStringLiteral("last_name")).toString(), QStringLiteral("Müller"));
    QCOMPARE(muellerJson.value(QStringLiteral("first_name")).toString(), QStringLiteral("Jürg"));
    QCOMPARE(muellerJson.value(QStringLiteral("tenancies")).toArray().at(0)[QStringLiteral("start")].toString(),
             QStringLiteral("2023-03-15"));
    // The delta import left the German file's tenant alone.
    RUN_DB(juerg, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T70"),
                       QStringLiteral("--json")});
    EXPECT_JSON_OK(juerg, juergJson);
    QVERIFY(juergJson.value(QStringLiteral("tenancies")).toArray().at(0)[QStringLiteral("end")].isNull());

    // A profile that is not there: refused before anything is opened or recorded.
    DUMP(before, db);
    RUN_DB(missing, db, {QStringLiteral("import"), german, QStringLiteral("--profile"),
                         m_sandbox.filePath(QStringLiteral("no-such-profile.json"))});
    EXPECT_REFUSED(missing);
    EXPECT_STDERR_CONTAINS(missing, QStringLiteral("no-such-profile.json"));
    DUMP(after, db);
    EXPECT_SAME_DATABASE(before, after, QStringList());
}

// ---- --mode delta -------------------------------------------------------------------------------

void TestCockpitctlImport::deltaMode_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::deltaMode()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    RUN_DB(base, db, {QStringLiteral("import"), file(QStringLiteral("base.csv"), baseList())});
    EXPECT_EXIT(base, 0);

    // Delta: Peter Meier's missing row ends nothing; the rest is added and updated as in a snapshot.
    RUN_DB(delta, db, {QStringLiteral("import"), file(QStringLiteral("second.csv"), secondSnapshot()),
                       QStringLiteral("--mode"), QStringLiteral("delta"), QStringLiteral("--json")});
    EXPECT_JSON_REPORT(delta, 0, json);
    QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("delta"));
    QCOMPARE(count(json, "tenancies", "ended"), 0);
    QCOMPARE(count(json, "tenancies", "added"), 1);
    QCOMPARE(count(json, "tenants", "added"), 1);
    QCOMPARE(count(json, "tenants", "updated"), 2);
    RUN_DB(peter, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T2"),
                       QStringLiteral("--json")});
    EXPECT_JSON_OK(peter, peterJson);
    QVERIFY2(peterJson.value(QStringLiteral("tenancies")).toArray().at(0)[QStringLiteral("end")].isNull(),
             qPrintable(peter.describe()));

    // The same file as a snapshot then ends his tenancy.
    RUN_DB(snapshot, db, {QStringLiteral("import"), file(QStringLiteral("second.csv"), secondSnapshot()),
                          QStringLiteral("--mode"), QStringLiteral("snapshot"), QStringLiteral("--json")});
    EXPECT_JSON_REPORT(snapshot, 0, snapshotJson);
    QCOMPARE(count(snapshotJson, "tenancies", "ended"), 1);
    QCOMPARE(count(snapshotJson, "tenants", "updated"), 0);
}

// ---- --strict and the lenient default -----------------------------------------------------------

void TestCockpitctlImport::strictAndLenient_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::strictAndLenient()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    const QString path = file(QStringLiteral("onebad.csv"), listWithOneBadRow());

    DUMP(before, db);
    RUN_DB(strict, db, {QStringLiteral("import"), path, QStringLiteral("--strict"), QStringLiteral("--json")});
    EXPECT_JSON_REPORT(strict, 1, strictJson);
    QCOMPARE(strictJson.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QJsonArray strictRejected = strictJson.value(QStringLiteral("rejected")).toArray();
    QCOMPARE(strictRejected.size(), 1);
    QCOMPARE(strictRejected.at(0)[QStringLiteral("file")].toString(), QStringLiteral("onebad.csv"));
    QCOMPARE(strictRejected.at(0)[QStringLiteral("line")].toInteger(), 6);
    QCOMPARE(strictRejected.at(0)[QStringLiteral("column")].toString(), QStringLiteral("email"));
    QVERIFY(strictRejected.at(0)[QStringLiteral("reason")].toString().contains(QStringLiteral("not-an-email")));
    // What a script's log shows: the refusal, where, and why.
    EXPECT_STDERR_CONTAINS(strict, QStringLiteral("cockpitctl: Nothing was imported"));
    EXPECT_STDERR_CONTAINS(strict, QStringLiteral("onebad.csv, line 6, column \"email\""));
    DUMP(afterStrict, db);
    EXPECT_SAME_DATABASE(before, afterStrict, runRecordTables());
    RUN_DB(status, db, {QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_JSON_OK(status, statusJson);
    QCOMPARE(tableCount(statusJson, "persons"), 0);

    // Without --strict the good rows apply and the bad one is reported: exit 0.
    RUN_DB(lenient, db, {QStringLiteral("import"), path, QStringLiteral("--json")});
    EXPECT_JSON_REPORT(lenient, 0, lenientJson);
    QCOMPARE(lenientJson.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(count(lenientJson, "tenants", "added"), 3);
    QCOMPARE(lenientJson.value(QStringLiteral("rejected")).toArray(), strictRejected);
    EXPECT_STDERR_CONTAINS(lenient, QStringLiteral("rejected"));
    EXPECT_STDERR_CONTAINS(lenient, QStringLiteral("line 6"));
    RUN_DB(eva, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T5")});
    EXPECT_REFUSED(eva);
    EXPECT_STDERR_CONTAINS(eva, QStringLiteral("T5"));
}

// ---- --dry-run ------------------------------------------------------------------------------------

void TestCockpitctlImport::dryRunChangesNothing_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::dryRunChangesNothing()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    RUN_DB(base, db, {QStringLiteral("import"), file(QStringLiteral("base.csv"), baseList())});
    EXPECT_EXIT(base, 0);

    const QString second = file(QStringLiteral("second.csv"), secondSnapshot());
    RUN_DB(statusBefore, db, {QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_JSON_OK(statusBefore, statusBeforeJson);
    DUMP(before, db);

    RUN_DB(dry, db, {QStringLiteral("import"), second, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    EXPECT_JSON_REPORT(dry, 0, dryJson);
    QCOMPARE(dryJson.value(QStringLiteral("dry_run")).toBool(false), true);
    QCOMPARE(dryJson.value(QStringLiteral("applied")).toBool(true), false);

    RUN_DB(statusAfter, db, {QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_JSON_OK(statusAfter, statusAfterJson);
    QJsonObject countsBefore = statusBeforeJson.value(QStringLiteral("counts")).toObject();
    QJsonObject countsAfter = statusAfterJson.value(QStringLiteral("counts")).toObject();
    // The dry run is history too: one more run, nothing else.
    QCOMPARE(countsAfter.value(QStringLiteral("import_runs")).toInteger(),
             countsBefore.value(QStringLiteral("import_runs")).toInteger() + 1);
    countsBefore.remove(QStringLiteral("import_runs"));
    countsAfter.remove(QStringLiteral("import_runs"));
    QCOMPARE(countsAfter, countsBefore);
    DUMP(after, db);
    EXPECT_SAME_DATABASE(before, after, runRecordTables());

    // The real run does exactly what the dry run showed.
    RUN_DB(real, db, {QStringLiteral("import"), second, QStringLiteral("--json")});
    EXPECT_JSON_REPORT(real, 0, realJson);
    for (const QString &key :
         {QStringLiteral("properties"), QStringLiteral("buildings"), QStringLiteral("units"), QStringLiteral("tenants"),
          QStringLiteral("tenancies"), QStringLiteral("email_changed"), QStringLiteral("aliases_created"),
          QStringLiteral("rejected"), QStringLiteral("warnings"), QStringLiteral("changes")}) {
        QVERIFY2(realJson.value(key) == dryJson.value(key),
                 qPrintable(QStringLiteral("\"%1\" differs between the dry run and the real run\n"
                                           " dry run: %2\n real run: %3")
                                .arg(key, QString::fromUtf8(QJsonDocument(QJsonObject{{key,
                                                                                       dryJson.value(key)}}).toJson()),
                                     QString::fromUtf8(QJsonDocument(QJsonObject{{key,
                                                                                  realJson.value(key)}}).toJson()))));
    }
    QCOMPARE(count(realJson, "tenancies", "ended"), 1);
}

// ---- bad files ------------------------------------------------------------------------------------

void TestCockpitctlImport::badFiles_data()
{
    tc::test::addBackendColumn();
    QTest::addColumn<QByteArray>("content"); // empty with exists false: no file at all
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("recorded");      // a rejected run is recorded (a missing path is not)
    QTest::addColumn<QStringList>("messages"); // what the message on stderr must name

    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk += char((i * 131 + 7) % 256);
    const QByteArray unterminated = kHeader + "P1,Seeblick,\"Seestrasse 1,8001,Zürich,U1,Whg 1,T1,Anna,Muster,,,,"
                                              "2020-01-01,\n";
    const QByteArray missingColumn = "property_ref,unit_ref,tenant_ref,last_name\nP1,U1,T1,Muster\n";
    for (const Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        const char *b = backend == Backend::SQLite ? "sqlite" : "postgresql";
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s: %s", b, name) << backend; };
        row("missing file") << QByteArray() << false << false
                            << QStringList{QStringLiteral("There is no file or folder"), QStringLiteral("bad.csv")};
        row("empty file") << QByteArray() << true << true << QStringList{QStringLiteral("bad.csv"),
                                                                         QStringLiteral("empty")};
        row("binary junk") << junk << true << true << QStringList{QStringLiteral("bad.csv")};
        row("unterminated quote") << unterminated << true << true
                                  << QStringList{QStringLiteral("bad.csv, line 2"), QStringLiteral("never closed")};
        row("missing column") << missingColumn << true << true
                              << QStringList{QStringLiteral("bad.csv, line 1"), QStringLiteral("move_in")};
        row("header only") << kHeader << true << true << QStringList{QStringLiteral("bad.csv"),
                                                                     QStringLiteral("no tenants")};
    }
}

void TestCockpitctlImport::badFiles()
{
    TC_SCRATCH_DATABASE(db);
    QFETCH(QByteArray, content);
    QFETCH(bool, exists);
    QFETCH(bool, recorded);
    QFETCH(QStringList, messages);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    RUN_DB(base, db, {QStringLiteral("import"), file(QStringLiteral("base.csv"), baseList())});
    EXPECT_EXIT(base, 0);

    const QString path = exists ? file(QStringLiteral("bad.csv"), content)
                                : QDir(folder(QStringLiteral("nothing"))).filePath(QStringLiteral("bad.csv"));
    DUMP(before, db);
    RUN_DB(run, db, {QStringLiteral("import"), path, QStringLiteral("--json")});
    EXPECT_EXIT(run, 1);
    QVERIFY2(run.errText().startsWith(QStringLiteral("cockpitctl: ")), qPrintable(run.describe()));
    for (const QString &text : std::as_const(messages))
        EXPECT_STDERR_CONTAINS(run, text);
    DUMP(after, db);
    EXPECT_SAME_DATABASE(before, after, runRecordTables());
    if (!recorded) {
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        EXPECT_SAME_DATABASE(before, after, QStringList());
        return;
    }
    // A rejected run is history: recorded with its reason, and its report is on stdout.
    QString jsonError;
    const QJsonObject json = tc::test::jsonOf(run, &jsonError);
    QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError + u'\n' + run.describe()));
    EXPECT_REPORT_SHAPE(json, run);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(!json.value(QStringLiteral("rejected")).toArray().isEmpty());
    QCOMPARE(after.value(QStringLiteral("import_runs")).rows, before.value(QStringLiteral("import_runs")).rows + 1);
    RUN_DB(show, db, {QStringLiteral("imports"), QStringLiteral("show"),
                      QString::number(json.value(QStringLiteral("run_id")).toInteger()), QStringLiteral("--json")});
    EXPECT_JSON_OK(show, shown);
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(shown.value(QStringLiteral("rejected")), json.value(QStringLiteral("rejected")));
}

// ---- usage errors -----------------------------------------------------------------------------------

void TestCockpitctlImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString csv = QStringLiteral("list.csv");
    QTest::newRow("unknown --format") << QStringList{QStringLiteral("import"), csv, QStringLiteral("--format"),
                                                     QStringLiteral("xlsx")};
    QTest::newRow("unknown --mode") << QStringList{QStringLiteral("import"), csv, QStringLiteral("--mode"),
                                                   QStringLiteral("full")};
    QTest::newRow("--once without --watch") << QStringList{QStringLiteral("import"), csv, QStringLiteral("--once")};
    QTest::newRow("import without PATH") << QStringList{QStringLiteral("import")};
    QTest::newRow("import with two paths") << QStringList{QStringLiteral("import"), csv, QStringLiteral("other.csv")};
    QTest::newRow("--watch with a PATH") << QStringList{QStringLiteral("import"), csv, QStringLiteral("--watch"),
                                                        QStringLiteral("drop")};
    QTest::newRow("--watch with --dry-run")
        << QStringList{QStringLiteral("import"), QStringLiteral("--watch"), QStringLiteral("drop"),
                       QStringLiteral("--dry-run")};
    QTest::newRow("--watch with --profile")
        << QStringList{QStringLiteral("import"), QStringLiteral("--watch"), QStringLiteral("drop"),
                       QStringLiteral("--profile"),
                       QStringLiteral("de")};
    QTest::newRow("--watch without a folder") << QStringList{QStringLiteral("import"), QStringLiteral("--watch")};
    QTest::newRow("--profile with data-exchange")
        << QStringList{QStringLiteral("import"), csv, QStringLiteral("--format"), QStringLiteral("data-exchange"),
                       QStringLiteral("--profile"), QStringLiteral("de")};
    QTest::newRow("--profile on status") << QStringList{QStringLiteral("status"), QStringLiteral("--profile"),
                                                        QStringLiteral("de")};
    QTest::newRow("--profile on imports") << QStringList{QStringLiteral("imports"), QStringLiteral("list"),
                                                         QStringLiteral("--profile"),
                                                         QStringLiteral("de")};
    QTest::newRow("--dry-run on tenant") << QStringList{QStringLiteral("tenant"), QStringLiteral("show"),
                                                        QStringLiteral("T1"),
                                                        QStringLiteral("--dry-run")};
    QTest::newRow("--watch on settings") << QStringList{QStringLiteral("settings"), QStringLiteral("list"),
                                                        QStringLiteral("--watch"),
                                                        QStringLiteral("drop")};
    QTest::newRow("imports without subcommand") << QStringList{QStringLiteral("imports")};
    QTest::newRow("imports show without id") << QStringList{QStringLiteral("imports"), QStringLiteral("show")};
    QTest::newRow("imports show abc") << QStringList{QStringLiteral("imports"), QStringLiteral("show"),
                                                     QStringLiteral("abc")};
    QTest::newRow("imports list extra") << QStringList{QStringLiteral("imports"), QStringLiteral("list"),
                                                       QStringLiteral("x")};
    QTest::newRow("tenant without subcommand") << QStringList{QStringLiteral("tenant")};
    QTest::newRow("tenant show without ref") << QStringList{QStringLiteral("tenant"), QStringLiteral("show")};
    QTest::newRow("tenant set without a field") << QStringList{QStringLiteral("tenant"), QStringLiteral("set"),
                                                               QStringLiteral("T1")};
    QTest::newRow("tenant show with --email")
        << QStringList{QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T1"),
                       QStringLiteral("--email"),
                       QStringLiteral("a@example.ch")};
    QTest::newRow("--email on status") << QStringList{QStringLiteral("status"), QStringLiteral("--email"),
                                                      QStringLiteral("a@example.ch")};
}

void TestCockpitctlImport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbFile = dir.filePath(QStringLiteral("usage.db"));
    QProcessEnvironment env = environment();
    QStringList full{QStringLiteral("--db"), QStringLiteral("sqlite:") + dbFile};
    full += arguments;
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.setProgram(tc::test::cockpitctlPath());
    process.setArguments(full);
    process.setProcessEnvironment(env);
    process.start();
    const CliRun run = tc::test::collect(process, full);
    QVERIFY2(run.finished && run.exitStatus == QProcess::NormalExit, qPrintable(run.describe()));
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(QStringLiteral("unexpected stdout\n") + run.describe()));
    EXPECT_STDERR_CONTAINS(run, QStringLiteral("cockpitctl: "));
    EXPECT_STDERR_CONTAINS(run, QStringLiteral("--help"));
    QVERIFY2(!QFileInfo::exists(dbFile), "a usage error must not create the database");
}

// ---- data-exchange: folder, zip, autoImport false and --confirm -----------------------------------

void TestCockpitctlImport::dataExchangeFolderAndZip_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::dataExchangeFolderAndZip()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);

    const QString job = QDir(folder(QStringLiteral("exchange"))).filePath(QStringLiteral("job-a"));
    QVERIFY(writeFolder(job, exchangeJob("a")));
    RUN_DB(folderRun, db, {QStringLiteral("import"), job, QStringLiteral("--json")});
    EXPECT_JSON_REPORT(folderRun, 0, folderJson);
    QCOMPARE(folderJson.value(QStringLiteral("format")).toString(), QStringLiteral("data-exchange"));
    QCOMPARE(count(folderJson, "properties", "added"), 1);
    QCOMPARE(count(folderJson, "buildings", "added"), 1);
    QCOMPARE(count(folderJson, "units", "added"), 1);
    QCOMPARE(count(folderJson, "tenancies", "added"), 1);

    // The same job again is harmless; --format data-exchange says what auto-detection found.
    RUN_DB(again, db, {QStringLiteral("import"), job, QStringLiteral("--format"), QStringLiteral("data-exchange"),
                       QStringLiteral("--json")});
    EXPECT_JSON_REPORT(again, 0, againJson);
    QCOMPARE(count(againJson, "properties", "added"), 0);
    QCOMPARE(count(againJson, "tenancies", "added"), 0);

    // A tenant list's profile makes no sense for a job.
    RUN_DB(profiled, db, {QStringLiteral("import"), job, QStringLiteral("--profile"), QStringLiteral("de")});
    EXPECT_EXIT(profiled, 2);
    EXPECT_STDERR_CONTAINS(profiled, QStringLiteral("--profile"));

    // A job as a .zip.
    const QString zip = QDir(folder(QStringLiteral("exchange"))).filePath(QStringLiteral("job-b.zip"));
    QVERIFY(writeZip(zip, exchangeJob("b")));
    RUN_DB(zipRun, db, {QStringLiteral("import"), zip, QStringLiteral("--json")});
    EXPECT_JSON_REPORT(zipRun, 0, zipJson);
    QCOMPARE(zipJson.value(QStringLiteral("format")).toString(), QStringLiteral("data-exchange"));
    QCOMPARE(count(zipJson, "properties", "added"), 1);
    QCOMPARE(count(zipJson, "units", "added"), 1);

    // autoImport false: checked, shown, not applied until someone confirms.
    const QString waiting = QDir(folder(QStringLiteral("exchange"))).filePath(QStringLiteral("job-c"));
    QVERIFY(writeFolder(waiting, exchangeJob("c", R"({"autoImport": false})")));
    DUMP(before, db);
    RUN_DB(unconfirmed, db, {QStringLiteral("import"), waiting, QStringLiteral("--json")});
    EXPECT_JSON_REPORT(unconfirmed, 1, unconfirmedJson);
    QCOMPARE(unconfirmedJson.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_confirmation"));
    QCOMPARE(count(unconfirmedJson, "properties", "added"), 1); // what confirming would do
    EXPECT_STDERR_CONTAINS(unconfirmed, QStringLiteral("--confirm"));
    DUMP(afterUnconfirmed, db);
    EXPECT_SAME_DATABASE(before, afterUnconfirmed, runRecordTables());
    RUN_DB(history, db, {QStringLiteral("imports"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_JSON_OK(history, historyJson);
    QCOMPARE(historyJson.value(QStringLiteral("runs")).toArray().at(0)[QStringLiteral("status")].toString(),
             QStringLiteral("awaiting_confirmation"));

    RUN_DB(confirmed, db, {QStringLiteral("import"), waiting, QStringLiteral("--confirm"), QStringLiteral("--json")});
    EXPECT_JSON_REPORT(confirmed, 0, confirmedJson);
    QCOMPARE(confirmedJson.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(count(confirmedJson, "properties", "added"), 1);
    RUN_DB(status, db, {QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_JSON_OK(status, statusJson);
    QCOMPARE(tableCount(statusJson, "properties"), 3);
    QCOMPARE(tableCount(statusJson, "tenancies"), 3);

    // A job with a dangling reference is refused whole, with file, line and column.
    QMap<QString, QByteArray> dangling = exchangeJob("d");
    dangling[QStringLiteral("units.csv")] = "importType,id,groupId,name\n"
                                            "insert,dddddddd-3333-4333-8333-333333333333,"
                                            "ffffffff-2222-4222-8222-222222222222,Whg 9\n";
    const QString danglingJob = QDir(folder(QStringLiteral("exchange"))).filePath(QStringLiteral("job-d"));
    QVERIFY(writeFolder(danglingJob, dangling));
    DUMP(beforeDangling, db);
    RUN_DB(refused, db, {QStringLiteral("import"), danglingJob, QStringLiteral("--json")});
    EXPECT_JSON_REPORT(refused, 1, refusedJson);
    QCOMPARE(refusedJson.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_STDERR_CONTAINS(refused, QStringLiteral("units.csv, line 2, column \"groupId\""));
    DUMP(afterDangling, db);
    EXPECT_SAME_DATABASE(beforeDangling, afterDangling, runRecordTables());
}

void TestCockpitctlImport::dataExchangeWithTenants_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::dataExchangeWithTenants()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    QMap<QString, QByteArray> files = exchangeJob("e");
    files[QStringLiteral("tenants.csv")] = "importType,id,registrationCode,email,phone,name\n"
                                           "insert,eeeeeeee-5555-4555-8555-555555555555,,erika@example.ch,+41791234567,"
                                           "Erika Beispiel\n";
    files[QStringLiteral("tenantCheckIns.csv")] = "importType,tenantId,utilisationPeriodId\n"
                                                  "insert,eeeeeeee-5555-4555-8555-555555555555,"
                                                  "eeeeeeee-4444-4444-8444-444444444444\n";
    const QString job = QDir(folder(QStringLiteral("exchange"))).filePath(QStringLiteral("job-e"));
    QVERIFY(writeFolder(job, files));
    RUN_DB(run, db, {QStringLiteral("import"), job, QStringLiteral("--json")});
    EXPECT_EXIT(run, 0);
    QString jsonError;
    const QJsonObject json = tc::test::jsonOf(run, &jsonError);
    QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError + u'\n' + run.describe()));
    EXPECT_REPORT_SHAPE(json, run);
    QCOMPARE(count(json, "tenants", "added"), 1);
    RUN_DB(show, db, {QStringLiteral("tenant"), QStringLiteral("show"),
                      QStringLiteral("eeeeeeee-5555-4555-8555-555555555555"), QStringLiteral("--json")});
    EXPECT_JSON_OK(show, shown);
    QCOMPARE(shown.value(QStringLiteral("email")).toString(), QStringLiteral("erika@example.ch"));
    QCOMPARE(shown.value(QStringLiteral("tenancies")).toArray().size(), 1);
}

// ---- imports list / show --------------------------------------------------------------------------

void TestCockpitctlImport::importHistory_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::importHistory()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);

    RUN_DB(empty, db, {QStringLiteral("imports"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_JSON_OK(empty, emptyJson);
    QCOMPARE(emptyJson.value(QStringLiteral("runs")).toArray().size(), 0);

    RUN_DB(a, db, {QStringLiteral("import"), file(QStringLiteral("base.csv"), baseList()), QStringLiteral("--json")});
    EXPECT_JSON_REPORT(a, 0, aJson);
    RUN_DB(b, db, {QStringLiteral("import"), file(QStringLiteral("onebad.csv"), listWithOneBadRow()),
                   QStringLiteral("--json")});
    EXPECT_JSON_REPORT(b, 0, bJson);
    RUN_DB(c, db, {QStringLiteral("import"), file(QStringLiteral("empty.csv"), QByteArray()),
                   QStringLiteral("--json")});
    EXPECT_JSON_REPORT(c, 1, cJson);
    RUN_DB(d, db, {QStringLiteral("import"), file(QStringLiteral("second.csv"), secondSnapshot()),
                   QStringLiteral("--dry-run"), QStringLiteral("--json")});
    EXPECT_JSON_REPORT(d, 0, dJson);

    RUN_DB(list, db, {QStringLiteral("imports"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_JSON_OK(list, listJson);
    const QJsonArray runs = listJson.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 4);
    // Newest first, with what each one did.
    const QList<QJsonObject> reports{dJson, cJson, bJson, aJson};
    const QStringList sources{QStringLiteral("second.csv"), QStringLiteral("empty.csv"), QStringLiteral("onebad.csv"),
                              QStringLiteral("base.csv")};
    const QStringList statuses{QStringLiteral("applied"), QStringLiteral("rejected"), QStringLiteral("applied"),
                               QStringLiteral("applied")};
    const QList<qint64> rejectedRows{0, 1, 1, 0};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject run = runs.at(i).toObject();
        const QString context = QString::fromUtf8(QJsonDocument(run).toJson(QJsonDocument::Compact));
        QVERIFY2(run.value(QStringLiteral("run_id")) == reports.at(i).value(QStringLiteral("run_id")),
                 qPrintable(context));
        QVERIFY2(run.value(QStringLiteral("source")).toString() == sources.at(i), qPrintable(context));
        QVERIFY2(run.value(QStringLiteral("status")).toString() == statuses.at(i), qPrintable(context));
        QVERIFY2(run.value(QStringLiteral("dry_run")).toBool() == (i == 0), qPrintable(context));
        QVERIFY2(run.value(QStringLiteral("rejected_rows")).toInteger(-1) == rejectedRows.at(i), qPrintable(context));
        QVERIFY2(run.value(QStringLiteral("format")).toString() == u"tenant-list", qPrintable(context));
        QVERIFY2(!run.value(QStringLiteral("actor")).toString().isEmpty(), qPrintable(context));
        QVERIFY2(QDateTime::fromString(run.value(QStringLiteral("started_at")).toString(), Qt::ISODate).isValid(),
                 qPrintable(context));
        QVERIFY2(run.value(QStringLiteral("sha256")).toString().size() == 64 || i == 1 /* empty file */,
                 qPrintable(context));
    }

    // One run's report: what the import printed, the rejected rows included.
    RUN_DB(show, db, {QStringLiteral("imports"), QStringLiteral("show"),
                      QString::number(bJson.value(QStringLiteral("run_id")).toInteger()), QStringLiteral("--json")});
    EXPECT_JSON_OK(show, shown);
    EXPECT_REPORT_SHAPE(shown, show);
    QCOMPARE(shown, bJson);
    QCOMPARE(shown.value(QStringLiteral("rejected")).toArray().size(), 1);

    RUN_DB(text, db, {QStringLiteral("imports"), QStringLiteral("list")});
    EXPECT_EXIT(text, 0);
    for (const QString &source : sources)
        QVERIFY2(text.outText().contains(source), qPrintable(text.describe()));
    QVERIFY2(text.outText().contains(QStringLiteral("dry run")), qPrintable(text.describe()));
    RUN_DB(showText, db, {QStringLiteral("imports"), QStringLiteral("show"),
                          QString::number(bJson.value(QStringLiteral("run_id")).toInteger())});
    EXPECT_EXIT(showText, 0);
    QVERIFY2(showText.outText().contains(QStringLiteral("line 6")), qPrintable(showText.describe()));
    QVERIFY2(showText.outText().contains(QStringLiteral("not-an-email")), qPrintable(showText.describe()));

    RUN_DB(unknown, db, {QStringLiteral("imports"), QStringLiteral("show"), QStringLiteral("9999")});
    EXPECT_REFUSED(unknown);
    EXPECT_STDERR_CONTAINS(unknown, QStringLiteral("9999"));
}

// ---- tenant show / set and the ERP interface ------------------------------------------------------

void TestCockpitctlImport::tenantCommands_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::tenantCommands()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    RUN_DB(base, db, {QStringLiteral("import"), file(QStringLiteral("base.csv"), baseList())});
    EXPECT_EXIT(base, 0);

    const auto show = [&](const QString &ref) {
        return tc::test::runCli(withDb(db, {QStringLiteral("tenant"), QStringLiteral("show"), ref,
                                            QStringLiteral("--json")}),
                                environment());
    };
    const CliRun first = show(QStringLiteral("T1"));
    EXPECT_JSON_OK(first, anna);
    QCOMPARE(anna.value(QStringLiteral("ref")).toString(), QStringLiteral("T1"));
    QCOMPARE(anna.value(QStringLiteral("first_name")).toString(), QStringLiteral("Anna"));
    QCOMPARE(anna.value(QStringLiteral("last_name")).toString(), QStringLiteral("Muster"));
    QCOMPARE(anna.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.ch"));
    QCOMPARE(anna.value(QStringLiteral("phone")).toString(), QStringLiteral("044 123 45 67"));
    QCOMPARE(anna.value(QStringLiteral("phone_e164")).toString(), QStringLiteral("+41441234567"));
    QCOMPARE(anna.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(anna.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(anna.value(QStringLiteral("erp_owned")).toBool(true), false);
    const QJsonArray tenancies = anna.value(QStringLiteral("tenancies")).toArray();
    QCOMPARE(tenancies.size(), 2);
    QSet<QString> units;
    for (const QJsonValue &t : tenancies) {
        units.insert(t[QStringLiteral("unit_ref")].toString());
        QCOMPARE(t[QStringLiteral("property_ref")].toString(), QStringLiteral("P1"));
        QCOMPARE(t[QStringLiteral("start")].toString(), QStringLiteral("2020-01-01"));
        QVERIFY(t[QStringLiteral("end")].isNull());
        QVERIFY2(t[QStringLiteral("address")].toString().contains(QStringLiteral("Seestrasse 1")),
                 qPrintable(first.describe()));
    }
    QCOMPARE(units, (QSet<QString>{QStringLiteral("U1"), QStringLiteral("PP1")}));

    // Without the ERP interface the office may change everything.
    RUN_DB(setEmail, db, {QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("T1"),
                          QStringLiteral("--email"), QStringLiteral("x@y.ch"), QStringLiteral("--json")});
    EXPECT_JSON_OK(setEmail, setJson);
    QCOMPARE(setJson.value(QStringLiteral("email")).toString(), QStringLiteral("x@y.ch"));
    const CliRun afterSet = show(QStringLiteral("T1"));
    EXPECT_JSON_OK(afterSet, changed);
    QCOMPARE(changed.value(QStringLiteral("email")).toString(), QStringLiteral("x@y.ch"));
    QVERIFY2(!changed.value(QStringLiteral("history")).toArray().isEmpty(), qPrintable(afterSet.describe()));
    // The newest entry: in words for reading, and the values as stored for scripts.
    const QJsonObject newest = changed.value(QStringLiteral("history")).toArray().first().toObject();
    QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("person.updated"));
    QCOMPARE(newest.value(QStringLiteral("after")).toString(), QStringLiteral("E-mail: x@y.ch"));
    const QJsonArray stored = newest.value(QStringLiteral("changes")).toArray();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("email"));
    QCOMPARE(stored.first().toObject().value(QStringLiteral("after")).toString(), QStringLiteral("x@y.ch"));
    QVERIFY(stored.first().toObject().value(QStringLiteral("before")).isString());
    RUN_DB(badEmail, db, {QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("T1"),
                          QStringLiteral("--email"), QStringLiteral("not an address")});
    EXPECT_REFUSED(badEmail);

    // With it on, name, e-mail and phone are the ERP's: refused with the one sentence, nothing changed.
    RUN_DB(erpOn, db, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("erp.interface"),
                       QStringLiteral("true")});
    EXPECT_EXIT(erpOn, 0);
    DUMP(before, db);
    for (const QStringList &edit : {QStringList{QStringLiteral("--email"), QStringLiteral("new@y.ch")},
                                    QStringList{QStringLiteral("--first-name"), QStringLiteral("Anne")},
                                    QStringList{QStringLiteral("--phone"), QStringLiteral("044 999 99 99")},
                                    QStringList{QStringLiteral("--email"), QStringLiteral("new@y.ch"),
                                                QStringLiteral("--language"),
                                                QStringLiteral("fr")}}) {
        RUN_CLI(refused, withDb(db, QStringList{QStringLiteral("tenant"), QStringLiteral("set"),
                                                QStringLiteral("T1")} + edit),
                environment());
        EXPECT_REFUSED(refused);
        EXPECT_STDERR_CONTAINS(refused, QStringLiteral("managed by the ERP"));
    }
    DUMP(after, db);
    EXPECT_SAME_DATABASE(before, after, QStringList());
    const CliRun locked = show(QStringLiteral("T1"));
    EXPECT_JSON_OK(locked, lockedJson);
    QCOMPARE(lockedJson.value(QStringLiteral("erp_owned")).toBool(false), true);
    QCOMPARE(lockedJson.value(QStringLiteral("email")).toString(), QStringLiteral("x@y.ch"));

    // The language is the office's, not the ERP's.
    RUN_DB(language, db, {QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("T1"),
                          QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--json")});
    EXPECT_JSON_OK(language, languageJson);
    QCOMPARE(languageJson.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(languageJson.value(QStringLiteral("email")).toString(), QStringLiteral("x@y.ch"));

    // The next import is the way they change.
    RUN_DB(reimport, db, {QStringLiteral("import"), file(QStringLiteral("base.csv"), baseList()),
                          QStringLiteral("--json")});
    EXPECT_JSON_REPORT(reimport, 0, reimportJson);
    QCOMPARE(strings(reimportJson.value(QStringLiteral("email_changed"))), QStringList{QStringLiteral("T1")});
    const CliRun restored = show(QStringLiteral("T1"));
    EXPECT_JSON_OK(restored, restoredJson);
    QCOMPARE(restoredJson.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.ch"));

    // Text output names the lock; an unknown reference is refused.
    RUN_DB(text, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T1")});
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.outText().contains(QStringLiteral("managed by the ERP")), qPrintable(text.describe()));
    QVERIFY2(text.outText().contains(QStringLiteral("Anna Muster")), qPrintable(text.describe()));
    RUN_DB(unknown, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T999")});
    EXPECT_REFUSED(unknown);
    EXPECT_STDERR_CONTAINS(unknown, QStringLiteral("T999"));
}

// ---- kill -9 in the middle of a large import --------------------------------------------------------

void TestCockpitctlImport::killedImportLeavesNothing_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::killedImportLeavesNothing()
{
    TC_SCRATCH_DATABASE(db);
    // Large enough to be killed in the middle of it: the import prints its first progress line after a
    // second; smaller on PostgreSQL, where the rows travel to the server.
    const int bigRows = backend == tc::test::Backend::PostgreSQL ? 60000 : 250000;
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    RUN_DB(base, db, {QStringLiteral("import"), file(QStringLiteral("base.csv"), baseList())});
    EXPECT_EXIT(base, 0);
    const QString big = file(QStringLiteral("big.csv"), bigList(bigRows));
    DUMP(before, db);

    // Killed early (at the first progress line, while the rows are read) and late (once the import
    // says it is past 80 %, while the office's tables are written): every time, nothing stays.
    for (const int killAt : {0, 80}) {
        const QString context = QStringLiteral("killed at %1 %\n").arg(killAt);
        const QStringList arguments = withDb(db, {QStringLiteral("import"), big, QStringLiteral("--json")});
        QProcess victim;
        victim.setReadChannel(QProcess::StandardError);
        tc::test::startCli(victim, arguments, environment());
        QVERIFY(victim.waitForStarted(10000));
        QByteArray progress;
        int reached = -1;
        static const QRegularExpression line(QStringLiteral("Importing: (\\d+) %"));
        QDeadlineTimer deadline(kBigImportTimeoutMs);
        while (reached < killAt && !deadline.hasExpired() && victim.state() == QProcess::Running) {
            victim.waitForReadyRead(200);
            progress += victim.readAllStandardError();
            for (auto it = line.globalMatch(QString::fromUtf8(progress)); it.hasNext();)
                reached = std::max(reached, it.next().captured(1).toInt());
        }
        QVERIFY2(victim.state() == QProcess::Running,
                 qPrintable(context + QStringLiteral("the import ended before it could be killed; stderr: ")
                            + QString::fromUtf8(progress + victim.readAllStandardError())));
        QVERIFY2(reached >= killAt, qPrintable(context + QString::fromUtf8(progress)));
        victim.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(victim.waitForFinished(30000));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

        // Exactly as before: no persons, no run, nothing.
        DUMP(after, db);
        const QString difference = dumpDifference(before, after);
        QVERIFY2(difference.isEmpty(), qPrintable(context + difference));
    }

    // The same file again goes through, whole ...
    const CliRun rerun = tc::test::runCli(withDb(db, {QStringLiteral("import"), big, QStringLiteral("--json")}),
                                          environment(),
                                          kBigImportTimeoutMs);
    QVERIFY2(rerun.finished && rerun.exitStatus == QProcess::NormalExit, qPrintable(rerun.describe()));
    EXPECT_JSON_REPORT(rerun, 0, json);
    QCOMPARE(count(json, "tenants", "added"), bigRows);
    QCOMPARE(count(json, "tenants", "unchanged"), 3);
    QCOMPARE(count(json, "tenancies", "added"), bigRows);
    QCOMPARE(json.value(QStringLiteral("rejected")).toArray().size(), 0);
    DUMP(applied, db);
    QCOMPARE(applied.value(QStringLiteral("persons")).rows, 3 + bigRows);
    // Every index the bulk load left out is back.
    QCOMPARE(applied.value(QStringLiteral("(indexes)")).sample, before.value(QStringLiteral("(indexes)")).sample);
    // (The street key's index, whose name on PostgreSQL ends in _id_idx since migration 10.)
    QVERIFY(before.value(QStringLiteral("(indexes)")).sample.filter(QStringLiteral("buildings_street_key_")).size() == 1);

    // ... and once more changes nothing at all but the history.
    const CliRun again = tc::test::runCli(withDb(db, {QStringLiteral("import"), big, QStringLiteral("--json")}),
                                          environment(),
                                          kBigImportTimeoutMs);
    QVERIFY2(again.finished && again.exitStatus == QProcess::NormalExit, qPrintable(again.describe()));
    EXPECT_JSON_REPORT(again, 0, againJson);
    for (const char *kind : {"properties", "buildings", "units", "tenants", "tenancies"}) {
        QVERIFY2(count(againJson, kind, "added") == 0 && count(againJson, kind, "updated") == 0,
                 qPrintable(QStringLiteral("%1 changed on an unchanged file\n").arg(QLatin1StringView(kind))
                            + again.describe()));
    }
    QCOMPARE(count(againJson, "tenants", "unchanged"), 3 + bigRows);
    QCOMPARE(count(againJson, "tenancies", "ended"), 0);
    QCOMPARE(strings(againJson.value(QStringLiteral("email_changed"))), QStringList());
    DUMP(unchanged, db);
    EXPECT_SAME_DATABASE(applied, unchanged,
                         (QStringList{QStringLiteral("import_runs"), QStringLiteral("import_rejections"),
                                      QStringLiteral("audit_log")}));
    QCOMPARE(unchanged.value(QStringLiteral("import_runs")).rows,
             applied.value(QStringLiteral("import_runs")).rows + 1);
}

// ---- the drop folder --------------------------------------------------------------------------------

void TestCockpitctlImport::dropFolderOnce_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::dropFolderOnce()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    const QString drop = folder(QStringLiteral("drop"));
    const QDir dir(drop);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("tenants.csv")), baseList(), 10));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.csv")), kHeader + "P1,\"never closed\n", 10));
    QVERIFY(writeFolder(dir.filePath(QStringLiteral("job-pending")), exchangeJob("a"), false));
    QVERIFY(writeFolder(dir.filePath(QStringLiteral("job-confirm")), exchangeJob("c", R"({"autoImport": false})")));
    QVERIFY(writeZip(dir.filePath(QStringLiteral("job-zipped.zip")), exchangeJob("b"), 10));
    // Not jobs: a manifest on its own, a spreadsheet, a file another program is still writing.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("manifest.json")), "{}", 10));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("mieter.xlsx")), "PK\x03\x04 not really", 10));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("next.csv.part")), baseList(), 10));
    const QStringList onceArguments = withDb(db, {QStringLiteral("import"), QStringLiteral("--watch"), drop,
                                                  QStringLiteral("--once"),
                                                  QStringLiteral("--json")});

    RUN_CLI(first, onceArguments, environment());
    EXPECT_EXIT(first, 1); // broken.csv failed
    QString jsonError;
    const QJsonObject json = tc::test::jsonOf(first, &jsonError);
    QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError + u'\n' + first.describe()));
    QMap<QString, QString> statuses;
    for (const QJsonValue &entry : json.value(QStringLiteral("processed")).toArray())
        statuses.insert(entry[QStringLiteral("entry")].toString(), entry[QStringLiteral("status")].toString());
    const QMap<QString, QString> expected{{QStringLiteral("broken.csv"), QStringLiteral("rejected")},
                                          {QStringLiteral("job-confirm"), QStringLiteral("awaiting_confirmation")},
                                          {QStringLiteral("job-zipped.zip"), QStringLiteral("applied")},
                                          {QStringLiteral("tenants.csv"), QStringLiteral("applied")}};
    QVERIFY2(statuses == expected, qPrintable(first.describe()));
    EXPECT_STDERR_CONTAINS(first, QStringLiteral("broken.csv"));

    QCOMPARE(jobsIn(dir.filePath(QStringLiteral("done"))).size(), 2);
    QCOMPARE(jobsIn(dir.filePath(QStringLiteral("failed"))).size(), 1);
    QCOMPARE(jobsIn(dir.filePath(QStringLiteral("awaiting"))).size(), 1);
    QCOMPARE(jobsIn(drop), (QStringList{QStringLiteral("awaiting"), QStringLiteral("done"), QStringLiteral("failed"),
                                        QStringLiteral("job-pending"), QStringLiteral("manifest.json"),
                                        QStringLiteral("mieter.xlsx"), QStringLiteral("next.csv.part")}));
    // Each moved job has its report beside it, and the report is the run's.
    for (const QJsonValue &entry : json.value(QStringLiteral("processed")).toArray()) {
        const QString movedTo = entry[QStringLiteral("moved_to")].toString();
        const QString reportPath = entry[QStringLiteral("report")].toString();
        QVERIFY2(QFileInfo::exists(movedTo), qPrintable(movedTo));
        QCOMPARE(reportPath, movedTo + QStringLiteral(".report.json"));
        const QJsonObject report = readJsonFile(reportPath);
        QCOMPARE(report.value(QStringLiteral("run_id")).toInteger(), entry[QStringLiteral("run_id")].toInteger());
        QCOMPARE(report.value(QStringLiteral("status")).toString(), entry[QStringLiteral("status")].toString());
    }
    const QString doneList = dir.filePath(QStringLiteral("done/")
                                          + jobsIn(dir.filePath(QStringLiteral("done"))).constLast());
    QVERIFY2(doneList.endsWith(QStringLiteral("-tenants.csv")), qPrintable(doneList));
    const QJsonObject doneReport = readJsonFile(doneList + QStringLiteral(".report.json"));
    QCOMPARE(count(doneReport, "tenants", "added"), 3);
    RUN_DB(anna, db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T1")});
    EXPECT_EXIT(anna, 0);

    // Nothing new: nothing is imported again.
    RUN_CLI(second, onceArguments, environment());
    EXPECT_EXIT(second, 0);
    const QJsonObject secondJson = tc::test::jsonOf(second, &jsonError);
    QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError + u'\n' + second.describe()));
    QCOMPARE(secondJson.value(QStringLiteral("processed")).toArray().size(), 0);

    // The pending job's manifest arrives: now it is complete and imported.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("job-pending/manifest.json")), "{}"));
    RUN_CLI(third, onceArguments, environment());
    EXPECT_EXIT(third, 0);
    const QJsonObject thirdJson = tc::test::jsonOf(third, &jsonError);
    QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError + u'\n' + third.describe()));
    QCOMPARE(thirdJson.value(QStringLiteral("processed")).toArray().size(), 1);
    QCOMPARE(thirdJson[QStringLiteral("processed")][0][QStringLiteral("entry")].toString(),
             QStringLiteral("job-pending"));
    QCOMPARE(thirdJson[QStringLiteral("processed")][0][QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("job-pending"))));

    // Another watcher holds the folder: nothing is done, nothing moved.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("later.csv")), secondSnapshot(), 10));
    {
        QLockFile other(dir.filePath(QStringLiteral(".tenant-cockpit-import.lock")));
        other.setStaleLockTime(0);
        QVERIFY(other.tryLock(0));
        RUN_CLI(busy, onceArguments, environment());
        EXPECT_EXIT(busy, 0);
        const QJsonObject busyJson = tc::test::jsonOf(busy, &jsonError);
        QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError + u'\n' + busy.describe()));
        QCOMPARE(busyJson.value(QStringLiteral("busy")).toBool(false), true);
        QCOMPARE(busyJson.value(QStringLiteral("processed")).toArray().size(), 0);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("later.csv"))));
    }
    // A file that is still being written (modified just now) is waited for until it has settled.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("fresh.csv")), baseList()));
    RUN_DB(fourth, db, {QStringLiteral("import"), QStringLiteral("--watch"), drop, QStringLiteral("--once")});
    EXPECT_EXIT(fourth, 0);
    QVERIFY2(fourth.outText().contains(QStringLiteral("later.csv: applied")), qPrintable(fourth.describe()));
    QVERIFY2(fourth.outText().contains(QStringLiteral("fresh.csv: applied")), qPrintable(fourth.describe()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("later.csv"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("fresh.csv"))));
    QCOMPARE(jobsIn(dir.filePath(QStringLiteral("done"))).size(), 5);
}

void TestCockpitctlImport::dropFolderWatch_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlImport::dropFolderWatch()
{
    TC_SCRATCH_DATABASE(db);
    RUN_DB(init, db, {QStringLiteral("init")});
    EXPECT_EXIT(init, 0);
    const QString drop = folder(QStringLiteral("watched"));
    const QDir dir(drop);
    const QStringList watchArguments = withDb(db, {QStringLiteral("import"), QStringLiteral("--watch"), drop,
                                                   QStringLiteral("--json")});

    // The long-running watcher picks up what is dropped while it runs, and stops on SIGTERM.
    {
        QProcess watcher;
        tc::test::startCli(watcher, watchArguments, environment());
        QVERIFY(watcher.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += watcher.readAllStandardError()).contains("Watching"), 30000);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("tenants.csv")), baseList(), 10));
        QTRY_COMPARE_WITH_TIMEOUT(jobsIn(dir.filePath(QStringLiteral("done"))).size(), 1, 60000);
        QVERIFY(jobsIn(dir.filePath(QStringLiteral("done"))).constFirst().endsWith(QStringLiteral("-tenants.csv")));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += watcher.readAllStandardOutput()).contains('\n'), 30000);
        QString jsonError;
        CliRun firstLine;
        firstLine.out = out.left(out.indexOf('\n'));
        const QJsonObject line = tc::test::jsonOf(firstLine, &jsonError);
        QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError + u'\n' + QString::fromUtf8(out)));
        QCOMPARE(line.value(QStringLiteral("entry")).toString(), QStringLiteral("tenants.csv"));
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        watcher.terminate();
        QVERIFY(watcher.waitForFinished(30000));
        QCOMPARE(watcher.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watcher.exitCode(), 0);
        err += watcher.readAllStandardError();
        QVERIFY2(err.contains("Stopped watching"), err.constData());
    }

    // SIGTERM during an import: it rolls back and the job stays in the folder, to be imported later.
    // Large enough to be still running when the signal comes.
    const int bigRows = backend == tc::test::Backend::PostgreSQL ? 60000 : 250000;
    const QByteArray big = bigList(bigRows);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("big.csv")), big, 10));
    const QString lock = dir.filePath(QStringLiteral(".tenant-cockpit-import.lock"));
    DUMP(before, db);
    {
        QProcess watcher;
        tc::test::startCli(watcher, watchArguments, environment());
        QVERIFY(watcher.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lock), 30000); // the first round has begun
        watcher.terminate();
        QVERIFY(watcher.waitForFinished(60000));
        QCOMPARE(watcher.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watcher.exitCode(), 0);
    }
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("big.csv"))));
    QVERIFY(!QFileInfo::exists(lock));
    QCOMPARE(jobsIn(dir.filePath(QStringLiteral("done"))).size(), 1);
    QCOMPARE(jobsIn(dir.filePath(QStringLiteral("failed"))).size(), 0);
    DUMP(afterTerm, db);
    EXPECT_SAME_DATABASE(before, afterTerm, QStringList());

    // kill -9 of the watcher: its lock stays behind, stale; the next watcher takes over and imports.
    {
        QProcess watcher;
        tc::test::startCli(watcher, watchArguments, environment());
        QVERIFY(watcher.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lock), 30000);
        QTest::qWait(300);
        watcher.kill();
        QVERIFY(watcher.waitForFinished(30000));
    }
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("big.csv"))));
    DUMP(afterKill, db);
    EXPECT_SAME_DATABASE(before, afterKill, QStringList());
    const CliRun once = tc::test::runCli(withDb(db, {QStringLiteral("import"), QStringLiteral("--watch"), drop,
                                                     QStringLiteral("--once")}),
                                         environment(), kBigImportTimeoutMs);
    QVERIFY2(once.finished && once.exitStatus == QProcess::NormalExit, qPrintable(once.describe()));
    EXPECT_EXIT(once, 0);
    QVERIFY2(once.outText().contains(QStringLiteral("big.csv: applied")), qPrintable(once.describe()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("big.csv"))));
    QCOMPARE(jobsIn(dir.filePath(QStringLiteral("done"))).size(), 2);
    DUMP(imported, db);
    QCOMPARE(imported.value(QStringLiteral("persons")).rows, 3 + bigRows);
}

// ---- help -------------------------------------------------------------------------------------------

void TestCockpitctlImport::help()
{
    RUN_CLI(run, (QStringList{QStringLiteral("--help")}), environment());
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    const QString text = run.outText();
    for (const QString &expected :
         {QStringLiteral("import PATH"), QStringLiteral("import --watch DIR"), QStringLiteral("imports list"),
          QStringLiteral("imports show RUN_ID"), QStringLiteral("tenant show REF"), QStringLiteral("tenant set REF"),
          QStringLiteral("--format"), QStringLiteral("auto|tenant-list|data-exchange"), QStringLiteral("--profile"),
          QStringLiteral("en|de|FILE"), QStringLiteral("--mode"), QStringLiteral("snapshot|delta"),
          QStringLiteral("--strict"), QStringLiteral("--dry-run"), QStringLiteral("--confirm"),
          QStringLiteral("--watch"), QStringLiteral("--once"), QStringLiteral("--first-name"),
          QStringLiteral("--last-name"), QStringLiteral("--email"), QStringLiteral("--phone"),
          QStringLiteral("--language"), QStringLiteral("erp.interface"), QStringLiteral("import.drop_folder")}) {
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("help does not mention %1\n").arg(expected) + run.describe()));
    }
}

QTEST_GUILESS_MAIN(TestCockpitctlImport)
#include "tst_cockpitctl_import.moc"
