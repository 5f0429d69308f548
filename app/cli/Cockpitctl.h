// Cockpitctl: the command-line front of the office services, for cron jobs, scripts and checks.
// Exit codes: 0 done, 1 refused (bad input, a business rule, an unreachable database), 2 usage.
#pragma once

#include "domain/Result.h"
#include "import/ImportReport.h"
#include "services/Tenants.h"
#include "storage/OfficeDatabase.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace tc {

class AgentLogins;
class DatabaseUrl;
class Office;
struct Actor;
struct DatabaseStatus;

class Cockpitctl
{
    Q_DECLARE_TR_FUNCTIONS(Cockpitctl)

public:
    enum ExitCode { Ok = 0, Refused = 1, Usage = 2 };

    Cockpitctl();
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int refused(const Error &error);
    int printResult(const QJsonObject &json, const QString &text);
    // Who a command acts as. Agent: once the office has logins, the agent named by --as, who must
    // give their password; before that, the file's owner. Anyone: the command needs no agent (the
    // schema's state, the tenant's side).
    enum class Acting { Agent, Anyone };
    // Only "init" creates a new local database file; every other command refuses a missing one.
    // On PostgreSQL, --as connects as the agent's database role with `password` (when empty, the one
    // agentPassword() finds) and the server checks it.
    Result<std::unique_ptr<Office>> openOffice(SchemaPolicy policy, bool mayCreate = false,
                                               Acting acting = Acting::Agent, const QString &password = {});

    // Without a language from its environment (cron's C locale), cockpitctl speaks the office's
    // (company.language) once it has opened it: what it prints, and what it stores for the people
    // who read it later (an import's reasons and warnings).
    void speakOfficeLanguage(const Office &office);

    int cmdInit(const QStringList &args);
    int cmdMigrate(const QStringList &args);
    int cmdStatus(const QStringList &args);
    int cmdVersion(const QStringList &args);
    int cmdSettings(const QStringList &args);
    // The local file's copy and its way back (CockpitctlBackup.cpp).
    int cmdBackup(const QStringList &args);
    int cmdRestore(const QStringList &args);
    int cmdCopyTo(const QStringList &args);
    Status refuseNonLocal() const;
    // Rows per table, as "status" and "restore" print them.
    static QJsonObject countsObject(const DatabaseStatus &status);
    struct ImportArguments
    {
        QString format, profile, mode, watch;
        bool watchSet = false, strict = false, dryRun = false, confirm = false, once = false;
    };
    int cmdImport(const QStringList &args, const ImportArguments &import);
    int cmdImports(const QStringList &args);
    int cmdTenant(const QStringList &args, const TenantEdit &edit);
    int cmdTenants(const QStringList &args, const QString &limitText, bool limitSet);
    struct InviteArguments
    {
        QStringList tenants;
        QString property;
        bool propertySet = false, allUninvited = false;
    };
    int cmdInvite(const QStringList &args, const InviteArguments &invite);
    int cmdOutbox(const QStringList &args, const QString &status, const QString &passwordFile, bool passwordFileSet);
    int outboxSend(Office &office, const QString &passwordFile, bool passwordFileSet);
    struct TicketArguments
    {
        QString tenant, title, description, channel, category, assignee, status;
        bool tenantSet = false, titleSet = false, descriptionSet = false, channelSet = false, categorySet = false,
             assigneeSet = false, statusSet = false, internal = false;
    };
    int cmdTickets(const QStringList &args, const TicketArguments &ticket);
    struct AliasArguments
    {
        QString unit, name, moveIn, tenant;
        bool unitSet = false, nameSet = false, moveInSet = false, tenantSet = false;
    };
    // Alias users (CockpitctlAliases.cpp).
    int cmdAlias(const QStringList &args, const AliasArguments &alias);
    struct PinboardArguments
    {
        QString title, body, bodyFile, validFrom, validTo;
        QStringList properties;
        bool titleSet = false, bodySet = false, bodyFileSet = false, validFromSet = false, validToSet = false,
             important = false, includeFuture = false;
    };
    // Pinboard posts (CockpitctlPinboard.cpp).
    int cmdPinboard(const QStringList &args, const PinboardArguments &pin);
    // A text file as a person wrote it: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.
    Result<QString> readTextFile(const QString &path);
    int cmdAgents(const QStringList &args, const QString &name, bool nameSet, const QString &role, bool roleSet);
    // The tenant's side (CockpitctlTenantSide.cpp): the password always comes on stdin.
    int cmdRegister(const QStringList &args, const QString &code, bool codeSet);
    int cmdTenantLogin(const QStringList &args, const QString &email, bool emailSet);
    // The next line of stdin, without its line end; typed without echo after `prompt` on a terminal.
    Result<QString> readPassword(const QString &prompt);
    // Agent logins (CockpitctlLogins.cpp): the office acts as the agent of --as, when it has logins.
    Status actAsAgent(Office &office);
    // The password of --as: kept in the keychain by "login --remember", else the next line of stdin.
    Result<QString> agentPassword(const DatabaseUrl &office, bool keychainFirst);
    // Prints who logged in, after keeping the password in the keychain when asked to.
    int loggedIn(const Actor &actor, const DatabaseUrl &office, const QString &password, bool remember);
    // Logs the agent of --as in, once the throttle lets them (a short wait is sat out).
    Result<Actor> logInAs(const AgentLogins &logins, const QString &password);
    int cmdLogin(const QStringList &args, bool remember);
    int cmdLogout(const QStringList &args);
    int agentsSetPassword(Office &office, const QString &login);
    // The password from stdin and the office, once this computer may try again (after wrong attempts
    // the throttle asks for a wait, sat out when it is short). `login`: a login rather than a registration.
    Result<std::unique_ptr<Office>> openForAttempt(bool login, QString &password);
    int watchDropFolder(Office &office, const QString &dir, bool once);
    QString importHeadline(const ImportReport &report) const;
    // The first rejected rows, one per line, for stderr.
    QString rejectionLines(const ImportReport &report) const;

    QString helpText() const;

    QTextStream m_out;
    QTextStream m_err;
    QString m_dbUrl;
    QString m_as; // --as LOGIN; empty when not given
    bool m_json = false;
    QString m_company;
    bool m_companyGiven = false;
    QString m_demo;
};

} // namespace tc
