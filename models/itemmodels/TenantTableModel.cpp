#include "itemmodels/TenantTableModel.h"

#include "domain/NameFolding.h"
#include "domain/SearchKeys.h"
#include "services/Tenants.h"
#include "storage/Database.h"

#include <QLocale>

namespace tc {

namespace {
// The sort_name prefix a user's text stands for: "Müller" -> "muller", "Meier, A" -> "meier" U+001F "a".
QString sortNamePrefix(const QString &text)
{
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return foldName(text);
    const QString last = foldName(text.left(comma));
    if (last.isEmpty())
        return {};
    return nameSortKey(last, text.mid(comma + 1));
}
} // namespace

TenantTableModel::TenantTableModel(const Database &db, QObject *parent)
    : PagedTableModel(Name, Qt::AscendingOrder, parent), m_db(db), m_today(QDate::currentDate())
{
}

void TenantTableModel::setToday(QDate today)
{
    resetKeepingCount([&] {
        m_fixedToday = today;
        m_today = today;
    });
}

tc::Status TenantTableModel::reload()
{
    tc::Status counted = resetAndCount([this] {
        m_today = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
        return matchText();
    });
    if (counted && !m_filter.isEmpty()) {
        auto total = m_db.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE retired_at IS NULL"));
        if (!total)
            return total.error();
        m_totalCount = int(total->toLongLong());
    } else {
        m_totalCount = rowCount();
    }
    return counted;
}

tc::Status TenantTableModel::setFilter(const TenantFilter &filter)
{
    return resetAndCount([this, &filter] {
        m_filter = filter;
        return matchText();
    });
}

Result<bool> TenantTableModel::matchText()
{
    m_textMatch = TextMatch::None;
    const QString text = m_filter.text.trimmed();
    if (text.contains(u'@')) {
        m_textMatch = TextMatch::Email;
    } else if (!text.isEmpty()) {
        // Which of the two ranges holds anything decides the query: one range is one index scan in
        // the order shown; both need their union sorted, which only happens when a text starts both
        // names and references.
        const QString name = sortNamePrefix(text);
        qint64 names = 0;
        if (!name.isEmpty()) {
            auto counted = m_db.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE retired_at IS NULL "
                                                      "AND sort_name >= ? AND sort_name < ?"),
                                       {name, searchkeys::prefixEnd(name)});
            if (!counted)
                return counted.error();
            names = counted->toLongLong();
        }
        auto refs = m_db.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE retired_at IS NULL "
                                               "AND erp_ref >= ? AND erp_ref < ?"),
                                {text, searchkeys::prefixEnd(text)});
        if (!refs)
            return refs.error();
        if (names > 0 && refs->toLongLong() > 0)
            m_textMatch = TextMatch::Both;
        else if (names > 0)
            m_textMatch = TextMatch::Name;
        else
            m_textMatch = TextMatch::Reference; // (also when nothing matches: an empty range)
    }
    // Status and tenancy are no index ranges: counting every match among a million tenants would take
    // seconds, so their count stops at a cap and grows as the view scrolls (canFetchMore()).
    return m_filter.status != TenantFilter::Status::All || m_filter.tenancy != TenantFilter::Tenancy::All;
}

Result<int> TenantTableModel::countRows(int cap) const
{
    QVariantList bindings;
    const QString where = filterSql(&bindings);
    QString sql = QStringLiteral("SELECT count(*) FROM persons WHERE retired_at IS NULL%1").arg(where);
    if (cap > 0) {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM persons WHERE retired_at IS NULL%1 LIMIT ?) capped")
                  .arg(where);
        bindings << cap;
    }
    auto counted = m_db.scalar(sql, bindings);
    if (!counted)
        return counted.error();
    return int(counted->toLongLong());
}

QString TenantTableModel::filterSql(QVariantList *bindings) const
{
    QString sql;
    const QString text = m_filter.text.trimmed();
    const QString name = sortNamePrefix(text);
    switch (m_textMatch) {
    case TextMatch::None:
        break;
    case TextMatch::Email:
        // A whole address, in any case: the lower(email) index answers it on both databases.
        sql += QStringLiteral(" AND lower(email) = ?");
        *bindings << text.toLower();
        break;
    case TextMatch::Name:
        sql += QStringLiteral(" AND sort_name >= ? AND sort_name < ?");
        *bindings << name << searchkeys::prefixEnd(name);
        break;
    case TextMatch::Reference:
        sql += QStringLiteral(" AND erp_ref >= ? AND erp_ref < ?");
        *bindings << text << searchkeys::prefixEnd(text);
        break;
    case TextMatch::Both:
        sql += QStringLiteral(" AND id IN (SELECT id FROM persons WHERE retired_at IS NULL AND sort_name >= ? AND sort_name < ? "
                              "UNION ALL SELECT id FROM persons WHERE retired_at IS NULL AND erp_ref >= ? AND erp_ref < ?)");
        *bindings << name << searchkeys::prefixEnd(name) << text << searchkeys::prefixEnd(text);
        break;
    }
    // The status index only helps for the few invited or registered people and no text: for most people
    // ("imported"), or within a text's range, it would hand over rows SQLite then sorts by the
    // thousand. "(status || '')" is the same value without the index.
    // The index holds only people who are not "imported"; naming that condition lets both databases use it.
    const QString status = m_textMatch == TextMatch::None ? QStringLiteral("status <> 'imported' AND status")
                                                          : QStringLiteral("(status || '')");
    switch (m_filter.status) {
    case TenantFilter::Status::All:
        break;
    case TenantFilter::Status::Imported:
        sql += QStringLiteral(" AND (status || '') = 'imported' AND NOT is_alias");
        break;
    case TenantFilter::Status::Invited:
        sql += QStringLiteral(" AND %1 = 'invited'").arg(status);
        break;
    case TenantFilter::Status::Registered:
        sql += QStringLiteral(" AND %1 = 'registered'").arg(status);
        break;
    case TenantFilter::Status::Alias:
        // An alias the import made shows as invited once invited (it has an address then).
        sql += QStringLiteral(" AND is_alias AND (status || '') = 'imported'");
        break;
    }
    // Current: a tenancy that has not ended (one that lies ahead counts too). Former: tenancies, all ended.
    const QString open = QStringLiteral("EXISTS (SELECT 1 FROM tenancy_persons ftp JOIN tenancies ft ON ft.id = ftp.tenancy_id "
                                        "WHERE ftp.person_id = persons.id AND (ft.end_date IS NULL OR ft.end_date >= ?))");
    switch (m_filter.tenancy) {
    case TenantFilter::Tenancy::All:
        break;
    case TenantFilter::Tenancy::Current:
        sql += QStringLiteral(" AND ") + open;
        *bindings << m_today;
        break;
    case TenantFilter::Tenancy::Former:
        sql += QStringLiteral(" AND NOT ") + open
            + QStringLiteral(" AND EXISTS (SELECT 1 FROM tenancy_persons fap WHERE fap.person_id = persons.id)");
        *bindings << m_today;
        break;
    }
    return sql;
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TenantTableModel::orderBy(const QString &alias) const
{
    const QString direction = sortOrder() == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString p = alias.isEmpty() ? QString() : alias + u'.';
    if (sortColumn() == ErpRef)
        return QStringLiteral("%1erp_ref %2, %1id %2").arg(p, direction);
    return QStringLiteral("%1sort_name %2, %1id %2").arg(p, direction);
}

Result<TenantTableModel::Page> TenantTableModel::fetchPage(int page) const
{
    // The person's first tenancy that has not ended gives the unit and address; for former tenants
    // the last one they had.
    const QString sql = QStringLiteral(
        "SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.language, p.status, p.is_alias, p.erp_ref, "
        "       u.label, b.street, b.house_number, b.postal_code, b.city, COALESCE(t.start_date, p.alias_move_in), t.end_date "
        "FROM (SELECT * FROM persons WHERE retired_at IS NULL%3 ORDER BY %1 LIMIT ? OFFSET ?) p %4"
        "ORDER BY %2");
    QVariantList bindings;
    const QString where = filterSql(&bindings);
    bindings << kPageSize << page * kPageSize << m_today << m_today;
    auto query = m_db.exec(sql.arg(orderBy(QString()), orderBy(QStringLiteral("p")), where, shownTenancyJoins()), bindings);
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
        if (query->value(7).toBool() && status == u"imported")
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

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != PersonIdRole)
        return {};
    const Row *row = cachedRow(m_pages, index.row(), [this](int page) { return fetchPage(page); });
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

} // namespace tc
