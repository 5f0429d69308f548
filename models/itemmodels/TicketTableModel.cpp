#include "itemmodels/TicketTableModel.h"

#include "storage/Database.h"
#include "storage/Instants.h"

#include <QLocale>

namespace tc {

namespace {
// A filter one index answers (none, or one of tenant, assignee, unassigned, open, status, property)
// is counted exactly; others, a category or several conditions, would read every candidate of a
// million: their count stops at a cap and grows as the view scrolls.
bool countsAtOnce(const TicketFilter &filter, std::optional<qint64> actingAgent)
{
    QVariantList ignored;
    bool indexed = false;
    filter.sql(QString(), actingAgent, &ignored, &indexed);
    return indexed;
}
} // namespace

TicketTableModel::TicketTableModel(const Database &db, std::optional<qint64> actingAgent, QObject *parent)
    : PagedTableModel(Number, Qt::DescendingOrder, parent), m_db(db), m_actingAgent(actingAgent)
{
}

tc::Status TicketTableModel::reload()
{
    return resetAndCount([this]() -> Result<bool> { return !countsAtOnce(m_filter, m_actingAgent); });
}

tc::Status TicketTableModel::setFilter(const TicketFilter &filter)
{
    return resetAndCount([this, &filter]() -> Result<bool> {
        m_filter = filter;
        return !countsAtOnce(m_filter, m_actingAgent);
    });
}

Result<int> TicketTableModel::countRows(int cap) const
{
    QVariantList bindings;
    const QString where = m_filter.sql(QString(), m_actingAgent, &bindings);
    QString sql = QStringLiteral("SELECT count(*) FROM tickets WHERE 1 = 1%1").arg(where);
    TicketFilter openOnly;
    openOnly.openOnly = true;
    if (m_filter == openOnly) {
        // SQLite counts "not done and not closed" by reading the status index from its start, through
        // every done and closed ticket (half a second on a million); all tickets less the done and
        // closed ones are three counts on indexes.
        sql = QStringLiteral("SELECT (SELECT count(*) FROM tickets) - "
                             "(SELECT count(*) FROM tickets WHERE status = 'done') - "
                             "(SELECT count(*) FROM tickets WHERE status = 'closed')");
    }
    if (cap > 0) {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets WHERE 1 = 1%1 LIMIT ?) capped").arg(where);
        bindings << cap;
    }
    auto counted = m_db.scalar(sql, bindings);
    if (!counted)
        return counted.error();
    return int(counted->toLongLong());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketTableModel::orderBy() const
{
    const QString direction = sortOrder() == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (sortColumn() == Updated)
        return QStringLiteral("t.updated_at %1, t.id %1").arg(direction);
    return QStringLiteral("t.id %1").arg(direction);
}

Result<TicketTableModel::Page> TicketTableModel::fetchPage(int page) const
{
    // The page's tickets are picked on the tickets table alone (an index range in the order shown),
    // then joined to the names they show.
    const QString sql = QStringLiteral(
        "SELECT t.id, t.title, p.first_name, p.last_name, u.label, t.status, t.priority, a.display_name, t.due_date, "
        "       t.updated_at "
        "FROM (SELECT t.id, t.title, t.person_id, t.unit_id, t.status, t.priority, t.assignee_id, t.due_date, t.updated_at "
        "      FROM tickets t WHERE 1 = 1%2 ORDER BY %1 LIMIT ? OFFSET ?) t "
        "JOIN persons p ON p.id = t.person_id "
        "LEFT JOIN units u ON u.id = t.unit_id "
        "LEFT JOIN agents a ON a.id = t.assignee_id "
        "ORDER BY %1");
    QVariantList bindings;
    const QString where = m_filter.sql(QStringLiteral("t"), m_actingAgent, &bindings);
    bindings << kPageSize << page * kPageSize;
    auto query = m_db.exec(sql.arg(orderBy(), where), bindings);
    if (!query)
        return query.error();
    Page rows;
    rows.reserve(kPageSize);
    while (query->next()) {
        Row row;
        row.id = query->value(0).toLongLong();
        row.title = query->value(1).toString();
        const QString first = query->value(2).toString();
        const QString last = query->value(3).toString();
        row.tenant = first.isEmpty() ? last : tr("%1, %2", "last name, first name").arg(last, first);
        row.unit = query->value(4).toString();
        row.status = query->value(5).toString();
        row.priority = query->value(6).toString();
        row.assignee = query->value(7).toString();
        row.dueDate = query->value(8).toDate();
        row.updatedAt = instantFromSql(query->value(9));
        rows.append(std::move(row));
    }
    return rows;
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != TicketIdRole && role != StatusKeyRole
        && role != PriorityKeyRole)
        return {};
    const Row *row = cachedRow(m_pages, index.row(), [this](int page) { return fetchPage(page); });
    if (!row)
        return {};
    if (role == TicketIdRole)
        return row->id;
    if (role == StatusKeyRole)
        return row->status;
    if (role == PriorityKeyRole)
        return row->priority;
    const QLocale locale;
    switch (index.column()) {
    case Number:
        return row->id;
    case Title:
        return row->title;
    case Tenant:
        return row->tenant;
    case Unit:
        return row->unit;
    case Status:
        return tickets::statusText(row->status);
    case Priority:
        return tickets::priorityText(row->priority);
    case Assignee:
        return row->assignee;
    case DueDate:
        return row->dueDate.isValid() ? locale.toString(row->dueDate, QLocale::ShortFormat) : QString();
    case Updated:
        return locale.toString(row->updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Title:
        return tr("Title");
    case Tenant:
        return tr("Tenant");
    case Unit:
        return tr("Unit");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case Assignee:
        return tr("Assignee");
    case DueDate:
        return tr("Due");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace tc
