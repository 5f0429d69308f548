// Outbox: every e-mail of the product, as a row written in the same transaction as the change that
// causes it (an invitation, an address change, a pinboard post). A sender delivers due rows later,
// with growing pauses after failures; nothing is lost when the program, the network or the mail
// server goes away in between. A message sent twice carries the same Message-ID.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "mail/MailTemplates.h"
#include "mail/MailTransport.h"
#include "mail/MimeMessage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace tc {

class Database;

struct OutboxEntry
{
    qint64 id = 0;
    QString messageId;
    QString kind; // invitation, reminder, email_change_notice, ...
    std::optional<qint64> personId;
    QString recipient;
    QString recipientName;
    QString subject;
    QString language;
    QString status; // queued, sending, sent, failed
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;
};

struct OutboxCounts
{
    qint64 waiting = 0; // queued or being sent
    qint64 failed = 0;  // refused by the server for good; waiting for a fix and a retry
    qint64 sent = 0;

    // Counts `n` mails of the outbox status `status` (queued, sending, sent, failed).
    void add(QStringView status, qint64 n)
    {
        if (status == u"sent")
            sent += n;
        else if (status == u"failed")
            failed += n;
        else
            waiting += n;
    }
    qint64 total() const { return sent + failed + waiting; }
};

struct NewMail
{
    QString kind;
    std::optional<qint64> personId;
    MailAddress to;
    QString language;
    RenderedMail content;
};

class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(const Database &db) : m_db(db) {}

    // Call inside the transaction of the change that causes the mail: it goes out only if that commits.
    // `sender` is the From address; the Message-ID is made at its domain now and kept for good.
    Result<qint64> enqueue(const NewMail &mail, const QString &sender) const;

    // Newest first. `status` empty: all.
    Result<QList<OutboxEntry>> list(int limit = 500, const QString &status = {}) const;
    Result<OutboxCounts> counts() const;
    // Failed messages back into the queue, due at once (all failed ones when `ids` is empty).
    // Administrators only; returns how many.
    Result<qint64> retryFailed(const Actor &actor, const QList<qint64> &ids = {}) const;

    // The sender's side. Takes up to `max` due messages for delivery: marks them as being sent for
    // `lease` (a sender that dies leaves them due again after it) and writes their bytes from the row,
    // with `from` as sender. A row that cannot be written as a message fails at once, with the reason.
    // `claim` (optional) receives the claim's token, `unwritable` how many rows failed that way.
    Result<QList<OutgoingMail>> claimDue(int max, const MailAddress &from, std::chrono::seconds lease = kLease,
                                         QString *claim = nullptr, qint64 *unwritable = nullptr) const;
    // What the transport answered: sent, deferred (due again after a pause that doubles with every
    // attempt, from one minute to half an hour), or failed for good with the server's words. With a
    // `claim`, a deferral or failure only touches rows still in that claim (a sender that outlived
    // its lease never undoes another's work); "sent" always counts.
    Status record(const QList<DeliveryResult> &results, const QString &claim = {}) const;
    // The claim's unanswered rows stay this sender's for another `lease` (a slow server, a long batch).
    Status extendLease(const QString &claim, std::chrono::seconds lease = kLease) const;

    static std::chrono::seconds retryDelay(int attempts);
    static constexpr std::chrono::seconds kLease{600};

private:
    const Database &m_db;
};

// "Régie du Lac <mieter@regie.ch>" (the form the smtp.from setting keeps) as name and address.
MailAddress mailboxFromSetting(const QString &value);

} // namespace tc
