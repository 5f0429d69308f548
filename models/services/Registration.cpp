#include "services/Registration.h"

#include "domain/ActivationCode.h"
#include "domain/Actor.h"
#include "domain/Password.h"
#include "services/AliasUsers.h"
#include "services/AttemptThrottle.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace tc {

namespace {

// Login attempts are counted apart from registrations.
QString attemptOrigin(const QString &origin, bool login)
{
    return login ? QStringLiteral("login:") + origin : origin;
}

} // namespace

Result<qint64> Registration::secondsToWait(const QString &origin, const QDateTime &now, bool login) const
{
    return AttemptThrottle(m_db).secondsToWait(attemptOrigin(origin, login), now);
}

Status Registration::record(const QString &origin, const QDateTime &now, bool succeeded) const
{
    return AttemptThrottle(m_db).record(origin, now, succeeded);
}

Status Registration::refuseTooEarly(const QString &origin, const QDateTime &now, bool login) const
{
    return AttemptThrottle(m_db).refuseTooEarly(attemptOrigin(origin, login), now);
}

Result<RegisteredTenant> Registration::registerTenant(const QString &code, const QString &password,
                                                      const QString &origin, const QDateTime &now) const
{
    // The password first: a weak one says nothing about the code.
    if (const QString weak = Password::weakness(password); !weak.isEmpty())
        return Error::refused(weak);
    if (auto s = refuseTooEarly(origin, now, false); !s)
        return s.error();

    const QString typed = code.trimmed();
    const QString normalized = activation::normalized(typed);
    const QString invalid = tr("This activation code is not valid, or it has been used already.");
    RegisteredTenant tenant;
    qint64 codeId = 0;
    {
        auto found = m_db.exec(QStringLiteral(
                                   "SELECT c.id, c.person_id, p.erp_ref, p.first_name, p.last_name, p.email "
                                   "FROM activation_codes c JOIN persons p ON p.id = c.person_id "
                                   "WHERE (c.code = ? OR c.code = ?) AND c.redeemed_at IS NULL "
                                   "AND p.retired_at IS NULL AND p.merged_into_id IS NULL AND p.status <> 'registered' "
                                   "AND p.email IS NOT NULL AND p.email <> ''"),
                               {normalized.isEmpty() ? typed : normalized, typed});
        if (!found)
            return found.error();
        if (typed.isEmpty() || !found->next()) {
            if (auto s = record(origin, now, false); !s)
                return s.error();
            return Error::refused(invalid);
        }
        codeId = found->value(0).toLongLong();
        tenant.personId = found->value(1).toLongLong();
        tenant.tenantRef = found->value(2).toString();
        tenant.firstName = found->value(3).toString();
        tenant.lastName = found->value(4).toString();
        tenant.email = found->value(5).toString();
    }
    // Slow on purpose (Argon2id): before the transaction, which then only writes.
    auto hashed = Password::hash(password);
    if (!hashed)
        return hashed.error();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto spent = m_db.exec(QStringLiteral("UPDATE activation_codes SET redeemed_at = ? WHERE id = ? AND redeemed_at IS NULL"),
                           {instantText(now), codeId});
    if (!spent)
        return spent.error();
    if (spent->numRowsAffected() != 1) {
        // Spent between the look-up and now, by a registration running at the same time.
        tx->rollback();
        return Error::refused(invalid);
    }
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO tenant_credentials (person_id, password_hash, updated_at) "
                                          "VALUES (?, ?, ?) ON CONFLICT (person_id) DO UPDATE "
                                          "SET password_hash = excluded.password_hash, updated_at = excluded.updated_at"),
                           {tenant.personId, *hashed, instantText(now)});
        !r) {
        return r.error();
    }
    if (auto r = m_db.exec(QStringLiteral("UPDATE persons SET status = 'registered', registered_at = ?, updated_at = ?, "
                                          "row_version = row_version + 1 WHERE id = ?"),
                           {instantText(now), instantText(now), tenant.personId});
        !r) {
        return r.error();
    }
    if (auto s = record(origin, now, true); !s)
        return s.error();
    const Actor self{std::nullopt, tr("tenant %1").arg(tenant.tenantRef.isEmpty() ? tenant.email : tenant.tenantRef),
                     Role::Agent};
    // An alias user made by the import: the tickets logged for the alias pass to the account.
    auto passed = AliasUsers::passToAccount(m_db, self, tenant.personId, instantText(now));
    if (!passed)
        return passed.error();
    tenant.ticketsFromAlias = *passed;
    if (auto s = writeAudit(m_db, self, QStringLiteral("tenant.registered"), QStringLiteral("person"), tenant.personId,
                            {}, QJsonObject{{QStringLiteral("status"), QStringLiteral("registered")},
                                        {QStringLiteral("tickets_from_alias"), tenant.ticketsFromAlias}});
        !s) {
        return s.error();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return tenant;
}

Result<bool> Registration::checkLogin(const QString &email, const QString &password, const QString &origin,
                                      const QDateTime &now) const
{
    if (auto s = refuseTooEarly(origin, now, true); !s)
        return s.error();
    auto hashes = m_db.exec(QStringLiteral("SELECT c.password_hash FROM persons p "
                                           "JOIN tenant_credentials c ON c.person_id = p.id "
                                           "WHERE lower(p.email) = ? AND p.status = 'registered' AND p.retired_at IS NULL "
                                           "AND p.merged_into_id IS NULL"),
                            {email.trimmed().toLower()});
    if (!hashes)
        return hashes.error();
    bool right = false;
    bool known = false;
    while (!right && hashes->next()) {
        known = true;
        right = Password::matches(hashes->value(0).toString(), password);
    }
    if (!known) {
        // As slow as a wrong password, so that the time of the answer does not tell who is registered.
        static const QString stand = Password::hash(QStringLiteral("no tenant has this password")).value_or(QString());
        (void)Password::matches(stand, password);
    }
    if (auto s = record(attemptOrigin(origin, true), now, right); !s)
        return s.error();
    return right;
}

} // namespace tc
