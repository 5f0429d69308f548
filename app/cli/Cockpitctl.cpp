#include "cli/Cockpitctl.h"

#include "AppPaths.h"
#include "SecretStore.h"
#include "Translations.h"
#include "mail/MailSetup.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpClient.h"
#include "domain/Languages.h"
#include "domain/Settings.h"
#include "import/TenantListProfile.h"
#include "services/DropFolder.h"
#include "services/ImportService.h"
#include "services/Office.h"
#include "storage/Migrator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QThread>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>
#include <optional>
#include <cstdio>
#include <signal.h>
#include <unistd.h>

namespace tc {

QJsonObject Cockpitctl::countsObject(const DatabaseStatus &status)
{
    QJsonObject counts;
    for (const auto &[table, n] : status.counts)
        counts.insert(table, n);
    return counts;
}

namespace {

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

// Set by SIGTERM and SIGINT while a drop folder is watched: the running import is cancelled (its job
// stays in the folder) and the watcher ends, instead of dying between an import and the move.
volatile std::sig_atomic_t stopRequested = 0;

void requestStop(int)
{
    stopRequested = 1;
}

void installStopHandlers()
{
    struct sigaction action = {};
    action.sa_handler = requestStop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

QString outcomeStatus(const DropFolderOutcome &outcome)
{
    if (outcome.deferred)
        return QStringLiteral("deferred");
    if (!outcome.report)
        return QStringLiteral("failed");
    return outcome.report->statusKey();
}

QJsonValue textOrNullJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue instantJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject ticketJson(const Ticket &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), t.personId},
                                                   {QStringLiteral("tenant_ref"), textOrNullJson(t.tenantRef)},
                                                   {QStringLiteral("first_name"), t.tenantFirstName},
                                                   {QStringLiteral("last_name"), t.tenantLastName}}},
            {QStringLiteral("unit"), t.unitId ? QJsonValue(QJsonObject{{QStringLiteral("id"), *t.unitId},
                                                                       {QStringLiteral("ref"), textOrNullJson(t.unitRef)},
                                                                       {QStringLiteral("label"), t.unitLabel}})
                                              : QJsonValue()},
            {QStringLiteral("property"), t.propertyId
                                             ? QJsonValue(QJsonObject{{QStringLiteral("id"), *t.propertyId},
                                                                      {QStringLiteral("ref"), textOrNullJson(t.propertyRef)},
                                                                      {QStringLiteral("name"), t.propertyName}})
                                             : QJsonValue()},
            {QStringLiteral("channel"), t.channel},
            {QStringLiteral("category"), t.category},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("priority"), t.priority},
            {QStringLiteral("due_date"), t.dueDate.isValid() ? QJsonValue(t.dueDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("status"), t.status},
            {QStringLiteral("assignee"), textOrNullJson(t.assigneeLogin)},
            {QStringLiteral("created_by"), t.createdByName},
            {QStringLiteral("created_at"), instantJson(t.createdAt)},
            {QStringLiteral("updated_at"), instantJson(t.updatedAt)},
            {QStringLiteral("row_version"), t.rowVersion}};
}

QJsonObject agentJson(const AgentInfo &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("login"), a.login},
            {QStringLiteral("name"), a.displayName},
            {QStringLiteral("role"), roleKey(a.role)},
            {QStringLiteral("disabled"), a.disabled}};
}

} // namespace

Cockpitctl::Cockpitctl() : m_out(stdout), m_err(stderr)
{
}

QString Cockpitctl::helpText() const
{
    QString settingsList;
    for (const SettingDefinition &definition : SettingsCatalog::all()) {
        const QString kind = tr("(%1; default: %2)")
                                 .arg(definition.typeName(),
                                      definition.defaultValue.isEmpty() ? tr("none") : definition.defaultValue);
        settingsList += QStringLiteral("  %1  %2\n      %3\n")
                            .arg(definition.key.leftJustified(18), kind, definition.descriptionText());
    }
    return tr("Usage: cockpitctl [--db URL] [--as LOGIN] [--json] COMMAND [ARGUMENTS]\n"
              "\n"
              "Tenant Cockpit from the shell: the same services as the desktop program.\n"
              "\n"
              "Commands:\n"
              "  init [--company NAME] [--demo N]  create or update the office database; with --demo,\n"
              "                                    fill an empty one with N demo tenants (and a ticket\n"
              "                                    for every tenth of them, at most 200)\n"
              "  migrate                           bring the database's schema up to this version\n"
              "  status                            schema version and the number of rows per table\n"
              "  version                           program and schema version\n"
              "  backup FILE                       copy the local office file to FILE (a new file), also\n"
              "                                    while the desktop program or an import is at work\n"
              "  restore FILE                      bring back a copy made by backup; the data as it was is\n"
              "                                    first kept next to the office file (.before-restore-TIME)\n"
              "  copy-to URL                       move the local office to an empty PostgreSQL database:\n"
              "                                    schema, every row in one transaction, verified by counts\n"
              "                                    and checksums before it counts; the file stays as it was\n"
              "  settings list                     all company settings with their values\n"
              "  settings get KEY                  one setting's value\n"
              "  settings set KEY VALUE            change a setting (checked against its type)\n"
              "  import PATH [--format auto|tenant-list|data-exchange] [--profile en|de|FILE]\n"
              "         [--mode snapshot|delta] [--strict] [--dry-run] [--confirm]\n"
              "                                    import a tenant-list CSV, an ERP data-exchange folder\n"
              "                                    or a .zip of one (see below)\n"
              "  import --watch DIR [--once]       import each complete job left in DIR, then move it to\n"
              "                                    DIR/done, DIR/failed or DIR/awaiting with its report;\n"
              "                                    runs until stopped, or with --once until DIR is empty\n"
              "  imports list                      the import history, newest first\n"
              "  imports show RUN_ID               one run's report, rejected rows included\n"
              "  tenant show REF                   a tenant's data, tenancies and history of changes\n"
              "  tenant set REF [--first-name N] [--last-name N] [--email A] [--phone P] [--language L]\n"
              "                                    change a tenant's data (name, e-mail and phone are\n"
              "                                    refused while the ERP interface is on)\n"
              "  tenants search TEXT [--limit N]   find tenants as the desktop program's search does, in the\n"
              "                                    same order: name (any case, accents ignored), phone number\n"
              "                                    in any spelling or its last digits, unit, street, city,\n"
              "                                    e-mail, reference; former tenants marked (default 50)\n"
              "  invite (--tenant REF ... | --property REF | --all-uninvited)\n"
              "                                    invite tenants to the tenant app by e-mail (a reminder with\n"
              "                                    the same code for those invited before); prints who was\n"
              "                                    queued and who was refused, with the reason\n"
              "  outbox list [--status S]          the e-mails of the outbox, newest first (S: queued,\n"
              "                                    sending, sent, failed)\n"
              "  outbox send [--smtp-password-file FILE]\n"
              "                                    deliver the e-mails that are due; prints how many were\n"
              "                                    sent, failed and deferred\n"
              "  outbox retry [ID ...]             put failed e-mails (all, or those named) back in the queue\n"
              "  tickets create --tenant REF --title TEXT [--description TEXT] [--channel C]\n"
              "         [--category C] [--assignee LOGIN]\n"
              "                                    log a ticket for a tenant (channel: phone (default), email,\n"
              "                                    letter, walk_in, app); its unit is the tenant's current one;\n"
              "                                    assigned to the agent acting (--as) unless --assignee says\n"
              "                                    (REF: the ERP's reference; an alias made by hand goes by\n"
              "                                    its id)\n"
              "  tickets list [--tenant REF] [--assignee LOGIN] [--status S]\n"
              "                                    tickets, newest first (at most 500; S: new, in_progress,\n"
              "                                    waiting_tenant, waiting_third_party, done, closed)\n"
              "  tickets show ID                   one ticket with its history (changes and comments)\n"
              "  tickets assign ID LOGIN           give a ticket to an agent\n"
              "  tickets status ID STATUS          move a ticket on (new -> in_progress -> waiting_tenant or\n"
              "                                    waiting_third_party -> done -> closed; done and closed\n"
              "                                    reopen to in_progress); a move the workflow does not allow\n"
              "                                    is refused with the ones it does\n"
              "  tickets comment ID TEXT [--internal]\n"
              "                                    add a comment visible to the tenant, or an internal note\n"
              "  alias create --unit UNIT_REF --name \"FULL NAME\" [--move-in DATE]\n"
              "                                    an alias user for someone expected in a unit whom the ERP\n"
              "                                    does not deliver yet, so tickets can be logged for them\n"
              "                                    (needs the setting alias_users); prints the alias's id\n"
              "  alias list                        the alias users in use, with the tenants from the ERP an\n"
              "                                    alias made by hand may be (same unit, same name)\n"
              "  alias link ALIAS_ID --tenant REF  this alias is that tenant: its tickets move to the\n"
              "                                    tenant, the alias is retired\n"
              "  pinboard post --title TEXT (--body TEXT | --body-file FILE) [--property REF ...]\n"
              "         [--important [--include-future-tenants]] [--valid-from DATE] [--valid-to DATE]\n"
              "                                    publish a post for the tenants of the properties named\n"
              "                                    (default: the whole company). The text may use blank lines\n"
              "                                    for paragraphs, **bold**, lists (\"- \" or \"1. \") and links.\n"
              "                                    An important post is e-mailed to every invited or\n"
              "                                    registered tenant with an e-mail address renting there today\n"
              "                                    (and, with --include-future-tenants, from a later day), once\n"
              "                                    each, in their language; prints the post's id, the number of\n"
              "                                    e-mails queued and who cannot be reached, with the reason\n"
              "  pinboard list [--property REF]    the posts, newest first (of one property: also those for\n"
              "                                    the whole company), with their e-mails sent, failed, waiting\n"
              "  agents list                       the active agents\n"
              "  agents add LOGIN --name NAME --role agent|administrator|manager\n"
              "                                    add an agent (login: 2-64 letters, digits, . _ -)\n"
              "  agents set-role LOGIN ROLE        give an agent another role (the last active manager\n"
              "                                    keeps theirs)\n"
              "  agents disable LOGIN              an agent who left: not assignable any more; their\n"
              "                                    tickets stay theirs until reassigned\n"
              "  agents set-password LOGIN         the agent's new password, as the next line of stdin (the\n"
              "                                    agent themselves or a manager); the first one, a manager's,\n"
              "                                    starts the office's logins\n"
              "  login [--remember]                check the password of --as LOGIN (stdin); with --remember\n"
              "                                    keep it in the system's keychain for this office, so that\n"
              "                                    scheduled runs with --as need none\n"
              "  logout                            forget the password of --as LOGIN kept in the keychain\n"
              "  register --code CODE              the tenant's registration: the activation code from the\n"
              "                                    invitation, the new password as the first line of stdin\n"
              "                                    (at least 10 characters, not a common one); wrong codes\n"
              "                                    are throttled (a wait that grows, at most 10 an hour)\n"
              "  tenant-login --email ADDRESS      check a registered tenant's login: password on stdin;\n"
              "                                    exit 0 when right, 1 otherwise\n"
              "\n"
              "Options:\n"
              "  --db URL     the office database: sqlite:/path/file.db or\n"
              "               postgresql://user@host:port/dbname?sslmode=verify-full\n"
              "               (default: $TENANT_COCKPIT_DB, else the default local file\n"
              "               %1)\n"
              "  --as LOGIN   the agent acting, once the office has logins (every command but status,\n"
              "               version, migrate, register and tenant-login then needs it); the password\n"
              "               comes from the keychain (see login --remember), else as the first line of\n"
              "               stdin. Each agent may do what their role allows: agent (tickets),\n"
              "               administrator (also master data, imports, invitations, alias users, pinboard),\n"
              "               manager (also settings, agents, backup and restore).\n"
              "               Until the first login the owner of the local file acts, as a manager.\n"
              "  --json       machine-readable output on stdout (messages stay on stderr)\n"
              "  -h, --help   this help\n"
              "\n"
              "Import options:\n"
              "  --format F   auto (default: a folder or .zip is a data-exchange job, a file a tenant\n"
              "               list), tenant-list or data-exchange\n"
              "  --profile P  the tenant list's header set: en, de (default: both) or a JSON profile FILE\n"
              "               for another ERP's layout\n"
              "  --mode M     snapshot (default: tenancies missing from the file end) or delta (only\n"
              "               adds and updates)\n"
              "  --strict     apply nothing when any row is bad\n"
              "  --dry-run    show what would change, change nothing\n"
              "  --confirm    apply a data-exchange job whose manifest says autoImport: false\n"
              "  --watch DIR, --once  see above; every job gets the default options\n"
              "The report goes to stdout (with --json one object: run_id, format, mode, dry_run,\n"
              "status, the counts per kind of record, email_changed, aliases_created, alias_proposals,\n"
              "rejected, warnings, changes); rejected rows are repeated on stderr. Exit code 0 when the import\n"
              "was applied (or, with --dry-run, would be), 1 when nothing was applied. --watch --once\n"
              "exits with 1 when a job failed; --watch alone runs until SIGTERM or Ctrl+C, which let\n"
              "a running import roll back and leave its job in DIR.\n"
              "\n"
              "Invitations and e-mail:\n"
              "  \"invite\" exits with 1 when it queued nothing and refused someone. \"outbox send\" exits\n"
              "  with 0 when no e-mail failed for good (deferred ones are tried again on the next run),\n"
              "  1 otherwise. The mail server's password (when smtp.user is set) comes from the file\n"
              "  named by --smtp-password-file, else from $TENANT_COCKPIT_SMTP_PASSWORD, else from the\n"
              "  system's keychain, where the desktop program keeps it.\n"
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

Result<std::unique_ptr<Office>> Cockpitctl::openOffice(SchemaPolicy policy, bool mayCreate, Acting acting,
                                                       const QString &password)
{
    auto url = DatabaseUrl::parse(m_dbUrl);
    if (!url)
        return url.error();
    const bool server = !url->isSQLite();
    if (server && acting == Acting::Agent && !m_as.isEmpty()) {
        QString typed = password;
        if (typed.isEmpty()) {
            auto found = agentPassword(*url, true);
            if (!found)
                return found.error();
            typed = *found;
        }
        *url = url->withLogin(m_as.toLower(), typed);
    }
    if (!mayCreate && url->isSQLite() && !QFileInfo::exists(url->sqlitePath())) {
        return Error::refused(tr("There is no database at %1. Create one with \"cockpitctl --db %2 init\".")
                                  .arg(url->sqlitePath(), url->toDisplayString()));
    }
    auto office = Office::open(*url, policy, Actor::localOwner(), QStringLiteral("cli"));
    if (office)
        speakOfficeLanguage(**office);
    if (!office || acting == Acting::Anyone)
        return office;
    if (server) {
        // The server checked the password; the agents table says who that role is.
        if (!m_as.isEmpty() && !(*office)->actor().agentId)
            return Error::refused(tr("The database role %1 is no active agent of this office.").arg(m_as));
        return office;
    }
    if (auto s = actAsAgent(**office); !s)
        return s.error();
    return office;
}

void Cockpitctl::speakOfficeLanguage(const Office &office)
{
    if (environmentNamesLanguage())
        return;
    // company.language as in effect (German unless set). When it cannot be read (a connection
    // lost meanwhile), the language stays as it was.
    auto language = office.settings().value(settings::companyLanguage);
    if (language && languages::supported().contains(*language))
        installTranslations(*QCoreApplication::instance(), *language);
}

int Cockpitctl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("URL"));
    const QCommandLineOption asOption(QStringLiteral("as"), QString(), QStringLiteral("LOGIN"));
    const QCommandLineOption rememberOption(QStringLiteral("remember"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption companyOption(QStringLiteral("company"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QString(), QStringLiteral("N"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("PROFILE"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QString(), QStringLiteral("MODE"));
    const QCommandLineOption strictOption(QStringLiteral("strict"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption confirmOption(QStringLiteral("confirm"));
    const QCommandLineOption watchOption(QStringLiteral("watch"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption onceOption(QStringLiteral("once"));
    const QCommandLineOption firstNameOption(QStringLiteral("first-name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption lastNameOption(QStringLiteral("last-name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption emailOption(QStringLiteral("email"), QString(), QStringLiteral("ADDRESS"));
    const QCommandLineOption phoneOption(QStringLiteral("phone"), QString(), QStringLiteral("NUMBER"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QString(), QStringLiteral("LANGUAGE"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"), QString(), QStringLiteral("REF"));
    const QCommandLineOption propertyOption(QStringLiteral("property"), QString(), QStringLiteral("REF"));
    const QCommandLineOption allUninvitedOption(QStringLiteral("all-uninvited"));
    const QCommandLineOption statusOption(QStringLiteral("status"), QString(), QStringLiteral("STATUS"));
    const QCommandLineOption passwordFileOption(QStringLiteral("smtp-password-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption descriptionOption(QStringLiteral("description"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption channelOption(QStringLiteral("channel"), QString(), QStringLiteral("CHANNEL"));
    const QCommandLineOption categoryOption(QStringLiteral("category"), QString(), QStringLiteral("CATEGORY"));
    const QCommandLineOption assigneeOption(QStringLiteral("assignee"), QString(), QStringLiteral("LOGIN"));
    const QCommandLineOption internalOption(QStringLiteral("internal"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption codeOption(QStringLiteral("code"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QString(), QStringLiteral("PASSWORD"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), QString(), QStringLiteral("UNIT_REF"));
    const QCommandLineOption moveInOption(QStringLiteral("move-in"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption bodyOption(QStringLiteral("body"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption bodyFileOption(QStringLiteral("body-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption importantOption(QStringLiteral("important"));
    const QCommandLineOption includeFutureOption(QStringLiteral("include-future-tenants"));
    const QCommandLineOption validFromOption(QStringLiteral("valid-from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption validToOption(QStringLiteral("valid-to"), QString(), QStringLiteral("DATE"));
    parser.addOptions({dbOption, asOption, rememberOption, jsonOption, helpOption, companyOption, demoOption, formatOption, profileOption,
                       modeOption, strictOption, dryRunOption, confirmOption, watchOption, onceOption,
                       firstNameOption, lastNameOption, emailOption, phoneOption, languageOption, tenantOption,
                       propertyOption, allUninvitedOption, statusOption, passwordFileOption, titleOption,
                       descriptionOption, channelOption, categoryOption, assigneeOption, internalOption, nameOption,
                       roleOption, limitOption, codeOption, passwordOption, unitOption, moveInOption, bodyOption,
                       bodyFileOption, importantOption, includeFutureOption, validFromOption, validToOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << helpText();
        m_out.flush();
        return Ok;
    }
    m_json = parser.isSet(jsonOption);
    m_as = parser.value(asOption);
    if (parser.isSet(asOption)) {
        if (parser.values(asOption).size() > 1)
            return usageError(tr("One --as: who is acting."));
        if (auto s = Agents::checkLogin(m_as); !s)
            return usageError(s.error().message);
    }
    m_dbUrl = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabaseUrlText();
    m_companyGiven = parser.isSet(companyOption);
    m_company = parser.value(companyOption);
    m_demo = parser.value(demoOption);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const QString command = positional.takeFirst();
    for (const QCommandLineOption *option : {&bodyOption, &bodyFileOption, &importantOption, &includeFutureOption,
                                             &validFromOption, &validToOption}) {
        if (command != u"pinboard" && parser.isSet(*option))
            return usageError(tr("--%1 belongs to \"pinboard post\".").arg(option->names().constFirst()));
    }
    if (command != u"login" && parser.isSet(rememberOption))
        return usageError(tr("--remember belongs to \"login\"."));
    if (command == u"login")
        return cmdLogin(positional, parser.isSet(rememberOption));
    if (command == u"logout")
        return cmdLogout(positional);
    if (parser.isSet(passwordOption))
        return usageError(tr("A password never goes on the command line (where others can see it): give it on stdin."));
    if (command != u"init" && (parser.isSet(companyOption) || parser.isSet(demoOption)))
        return usageError(tr("--company and --demo belong to \"init\"."));
    for (const QCommandLineOption *option : {&formatOption, &profileOption, &modeOption, &strictOption, &dryRunOption,
                                             &confirmOption, &watchOption, &onceOption}) {
        if (command != u"import" && parser.isSet(*option))
            return usageError(tr("--%1 belongs to \"import\".").arg(option->names().constFirst()));
    }
    if (command == u"import") {
        ImportArguments import;
        import.format = parser.value(formatOption);
        import.profile = parser.value(profileOption);
        import.mode = parser.value(modeOption);
        import.strict = parser.isSet(strictOption);
        import.dryRun = parser.isSet(dryRunOption);
        import.confirm = parser.isSet(confirmOption);
        import.watch = parser.value(watchOption);
        import.watchSet = parser.isSet(watchOption);
        import.once = parser.isSet(onceOption);
        return cmdImport(positional, import);
    }
    if (command == u"imports")
        return cmdImports(positional);
    if (command != u"register" && parser.isSet(codeOption))
        return usageError(tr("--code belongs to \"register\"."));
    if (command == u"register")
        return cmdRegister(positional, parser.value(codeOption), parser.isSet(codeOption));
    if (command == u"tenant-login")
        return cmdTenantLogin(positional, parser.value(emailOption), parser.isSet(emailOption));
    if (command != u"tenants" && parser.isSet(limitOption))
        return usageError(tr("--limit belongs to \"tenants search\"."));
    if (command == u"tenants")
        return cmdTenants(positional, parser.value(limitOption), parser.isSet(limitOption));
    // A text option's value and whether it was given.
    const auto takeText = [&](const QCommandLineOption &option, QString &value, bool &set) {
        set = parser.isSet(option);
        value = parser.value(option);
    };
    if (command == u"pinboard") {
        for (const QCommandLineOption *option : {&tenantOption, &allUninvitedOption, &statusOption, &passwordFileOption,
                                                 &descriptionOption, &channelOption, &categoryOption, &assigneeOption,
                                                 &internalOption, &nameOption, &roleOption, &unitOption, &moveInOption,
                                                 &firstNameOption, &lastNameOption, &emailOption, &phoneOption,
                                                 &languageOption, &limitOption, &codeOption}) {
            if (parser.isSet(*option))
                return usageError(tr("\"pinboard\" does not take --%1.").arg(option->names().constFirst()));
        }
        PinboardArguments pin;
        takeText(titleOption, pin.title, pin.titleSet);
        takeText(bodyOption, pin.body, pin.bodySet);
        takeText(bodyFileOption, pin.bodyFile, pin.bodyFileSet);
        takeText(validFromOption, pin.validFrom, pin.validFromSet);
        takeText(validToOption, pin.validTo, pin.validToSet);
        pin.properties = parser.values(propertyOption);
        pin.important = parser.isSet(importantOption);
        pin.includeFuture = parser.isSet(includeFutureOption);
        for (const QCommandLineOption *option : {&titleOption, &bodyOption, &bodyFileOption, &validFromOption, &validToOption}) {
            if (parser.values(*option).size() > 1)
                return usageError(tr("\"pinboard post\" takes one --%1.").arg(option->names().constFirst()));
        }
        return cmdPinboard(positional, pin);
    }
    for (const QCommandLineOption *option : {&titleOption, &descriptionOption, &channelOption, &categoryOption,
                                             &assigneeOption, &internalOption}) {
        if (command != u"tickets" && parser.isSet(*option))
            return usageError(tr("--%1 belongs to \"tickets\".").arg(option->names().constFirst()));
    }
    if (command == u"alias") {
        AliasArguments alias;
        takeText(unitOption, alias.unit, alias.unitSet);
        takeText(nameOption, alias.name, alias.nameSet);
        takeText(moveInOption, alias.moveIn, alias.moveInSet);
        takeText(tenantOption, alias.tenant, alias.tenantSet);
        if (parser.values(tenantOption).size() > 1)
            return usageError(tr("\"alias link\" takes one --tenant."));
        if (parser.isSet(roleOption) || parser.isSet(propertyOption) || parser.isSet(allUninvitedOption)
            || parser.isSet(statusOption) || parser.isSet(passwordFileOption)) {
            return usageError(tr("\"alias\" takes --unit, --name and --move-in (create) or --tenant (link)."));
        }
        return cmdAlias(positional, alias);
    }
    for (const QCommandLineOption *option : {&unitOption, &moveInOption}) {
        if (parser.isSet(*option))
            return usageError(tr("--%1 belongs to \"alias create\".").arg(option->names().constFirst()));
    }
    for (const QCommandLineOption *option : {&nameOption, &roleOption}) {
        if (command != u"agents" && parser.isSet(*option))
            return usageError(tr("--%1 belongs to \"agents add\".").arg(option->names().constFirst()));
    }
    if (command == u"agents")
        return cmdAgents(positional, parser.value(nameOption), parser.isSet(nameOption), parser.value(roleOption),
                         parser.isSet(roleOption));
    // --tenant and --status also select tickets; "tickets" checks which of its subcommands take them.
    for (const QCommandLineOption *option : {&tenantOption, &propertyOption, &allUninvitedOption}) {
        if (command != u"invite" && parser.isSet(*option) && !(command == u"tickets" && option == &tenantOption))
            return usageError(tr("--%1 belongs to \"invite\".").arg(option->names().constFirst()));
    }
    for (const QCommandLineOption *option : {&statusOption, &passwordFileOption}) {
        if (command != u"outbox" && parser.isSet(*option) && !(command == u"tickets" && option == &statusOption))
            return usageError(tr("--%1 belongs to \"outbox\".").arg(option->names().constFirst()));
    }
    if (command == u"tickets") {
        TicketArguments ticket;
        takeText(tenantOption, ticket.tenant, ticket.tenantSet);
        takeText(titleOption, ticket.title, ticket.titleSet);
        takeText(descriptionOption, ticket.description, ticket.descriptionSet);
        takeText(channelOption, ticket.channel, ticket.channelSet);
        takeText(categoryOption, ticket.category, ticket.categorySet);
        takeText(assigneeOption, ticket.assignee, ticket.assigneeSet);
        takeText(statusOption, ticket.status, ticket.statusSet);
        ticket.internal = parser.isSet(internalOption);
        if (parser.values(tenantOption).size() > 1)
            return usageError(tr("\"tickets\" takes one --tenant."));
        return cmdTickets(positional, ticket);
    }
    if (command == u"invite") {
        InviteArguments invite;
        invite.tenants = parser.values(tenantOption);
        invite.property = parser.value(propertyOption);
        invite.propertySet = parser.isSet(propertyOption);
        invite.allUninvited = parser.isSet(allUninvitedOption);
        return cmdInvite(positional, invite);
    }
    if (command == u"outbox")
        return cmdOutbox(positional, parser.value(statusOption), parser.value(passwordFileOption),
                         parser.isSet(passwordFileOption));
    TenantEdit edit;
    const auto take = [&](const QCommandLineOption &option, std::optional<QString> &target) {
        if (parser.isSet(option))
            target = parser.value(option);
    };
    take(firstNameOption, edit.firstName);
    take(lastNameOption, edit.lastName);
    take(emailOption, edit.email);
    take(phoneOption, edit.phone);
    take(languageOption, edit.language);
    if (command != u"tenant" && !edit.isEmpty())
        return usageError(tr("--first-name, --last-name, --email, --phone and --language belong to \"tenant set\"."));
    if (command == u"tenant")
        return cmdTenant(positional, edit);

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
    if (command == u"backup")
        return cmdBackup(positional);
    if (command == u"restore")
        return cmdRestore(positional);
    if (command == u"copy-to")
        return cmdCopyTo(positional);
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
        auto tickets = (*office)->demoData().addTickets(DemoData::ticketsFor(demoTenants));
        if (!tickets)
            return refused(tickets.error());
        json.insert(QStringLiteral("demo"),
                    QJsonObject{{QStringLiteral("tenants"), counts->persons},
                                {QStringLiteral("properties"), counts->properties},
                                {QStringLiteral("buildings"), counts->buildings},
                                {QStringLiteral("units"), counts->units},
                                {QStringLiteral("tenancies"), counts->tenancies},
                                {QStringLiteral("agents"), counts->agents},
                                {QStringLiteral("tickets"), tickets->tickets},
                                {QStringLiteral("elapsed_ms"), timer.elapsed()}});
        text += tr("Demo data written in %1 s: %2 tenants, %3 properties, %4 buildings, %5 units, %6 tenancies, "
                   "%7 tickets.\n")
                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                    .arg(counts->persons)
                    .arg(counts->properties)
                    .arg(counts->buildings)
                    .arg(counts->units)
                    .arg(counts->tenancies)
                    .arg(tickets->tickets);
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
    auto office = openOffice(SchemaPolicy::AsIs, true, Acting::Anyone); // an empty database gets its schema
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
    auto office = openOffice(SchemaPolicy::AsIs, false, Acting::Anyone);
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

int Cockpitctl::cmdImport(const QStringList &args, const ImportArguments &import)
{
    ImportOptions options;
    if (!import.format.isEmpty() && import.format != u"auto") {
        if (import.format == u"tenant-list")
            options.format = ImportFormat::TenantList;
        else if (import.format == u"data-exchange")
            options.format = ImportFormat::DataExchange;
        else
            return usageError(tr("--format takes auto, tenant-list or data-exchange."));
    }
    if (!import.mode.isEmpty()) {
        if (import.mode == u"snapshot")
            options.mode = ImportMode::Snapshot;
        else if (import.mode == u"delta")
            options.mode = ImportMode::Delta;
        else
            return usageError(tr("--mode takes snapshot or delta."));
    }
    options.profile = import.profile;
    options.strict = import.strict;
    options.dryRun = import.dryRun;
    options.confirmed = import.confirm;
    if (import.watchSet) {
        if (!args.isEmpty())
            return usageError(tr("\"import --watch DIR\" takes no PATH: it imports what appears in DIR."));
        if (import.watch.isEmpty())
            return usageError(tr("--watch needs a folder."));
        if (!import.format.isEmpty() || !import.profile.isEmpty() || !import.mode.isEmpty() || import.strict
            || import.dryRun || import.confirm) {
            return usageError(tr("--watch imports every job with the defaults; other import options do not apply."));
        }
    } else {
        if (import.once)
            return usageError(tr("--once belongs to --watch."));
        if (args.size() != 1)
            return usageError(tr("Use \"import PATH\": one CSV file, data-exchange folder or .zip."));
    }

    if (!import.watchSet) {
        // What can be checked without the database is checked first: nothing is opened, and no run is
        // recorded, for a path that is not there or a profile that cannot be read.
        auto format =
            options.format ? Result<ImportFormat>(*options.format) : ImportService::detectFormat(args.first());
        if (!format)
            return refused(format.error());
        if (*format == ImportFormat::DataExchange && !import.profile.isEmpty()) {
            return usageError(tr("--profile describes the columns of a tenant list; %1 is an ERP data-exchange job.")
                                  .arg(QDir::toNativeSeparators(args.first())));
        }
        if (*format == ImportFormat::TenantList && !import.profile.isEmpty()) {
            if (auto profile = TenantListProfile::load(import.profile); !profile)
                return refused(profile.error());
        }
    }

    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    if (import.watchSet)
        return watchDropFolder(**office, import.watch, import.once);

    const ImportService service((*office)->database(), (*office)->actor());
    // On a terminal the progress line updates in place. In a log (cron) a short import stays quiet and
    // a long one writes a line per tenth once it has run for a second.
    const bool interactive = isatty(STDERR_FILENO) != 0;
    QElapsedTimer clock;
    clock.start();
    int lastTenth = 0;
    auto report = service.run(args.first(), options, [&](int permille) {
        if (interactive) {
            m_err << '\r' << tr("Importing: %1 %").arg(permille / 10);
            m_err.flush();
        } else if (const int tenth = permille / 100; tenth > lastTenth) {
            lastTenth = tenth;
            if (permille < 1000 && clock.elapsed() >= 1000) {
                m_err << tr("Importing: %1 %").arg(permille / 10) << '\n';
                m_err.flush();
            }
        }
        return true;
    });
    if (interactive) {
        m_err << '\r' << QString(20, u' ') << '\r';
        m_err.flush();
    }
    if (!report)
        return refused(report.error());
    const ImportReport &r = *report;
    printResult(m_json ? r.toJson() : QJsonObject(), importHeadline(r) + u'\n' + r.summaryText());
    // The report above is the result; what needs somebody's attention is said again on stderr, so a
    // cron job's mail or a script's log shows it.
    if (r.status == ImportReport::Status::AwaitingConfirmation) {
        m_err << "cockpitctl: "
              << tr("%1 was checked but not applied: its manifest.json asks for confirmation (autoImport: false). "
                    "Apply it with \"cockpitctl import %2 --confirm\".")
                     .arg(r.sourceName, args.first())
              << '\n';
    } else if (r.status == ImportReport::Status::Rejected) {
        m_err << "cockpitctl: " << tr("Nothing was imported from %1 (run %2):").arg(r.sourceName).arg(r.runId) << '\n'
              << rejectionLines(r);
    } else if (!r.rejected.isEmpty()) {
        const int n = int(r.rejected.size());
        m_err << "cockpitctl: "
              << (r.dryRun ? tr("%n row(s) would be rejected; the rest would be applied:", nullptr, n)
                           : tr("%n row(s) were rejected; the rest was applied (run %1):", nullptr, n).arg(r.runId))
              << '\n'
              << rejectionLines(r);
    }
    m_err.flush();
    return r.applied() ? Ok : Refused;
}

QString Cockpitctl::importHeadline(const ImportReport &report) const
{
    const QString what = report.format == ImportFormat::TenantList
                             ? tr("tenant list, %1").arg(importModeKey(report.mode))
                             : tr("data-exchange job");
    return tr("Import run %1: %2 (%3)").arg(report.runId).arg(report.sourceName, what);
}

QString Cockpitctl::rejectionLines(const ImportReport &report) const
{
    constexpr qsizetype kShown = 10;
    QString text;
    for (qsizetype i = 0; i < report.rejected.size() && i < kShown; ++i) {
        const ImportRejection &rejection = report.rejected.at(i);
        QString where = rejection.file;
        if (rejection.line > 0)
            where += tr(", line %1").arg(rejection.line);
        if (!rejection.column.isEmpty())
            where += tr(", column \"%1\"").arg(rejection.column);
        text += QStringLiteral("  %1: %2\n").arg(where, rejection.reason);
    }
    if (report.rejected.size() > kShown) {
        text += tr("  ... and %1 more: \"cockpitctl imports show %2\" lists them all.\n")
                    .arg(report.rejected.size() - kShown)
                    .arg(report.runId);
    }
    return text;
}

int Cockpitctl::watchDropFolder(Office &office, const QString &dir, bool once)
{
    const ImportService service(office.database(), office.actor());
    DropFolder folder(dir, service);
    if (auto s = folder.prepare(); !s)
        return refused(s.error());
    installStopHandlers();
    if (!once) {
        m_err << tr("Watching %1 for import jobs; stop with Ctrl+C.").arg(QDir::toNativeSeparators(dir)) << '\n';
        m_err.flush();
    }
    const ImportProgress stopCheck = [](int) { return stopRequested == 0; };
    QJsonArray processed;
    bool anyFailed = false;
    bool busy = false;
    QElapsedTimer waited;
    waited.start();
    while (stopRequested == 0) {
        const QList<DropFolderOutcome> outcomes = folder.processAll(QDateTime::currentDateTimeUtc(), stopCheck);
        busy = folder.busy();
        bool deferred = false;
        for (const DropFolderOutcome &outcome : outcomes) {
            const QString status = outcomeStatus(outcome);
            const bool failed = outcome.failed() || (outcome.deferred && stopRequested == 0);
            anyFailed = anyFailed || failed;
            deferred = deferred || outcome.deferred;
            QJsonObject entry{{QStringLiteral("entry"), outcome.entry},
                              {QStringLiteral("status"), status},
                              {QStringLiteral("moved_to"), outcome.movedTo},
                              {QStringLiteral("report"), outcome.reportPath}};
            if (outcome.report)
                entry.insert(QStringLiteral("run_id"), outcome.report->runId);
            if (!outcome.error.isEmpty())
                entry.insert(QStringLiteral("error"), outcome.error);
            QString line = outcome.report ? tr("%1: %2 (run %3)").arg(outcome.entry, status).arg(outcome.report->runId)
                                          : tr("%1: %2").arg(outcome.entry, status);
            if (!outcome.movedTo.isEmpty())
                line += tr(" -> %1").arg(QDir::toNativeSeparators(outcome.movedTo));
            if (once)
                processed << entry;
            else if (m_json)
                m_out << QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)) << '\n';
            if (!m_json)
                m_out << line << '\n';
            if (failed) {
                QString why = outcome.error;
                if (why.isEmpty() && outcome.report && !outcome.report->rejected.isEmpty())
                    why = outcome.report->rejected.constFirst().reason;
                m_err << "cockpitctl: " << line << (why.isEmpty() ? QString() : QStringLiteral(": ") + why) << '\n';
            } else if (!outcome.error.isEmpty()) {
                m_err << "cockpitctl: " << line << QStringLiteral(": ") << outcome.error << '\n';
            } else if (outcome.report && outcome.report->status == ImportReport::Status::AwaitingConfirmation) {
                m_err << "cockpitctl: "
                      << tr("%1 waits for confirmation: \"cockpitctl import %2 --confirm\" applies it.")
                             .arg(outcome.entry, QDir::toNativeSeparators(outcome.movedTo))
                      << '\n';
            }
            m_out.flush();
            m_err.flush();
        }
        if (once) {
            // --once waits for files that are still being written, but not for ever; a database that
            // fails ends it at once.
            if (deferred || busy || folder.settling() == 0 || waited.elapsed() > 4 * DropFolder::kSettleMs)
                break;
        }
        // After a failing database the next try waits longer, so an outage does not flood the log.
        const int pauseMs = once ? 250 : deferred ? 15000 : 1000;
        for (int slept = 0; slept < pauseMs && stopRequested == 0; slept += 50)
            QThread::msleep(50);
    }
    if (once) {
        if (busy) {
            m_err << tr("Another program is importing from %1 right now; it takes the jobs there.")
                         .arg(QDir::toNativeSeparators(dir))
                  << '\n';
            m_err.flush();
        }
        printResult({{QStringLiteral("processed"), processed}, {QStringLiteral("busy"), busy}},
                    tr("%n job(s) processed.", nullptr, int(processed.size())));
        return anyFailed ? Refused : Ok;
    }
    m_err << tr("Stopped watching %1.").arg(QDir::toNativeSeparators(dir)) << '\n';
    m_err.flush();
    return Ok;
}

int Cockpitctl::cmdImports(const QStringList &args)
{
    const QString sub = args.value(0);
    if (!((sub == u"list" && args.size() == 1) || (sub == u"show" && args.size() == 2)))
        return usageError(tr("Use \"imports list\" or \"imports show RUN_ID\"."));
    qint64 runId = 0;
    if (sub == u"show") {
        bool ok = false;
        runId = args.at(1).toLongLong(&ok);
        if (!ok || runId < 1)
            return usageError(tr("RUN_ID is the number of an import run (see \"imports list\")."));
    }
    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    const ImportService service((*office)->database(), (*office)->actor());
    if (sub == u"show") {
        auto report = service.report(runId);
        if (!report)
            return refused(report.error());
        return printResult(m_json ? report->toJson() : QJsonObject(), report->summaryText());
    }
    auto runs = service.history();
    if (!runs)
        return refused(runs.error());
    QJsonArray array;
    QString text;
    for (const ImportRunSummary &run : *runs) {
        array << QJsonObject{{QStringLiteral("run_id"), run.id},
                             {QStringLiteral("started_at"), run.startedAt.toString(Qt::ISODate)},
                             {QStringLiteral("actor"), run.actor},
                             {QStringLiteral("format"), importFormatKey(run.format)},
                             {QStringLiteral("mode"), importModeKey(run.mode)},
                             {QStringLiteral("dry_run"), run.dryRun},
                             {QStringLiteral("status"), run.status},
                             {QStringLiteral("source"), run.sourceName},
                             {QStringLiteral("sha256"), run.sourceSha256},
                             {QStringLiteral("rejected_rows"), run.rejectedRows}};
        text += QStringLiteral("%1  %2  %3  %4%5  %6  %7\n")
                    .arg(run.id, 5)
                    .arg(run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), run.status.leftJustified(12),
                         importFormatKey(run.format), run.dryRun ? tr(" (dry run)") : QString(), run.sourceName, run.actor);
    }
    return printResult({{QStringLiteral("runs"), array}}, text);
}

int Cockpitctl::cmdTenants(const QStringList &args, const QString &limitText, bool limitSet)
{
    if (args.value(0) != u"search" || args.size() != 2)
        return usageError(tr("Use \"tenants search TEXT [--limit N] [--json]\"."));
    int limit = TenantSearch::kDefaultLimit;
    if (limitSet) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > TenantSearch::kMaxLimit)
            return usageError(tr("--limit takes a number from 1 to %1.").arg(TenantSearch::kMaxLimit));
    }
    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    auto hits = (*office)->tenantSearch().search(args.at(1), limit);
    if (!hits)
        return refused(hits.error());
    QJsonArray tenants;
    QString text;
    for (const TenantSearchHit &hit : std::as_const(*hits)) {
        tenants << QJsonObject{{QStringLiteral("id"), hit.id},
                               {QStringLiteral("tenant_ref"), textOrNullJson(hit.erpRef)},
                               {QStringLiteral("first_name"), hit.firstName},
                               {QStringLiteral("last_name"), hit.lastName},
                               {QStringLiteral("email"), textOrNullJson(hit.email)},
                               {QStringLiteral("phone"), textOrNullJson(hit.phone)},
                               {QStringLiteral("phone_e164"), textOrNullJson(hit.phoneE164)},
                               {QStringLiteral("status"), hit.statusKey()},
                               {QStringLiteral("alias"), hit.isAlias},
                               {QStringLiteral("former"), hit.isFormer},
                               {QStringLiteral("unit"), textOrNullJson(hit.unitLabel)},
                               {QStringLiteral("address"), textOrNullJson(hit.address)},
                               {QStringLiteral("open_tickets"), hit.openTickets},
                               {QStringLiteral("matched"), TenantSearchHit::matchKey(hit.match)}};
        QStringList facts{hit.erpRef, hit.displayName(), hit.unitLabel, hit.address, hit.phone, hit.statusKey()};
        if (hit.isFormer)
            facts << tr("former tenant");
        if (hit.openTickets > 0)
            facts << tr("%n open ticket(s)", nullptr, hit.openTickets);
        facts.removeAll(QString());
        text += facts.join(QStringLiteral("\t")) + u'\n';
    }
    if (hits->isEmpty())
        text = tr("Nobody found for \"%1\".\n").arg(args.at(1));
    return printResult(QJsonObject{{QStringLiteral("query"), args.at(1)}, {QStringLiteral("tenants"), tenants}}, text);
}

int Cockpitctl::cmdTenant(const QStringList &args, const TenantEdit &edit)
{
    const QString sub = args.value(0);
    if (!((sub == u"show" || sub == u"set") && args.size() == 2))
        return usageError(tr("Use \"tenant show REF\" or \"tenant set REF --email ADDRESS ...\"."));
    if (sub == u"show" && !edit.isEmpty())
        return usageError(tr("\"tenant show\" changes nothing; use \"tenant set\"."));
    if (sub == u"set" && edit.isEmpty())
        return usageError(tr("\"tenant set\" needs at least one of --first-name, --last-name, --email, --phone, --language."));
    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    const Tenants tenants = (*office)->tenants();
    auto id = tenants.idOf(args.at(1));
    if (!id)
        return refused(id.error());
    auto detail = sub == u"set" ? tenants.update((*office)->actor(), *id, edit) : tenants.detail(*id);
    if (!detail)
        return refused(detail.error());
    const TenantDetail &d = *detail;
    QJsonArray tenancies;
    const QString name = d.erpRef.isEmpty() ? d.displayName() : QStringLiteral("%1 (%2)").arg(d.displayName(), d.erpRef);
    QString status = d.status;
    if (d.mergedIntoId > 0)
        status = tr("alias, linked to another tenant and retired");
    else if (d.isAlias && d.status == u"imported")
        status = d.erpRef.isEmpty() ? tr("alias user made by hand") : tr("alias (no e-mail yet)");
    QString text = tr("%1\nE-mail: %2\nPhone: %3\nLanguage: %4\nStatus: %5%6\n")
                       .arg(name, d.email, d.phone, d.language.isEmpty() ? tr("company default") : d.language, status,
                            d.erpOwned ? tr("\nName, e-mail and phone are managed by the ERP.") : QString());
    for (const TenancyInfo &t : d.tenancies) {
        tenancies << QJsonObject{{QStringLiteral("unit_ref"), t.unitRef},
                                 {QStringLiteral("unit"), t.unitLabel},
                                 {QStringLiteral("property_ref"), t.propertyRef},
                                 {QStringLiteral("property"), t.propertyName},
                                 {QStringLiteral("address"), t.address},
                                 {QStringLiteral("start"), t.start.toString(Qt::ISODate)},
                                 {QStringLiteral("end"), t.end.isValid() ? QJsonValue(t.end.toString(Qt::ISODate)) : QJsonValue()}};
        text += tr("Tenancy: %1, %2 (%3), from %4%5\n")
                    .arg(t.unitLabel, t.address, t.propertyName, t.start.toString(Qt::ISODate),
                         t.end.isValid() ? tr(" to %1").arg(t.end.toString(Qt::ISODate)) : QString());
    }
    QJsonArray history;
    for (const TenantHistoryEntry &h : d.history) {
        // "before" and "after" are for reading (translated); "changes" keeps the values as stored.
        QJsonArray changes;
        for (const TenantHistoryChange &c : h.changes) {
            changes << QJsonObject{{QStringLiteral("field"), c.field},
                                   {QStringLiteral("before"), c.before ? QJsonValue(*c.before) : QJsonValue()},
                                   {QStringLiteral("after"), c.after ? QJsonValue(*c.after) : QJsonValue()}};
        }
        history << QJsonObject{{QStringLiteral("at"), h.at.toString(Qt::ISODate)},
                               {QStringLiteral("who"), h.who},
                               {QStringLiteral("kind"), h.kind},
                               {QStringLiteral("what"), h.what},
                               {QStringLiteral("before"), h.before},
                               {QStringLiteral("after"), h.after},
                               {QStringLiteral("changes"), changes}};
        text += QStringLiteral("%1  %2: %3 %4 -> %5\n")
                    .arg(h.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), h.who, h.what, h.before, h.after);
    }
    return printResult({{QStringLiteral("id"), d.id},
                        {QStringLiteral("ref"), d.erpRef},
                        {QStringLiteral("first_name"), d.firstName},
                        {QStringLiteral("last_name"), d.lastName},
                        {QStringLiteral("email"), d.email},
                        {QStringLiteral("phone"), d.phone},
                        {QStringLiteral("phone_e164"), d.phoneE164},
                        {QStringLiteral("language"), d.language},
                        {QStringLiteral("status"), d.status},
                        {QStringLiteral("alias"), d.isAlias},
                        {QStringLiteral("merged_into_id"), d.mergedIntoId > 0 ? QJsonValue(d.mergedIntoId) : QJsonValue()},
                        {QStringLiteral("erp_owned"), d.erpOwned},
                        {QStringLiteral("row_version"), d.rowVersion},
                        {QStringLiteral("tenancies"), tenancies},
                        {QStringLiteral("history"), history}},
                       text);
}

int Cockpitctl::cmdInvite(const QStringList &args, const InviteArguments &invite)
{
    // "--tenant A B C" and "--tenant A --tenant B" both name several tenants.
    QStringList refs = invite.tenants;
    if (!invite.tenants.isEmpty())
        refs += args;
    else if (!args.isEmpty())
        return usageError(tr("\"invite\" takes its tenants with --tenant REF."));
    const int ways = (refs.isEmpty() ? 0 : 1) + (invite.propertySet ? 1 : 0) + (invite.allUninvited ? 1 : 0);
    if (ways != 1)
        return usageError(tr("Use one of \"invite --tenant REF ...\", \"invite --property REF\" or \"invite --all-uninvited\"."));
    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    const Invitations invitations = (*office)->invitations();
    QList<qint64> ids;
    QList<InvitationRefused> unknown;
    if (!refs.isEmpty()) {
        const Tenants tenants = (*office)->tenants();
        for (const QString &ref : std::as_const(refs)) {
            auto id = tenants.idOf(ref);
            if (id)
                ids << *id;
            else if (id.error().kind == Error::Kind::Refused)
                unknown << InvitationRefused{0, ref, QString(), id.error().message};
            else
                return refused(id.error());
        }
    } else {
        std::optional<qint64> propertyId;
        if (invite.propertySet) {
            auto id = (*office)->masterData().propertyIdOf(invite.property);
            if (!id)
                return refused(id.error());
            propertyId = *id;
        }
        auto found = invitations.notYetInvited(propertyId);
        if (!found)
            return refused(found.error());
        ids = *found;
    }
    InvitationReport report;
    if (!ids.isEmpty()) {
        auto done = invitations.invite(ids);
        if (!done)
            return refused(done.error());
        report = *done;
    }
    report.refused = unknown + report.refused;

    QJsonArray queued, refusedJson;
    QString text;
    qint64 reminders = 0;
    for (const InvitationQueued &q : std::as_const(report.queued)) {
        reminders += q.reminder ? 1 : 0;
        queued << QJsonObject{{QStringLiteral("tenant"), q.ref},
                              {QStringLiteral("id"), q.personId},
                              {QStringLiteral("name"), q.name},
                              {QStringLiteral("email"), q.email},
                              {QStringLiteral("kind"), q.reminder ? QStringLiteral("reminder") : QStringLiteral("invitation")},
                              {QStringLiteral("outbox_id"), q.outboxId}};
    }
    for (const InvitationRefused &r : std::as_const(report.refused)) {
        refusedJson << QJsonObject{{QStringLiteral("tenant"), r.ref},
                                   {QStringLiteral("id"), r.personId > 0 ? QJsonValue(r.personId) : QJsonValue()},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("reason"), r.reason}};
    }
    text = tr("%1 invitation(s) and %2 reminder(s) queued, %3 refused.\n")
               .arg(report.queued.size() - reminders)
               .arg(reminders)
               .arg(report.refused.size());
    for (const InvitationQueued &q : std::as_const(report.queued)) {
        text += QStringLiteral("  %1  %2 <%3>%4\n").arg(q.ref, q.name, q.email, q.reminder ? tr(" (reminder)") : QString());
    }
    for (const InvitationRefused &r : std::as_const(report.refused)) {
        text += tr("  refused: %1%2: %3\n").arg(r.ref.isEmpty() ? QString::number(r.personId) : r.ref,
                                                 r.name.isEmpty() ? QString() : QStringLiteral(" (") + r.name + u')', r.reason);
    }
    if (ids.isEmpty() && report.refused.isEmpty())
        text = tr("Nobody to invite: every tenant with a current tenancy there is invited or registered.\n");
    printResult({{QStringLiteral("queued"), queued}, {QStringLiteral("refused"), refusedJson}}, text);
    return report.queued.isEmpty() && !report.refused.isEmpty() ? Refused : Ok;
}

int Cockpitctl::cmdOutbox(const QStringList &args, const QString &status, const QString &passwordFile, bool passwordFileSet)
{
    const QString sub = args.value(0);
    if (!(sub == u"list" || sub == u"send" || sub == u"retry") || (sub != u"retry" && args.size() != 1))
        return usageError(tr("Use \"outbox list\", \"outbox send\" or \"outbox retry [ID ...]\"."));
    if (!status.isEmpty() && sub != u"list")
        return usageError(tr("--status belongs to \"outbox list\"."));
    if (passwordFileSet && sub != u"send")
        return usageError(tr("--smtp-password-file belongs to \"outbox send\"."));
    static const QStringList statuses{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent"),
                                      QStringLiteral("failed")};
    if (!status.isEmpty() && !statuses.contains(status))
        return usageError(tr("--status takes one of %1.").arg(statuses.join(QStringLiteral(", "))));
    QList<qint64> ids;
    for (const QString &arg : args.mid(1)) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id < 1)
            return usageError(tr("\"%1\" is not an e-mail's number.").arg(arg));
        ids << id;
    }
    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    const Outbox outbox = (*office)->outbox();
    if (sub == u"send")
        return outboxSend(**office, passwordFile, passwordFileSet);
    if (sub == u"retry") {
        auto n = outbox.retryFailed((*office)->actor(), ids);
        if (!n)
            return refused(n.error());
        return printResult({{QStringLiteral("requeued"), *n}}, tr("%n failed e-mail(s) queued again.", nullptr, int(*n)));
    }
    auto entries = outbox.list(500, status);
    if (!entries)
        return refused(entries.error());
    auto counts = outbox.counts();
    if (!counts)
        return refused(counts.error());
    const auto when = [](const QDateTime &at) { return at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue(); };
    QJsonArray messages;
    QString text = tr("%1 waiting, %2 failed, %3 sent.\n").arg(counts->waiting).arg(counts->failed).arg(counts->sent);
    for (const OutboxEntry &e : std::as_const(*entries)) {
        messages << QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("message_id"), e.messageId},
                                {QStringLiteral("kind"), e.kind},
                                {QStringLiteral("tenant_id"), e.personId ? QJsonValue(*e.personId) : QJsonValue()},
                                {QStringLiteral("recipient"), e.recipient},
                                {QStringLiteral("recipient_name"), e.recipientName},
                                {QStringLiteral("subject"), e.subject},
                                {QStringLiteral("language"), e.language},
                                {QStringLiteral("status"), e.status},
                                {QStringLiteral("attempts"), e.attempts},
                                {QStringLiteral("next_attempt_at"), e.status == u"sent" || e.status == u"failed"
                                                                        ? QJsonValue() : when(e.nextAttemptAt)},
                                {QStringLiteral("last_error"), e.lastError.isEmpty() ? QJsonValue() : QJsonValue(e.lastError)},
                                {QStringLiteral("created_at"), when(e.createdAt)},
                                {QStringLiteral("sent_at"), when(e.sentAt)}};
        text += QStringLiteral("%1  %2  %3  %4  %5%6\n")
                    .arg(e.id, 6)
                    .arg(e.status.leftJustified(7), e.kind.leftJustified(19), e.recipient, e.subject,
                         e.lastError.isEmpty() ? QString() : QStringLiteral("\n        ") + e.lastError);
    }
    return printResult({{QStringLiteral("messages"), messages},
                        {QStringLiteral("waiting"), counts->waiting},
                        {QStringLiteral("failed"), counts->failed},
                        {QStringLiteral("sent"), counts->sent}},
                       text);
}

int Cockpitctl::outboxSend(Office &office, const QString &passwordFile, bool passwordFileSet)
{
    auto setup = MailSetup::read(office.settings());
    if (!setup)
        return refused(setup.error());
    if (setup->needsPassword()) {
        auto given = smtpPasswordFromFileOrEnvironment(passwordFile, passwordFileSet);
        if (!given)
            return refused(given.error());
        if (*given) {
            setup->smtp.password = **given;
        } else {
            KeychainSecretStore keychain;
            auto stored = readSecretBlocking(keychain, SecretStore::keyFor(secrets::smtpPassword, office.database().url()), 10000);
            if (!stored || !*stored) {
                return refused(Error::refused(
                    tr("The mail server wants a password for %1, and there is none: give it with --smtp-password-file FILE "
                       "or $%2, or store it in the keychain from the desktop program (%3).")
                        .arg(setup->smtp.user, QString::fromLatin1(kSmtpPasswordVariable),
                             !stored ? stored.error().message : tr("the keychain has none for this office"))));
            }
            setup->smtp.password = **stored;
        }
    }
    SmtpClient client(setup->smtp);
    OutboxSender sender(office.database(), &client);
    sender.setFrom(setup->from);
    OutboxRun run;
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::finished, &loop, [&](const OutboxRun &result) {
        run = result;
        loop.quit();
    });
    // SIGTERM and Ctrl+C stop sending at once; the answers so far are written down, the message in
    // flight and the rest stay due.
    installStopHandlers();
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &sender, [&sender] {
        if (stopRequested)
            sender.cancel();
    });
    stopWatch.start(200);
    sender.sendDue();
    if (sender.isBusy())
        loop.exec();
    if (!run.error.isEmpty())
        m_err << "cockpitctl: " << tr("Sending stopped: %1").arg(run.error) << '\n';
    m_err.flush();
    printResult({{QStringLiteral("sent"), run.sent},
                 {QStringLiteral("failed"), run.failed},
                 {QStringLiteral("deferred"), run.deferred},
                 {QStringLiteral("error"), run.error.isEmpty() ? QJsonValue() : QJsonValue(run.error)}},
                tr("%1 sent, %2 failed, %3 deferred.").arg(run.sent).arg(run.failed).arg(run.deferred));
    return run.failed > 0 ? Refused : Ok;
}

int Cockpitctl::cmdTickets(const QStringList &args, const TicketArguments &ticket)
{
    const QString sub = args.value(0);
    const int expected = sub == u"create" || sub == u"list" ? 1 : sub == u"show" ? 2
                         : sub == u"assign" || sub == u"status" || sub == u"comment" ? 3 : -1;
    if (expected < 0) {
        return usageError(tr("Use \"tickets create\", \"tickets list\", \"tickets show ID\", \"tickets assign ID LOGIN\", "
                             "\"tickets status ID STATUS\" or \"tickets comment ID TEXT\"."));
    }
    if (args.size() != expected) {
        return usageError(sub == u"create"   ? tr("Use \"tickets create --tenant REF --title TEXT\" (quote a text with spaces).")
                          : sub == u"list"   ? tr("\"tickets list\" takes its filters as --tenant, --assignee and --status.")
                          : sub == u"show"   ? tr("Use \"tickets show ID\".")
                          : sub == u"assign" ? tr("Use \"tickets assign ID LOGIN\".")
                          : sub == u"status" ? tr("Use \"tickets status ID STATUS\".")
                                             : tr("Use \"tickets comment ID TEXT\" (quote a text with spaces)."));
    }
    const bool creating = sub == u"create";
    if (!creating && (ticket.titleSet || ticket.descriptionSet || ticket.channelSet || ticket.categorySet))
        return usageError(tr("--title, --description, --channel and --category belong to \"tickets create\"."));
    if (!creating && sub != u"list" && (ticket.tenantSet || ticket.assigneeSet))
        return usageError(tr("--tenant and --assignee belong to \"tickets create\" and \"tickets list\"."));
    if (sub != u"list" && ticket.statusSet)
        return usageError(tr("--status belongs to \"tickets list\"; a ticket's status changes with \"tickets status ID STATUS\"."));
    if (sub != u"comment" && ticket.internal)
        return usageError(tr("--internal belongs to \"tickets comment\"."));
    if (creating && (!ticket.tenantSet || !ticket.titleSet))
        return usageError(tr("\"tickets create\" needs --tenant REF and --title TEXT."));
    if (ticket.channelSet && !tickets::channelKeys().contains(ticket.channel))
        return usageError(tr("--channel takes one of %1.").arg(tickets::channelKeys().join(QStringLiteral(", "))));
    const auto statusUsage = [this](const QString &status) {
        return usageError(tr("\"%1\" is no status; use one of %2.").arg(status, tickets::statusKeys().join(QStringLiteral(", "))));
    };
    if (ticket.statusSet && !tickets::statusKeys().contains(ticket.status))
        return statusUsage(ticket.status);
    if (sub == u"status" && !tickets::statusKeys().contains(args.at(2)))
        return statusUsage(args.at(2));
    qint64 id = 0;
    if (expected >= 2) {
        bool ok = false;
        id = args.at(1).toLongLong(&ok);
        if (!ok || id < 1)
            return usageError(tr("\"%1\" is not a ticket's number.").arg(args.at(1)));
    }

    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    const Tickets service = (*office)->tickets();
    const Agents agents = (*office)->agents();
    std::optional<qint64> personId;
    if (ticket.tenantSet) {
        auto found = (*office)->tenants().idOf(ticket.tenant);
        if (!found)
            return refused(found.error());
        personId = *found;
    }
    std::optional<qint64> assigneeId;
    if (ticket.assigneeSet || sub == u"assign") {
        auto agent = agents.findByLogin(sub == u"assign" ? args.at(2) : ticket.assignee);
        if (!agent)
            return refused(agent.error());
        assigneeId = agent->id;
    }
    // `changed`: for "assign", whether it changed the ticket (the JSON says so).
    const auto printTicket = [&](qint64 ticketId, const QString &headline, bool withHistory,
                                 std::optional<bool> changed = std::nullopt) {
        auto t = service.get(ticketId);
        if (!t)
            return refused(t.error());
        QJsonObject json = ticketJson(*t);
        if (changed)
            json.insert(QStringLiteral("changed"), *changed);
        QString text = headline.isEmpty() ? QString() : headline + u'\n';
        const QString tenant = t->tenantRef.isEmpty() ? t->tenantName()
                                                      : QStringLiteral("%1 (%2)").arg(t->tenantName(), t->tenantRef);
        text += tr("#%1 %2\nTenant: %3\nUnit: %4\nStatus: %5, priority %6, channel %7\nCategory: %8\n")
                    .arg(QString::number(t->id), t->title, tenant, t->unitLabel, t->status, t->priority, t->channel,
                         t->category);
        text += tr("Assignee: %1\nCreated by %2 at %3\n")
                    .arg(t->assigneeLogin.isEmpty() ? tr("nobody") : t->assigneeLogin, t->createdByName,
                         t->createdAt.toUTC().toString(Qt::ISODate));
        if (!t->description.isEmpty())
            text += t->description + u'\n';
        if (withHistory) {
            auto history = service.history(ticketId);
            if (!history)
                return refused(history.error());
            QJsonArray entries;
            for (const TicketHistoryEntry &h : std::as_const(*history)) {
                const bool isComment = h.kind == u"comment";
                entries << QJsonObject{{QStringLiteral("at"), instantJson(h.at)},
                                       {QStringLiteral("who"), h.who},
                                       {QStringLiteral("kind"), h.kind},
                                       {QStringLiteral("old"), textOrNullJson(h.oldValue)},
                                       {QStringLiteral("new"), textOrNullJson(h.newValue)},
                                       {QStringLiteral("text"), isComment ? QJsonValue(h.text) : QJsonValue()},
                                       {QStringLiteral("internal"), isComment ? QJsonValue(h.internal) : QJsonValue()}};
                text += QStringLiteral("%1  %2: %3 %4\n")
                            .arg(h.at.toUTC().toString(Qt::ISODate), h.who, tickets::eventKindText(h.kind),
                                 isComment ? (h.internal ? tr("(internal) ") : QString()) + h.text
                                           : QStringLiteral("%1 -> %2").arg(h.oldValue, h.newValue));
            }
            json.insert(QStringLiteral("history"), entries);
        }
        return printResult(json, text);
    };

    if (creating) {
        TicketDraft draft;
        draft.personId = *personId;
        auto unit = service.defaultUnitFor(draft.personId);
        if (!unit)
            return refused(unit.error());
        draft.unitId = *unit;
        if (ticket.channelSet)
            draft.channel = ticket.channel;
        draft.category = tickets::categoryToStore(ticket.category);
        draft.title = ticket.title;
        draft.description = ticket.description;
        // As in the desktop program: the agent who logs a ticket has it until they give it on.
        draft.assigneeId = ticket.assigneeSet ? assigneeId : (*office)->actor().agentId;
        auto created = service.create(draft);
        if (!created)
            return refused(created.error());
        return printTicket(*created, tr("Ticket #%1 created.").arg(*created), false);
    }
    if (sub == u"list") {
        TicketFilter filter;
        filter.personId = personId;
        filter.assigneeId = assigneeId;
        filter.status = ticket.status;
        auto found = service.list(filter);
        if (!found)
            return refused(found.error());
        QJsonArray array;
        QString text;
        for (const Ticket &t : std::as_const(*found)) {
            array << ticketJson(t);
            text += QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(t.id, 6)
                        .arg(t.status.leftJustified(19), t.tenantRef.leftJustified(10),
                             (t.assigneeLogin.isEmpty() ? QStringLiteral("-") : t.assigneeLogin).leftJustified(12), t.title);
        }
        if (found->isEmpty())
            text = tr("No tickets.");
        return printResult({{QStringLiteral("tickets"), array}}, text);
    }
    if (sub == u"show")
        return printTicket(id, QString(), true);
    if (sub == u"assign") {
        // One transaction that says whether it changed anything (scripts count on it).
        auto changed = service.assignMany({id}, assigneeId);
        if (!changed)
            return refused(changed.error());
        return printTicket(id, *changed > 0 ? tr("Ticket #%1 assigned to %2.").arg(QString::number(id), args.at(2))
                                            : tr("Ticket #%1 was assigned to %2 already.").arg(QString::number(id), args.at(2)),
                           false, *changed > 0);
    }
    if (sub == u"status") {
        auto version = service.setStatus(id, args.at(2));
        if (!version)
            return refused(version.error());
        return printTicket(id, tr("Ticket #%1 is now %2.").arg(QString::number(id), args.at(2)), false);
    }
    auto commented = service.comment(id, args.at(2), ticket.internal);
    if (!commented)
        return refused(commented.error());
    return printResult({{QStringLiteral("ticket_id"), id},
                        {QStringLiteral("comment_id"), *commented},
                        {QStringLiteral("internal"), ticket.internal}},
                       ticket.internal ? tr("Internal note added to ticket #%1.").arg(id)
                                       : tr("Comment added to ticket #%1.").arg(id));
}

int Cockpitctl::cmdAgents(const QStringList &args, const QString &name, bool nameSet, const QString &role, bool roleSet)
{
    const QString sub = args.value(0);
    const bool shapeOk = (sub == u"list" && args.size() == 1) || (sub == u"add" && args.size() == 2)
                         || (sub == u"set-role" && args.size() == 3) || (sub == u"disable" && args.size() == 2)
                         || (sub == u"set-password" && args.size() == 2);
    if (!shapeOk) {
        return usageError(tr("Use \"agents list\", \"agents add LOGIN --name NAME --role agent|administrator|manager\", "
                             "\"agents set-role LOGIN ROLE\", \"agents disable LOGIN\" or \"agents set-password LOGIN\"."));
    }
    if (sub != u"add" && (nameSet || roleSet))
        return usageError(tr("--name and --role belong to \"agents add\"."));
    std::optional<Role> parsedRole;
    if (sub == u"add" && (!nameSet || !roleSet))
        return usageError(tr("\"agents add LOGIN\" needs --name NAME and --role agent|administrator|manager."));
    if (sub == u"add" || sub == u"set-role") {
        parsedRole = roleFromKey(sub == u"add" ? role : args.at(2));
        if (!parsedRole)
            return usageError(tr("A role is agent, administrator or manager."));
    }
    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    if (sub == u"set-password")
        return agentsSetPassword(**office, args.at(1));
    const Agents agents = (*office)->agents();
    if (sub == u"add") {
        auto id = agents.add(args.at(1), name, *parsedRole);
        if (!id)
            return refused(id.error());
        auto agent = agents.get(*id);
        if (!agent)
            return refused(agent.error());
        return printResult(agentJson(*agent), tr("Agent %1 (%2, %3) added.").arg(agent->login, agent->displayName, roleKey(agent->role)));
    }
    if (sub == u"set-role" || sub == u"disable") {
        auto agent = agents.findByLogin(args.at(1));
        if (!agent)
            return refused(agent.error());
        auto changed = sub == u"set-role" ? agents.setRole(agent->id, *parsedRole) : agents.disable(agent->id);
        if (!changed)
            return refused(changed.error());
        auto now = agents.get(agent->id);
        if (!now)
            return refused(now.error());
        QJsonObject json = agentJson(*now);
        json.insert(QStringLiteral("changed"), *changed);
        const QString text = sub == u"disable"
                                 ? (*changed ? tr("Agent %1 is disabled.") : tr("Agent %1 was disabled already.")).arg(now->login)
                                 : (*changed ? tr("Agent %1 is now %2.") : tr("Agent %1 is %2 already."))
                                       .arg(now->login, roleKey(now->role));
        return printResult(json, text);
    }
    auto list = agents.listActive();
    if (!list)
        return refused(list.error());
    QJsonArray array;
    QString text;
    for (const AgentInfo &a : std::as_const(*list)) {
        array << agentJson(a);
        text += QStringLiteral("%1  %2  %3\n").arg(a.login.leftJustified(20), roleKey(a.role).leftJustified(13), a.displayName);
    }
    return printResult({{QStringLiteral("agents"), array}}, text.isEmpty() ? tr("No agents.") : text);
}

} // namespace tc
