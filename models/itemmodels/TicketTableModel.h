// TicketTableModel: the issue view's ticket list, read page by page from the database so that a
// million tickets open as fast as a hundred, narrowed by a TicketFilter and sorted in SQL.
#pragma once

#include "domain/Result.h"
#include "services/Tickets.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <algorithm>
#include <optional>

namespace tc {

class Database;

class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Title, Tenant, Unit, Status, Priority, Assignee, DueDate, Updated, ColumnCount };
    enum Roles { TicketIdRole = Qt::UserRole + 1, StatusKeyRole, PriorityKeyRole };

    // `actingAgent` answers the filter's "mine" (an actor who is no agent has no tickets of their own).
    explicit TicketTableModel(const Database &db, std::optional<qint64> actingAgent = std::nullopt,
                              QObject *parent = nullptr);

    // Counts the rows again and forgets what was read; call after tickets were created or changed.
    tc::Status reload();
    // Reads the rows again without counting them anew (after one ticket changed): the view keeps its place.
    void refresh();
    tc::Status setFilter(const TicketFilter &filter);
    const TicketFilter &filter() const { return m_filter; }
    // True when the filter has no index that counts its rows at once, so counting stopped at a cap:
    // there may be more rows than rowCount(), and fetchMore() counts on (views call it at the end).
    bool isCountCapped() const;
    // How many more rows a capped count reaches each time (2,000 unless changed, for tests).
    void setCountStep(int rows) { m_countStep = std::max(1, rows); }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting happens in SQL on indexed columns only: the number (newest first by default) and the
    // last change.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == Number || column == Updated; }

Q_SIGNALS:
    // A page could not be read: the rows show empty and nothing more is read until reload(). Emitted
    // once per failure, not once per cell.
    void loadFailed(const QString &message) const;

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QString tenant;
        QString unit;
        QString status;
        QString priority;
        QString assignee;
        QDate dueDate;
        QDateTime updatedAt;
    };
    using Page = QList<Row>;

    const Row *rowAt(int row) const;
    Result<Page> fetchPage(int page) const;
    QString orderBy() const;
    tc::Status count();
    tc::Status countRows();
    void forgetPages();

    const Database &m_db;
    std::optional<qint64> m_actingAgent;
    int m_rowCount = 0;
    TicketFilter m_filter;
    int m_countCap = 0; // 0: counted exactly
    int m_countStep = 2000;
    bool m_busy = false; // inside a reset or an insertion: count no further until it is over
    int m_sortColumn = Number;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recentPages; // most recent last; bounds the cache
    mutable bool m_failed = false;    // a page could not be read: no more queries until reload()
};

} // namespace tc
