#include "domain/Actor.h"

#include <QtGlobal>

namespace tc {

namespace {
struct RoleText
{
    Q_DECLARE_TR_FUNCTIONS(Role)
};
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : {Role::Agent, Role::Administrator, Role::Manager}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Agent:
        return RoleText::tr("Agent");
    case Role::Administrator:
        return RoleText::tr("Administrator");
    case Role::Manager:
        return RoleText::tr("Manager");
    }
    return {};
}

Actor Actor::localOwner()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("local"));
    return Actor{std::nullopt, user, Role::Manager};
}

} // namespace tc
