// AuditLog: who changed what, when, with the values before and after (JSON), in the same
// transaction as the change itself.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QJsonObject>

namespace tc {

class Database;

Status writeAudit(const Database &db, const Actor &actor, const QString &action, const QString &entity,
                  std::optional<qint64> entityId, const QJsonObject &before, const QJsonObject &after);

} // namespace tc
