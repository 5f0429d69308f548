// MailDesk: what the desktop program's views ask of the mail edge they cannot see (the SMTP client
// and the keychain live in app/): deliver the outbox now, send a test e-mail, keep the mail server's
// password. Asynchronous; the answers come as signals.
#pragma once

#include "mail/OutboxSender.h"

#include <QObject>
#include <QString>

namespace tc {

class MailDesk : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Delivers what is due now (after invitations, or "Send now"); a run already going on picks it up.
    virtual void sendNow() = 0;
    virtual bool isSending() const = 0;
    // A test e-mail to `address` with the mail settings as saved, straight to the server (not through
    // the outbox): the answer says at once whether the settings work.
    virtual void sendTestMail(const QString &address) = 0;
    // The mail server's password: into the system's keychain, or, when none is usable, kept for this
    // session only (passwordNote() says which and why).
    virtual void storePassword(const QString &password) = 0;
    virtual bool hasPassword() const = 0;
    virtual QString passwordNote() const = 0;

Q_SIGNALS:
    // Something in the outbox changed (queued, sent, failed): counts and lists may differ.
    void outboxChanged();
    void sendingFinished(const tc::OutboxRun &run);
    void testMailFinished(bool ok, const QString &message);
    void passwordStored(bool ok, const QString &message);
};

} // namespace tc
