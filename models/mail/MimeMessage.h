// MimeMessage: an e-mail as it goes over SMTP (RFC 5322 + MIME): a text and an HTML version of one
// body (multipart/alternative), both UTF-8 in quoted-printable, the subject and non-ASCII names as
// RFC 2047 encoded words, an internationalised domain in its ASCII form, CRLF line ends, no line
// longer than 78 characters. Whatever a tenant's name or a template holds, no control character
// (CR, LF, ...) reaches a header: it becomes a space. Dot-stuffing belongs to the SMTP client.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tc {

struct MailAddress
{
    QString name;    // display name, may be empty
    QString address; // as EmailAddress::normalize() accepts it
};

class MimeMessage
{
    Q_DECLARE_TR_FUNCTIONS(MimeMessage)

public:
    MailAddress from;
    MailAddress to;
    QString subject;
    QString text; // the plain version; line breaks of any kind
    QString html; // the HTML version
    QDateTime date;
    QString messageId; // without angle brackets; newMessageId() makes one

    // A new, unique id at the sender's domain: "<32 hex digits>@domain". Kept with the message in
    // the outbox, so a message sent twice carries the same id.
    static QString newMessageId(const QString &fromAddress);
    // The same for many messages from one sender: the domain worked out once (messageIdDomain).
    static QByteArray messageIdDomain(const QString &fromAddress);
    static QString newMessageIdAt(QByteArrayView domain);

    // The message's bytes, or why it cannot be written (an address that is not one, an address
    // whose local part needs SMTPUTF8, no message id).
    Result<QByteArray> toBytes() const;
};

namespace mime {
// Exposed for their own tests.
QByteArray quotedPrintable(const QString &text);          // CRLF line ends, lines of at most 76
QByteArray headerText(const QString &text, int used);     // encoded words where needed, folded; `used`: the
                                                          // characters already on the header's first line
QString withoutControls(const QString &text);             // control characters as spaces, runs of blanks as one
} // namespace mime

} // namespace tc
