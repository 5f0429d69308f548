// TenantTableModel: every tenant of the office, one row each, read page by page from the database
// so that a million rows open as fast as a hundred, optionally narrowed by a filter done in SQL.
#pragma once

#include "itemmodels/PagedTableModel.h"

#include <QDate>

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

class TenantTableModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Address, Tenancy, Email, Phone, Language, Status, ErpRef, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    explicit TenantTableModel(const Database &db, QObject *parent = nullptr);

    // Counts the rows again and forgets what was read; call after the data changed.
    tc::Status reload();
    // Narrows the rows to those matching the filter and counts them (a status or tenancy filter up to
    // a cap: isCountCapped()); the view starts at the top.
    tc::Status setFilter(const TenantFilter &filter);
    const TenantFilter &filter() const { return m_filter; }
    // Every listed tenant, whatever the filter, as counted by the last reload().
    int totalCount() const { return m_totalCount; }
    // The date "current", "moving in" and "moved out" are judged against; by default the day of
    // the last reload().
    void setToday(QDate today);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The columns with an index, which sort() orders by in SQL: name (the default) and ERP reference.
    static bool isSortable(int column) { return column == Name || column == ErpRef; }

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

    Result<Page> fetchPage(int page) const;
    QString orderBy(const QString &alias) const;
    // How the filter's text is matched, decided when counting: one index range or the union of two.
    enum class TextMatch { None, Name, Reference, Both, Email };
    // The filter as SQL conditions on the persons table (unaliased) and the values they bind.
    QString filterSql(QVariantList *bindings) const;
    // Decides m_textMatch; answers whether the count stops at a cap.
    Result<bool> matchText();
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

    const Database &m_db;
    QDate m_today;
    QDate m_fixedToday;
    int m_totalCount = 0;
    TenantFilter m_filter;
    TextMatch m_textMatch = TextMatch::None;
    mutable PageCache<Row> m_pages;
};

} // namespace tc
