// DemoData: writes a realistic Swiss office (properties, buildings, units, tenancies, tenants and a
// few agents) into an empty database, for trying the product and for benchmarks.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace tc {

class Database;

struct DemoCounts
{
    qint64 properties = 0;
    qint64 buildings = 0;
    qint64 units = 0;
    qint64 persons = 0;
    qint64 tenancies = 0;
    qint64 agents = 0;
};

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Called now and then with how many tenants are written; returning false cancels (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoData(const Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

    // Writes exactly `tenants` persons. The same count and the same `today` give the same data.
    // Future move-ins and ended tenancies are placed relative to `today`. Refuses a database that
    // already holds properties or persons: demo data never mixes with an office's real data.
    // Master data is the administrators' business: agents are refused.
    Result<DemoCounts> generate(qint64 tenants, QDate today = QDate::currentDate(), const Progress &progress = {}) const;

    static constexpr qint64 kMaxTenants = 5'000'000;

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tc
