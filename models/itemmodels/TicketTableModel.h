// TicketTableModel: the issue view's ticket list, read page by page from the database so that a
// million tickets open as fast as a hundred, narrowed by a TicketFilter and sorted in SQL.
#pragma once

#include "itemmodels/PagedTableModel.h"
#include "services/Tickets.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace tc {

class Database;

class TicketTableModel : public PagedTableModel
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
    tc::Status setFilter(const TicketFilter &filter);
    const TicketFilter &filter() const { return m_filter; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The columns with an index, which sort() orders by in SQL: the number (newest first by default) and the last change.
    static bool isSortable(int column) { return column == Number || column == Updated; }

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

    bool sortsBy(int column) const override { return isSortable(column); }
    Result<int> countRows(int cap) const override;
    void forgetPages() override { m_pages.clear(); }
    std::optional<qint64> cachedId(int row) const override
    {
        const Row *r = peekRow(m_pages, row);
        return r ? std::optional<qint64>(r->id) : std::nullopt;
    }
    QList<int> cachedPages() const override { return pagesIn(m_pages); }
    void readPage(int page) const override
    {
        (void)cachedRow(m_pages, page * kPageSize, [this](int p) { return fetchPage(p); });
    }
    Result<Page> fetchPage(int page) const;
    QString orderBy() const;

    const Database &m_db;
    std::optional<qint64> m_actingAgent;
    TicketFilter m_filter;
    mutable PageCache<Row> m_pages;
};

} // namespace tc
