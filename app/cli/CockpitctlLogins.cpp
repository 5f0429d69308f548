// Agent logins in cockpitctl: --as LOGIN says who is acting, "login" checks a password (and keeps it
// in the keychain for scheduled jobs), "logout" forgets it, "agents set-password" sets one.
#include "cli/Cockpitctl.h"

#include "SecretStore.h"
#include "services/Office.h"

#include <QJsonObject>
#include <QThread>

#include <unistd.h>

namespace tc {

namespace {

// The longest wait after wrong passwords that the program sits out by itself.
constexpr qint64 kLongestWaitSeconds = 60;

} // namespace

Result<QString> Cockpitctl::agentPassword(const DatabaseUrl &office, bool keychainFirst)
{
    if (keychainFirst) {
        KeychainSecretStore keychain;
        // A keychain that cannot be used (no session bus under cron) is no error: stdin is the other way.
        auto stored = readSecretBlocking(keychain, SecretStore::agentPasswordKey(m_as, office), 10000);
        if (stored && *stored)
            return **stored;
    }
    return readPassword(tr("Password for %1: ").arg(m_as));
}

Result<Actor> Cockpitctl::logInAs(const AgentLogins &logins, const QString &password)
{
    auto wait = logins.secondsToWait(m_as);
    if (wait && *wait > 0 && *wait <= kLongestWaitSeconds) {
        if (isatty(STDERR_FILENO)) {
            m_err << tr("Waiting %n second(s) after the wrong attempts before…", nullptr, int(*wait)) << '\n';
            m_err.flush();
        }
        QThread::sleep(static_cast<unsigned long>(*wait));
    }
    return logins.logIn(m_as, password);
}

Status Cockpitctl::actAsAgent(Office &office)
{
    const AgentLogins logins = office.logins();
    auto used = logins.inUse();
    if (!used)
        return used.error();
    if (m_as.isEmpty()) {
        if (*used) {
            return Error::refused(tr("This office has logins: say who is acting with --as LOGIN (the password comes "
                                     "from the keychain, kept there by \"login --remember\", or as the first line "
                                     "of stdin)."));
        }
        return {};
    }
    if (!*used) {
        return Error::refused(tr("This office has no logins yet, so there is no password to check for %1. A "
                                 "manager's first password starts them: \"cockpitctl agents set-password LOGIN\".")
                                  .arg(m_as));
    }
    auto password = agentPassword(office.database().url(), true);
    if (!password)
        return password.error();
    auto actor = logInAs(logins, *password);
    if (!actor)
        return actor.error();
    office.actAs(*actor);
    return {};
}

int Cockpitctl::cmdLogin(const QStringList &args, bool remember)
{
    if (!args.isEmpty() || m_as.isEmpty())
        return usageError(tr("Use \"cockpitctl --as LOGIN login [--remember]\", the password on stdin."));
    auto url = DatabaseUrl::parse(m_dbUrl);
    if (!url)
        return refused(url.error());
    if (!url->isSQLite()) {
        // The server checks the password: logging in is connecting as the agent's database role.
        auto password = agentPassword(*url, false);
        if (!password)
            return refused(password.error());
        auto office = openOffice(SchemaPolicy::RequireCurrent, false, Acting::Agent, *password);
        if (!office)
            return refused(office.error());
        return loggedIn((*office)->actor(), *url, *password, remember);
    }
    auto office = openOffice(SchemaPolicy::Migrate, false, Acting::Anyone);
    if (!office)
        return refused(office.error());
    auto used = (*office)->logins().inUse();
    if (!used)
        return refused(used.error());
    if (!*used)
        return refused(Error::refused(tr("This office has no logins yet: a manager's first password starts them "
                                         "(\"cockpitctl agents set-password LOGIN\").")));
    // Always typed: the point is to check what would be kept.
    auto password = agentPassword(*url, false);
    if (!password)
        return refused(password.error());
    auto actor = logInAs((*office)->logins(), *password);
    if (!actor)
        return refused(actor.error());
    return loggedIn(*actor, *url, *password, remember);
}

int Cockpitctl::loggedIn(const Actor &actor, const DatabaseUrl &office, const QString &password, bool remember)
{
    if (remember) {
        KeychainSecretStore keychain;
        if (auto s = writeSecretBlocking(keychain, SecretStore::agentPasswordKey(m_as, office), password); !s)
            return refused(Error::refused(tr("The password is right, but the keychain did not keep it: %1").arg(s.error().message)));
    }
    return printResult({{QStringLiteral("login"), m_as},
                        {QStringLiteral("name"), actor.name},
                        {QStringLiteral("role"), roleKey(actor.role)},
                        {QStringLiteral("remembered"), remember}},
                       remember ? tr("%1 (%2) logged in; the password is kept in the keychain for this office, so "
                                     "\"--as %3\" needs no password here from now on.")
                                      .arg(actor.name, roleKey(actor.role), m_as)
                                : tr("%1 (%2): the password is right.").arg(actor.name, roleKey(actor.role)));
}

int Cockpitctl::cmdLogout(const QStringList &args)
{
    if (!args.isEmpty() || m_as.isEmpty())
        return usageError(tr("Use \"cockpitctl --as LOGIN logout\"."));
    auto url = DatabaseUrl::parse(m_dbUrl);
    if (!url)
        return refused(url.error());
    KeychainSecretStore keychain;
    if (auto s = removeSecretBlocking(keychain, SecretStore::agentPasswordKey(m_as, *url)); !s)
        return refused(s.error());
    return printResult({{QStringLiteral("login"), m_as}, {QStringLiteral("forgotten"), true}},
                       tr("The keychain keeps no password of %1 for this office any more.").arg(m_as));
}

int Cockpitctl::agentsSetPassword(Office &office, const QString &login)
{
    const AgentLogins logins = office.logins();
    auto usedBefore = logins.inUse();
    if (!usedBefore)
        return refused(usedBefore.error());
    auto password = readPassword(tr("New password for %1: ").arg(login));
    if (!password)
        return refused(password.error());
    if (isatty(STDIN_FILENO)) {
        auto again = readPassword(tr("The same again: "));
        if (!again)
            return refused(again.error());
        if (*again != *password)
            return refused(Error::refused(tr("The two passwords differ; nothing changed.")));
    }
    if (auto s = logins.setPassword(office.actor(), login, *password); !s)
        return refused(s.error());
    auto agent = office.agents().findByLogin(login);
    if (!agent)
        return refused(agent.error());
    QString text = tr("%1 (%2) has a new password.").arg(agent->displayName, agent->login);
    if (!*usedBefore) {
        text += u'\n' + tr("Logins are in use from now on: the desktop program asks who is working, and every "
                           "command here says who is acting with --as LOGIN.");
    }
    return printResult({{QStringLiteral("login"), agent->login},
                        {QStringLiteral("name"), agent->displayName},
                        {QStringLiteral("role"), roleKey(agent->role)},
                        {QStringLiteral("password_set"), true},
                        {QStringLiteral("logins_started"), !*usedBefore}},
                       text);
}

} // namespace tc
