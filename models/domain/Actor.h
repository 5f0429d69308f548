// Actor: who is acting (an agent of the office, a scheduled job) and with which role. Every service
// that changes something takes one, checks its role and writes its name into the audit log.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tc {

enum class Role { Agent = 1, Administrator = 2, Manager = 3 };

QString roleKey(Role role);                       // "agent", "administrator", "manager"
std::optional<Role> roleFromKey(const QString &key);
QString roleDisplayName(Role role);               // translated

struct Actor
{
    std::optional<qint64> agentId; // empty for the local owner and for scheduled jobs
    QString name;                  // shown in the audit log
    Role role = Role::Agent;

    bool mayAct(Role required) const { return static_cast<int>(role) >= static_cast<int>(required); }

    // The person at this computer before agent logins exist: the owner of a local database file.
    static Actor localOwner();
};

} // namespace tc
