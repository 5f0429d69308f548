// LiveUpdates: tells the open views that someone else changed the office (another agent, an
// import, a cron job), so that they catch up within a second. On PostgreSQL through LISTEN/NOTIFY:
// statement-level triggers (schema migration 9) notify the channel "tc_changes" with the topic as
// payload, delivered at commit, once per topic and transaction. On a local file by watching SQLite's
// data_version, which moves when another connection commits. The program's own changes are not
// reported back: the views that made them show them already.
#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace tc {

class Database;

namespace topics {
inline const QString tickets = QStringLiteral("tickets");
inline const QString tenants = QStringLiteral("tenants");
inline const QString imports = QStringLiteral("imports");
inline const QString pinboard = QStringLiteral("pinboard");
} // namespace topics

class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPollMs = 400;     // SQLite: how often data_version is looked at
    static constexpr int kCoalesceMs = 150; // a burst of changes is reported once

    explicit LiveUpdates(const Database &db, QObject *parent = nullptr);

    // Starts listening (PostgreSQL) or watching (SQLite).
    Status start();
    // Listens again on a connection opened anew (Database::reconnect()).
    Status resubscribe();

Q_SIGNALS:
    // What changed: some of topics::tickets, tenants, imports (a local file cannot tell: all of them).
    void changed(const QStringList &topics);

private:
    void noted(const QString &topic);
    void pollDataVersion();

    const Database &m_db;
    QTimer m_poll;
    QTimer m_coalesce;
    QSet<QString> m_pending;
    qint64 m_dataVersion = -1;
};

} // namespace tc
