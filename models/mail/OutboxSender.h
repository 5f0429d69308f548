// OutboxSender: delivers the outbox's due messages through a MailTransport, batch after batch, and
// writes down what the server answered. Asynchronous: the GUI keeps running while it sends, and
// `cockpitctl outbox send` waits for finished(). It stops early when the connection fails (the
// server down, a wrong password): what was not sent stays due and is tried again later.
#pragma once

#include "mail/MailTransport.h"
#include "mail/MimeMessage.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace tc {

class Database;

struct OutboxRun
{
    qint64 sent = 0;
    qint64 failed = 0;   // refused for good by the server
    qint64 deferred = 0; // tried and due again later
    QString error;       // why the run stopped early (connection, storage); empty when it ran through
};

class OutboxSender : public QObject
{
    Q_OBJECT

public:
    // `transport` is not owned and must outlive the sender.
    OutboxSender(const Database &db, MailTransport *transport, QObject *parent = nullptr);

    void setFrom(const MailAddress &from) { m_from = from; }
    void setBatchSize(int n) { m_batchSize = n; }
    // Sends what is due now; does nothing while a run is going on (the running one picks it up).
    void sendDue();
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progress(const tc::OutboxRun &soFar);
    void finished(const tc::OutboxRun &run);

private:
    void nextBatch();
    void onDelivered(const DeliveryResult &result);
    void onTransportFinished(const QString &connectionError);
    void flush();
    void finish(const QString &error);

    const Database &m_db;
    QPointer<MailTransport> m_transport;
    MailAddress m_from;
    int m_batchSize = 200;
    bool m_busy = false;
    bool m_cancelled = false;
    OutboxRun m_run;
    QList<DeliveryResult> m_unrecorded;
    QString m_claim;        // the batch's claim in the outbox
    QString m_recordError;  // the answers could not be written (kept in m_unrecorded)
};

} // namespace tc
