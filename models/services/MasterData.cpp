#include "services/MasterData.h"

#include "domain/Address.h"
#include "domain/Languages.h"
#include "storage/Database.h"

#include <QHash>

namespace tc {

namespace {

QString personName(const QString &first, const QString &last)
{
    return first.isEmpty() ? last : MasterData::tr("%1, %2", "last name, first name").arg(last, first);
}

// The units of a property or of a building: a join from units (alias u) and the condition with one "?".
struct UnitScope
{
    QString join;
    QString condition;
};

const UnitScope &propertyScope()
{
    static const UnitScope scope{QStringLiteral("JOIN buildings sb ON sb.id = u.building_id"),
                                 QStringLiteral("sb.property_id = ?")};
    return scope;
}

const UnitScope &buildingScope()
{
    static const UnitScope scope{QString(), QStringLiteral("u.building_id = ?")};
    return scope;
}

} // namespace

Result<PlaceCounts> MasterData::counts(const QString &scopeName, qint64 scopeId, QDate today) const
{
    const UnitScope &scope = scopeName == u"property" ? propertyScope() : buildingScope();
    const QString current = QStringLiteral("t.start_date <= ? AND (t.end_date IS NULL OR t.end_date >= ?)");
    PlaceCounts counts;
    if (scopeName == u"property") {
        auto buildings = m_db.scalar(QStringLiteral("SELECT count(*) FROM buildings WHERE property_id = ?"), {scopeId});
        if (!buildings)
            return buildings.error();
        counts.buildings = buildings->toLongLong();
    } else {
        counts.buildings = 1;
    }
    auto units = m_db.exec(QStringLiteral("SELECT count(*), "
                                          "  sum(CASE WHEN EXISTS (SELECT 1 FROM tenancies t WHERE t.unit_id = u.id AND %3) "
                                          "      THEN 0 ELSE 1 END) "
                                          "FROM units u %1 WHERE %2")
                               .arg(scope.join, scope.condition, current),
                           {today, today, scopeId});
    if (!units)
        return units.error();
    if (units->next()) {
        counts.units = units->value(0).toLongLong();
        counts.vacantUnits = units->value(1).toLongLong();
    }
    units->finish();
    auto tenancies = m_db.exec(QStringLiteral("SELECT sum(CASE WHEN t.start_date > ? THEN 1 ELSE 0 END), "
                                              "  sum(CASE WHEN t.end_date < ? THEN 1 ELSE 0 END), "
                                              "  sum(CASE WHEN %3 THEN 1 ELSE 0 END) "
                                              "FROM units u %1 JOIN tenancies t ON t.unit_id = u.id WHERE %2")
                                   .arg(scope.join, scope.condition, current),
                               {today, today, today, today, scopeId});
    if (!tenancies)
        return tenancies.error();
    if (tenancies->next()) {
        counts.futureTenancies = tenancies->value(0).toLongLong();
        counts.formerTenancies = tenancies->value(1).toLongLong();
        counts.currentTenancies = tenancies->value(2).toLongLong();
    }
    tenancies->finish();
    auto tenants = m_db.scalar(QStringLiteral("SELECT count(DISTINCT tp.person_id) FROM units u %1 "
                                              "JOIN tenancies t ON t.unit_id = u.id "
                                              "JOIN tenancy_persons tp ON tp.tenancy_id = t.id WHERE %2 AND %3")
                                   .arg(scope.join, scope.condition, current),
                               {scopeId, today, today});
    if (!tenants)
        return tenants.error();
    counts.currentTenants = tenants->toLongLong();
    return counts;
}

Result<QList<UnitTenancy>> MasterData::tenancies(const QString &where, qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT t.id, t.erp_ref, t.start_date, t.end_date FROM tenancies t WHERE %1 "
                                          "ORDER BY t.start_date DESC, t.id DESC")
                               .arg(where),
                           {id});
    if (!query)
        return query.error();
    QList<UnitTenancy> list;
    QHash<qint64, qsizetype> position;
    while (query->next()) {
        UnitTenancy t;
        t.id = query->value(0).toLongLong();
        t.erpRef = query->value(1).toString();
        t.start = query->value(2).toDate();
        t.end = query->value(3).toDate();
        position.insert(t.id, list.size());
        list << t;
    }
    query->finish();
    auto persons = m_db.exec(QStringLiteral("SELECT tp.tenancy_id, p.id, p.erp_ref, p.first_name, p.last_name, p.email, p.phone, "
                                            "p.is_alias AND p.status = 'imported' "
                                            "FROM tenancies t JOIN tenancy_persons tp ON tp.tenancy_id = t.id "
                                            "JOIN persons p ON p.id = tp.person_id WHERE %1 ORDER BY p.sort_name, p.id")
                                 .arg(where),
                             {id});
    if (!persons)
        return persons.error();
    while (persons->next()) {
        auto it = position.constFind(persons->value(0).toLongLong());
        if (it == position.cend())
            continue;
        list[*it].tenants << TenancyTenant{persons->value(1).toLongLong(), persons->value(2).toString(),
                                           personName(persons->value(3).toString(), persons->value(4).toString()),
                                           persons->value(5).toString(), persons->value(6).toString(),
                                           persons->value(7).toBool()};
    }
    return list;
}

Result<PlaceFacts> MasterData::property(qint64 id, QDate today) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, erp_ref, name, owner FROM properties WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::refused(tr("There is no property %1 (any more).").arg(id));
    PlaceFacts facts;
    facts.id = query->value(0).toLongLong();
    facts.erpRef = query->value(1).toString();
    facts.name = query->value(2).toString();
    facts.owner = query->value(3).toString();
    facts.propertyName = facts.name;
    query->finish();
    auto counts = this->counts(QStringLiteral("property"), id, today);
    if (!counts)
        return counts.error();
    facts.counts = *counts;
    return facts;
}

Result<PlaceFacts> MasterData::building(qint64 id, QDate today) const
{
    auto query = m_db.exec(QStringLiteral("SELECT b.id, b.erp_ref, b.name, b.street, b.house_number, b.postal_code, b.city, p.name "
                                          "FROM buildings b JOIN properties p ON p.id = b.property_id WHERE b.id = ?"),
                           {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::refused(tr("There is no building %1 (any more).").arg(id));
    PlaceFacts facts;
    facts.id = query->value(0).toLongLong();
    facts.erpRef = query->value(1).toString();
    facts.name = query->value(2).toString();
    facts.address = formatAddress(query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
                                  query->value(6).toString());
    facts.propertyName = query->value(7).toString();
    query->finish();
    auto counts = this->counts(QStringLiteral("building"), id, today);
    if (!counts)
        return counts.error();
    facts.counts = *counts;
    return facts;
}

Result<PlaceFacts> MasterData::unit(qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT u.id, u.erp_ref, u.label, u.unit_type, b.street, b.house_number, "
                                          "b.postal_code, b.city, p.name FROM units u "
                                          "JOIN buildings b ON b.id = u.building_id JOIN properties p ON p.id = b.property_id "
                                          "WHERE u.id = ?"),
                           {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::refused(tr("There is no unit %1 (any more).").arg(id));
    PlaceFacts facts;
    facts.id = query->value(0).toLongLong();
    facts.erpRef = query->value(1).toString();
    facts.name = query->value(2).toString();
    facts.unitLabel = facts.name;
    facts.unitType = query->value(3).toString();
    facts.address = formatAddress(query->value(4).toString(), query->value(5).toString(), query->value(6).toString(),
                                  query->value(7).toString());
    facts.propertyName = query->value(8).toString();
    query->finish();
    auto list = tenancies(QStringLiteral("t.unit_id = ?"), id);
    if (!list)
        return list.error();
    facts.tenancies = *list;
    auto aliases = m_db.exec(QStringLiteral("SELECT id, last_name, alias_move_in FROM persons "
                                            "WHERE alias_unit_id = ? AND retired_at IS NULL ORDER BY sort_name, id"),
                             {id});
    if (!aliases)
        return aliases.error();
    while (aliases->next())
        facts.aliases << UnitAlias{aliases->value(0).toLongLong(), aliases->value(1).toString(), aliases->value(2).toDate()};
    return facts;
}

Result<PlaceFacts> MasterData::tenancy(qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT t.id, t.erp_ref, u.label, b.street, b.house_number, b.postal_code, b.city, "
                                          "p.name FROM tenancies t JOIN units u ON u.id = t.unit_id "
                                          "JOIN buildings b ON b.id = u.building_id JOIN properties p ON p.id = b.property_id "
                                          "WHERE t.id = ?"),
                           {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::refused(tr("There is no tenancy %1 (any more).").arg(id));
    PlaceFacts facts;
    facts.id = query->value(0).toLongLong();
    facts.erpRef = query->value(1).toString();
    facts.unitLabel = query->value(2).toString();
    facts.name = facts.unitLabel;
    facts.address = formatAddress(query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
                                  query->value(6).toString());
    facts.propertyName = query->value(7).toString();
    query->finish();
    auto list = tenancies(QStringLiteral("t.id = ?"), id);
    if (!list)
        return list.error();
    facts.tenancies = *list;
    return facts;
}

Result<QList<PropertyName>> MasterData::properties(int limit) const
{
    // All of them, sorted as people read names, then cut: a cut in the database's byte order would
    // drop "Émile" or "ärztehaus" first.
    auto query = m_db.exec(QStringLiteral("SELECT id, erp_ref, name FROM properties ORDER BY id"));
    if (!query)
        return query.error();
    QList<PropertyName> properties;
    while (query->next())
        properties.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    languages::sortByName(properties, [](const PropertyName &p) { return p.name; });
    if (properties.size() > limit)
        properties.resize(limit);
    return properties;
}

Result<qint64> MasterData::unitIdOf(const QString &erpRef) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM units WHERE erp_ref = ?"), {erpRef});
    if (!id)
        return id.error();
    if (id->isNull())
        return Error::refused(tr("There is no unit with the reference %1.").arg(erpRef));
    return id->toLongLong();
}

Result<qint64> MasterData::propertyIdOf(const QString &erpRef) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM properties WHERE erp_ref = ?"), {erpRef});
    if (!id)
        return id.error();
    if (id->isNull())
        return Error::refused(tr("There is no property with the reference %1.").arg(erpRef));
    return id->toLongLong();
}

} // namespace tc
