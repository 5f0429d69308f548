// OfficeRoles: on PostgreSQL the server itself keeps each agent to their role. An office database
// has three group roles, named after it: tc_<database>_agent, _administrator and _manager, each a
// member of the one before, holding the GRANTs of the role matrix (agents: tenants and tickets;
// administrators: also master data, imports, invitations and activation codes, alias users, the
// pinboard, the outbox; managers: also the company settings, the mail templates and the agents).
// Row-level security makes every row that says who acted (audit log, tickets, their events and
// comments) say it truthfully. Every agent logs in as a database role of their own, a member of
// their role's group; agents are added and changed through security-definer functions owned by the
// database's owner, which needs CREATEROLE for them and is the only one who migrates. Password hashes,
// tenants' credentials and registration attempts are the owner's alone. On SQLite all this is
// nothing: the services' own checks are the guard (see AgentLogins).
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>

namespace tc {

class Database;

class OfficeRoles
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRoles)

public:
    explicit OfficeRoles(const Database &db) : m_db(db) {}

    // The group role of `role` in this office database.
    Result<QString> groupName(Role role) const;

    // Migration 8 on PostgreSQL (nothing on SQLite): the groups, the GRANTs, the row-level security
    // and the functions. Refused with the reason when the migrating role cannot create roles.
    Status setUp() const;

    // The agent who logged in as the connection's database role, if it is one of the office's agents.
    Result<std::optional<Actor>> sessionAgent() const;

    // In the caller's transaction, on PostgreSQL: the database role of the agent with `login` is made
    // (without a password: it cannot log in before it has one) or kept, and is a member of the group
    // of `role` only; with no role (a disabled agent) of none. Refused unless a manager or the owner asks.
    Status syncAgent(const QString &login, std::optional<Role> role) const;
    // The agent's database password: sent to the server as a SCRAM-SHA-256 verifier made here, never
    // as typed. The agent's own, or any agent's when a manager asks.
    Status setPassword(const QString &login, const QString &password) const;

private:
    const Database &m_db;
};

} // namespace tc
