#include "itemmodels/PagedTableModel.h"

#include <QScopeGuard>

namespace tc {

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

void PagedTableModel::refresh()
{
    forgetPages();
    m_failed = false;
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
}

tc::Status PagedTableModel::catchUp()
{
    if (m_busy)
        return {};
    m_busy = true;
    const auto done = qScopeGuard([this] { m_busy = false; });
    const QModelIndexList held = persistentIndexList();
    QList<std::optional<qint64>> heldIds;
    heldIds.reserve(held.size());
    for (const QModelIndex &index : held)
        heldIds << cachedId(index.row());
    const QList<int> pages = cachedPages();
    auto counted = countRows(m_countCap);
    if (!counted) {
        failed(counted.error().message);
        return counted.error();
    }
    const int before = m_rowCount;
    const int after = *counted;
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rowCount = after;
        forgetPages();
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    forgetPages();
    m_failed = false;
    QHash<qint64, int> rowOfId;
    for (int page : pages) {
        if (page * kPageSize >= after)
            continue;
        readPage(page);
        for (int row = page * kPageSize; row < std::min(after, (page + 1) * kPageSize); ++row) {
            if (const auto id = cachedId(row))
                rowOfId.insert(*id, row);
        }
    }
    QModelIndexList moved;
    moved.reserve(held.size());
    for (qsizetype i = 0; i < held.size(); ++i) {
        const int row = heldIds.at(i) ? rowOfId.value(*heldIds.at(i), -1) : -1;
        moved << (row >= 0 ? index(row, held.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(held, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rowCount = after;
        endRemoveRows();
    }
    return {};
}

tc::Status PagedTableModel::resetAndCount(const std::function<Result<bool>()> &change)
{
    m_busy = true; // views and testers ask for more on modelReset: not before it is over
    const auto done = qScopeGuard([this] { m_busy = false; });
    beginResetModel();
    forgetPages();
    m_failed = false;
    tc::Status counted;
    if (auto capped = change(); !capped) {
        m_rowCount = 0;
        counted = capped.error();
    } else {
        m_countCap = *capped ? m_countStep : 0;
        counted = count();
    }
    endResetModel();
    return counted;
}

void PagedTableModel::resetKeepingCount(const std::function<void()> &change)
{
    m_busy = true;
    const auto done = qScopeGuard([this] { m_busy = false; });
    beginResetModel();
    change();
    forgetPages();
    m_failed = false;
    endResetModel();
}

tc::Status PagedTableModel::count()
{
    auto counted = countRows(m_countCap);
    m_rowCount = counted ? *counted : 0;
    if (!counted)
        return counted.error();
    return {};
}

bool PagedTableModel::isCountCapped() const
{
    return m_countCap > 0 && m_rowCount >= m_countCap;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && !m_failed && isCountCapped();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_busy = true;
    const auto done = qScopeGuard([this] { m_busy = false; });
    const int before = m_rowCount;
    m_countCap += m_countStep;
    auto counted = countRows(m_countCap);
    if (!counted) {
        failed(counted.error().message);
        return;
    }
    if (*counted <= before)
        return;
    beginInsertRows({}, before, *counted - 1);
    m_rowCount = *counted;
    endInsertRows();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (!sortsBy(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    resetKeepingCount([&] {
        m_sortColumn = column;
        m_sortOrder = order;
    });
}

void PagedTableModel::failed(const QString &message) const
{
    m_failed = true;
    Q_EMIT loadFailed(message);
}

} // namespace tc
