#include "services/Tenants.h"

#include "domain/Address.h"
#include "domain/EmailAddress.h"
#include "domain/Languages.h"
#include "domain/NameFolding.h"
#include "domain/PhoneNumber.h"
#include "domain/SearchKeys.h"
#include "domain/Settings.h"
#include "domain/TextChecks.h"
#include "services/CompanySettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace tc {

QString shownTenancyJoins()
{
    return QStringLiteral("LEFT JOIN tenancies t ON t.id = ("
                          "    SELECT tp.tenancy_id FROM tenancy_persons tp JOIN tenancies t2 ON t2.id = tp.tenancy_id "
                          "    WHERE tp.person_id = p.id "
                          "    ORDER BY CASE WHEN t2.end_date IS NULL OR t2.end_date >= ? THEN 0 ELSE 1 END, "
                          "             CASE WHEN t2.end_date IS NULL OR t2.end_date >= ? THEN t2.start_date END, "
                          "             t2.end_date DESC, t2.id "
                          "    LIMIT 1) "
                          "LEFT JOIN units u ON u.id = COALESCE(t.unit_id, p.alias_unit_id) "
                          "LEFT JOIN buildings b ON b.id = u.building_id ");
}

namespace {

QString changeKindText(const QString &kind)
{
    if (kind == u"email_changed")
        return Tenants::tr("E-mail changed by the ERP");
    if (kind == u"name_changed")
        return Tenants::tr("Name changed by the ERP");
    if (kind == u"phone_changed")
        return Tenants::tr("Phone changed by the ERP");
    if (kind == u"language_changed")
        return Tenants::tr("Language changed by the ERP");
    if (kind == u"no_contact")
        return Tenants::tr("No e-mail address from the ERP");
    if (kind == u"tenancy_started")
        return Tenants::tr("Moved into another unit");
    if (kind == u"tenancy_ended")
        return Tenants::tr("Tenancy ended");
    return kind;
}

// The history names what changed in words: the audit log keeps its fields by their keys.
QString historyFieldLabel(const QString &key)
{
    if (key == u"first_name")
        return Tenants::tr("First name");
    if (key == u"last_name")
        return Tenants::tr("Last name");
    if (key == u"name")
        return Tenants::tr("Name");
    if (key == u"email")
        return Tenants::tr("E-mail");
    if (key == u"phone")
        return Tenants::tr("Phone");
    if (key == u"language")
        return Tenants::tr("Language");
    if (key == u"sent_to")
        return Tenants::tr("Sent to");
    if (key == u"unit_ref")
        return Tenants::tr("Unit");
    if (key == u"move_in")
        return Tenants::tr("Move-in");
    if (key == u"merged_into")
        return Tenants::tr("Linked to tenant");
    if (key == u"tickets_moved")
        return Tenants::tr("Tickets moved");
    if (key == u"status")
        return Tenants::tr("Status");
    if (key == u"tickets_from_alias")
        return Tenants::tr("Tickets from the alias user");
    return key;
}

// A stored value as the reader writes it: dates in their format, languages by name, a status in
// words; an empty language is the company's default.
QString historyValue(const QString &key, const QString &value)
{
    if (key == u"language")
        return value.isEmpty()                              ? Tenants::tr("company default")
            : languages::supported().contains(value) ? languages::nativeName(value)
                                                      : value;
    if (key == u"move_in" || key == u"end_date") {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : value;
    }
    if (key == u"status") {
        if (value == u"registered")
            return Tenants::tr("registered");
        if (value == u"invited")
            return Tenants::tr("invited");
        if (value == u"imported")
            return Tenants::tr("not invited");
    }
    return value;
}

// The values of an ERP change, shown like the Cockpit's own.
QString erpChangeValue(const QString &kind, const QString &value)
{
    if (kind == u"language_changed")
        return historyValue(QStringLiteral("language"), value);
    if (kind == u"tenancy_ended")
        return historyValue(QStringLiteral("end_date"), value);
    return value;
}

QString auditActionText(const QString &action)
{
    if (action == u"person.updated")
        return Tenants::tr("Changed in the Cockpit");
    if (action == u"person.invited")
        return Tenants::tr("Invited to the tenant app");
    if (action == u"person.reminded")
        return Tenants::tr("Reminded of the invitation");
    if (action == u"tenant.registered")
        return Tenants::tr("Registered in the tenant app");
    if (action == u"alias.created")
        return Tenants::tr("Alias user created");
    if (action == u"alias.linked")
        return Tenants::tr("Alias linked to the tenant (alias retired)");
    return action;
}

} // namespace

QString Tenants::erpOwnedMessage()
{
    return tr("Name, e-mail and phone are managed by the ERP: change them there, and they arrive with the next import.");
}

Result<bool> Tenants::erpInterfaceOn() const
{
    auto value = CompanySettings(m_db).value(settings::erpInterface);
    if (!value)
        return value.error();
    return *value == u"true";
}

Result<qint64> Tenants::idOf(const QString &erpRef) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM persons WHERE erp_ref = ?"), {erpRef});
    if (!id)
        return id.error();
    if (id->isNull()) {
        // People without an ERP reference (alias users made by hand) go by their number.
        bool number = false;
        const qint64 personId = erpRef.trimmed().toLongLong(&number);
        if (number) {
            auto own = m_db.scalar(QStringLiteral("SELECT id FROM persons WHERE id = ? AND erp_ref IS NULL"), {personId});
            if (!own)
                return own.error();
            if (!own->isNull())
                return own->toLongLong();
        }
        return Error::refused(tr("There is no tenant with the reference %1.").arg(erpRef));
    }
    return id->toLongLong();
}

Result<TenantDetail> Tenants::detail(qint64 personId) const
{
    auto person = m_db.exec(QStringLiteral("SELECT id, erp_ref, first_name, last_name, email, phone, phone_e164, "
                                           "language, status, is_alias, source, row_version, merged_into_id, alias_unit_id, alias_move_in "
                                           "FROM persons WHERE id = ?"),
                            {personId});
    if (!person)
        return person.error();
    if (!person->next())
        return Error::refused(tr("There is no tenant %1.").arg(personId));
    TenantDetail d;
    d.id = person->value(0).toLongLong();
    d.erpRef = person->value(1).toString();
    d.firstName = person->value(2).toString();
    d.lastName = person->value(3).toString();
    d.email = person->value(4).toString();
    d.phone = person->value(5).toString();
    d.phoneE164 = person->value(6).toString();
    d.language = person->value(7).toString();
    d.status = person->value(8).toString();
    d.isAlias = person->value(9).toBool();
    d.source = person->value(10).toString();
    d.rowVersion = person->value(11).toInt();
    d.mergedIntoId = person->value(12).toLongLong();
    const QVariant aliasUnit = person->value(13);
    const QDate aliasMoveIn = person->value(14).toDate();
    person->finish();
    auto erp = erpInterfaceOn();
    if (!erp)
        return erp.error();
    d.erpOwned = *erp && d.source == u"erp";

    auto tenancies = m_db.exec(
        QStringLiteral("SELECT t.id, u.erp_ref, u.label, p.erp_ref, p.name, b.street, b.house_number, b.postal_code, "
                       "b.city, t.start_date, t.end_date, u.id FROM tenancy_persons tp JOIN tenancies t ON t.id = tp.tenancy_id "
                       "JOIN units u ON u.id = t.unit_id JOIN buildings b ON b.id = u.building_id "
                       "JOIN properties p ON p.id = b.property_id WHERE tp.person_id = ? ORDER BY t.start_date DESC, t.id"),
        {personId});
    if (!tenancies)
        return tenancies.error();
    while (tenancies->next()) {
        TenancyInfo t;
        t.id = tenancies->value(0).toLongLong();
        t.unitRef = tenancies->value(1).toString();
        t.unitLabel = tenancies->value(2).toString();
        t.propertyRef = tenancies->value(3).toString();
        t.propertyName = tenancies->value(4).toString();
        const QString street = (tenancies->value(5).toString() + u' ' + tenancies->value(6).toString()).trimmed();
        const QString place = (tenancies->value(7).toString() + u' ' + tenancies->value(8).toString()).trimmed();
        t.address = QStringList{street, place}.join(QStringLiteral(", "));
        if (street.isEmpty() || place.isEmpty())
            t.address = street + place;
        t.start = tenancies->value(9).toDate();
        t.end = tenancies->value(10).toDate();
        t.unitId = tenancies->value(11).toLongLong();
        d.tenancies << t;
    }
    tenancies->finish();
    if (!aliasUnit.isNull()) {
        // An alias made by hand has no tenancy: the unit it was made for, from the expected move-in.
        auto unit = m_db.exec(QStringLiteral("SELECT u.erp_ref, u.label, p.erp_ref, p.name, b.street, b.house_number, "
                                             "b.postal_code, b.city FROM units u JOIN buildings b ON b.id = u.building_id "
                                             "JOIN properties p ON p.id = b.property_id WHERE u.id = ?"),
                              {aliasUnit});
        if (!unit)
            return unit.error();
        if (unit->next()) {
            TenancyInfo t;
            t.unitId = aliasUnit.toLongLong();
            t.unitRef = unit->value(0).toString();
            t.unitLabel = unit->value(1).toString();
            t.propertyRef = unit->value(2).toString();
            t.propertyName = unit->value(3).toString();
            t.address = formatAddress(unit->value(4).toString(), unit->value(5).toString(), unit->value(6).toString(),
                                      unit->value(7).toString());
            t.start = aliasMoveIn;
            d.tenancies << t;
        }
    }

    auto erpChanges = m_db.exec(QStringLiteral("SELECT r.started_at, r.id, c.kind, c.old_value, c.new_value "
                                               "FROM erp_changes c JOIN import_runs r ON r.id = c.run_id "
                                               "WHERE c.person_id = ? ORDER BY c.id"),
                                {personId});
    if (!erpChanges)
        return erpChanges.error();
    while (erpChanges->next()) {
        const QString kind = erpChanges->value(2).toString();
        const QString before = erpChanges->value(3).toString(), after = erpChanges->value(4).toString();
        d.history << TenantHistoryEntry{instantFromSql(erpChanges->value(0)),
                                        tr("ERP import #%1").arg(erpChanges->value(1).toLongLong()),
                                        QStringLiteral("erp.") + kind,
                                        changeKindText(kind),
                                        erpChangeValue(kind, before),
                                        erpChangeValue(kind, after),
                                        {TenantHistoryChange{kind,
                                                             erpChanges->value(3).isNull() ? std::nullopt : std::optional(before),
                                                             erpChanges->value(4).isNull() ? std::nullopt : std::optional(after)}}};
    }
    erpChanges->finish();
    auto audit = m_db.exec(QStringLiteral("SELECT at, actor, action, before_json, after_json FROM audit_log "
                                          "WHERE entity = 'person' AND entity_id = ? ORDER BY id"),
                           {personId});
    if (!audit)
        return audit.error();
    while (audit->next()) {
        const QJsonObject before = QJsonDocument::fromJson(audit->value(3).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(audit->value(4).toString().toUtf8()).object();
        QStringList beforeText, afterText;
        QList<TenantHistoryChange> changes;
        // Numbers as numbers; each side names only the values it has.
        QStringList keys = before.keys() + after.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            const auto stored = [&](const QJsonObject &values) {
                return values.contains(key) ? std::optional(values.value(key).toVariant().toString()) : std::nullopt;
            };
            const TenantHistoryChange change{key, stored(before), stored(after)};
            const QString label = historyFieldLabel(key);
            const auto shown = [&](const QString &value) {
                return tr("%1: %2", "a field and its value in a tenant's history; French puts a space before the colon")
                    .arg(label, historyValue(key, value));
            };
            if (change.before)
                beforeText << shown(*change.before);
            if (change.after)
                afterText << shown(*change.after);
            changes << change;
        }
        d.history << TenantHistoryEntry{instantFromSql(audit->value(0)), audit->value(1).toString(),
                                        audit->value(2).toString(),
                                        auditActionText(audit->value(2).toString()),
                                        beforeText.join(QStringLiteral("; ")), afterText.join(QStringLiteral("; ")),
                                        changes};
    }
    audit->finish();
    std::stable_sort(d.history.begin(), d.history.end(),
                     [](const TenantHistoryEntry &a, const TenantHistoryEntry &b) { return a.at > b.at; });
    return d;
}

Result<TenantDetail> Tenants::update(const Actor &actor, qint64 personId, const TenantEdit &edit,
                                     std::optional<int> expectedRowVersion) const
{
    if (!actor.mayAct(Role::Administrator))
        return Error::refused(tr("Changing a tenant's master data needs an administrator."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = detail(personId);
    if (!current)
        return current.error();
    const TenantDetail &d = *current;
    if (expectedRowVersion && *expectedRowVersion != d.rowVersion) {
        return Error::refused(tr("Someone else changed %1 in the meantime; reload to see their changes.")
                                  .arg(d.displayName()));
    }
    QString first = edit.firstName.value_or(d.firstName).trimmed();
    QString last = edit.lastName.value_or(d.lastName).trimmed();
    QString email = edit.email.value_or(d.email).trimmed();
    QString phone = edit.phone.value_or(d.phone).trimmed();
    QString language = edit.language.value_or(d.language).trimmed().toLower();
    const bool erpFieldsChange = first != d.firstName || last != d.lastName || email != d.email || phone != d.phone;
    if (d.erpOwned && erpFieldsChange)
        return Error::refused(erpOwnedMessage());
    if (last.isEmpty())
        return Error::refused(tr("A tenant needs a last name (or a company name)."));
    for (const QString *name : {&first, &last}) {
        if (name->size() > 200 || hasControlCharacter(*name))
            return Error::refused(tr("A name has at most 200 characters and no line breaks."));
    }
    if (!email.isEmpty()) {
        auto normalized = EmailAddress::normalize(email);
        if (!normalized)
            return Error::refused(tr("\"%1\" is not an e-mail address: %2").arg(email, normalized.error().message));
        email = *normalized;
    }
    QString e164 = d.phoneE164;
    if (phone != d.phone) {
        if (phone.size() > 200 || hasControlCharacter(phone))
            return Error::refused(tr("A phone number has at most 200 characters and no line breaks."));
        auto region = CompanySettings(m_db).value(settings::companyCountry);
        if (!region)
            return region.error();
        e164 = phone.isEmpty() ? QString() : PhoneNumberNormalizer(*region).toE164(phone);
        if (!phone.isEmpty() && e164.isEmpty())
            return Error::refused(tr("\"%1\" is not a phone number.").arg(phone));
    }
    if (!language.isEmpty() && !QStringList{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("it"),
                                            QStringLiteral("en")}.contains(language)) {
        return Error::refused(tr("The language is one of de, fr, it, en (or empty for the company's default)."));
    }
    QJsonObject before, after;
    const auto note = [&](const char *key, const QString &old, const QString &now) {
        if (old != now) {
            before.insert(QString::fromLatin1(key), old);
            after.insert(QString::fromLatin1(key), now);
        }
    };
    note("first_name", d.firstName, first);
    note("last_name", d.lastName, last);
    note("email", d.email, email);
    note("phone", d.phone, phone);
    note("language", d.language, language);
    if (after.isEmpty())
        return current;
    auto updated = m_db.exec(QStringLiteral("UPDATE persons SET first_name = ?, last_name = ?, sort_name = ?, email = ?, "
                                            "phone = ?, phone_e164 = ?, language = ?, given_key = ?, phone_suffix = ?, "
                                            "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                             {first, last, nameSortKey(last, first), textOrNull(email), textOrNull(phone), textOrNull(e164),
                              textOrNull(language), searchkeys::givenKey(first, last), textOrNull(searchkeys::phoneSuffix(e164)),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), personId,
                              d.rowVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::refused(tr("Someone else changed %1 in the meantime; reload to see their changes.").arg(d.displayName()));
    updated->finish();
    if (auto s = writeAudit(m_db, actor, QStringLiteral("person.updated"), QStringLiteral("person"), personId, before, after); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return detail(personId);
}

} // namespace tc
