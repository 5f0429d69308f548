// OfficeMailDesk: the desktop program's mail edge. Delivers the outbox through the SMTP client while
// the window stays responsive (every minute, and at once after invitations), keeps the mail server's
// password in the system's keychain (or, when none is usable, for this session only), and sends test
// e-mails straight to the server.
#pragma once

#include "mail/MailDesk.h"
#include "mail/MailSetup.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace tc {

class Office;
class OutboxSender;
class SecretStore;
class SessionSecrets;
class SmtpClient;

class OfficeMailDesk : public MailDesk
{
    Q_OBJECT

public:
    // `keychain` is not owned; it outlives the desk.
    OfficeMailDesk(Office &office, SecretStore *keychain, QObject *parent = nullptr);
    ~OfficeMailDesk() override;

    // Reads the password from the keychain, then sends what is due and starts the minute timer.
    void start();

    void sendNow() override;
    bool isSending() const override;
    void sendTestMail(const QString &address) override;
    void storePassword(const QString &password) override;
    bool hasPassword() const override { return m_passwordKnown; }
    QString passwordNote() const override { return m_passwordNote; }

Q_SIGNALS:
    // The mail server wants a password and none is known for this session (`reason` says why:
    // no keychain usable, or nothing stored yet). The GUI asks the user.
    void passwordNeeded(const QString &reason);

private:
    QString passwordKey() const;
    Result<MailSetup> setup() const;

    Office &m_office;
    QPointer<SecretStore> m_keychain;
    std::unique_ptr<SessionSecrets> m_session;
    std::unique_ptr<SmtpClient> m_client;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<SmtpClient> m_testClient;
    QTimer m_timer;
    QString m_password;
    bool m_passwordKnown = false;
    bool m_keychainUsable = true;
    bool m_askedForPassword = false;
    bool m_readingKeychain = false;
    bool m_loginRefused = false; // the server refused the login: no more tries until a new password
    QString m_passwordNote;
};

} // namespace tc
