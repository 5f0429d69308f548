// ConnectionWatch: notices when the office's PostgreSQL server can no longer be reached (the server
// restarted, the network went away) and opens the connection again by itself. Nothing is retried
// behind the agent's back: what failed while offline stays unsaved, with the typed text in its
// field, until the agent saves again; a save that did reach the server is never sent twice. A local
// file cannot go offline: there the watch does nothing.
#pragma once

#include <QObject>
#include <QTimer>

namespace tc {

class Database;

class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckMs = 1000; // how often the connection's state is looked at
    static constexpr int kRetryMs = 2000; // how often a broken connection is opened again

    explicit ConnectionWatch(const Database &db, QObject *parent = nullptr);

    void start();
    bool isOnline() const { return m_online; }
    // Looks at the connection now (after an operation failed, say).
    void check();

Q_SIGNALS:
    void wentOffline(const QString &reason);
    // The connection is open again, with the session settings of a new one.
    void backOnline();
    // A reconnection attempt failed; the next comes after kRetryMs.
    void stillOffline(const QString &reason);

private:
    void retry();

    const Database &m_db;
    QTimer m_check;
    QTimer m_retry;
    bool m_online = true;
};

} // namespace tc
