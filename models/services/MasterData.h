// MasterData: what the master-data view tells about one property, building, unit or tenancy: the
// counts of what it holds and who lives there, read on demand for the one node a user selected.
#pragma once

#include "domain/Result.h"
#include "domain/TenancyState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace tc {

class Database;

// How much a property or a building holds, judged against one day.
struct PlaceCounts
{
    qint64 buildings = 0;
    qint64 units = 0;
    qint64 currentTenancies = 0;
    qint64 formerTenancies = 0;
    qint64 futureTenancies = 0;
    qint64 currentTenants = 0; // people in current tenancies, each counted once
    qint64 vacantUnits = 0;    // units without a current tenancy
};

struct TenancyTenant
{
    qint64 personId = 0;
    QString erpRef;
    QString name; // "Müller, Anna"
    QString email;
    QString phone;
    bool isAlias = false; // an alias user the import made (no e-mail yet, not invited)
};

struct UnitTenancy
{
    qint64 id = 0;
    QString erpRef;
    QDate start;
    QDate end; // invalid: open-ended
    QList<TenancyTenant> tenants;
};

// An alias user made by hand for a unit: someone expected there whom the ERP does not know yet.
struct UnitAlias
{
    qint64 personId = 0;
    QString name;
    QDate moveIn; // invalid: not known
};

struct PlaceFacts
{
    qint64 id = 0;
    QString erpRef;
    QString name;         // property name, building name or unit label
    QString owner;        // properties
    QString address;      // buildings and units
    QString propertyName; // buildings, units and tenancies: the property they belong to
    QString unitLabel;    // tenancies
    QString unitType;     // units: rented, owned
    PlaceCounts counts;   // properties and buildings
    QList<UnitTenancy> tenancies; // units: all of them, newest first; tenancies: the one
    QList<UnitAlias> aliases;     // units: the alias users made by hand for it, still in use
};

// A property as lists to choose from show it.
struct PropertyName
{
    qint64 id = 0;
    QString erpRef;
    QString name;
};

class MasterData
{
    Q_DECLARE_TR_FUNCTIONS(MasterData)

public:
    explicit MasterData(const Database &db) : m_db(db) {}

    Result<PlaceFacts> property(qint64 id, QDate today) const;
    Result<PlaceFacts> building(qint64 id, QDate today) const;
    Result<PlaceFacts> unit(qint64 id) const;
    Result<PlaceFacts> tenancy(qint64 id) const;
    // The first `limit` properties by name (then by id).
    Result<QList<PropertyName>> properties(int limit) const;
    // A unit by the ERP's reference; refused when there is none.
    Result<qint64> unitIdOf(const QString &erpRef) const;
    // A property by the ERP's reference ("P100"); refused when there is none.
    Result<qint64> propertyIdOf(const QString &erpRef) const;

private:
    // `scope` is "property" or "building": whose units, tenancies and tenants are counted.
    Result<PlaceCounts> counts(const QString &scope, qint64 scopeId, QDate today) const;
    Result<QList<UnitTenancy>> tenancies(const QString &where, qint64 id) const;

    const Database &m_db;
};

} // namespace tc
