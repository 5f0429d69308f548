#include "itemmodels/TenantTableModel.h"

#include "storage/Database.h"

#include <QLocale>

namespace tc {

namespace {
constexpr int kPageSize = 200;
constexpr int kMaxCachedPages = 64;
} // namespace

TenantTableModel::TenantTableModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_today(QDate::currentDate())
{
}

void TenantTableModel::setToday(QDate today)
{
    beginResetModel();
    m_fixedToday = today;
    m_today = today;
    m_pages.clear();
    m_recentPages.clear();
    endResetModel();
}

tc::Status TenantTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_failed = false;
    m_today = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE retired_at IS NULL"));
    m_rowCount = count ? int(count->toLongLong()) : 0;
    endResetModel();
    if (!count)
        return count.error();
    return {};
}

int TenantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TenantTableModel::orderBy(const QString &alias) const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString p = alias.isEmpty() ? QString() : alias + u'.';
    if (m_sortColumn == ErpRef)
        return QStringLiteral("%1erp_ref %2, %1id %2").arg(p, direction);
    return QStringLiteral("%1sort_name %2, %1id %2").arg(p, direction);
}

Result<TenantTableModel::Page> TenantTableModel::fetchPage(int page) const
{
    // The person's first tenancy that has not ended gives the unit and address; for former tenants
    // the last one they had.
    const QString sql = QStringLiteral(
        "SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.language, p.status, p.is_alias, p.erp_ref, "
        "       u.label, b.street, b.house_number, b.postal_code, b.city, t.start_date, t.end_date "
        "FROM (SELECT * FROM persons WHERE retired_at IS NULL ORDER BY %1 LIMIT ? OFFSET ?) p "
        "LEFT JOIN tenancies t ON t.id = ("
        "    SELECT tp.tenancy_id FROM tenancy_persons tp JOIN tenancies t2 ON t2.id = tp.tenancy_id "
        "    WHERE tp.person_id = p.id "
        "    ORDER BY CASE WHEN t2.end_date IS NULL OR t2.end_date >= ? THEN 0 ELSE 1 END, "
        "             CASE WHEN t2.end_date IS NULL OR t2.end_date >= ? THEN t2.start_date END, "
        "             t2.end_date DESC, t2.id "
        "    LIMIT 1) "
        "LEFT JOIN units u ON u.id = t.unit_id "
        "LEFT JOIN buildings b ON b.id = u.building_id "
        "ORDER BY %2")
                            .arg(orderBy(QString()), orderBy(QStringLiteral("p")));
    auto query = m_db.exec(sql, {kPageSize, page * kPageSize, m_today, m_today});
    if (!query)
        return query.error();
    const QLocale locale;
    Page rows;
    rows.reserve(kPageSize);
    while (query->next()) {
        Row row;
        row.id = query->value(0).toLongLong();
        const QString first = query->value(1).toString();
        const QString last = query->value(2).toString();
        row.name = first.isEmpty() ? last : tr("%1, %2", "last name, first name").arg(last, first);
        row.email = query->value(3).toString();
        row.phone = query->value(4).toString();
        row.language = query->value(5).toString();
        const QString status = query->value(6).toString();
        if (query->value(7).toBool())
            row.status = tr("alias");
        else if (status == u"invited")
            row.status = tr("invited");
        else if (status == u"registered")
            row.status = tr("registered");
        else
            row.status = tr("imported");
        row.erpRef = query->value(8).toString();
        row.unit = query->value(9).toString();
        if (!query->value(13).isNull()) {
            const QString street = (query->value(10).toString() + u' ' + query->value(11).toString()).trimmed();
            row.address = tr("%1, %2 %3", "street, postal code city")
                              .arg(street, query->value(12).toString(), query->value(13).toString());
        }
        const QDate start = query->value(14).toDate();
        const QDate end = query->value(15).toDate();
        if (start.isValid()) {
            if (start > m_today)
                row.tenancy = tr("moving in %1").arg(locale.toString(start, QLocale::ShortFormat));
            else if (end.isValid() && end < m_today)
                row.tenancy = tr("moved out %1").arg(locale.toString(end, QLocale::ShortFormat));
            else if (end.isValid())
                row.tenancy = tr("moving out %1").arg(locale.toString(end, QLocale::ShortFormat));
            else
                row.tenancy = tr("current");
        }
        rows.append(std::move(row));
    }
    return rows;
}

const TenantTableModel::Row *TenantTableModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_failed)
            return nullptr;
        auto fetched = fetchPage(page);
        if (!fetched) {
            m_failed = true;
            Q_EMIT loadFailed(fetched.error().message);
            return nullptr;
        }
        if (m_recentPages.size() >= kMaxCachedPages)
            m_pages.remove(m_recentPages.takeFirst());
        it = m_pages.emplace(page, std::move(*fetched));
        m_recentPages.append(page);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != PersonIdRole)
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == PersonIdRole)
        return row->id;
    switch (index.column()) {
    case Name:
        return row->name;
    case Unit:
        return row->unit;
    case Address:
        return row->address;
    case Tenancy:
        return row->tenancy;
    case Email:
        return row->email;
    case Phone:
        return row->phone;
    case Language:
        return row->language;
    case Status:
        return row->status;
    case ErpRef:
        return row->erpRef;
    default:
        return {};
    }
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Address:
        return tr("Address");
    case Tenancy:
        return tr("Tenancy");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Language:
        return tr("Language");
    case Status:
        return tr("Status");
    case ErpRef:
        return tr("ERP reference");
    default:
        return {};
    }
}

void TenantTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_recentPages.clear();
    m_failed = false;
    endResetModel();
}

} // namespace tc
