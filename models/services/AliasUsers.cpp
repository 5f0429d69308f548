#include "services/AliasUsers.h"

#include "domain/Address.h"
#include "domain/NameFolding.h"
#include "domain/SearchKeys.h"
#include "domain/Settings.h"
#include "domain/TextChecks.h"
#include "services/CompanySettings.h"
#include "services/Tenants.h"
#include "services/Tickets.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/Transaction.h"

#include <QJsonObject>

#include <algorithm>

namespace tc {

namespace {

constexpr int kMaxName = 200;

QString joined(const QString &first, const QString &last)
{
    return (first + u' ' + last).trimmed();
}

// The words of a name in the form it is compared by (case, accents and punctuation ignored), in
// order, so "Muster Anna" and "anna muster" are the same name.
QStringList nameWords(const QString &name)
{
    QStringList words = foldName(name).split(u' ', Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words;
}

} // namespace

Result<bool> AliasUsers::enabled() const
{
    auto value = CompanySettings(m_db).value(settings::aliasUsers);
    if (!value)
        return value.error();
    return *value == u"true";
}

Result<qint64> AliasUsers::create(qint64 unitId, const QString &fullName, std::optional<QDate> moveIn) const
{
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Creating an alias user needs an administrator."));
    auto on = enabled();
    if (!on)
        return on.error();
    if (!*on) {
        return Error::refused(tr("Alias users are switched off for this company (setting alias_users): a manager "
                                 "can switch them on."));
    }
    const QString name = fullName.simplified();
    if (name.isEmpty())
        return Error::refused(tr("An alias user needs a name."));
    if (name.size() > kMaxName)
        return Error::refused(tr("A name has at most %1 characters.").arg(kMaxName));
    if (hasControlCharacter(fullName.trimmed()))
        return Error::refused(tr("A name cannot hold line breaks or control characters."));
    if (moveIn && !moveIn->isValid())
        return Error::refused(tr("The expected move-in is not a valid date."));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto unit = m_db.exec(QStringLiteral("SELECT erp_ref, label FROM units WHERE id = ?"), {unitId});
    if (!unit)
        return unit.error();
    if (!unit->next())
        return Error::refused(tr("There is no unit %1.").arg(unitId));
    const QString unitRef = unit->value(0).toString();
    const QString unitText = unit->value(1).toString().isEmpty() ? unitRef : unit->value(1).toString();
    unit->finish();

    // The same person twice on one unit is a double click or a script run twice, not two people.
    auto same = m_db.exec(QStringLiteral("SELECT id, last_name FROM persons WHERE alias_unit_id = ? AND is_alias "
                                         "AND retired_at IS NULL"),
                          {unitId});
    if (!same)
        return same.error();
    const QStringList words = nameWords(name);
    while (same->next()) {
        if (nameWords(same->value(1).toString()) == words) {
            return Error::refused(tr("%1 already has an alias user for unit %2 (alias %3).")
                                      .arg(name, unitText)
                                      .arg(same->value(0).toLongLong()));
        }
    }
    same->finish();

    const QString now = nowInstantText();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO persons (first_name, last_name, sort_name, given_key, status, is_alias, source, "
                       "alias_unit_id, alias_move_in, created_at, updated_at) "
                       "VALUES ('', ?, ?, ?, 'imported', TRUE, 'manual', ?, ?, ?, ?) RETURNING id"),
        {name, nameSortKey(name, QString()), searchkeys::givenKey(QString(), name), unitId,
         moveIn ? QVariant(moveIn->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()), now, now});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error::internal(tr("The new alias user got no number."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    QJsonObject after{{QStringLiteral("name"), name}, {QStringLiteral("unit_ref"), unitRef}};
    if (moveIn)
        after.insert(QStringLiteral("move_in"), moveIn->toString(Qt::ISODate));
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("alias.created"), QStringLiteral("person"), id, {}, after); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return id;
}

Result<QList<AliasUser>> AliasUsers::select(const QString &where, const QVariantList &bindings, QDate today) const
{
    QVariantList all{today, today};
    all += bindings;
    auto rows = m_db.exec(
        QStringLiteral("SELECT p.id, p.erp_ref, p.first_name, p.last_name, p.email, p.alias_move_in, p.created_at, "
                       "       u.id, u.erp_ref, u.label, b.street, b.house_number, b.postal_code, b.city, pr.name, "
                       "       t.start_date, "
                       "       (SELECT count(*) FROM tickets k WHERE k.person_id = p.id), "
                       "       (SELECT count(*) FROM tickets k WHERE k.person_id = p.id "
                       "        AND k.status NOT IN ('done', 'closed')) "
                       "FROM persons p %1"
                       "LEFT JOIN properties pr ON pr.id = b.property_id "
                       "WHERE p.is_alias AND p.retired_at IS NULL%2 "
                       "ORDER BY p.sort_name, p.id")
            .arg(shownTenancyJoins(), where),
        all);
    if (!rows)
        return rows.error();
    QList<AliasUser> aliases;
    while (rows->next()) {
        AliasUser a;
        a.id = rows->value(0).toLongLong();
        a.erpRef = rows->value(1).toString();
        a.origin = a.erpRef.isEmpty() ? AliasUser::Origin::Manual : AliasUser::Origin::Import;
        a.name = joined(rows->value(2).toString(), rows->value(3).toString());
        a.email = rows->value(4).toString();
        a.createdAt = instantFromSql(rows->value(6));
        a.unitId = rows->value(7).toLongLong();
        a.unitRef = rows->value(8).toString();
        a.unitLabel = rows->value(9).toString();
        a.address = formatAddress(rows->value(10).toString(), rows->value(11).toString(), rows->value(12).toString(),
                                  rows->value(13).toString());
        a.propertyName = rows->value(14).toString();
        a.moveIn = a.origin == AliasUser::Origin::Manual ? rows->value(5).toDate() : rows->value(15).toDate();
        a.tickets = rows->value(16).toInt();
        a.openTickets = rows->value(17).toInt();
        aliases << a;
    }
    rows->finish();
    for (AliasUser &a : aliases) {
        if (a.origin != AliasUser::Origin::Manual || a.unitId == 0)
            continue;
        auto candidates = candidatesFor(a.id, a.unitId, a.name, today);
        if (!candidates)
            return candidates.error();
        a.candidates = *candidates;
    }
    return aliases;
}

Result<QList<AliasCandidate>> AliasUsers::candidatesFor(qint64 aliasId, qint64 unitId, const QString &name,
                                                       QDate today) const
{
    auto rows = m_db.exec(QStringLiteral("SELECT DISTINCT p.id, p.erp_ref, p.first_name, p.last_name, p.status, p.sort_name "
                                         "FROM tenancies t JOIN tenancy_persons tp ON tp.tenancy_id = t.id "
                                         "JOIN persons p ON p.id = tp.person_id "
                                         "WHERE t.unit_id = ? AND (t.end_date IS NULL OR t.end_date >= ?) "
                                         "AND p.retired_at IS NULL AND p.id <> ? ORDER BY p.sort_name, p.id"),
                          {unitId, today, aliasId});
    if (!rows)
        return rows.error();
    const QStringList words = nameWords(name);
    QList<AliasCandidate> candidates;
    while (rows->next()) {
        const QString candidateName = joined(rows->value(2).toString(), rows->value(3).toString());
        if (nameWords(candidateName) != words)
            continue;
        candidates << AliasCandidate{rows->value(0).toLongLong(), rows->value(1).toString(), candidateName,
                                     rows->value(4).toString()};
    }
    return candidates;
}

Result<QList<AliasUser>> AliasUsers::list(QDate today) const
{
    return select(QString(), {}, today);
}

Result<QList<AliasUser>> AliasUsers::listMadeByHand(QDate today) const
{
    return select(QStringLiteral(" AND p.erp_ref IS NULL"), {}, today);
}

Result<AliasUser> AliasUsers::get(qint64 aliasId, QDate today) const
{
    auto found = select(QStringLiteral(" AND p.id = ?"), {aliasId}, today);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        auto merged = m_db.scalar(QStringLiteral("SELECT merged_into_id FROM persons WHERE id = ? AND is_alias"), {aliasId});
        if (merged && !merged->isNull())
            return Error::refused(tr("Alias user %1 was linked to a tenant already.").arg(aliasId));
        return Error::refused(tr("There is no alias user %1 (see the list of alias users).").arg(aliasId));
    }
    return found->first();
}

Result<QList<AliasProposal>> AliasUsers::proposals(QDate today) const
{
    auto aliases = listMadeByHand(today);
    if (!aliases)
        return aliases.error();
    QList<AliasProposal> found;
    for (const AliasUser &a : std::as_const(*aliases)) {
        if (!a.candidates.isEmpty())
            found << AliasProposal{a.id, a.name, a.candidates};
    }
    return found;
}

Result<int> AliasUsers::link(qint64 aliasId, qint64 personId) const
{
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Linking an alias user to a tenant needs an administrator."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto alias = m_db.exec(QStringLiteral("SELECT first_name, last_name, is_alias, erp_ref, retired_at, merged_into_id "
                                          "FROM persons WHERE id = ?"),
                           {aliasId});
    if (!alias)
        return alias.error();
    if (!alias->next() || !alias->value(2).toBool())
        return Error::refused(tr("There is no alias user %1 (see the list of alias users).").arg(aliasId));
    const QString aliasName = joined(alias->value(0).toString(), alias->value(1).toString());
    if (!alias->value(4).isNull() || !alias->value(5).isNull())
        return Error::refused(tr("Alias user %1 (%2) was linked to a tenant already.").arg(aliasId).arg(aliasName));
    if (!alias->value(3).toString().isEmpty()) {
        return Error::refused(tr("%1 is the ERP's tenant %2 itself, not an alias made by hand: their tickets pass to "
                                 "their account when they register.")
                                  .arg(aliasName, alias->value(3).toString()));
    }
    alias->finish();
    if (personId == aliasId)
        return Error::refused(tr("An alias user cannot be linked to itself."));

    auto person = m_db.exec(QStringLiteral("SELECT first_name, last_name, erp_ref, is_alias, retired_at, merged_into_id "
                                           "FROM persons WHERE id = ?"),
                            {personId});
    if (!person)
        return person.error();
    if (!person->next())
        return Error::refused(tr("There is no tenant %1.").arg(personId));
    const QString tenantName = joined(person->value(0).toString(), person->value(1).toString());
    const QString tenantRef = person->value(2).toString();
    if (!person->value(4).isNull() || !person->value(5).isNull())
        return Error::refused(tr("%1 was merged into another person: link the alias to that person.").arg(tenantName));
    if (person->value(3).toBool() && tenantRef.isEmpty()) {
        return Error::refused(tr("%1 is an alias user too: link an alias to the tenant the ERP delivers.")
                                  .arg(tenantName));
    }
    person->finish();

    const QString now = nowInstantText();
    const QString from = tr("%1 (alias user)").arg(aliasName);
    const QString to = tenantRef.isEmpty() ? tenantName : tr("%1 (%2)", "name (ERP reference)").arg(tenantName, tenantRef);
    auto moved = Tickets(m_db, m_actor).transferFromAlias(aliasId, personId, from, to, now);
    if (!moved)
        return moved.error();
    auto retired = m_db.exec(QStringLiteral("UPDATE persons SET retired_at = ?, merged_into_id = ?, updated_at = ?, "
                                            "row_version = row_version + 1 WHERE id = ? AND retired_at IS NULL"),
                             {now, personId, now, aliasId});
    if (!retired)
        return retired.error();
    if (retired->numRowsAffected() != 1)
        return Error::refused(tr("Alias user %1 was linked by someone else meanwhile.").arg(aliasId));
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("alias.linked"), QStringLiteral("person"), aliasId,
                            QJsonObject{{QStringLiteral("name"), aliasName}},
                            QJsonObject{{QStringLiteral("merged_into"), to}, {QStringLiteral("tickets_moved"), *moved}});
        !s) {
        return s.error();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return *moved;
}

Result<QStringList> AliasUsers::markUnreachableTenants(const Database &db, const QString &now, QDate today,
                                                      std::optional<qint64> deliveredIn)
{
    QString who = QStringLiteral(
        "FROM persons p WHERE p.status = 'imported' AND NOT p.is_alias AND p.retired_at IS NULL "
        "AND p.erp_ref IS NOT NULL AND (p.email IS NULL OR p.email = '') AND p.last_name <> '' "
        "AND EXISTS (SELECT 1 FROM tenancy_persons tp JOIN tenancies t ON t.id = tp.tenancy_id "
        "            WHERE tp.person_id = p.id AND (t.end_date IS NULL OR t.end_date >= ?))");
    QVariantList bindings{today};
    if (deliveredIn) {
        who += QStringLiteral(" AND p.id IN (SELECT c.person_id FROM erp_changes c WHERE c.run_id = ? "
                              "AND c.kind = 'no_contact')");
        bindings << *deliveredIn;
    }
    auto found = db.exec(QStringLiteral("SELECT p.erp_ref ") + who + QStringLiteral(" ORDER BY p.erp_ref"), bindings);
    if (!found)
        return found.error();
    QStringList refs;
    while (found->next())
        refs << found->value(0).toString();
    found->finish();
    if (refs.isEmpty())
        return refs;
    auto marked = db.exec(QStringLiteral("UPDATE persons SET is_alias = TRUE, updated_at = ?, row_version = row_version + 1 "
                                         "WHERE id IN (SELECT p.id ") + who + u')',
                          QVariantList{now} + bindings);
    if (!marked)
        return marked.error();
    return refs;
}

Result<int> AliasUsers::passToAccount(const Database &db, const Actor &actor, qint64 personId, const QString &now)
{
    auto person = db.exec(QStringLiteral("SELECT first_name, last_name, erp_ref, is_alias FROM persons WHERE id = ?"),
                          {personId});
    if (!person)
        return person.error();
    if (!person->next() || !person->value(3).toBool())
        return 0;
    const QString name = joined(person->value(0).toString(), person->value(1).toString());
    const QString ref = person->value(2).toString();
    person->finish();
    auto passed = Tickets(db, actor).transferFromAlias(personId, personId, tr("%1 (alias user)").arg(name),
                                                       ref.isEmpty() ? tr("%1 (registered)").arg(name)
                                                                     : tr("%1 (%2, registered)").arg(name, ref),
                                                       now);
    if (!passed)
        return passed.error();
    if (auto r = db.exec(QStringLiteral("UPDATE persons SET is_alias = FALSE WHERE id = ?"), {personId}); !r)
        return r.error();
    return *passed;
}

} // namespace tc
