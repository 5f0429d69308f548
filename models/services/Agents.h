// Agents: the office's people who work tickets (agents, administrators, managers): who is active, who
// a login names, adding one, changing a role and disabling one. Logins are unique whatever their case
// (agents_login_idx is on lower(login)). The office always keeps an active manager.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tc {

class Database;

struct AgentInfo
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    bool disabled = false;
};

class Agents
{
    Q_DECLARE_TR_FUNCTIONS(Agents)

public:
    Agents(const Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // Agents who are not disabled, by display name.
    Result<QList<AgentInfo>> listActive() const;
    // The agent with this login, in any case; refused when there is none.
    Result<AgentInfo> findByLogin(const QString &login) const;
    Result<AgentInfo> get(qint64 id) const;
    // A new agent (managers only). Logins have 2 to 64 letters, digits, ".", "_" or "-" and are
    // refused when another agent has them in any case. Audited.
    Result<qint64> add(const QString &login, const QString &displayName, Role role) const;

    // Gives the agent another role (managers only). The last active manager keeps theirs: make another
    // agent a manager first. Audited. False when the agent had that role already.
    Result<bool> setRole(qint64 agentId, Role role) const;
    // Disables the agent (managers only): not listed, not assignable; tickets assigned to them stay
    // theirs until someone reassigns them. The last active manager cannot be disabled. Audited. False
    // when the agent was disabled already.
    Result<bool> disable(qint64 agentId) const;

    // Why a login cannot be used (the text of the refusal), or success.
    static Status checkLogin(const QString &login);

private:
    // In the caller's transaction: refuses when `agent` is the last active manager.
    Status refuseLastManager(const AgentInfo &agent, const QString &change) const;

    const Database &m_db;
    const Actor &m_actor;
};

} // namespace tc
