// PagedTableModel: the base of the tables that read their rows page by page from the database, so
// that a million rows open as fast as a hundred. It keeps the row count (exact, or stopped at a cap
// that grows as the view scrolls when counting everything would read every candidate), model resets
// that views can follow, and a bounded cache of pages; a subclass says how rows are counted and read.
#pragma once

#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <functional>
#include <optional>

namespace tc {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    // Reads the rows again without counting them anew (after one row changed): the view keeps its place.
    void refresh();
    // Catches up with changes made elsewhere (another agent, an import): counts the rows again and
    // reads again only the pages that were read, so the rows on screen show what is stored now.
    // Rows the views hold on to (the selection, the current row) follow their record to its new
    // place; rows added or gone are inserted or removed at the end, so the scroll position stays.
    tc::Status catchUp();
    // True when counting stopped at a cap: there may be more rows than rowCount(), and fetchMore()
    // counts on (views call it when scrolled to the end).
    bool isCountCapped() const;
    // How many more rows a capped count reaches each time (2,000 unless changed, for tests).
    void setCountStep(int rows) { m_countStep = std::max(1, rows); }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting happens in SQL, on the columns sortsBy() names (indexed ones); others are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

Q_SIGNALS:
    // A page could not be read (the connection dropped, say): the rows show empty and nothing more
    // is read until the next reset. Emitted once per failure, not once per cell.
    void loadFailed(const QString &message) const;

protected:
    PagedTableModel(int sortColumn, Qt::SortOrder sortOrder, QObject *parent)
        : QAbstractTableModel(parent), m_sortColumn(sortColumn), m_sortOrder(sortOrder)
    {
    }

    virtual bool sortsBy(int column) const = 0;

    // The rows the current filter leaves; at most `cap` of them when `cap` is above 0.
    virtual Result<int> countRows(int cap) const = 0;
    // Forgets the cached pages (PageCache::clear()).
    virtual void forgetPages() = 0;
    // For catchUp(): the record id of a row whose page is cached (none otherwise), the pages cached,
    // and reading one page into the cache.
    virtual std::optional<qint64> cachedId(int row) const = 0;
    virtual QList<int> cachedPages() const = 0;
    virtual void readPage(int page) const = 0;

    // A model reset around `change`, which alters what is shown and answers whether its count stops
    // at a cap (or fails). The pages are forgotten and the rows counted anew; on failure, none.
    tc::Status resetAndCount(const std::function<Result<bool>()> &change);
    // A model reset around `change` (a new order, say) that keeps the count.
    void resetKeepingCount(const std::function<void()> &change);

    // A bounded cache of pages of `Row`, most recently read kept.
    template <typename Row>
    class PageCache
    {
    public:
        void clear()
        {
            m_pages.clear();
            m_recent.clear();
        }

    private:
        friend class PagedTableModel;
        static constexpr int kMaxPages = 64;
        QHash<int, QList<Row>> m_pages;
        QList<int> m_recent; // most recent last
    };

    // Row `row` from `cache` when its page is there; null otherwise (nothing is read).
    template <typename Row>
    static const Row *peekRow(const PageCache<Row> &cache, int row)
    {
        const auto it = cache.m_pages.constFind(row / kPageSize);
        if (it == cache.m_pages.cend() || row % kPageSize >= it->size())
            return nullptr;
        return &it->at(row % kPageSize);
    }
    template <typename Row>
    static QList<int> pagesIn(const PageCache<Row> &cache)
    {
        return cache.m_pages.keys();
    }

    // Row `row` from `cache`, its page read by `fetch(page)` (a Result<QList<Row>>) when not cached;
    // null when the page could not be read, or after a failure until the next reset.
    template <typename Row, typename Fetch>
    const Row *cachedRow(PageCache<Row> &cache, int row, Fetch &&fetch) const
    {
        const int page = row / kPageSize;
        auto it = cache.m_pages.find(page);
        if (it == cache.m_pages.end()) {
            if (m_failed)
                return nullptr;
            auto fetched = fetch(page);
            if (!fetched) {
                failed(fetched.error().message);
                return nullptr;
            }
            if (cache.m_recent.size() >= PageCache<Row>::kMaxPages)
                cache.m_pages.remove(cache.m_recent.takeFirst());
            it = cache.m_pages.emplace(page, std::move(*fetched));
            cache.m_recent.append(page);
        }
        const int offset = row % kPageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }

private:
    void failed(const QString &message) const;
    tc::Status count();

    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
    int m_rowCount = 0;
    int m_countCap = 0; // 0: counted exactly
    int m_countStep = 2000;
    bool m_busy = false;           // inside a reset or an insertion: count no further until it is over
    mutable bool m_failed = false; // a page could not be read: no more queries until the next reset
};

} // namespace tc
