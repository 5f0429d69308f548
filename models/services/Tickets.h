// Tickets: what a tenant asked for (on the phone, by e-mail, at the counter), who works on it and how
// far it got. Every change is checked against the row version the caller read, so two agents saving
// the same ticket never overwrite each other: the second gets a conflict naming what changed and who
// changed it. Each change, assignment and comment is an event of the ticket's history.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tc {

class Database;

namespace tickets {
// The keys as stored (the schema's CHECK lists), in the order a form offers them.
const QStringList &statusKeys();   // new, in_progress, waiting_tenant, waiting_third_party, done, closed
const QStringList &channelKeys();  // phone, email, letter, walk_in, app
const QStringList &priorityKeys(); // low, normal, high, urgent
QString statusText(const QString &key);   // translated
QString channelText(const QString &key);  // translated
QString priorityText(const QString &key); // translated
// The statuses a ticket in `status` may move to (reopening included), in the order of statusKeys().
QStringList allowedNextStatuses(const QString &status);
bool isOpenStatus(const QString &status); // not done and not closed
// What an event of the history says, translated ("Status", "Assigned", "Reopened", "Comment", ...).
QString eventKindText(const QString &kind);
// The categories forms suggest. They are stored by their English names, so that every desk files a
// ticket alike whatever language it speaks, and shown translated; a category typed by hand is
// stored and shown as typed.
const QStringList &suggestedCategories(); // as stored
QString categoryText(const QString &stored);
QString categoryToStore(const QString &shown); // a suggestion's translation (any case) -> its stored name
} // namespace tickets

struct TicketDraft
{
    qint64 personId = 0;
    std::optional<qint64> unitId; // one of the tenant's tenancy units; see Tickets::defaultUnitFor()
    QString channel = QStringLiteral("phone");
    QString category;
    QString title; // required, at most 200 characters
    QString description;
    QString priority = QStringLiteral("normal");
    QDate dueDate; // invalid: none
    std::optional<qint64> assigneeId;
};

struct Ticket
{
    qint64 id = 0;
    qint64 personId = 0;
    QString tenantRef;
    QString tenantFirstName;
    QString tenantLastName;
    std::optional<qint64> unitId;
    QString unitRef;
    QString unitLabel;
    std::optional<qint64> propertyId;
    QString propertyRef;
    QString propertyName;
    QString channel;
    QString category;
    QString title;
    QString description;
    QString priority;
    QDate dueDate;
    QString status;
    std::optional<qint64> assigneeId;
    QString assigneeLogin;
    QString assigneeName;
    std::optional<qint64> createdById;
    QString createdByName; // the agent, or the name the creator acted under
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC
    int rowVersion = 0;

    QString tenantName() const { return tenantFirstName.isEmpty() ? tenantLastName : tenantFirstName + u' ' + tenantLastName; }
    bool isOpen() const { return tickets::isOpenStatus(status); }
};

// One line of a ticket's history: a change of a field (old and new value as stored: keys for status,
// priority and channel, the agent's name for the assignee, the unit's label, ISO dates), the creation,
// or a comment (kind "comment", with its text and whether it is an internal note).
struct TicketHistoryEntry
{
    QDateTime at; // UTC
    QString who;
    QString kind; // created, title, description, category, priority, channel, due_date, unit, status,
                  // reopened, assignee, comment, transferred_from_alias
    QString oldValue;
    QString newValue;
    QString text;      // comments only
    bool internal = false;
    int rowVersion = 0; // the version the change produced (0 for comments, which change no field)
};

// An edit: only the fields that are set change.
struct TicketChanges
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> category;
    std::optional<QString> priority;
    std::optional<QString> channel;
    std::optional<QString> status;
    std::optional<QDate> dueDate;     // an invalid date clears it
    std::optional<qint64> unitId;     // 0: no unit
    std::optional<qint64> assigneeId; // 0: unassigned
    bool isEmpty() const
    {
        return !title && !description && !category && !priority && !channel && !status && !dueDate && !unitId && !assigneeId;
    }
};

// Someone saved the ticket after the caller read it: nothing of the caller's was saved. `changes` are
// the events since the version the caller read (who, what, old and new value). To keep one's own
// changes, apply them again with `currentVersion`; to take theirs, read the ticket again.
struct TicketConflict
{
    qint64 ticketId = 0;
    int expectedVersion = 0;
    int currentVersion = 0;
    QList<TicketHistoryEntry> changes;
    QString message() const; // translated, names each change and who made it
};

// What the ticket list and the CLI filter by; every condition set must hold.
struct TicketFilter
{
    std::optional<qint64> personId;   // one tenant's tickets
    bool mine = false;                // assigned to the acting agent (none for an actor who is no agent)
    bool unassigned = false;
    bool openOnly = false;            // not done, not closed
    QString status;                   // a status key, or empty for any
    std::optional<qint64> propertyId;
    QString category;                 // exactly this category (case ignored), or empty for any
    std::optional<qint64> assigneeId;

    bool isEmpty() const
    {
        return !personId && !mine && !unassigned && !openOnly && status.isEmpty() && !propertyId && category.isEmpty()
               && !assigneeId;
    }
    bool operator==(const TicketFilter &) const = default;
    // The conditions as SQL on the tickets table (under `alias`, "t" say), starting with " AND ", and the
    // values they bind. `actingAgent` answers "mine". True in *indexed when at most one condition is set
    // and an index leads with it, so that counting its rows is one index range.
    QString sql(const QString &alias, std::optional<qint64> actingAgent, QVariantList *bindings, bool *indexed = nullptr) const;
};

class Tickets
{
    Q_DECLARE_TR_FUNCTIONS(Tickets)

public:
    Tickets(const Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // The unit a new ticket of this tenant is about: the unit of their current tenancy (of several,
    // the one they have had longest: the flat rather than a parking space rented later, or listed
    // after it), else of the one starting next, else of the last one; none without tenancies.
    Result<std::optional<qint64>> defaultUnitFor(qint64 personId, QDate today = QDate::currentDate()) const;

    // A new ticket ("new"), for any tenant who is not merged into another: imported, invited,
    // registered or alias. Its property is the unit's, or the one of the tenant's tenancy.
    Result<qint64> create(const TicketDraft &draft) const;
    Result<Ticket> get(qint64 id) const;
    // The creation, every change and every comment, oldest first.
    Result<QList<TicketHistoryEntry>> history(qint64 id) const;
    // The changes that produced versions after `version`, oldest first (comments change no version).
    Result<QList<TicketHistoryEntry>> changesSince(qint64 id, int version) const;

    // Changes the fields set in `changes` when the ticket is still at `expectedRowVersion`, and returns
    // the new row version (the same one when nothing differs). A ticket changed since is refused, and
    // `conflict` (when given) says by whom and how; a status the workflow does not allow from the
    // current one is refused with the statuses that are.
    Result<int> update(qint64 id, int expectedRowVersion, const TicketChanges &changes,
                       TicketConflict *conflict = nullptr) const;
    // The same for one field; without an expected version, the ticket as it is now.
    Result<int> setStatus(qint64 id, const QString &status, std::optional<int> expectedRowVersion = std::nullopt,
                          TicketConflict *conflict = nullptr) const;
    Result<int> assign(qint64 id, std::optional<qint64> agentId, std::optional<int> expectedRowVersion = std::nullopt,
                       TicketConflict *conflict = nullptr) const;
    // Assigns every ticket to the agent (none: unassigns) in one transaction, an event per ticket that
    // changed; all or nothing. Returns how many changed.
    Result<int> assignMany(const QList<qint64> &ids, std::optional<qint64> agentId) const;
    // A comment: an internal note, or visible to the tenant. It is part of the history and leaves the
    // row version alone (a comment never conflicts with an edit). Returns the comment's id.
    Result<qint64> comment(qint64 id, const QString &text, bool internal) const;

    // Moves every ticket of `fromPersonId` to `toPersonId` (the same person when an alias made by the
    // import becomes the registered account), each with a "transferred_from_alias" event from
    // `fromName` to `toName` and a new row version, so an edit begun before conflicts. Runs in the
    // caller's transaction; the caller checks who may. Returns how many tickets moved.
    Result<int> transferFromAlias(qint64 fromPersonId, qint64 toPersonId, const QString &fromName,
                                  const QString &toName, const QString &at) const;

    // Tickets of the tenant that are neither done nor closed.
    Result<int> openCount(qint64 personId) const;
    // The tenant's tickets, newest first.
    Result<QList<Ticket>> forTenant(qint64 personId) const;
    // Tickets matching the filter, newest first, at most `limit`.
    Result<QList<Ticket>> list(const TicketFilter &filter, int limit = 500) const;

private:
    struct Applied;
    Result<Applied> applyInTransaction(qint64 id, std::optional<int> expectedRowVersion, const TicketChanges &changes,
                                       TicketConflict *conflict) const;
    Result<int> change(qint64 id, std::optional<int> expectedRowVersion, const TicketChanges &changes,
                       TicketConflict *conflict) const;
    Result<QList<Ticket>> select(const QString &where, const QVariantList &bindings, int limit) const;
    Status checkAssignee(qint64 agentId, QString *name) const;
    Status writeEvent(qint64 ticketId, const QString &kind, const QString &oldValue, const QString &newValue,
                      std::optional<int> rowVersion, const QString &at) const;

    const Database &m_db;
    const Actor &m_actor;
};

} // namespace tc
