#include "services/Agents.h"

#include "domain/Languages.h"
#include "domain/TextChecks.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/OfficeRoles.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace tc {

namespace {

const QString kColumns = QStringLiteral("id, login, display_name, role, disabled");

AgentInfo agentFrom(const QSqlQuery &q)
{
    return AgentInfo{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     roleFromKey(q.value(3).toString()).value_or(Role::Agent), q.value(4).toBool()};
}

} // namespace

Status Agents::checkLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!pattern.match(login).hasMatch()) {
        return Error::refused(tr("\"%1\" cannot be a login: it has 2 to 64 characters, each a letter (a-z), a digit "
                                 "or one of . _ -.")
                                  .arg(login));
    }
    return {};
}

Result<QList<AgentInfo>> Agents::listActive() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM agents WHERE NOT disabled ORDER BY display_name, id").arg(kColumns));
    if (!q)
        return q.error();
    QList<AgentInfo> agents;
    while (q->next())
        agents << agentFrom(*q);
    languages::sortByName(agents, [](const AgentInfo &a) { return a.displayName; });
    return agents;
}

Result<AgentInfo> Agents::findByLogin(const QString &login) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM agents WHERE lower(login) = ?").arg(kColumns), {login.toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::refused(tr("There is no agent with the login \"%1\".").arg(login));
    return agentFrom(*q);
}

Result<AgentInfo> Agents::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM agents WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::refused(tr("There is no agent %1.").arg(id));
    return agentFrom(*q);
}

Result<qint64> Agents::add(const QString &login, const QString &displayName, Role role) const
{
    if (!m_actor.mayAct(Role::Manager))
        return Error::refused(tr("Adding an agent needs a manager."));
    if (auto s = checkLogin(login); !s)
        return s.error();
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 200 || hasControlCharacter(name))
        return Error::refused(tr("An agent needs a name of at most 200 characters, without line breaks."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QString now = nowInstantText();
    // The unique index on lower(login) decides, also against an agent added at the same moment.
    auto q = m_db.exec(QStringLiteral("INSERT INTO agents (login, display_name, role, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
                       {login, name, roleKey(role), now, now});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        auto existing = findByLogin(login);
        return Error::refused(tr("The login \"%1\" is taken (by %2).")
                                  .arg(login, existing ? existing->displayName : tr("another agent")));
    }
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    const QJsonObject after{{QStringLiteral("login"), login},
                            {QStringLiteral("display_name"), name},
                            {QStringLiteral("role"), roleKey(role)}};
    // PostgreSQL: the agent's own database role, in their role's group, in the same transaction.
    if (auto s = OfficeRoles(m_db).syncAgent(login, role); !s)
        return s.error();
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("agent.added"), QStringLiteral("agent"), id, {}, after); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return id;
}

Status Agents::refuseLastManager(const AgentInfo &agent, const QString &change) const
{
    if (agent.role != Role::Manager || agent.disabled)
        return {};
    // PostgreSQL: the managers' rows stay locked until the transaction ends, so two managers demoting
    // each other at once cannot both succeed. (SQLite's write transaction already runs alone.)
    auto others = m_db.exec(QStringLiteral("SELECT id FROM agents WHERE role = 'manager' AND NOT disabled AND id <> ?%1")
                                .arg(m_db.isSQLite() ? QString() : QStringLiteral(" FOR UPDATE")),
                            {agent.id});
    if (!others)
        return others.error();
    if (others->next())
        return {};
    return Error::refused(tr("%1 (%2) is the office's last active manager and cannot be %3: make another agent a "
                             "manager first.")
                              .arg(agent.displayName, agent.login, change));
}

Result<bool> Agents::setRole(qint64 agentId, Role role) const
{
    if (!m_actor.mayAct(Role::Manager))
        return Error::refused(tr("Changing an agent's role needs a manager."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto agent = get(agentId);
    if (!agent)
        return agent.error();
    if (agent->role == role)
        return false;
    if (role != Role::Manager) {
        if (auto s = refuseLastManager(*agent, tr("given another role")); !s)
            return s.error();
    }
    if (auto r = m_db.exec(QStringLiteral("UPDATE agents SET role = ?, updated_at = ? WHERE id = ?"),
                           {roleKey(role), nowInstantText(), agentId});
        !r) {
        return r.error();
    }
    if (auto s = OfficeRoles(m_db).syncAgent(agent->login, role); !s)
        return s.error();
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("agent.role_changed"), QStringLiteral("agent"), agentId,
                            {{QStringLiteral("role"), roleKey(agent->role)}}, {{QStringLiteral("role"), roleKey(role)}});
        !s) {
        return s.error();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return true;
}

Result<bool> Agents::disable(qint64 agentId) const
{
    if (!m_actor.mayAct(Role::Manager))
        return Error::refused(tr("Disabling an agent needs a manager."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto agent = get(agentId);
    if (!agent)
        return agent.error();
    if (agent->disabled)
        return false;
    if (auto s = refuseLastManager(*agent, tr("disabled")); !s)
        return s.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE agents SET disabled = TRUE, updated_at = ? WHERE id = ?"),
                           {nowInstantText(), agentId});
        !r) {
        return r.error();
    }
    if (auto s = OfficeRoles(m_db).syncAgent(agent->login, std::nullopt); !s)
        return s.error();
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("agent.disabled"), QStringLiteral("agent"), agentId,
                            {{QStringLiteral("disabled"), false}}, {{QStringLiteral("disabled"), true}});
        !s) {
        return s.error();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return true;
}

} // namespace tc
