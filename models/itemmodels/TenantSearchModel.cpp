#include "itemmodels/TenantSearchModel.h"

#include "domain/Settings.h"
#include "services/CompanySettings.h"
#include "storage/Database.h"

#include <QThread>

namespace tc {

// Lives on the search thread: opens its connection there on the first search and closes it there
// when the thread ends (a connection belongs to the thread that opened it).
class TenantSearchWorker : public QObject
{
public:
    TenantSearchWorker(DatabaseUrl url, std::shared_ptr<std::atomic<quint64>> latest)
        : m_url(std::move(url)), m_latest(std::move(latest))
    {
    }

    // Runs unless a newer text was asked for meanwhile; `answer` is called on this thread.
    template <typename Answer>
    void search(quint64 sequence, const QString &text, int limit, QDate today, Answer answer)
    {
        if (sequence != m_latest->load())
            return;
        if (auto s = connect(); !s) {
            answer(sequence, text, QList<TenantSearchHit>(), s.error().message);
            return;
        }
        auto hits = m_search->search(text, limit, today);
        if (!hits) {
            // A dropped connection is opened again for the next search.
            m_search.reset();
            m_db.reset();
            answer(sequence, text, QList<TenantSearchHit>(), hits.error().message);
            return;
        }
        answer(sequence, text, *hits, QString());
    }

    void close()
    {
        m_search.reset();
        m_db.reset();
    }

private:
    Status connect()
    {
        if (m_search)
            return {};
        auto db = Database::open(m_url, QStringLiteral("search"));
        if (!db)
            return db.error();
        m_db = std::move(*db);
        const QString region = CompanySettings(*m_db).value(settings::companyCountry).value_or(QStringLiteral("CH"));
        m_search = std::make_unique<TenantSearch>(*m_db, region);
        return {};
    }

    DatabaseUrl m_url;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TenantSearch> m_search;
};

TenantSearchModel::TenantSearchModel(DatabaseUrl url, QObject *parent)
    : QAbstractTableModel(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("tenant search"));
    m_worker = new TenantSearchWorker(std::move(url), m_latest);
    m_worker->moveToThread(m_thread);
    TenantSearchWorker *worker = m_worker;
    // finished is emitted on the search thread itself: the connection is closed where it was opened.
    connect(m_thread, &QThread::finished, m_worker, [worker] { worker->close(); }, Qt::DirectConnection);
    m_thread->start();
}

TenantSearchModel::~TenantSearchModel()
{
    m_latest->store(0); // a queued search need not run any more
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void TenantSearchModel::setQuery(const QString &text)
{
    m_query = text;
    const quint64 sequence = ++m_sequence;
    m_latest->store(sequence);
    if (text.trimmed().isEmpty()) {
        apply(sequence, text, {}, QString());
        return;
    }
    TenantSearchWorker *worker = m_worker;
    const int limit = m_limit;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, sequence, text, limit, today] {
            worker->search(sequence, text, limit, today,
                           [this](quint64 seq, const QString &answered, const QList<TenantSearchHit> &hits,
                                  const QString &error) {
                               // Back to the model's thread; dropped with the model if it is gone by then.
                               QMetaObject::invokeMethod(
                                   this, [this, seq, answered, hits, error] { apply(seq, answered, hits, error); },
                                   Qt::QueuedConnection);
                           });
        },
        Qt::QueuedConnection);
}

void TenantSearchModel::setLimit(int limit)
{
    m_limit = std::clamp(limit, 1, TenantSearch::kMaxLimit);
}

void TenantSearchModel::apply(quint64 sequence, const QString &text, const QList<TenantSearchHit> &hits,
                              const QString &error)
{
    if (sequence != m_sequence)
        return; // a newer text was asked for: its answer decides
    if (!error.isEmpty()) {
        m_answered = text;
        Q_EMIT searchFailed(error);
        return;
    }
    beginResetModel();
    m_hits = hits;
    m_answered = text;
    endResetModel();
    Q_EMIT resultsReady(text);
}

const TenantSearchHit *TenantSearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int TenantSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int TenantSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantSearchModel::data(const QModelIndex &index, int role) const
{
    const TenantSearchHit *hit = index.isValid() ? hitAt(index.row()) : nullptr;
    if (!hit)
        return {};
    switch (role) {
    case PersonIdRole:
        return hit->id;
    case FormerRole:
        return hit->isFormer;
    case StatusKeyRole:
        return hit->statusKey();
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !hit->phone.isEmpty())
            return tr("%1 · %2 · %3").arg(hit->erpRef, hit->phone, hit->email);
        return {};
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return hit->displayName();
    case Unit:
        return hit->unitLabel;
    case Address:
        return hit->address;
    case Status: {
        QString status;
        const QString key = hit->statusKey();
        if (key == u"alias")
            status = tr("alias");
        else if (key == u"invited")
            status = tr("invited");
        else if (key == u"registered")
            status = tr("registered");
        else
            status = tr("imported");
        return hit->isFormer ? tr("%1, former tenant").arg(status) : status;
    }
    case OpenTickets:
        return hit->openTickets;
    default:
        return {};
    }
}

QVariant TenantSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Address:
        return tr("Address");
    case Status:
        return tr("Status");
    case OpenTickets:
        return tr("Open tickets");
    default:
        return {};
    }
}

} // namespace tc
