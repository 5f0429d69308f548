#include "services/LiveUpdates.h"

#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace tc {

namespace {
const QString kChannel = QStringLiteral("tc_changes");
}

LiveUpdates::LiveUpdates(const Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        QStringList topics(m_pending.cbegin(), m_pending.cend());
        topics.sort();
        m_pending.clear();
        if (!topics.isEmpty())
            Q_EMIT changed(topics);
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LiveUpdates::pollDataVersion);
}

Status LiveUpdates::start()
{
    if (m_db.isSQLite()) {
        auto version = m_db.scalar(QStringLiteral("PRAGMA data_version"));
        if (!version)
            return version.error();
        m_dataVersion = version->toLongLong();
        m_poll.start();
        return {};
    }
    QSqlDriver *driver = m_db.connection().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != kChannel || source == QSqlDriver::SelfSource)
                    return;
                noted(payload.toString());
            });
    return resubscribe();
}

Status LiveUpdates::resubscribe()
{
    if (m_db.isSQLite())
        return {};
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver->subscribeToNotification(kChannel))
        return Error::storage(tr("Cannot listen for the other agents' changes: %1").arg(driver->lastError().text()));
    return {};
}

void LiveUpdates::noted(const QString &topic)
{
    if (topic.isEmpty()) {
        m_pending << topics::tickets << topics::tenants << topics::imports << topics::pinboard;
    } else {
        m_pending << topic;
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void LiveUpdates::pollDataVersion()
{
    auto version = m_db.scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return; // the next look may succeed; a broken file shows in the views
    const qint64 now = version->toLongLong();
    if (now == m_dataVersion)
        return;
    m_dataVersion = now;
    noted(QString());
}

} // namespace tc
