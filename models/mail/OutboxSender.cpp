#include "mail/OutboxSender.h"

#include "mail/Outbox.h"

namespace tc {

namespace {
// Answers are written down in groups: a sender killed in the middle of a batch sends at most this many
// messages a second time (with the same Message-ID), and the database is not written once per message.
constexpr qsizetype kRecordEvery = 50;
} // namespace

OutboxSender::OutboxSender(const Database &db, MailTransport *transport, QObject *parent)
    : QObject(parent), m_db(db), m_transport(transport)
{
    connect(transport, &MailTransport::delivered, this, &OutboxSender::onDelivered);
    connect(transport, &MailTransport::finished, this, &OutboxSender::onTransportFinished);
}

void OutboxSender::sendDue()
{
    if (m_busy)
        return; // the run claims batches until none is due: it picks up what was queued meanwhile
    m_busy = true;
    m_cancelled = false;
    m_run = {};
    nextBatch();
}

void OutboxSender::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    if (m_transport && m_transport->isBusy())
        m_transport->abort();
}

void OutboxSender::nextBatch()
{
    if (m_cancelled) {
        finish(tr("Sending was cancelled."));
        return;
    }
    if (!m_transport) {
        finish(tr("No mail transport."));
        return;
    }
    if (m_from.address.isEmpty()) {
        finish(tr("No sender address is set (smtp.from)."));
        return;
    }
    auto batch = Outbox(m_db).claimDue(m_batchSize, m_from);
    if (!batch) {
        finish(batch.error().message);
        return;
    }
    if (batch->isEmpty()) {
        finish(QString());
        return;
    }
    m_transport->send(*batch);
}

void OutboxSender::onDelivered(const DeliveryResult &result)
{
    if (!m_busy)
        return;
    switch (result.outcome) {
    case DeliveryResult::Outcome::Sent:
        ++m_run.sent;
        break;
    case DeliveryResult::Outcome::Failed:
        ++m_run.failed;
        break;
    case DeliveryResult::Outcome::Deferred:
        ++m_run.deferred;
        break;
    }
    m_unrecorded << result;
    if (m_unrecorded.size() >= kRecordEvery)
        flush();
}

void OutboxSender::flush()
{
    if (m_unrecorded.isEmpty())
        return;
    // Should the database be away, the rows stay "being sent" until their lease runs out and are
    // then sent again: twice rather than never.
    if (auto s = Outbox(m_db).record(m_unrecorded); !s)
        m_run.error = s.error().message;
    m_unrecorded.clear();
    Q_EMIT progress(m_run);
}

void OutboxSender::onTransportFinished(const QString &connectionError)
{
    if (!m_busy)
        return;
    flush();
    if (!m_run.error.isEmpty()) {
        finish(m_run.error);
        return;
    }
    if (!connectionError.isEmpty()) {
        finish(connectionError);
        return;
    }
    nextBatch();
}

void OutboxSender::finish(const QString &error)
{
    flush();
    if (m_run.error.isEmpty())
        m_run.error = error;
    m_busy = false;
    const OutboxRun run = m_run;
    Q_EMIT finished(run);
}

} // namespace tc
