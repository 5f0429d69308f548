// tst_cockpitctl: runs the real cockpitctl binary (from TC_BIN_DIR) as a separate process against
// real databases, SQLite and PostgreSQL, and checks what a script sees: exit codes (0 done,
// 1 refused, 2 usage), JSON on stdout and messages on stderr.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "domain/Settings.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using tc::test::Backend;
using tc::test::CliRun;
using tc::test::cockpitctlPath;
using tc::test::collect;
using tc::test::jsonOf;
using tc::test::runCli;
using tc::test::ScratchDatabase;
using tc::test::startCli;

namespace {

QStringList expectedSettingKeys()
{
    return {QStringLiteral("company.name"),         QStringLiteral("company.country"),
            QStringLiteral("company.language"),     QStringLiteral("erp.interface"),
            QStringLiteral("alias_users"),
            QStringLiteral("smtp.host"),            QStringLiteral("smtp.port"),
            QStringLiteral("smtp.security"),        QStringLiteral("smtp.user"),
            QStringLiteral("smtp.from"),            QStringLiteral("smtp.ca_file"),
            QStringLiteral("registration.base_url"), QStringLiteral("import.drop_folder")};
}

} // namespace

class TestCockpitctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void initWithDemoData_data();
    void initWithDemoData();
    void statusJson_data();
    void statusJson();
    void versionJson();
    void settingsCommands_data();
    void settingsCommands();
    void usageErrors_data();
    void usageErrors();
    void pinboardTexts_data();
    void pinboardTexts();
    void help();
    void unknownUrlScheme();
    void unreachablePostgres();
    void sqliteFileThatIsNoDatabase();
    void missingSqliteFileIsNotCreated();
    void refusedDemoChangesNothing_data();
    void refusedDemoChangesNothing();
    void killedDuringDemoLeavesNothing_data();
    void killedDuringDemoLeavesNothing();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();
    void concurrentMigrate_data();
    void concurrentMigrate();
    void defaultDatabase();

private:
    // The environment of every run: no TENANT_COCKPIT_DB, HOME and XDG_DATA_HOME in a folder of
    // the test's own, so nothing ever touches the real user's database.
    QProcessEnvironment environment() const;
    static QStringList withDb(const ScratchDatabase &db, QStringList arguments);

    QTemporaryDir m_sandbox;
};

QProcessEnvironment TestCockpitctl::environment() const
{
    return tc::test::sandboxEnvironment(m_sandbox.filePath(QStringLiteral("home")));
}

QStringList TestCockpitctl::withDb(const ScratchDatabase &db, QStringList arguments)
{
    arguments.prepend(db.urlText());
    arguments.prepend(QStringLiteral("--db"));
    return arguments;
}

void TestCockpitctl::initTestCase()
{
    QVERIFY2(tc::test::cockpitctlMissing().isEmpty(), qPrintable(tc::test::cockpitctlMissing()));
    QVERIFY(m_sandbox.isValid());
}

// ---- init --------------------------------------------------------------------------------------

void TestCockpitctl::initWithDemoData_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctl::initWithDemoData()
{
    TC_SCRATCH_DATABASE(db);
    const QString company = QStringLiteral("Muster Verwaltung AG");

    RUN_CLI(init, withDb(db, {QStringLiteral("init"), QStringLiteral("--company"), company,
                              QStringLiteral("--demo"), QStringLiteral("50"), QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(init, json);
    QCOMPARE(json.value(QStringLiteral("database")).toString(), db.urlText());
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());
    QCOMPARE(json.value(QStringLiteral("company")).toString(), company);
    QVERIFY2(json.value(QStringLiteral("counts")).isObject(), qPrintable(init.describe()));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("persons")).toInteger(-1), 50);
    QVERIFY2(counts.value(QStringLiteral("agents")).toInteger(-1) > 0, qPrintable(init.describe()));
    QVERIFY2(json.value(QStringLiteral("demo")).isObject(), qPrintable(init.describe()));
    const QJsonObject demo = json.value(QStringLiteral("demo")).toObject();
    QCOMPARE(demo.value(QStringLiteral("tenants")).toInteger(-1), 50);
    QCOMPARE(demo.value(QStringLiteral("agents")).toInteger(-1), counts.value(QStringLiteral("agents")).toInteger(-2));
    // A ticket for every tenth tenant, as the counts per table see them.
    QCOMPARE(demo.value(QStringLiteral("tickets")).toInteger(-1), 5);
    QCOMPARE(counts.value(QStringLiteral("tickets")).toInteger(-1), 5);

    RUN_CLI(before, withDb(db, {QStringLiteral("status"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(before, beforeJson);
    const QJsonObject countsBefore = beforeJson.value(QStringLiteral("counts")).toObject();
    QCOMPARE(countsBefore.value(QStringLiteral("persons")).toInteger(-1), 50);

    // Demo data only goes into an empty database: the second run is refused and writes nothing.
    RUN_CLI(again, withDb(db, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("50")}),
            environment());
    EXPECT_REFUSED(again);
    EXPECT_STDERR_CONTAINS(again, QStringLiteral("empty"));

    RUN_CLI(after, withDb(db, {QStringLiteral("status"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(after, afterJson);
    const QJsonObject countsAfter = afterJson.value(QStringLiteral("counts")).toObject();
    QCOMPARE(countsAfter.value(QStringLiteral("persons")).toInteger(-1), 50);
    QCOMPARE(countsAfter, countsBefore);

    RUN_CLI(name, withDb(db, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company.name")}),
            environment());
    EXPECT_EXIT(name, 0);
    QCOMPARE(name.outText().trimmed(), company);
}

// ---- status / version --------------------------------------------------------------------------

void TestCockpitctl::statusJson_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctl::statusJson()
{
    TC_SCRATCH_DATABASE(db);
    RUN_CLI(init, withDb(db, {QStringLiteral("init")}), environment());
    EXPECT_EXIT(init, 0);
    QVERIFY2(init.outText().contains(QStringLiteral("ready")), qPrintable(init.describe()));

    RUN_CLI(status, withDb(db, {QStringLiteral("status"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(status, json);
    for (const QString &key : {QStringLiteral("database"), QStringLiteral("dialect"), QStringLiteral("schema_version"),
                               QStringLiteral("latest_schema_version"), QStringLiteral("counts")}) {
        QVERIFY2(json.contains(key), qPrintable(QStringLiteral("missing key %1\n").arg(key) + status.describe()));
    }
    QCOMPARE(json.value(QStringLiteral("database")).toString(), db.urlText());
    QCOMPARE(json.value(QStringLiteral("dialect")).toString(),
             backend == Backend::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"));
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());
    QCOMPARE(json.value(QStringLiteral("latest_schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());
    QVERIFY(tc::Migrator::latestBuiltinVersion() > 0);

    QVERIFY2(json.value(QStringLiteral("counts")).isObject(), qPrintable(status.describe()));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    for (const QString &table : {QStringLiteral("company"), QStringLiteral("persons"), QStringLiteral("tickets"),
                                 QStringLiteral("audit_log")}) {
        QVERIFY2(counts.value(table).isDouble(),
                 qPrintable(QStringLiteral("counts.%1 missing\n").arg(table) + status.describe()));
    }
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        QVERIFY2(it.value().isDouble() && it.value().toInteger(-1) >= 0, qPrintable(it.key()));
    QCOMPARE(counts.value(QStringLiteral("company")).toInteger(-1), 1);
    QCOMPARE(counts.value(QStringLiteral("persons")).toInteger(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("tickets")).toInteger(-1), 0);

    // Without --json: readable text on stdout, with the same facts.
    RUN_CLI(text, withDb(db, {QStringLiteral("status")}), environment());
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.err.isEmpty(), qPrintable(text.describe()));
    QVERIFY2(text.outText().contains(db.urlText()), qPrintable(text.describe()));
    QVERIFY2(text.outText().contains(QStringLiteral("persons")), qPrintable(text.describe()));
}

void TestCockpitctl::versionJson()
{
    // No database is needed: the environment names none that would work, and none is created.
    QProcessEnvironment env = environment();
    QTemporaryDir home;
    QVERIFY(home.isValid());
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    RUN_CLI(version, (QStringList{QStringLiteral("version"), QStringLiteral("--json")}), env);
    EXPECT_JSON_OK(version, json);
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral(TC_VERSION));
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());
    QCOMPARE(json.value(QStringLiteral("qt")).toString(), QString::fromLatin1(qVersion()));
    QVERIFY2(!QFileInfo::exists(home.filePath(QStringLiteral("data/tenant-cockpit"))),
             "\"version\" must not create a database");

    env.insert(QStringLiteral("TENANT_COCKPIT_DB"), QStringLiteral("postgresql://postgres@127.0.0.1:1/none?sslmode=disable"));
    RUN_CLI(plain, (QStringList{QStringLiteral("version")}), env);
    EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.outText().contains(QStringLiteral(TC_VERSION)), qPrintable(plain.describe()));
    QVERIFY2(plain.err.isEmpty(), qPrintable(plain.describe()));
}

// ---- settings ----------------------------------------------------------------------------------

void TestCockpitctl::settingsCommands_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctl::settingsCommands()
{
    TC_SCRATCH_DATABASE(db);
    const QString company = QStringLiteral("Immo Beispiel GmbH");
    RUN_CLI(init, withDb(db, {QStringLiteral("init"), QStringLiteral("--company"), company}), environment());
    EXPECT_EXIT(init, 0);

    auto get = [&](const QString &key) {
        return runCli(withDb(db, {QStringLiteral("settings"), QStringLiteral("get"), key}), environment());
    };

    // list
    RUN_CLI(list, withDb(db, {QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(list, listJson);
    QVERIFY2(listJson.value(QStringLiteral("settings")).isArray(), qPrintable(list.describe()));
    const QJsonArray entries = listJson.value(QStringLiteral("settings")).toArray();
    QSet<QString> seenKeys;
    for (const QJsonValue &value : entries) {
        QVERIFY2(value.isObject(), qPrintable(list.describe()));
        const QJsonObject entry = value.toObject();
        for (const QString &field : {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("default"),
                                     QStringLiteral("is_default"), QStringLiteral("type")}) {
            QVERIFY2(entry.contains(field), qPrintable(QStringLiteral("entry without \"%1\"\n").arg(field) + list.describe()));
        }
        QVERIFY(entry.value(QStringLiteral("is_default")).isBool());
        QVERIFY(!entry.value(QStringLiteral("type")).toString().isEmpty());
        const QString key = entry.value(QStringLiteral("key")).toString();
        seenKeys.insert(key);
        if (key == u"company.country") {
            QCOMPARE(entry.value(QStringLiteral("value")).toString(), QStringLiteral("CH"));
            QCOMPARE(entry.value(QStringLiteral("default")).toString(), QStringLiteral("CH"));
            QCOMPARE(entry.value(QStringLiteral("is_default")).toBool(), true);
            QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("country_code"));
        } else if (key == u"company.language") {
            QCOMPARE(entry.value(QStringLiteral("value")).toString(), QStringLiteral("de"));
            QCOMPARE(entry.value(QStringLiteral("is_default")).toBool(), true);
            QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("choice"));
            QCOMPARE(entry.value(QStringLiteral("choices")).toArray().size(), 4);
        } else if (key == u"company.name") {
            QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
            QCOMPARE(entry.value(QStringLiteral("value")).toString(), company);
            QCOMPARE(entry.value(QStringLiteral("is_default")).toBool(), false);
        }
    }
    QCOMPARE(entries.size(), expectedSettingKeys().size());
    const QStringList expected = expectedSettingKeys();
    QCOMPARE(seenKeys, QSet<QString>(expected.cbegin(), expected.cend()));

    // get
    {
        const CliRun country = get(QStringLiteral("company.country"));
        QVERIFY2(country.finished, qPrintable(country.describe()));
        EXPECT_EXIT(country, 0);
        QCOMPARE(country.outText().trimmed(), QStringLiteral("CH"));
        QVERIFY2(country.err.isEmpty(), qPrintable(country.describe()));
    }
    RUN_CLI(getJson, withDb(db, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company.country"),
                                 QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(getJson, gotJson);
    QCOMPARE(gotJson.value(QStringLiteral("key")).toString(), QStringLiteral("company.country"));
    QCOMPARE(gotJson.value(QStringLiteral("value")).toString(), QStringLiteral("CH"));

    // set: values are stored in canonical form
    RUN_CLI(setCountry, withDb(db, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.country"),
                                    QStringLiteral("de"), QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(setCountry, setCountryJson);
    QCOMPARE(setCountryJson.value(QStringLiteral("value")).toString(), QStringLiteral("DE"));
    {
        const CliRun country = get(QStringLiteral("company.country"));
        QVERIFY2(country.finished, qPrintable(country.describe()));
        EXPECT_EXIT(country, 0);
        QCOMPARE(country.outText().trimmed(), QStringLiteral("DE"));
    }

    RUN_CLI(setLanguage, withDb(db, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.language"),
                                     QStringLiteral("FR")}),
            environment());
    EXPECT_EXIT(setLanguage, 0);
    QVERIFY2(setLanguage.err.isEmpty(), qPrintable(setLanguage.describe()));
    {
        const CliRun language = get(QStringLiteral("company.language"));
        QVERIFY2(language.finished, qPrintable(language.describe()));
        EXPECT_EXIT(language, 0);
        QCOMPARE(language.outText().trimmed(), QStringLiteral("fr"));
    }

    // A value of the wrong type is refused, says what was expected and changes nothing.
    RUN_CLI(badCountry, withDb(db, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.country"),
                                    QStringLiteral("XX")}),
            environment());
    EXPECT_REFUSED(badCountry);
    EXPECT_STDERR_CONTAINS(badCountry, QStringLiteral("country code"));
    EXPECT_STDERR_CONTAINS(badCountry, QStringLiteral("XX"));
    {
        const CliRun country = get(QStringLiteral("company.country"));
        QVERIFY2(country.finished, qPrintable(country.describe()));
        EXPECT_EXIT(country, 0);
        QCOMPARE(country.outText().trimmed(), QStringLiteral("DE"));
    }

    RUN_CLI(badLanguage, withDb(db, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.language"),
                                     QStringLiteral("xx")}),
            environment());
    EXPECT_REFUSED(badLanguage);
    EXPECT_STDERR_CONTAINS(badLanguage, QStringLiteral("de, fr, it, en"));
    {
        const CliRun language = get(QStringLiteral("company.language"));
        QVERIFY2(language.finished, qPrintable(language.describe()));
        QCOMPARE(language.outText().trimmed(), QStringLiteral("fr"));
    }

    // An unknown key is refused with the list of valid keys.
    RUN_CLI(unknownKey, withDb(db, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("nope"),
                                    QStringLiteral("1")}),
            environment());
    EXPECT_REFUSED(unknownKey);
    EXPECT_STDERR_CONTAINS(unknownKey, QStringLiteral("nope"));
    for (const QString &key : expectedSettingKeys())
        EXPECT_STDERR_CONTAINS(unknownKey, key);

    RUN_CLI(unknownGet, withDb(db, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("nope")}),
            environment());
    EXPECT_REFUSED(unknownGet);
    EXPECT_STDERR_CONTAINS(unknownGet, QStringLiteral("company.language"));

    // The company name must not be empty.
    RUN_CLI(emptyName, withDb(db, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.name"),
                                   QString()}),
            environment());
    EXPECT_REFUSED(emptyName);
    EXPECT_STDERR_CONTAINS(emptyName, QStringLiteral("company.name"));
    {
        const CliRun name = get(QStringLiteral("company.name"));
        QVERIFY2(name.finished, qPrintable(name.describe()));
        EXPECT_EXIT(name, 0);
        QCOMPARE(name.outText().trimmed(), company);
    }

    // The final state, seen through "settings list".
    RUN_CLI(listAfter, withDb(db, {QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(listAfter, listAfterJson);
    QMap<QString, QString> values;
    QMap<QString, bool> isDefault;
    for (const QJsonValue &value : listAfterJson.value(QStringLiteral("settings")).toArray()) {
        values.insert(value[QStringLiteral("key")].toString(), value[QStringLiteral("value")].toString());
        isDefault.insert(value[QStringLiteral("key")].toString(), value[QStringLiteral("is_default")].toBool());
    }
    QCOMPARE(values.value(QStringLiteral("company.country")), QStringLiteral("DE"));
    QCOMPARE(values.value(QStringLiteral("company.language")), QStringLiteral("fr"));
    QCOMPARE(values.value(QStringLiteral("company.name")), company);
    QCOMPARE(isDefault.value(QStringLiteral("company.country"), true), false);
    QCOMPARE(isDefault.value(QStringLiteral("company.language"), true), false);

    if (backend == Backend::SQLite) {
        // An unknown key is refused before any database is opened: no file appears.
        const QString fresh = QFileInfo(db.url().sqlitePath()).dir().filePath(QStringLiteral("untouched.db"));
        RUN_CLI(untouched, (QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + fresh,
                                        QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("nope"),
                                        QStringLiteral("1")}),
                environment());
        EXPECT_REFUSED(untouched);
        QVERIFY2(!QFileInfo::exists(fresh), "an unknown setting key must not create the database");
    }
}

// ---- usage errors and help ---------------------------------------------------------------------

void TestCockpitctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("only --json") << QStringList{QStringLiteral("--json")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("init --demo abc") << QStringList{QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("abc")};
    QTest::newRow("init --demo 0") << QStringList{QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("0")};
    QTest::newRow("init --demo without value") << QStringList{QStringLiteral("init"), QStringLiteral("--demo")};
    QTest::newRow("init with an argument") << QStringList{QStringLiteral("init"), QStringLiteral("Muster AG")};
    QTest::newRow("settings without subcommand") << QStringList{QStringLiteral("settings")};
    QTest::newRow("settings get without key") << QStringList{QStringLiteral("settings"), QStringLiteral("get")};
    QTest::newRow("settings set without value")
        << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.name")};
    QTest::newRow("settings list with argument")
        << QStringList{QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("extra")};
    QTest::newRow("settings frob") << QStringList{QStringLiteral("settings"), QStringLiteral("frob")};
    QTest::newRow("status --demo 5") << QStringList{QStringLiteral("status"), QStringLiteral("--demo"), QStringLiteral("5")};
    QTest::newRow("migrate --company") << QStringList{QStringLiteral("migrate"), QStringLiteral("--company"), QStringLiteral("X")};
    QTest::newRow("status with argument") << QStringList{QStringLiteral("status"), QStringLiteral("extra")};
    QTest::newRow("version with argument") << QStringList{QStringLiteral("version"), QStringLiteral("extra")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("status")};
    QTest::newRow("--db without value") << QStringList{QStringLiteral("status"), QStringLiteral("--db")};
    const QString t = QStringLiteral("--title"), b = QStringLiteral("--body");
    QTest::newRow("pinboard alone") << QStringList{QStringLiteral("pinboard")};
    QTest::newRow("pinboard frob") << QStringList{QStringLiteral("pinboard"), QStringLiteral("frob")};
    QTest::newRow("pinboard post without title") << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), b, QStringLiteral("x")};
    QTest::newRow("pinboard post without text") << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("T")};
    QTest::newRow("pinboard post with two texts")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("T"), b, QStringLiteral("x"),
                       QStringLiteral("--body-file"), QStringLiteral("/etc/hostname")};
    QTest::newRow("pinboard post with two titles")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("A"), t, QStringLiteral("B"), b, QStringLiteral("x")};
    QTest::newRow("pinboard post with a stray word")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("Water"), QStringLiteral("off"), b, QStringLiteral("x")};
    QTest::newRow("pinboard post bad date")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("T"), b, QStringLiteral("x"),
                       QStringLiteral("--valid-from"), QStringLiteral("2026-13-01")};
    QTest::newRow("pinboard post bad date, file missing")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("T"), QStringLiteral("--body-file"),
                       QStringLiteral("/nonexistent/post.txt"), QStringLiteral("--valid-to"), QStringLiteral("tomorrow")};
    QTest::newRow("pinboard post future without important")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("T"), b, QStringLiteral("x"),
                       QStringLiteral("--include-future-tenants")};
    QTest::newRow("pinboard post --tenant")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("T"), b, QStringLiteral("x"),
                       QStringLiteral("--tenant"), QStringLiteral("T-1")};
    QTest::newRow("pinboard list --important") << QStringList{QStringLiteral("pinboard"), QStringLiteral("list"), QStringLiteral("--important")};
    QTest::newRow("pinboard list two properties")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("list"), QStringLiteral("--property"), QStringLiteral("P1"),
                       QStringLiteral("--property"), QStringLiteral("P2")};
    QTest::newRow("tickets list --important") << QStringList{QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--important")};
    QTest::newRow("tenants search --important")
        << QStringList{QStringLiteral("tenants"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--important")};
    QTest::newRow("import --body") << QStringList{QStringLiteral("import"), QStringLiteral("f.csv"), b, QStringLiteral("x")};
    QTest::newRow("pinboard post --email")
        << QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), t, QStringLiteral("T"), b, QStringLiteral("x"),
                       QStringLiteral("--email"), QStringLiteral("a@b.ch")};
    QTest::newRow("outbox list --body") << QStringList{QStringLiteral("outbox"), QStringLiteral("list"), b, QStringLiteral("x")};
}

void TestCockpitctl::pinboardTexts_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

// A post's text from a file as offices write them (UTF-8 with or without BOM, UTF-16, Windows-1252),
// and the files that are not text refused with nothing published.
void TestCockpitctl::pinboardTexts()
{
    TC_SCRATCH_DATABASE(db);
    RUN_CLI(init, withDb(db, {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Immo AG")}), environment());
    EXPECT_EXIT(init, 0);
    QTemporaryDir dir;
    const auto file = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return f.fileName();
    };
    const QString expected = QStringLiteral("Grüsse aus der Verwaltung – **bis bald**");
    QByteArray utf16 = "\xFF\xFE";
    for (const QChar c : expected) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    const struct
    {
        const char *name;
        QByteArray bytes;
        bool windows1252;
    } texts[] = {
        {"utf8.txt", expected.toUtf8(), false},
        {"bom.txt", "\xEF\xBB\xBF" + expected.toUtf8(), false},
        {"utf16.txt", utf16, false},
        {"ansi.txt", "Gr\xFCsse aus der Verwaltung \x96 **bis bald**", true},
    };
    for (const auto &text : texts) {
        const QString path = file(QString::fromLatin1(text.name), text.bytes);
        RUN_CLI(post, withDb(db, {QStringLiteral("pinboard"), QStringLiteral("post"), QStringLiteral("--title"),
                                  QString::fromLatin1(text.name), QStringLiteral("--body-file"), path, QStringLiteral("--json")}),
                environment());
        EXPECT_EXIT(post, 0);
        QString jsonError;
        const QJsonObject posted = jsonOf(post, &jsonError); // stderr may say how the file was read
        QVERIFY2(jsonError.isEmpty(), qPrintable(jsonError + post.describe()));
        QVERIFY(posted.value(QStringLiteral("post_id")).toInteger() > 0);
        QCOMPARE(posted.value(QStringLiteral("mails_queued")).toInt(), 0);
        QCOMPARE(post.errText().contains(QStringLiteral("Windows-1252")), text.windows1252);
    }
    RUN_CLI(list, withDb(db, {QStringLiteral("pinboard"), QStringLiteral("list"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(list, listed);
    const QJsonArray posts = listed.value(QStringLiteral("posts")).toArray();
    QCOMPARE(posts.size(), 4);
    for (const QJsonValue &p : posts) {
        QCOMPARE(p[QStringLiteral("body")].toString(), expected);
        QCOMPARE(p[QStringLiteral("whole_company")].toBool(), true);
        QCOMPARE(p[QStringLiteral("author")].toString().isEmpty(), false);
    }

    // Not text, not there, too long, no property of that reference: refused, nothing published.
    const QString binary = file(QStringLiteral("picture.png"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    const QString longText = file(QStringLiteral("long.txt"), QByteArray(20'001, 'x'));
    const QList<QStringList> refusals{
        {QStringLiteral("--body-file"), binary},
        {QStringLiteral("--body-file"), dir.filePath(QStringLiteral("missing.txt"))},
        {QStringLiteral("--body-file"), longText},
        {QStringLiteral("--body"), QStringLiteral("x"), QStringLiteral("--property"), QStringLiteral("P404")},
        {QStringLiteral("--body"), QStringLiteral("   ")},
    };
    for (const QStringList &refusal : refusals) {
        RUN_CLI(post, withDb(db, QStringList{QStringLiteral("pinboard"), QStringLiteral("post"), QStringLiteral("--title"),
                                             QStringLiteral("Refused")} + refusal),
                environment());
        EXPECT_EXIT(post, 1);
        EXPECT_STDERR_CONTAINS(post, QStringLiteral("cockpitctl: "));
    }
    RUN_CLI(again, withDb(db, {QStringLiteral("pinboard"), QStringLiteral("list")}), environment());
    EXPECT_EXIT(again, 0);
    QVERIFY2(!again.outText().contains(QStringLiteral("Refused")), qPrintable(again.describe()));
    QCOMPARE(again.outText().count(u'\n'), 4);
}

void TestCockpitctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("usage.db"));
    QStringList full{QStringLiteral("--db"), QStringLiteral("sqlite:") + file};
    full += arguments;

    RUN_CLI(run, full, environment());
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(QStringLiteral("unexpected stdout\n") + run.describe()));
    EXPECT_STDERR_CONTAINS(run, QStringLiteral("cockpitctl: "));
    EXPECT_STDERR_CONTAINS(run, QStringLiteral("--help"));
    // A usage error is found before anything is opened.
    QVERIFY2(!QFileInfo::exists(file), "a usage error must not create the database");
}

void TestCockpitctl::help()
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        RUN_CLI(run, (QStringList{option}), environment());
        EXPECT_EXIT(run, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
        const QString text = run.outText();
        for (const QString &command :
             {QStringLiteral("init"), QStringLiteral("migrate"), QStringLiteral("status"), QStringLiteral("version"),
              QStringLiteral("settings list"), QStringLiteral("settings get"), QStringLiteral("settings set"),
              QStringLiteral("--db"), QStringLiteral("--json"), QStringLiteral("--company"), QStringLiteral("--demo"),
              QStringLiteral("pinboard post --title TEXT (--body TEXT | --body-file FILE) [--property REF ...]"),
              QStringLiteral("[--important"), QStringLiteral("pinboard list [--property REF]")}) {
            QVERIFY2(text.contains(command), qPrintable(QStringLiteral("help does not mention %1\n").arg(command) + run.describe()));
        }
        QStringList keys = expectedSettingKeys();
        keys += tc::SettingsCatalog::keys();
        for (const QString &key : keys)
            QVERIFY2(text.contains(key), qPrintable(QStringLiteral("help does not mention %1\n").arg(key) + run.describe()));
    }
}

// ---- refusals ----------------------------------------------------------------------------------

void TestCockpitctl::unknownUrlScheme()
{
    RUN_CLI(run, (QStringList{QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("status")}),
            environment());
    EXPECT_REFUSED(run);
    EXPECT_STDERR_CONTAINS(run, QStringLiteral("mysql"));
    EXPECT_STDERR_CONTAINS(run, QStringLiteral("sqlite:"));
    EXPECT_STDERR_CONTAINS(run, QStringLiteral("postgresql://"));

    RUN_CLI(init, (QStringList{QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("init")}),
            environment());
    EXPECT_REFUSED(init);
    EXPECT_STDERR_CONTAINS(init, QStringLiteral("mysql"));
}

void TestCockpitctl::unreachablePostgres()
{
    const QString url = QStringLiteral("postgresql://postgres@127.0.0.1:1/none?sslmode=disable");
    for (const QString &command : {QStringLiteral("status"), QStringLiteral("init"), QStringLiteral("migrate")}) {
        RUN_CLI(run, (QStringList{QStringLiteral("--db"), url, command}), environment());
        EXPECT_REFUSED(run);
        EXPECT_STDERR_CONTAINS(run, QStringLiteral("127.0.0.1"));
        EXPECT_STDERR_CONTAINS(run, QStringLiteral("Cannot open"));
    }
}

void TestCockpitctl::sqliteFileThatIsNoDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("letter.db"));
    QByteArray junk;
    for (int i = 0; i < 200; ++i)
        junk += "Dear tenant, this file is a letter and not a database. ";
    for (int i = 0; i < 256; ++i)
        junk += char(i);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(junk), qint64(junk.size()));
    }

    for (const QStringList &command : {QStringList{QStringLiteral("status")}, QStringList{QStringLiteral("init")},
                                       QStringList{QStringLiteral("migrate")},
                                       QStringList{QStringLiteral("settings"), QStringLiteral("list")}}) {
        QStringList arguments{QStringLiteral("--db"), QStringLiteral("sqlite:") + path};
        arguments += command;
        RUN_CLI(run, arguments, environment());
        EXPECT_REFUSED(run);
        EXPECT_STDERR_CONTAINS(run, path);
        EXPECT_STDERR_CONTAINS(run, QStringLiteral("not a Tenant Cockpit database"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll() == junk, "the foreign file was changed");
    }
    QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-wal")), "a -wal file appeared next to the foreign file");
}

void TestCockpitctl::newerSchemaIsRefused_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctl::newerSchemaIsRefused()
{
    TC_SCRATCH_DATABASE(db);
    RUN_CLI(init, withDb(db, {QStringLiteral("init")}), environment());
    EXPECT_EXIT(init, 0);

    {
        auto connection = tc::Database::open(db.url(), QStringLiteral("test"));
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
        auto r = (*connection)->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                    "VALUES (999, 'future', '2030-01-01T00:00:00Z')"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    }

    const QList<QStringList> commands{
        {QStringLiteral("status")},
        {QStringLiteral("status"), QStringLiteral("--json")},
        {QStringLiteral("migrate")},
        {QStringLiteral("settings"), QStringLiteral("list")},
        {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company.country")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.country"), QStringLiteral("DE")},
        {QStringLiteral("init")},
    };
    for (const QStringList &command : commands) {
        RUN_CLI(run, withDb(db, command), environment());
        EXPECT_REFUSED(run);
        EXPECT_STDERR_CONTAINS(run, QStringLiteral("newer"));
        EXPECT_STDERR_CONTAINS(run, QStringLiteral("999"));
    }

    // Nothing was changed: the future version is still there and the country still the default.
    auto connection = tc::Database::open(db.url(), QStringLiteral("test"));
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    auto maxVersion = (*connection)->scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    QVERIFY2(maxVersion, qPrintable(maxVersion ? QString() : maxVersion.error().message));
    QCOMPARE(maxVersion->toInt(), 999);
    auto stored = (*connection)->scalar(QStringLiteral("SELECT count(*) FROM company_settings WHERE key = 'company.country'"));
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(stored->toInt(), 0);
}

// ---- concurrent migrate ------------------------------------------------------------------------

void TestCockpitctl::concurrentMigrate_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctl::concurrentMigrate()
{
    QFETCH(Backend, backend);
    const qsizetype steps = tc::Migrator::builtinMigrations().size();
    QVERIFY(steps > 0);
    for (int round = 1; round <= 3; ++round) {
        ScratchDatabase db(backend);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QStringList arguments = withDb(db, {QStringLiteral("migrate"), QStringLiteral("--json")});

        QProcess first;
        QProcess second;
        startCli(first, arguments, environment());
        startCli(second, arguments, environment());
        const CliRun a = collect(first, arguments);
        const CliRun b = collect(second, arguments);
        const QString context = QStringLiteral("round %1\n").arg(round);
        QVERIFY2(a.finished && a.exitStatus == QProcess::NormalExit, qPrintable(context + a.describe()));
        QVERIFY2(b.finished && b.exitStatus == QProcess::NormalExit, qPrintable(context + b.describe()));
        QVERIFY2(a.exitCode == 0, qPrintable(context + a.describe()));
        QVERIFY2(b.exitCode == 0, qPrintable(context + b.describe()));

        QString error;
        const QJsonObject jsonA = jsonOf(a, &error);
        QVERIFY2(error.isEmpty(), qPrintable(context + error + a.describe()));
        const QJsonObject jsonB = jsonOf(b, &error);
        QVERIFY2(error.isEmpty(), qPrintable(context + error + b.describe()));
        QCOMPARE(jsonA.value(QStringLiteral("schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());
        QCOMPARE(jsonB.value(QStringLiteral("schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());
        // Every step was applied exactly once, by one process or the other.
        QCOMPARE(jsonA.value(QStringLiteral("applied")).toInteger(-100) + jsonB.value(QStringLiteral("applied")).toInteger(-100),
                 qint64(steps));

        RUN_CLI(status, withDb(db, {QStringLiteral("status"), QStringLiteral("--json")}), environment());
        EXPECT_JSON_OK(status, json);
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());
        QVERIFY2(json.value(QStringLiteral("counts")).toObject().contains(QStringLiteral("persons")),
                 qPrintable(status.describe()));

        auto connection = tc::Database::open(db.url(), QStringLiteral("test"));
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
        auto rows = (*connection)->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"));
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->toLongLong(), qint64(steps));
    }
}

// ---- the default database ----------------------------------------------------------------------

void TestCockpitctl::defaultDatabase()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString dataHome = home.filePath(QStringLiteral("xdg-data"));
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("TENANT_COCKPIT_DB"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);

    // No --db, no TENANT_COCKPIT_DB: the desktop program's local file.
    const QString expectedFile = dataHome + QStringLiteral("/tenant-cockpit/cockpit.db");
    QVERIFY(!QFileInfo::exists(expectedFile));
    RUN_CLI(init, (QStringList{QStringLiteral("init"), QStringLiteral("--json")}), env);
    EXPECT_JSON_OK(init, json);
    QVERIFY2(QFileInfo(expectedFile).isFile(), qPrintable(expectedFile + QStringLiteral(" was not created\n") + init.describe()));
    QCOMPARE(json.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite:") + expectedFile);
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());

    RUN_CLI(status, (QStringList{QStringLiteral("status"), QStringLiteral("--json")}), env);
    EXPECT_JSON_OK(status, statusJson);
    QCOMPARE(statusJson.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite:") + expectedFile);
    QCOMPARE(statusJson.value(QStringLiteral("schema_version")).toInt(-1), tc::Migrator::latestBuiltinVersion());

    // The help names the default file.
    RUN_CLI(helpRun, (QStringList{QStringLiteral("--help")}), env);
    EXPECT_EXIT(helpRun, 0);
    QVERIFY2(helpRun.outText().contains(expectedFile), qPrintable(helpRun.describe()));

    // TENANT_COCKPIT_DB names another database: that one is used, the default is left alone.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString envFile = other.filePath(QStringLiteral("from-env/file.db"));
    QTemporaryDir otherHome;
    QVERIFY(otherHome.isValid());
    const QString otherDataHome = otherHome.filePath(QStringLiteral("xdg-data"));
    env.insert(QStringLiteral("HOME"), otherHome.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), otherDataHome);
    env.insert(QStringLiteral("TENANT_COCKPIT_DB"), QStringLiteral("sqlite:") + envFile);
    RUN_CLI(envInit, (QStringList{QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Env AG"),
                                  QStringLiteral("--json")}),
            env);
    EXPECT_JSON_OK(envInit, envJson);
    QVERIFY2(QFileInfo(envFile).isFile(), qPrintable(envFile + QStringLiteral(" was not created\n") + envInit.describe()));
    QCOMPARE(envJson.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite:") + envFile);
    QCOMPARE(envJson.value(QStringLiteral("company")).toString(), QStringLiteral("Env AG"));
    QVERIFY2(!QFileInfo::exists(otherDataHome + QStringLiteral("/tenant-cockpit/cockpit.db")),
             "with TENANT_COCKPIT_DB set, the default file must not be created");

    RUN_CLI(envGet, (QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company.name")}), env);
    EXPECT_EXIT(envGet, 0);
    QCOMPARE(envGet.outText().trimmed(), QStringLiteral("Env AG"));

    RUN_CLI(envStatus, (QStringList{QStringLiteral("status"), QStringLiteral("--json")}), env);
    EXPECT_JSON_OK(envStatus, envStatusJson);
    QCOMPARE(envStatusJson.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite:") + envFile);

    // --db still wins over TENANT_COCKPIT_DB.
    RUN_CLI(explicitDb, (QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + expectedFile,
                                     QStringLiteral("status"), QStringLiteral("--json")}),
            env);
    EXPECT_JSON_OK(explicitDb, explicitJson);
    QCOMPARE(explicitJson.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite:") + expectedFile);
}

void TestCockpitctl::missingSqliteFileIsNotCreated()
{
    // A mistyped path must not quietly become a new, empty office: only init (and migrate) create one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("typo.db"));
    const QString url = QStringLiteral("sqlite:") + path;
    const QList<QStringList> commands{{QStringLiteral("status")},
                                      {QStringLiteral("settings"), QStringLiteral("list")},
                                      {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company.country")},
                                      {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.country"),
                                       QStringLiteral("DE")}};
    for (const QStringList &command : commands) {
        RUN_CLI(run, (QStringList{QStringLiteral("--db"), url} + command), environment());
        EXPECT_REFUSED(run);
        EXPECT_STDERR_CONTAINS(run, QStringLiteral("There is no database at"));
        EXPECT_STDERR_CONTAINS(run, QStringLiteral("init"));
        QVERIFY2(!QFileInfo::exists(path), qPrintable(command.join(u' ')));
    }
    RUN_CLI(created, (QStringList{QStringLiteral("--db"), url, QStringLiteral("init")}), environment());
    EXPECT_EXIT(created, 0);
    QVERIFY(QFileInfo::exists(path));
    RUN_CLI(status, (QStringList{QStringLiteral("--db"), url, QStringLiteral("status")}), environment());
    EXPECT_EXIT(status, 0);
}

void TestCockpitctl::refusedDemoChangesNothing_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctl::refusedDemoChangesNothing()
{
    QFETCH(Backend, backend);
    ScratchDatabase db(backend);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    RUN_CLI(first, withDb(db, {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Alt AG"),
                               QStringLiteral("--demo"), QStringLiteral("30")}),
            environment());
    EXPECT_EXIT(first, 0);
    RUN_CLI(second, withDb(db, {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Neu AG"),
                                QStringLiteral("--demo"), QStringLiteral("30")}),
            environment());
    EXPECT_REFUSED(second);
    EXPECT_STDERR_CONTAINS(second, QStringLiteral("Nothing was changed"));
    RUN_CLI(name, withDb(db, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company.name")}),
            environment());
    EXPECT_EXIT(name, 0);
    QCOMPARE(name.out.trimmed(), QByteArray("Alt AG"));
}

void TestCockpitctl::killedDuringDemoLeavesNothing_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctl::killedDuringDemoLeavesNothing()
{
    // kill -9 in the middle of writing demo data: the database is as before, and usable.
    QFETCH(Backend, backend);
    ScratchDatabase db(backend);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    RUN_CLI(init, withDb(db, {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Vorher AG")}),
            environment());
    EXPECT_EXIT(init, 0);

    const QStringList arguments = withDb(db, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("2000000")});
    QProcess victim;
    victim.setReadChannel(QProcess::StandardError);
    startCli(victim, arguments, environment());
    QVERIFY(victim.waitForStarted(10000));
    // Wait for the first progress line (a tenth of the tenants written, not a guess at timing),
    // then kill it long before it is done.
    QByteArray progress;
    QDeadlineTimer deadline(180000);
    while (!progress.contains("Writing demo tenants") && !deadline.hasExpired() && victim.state() == QProcess::Running) {
        victim.waitForReadyRead(1000);
        progress += victim.readAllStandardError();
    }
    QVERIFY2(progress.contains("Writing demo tenants"), progress.constData());
    QCOMPARE(victim.state(), QProcess::Running);
    victim.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(victim.waitForFinished(10000));
    QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

    RUN_CLI(status, withDb(db, {QStringLiteral("status"), QStringLiteral("--json")}), environment());
    EXPECT_JSON_OK(status, statusJson);
    const QJsonObject counts = statusJson.value(QStringLiteral("counts")).toObject();
    for (const char *table : {"properties", "buildings", "units", "persons", "tenancies", "tenancy_persons"})
        QVERIFY2(counts.value(QLatin1StringView(table)).toInteger(-1) == 0, table);
    QCOMPARE(counts.value(QStringLiteral("company")).toInteger(-1), 1);

    RUN_CLI(name, withDb(db, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company.name")}),
            environment());
    EXPECT_EXIT(name, 0);
    QCOMPARE(name.out.trimmed(), QByteArray("Vorher AG"));

    // The interrupted run left no lock behind: the next one goes through.
    RUN_CLI(again, withDb(db, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("100"),
                               QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(again, againJson);
    QCOMPARE(againJson.value(QStringLiteral("counts")).toObject().value(QStringLiteral("persons")).toInteger(-1), 100);
}

QTEST_GUILESS_MAIN(TestCockpitctl)
#include "tst_cockpitctl.moc"
