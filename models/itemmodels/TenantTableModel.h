// TenantTableModel: every tenant of the office, one row each, read page by page from the database
// so that a million rows open as fast as a hundred.
#pragma once

#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace tc {

class Database;

class TenantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Address, Tenancy, Email, Phone, Language, Status, ErpRef, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    explicit TenantTableModel(const Database &db, QObject *parent = nullptr);

    // Counts the rows again and forgets what was read; call after the data changed.
    tc::Status reload();
    // The date "current", "moving in" and "moved out" are judged against; by default the day of
    // the last reload().
    void setToday(QDate today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting happens in SQL, on indexed columns only: Name and ERP reference.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == Name || column == ErpRef; }

Q_SIGNALS:
    // A page could not be read (the connection dropped, say): the rows show empty and nothing more
    // is read until reload(). Emitted once per failure, not once per cell.
    void loadFailed(const QString &message) const;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString unit;
        QString address;
        QString tenancy;
        QString email;
        QString phone;
        QString language;
        QString status;
        QString erpRef;
    };
    using Page = QList<Row>;

    const Row *rowAt(int row) const;
    Result<Page> fetchPage(int page) const;
    QString orderBy(const QString &alias) const;

    const Database &m_db;
    QDate m_today;
    QDate m_fixedToday;
    int m_rowCount = 0;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recentPages; // most recent last; bounds the cache
    mutable bool m_failed = false;    // a page could not be read: no more queries until reload()
};

} // namespace tc
