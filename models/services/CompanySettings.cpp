#include "services/CompanySettings.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>

namespace tc {

Result<QList<CompanySettings::Entry>> CompanySettings::list() const
{
    auto query = m_db.exec(QStringLiteral("SELECT key, value FROM company_settings"));
    if (!query)
        return query.error();
    QHash<QString, QString> stored;
    while (query->next())
        stored.insert(query->value(0).toString(), query->value(1).toString());

    QList<Entry> entries;
    for (const SettingDefinition &definition : SettingsCatalog::all()) {
        const auto it = stored.constFind(definition.key);
        const bool isDefault = it == stored.cend();
        entries.append({&definition, isDefault ? definition.defaultValue : *it, isDefault});
    }
    return entries;
}

Result<QString> CompanySettings::value(const QString &key) const
{
    auto definition = SettingsCatalog::lookup(key);
    if (!definition)
        return definition.error();
    auto stored = m_db.scalar(QStringLiteral("SELECT value FROM company_settings WHERE key = ?"), {key});
    if (!stored)
        return stored.error();
    return stored->isNull() ? (*definition)->defaultValue : stored->toString();
}

Result<QString> CompanySettings::validate(const Actor &actor, const QString &key, const QString &value) const
{
    auto definition = SettingsCatalog::lookup(key);
    if (!definition)
        return definition.error();
    if (!actor.mayAct((*definition)->requiredRole))
        return Error::refused(tr("Only a %1 may change %2.").arg(roleDisplayName((*definition)->requiredRole), key));
    return SettingsCatalog::normalize(**definition, value);
}

Status CompanySettings::store(const Actor &actor, const QString &key, const QString &canonical) const
{
    auto before = m_db.scalar(QStringLiteral("SELECT value FROM company_settings WHERE key = ?"), {key});
    if (!before)
        return before.error();
    if (!before->isNull() && before->toString() == canonical)
        return {}; // no change, nothing to audit
    auto write = m_db.exec(QStringLiteral("INSERT INTO company_settings (key, value, updated_at, updated_by) "
                                          "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                                          "value = excluded.value, updated_at = excluded.updated_at, "
                                          "updated_by = excluded.updated_by"),
                           {key, canonical, QDateTime::currentDateTimeUtc(),
                            actor.agentId ? QVariant(*actor.agentId) : QVariant(QMetaType::fromType<qint64>())});
    if (!write)
        return write.error();
    QJsonObject beforeJson;
    if (!before->isNull())
        beforeJson.insert(key, before->toString());
    return writeAudit(m_db, actor, QStringLiteral("setting.changed"), QStringLiteral("company_settings"), std::nullopt,
                      beforeJson, QJsonObject{{key, canonical}});
}

// Mail leaves unencrypted only for a server on this computer, whichever of the two settings changes.
Status CompanySettings::checkMailSecurity(const QList<QPair<QString, QString>> &changes, const QStringList &canonical) const
{
    const auto after = [&](const QString &key) -> Result<QString> {
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            if (changes.at(i).first == key)
                return canonical.at(i);
        }
        return value(key);
    };
    const bool touched = std::any_of(changes.begin(), changes.end(), [](const QPair<QString, QString> &change) {
        return change.first == settings::smtpHost || change.first == settings::smtpSecurity;
    });
    if (!touched)
        return {};
    auto security = after(settings::smtpSecurity);
    if (!security)
        return security.error();
    auto host = after(settings::smtpHost);
    if (!host)
        return host.error();
    if (*security == u"none" && !host->isEmpty() && !settings::isLoopbackHost(*host)) {
        return Error::refused(tr("smtp.security none sends passwords and mail unencrypted: it is only allowed for a "
                                 "mail server on this computer (localhost), not for %1. Use starttls or tls.")
                                  .arg(*host));
    }
    return {};
}

Result<QString> CompanySettings::set(const Actor &actor, const QString &key, const QString &value) const
{
    auto stored = set(actor, {{key, value}});
    if (!stored)
        return stored.error();
    return stored->first();
}

Result<QStringList> CompanySettings::set(const Actor &actor, const QList<QPair<QString, QString>> &changes) const
{
    QStringList canonical;
    for (const auto &[key, value] : changes) {
        auto checked = validate(actor, key, value);
        if (!checked)
            return checked.error();
        canonical << *checked;
    }
    if (auto s = checkMailSecurity(changes, canonical); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (auto s = store(actor, changes.at(i).first, canonical.at(i)); !s)
            return s.error();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return canonical;
}

} // namespace tc
