// DemoData: writes a realistic Swiss office (properties, buildings, units, tenancies, tenants and a
// few agents) into an empty database, for trying the product and for benchmarks.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <algorithm>
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

// What DemoData::addTickets() wrote.
struct DemoTicketCounts
{
    qint64 tickets = 0;
    qint64 open = 0; // neither done nor closed
    qint64 comments = 0;
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

    // Logs `count` example tickets, as the demo agents would have over the last weeks: for tenants
    // picked at random, in the tenant's language, across the whole workflow (new, worked, waiting,
    // done, closed), most of them assigned, some with comments. Every step goes through Tickets, so
    // each ticket has its history. Needs the agents and tenants generate() writes; the same data,
    // count and `today` give the same tickets.
    Result<DemoTicketCounts> addTickets(qint64 count, QDate today = QDate::currentDate()) const;
    // How many tickets a demo office of `tenants` gets: one for every ten tenants, at most 200.
    static qint64 ticketsFor(qint64 tenants) { return std::clamp<qint64>(tenants / 10, 1, 200); }

    static constexpr qint64 kMaxTenants = 5'000'000;

private:
    Status backdate(qint64 ticketId, const QDateTime &logged, const QDateTime &now) const;

    const Database &m_db;
    Actor m_actor;
};

} // namespace tc
