#include "itemmodels/PinboardModels.h"

#include "itemmodels/MasterDataModel.h"

#include <QLocale>

namespace tc {

PinboardPostsModel::PinboardPostsModel(QObject *parent) : QAbstractTableModel(parent) {}

tc::Status PinboardPostsModel::reload(const Pinboard &pinboard, std::optional<qint64> propertyId)
{
    auto posts = pinboard.list(propertyId);
    beginResetModel();
    if (posts)
        m_posts = std::move(*posts);
    else
        m_posts.clear();
    endResetModel();
    if (!posts)
        return posts.error();
    return {};
}

const PinboardPost *PinboardPostsModel::post(int row) const
{
    return row >= 0 && row < m_posts.size() ? &m_posts.at(row) : nullptr;
}

int PinboardPostsModel::rowOf(qint64 postId) const
{
    for (int row = 0; row < m_posts.size(); ++row) {
        if (m_posts.at(row).id == postId)
            return row;
    }
    return -1;
}

int PinboardPostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int PinboardPostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PinboardPostsModel::when(const QDateTime &at)
{
    // The date as the locale writes it, the time to the minute (some locales' short format has seconds).
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + local.time().toString(QStringLiteral("HH:mm"));
}

QString PinboardPostsModel::mailsText(const PinboardMailCounts &mails)
{
    if (mails.total() == 0)
        return {};
    return tr("%L1 sent, %L2 failed, %L3 waiting").arg(mails.sent).arg(mails.failed).arg(mails.waiting);
}

QVariant PinboardPostsModel::data(const QModelIndex &index, int role) const
{
    const PinboardPost *p = index.isValid() ? post(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == PostIdRole)
        return p->id;
    if (role == ImportantRole)
        return p->important;
    if (role == Qt::ToolTipRole && index.column() == Audience)
        return p->audienceNames.join(u'\n');
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Title:
        return p->important ? tr("Important: %1").arg(p->title) : p->title;
    case Audience:
        return p->audienceNames.join(QStringLiteral(", "));
    case Author:
        return p->author;
    case Published:
        return when(p->publishedAt);
    case Mails:
        return mailsText(p->mails);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PinboardPostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Title");
    case Audience:
        return tr("For");
    case Author:
        return tr("Written by");
    case Published:
        return tr("Published");
    case Mails:
        return tr("E-mails");
    case ColumnCount:
        break;
    }
    return {};
}

AudienceChoiceModel::AudienceChoiceModel(MasterDataModel *tree, QObject *parent) : QIdentityProxyModel(parent)
{
    setSourceModel(tree);
}

PinboardAudience AudienceChoiceModel::audience() const
{
    PinboardAudience audience;
    audience.propertyIds = QList<qint64>(m_properties.cbegin(), m_properties.cend());
    for (auto it = m_buildings.cbegin(); it != m_buildings.cend(); ++it) {
        if (!m_properties.contains(it.value()))
            audience.buildingIds << it.key();
    }
    std::sort(audience.propertyIds.begin(), audience.propertyIds.end());
    std::sort(audience.buildingIds.begin(), audience.buildingIds.end());
    return audience;
}

void AudienceChoiceModel::setAudience(const PinboardAudience &audience, const QHash<qint64, qint64> &buildingProperties)
{
    m_properties = QSet<qint64>(audience.propertyIds.cbegin(), audience.propertyIds.cend());
    m_buildings.clear();
    for (qint64 id : audience.buildingIds)
        m_buildings.insert(id, buildingProperties.value(id));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    Q_EMIT audienceChanged();
}

bool AudienceChoiceModel::isBuilding(const QModelIndex &index) const
{
    return index.isValid() && MasterDataModel::kind(index) == MasterDataModel::Kind::Building;
}

int AudienceChoiceModel::rowCount(const QModelIndex &parent) const
{
    return isBuilding(parent) ? 0 : QIdentityProxyModel::rowCount(parent);
}

int AudienceChoiceModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1; // the name
}

bool AudienceChoiceModel::hasChildren(const QModelIndex &parent) const
{
    return !isBuilding(parent) && QIdentityProxyModel::hasChildren(parent);
}

bool AudienceChoiceModel::canFetchMore(const QModelIndex &parent) const
{
    return !isBuilding(parent) && QIdentityProxyModel::canFetchMore(parent);
}

Qt::ItemFlags AudienceChoiceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QIdentityProxyModel::flags(index);
    if (!index.isValid())
        return f;
    return f | Qt::ItemIsUserCheckable;
}

QVariant AudienceChoiceModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::CheckStateRole)
        return QIdentityProxyModel::data(index, role);
    if (!index.isValid() || index.column() != 0)
        return {};
    const qint64 id = MasterDataModel::id(index);
    if (isBuilding(index)) {
        if (m_properties.contains(MasterDataModel::id(index.parent())))
            return Qt::Checked;
        return m_buildings.contains(id) ? Qt::Checked : Qt::Unchecked;
    }
    if (m_properties.contains(id))
        return Qt::Checked;
    // Some of its buildings only.
    for (auto it = m_buildings.cbegin(); it != m_buildings.cend(); ++it) {
        if (it.value() == id)
            return Qt::PartiallyChecked;
    }
    return Qt::Unchecked;
}

bool AudienceChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid())
        return QIdentityProxyModel::setData(index, value, role);
    const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
    const qint64 id = MasterDataModel::id(index);
    if (isBuilding(index)) {
        const qint64 property = MasterDataModel::id(index.parent());
        if (m_properties.contains(property)) {
            if (checked)
                return false;
            // Unticking one building of a ticked property: the property's other buildings stay.
            m_properties.remove(property);
            const QModelIndex parent = index.parent();
            for (int row = 0; row < rowCount(parent); ++row) {
                const QModelIndex sibling = this->index(row, 0, parent);
                if (sibling != index)
                    m_buildings.insert(MasterDataModel::id(sibling), property);
            }
            Q_EMIT dataChanged(parent, parent, {Qt::CheckStateRole});
            if (rowCount(parent) > 0)
                Q_EMIT dataChanged(this->index(0, 0, parent), this->index(rowCount(parent) - 1, 0, parent), {Qt::CheckStateRole});
        } else if (checked) {
            m_buildings.insert(id, property);
        } else {
            m_buildings.remove(id);
        }
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT dataChanged(index.parent(), index.parent(), {Qt::CheckStateRole});
    } else {
        if (checked) {
            m_properties.insert(id);
            // Its buildings chosen one by one are now in it.
            for (auto it = m_buildings.begin(); it != m_buildings.end();) {
                if (it.value() == id)
                    it = m_buildings.erase(it);
                else
                    ++it;
            }
        } else {
            m_properties.remove(id);
        }
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        if (rowCount(index) > 0)
            Q_EMIT dataChanged(this->index(0, 0, index), this->index(rowCount(index) - 1, 0, index), {Qt::CheckStateRole});
    }
    Q_EMIT audienceChanged();
    return true;
}

} // namespace tc
