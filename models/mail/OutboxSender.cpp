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
    // A transport that goes away in the middle of a batch never answers: the run ends there (its rows
    // are due again after their lease).
    connect(transport, &QObject::destroyed, this, [this] {
        if (m_busy)
            finish(tr("The mail transport went away."));
    });
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
    qint64 unwritable = 0;
    auto batch = Outbox(m_db).claimDue(m_batchSize, m_from, Outbox::kLease, &m_claim, &unwritable);
    m_run.failed += unwritable;
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
    // Should the database be busy or away, the answers are kept and written with the next group or at
    // the end; if they never can be, the rows stay "being sent" until their lease runs out and are then
    // sent again: twice rather than never.
    const Outbox outbox(m_db);
    if (auto s = outbox.record(m_unrecorded, m_claim); !s) {
        m_recordError = s.error().message;
        return;
    }
    m_recordError.clear();
    m_unrecorded.clear();
    // A slow server: what this sender has not answered yet stays its own.
    (void)outbox.extendLease(m_claim);
    Q_EMIT progress(m_run);
}

void OutboxSender::onTransportFinished(const QString &connectionError)
{
    if (!m_busy)
        return;
    flush();
    if (!m_recordError.isEmpty()) {
        finish(m_recordError);
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
    m_run.error = !m_recordError.isEmpty() ? m_recordError : error;
    m_busy = false;
    const OutboxRun run = m_run;
    Q_EMIT finished(run);
}

} // namespace tc
