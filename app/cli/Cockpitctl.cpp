#include "cli/Cockpitctl.h"

#include "AppPaths.h"
#include "domain/Settings.h"
#include "services/Office.h"
#include "storage/Migrator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace tc {

namespace {

QJsonObject countsObject(const DatabaseStatus &status)
{
    QJsonObject counts;
    for (const auto &[table, n] : status.counts)
        counts.insert(table, n);
    return counts;
}

QJsonObject settingJson(const CompanySettings::Entry &entry)
{
    QJsonObject object{{QStringLiteral("key"), entry.definition->key},
                       {QStringLiteral("value"), entry.value},
                       {QStringLiteral("default"), entry.definition->defaultValue},
                       {QStringLiteral("is_default"), entry.isDefault},
                       {QStringLiteral("type"), entry.definition->typeKey()},
                       {QStringLiteral("type_description"), entry.definition->typeName()},
                       {QStringLiteral("description"), entry.definition->descriptionText()}};
    if (!entry.definition->choices.isEmpty())
        object.insert(QStringLiteral("choices"), QJsonArray::fromStringList(entry.definition->choices));
    return object;
}

} // namespace

Cockpitctl::Cockpitctl() : m_out(stdout), m_err(stderr)
{
}

QString Cockpitctl::helpText() const
{
    QString settingsList;
    for (const SettingDefinition &definition : SettingsCatalog::all()) {
        settingsList += QStringLiteral("  %1  (%2; default: %3)\n      %4\n")
                            .arg(definition.key.leftJustified(18), definition.typeName(),
                                 definition.defaultValue.isEmpty() ? tr("none") : definition.defaultValue,
                                 definition.descriptionText());
    }
    return tr("Usage: cockpitctl [--db URL] [--json] COMMAND [ARGUMENTS]\n"
              "\n"
              "Tenant Cockpit from the shell: the same services as the desktop program.\n"
              "\n"
              "Commands:\n"
              "  init [--company NAME] [--demo N]  create or update the office database; with --demo,\n"
              "                                    fill an empty one with N demo tenants\n"
              "  migrate                           bring the database's schema up to this version\n"
              "  status                            schema version and the number of rows per table\n"
              "  version                           program and schema version\n"
              "  settings list                     all company settings with their values\n"
              "  settings get KEY                  one setting's value\n"
              "  settings set KEY VALUE            change a setting (checked against its type)\n"
              "\n"
              "Options:\n"
              "  --db URL     the office database: sqlite:/path/file.db or\n"
              "               postgresql://user@host:port/dbname?sslmode=verify-full\n"
              "               (default: $TENANT_COCKPIT_DB, else the default local file\n"
              "               %1)\n"
              "  --json       machine-readable output on stdout (messages stay on stderr)\n"
              "  -h, --help   this help\n"
              "\n"
              "Only init and migrate create a new local database file. A value that starts with \"-\"\n"
              "goes after \"--\": cockpitctl settings set -- company.name \"-Minus AG\"\n"
              "\n"
              "Company settings:\n"
              "%2"
              "\n"
              "Exit codes: 0 done, 1 refused (bad input, a business rule, a database that is unreachable,\n"
              "missing or written by a newer version), 2 usage.\n")
        .arg(defaultLocalDatabasePath(), settingsList);
}

int Cockpitctl::usageError(const QString &message)
{
    m_err << "cockpitctl: " << message << '\n' << tr("Try \"cockpitctl --help\".") << '\n';
    m_err.flush();
    return Usage;
}

int Cockpitctl::refused(const Error &error)
{
    m_err << "cockpitctl: " << error.message << '\n';
    m_err.flush();
    return Refused;
}

int Cockpitctl::printResult(const QJsonObject &json, const QString &text)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else if (!text.isEmpty())
        m_out << text << (text.endsWith(u'\n') ? "" : "\n");
    m_out.flush();
    return Ok;
}

Result<std::unique_ptr<Office>> Cockpitctl::openOffice(SchemaPolicy policy, bool mayCreate)
{
    auto url = DatabaseUrl::parse(m_dbUrl);
    if (!url)
        return url.error();
    if (!mayCreate && url->isSQLite() && !QFileInfo::exists(url->sqlitePath())) {
        return Error::refused(tr("There is no database at %1. Create one with \"cockpitctl --db %2 init\".")
                                  .arg(url->sqlitePath(), url->toDisplayString()));
    }
    return Office::open(*url, policy, Actor::localOwner(), QStringLiteral("cli"));
}

int Cockpitctl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption companyOption(QStringLiteral("company"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QString(), QStringLiteral("N"));
    parser.addOptions({dbOption, jsonOption, helpOption, companyOption, demoOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << helpText();
        m_out.flush();
        return Ok;
    }
    m_json = parser.isSet(jsonOption);
    m_dbUrl = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabaseUrlText();
    m_companyGiven = parser.isSet(companyOption);
    m_company = parser.value(companyOption);
    m_demo = parser.value(demoOption);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const QString command = positional.takeFirst();
    if (command != u"init" && (parser.isSet(companyOption) || parser.isSet(demoOption)))
        return usageError(tr("--company and --demo belong to \"init\"."));

    if (command == u"init")
        return cmdInit(positional);
    if (command == u"migrate")
        return cmdMigrate(positional);
    if (command == u"status")
        return cmdStatus(positional);
    if (command == u"version")
        return cmdVersion(positional);
    if (command == u"settings")
        return cmdSettings(positional);
    return usageError(tr("Unknown command \"%1\".").arg(command));
}

int Cockpitctl::cmdInit(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("\"init\" takes no arguments; did you mean --company \"%1\"?").arg(args.join(u' ')));
    qint64 demoTenants = 0;
    if (!m_demo.isNull()) {
        bool ok = false;
        demoTenants = m_demo.toLongLong(&ok);
        if (!ok || demoTenants < 1 || demoTenants > DemoData::kMaxTenants)
            return usageError(tr("--demo takes a number of tenants from 1 to %1.").arg(DemoData::kMaxTenants));
    }
    if (m_companyGiven && m_company.trimmed().isEmpty())
        return usageError(tr("--company needs a name."));

    auto office = openOffice(SchemaPolicy::Migrate, true);
    if (!office)
        return refused(office.error());
    const OfficeSetup setup = (*office)->setup();
    if (demoTenants > 0) {
        // Refuse before anything is written, the company's name included.
        auto empty = setup.isEmpty();
        if (!empty)
            return refused(empty.error());
        if (!*empty) {
            return refused(Error::refused(tr("The database already holds properties or persons; demo data only goes "
                                             "into an empty database. Nothing was changed.")));
        }
    }
    if (auto s = setup.initializeCompany((*office)->actor(), m_companyGiven ? m_company : QString()); !s)
        return refused(s.error());

    QJsonObject json;
    QString text;
    if (demoTenants > 0) {
        // On a terminal the progress line updates in place; in a log (cron) it is a line per tenth.
        const bool interactive = isatty(STDERR_FILENO) != 0;
        qint64 nextTenth = 1;
        QElapsedTimer timer;
        timer.start();
        auto counts = (*office)->demoData().generate(demoTenants, QDate::currentDate(), [&](qint64 done, qint64 total) {
            if (interactive) {
                m_err << '\r' << tr("Writing demo tenants: %1 of %2").arg(done).arg(total);
                m_err.flush();
            } else if (done < total && done * 10 >= nextTenth * total) {
                nextTenth = done * 10 / total + 1;
                m_err << tr("Writing demo tenants: %1 of %2").arg(done).arg(total) << '\n';
                m_err.flush();
            }
            return true;
        });
        if (interactive) {
            m_err << '\n';
            m_err.flush();
        }
        if (!counts)
            return refused(counts.error());
        json.insert(QStringLiteral("demo"),
                    QJsonObject{{QStringLiteral("tenants"), counts->persons},
                                {QStringLiteral("properties"), counts->properties},
                                {QStringLiteral("buildings"), counts->buildings},
                                {QStringLiteral("units"), counts->units},
                                {QStringLiteral("tenancies"), counts->tenancies},
                                {QStringLiteral("agents"), counts->agents},
                                {QStringLiteral("elapsed_ms"), timer.elapsed()}});
        text += tr("Demo data written in %1 s: %2 tenants, %3 properties, %4 buildings, %5 units, %6 tenancies.\n")
                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                    .arg(counts->persons)
                    .arg(counts->properties)
                    .arg(counts->buildings)
                    .arg(counts->units)
                    .arg(counts->tenancies);
    }
    auto status = setup.status();
    if (!status)
        return refused(status.error());
    auto company = (*office)->settings().value(settings::companyName);
    if (!company)
        return refused(company.error());
    json.insert(QStringLiteral("database"), status->url);
    json.insert(QStringLiteral("schema_version"), status->schemaVersion);
    json.insert(QStringLiteral("company"), *company);
    json.insert(QStringLiteral("counts"), countsObject(*status));
    text += tr("Office database ready: %1 (schema version %2).").arg(status->url).arg(status->schemaVersion);
    return printResult(json, text);
}

int Cockpitctl::cmdMigrate(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("\"migrate\" takes no arguments."));
    auto office = openOffice(SchemaPolicy::AsIs, true); // an empty database gets its schema
    if (!office)
        return refused(office.error());
    const Migrator migrator((*office)->database());
    auto before = migrator.currentVersion();
    if (!before)
        return refused(before.error());
    auto applied = migrator.migrate();
    if (!applied)
        return refused(applied.error());
    const int after = migrator.latestVersion();
    return printResult({{QStringLiteral("database"), (*office)->displayUrl()},
                        {QStringLiteral("schema_version_before"), *before},
                        {QStringLiteral("schema_version"), after},
                        {QStringLiteral("applied"), *applied}},
                       *applied == 0 ? tr("Schema version %1 is current; nothing to do.").arg(after)
                                     : tr("Migrated from schema version %1 to %2.").arg(*before).arg(after));
}

int Cockpitctl::cmdStatus(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("\"status\" takes no arguments."));
    auto office = openOffice(SchemaPolicy::AsIs);
    if (!office)
        return refused(office.error());
    auto status = (*office)->setup().status();
    if (!status)
        return refused(status.error());
    QString text = tr("Database: %1\nSchema version: %2 (this program: %3)\n")
                       .arg(status->url)
                       .arg(status->schemaVersion)
                       .arg(status->latestSchemaVersion);
    for (const auto &[table, n] : status->counts)
        text += QStringLiteral("  %1 %2\n").arg(table.leftJustified(24)).arg(n, 10);
    return printResult({{QStringLiteral("database"), status->url},
                        {QStringLiteral("dialect"), status->dialect},
                        {QStringLiteral("schema_version"), status->schemaVersion},
                        {QStringLiteral("latest_schema_version"), status->latestSchemaVersion},
                        {QStringLiteral("counts"), countsObject(*status)}},
                       text);
}

int Cockpitctl::cmdVersion(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("\"version\" takes no arguments."));
    return printResult({{QStringLiteral("version"), QStringLiteral(TC_VERSION)},
                        {QStringLiteral("schema_version"), Migrator::latestBuiltinVersion()},
                        {QStringLiteral("qt"), QString::fromLatin1(qVersion())}},
                       tr("cockpitctl %1 (schema version %2, Qt %3)")
                           .arg(QStringLiteral(TC_VERSION))
                           .arg(Migrator::latestBuiltinVersion())
                           .arg(QString::fromLatin1(qVersion())));
}

int Cockpitctl::cmdSettings(const QStringList &args)
{
    const QString sub = args.value(0);
    const int expected = sub == u"list" ? 1 : sub == u"get" ? 2 : sub == u"set" ? 3 : -1;
    if (expected < 0)
        return usageError(tr("Use \"settings list\", \"settings get KEY\" or \"settings set KEY VALUE\"."));
    if (args.size() != expected)
        return usageError(sub == u"list" ? tr("\"settings list\" takes no arguments.")
                          : sub == u"get" ? tr("Use \"settings get KEY\".")
                                          : tr("Use \"settings set KEY VALUE\" (quote a value with spaces)."));
    if (sub != u"list") {
        // An unknown key is refused before the database is touched, with the list of valid keys.
        if (auto definition = SettingsCatalog::lookup(args.at(1)); !definition)
            return refused(definition.error());
    }

    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    const CompanySettings settingsService = (*office)->settings();
    if (sub == u"list") {
        auto entries = settingsService.list();
        if (!entries)
            return refused(entries.error());
        QJsonArray array;
        QString text;
        for (const auto &entry : *entries) {
            array.append(settingJson(entry));
            text += QStringLiteral("%1 = %2%3\n")
                        .arg(entry.definition->key, entry.value, entry.isDefault ? tr("  (default)") : QString());
        }
        return printResult({{QStringLiteral("settings"), array}}, text);
    }
    if (sub == u"get") {
        auto value = settingsService.value(args.at(1));
        if (!value)
            return refused(value.error());
        return printResult({{QStringLiteral("key"), args.at(1)}, {QStringLiteral("value"), *value}}, *value);
    }
    auto stored = settingsService.set((*office)->actor(), args.at(1), args.at(2));
    if (!stored)
        return refused(stored.error());
    return printResult({{QStringLiteral("key"), args.at(1)}, {QStringLiteral("value"), *stored}},
                       QStringLiteral("%1 = %2").arg(args.at(1), *stored));
}

} // namespace tc
