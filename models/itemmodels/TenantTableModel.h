// TenantTableModel: every tenant of the office, one row each, read page by page from the database
// so that a million rows open as fast as a hundred, optionally narrowed by a filter done in SQL.
#pragma once

#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <algorithm>

namespace tc {

class Database;

// What the tenant table shows. The text is a name prefix (folded like NameFolding: "muller" finds
// "Müller"; "Meier, A" finds Meier with a first name starting with A), an ERP reference prefix or,
// when it holds an "@", an e-mail address prefix. Each is a range on an indexed column.
struct TenantFilter
{
    enum class Status { All, Imported, Invited, Registered, Alias };
    enum class Tenancy { All, Current, Former }; // current: a tenancy that has not ended (or lies ahead)

    QString text;
    Status status = Status::All;
    Tenancy tenancy = Tenancy::All;

    bool isEmpty() const { return text.trimmed().isEmpty() && status == Status::All && tenancy == Tenancy::All; }
    bool operator==(const TenantFilter &) const = default;
};

class TenantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Address, Tenancy, Email, Phone, Language, Status, ErpRef, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    explicit TenantTableModel(const Database &db, QObject *parent = nullptr);

    // Counts the rows again and forgets what was read; call after the data changed.
    tc::Status reload();
    // Reads the rows again without counting them anew (after one tenant was edited): the view keeps
    // its place.
    void refresh();
    // Narrows the rows to those matching the filter and counts them; the view starts at the top.
    tc::Status setFilter(const TenantFilter &filter);
    const TenantFilter &filter() const { return m_filter; }
    // Every listed tenant, whatever the filter, as counted by the last reload().
    int totalCount() const { return m_totalCount; }
    // True when a status or tenancy filter stopped counting at a cap: there are more rows than
    // rowCount(), and fetchMore() counts on (views call it when scrolled to the end).
    bool isCountCapped() const;
    // How many more rows a capped count reaches each time (2,000 unless changed, for tests).
    void setCountStep(int rows) { m_countStep = std::max(1, rows); }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
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
    // How the filter's text is matched, decided when counting: one index range or the union of two.
    enum class TextMatch { None, Name, Reference, Both, Email };
    // The filter as SQL conditions on the persons table (unaliased) and the values they bind.
    QString filterSql(QVariantList *bindings) const;
    tc::Status count();
    tc::Status countRows();

    const Database &m_db;
    QDate m_today;
    QDate m_fixedToday;
    int m_rowCount = 0;
    int m_totalCount = 0;
    TenantFilter m_filter;
    TextMatch m_textMatch = TextMatch::None;
    int m_countCap = 0; // 0: counted exactly
    int m_countStep = 2000;
    bool m_busy = false; // inside a reset or an insertion: count no further until it is over
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recentPages; // most recent last; bounds the cache
    mutable bool m_failed = false;    // a page could not be read: no more queries until reload()
};

} // namespace tc
