#include "services/Tickets.h"

#include "domain/TextChecks.h"
#include "services/Agents.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace tc {

namespace {

constexpr int kMaxTitle = 200;
constexpr int kMaxCategory = 100;
constexpr int kMaxText = 20000;

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Category and description are NOT NULL DEFAULT '': an empty one is bound as '' (Qt binds a null
// QString, which trimming an empty text gives, as SQL NULL).
QVariant textOrEmpty(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// The transitions an office expects: "new" may be taken up, parked or settled at once (and closed
// when it was a mistake or a duplicate); work moves between in progress and the two kinds of
// waiting; only done tickets close; done and closed ones reopen into work.
const QHash<QString, QStringList> &transitions()
{
    static const QHash<QString, QStringList> table{
        {QStringLiteral("new"),
         {QStringLiteral("in_progress"), QStringLiteral("waiting_tenant"), QStringLiteral("waiting_third_party"),
          QStringLiteral("done"), QStringLiteral("closed")}},
        {QStringLiteral("in_progress"),
         {QStringLiteral("waiting_tenant"), QStringLiteral("waiting_third_party"), QStringLiteral("done")}},
        {QStringLiteral("waiting_tenant"),
         {QStringLiteral("in_progress"), QStringLiteral("waiting_third_party"), QStringLiteral("done")}},
        {QStringLiteral("waiting_third_party"),
         {QStringLiteral("in_progress"), QStringLiteral("waiting_tenant"), QStringLiteral("done")}},
        {QStringLiteral("done"), {QStringLiteral("in_progress"), QStringLiteral("closed")}},
        {QStringLiteral("closed"), {QStringLiteral("in_progress")}},
    };
    return table;
}

const QString kTicketColumns = QStringLiteral(
    "SELECT t.id, t.person_id, p.erp_ref, p.first_name, p.last_name, t.unit_id, u.erp_ref, u.label, t.property_id, "
    "pr.erp_ref, pr.name, t.channel, t.category, t.title, t.description, t.priority, t.due_date, t.status, "
    "t.assignee_id, a.login, a.display_name, t.created_by, "
    "COALESCE(c.display_name, (SELECT e.actor_name FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'created' "
    "ORDER BY e.id LIMIT 1)), t.created_at, t.updated_at, t.row_version "
    "FROM tickets t JOIN persons p ON p.id = t.person_id LEFT JOIN units u ON u.id = t.unit_id "
    "LEFT JOIN properties pr ON pr.id = t.property_id LEFT JOIN agents a ON a.id = t.assignee_id "
    "LEFT JOIN agents c ON c.id = t.created_by ");

Ticket ticketFrom(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.personId = q.value(1).toLongLong();
    t.tenantRef = q.value(2).toString();
    t.tenantFirstName = q.value(3).toString();
    t.tenantLastName = q.value(4).toString();
    t.unitId = optionalId(q.value(5));
    t.unitRef = q.value(6).toString();
    t.unitLabel = q.value(7).toString();
    t.propertyId = optionalId(q.value(8));
    t.propertyRef = q.value(9).toString();
    t.propertyName = q.value(10).toString();
    t.channel = q.value(11).toString();
    t.category = q.value(12).toString();
    t.title = q.value(13).toString();
    t.description = q.value(14).toString();
    t.priority = q.value(15).toString();
    t.dueDate = q.value(16).toDate();
    t.status = q.value(17).toString();
    t.assigneeId = optionalId(q.value(18));
    t.assigneeLogin = q.value(19).toString();
    t.assigneeName = q.value(20).toString();
    t.createdById = optionalId(q.value(21));
    t.createdByName = q.value(22).toString();
    t.createdAt = instantFromSql(q.value(23));
    t.updatedAt = instantFromSql(q.value(24));
    t.rowVersion = q.value(25).toInt();
    return t;
}

Result<QList<TicketHistoryEntry>> readEvents(const Database &db, const QString &condition, const QVariantList &bindings)
{
    auto q = db.exec(QStringLiteral("SELECT at, actor_name, kind, old_value, new_value, row_version FROM ticket_events "
                                    "WHERE ticket_id = ?%1 ORDER BY id")
                         .arg(condition),
                     bindings);
    if (!q)
        return q.error();
    QList<TicketHistoryEntry> entries;
    while (q->next()) {
        TicketHistoryEntry e;
        e.at = instantFromSql(q->value(0));
        e.who = q->value(1).toString();
        e.kind = q->value(2).toString();
        e.oldValue = q->value(3).toString();
        e.newValue = q->value(4).toString();
        e.rowVersion = q->value(5).toInt();
        entries << e;
    }
    return entries;
}

Status checkText(const QString &text, int max, bool singleLine, const QString &refusal)
{
    if (text.size() > max || (singleLine && hasControlCharacter(text)))
        return Error::refused(refusal);
    return {};
}

// The fields a ticket's creation and its edits check alike (trimmed already); a title must not be empty.
Status checkTitle(const QString &title)
{
    if (title.isEmpty())
        return Error::refused(Tickets::tr("A ticket needs a title."));
    return checkText(title, kMaxTitle, true,
                     Tickets::tr("A ticket's title has at most %1 characters and no line breaks.").arg(kMaxTitle));
}

Status checkCategory(const QString &category)
{
    return checkText(category, kMaxCategory, true,
                     Tickets::tr("A category has at most %1 characters and no line breaks.").arg(kMaxCategory));
}

Status checkDescription(const QString &description)
{
    return checkText(description, kMaxText, false, Tickets::tr("A description has at most %1 characters.").arg(kMaxText));
}

} // namespace

namespace tickets {

const QStringList &statusKeys()
{
    static const QStringList keys{QStringLiteral("new"),           QStringLiteral("in_progress"),
                                  QStringLiteral("waiting_tenant"), QStringLiteral("waiting_third_party"),
                                  QStringLiteral("done"),          QStringLiteral("closed")};
    return keys;
}

const QStringList &channelKeys()
{
    static const QStringList keys{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("letter"),
                                  QStringLiteral("walk_in"), QStringLiteral("app")};
    return keys;
}

const QStringList &priorityKeys()
{
    static const QStringList keys{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                  QStringLiteral("urgent")};
    return keys;
}

// The translated words for the stored keys; an unknown key is shown as it is.
struct KeyText
{
    const char16_t *key;
    const char *text;
};

template<std::size_t N>
QString textOf(const KeyText (&table)[N], const QString &key)
{
    for (const KeyText &entry : table) {
        if (key == entry.key)
            return Tickets::tr(entry.text); // context "Tickets", as QT_TRANSLATE_NOOP names it
    }
    return key;
}

QString statusText(const QString &key)
{
    static const KeyText table[] = {{u"new", QT_TRANSLATE_NOOP("Tickets", "new")},
                                    {u"in_progress", QT_TRANSLATE_NOOP("Tickets", "in progress")},
                                    {u"waiting_tenant", QT_TRANSLATE_NOOP("Tickets", "waiting for tenant")},
                                    {u"waiting_third_party", QT_TRANSLATE_NOOP("Tickets", "waiting for third party")},
                                    {u"done", QT_TRANSLATE_NOOP("Tickets", "done")},
                                    {u"closed", QT_TRANSLATE_NOOP("Tickets", "closed")}};
    return textOf(table, key);
}

QString channelText(const QString &key)
{
    static const KeyText table[] = {{u"phone", QT_TRANSLATE_NOOP("Tickets", "phone")},   {u"email", QT_TRANSLATE_NOOP("Tickets", "e-mail")},
                                    {u"letter", QT_TRANSLATE_NOOP("Tickets", "letter")}, {u"walk_in", QT_TRANSLATE_NOOP("Tickets", "walk-in")},
                                    {u"app", QT_TRANSLATE_NOOP("Tickets", "app")}};
    return textOf(table, key);
}

QString priorityText(const QString &key)
{
    static const KeyText table[] = {{u"low", QT_TRANSLATE_NOOP("Tickets", "low")},
                                    {u"normal", QT_TRANSLATE_NOOP("Tickets", "normal")},
                                    {u"high", QT_TRANSLATE_NOOP("Tickets", "high")},
                                    {u"urgent", QT_TRANSLATE_NOOP("Tickets", "urgent")}};
    return textOf(table, key);
}

QStringList allowedNextStatuses(const QString &status)
{
    return transitions().value(status);
}

bool isOpenStatus(const QString &status)
{
    return status != u"done" && status != u"closed";
}

namespace {
const char *const kCategories[] = {
    QT_TRANSLATE_NOOP("Tickets", "Repairs"),        QT_TRANSLATE_NOOP("Tickets", "Heating"),
    QT_TRANSLATE_NOOP("Tickets", "Water and sanitary"), QT_TRANSLATE_NOOP("Tickets", "Electrical"),
    QT_TRANSLATE_NOOP("Tickets", "Noise and neighbours"), QT_TRANSLATE_NOOP("Tickets", "Keys and locks"),
    QT_TRANSLATE_NOOP("Tickets", "Rent and payments"), QT_TRANSLATE_NOOP("Tickets", "Moving in or out"),
    QT_TRANSLATE_NOOP("Tickets", "Cleaning"),       QT_TRANSLATE_NOOP("Tickets", "Other")};
} // namespace

const QStringList &suggestedCategories()
{
    static const QStringList stored = [] {
        QStringList names;
        for (const char *name : kCategories)
            names << QString::fromLatin1(name);
        return names;
    }();
    return stored;
}

QString categoryText(const QString &stored)
{
    for (const char *name : kCategories) {
        if (stored == QLatin1StringView(name))
            return Tickets::tr(name);
    }
    return stored;
}

QString categoryToStore(const QString &shown)
{
    const QString text = shown.trimmed();
    for (const char *name : kCategories) {
        if (text.compare(Tickets::tr(name), Qt::CaseInsensitive) == 0 || text.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(name);
    }
    return text;
}

QString eventKindText(const QString &kind)
{
    static const KeyText table[] = {{u"created", QT_TRANSLATE_NOOP("Tickets", "Created")},   {u"title", QT_TRANSLATE_NOOP("Tickets", "Title")},
                                    {u"description", QT_TRANSLATE_NOOP("Tickets", "Description")},
                                    {u"category", QT_TRANSLATE_NOOP("Tickets", "Category")}, {u"priority", QT_TRANSLATE_NOOP("Tickets", "Priority")},
                                    {u"channel", QT_TRANSLATE_NOOP("Tickets", "Channel")},   {u"due_date", QT_TRANSLATE_NOOP("Tickets", "Due date")},
                                    {u"unit", QT_TRANSLATE_NOOP("Tickets", "Unit")},         {u"status", QT_TRANSLATE_NOOP("Tickets", "Status")},
                                    {u"reopened", QT_TRANSLATE_NOOP("Tickets", "Reopened")}, {u"assignee", QT_TRANSLATE_NOOP("Tickets", "Assigned")},
                                    {u"comment", QT_TRANSLATE_NOOP("Tickets", "Comment")},
                                    {u"transferred_from_alias", QT_TRANSLATE_NOOP("Tickets", "Transferred from alias")}};
    return textOf(table, kind);
}

} // namespace tickets

QString TicketConflict::message() const
{
    QStringList lines;
    for (const TicketHistoryEntry &e : changes) {
        // The field first, as the history names it (languages capitalise nouns differently).
        lines << Tickets::tr("%1 changed by %2 from \"%3\" to \"%4\"")
                     .arg(tickets::eventKindText(e.kind), e.who.isEmpty() ? Tickets::tr("someone") : e.who,
                          e.oldValue, e.newValue);
    }
    if (lines.isEmpty())
        lines << Tickets::tr("someone else saved it");
    return Tickets::tr("Ticket #%1 was changed since you opened it (version %2, now %3): %4. Nothing of yours was "
                       "saved: reload it to take their changes, or save yours again on top of them.")
        .arg(ticketId)
        .arg(expectedVersion)
        .arg(currentVersion)
        .arg(lines.join(QStringLiteral("; ")));
}

QString TicketFilter::sql(const QString &alias, std::optional<qint64> actingAgent, QVariantList *bindings,
                          bool *indexed) const
{
    const QString t = alias.isEmpty() ? QString() : alias + u'.';
    QString where;
    int conditions = 0;
    // One condition on a column an index leads with; `condition` names the column as %1, `value` is bound.
    const auto add = [&](const char *condition, const QVariant &value = {}) {
        where += QString::fromLatin1(condition).arg(t);
        if (value.isValid())
            *bindings << value;
        ++conditions;
    };
    if (personId)
        add(" AND %1person_id = ?", *personId);
    if (mine) // without an agent id (the local owner) nothing is "mine": -1 is no agent's id
        add(" AND %1assignee_id = ?", actingAgent.value_or(-1));
    if (assigneeId)
        add(" AND %1assignee_id = ?", *assigneeId);
    if (unassigned)
        add(" AND %1assignee_id IS NULL");
    if (openOnly) // spelled as tickets_open_idx's condition, so both databases use that partial index
        add(" AND %1status NOT IN ('done', 'closed')");
    if (!status.isEmpty())
        add(" AND %1status = ?", status);
    if (propertyId)
        add(" AND %1property_id = ?", *propertyId);
    const bool unindexed = !category.trimmed().isEmpty();
    if (unindexed) {
        where += QStringLiteral(" AND lower(%1category) = ?").arg(t);
        *bindings << category.trimmed().toLower();
    }
    if (indexed)
        *indexed = !unindexed && conditions <= 1;
    return where;
}

Result<std::optional<qint64>> Tickets::defaultUnitFor(qint64 personId, QDate today) const
{
    auto unit = m_db.scalar(QStringLiteral("SELECT t.unit_id FROM tenancy_persons tp JOIN tenancies t ON t.id = tp.tenancy_id "
                                           "WHERE tp.person_id = ? ORDER BY "
                                           "CASE WHEN t.start_date <= ? AND (t.end_date IS NULL OR t.end_date >= ?) THEN 0 "
                                           "WHEN t.start_date > ? THEN 1 ELSE 2 END, "
                                           "CASE WHEN t.start_date <= ? AND (t.end_date IS NULL OR t.end_date >= ?) "
                                           "THEN t.start_date END, t.id, "
                                           "CASE WHEN t.start_date > ? THEN t.start_date END, t.start_date DESC, t.id DESC "
                                           "LIMIT 1"),
                            {personId, today, today, today, today, today, today});
    if (!unit)
        return unit.error();
    if (unit->isNull()) {
        // An alias user made by hand has no tenancy: the unit it is for.
        unit = m_db.scalar(QStringLiteral("SELECT alias_unit_id FROM persons WHERE id = ?"), {personId});
        if (!unit)
            return unit.error();
    }
    return optionalId(*unit);
}

Status Tickets::checkAssignee(qint64 agentId, QString *name) const
{
    auto agent = Agents(m_db, m_actor).get(agentId);
    if (!agent)
        return agent.error();
    if (agent->disabled)
        return Error::refused(tr("%1 (%2) is disabled and cannot be assigned tickets.").arg(agent->displayName, agent->login));
    if (name)
        *name = agent->displayName;
    return {};
}

Status Tickets::writeEvent(qint64 ticketId, const QString &kind, const QString &oldValue, const QString &newValue,
                           std::optional<int> rowVersion, const QString &at) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO ticket_events (ticket_id, agent_id, at, kind, old_value, new_value, "
                                      "actor_name, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {ticketId, idOrNull(m_actor.agentId), at, kind, textOrNull(oldValue), textOrNull(newValue),
                        m_actor.name,
                        rowVersion ? QVariant(*rowVersion) : QVariant(QMetaType::fromType<int>())});
    if (!r)
        return r.error();
    return {};
}

namespace {

// The unit's property; none for no unit.
Result<std::optional<qint64>> propertyOfUnit(const Database &db, std::optional<qint64> unitId)
{
    if (!unitId)
        return std::optional<qint64>();
    auto property = db.scalar(QStringLiteral("SELECT b.property_id FROM units u JOIN buildings b ON b.id = u.building_id "
                                             "WHERE u.id = ?"),
                              {*unitId});
    if (!property)
        return property.error();
    return optionalId(*property);
}

// The unit's label when it is one of the tenant's tenancy units (or the unit an alias made by hand is
// for), else a refusal.
Result<QString> tenancyUnitLabel(const Database &db, qint64 personId, qint64 unitId)
{
    auto label = db.scalar(QStringLiteral("SELECT u.label FROM tenancy_persons tp JOIN tenancies t ON t.id = tp.tenancy_id "
                                          "JOIN units u ON u.id = t.unit_id WHERE tp.person_id = ? AND u.id = ? "
                                          "UNION ALL SELECT u.label FROM persons p JOIN units u ON u.id = p.alias_unit_id "
                                          "WHERE p.id = ? AND u.id = ? LIMIT 1"),
                           {personId, unitId, personId, unitId});
    if (!label)
        return label.error();
    if (label->isNull())
        return Error::refused(Tickets::tr("Unit %1 is not one the tenant rents or rented.").arg(unitId));
    return label->toString();
}

} // namespace

Result<qint64> Tickets::create(const TicketDraft &draft) const
{
    if (!m_actor.mayAct(Role::Agent))
        return Error::refused(tr("Creating a ticket needs an agent."));
    const QString title = draft.title.trimmed();
    const QString category = draft.category.trimmed();
    const QString description = draft.description.trimmed();
    for (const Status &s : {checkTitle(title), checkCategory(category), checkDescription(description)}) {
        if (!s)
            return s.error();
    }
    if (!tickets::channelKeys().contains(draft.channel))
        return Error::refused(tr("The channel is one of %1.").arg(tickets::channelKeys().join(QStringLiteral(", "))));
    if (!tickets::priorityKeys().contains(draft.priority))
        return Error::refused(tr("The priority is one of %1.").arg(tickets::priorityKeys().join(QStringLiteral(", "))));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto person = m_db.exec(QStringLiteral("SELECT first_name, last_name, retired_at, merged_into_id FROM persons WHERE id = ?"),
                            {draft.personId});
    if (!person)
        return person.error();
    if (!person->next())
        return Error::refused(tr("There is no tenant %1.").arg(draft.personId));
    const QString tenantName = (person->value(0).toString() + u' ' + person->value(1).toString()).trimmed();
    if (!person->value(2).isNull() || !person->value(3).isNull()) {
        return Error::refused(tr("%1 was merged into another person and is no longer a tenant of their own: create the "
                                 "ticket for that person.")
                                  .arg(tenantName));
    }
    person->finish();
    QString unitLabel;
    std::optional<qint64> unitId = draft.unitId;
    if (unitId) {
        auto label = tenancyUnitLabel(m_db, draft.personId, *unitId);
        if (!label)
            return label.error();
        unitLabel = *label;
    }
    std::optional<qint64> propertyUnit = unitId;
    if (!propertyUnit) {
        auto unit = defaultUnitFor(draft.personId);
        if (!unit)
            return unit.error();
        propertyUnit = *unit;
    }
    auto property = propertyOfUnit(m_db, propertyUnit);
    if (!property)
        return property.error();
    QString assigneeName;
    if (draft.assigneeId) {
        if (auto s = checkAssignee(*draft.assigneeId, &assigneeName); !s)
            return s.error();
    }
    const QString now = nowInstantText();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO tickets (person_id, unit_id, property_id, channel, category, title, "
                                             "description, priority, due_date, status, assignee_id, created_by, created_at, "
                                             "updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, 1) "
                                             "RETURNING id"),
                              {draft.personId, idOrNull(unitId), idOrNull(*property), draft.channel, textOrEmpty(category), title,
                               textOrEmpty(description), draft.priority, dateOrNull(draft.dueDate), idOrNull(draft.assigneeId),
                               idOrNull(m_actor.agentId), now, now});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error::internal(tr("The new ticket got no number."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto s = writeEvent(id, QStringLiteral("created"), QString(), title, 1, now); !s)
        return s.error();
    if (draft.assigneeId) {
        if (auto s = writeEvent(id, QStringLiteral("assignee"), QString(), assigneeName, 1, now); !s)
            return s.error();
    }
    QJsonObject after{{QStringLiteral("person_id"), draft.personId},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("channel"), draft.channel},
                      {QStringLiteral("priority"), draft.priority},
                      {QStringLiteral("status"), QStringLiteral("new")}};
    if (!category.isEmpty())
        after.insert(QStringLiteral("category"), category);
    if (unitId)
        after.insert(QStringLiteral("unit"), unitLabel);
    if (draft.dueDate.isValid())
        after.insert(QStringLiteral("due_date"), draft.dueDate.toString(Qt::ISODate));
    if (draft.assigneeId)
        after.insert(QStringLiteral("assignee"), assigneeName);
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("ticket.created"), QStringLiteral("ticket"), id, {}, after); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return id;
}

Result<QList<Ticket>> Tickets::select(const QString &where, const QVariantList &bindings, int limit) const
{
    QVariantList all = bindings;
    all << limit;
    auto q = m_db.exec(kTicketColumns + QStringLiteral("WHERE 1 = 1%1 ORDER BY t.id DESC LIMIT ?").arg(where), all);
    if (!q)
        return q.error();
    QList<Ticket> rows;
    while (q->next())
        rows << ticketFrom(*q);
    return rows;
}

Result<Ticket> Tickets::get(qint64 id) const
{
    auto rows = select(QStringLiteral(" AND t.id = ?"), {id}, 1);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::refused(tr("There is no ticket #%1.").arg(id));
    return rows->constFirst();
}

Result<QList<Ticket>> Tickets::forTenant(qint64 personId) const
{
    TicketFilter filter;
    filter.personId = personId;
    return list(filter, 10000);
}

Result<QList<Ticket>> Tickets::list(const TicketFilter &filter, int limit) const
{
    QVariantList bindings;
    const QString where = filter.sql(QStringLiteral("t"), m_actor.agentId, &bindings);
    return select(where, bindings, limit);
}

Result<int> Tickets::transferFromAlias(qint64 fromPersonId, qint64 toPersonId, const QString &fromName,
                                       const QString &toName, const QString &at) const
{
    auto found = m_db.exec(QStringLiteral("SELECT id FROM tickets WHERE person_id = ? ORDER BY id"), {fromPersonId});
    if (!found)
        return found.error();
    QList<qint64> ids;
    while (found->next())
        ids << found->value(0).toLongLong();
    found->finish();
    for (const qint64 id : std::as_const(ids)) {
        auto moved = m_db.exec(QStringLiteral("UPDATE tickets SET person_id = ?, row_version = row_version + 1, updated_at = ? "
                                              "WHERE id = ? RETURNING row_version"),
                               {toPersonId, at, id});
        if (!moved)
            return moved.error();
        if (!moved->next())
            return Error::internal(tr("Ticket %1 vanished while it was transferred.").arg(id));
        const int version = moved->value(0).toInt();
        moved->finish();
        if (auto s = writeEvent(id, QStringLiteral("transferred_from_alias"), fromName, toName, version, at); !s)
            return s.error();
    }
    return int(ids.size());
}

Result<int> Tickets::openCount(qint64 personId) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE person_id = ? AND status NOT IN ('done', 'closed')"),
                         {personId});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<TicketHistoryEntry>> Tickets::changesSince(qint64 id, int version) const
{
    return readEvents(m_db, QStringLiteral(" AND row_version > ?"), {id, version});
}

Result<QList<TicketHistoryEntry>> Tickets::history(qint64 id) const
{
    auto exists = m_db.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error::refused(tr("There is no ticket #%1.").arg(id));
    auto events = readEvents(m_db, QString(), {id});
    if (!events)
        return events.error();
    // A comment's event holds the comment's id; its text and visibility are in ticket_comments.
    auto comments = m_db.exec(QStringLiteral("SELECT id, body, internal FROM ticket_comments WHERE ticket_id = ?"), {id});
    if (!comments)
        return comments.error();
    QHash<QString, std::pair<QString, bool>> bodies;
    while (comments->next())
        bodies.insert(comments->value(0).toString(), {comments->value(1).toString(), comments->value(2).toBool()});
    for (TicketHistoryEntry &e : *events) {
        if (e.kind == u"comment") {
            const auto body = bodies.value(e.newValue);
            e.text = body.first;
            e.internal = body.second;
            e.newValue.clear();
        }
    }
    return events;
}

struct Tickets::Applied
{
    int rowVersion = 0;
    bool changed = false;
};

Result<Tickets::Applied> Tickets::applyInTransaction(qint64 id, std::optional<int> expectedRowVersion,
                                                     const TicketChanges &changes, TicketConflict *conflict) const
{
    auto loaded = get(id);
    if (!loaded)
        return loaded.error();
    const Ticket &current = *loaded;
    const auto refuseConflict = [&](int expected) -> Error {
        TicketConflict c{id, expected, current.rowVersion, {}};
        if (auto latest = m_db.scalar(QStringLiteral("SELECT row_version FROM tickets WHERE id = ?"), {id}); latest)
            c.currentVersion = latest->toInt();
        if (auto since = changesSince(id, expected); since)
            c.changes = *since;
        if (conflict)
            *conflict = c;
        return Error::refused(c.message());
    };
    if (expectedRowVersion && *expectedRowVersion != current.rowVersion)
        return refuseConflict(*expectedRowVersion);

    struct Change
    {
        QString kind, oldValue, newValue;
    };
    QList<Change> diffs;
    QJsonObject before, after;
    const auto note = [&](const QString &kind, const QString &oldValue, const QString &newValue) {
        if (oldValue == newValue)
            return false;
        diffs << Change{kind, oldValue, newValue};
        before.insert(kind, oldValue);
        after.insert(kind, newValue);
        return true;
    };

    QString title = current.title;
    if (changes.title) {
        title = changes.title->trimmed();
        if (auto s = checkTitle(title); !s)
            return s.error();
        note(QStringLiteral("title"), current.title, title);
    }
    QString description = current.description;
    if (changes.description) {
        description = changes.description->trimmed();
        if (auto s = checkDescription(description); !s)
            return s.error();
        note(QStringLiteral("description"), current.description, description);
    }
    QString category = current.category;
    if (changes.category) {
        category = changes.category->trimmed();
        if (auto s = checkCategory(category); !s)
            return s.error();
        note(QStringLiteral("category"), current.category, category);
    }
    QString priority = current.priority;
    if (changes.priority) {
        priority = *changes.priority;
        if (!tickets::priorityKeys().contains(priority))
            return Error::refused(tr("The priority is one of %1.").arg(tickets::priorityKeys().join(QStringLiteral(", "))));
        note(QStringLiteral("priority"), current.priority, priority);
    }
    QString channel = current.channel;
    if (changes.channel) {
        channel = *changes.channel;
        if (!tickets::channelKeys().contains(channel))
            return Error::refused(tr("The channel is one of %1.").arg(tickets::channelKeys().join(QStringLiteral(", "))));
        note(QStringLiteral("channel"), current.channel, channel);
    }
    QDate dueDate = current.dueDate;
    if (changes.dueDate) {
        dueDate = *changes.dueDate;
        note(QStringLiteral("due_date"), current.dueDate.toString(Qt::ISODate), dueDate.toString(Qt::ISODate));
    }
    std::optional<qint64> unitId = current.unitId;
    std::optional<qint64> propertyId = current.propertyId;
    if (changes.unitId && *changes.unitId != current.unitId.value_or(0)) {
        QString label;
        if (*changes.unitId > 0) {
            auto found = tenancyUnitLabel(m_db, current.personId, *changes.unitId);
            if (!found)
                return found.error();
            label = *found;
            unitId = *changes.unitId;
        } else {
            unitId.reset();
        }
        std::optional<qint64> propertyUnit = unitId;
        if (!propertyUnit) {
            auto unit = defaultUnitFor(current.personId);
            if (!unit)
                return unit.error();
            propertyUnit = *unit;
        }
        auto property = propertyOfUnit(m_db, propertyUnit);
        if (!property)
            return property.error();
        propertyId = *property;
        note(QStringLiteral("unit"), current.unitLabel, label);
    }
    QString status = current.status;
    if (changes.status && *changes.status != current.status) {
        status = *changes.status;
        if (!tickets::statusKeys().contains(status))
            return Error::refused(tr("The status is one of %1.").arg(tickets::statusKeys().join(QStringLiteral(", "))));
        const QStringList allowed = tickets::allowedNextStatuses(current.status);
        if (!allowed.contains(status)) {
            return Error::refused(tr("Ticket #%1 is \"%2\" and cannot become \"%3\"; it can become: %4.")
                                      .arg(QString::number(id), current.status, status, allowed.join(QStringLiteral(", "))));
        }
        const bool reopened = !tickets::isOpenStatus(current.status) && tickets::isOpenStatus(status);
        note(reopened ? QStringLiteral("reopened") : QStringLiteral("status"), current.status, status);
    }
    std::optional<qint64> assigneeId = current.assigneeId;
    if (changes.assigneeId && *changes.assigneeId != current.assigneeId.value_or(0)) {
        QString name;
        if (*changes.assigneeId > 0) {
            if (auto s = checkAssignee(*changes.assigneeId, &name); !s)
                return s.error();
            assigneeId = *changes.assigneeId;
        } else {
            assigneeId.reset();
        }
        note(QStringLiteral("assignee"), current.assigneeName, name);
    }
    if (diffs.isEmpty())
        return Applied{current.rowVersion, false};

    const QString now = nowInstantText();
    const int next = current.rowVersion + 1;
    auto updated = m_db.exec(QStringLiteral("UPDATE tickets SET title = ?, description = ?, category = ?, priority = ?, "
                                            "channel = ?, due_date = ?, unit_id = ?, property_id = ?, status = ?, "
                                            "assignee_id = ?, updated_at = ?, row_version = ? "
                                            "WHERE id = ? AND row_version = ?"),
                             {title, textOrEmpty(description), textOrEmpty(category), priority, channel, dateOrNull(dueDate), idOrNull(unitId),
                              idOrNull(propertyId), status, idOrNull(assigneeId), now, next, id, current.rowVersion});
    if (!updated)
        return updated.error();
    // Another connection saved between our read and this update (PostgreSQL's read committed).
    if (updated->numRowsAffected() != 1)
        return refuseConflict(current.rowVersion);
    updated->finish();
    for (const Change &c : std::as_const(diffs)) {
        if (auto s = writeEvent(id, c.kind, c.oldValue, c.newValue, next, now); !s)
            return s.error();
    }
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("ticket.updated"), QStringLiteral("ticket"), id, before, after); !s)
        return s.error();
    return Applied{next, true};
}

Result<int> Tickets::change(qint64 id, std::optional<int> expectedRowVersion, const TicketChanges &changes,
                            TicketConflict *conflict) const
{
    if (!m_actor.mayAct(Role::Agent))
        return Error::refused(tr("Changing a ticket needs an agent."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto applied = applyInTransaction(id, expectedRowVersion, changes, conflict);
    if (!applied)
        return applied.error();
    if (applied->changed) {
        if (auto s = tx->commit(); !s)
            return s.error();
    }
    return applied->rowVersion;
}

Result<int> Tickets::update(qint64 id, int expectedRowVersion, const TicketChanges &changes, TicketConflict *conflict) const
{
    return change(id, expectedRowVersion, changes, conflict);
}

Result<int> Tickets::setStatus(qint64 id, const QString &status, std::optional<int> expectedRowVersion,
                               TicketConflict *conflict) const
{
    TicketChanges changes;
    changes.status = status;
    return change(id, expectedRowVersion, changes, conflict);
}

Result<int> Tickets::assign(qint64 id, std::optional<qint64> agentId, std::optional<int> expectedRowVersion,
                            TicketConflict *conflict) const
{
    TicketChanges changes;
    changes.assigneeId = agentId.value_or(0);
    return change(id, expectedRowVersion, changes, conflict);
}

Result<int> Tickets::assignMany(const QList<qint64> &ids, std::optional<qint64> agentId) const
{
    if (!m_actor.mayAct(Role::Agent))
        return Error::refused(tr("Assigning tickets needs an agent."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    TicketChanges changes;
    changes.assigneeId = agentId.value_or(0);
    int changed = 0;
    for (const qint64 id : ids) {
        auto applied = applyInTransaction(id, std::nullopt, changes, nullptr);
        if (!applied)
            return applied.error();
        changed += applied->changed ? 1 : 0;
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    return changed;
}

Result<qint64> Tickets::comment(qint64 id, const QString &text, bool internal) const
{
    if (!m_actor.mayAct(Role::Agent))
        return Error::refused(tr("Commenting on a ticket needs an agent."));
    const QString body = text.trimmed();
    if (body.isEmpty())
        return Error::refused(tr("A comment needs some text."));
    if (auto s = checkText(body, kMaxText, false, tr("A comment has at most %1 characters.").arg(kMaxText)); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto exists = m_db.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error::refused(tr("There is no ticket #%1.").arg(id));
    const QString now = nowInstantText();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO ticket_comments (ticket_id, author_id, author_name, body, internal, "
                                             "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                              {id, idOrNull(m_actor.agentId), m_actor.name, body, internal, now});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error::internal(tr("The comment got no number."));
    const qint64 commentId = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto s = writeEvent(id, QStringLiteral("comment"), QString(), QString::number(commentId), std::nullopt, now); !s)
        return s.error();
    const QJsonObject after{{QStringLiteral("comment_id"), commentId}, {QStringLiteral("internal"), internal}};
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("ticket.commented"), QStringLiteral("ticket"), id, {}, after); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return commentId;
}

} // namespace tc
