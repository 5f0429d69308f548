// AgentLogins: who is working at an office on a local file. An office starts without logins: whoever
// opens the file acts as its owner, a manager. Once an agent has a password, logins are in use and
// every program asks who is acting (the desktop program with its login dialog, cockpitctl with
// --as), and the services then guard each action by that agent's role. The first password must be
// a manager's, so that the office never locks itself out of its settings. Passwords are kept as
// Argon2id hashes (Password); wrong ones are throttled per login (AttemptThrottle). A login does not
// make the file secret: whoever can copy it can read it. On PostgreSQL the server checks who logs in
// (each agent is a database role of their own, see OfficeRoles): logins are always in use, and a
// password set here is the role's.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tc {

class Database;

class AgentLogins
{
    Q_DECLARE_TR_FUNCTIONS(AgentLogins)

public:
    explicit AgentLogins(const Database &db) : m_db(db) {}

    // True once an active agent has a password; always on PostgreSQL.
    Result<bool> inUse() const;

    // The agent with this login and password, as the actor of the services. Refused with one and the
    // same answer for an unknown login, a disabled agent, an agent without a password and a wrong
    // password; an attempt before secondsToWait() allows it is refused too.
    Result<Actor> logIn(const QString &login, const QString &password,
                        const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // How long the next attempt for `login` (any case) has to wait after wrong passwords.
    Result<qint64> secondsToWait(const QString &login, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Gives the agent with `login` a new password: the agent themselves, or a manager. Refused: a weak
    // password (Password::weakness), a disabled agent, and, while no login is in use, an agent who is
    // not a manager. Audited (never the password or its hash).
    Status setPassword(const Actor &actor, const QString &login, const QString &password) const;

    // The office's first login, while none is in use: the active manager with this login, or a new
    // manager with that login and name, gets `password`. Returns them as the actor.
    Result<Actor> setUpFirst(const Actor &owner, const QString &login, const QString &displayName,
                             const QString &password) const;

    // Why logIn and setUpFirst are refused on PostgreSQL.
    static QString serverChecksLogins();

private:
    const Database &m_db;
};

} // namespace tc
