#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tc {

namespace {
QVariant jsonOrNull(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Status writeAudit(const Database &db, const Actor &actor, const QString &action, const QString &entity,
                  std::optional<qint64> entityId, const QJsonObject &before, const QJsonObject &after)
{
    auto r = db.exec(QStringLiteral("INSERT INTO audit_log (at, agent_id, actor, action, entity, entity_id, "
                                    "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {QDateTime::currentDateTimeUtc(), idOrNull(actor.agentId), actor.name, action, entity,
                      idOrNull(entityId), jsonOrNull(before), jsonOrNull(after)});
    if (!r)
        return r.error();
    return {};
}

} // namespace tc
