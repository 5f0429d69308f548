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
