#include "services/ConnectionWatch.h"

#include "storage/Database.h"

#include <QSqlError>

namespace tc {

ConnectionWatch::ConnectionWatch(const Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_check.setInterval(kCheckMs);
    connect(&m_check, &QTimer::timeout, this, &ConnectionWatch::check);
    m_retry.setInterval(kRetryMs);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionWatch::retry);
}

void ConnectionWatch::start()
{
    if (!m_db.isSQLite())
        m_check.start();
}

void ConnectionWatch::check()
{
    if (!m_online || m_db.isSQLite() || !m_db.isBroken())
        return;
    m_online = false;
    m_check.stop();
    QString reason = m_db.connection().lastError().text().trimmed();
    if (reason.isEmpty())
        reason = tr("the connection to the server broke");
    Q_EMIT wentOffline(reason);
    m_retry.start();
}

void ConnectionWatch::retry()
{
    if (auto s = m_db.reconnect(); !s) {
        Q_EMIT stillOffline(s.error().message);
        m_retry.start();
        return;
    }
    m_online = true;
    m_check.start();
    Q_EMIT backOnline();
}

} // namespace tc
