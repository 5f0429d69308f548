#include "services/AgentLogins.h"

#include "domain/Password.h"
#include "services/Agents.h"
#include "services/AttemptThrottle.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/OfficeRoles.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace tc {

namespace {

// Agents' attempts are counted apart from the tenants' and per login, whatever its case.
QString throttleKey(const QString &login)
{
    return QStringLiteral("agent:") + login.trimmed().toLower();
}

} // namespace

QString AgentLogins::serverChecksLogins()
{
    return tr("On a PostgreSQL server the server itself checks who logs in: connect as the agent's database role "
              "(the login), with its password.");
}

Result<bool> AgentLogins::inUse() const
{
    if (!m_db.isSQLite())
        return true; // the server asks every agent for the password of their database role
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM agents WHERE NOT disabled AND password_hash IS NOT NULL"));
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<qint64> AgentLogins::secondsToWait(const QString &login, const QDateTime &now) const
{
    return AttemptThrottle(m_db).secondsToWait(throttleKey(login), now);
}

Result<Actor> AgentLogins::logIn(const QString &login, const QString &password, const QDateTime &now) const
{
    if (!m_db.isSQLite())
        return Error::refused(serverChecksLogins());
    const AttemptThrottle throttle(m_db);
    const QString key = throttleKey(login);
    if (auto s = throttle.refuseTooEarly(key, now); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT id, display_name, role, password_hash FROM agents "
                                      "WHERE lower(login) = ? AND NOT disabled AND password_hash IS NOT NULL"),
                       {login.trimmed().toLower()});
    if (!q)
        return q.error();
    std::optional<Actor> actor;
    if (q->next()) {
        if (Password::matches(q->value(3).toString(), password))
            actor = Actor{q->value(0).toLongLong(), q->value(1).toString(),
                          roleFromKey(q->value(2).toString()).value_or(Role::Agent)};
    } else {
        // As slow as a wrong password, so that the time of the answer does not tell which logins exist.
        static const QString stand = Password::hash(QStringLiteral("no agent has this password")).value_or(QString());
        (void)Password::matches(stand, password);
    }
    q->finish();
    if (auto s = throttle.record(key, now, actor.has_value()); !s)
        return s.error();
    if (!actor)
        return Error::refused(tr("The login or the password is wrong."));
    return *actor;
}

Status AgentLogins::setPassword(const Actor &actor, const QString &login, const QString &password) const
{
    if (const QString weak = Password::weakness(password); !weak.isEmpty())
        return Error::refused(weak);
    const Agents agents(m_db, actor);
    auto agent = agents.findByLogin(login);
    if (!agent)
        return agent.error();
    if (agent->disabled)
        return Error::refused(tr("%1 (%2) is disabled and cannot log in.").arg(agent->displayName, agent->login));
    if (actor.agentId != agent->id && !actor.mayAct(Role::Manager))
        return Error::refused(tr("Only a manager can set another agent's password."));
    if (!m_db.isSQLite()) {
        // The server checks the password of the agent's database role; it keeps it, not this table.
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        if (auto s = OfficeRoles(m_db).setPassword(agent->login, password); !s)
            return s;
        if (auto s = writeAudit(m_db, actor, QStringLiteral("agent.password_set"), QStringLiteral("agent"), agent->id,
                                {}, {{QStringLiteral("login"), agent->login}});
            !s) {
            return s;
        }
        return tx->commit();
    }
    // Slow on purpose (Argon2id): before the transaction, which then only writes.
    auto hashed = Password::hash(password);
    if (!hashed)
        return hashed.error();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto used = inUse();
    if (!used)
        return used.error();
    if (!*used && agent->role != Role::Manager) {
        return Error::refused(tr("The office's first login must be a manager's, and %1 (%2) is not a manager.")
                                  .arg(agent->displayName, agent->login));
    }
    if (auto r = m_db.exec(QStringLiteral("UPDATE agents SET password_hash = ?, updated_at = ? WHERE id = ?"),
                           {*hashed, nowInstantText(), agent->id});
        !r) {
        return r.error();
    }
    if (auto s = writeAudit(m_db, actor, QStringLiteral("agent.password_set"), QStringLiteral("agent"), agent->id, {},
                            {{QStringLiteral("login"), agent->login}});
        !s) {
        return s;
    }
    return tx->commit();
}

Result<Actor> AgentLogins::setUpFirst(const Actor &owner, const QString &login, const QString &displayName,
                                      const QString &password) const
{
    if (const QString weak = Password::weakness(password); !weak.isEmpty())
        return Error::refused(weak);
    if (!m_db.isSQLite())
        return Error::refused(serverChecksLogins());
    auto used = inUse();
    if (!used)
        return used.error();
    if (*used)
        return Error::refused(tr("This office has logins already: log in with yours."));
    const Agents agents(m_db, owner);
    auto existing = agents.findByLogin(login);
    if (!existing) {
        if (auto added = agents.add(login, displayName, Role::Manager); !added)
            return added.error();
    }
    if (auto s = setPassword(owner, login, password); !s)
        return s.error();
    return logIn(login, password);
}

} // namespace tc
