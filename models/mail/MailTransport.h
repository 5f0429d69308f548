// MailTransport: what carries the outbox's messages out of the office (SMTP, in app/). The outbox
// and its sender live below the network; they only know this interface. Asynchronous: send()
// returns at once, the answers come as signals, one per message, then finished().
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace tc {

// One message, ready for the wire: `bytes` as MimeMessage::toBytes() wrote them (CRLF line ends,
// not yet dot-stuffed: dot-stuffing is the transport's business).
struct OutgoingMail
{
    qint64 id = 0;         // the outbox row; echoed back in the result
    QString envelopeFrom;  // the MAIL FROM address (plain address, no display name)
    QString recipient;     // the RCPT TO address
    QByteArray bytes;
};

struct DeliveryResult
{
    enum class Outcome {
        Sent,     // the server took responsibility for the message (250 after DATA)
        Deferred, // try again later: a 4xx reply, a timeout, a lost connection, a server not reachable
        Failed,   // the server refused it for good (5xx); trying again without a fix is pointless
    };
    qint64 id = 0;
    Outcome outcome = Outcome::Deferred;
    QString detail; // the server's words (code and text), or what went wrong on the way; never a secret
};

class MailTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Delivers the batch over one connection, in order. Emits delivered() once for every message
    // of the batch (also when the connection fails: the rest are then Deferred with the reason),
    // then finished(). Only one batch at a time; send() while busy is a programming error.
    virtual void send(const QList<OutgoingMail> &batch) = 0;
    // Stops at once; messages not answered yet are reported as Deferred before finished().
    virtual void abort() = 0;
    virtual bool isBusy() const = 0;

Q_SIGNALS:
    void delivered(const tc::DeliveryResult &result);
    // `connectionError` is empty when the session ended normally (every message answered by the
    // server); otherwise it says why the connection failed, in words for the office.
    void finished(const QString &connectionError);
};

} // namespace tc
