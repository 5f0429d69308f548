// TenantSearchModel: the results of the tenant search as the agent types, for the search field's list.
// The search runs on a thread of its own with a database connection of its own, so typing never waits
// for it; while one search runs, only the newest text waits behind it (the ones typed in between are
// never run), and an answer to an older text never replaces a newer one.
#pragma once

#include "domain/DatabaseUrl.h"
#include "services/TenantSearch.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <atomic>
#include <memory>

class QThread;

namespace tc {

class TenantSearchWorker;

class TenantSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Address, Status, OpenTickets, ColumnCount };
    enum Roles { PersonIdRole = Qt::UserRole + 1, FormerRole, StatusKeyRole };

    explicit TenantSearchModel(DatabaseUrl url, QObject *parent = nullptr);
    ~TenantSearchModel() override;

    // Starts searching for the text and returns at once; the rows change when the answer arrives
    // (resultsReady). An empty text empties the list at once.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    // The text the rows are the answer to.
    QString answeredQuery() const { return m_answered; }
    bool isSearching() const { return m_answered != m_query; }
    void setLimit(int limit);
    // The day "current" and "former" are judged against (tests); by default today.
    void setToday(QDate today) { m_today = today; }

    const TenantSearchHit *hitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The rows are now the answer to `text`.
    void resultsReady(const QString &text);
    // The search failed (the connection dropped, say); the rows stay as they were.
    void searchFailed(const QString &message);

private:
    void apply(quint64 sequence, const QString &text, const QList<TenantSearchHit> &hits, const QString &error);

    QThread *m_thread = nullptr;
    TenantSearchWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_sequence = 0;
    QString m_query;
    QString m_answered;
    int m_limit = TenantSearch::kDefaultLimit;
    QDate m_today;
    QList<TenantSearchHit> m_hits;
};

} // namespace tc
