#include "itemmodels/MasterDataModel.h"

#include "domain/Address.h"
#include "storage/Database.h"

#include <QHash>
#include <QLocale>
#include <QScopeGuard>

#include <algorithm>

namespace tc {

namespace {

constexpr int kPageSize = 200;

QString personName(const QString &first, const QString &last)
{
    return first.isEmpty() ? last : MasterDataModel::tr("%1, %2", "last name, first name").arg(last, first);
}

// A LIKE pattern for "starts with `text`", with LIKE's own characters escaped by "!".
QString likePrefix(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 1);
    for (const QChar c : text) {
        if (c == u'!' || c == u'%' || c == u'_')
            escaped += u'!';
        escaped += c;
    }
    return escaped + u'%';
}

} // namespace

struct MasterDataModel::Node
{
    Kind kind = Kind::Property; // the root's kind means nothing
    qint64 id = 0;
    Node *parent = nullptr; // null: the root
    int row = 0;
    QString name;
    QString erpRef;
    QString address;
    QString details;
    TenancyState state = TenancyState::Current;
    QVariantList personIds;
    qint64 childTotal = 0; // children in the database (for the root: properties matching the filter)
    std::vector<std::unique_ptr<Node>> children;
    bool failed = false; // reading the children failed: read no more until reload()
};

MasterDataModel::MasterDataModel(const Database &db, QObject *parent)
    : QAbstractItemModel(parent), m_db(db), m_root(std::make_unique<Node>()), m_today(QDate::currentDate())
{
}

MasterDataModel::~MasterDataModel() = default;

void MasterDataModel::setToday(QDate today)
{
    m_fixedToday = today;
}

qint64 MasterDataModel::propertyCount() const
{
    return m_root->childTotal;
}

tc::Status MasterDataModel::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    return reload();
}

QString MasterDataModel::filterSql(QVariantList *bindings) const
{
    if (m_filter.isEmpty())
        return {};
    // lower() for PostgreSQL, whose LIKE minds case. SQLite's lower() and LIKE only fold ASCII letters, so
    // the text also goes as typed and with a capital first letter: "überbauung" finds "Überbauung".
    const QString lowered = likePrefix(m_filter.toLower());
    QString capitalized = m_filter;
    capitalized[0] = capitalized[0].toUpper();
    *bindings << lowered << likePrefix(m_filter) << likePrefix(capitalized) << lowered;
    return QStringLiteral(" AND (lower(p.name) LIKE ? ESCAPE '!' OR p.name LIKE ? ESCAPE '!' OR p.name LIKE ? ESCAPE '!' "
                          "OR lower(p.erp_ref) LIKE ? ESCAPE '!')");
}

tc::Status MasterDataModel::reload()
{
    // Nothing is fetched while the reset is announced: views and testers ask for more on modelReset.
    m_busy = true;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_today = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
    QVariantList bindings;
    const QString where = filterSql(&bindings);
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM properties p WHERE 1 = 1%1").arg(where), bindings);
    if (!count) {
        m_root->failed = true;
        endResetModel();
        m_busy = false;
        return count.error();
    }
    m_root->childTotal = count->toLongLong();
    endResetModel();
    m_busy = false;
    // The first page at once: the tree never opens empty.
    return fetch({}, false);
}

MasterDataModel::Node *MasterDataModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex MasterDataModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex MasterDataModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    Node *parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int MasterDataModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int MasterDataModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return ColumnCount;
}

bool MasterDataModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->children.empty() || (node->childTotal > 0 && !node->failed);
}

bool MasterDataModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return !m_busy && !node->failed && qint64(node->children.size()) < node->childTotal;
}

void MasterDataModel::fetchMore(const QModelIndex &parent)
{
    (void)fetch(parent, true);
}

tc::Status MasterDataModel::fetch(const QModelIndex &parent, bool signalFailure)
{
    if (!canFetchMore(parent))
        return {};
    // One insertion at a time: whoever listens to rowsInserted may ask for more of another node.
    m_busy = true;
    const auto done = qScopeGuard([this] { m_busy = false; });
    Node *node = nodeOf(parent);
    auto page = readChildren(*node);
    if (!page) {
        node->failed = true;
        if (signalFailure)
            Q_EMIT loadFailed(page.error().message);
        return page.error();
    }
    const qint64 wanted = std::min<qint64>(kPageSize, node->childTotal - qint64(node->children.size()));
    if (qint64(page->size()) < wanted) // rows went away since they were counted: stop after these
        node->childTotal = qint64(node->children.size() + page->size());
    if (page->empty())
        return {};
    const int first = int(node->children.size());
    beginInsertRows(parent, first, first + int(page->size()) - 1);
    int row = first;
    for (auto &child : *page) {
        child->parent = node;
        child->row = row++;
        node->children.push_back(std::move(child));
    }
    endInsertRows();
    return {};
}

Result<MasterDataModel::Page> MasterDataModel::readChildren(const Node &parent) const
{
    if (!parent.parent)
        return readProperties(parent);
    switch (parent.kind) {
    case Kind::Property:
        return readBuildings(parent);
    case Kind::Building:
        return readUnits(parent);
    case Kind::Unit:
        return readTenancies(parent);
    case Kind::Tenancy:
        break;
    }
    return Page{};
}

Result<MasterDataModel::Page> MasterDataModel::readProperties(const Node &root) const
{
    QVariantList bindings;
    QString where = filterSql(&bindings);
    // Keyset paging: after the last property read, by (name, id), so a deep page costs what the first does.
    if (!root.children.empty()) {
        const Node &last = *root.children.back();
        where += QStringLiteral(" AND (p.name > ? OR (p.name = ? AND p.id > ?))");
        bindings << last.name << last.name << last.id;
    }
    bindings << kPageSize;
    auto query = m_db.exec(
        QStringLiteral("SELECT p.id, p.name, p.erp_ref, "
                       "  (SELECT count(*) FROM buildings b WHERE b.property_id = p.id), "
                       "  (SELECT count(*) FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.property_id = p.id), "
                       "  (SELECT b.postal_code || ' ' || b.city FROM buildings b WHERE b.property_id = p.id "
                       "   ORDER BY b.id LIMIT 1) "
                       "FROM properties p WHERE 1 = 1%1 ORDER BY p.name, p.id LIMIT ?")
            .arg(where),
        bindings);
    if (!query)
        return query.error();
    Page page;
    while (query->next()) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Property;
        node->id = query->value(0).toLongLong();
        node->name = query->value(1).toString();
        node->erpRef = query->value(2).toString();
        node->childTotal = query->value(3).toLongLong();
        node->details = tr("Buildings: %1, units: %2")
                            .arg(QLocale().toString(node->childTotal), QLocale().toString(query->value(4).toLongLong()));
        node->address = query->value(5).toString().trimmed();
        page.push_back(std::move(node));
    }
    return page;
}

Result<MasterDataModel::Page> MasterDataModel::readBuildings(const Node &property) const
{
    auto query = m_db.exec(QStringLiteral("SELECT b.id, b.name, b.erp_ref, b.street, b.house_number, b.postal_code, b.city, "
                                          "  (SELECT count(*) FROM units u WHERE u.building_id = b.id) "
                                          "FROM buildings b WHERE b.property_id = ? ORDER BY b.name, b.id LIMIT ? OFFSET ?"),
                           {property.id, kPageSize, qint64(property.children.size())});
    if (!query)
        return query.error();
    Page page;
    while (query->next()) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Building;
        node->id = query->value(0).toLongLong();
        node->name = query->value(1).toString();
        node->erpRef = query->value(2).toString();
        node->address = formatAddress(query->value(3).toString(), query->value(4).toString(),
                                      query->value(5).toString(), query->value(6).toString());
        node->childTotal = query->value(7).toLongLong();
        node->details = tr("Units: %1").arg(QLocale().toString(node->childTotal));
        page.push_back(std::move(node));
    }
    return page;
}

Result<MasterDataModel::Page> MasterDataModel::readUnits(const Node &building) const
{
    // Units by ERP reference (those without one last, on both databases), then label.
    auto query = m_db.exec(QStringLiteral("SELECT u.id, u.label, u.erp_ref, (SELECT count(*) FROM tenancies t WHERE t.unit_id = u.id) "
                                          "FROM units u WHERE u.building_id = ? "
                                          "ORDER BY CASE WHEN u.erp_ref IS NULL THEN 1 ELSE 0 END, u.erp_ref, u.label, u.id "
                                          "LIMIT ? OFFSET ?"),
                           {building.id, kPageSize, qint64(building.children.size())});
    if (!query)
        return query.error();
    Page page;
    QHash<qint64, Node *> byId;
    while (query->next()) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Unit;
        node->id = query->value(0).toLongLong();
        node->name = query->value(1).toString();
        node->erpRef = query->value(2).toString();
        node->childTotal = query->value(3).toLongLong();
        byId.insert(node->id, node.get());
        page.push_back(std::move(node));
    }
    query->finish();
    // Who lives there today, for the units of this page: one query for the whole building.
    auto tenants = m_db.exec(QStringLiteral("SELECT t.unit_id, p.first_name, p.last_name FROM units u "
                                            "JOIN tenancies t ON t.unit_id = u.id "
                                            "JOIN tenancy_persons tp ON tp.tenancy_id = t.id "
                                            "JOIN persons p ON p.id = tp.person_id "
                                            "WHERE u.building_id = ? AND t.start_date <= ? "
                                            "AND (t.end_date IS NULL OR t.end_date >= ?) "
                                            "ORDER BY t.unit_id, p.sort_name, p.id"),
                             {building.id, m_today, m_today});
    if (!tenants)
        return tenants.error();
    QHash<qint64, QStringList> names;
    while (tenants->next()) {
        const qint64 unit = tenants->value(0).toLongLong();
        if (byId.contains(unit))
            names[unit] << personName(tenants->value(1).toString(), tenants->value(2).toString());
    }
    for (auto &node : page) {
        const QStringList current = names.value(node->id);
        node->details = current.isEmpty() ? tr("vacant") : current.join(QStringLiteral("; "));
    }
    return page;
}

QString MasterDataModel::tenancyDetails(QDate start, QDate end) const
{
    const QLocale locale;
    const auto date = [&locale](QDate d) { return locale.toString(d, QLocale::ShortFormat); };
    switch (tenancyState(start, end, m_today)) {
    case TenancyState::Future:
        return tr("moving in %1").arg(date(start));
    case TenancyState::Former:
        return tr("former, %1 – %2").arg(date(start), date(end));
    case TenancyState::Current:
        break;
    }
    if (end.isValid())
        return tr("current, moving out %1").arg(date(end));
    return tr("current, since %1").arg(date(start));
}

Result<MasterDataModel::Page> MasterDataModel::readTenancies(const Node &unit) const
{
    auto query = m_db.exec(QStringLiteral("SELECT t.id, t.erp_ref, t.start_date, t.end_date FROM tenancies t "
                                          "WHERE t.unit_id = ? ORDER BY t.start_date DESC, t.id DESC LIMIT ? OFFSET ?"),
                           {unit.id, kPageSize, qint64(unit.children.size())});
    if (!query)
        return query.error();
    Page page;
    QHash<qint64, Node *> byId;
    while (query->next()) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Tenancy;
        node->id = query->value(0).toLongLong();
        node->erpRef = query->value(1).toString();
        const QDate start = query->value(2).toDate();
        const QDate end = query->value(3).toDate();
        node->state = tenancyState(start, end, m_today);
        node->details = tenancyDetails(start, end);
        byId.insert(node->id, node.get());
        page.push_back(std::move(node));
    }
    query->finish();
    auto persons = m_db.exec(QStringLiteral("SELECT tp.tenancy_id, p.id, p.first_name, p.last_name FROM tenancies t "
                                            "JOIN tenancy_persons tp ON tp.tenancy_id = t.id "
                                            "JOIN persons p ON p.id = tp.person_id "
                                            "WHERE t.unit_id = ? ORDER BY tp.tenancy_id, p.sort_name, p.id"),
                             {unit.id});
    if (!persons)
        return persons.error();
    QHash<qint64, QStringList> names;
    while (persons->next()) {
        Node *node = byId.value(persons->value(0).toLongLong());
        if (!node)
            continue;
        node->personIds << persons->value(1).toLongLong();
        names[node->id] << personName(persons->value(2).toString(), persons->value(3).toString());
    }
    for (auto &node : page) {
        const QStringList tenants = names.value(node->id);
        node->name = tenants.isEmpty() ? tr("(no tenant)") : tenants.join(QStringLiteral("; "));
    }
    return page;
}

QVariant MasterDataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return node->name;
        case ErpRef:
            return node->erpRef;
        case Address:
            return node->address;
        case Details:
            return node->details;
        default:
            return {};
        }
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case TenancyStateRole:
        return node->kind == Kind::Tenancy ? QVariant(int(node->state)) : QVariant();
    case PersonIdsRole:
        return node->kind == Kind::Tenancy ? QVariant(node->personIds) : QVariant();
    default:
        return {};
    }
}

QVariant MasterDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Property, building, unit, tenants");
    case ErpRef:
        return tr("ERP reference");
    case Address:
        return tr("Address");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

Qt::ItemFlags MasterDataModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == Kind::Tenancy)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace tc
