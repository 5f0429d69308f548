#include "import/PersonChanges.h"

#include "domain/EmailAddress.h"
#include "storage/Database.h"

namespace tc {

PersonChanges::PersonChanges(ImportContext &ctx)
    : m_ctx(ctx),
      m_changes(ctx.db, QStringLiteral("erp_changes"),
                {QStringLiteral("run_id"), QStringLiteral("person_id"), QStringLiteral("kind"),
                 QStringLiteral("old_value"), QStringLiteral("new_value")})
{
}

bool PersonChanges::record(qint64 personId, const QString &ref, const PersonFields &before, const PersonFields &after)
{
    const QString name = after.displayName();
    const auto preview = [&](const QString &field, const QString &old, const QString &now) {
        m_ctx.report.addChange({ImportChange::Kind::Changed, QStringLiteral("tenant"), ref, name, field, old, now});
    };
    const auto change = [&](const QString &kind, const QString &old, const QString &now) {
        m_changes.addRow({m_ctx.runId, personId, kind, textOrNull(old), textOrNull(now)});
    };
    bool visible = false;
    if (before.firstName != after.firstName || before.lastName != after.lastName) {
        if (before.firstName != after.firstName)
            preview(QStringLiteral("first_name"), before.firstName, after.firstName);
        if (before.lastName != after.lastName)
            preview(QStringLiteral("last_name"), before.lastName, after.lastName);
        change(QStringLiteral("name_changed"), before.displayName(), name);
        visible = true;
    }
    if (before.email != after.email) {
        preview(QStringLiteral("email"), before.email, after.email);
        visible = true;
        // Another spelling of the same address ("Max@X.ch" for "max@x.ch") is no new address.
        if (EmailAddress::comparisonKey(before.email) != EmailAddress::comparisonKey(after.email)) {
            change(QStringLiteral("email_changed"), before.email, after.email);
            if (!before.email.isEmpty())
                m_ctx.report.emailChanged << ref;
            if (after.email.isEmpty())
                change(QStringLiteral("no_contact"), before.email, QString());
        }
    }
    if (before.phone != after.phone) {
        preview(QStringLiteral("phone"), before.phone, after.phone);
        visible = true;
        const bool sameNumber = !before.phoneE164.isEmpty() && before.phoneE164 == after.phoneE164;
        if (!sameNumber)
            change(QStringLiteral("phone_changed"), before.phone, after.phone);
    }
    if (!after.language.isEmpty() && before.language != after.language) {
        preview(QStringLiteral("language"), before.language, after.language);
        change(QStringLiteral("language_changed"), before.language, after.language);
        visible = true;
    }
    return visible;
}

void PersonChanges::recordNoContact(qint64 personId)
{
    m_changes.addRow({m_ctx.runId, personId, QStringLiteral("no_contact"), QVariant(QMetaType::fromType<QString>()),
                   QVariant(QMetaType::fromType<QString>())});
}

Status PersonChanges::flush()
{
    return m_changes.flush();
}

} // namespace tc
