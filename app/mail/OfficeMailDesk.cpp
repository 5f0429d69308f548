#include "mail/OfficeMailDesk.h"

#include "SecretStore.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpClient.h"
#include "services/Office.h"

#include <QDateTime>
#include <QSysInfo>

namespace tc {

namespace {
constexpr int kSendEveryMs = 60 * 1000;
} // namespace

OfficeMailDesk::OfficeMailDesk(Office &office, SecretStore *keychain, QObject *parent)
    : MailDesk(parent), m_office(office), m_keychain(keychain), m_session(std::make_unique<SessionSecrets>()),
      m_client(std::make_unique<SmtpClient>(SmtpSettings{})),
      m_sender(std::make_unique<OutboxSender>(office.database(), m_client.get()))
{
    connect(m_sender.get(), &OutboxSender::progress, this, &MailDesk::outboxChanged);
    connect(m_sender.get(), &OutboxSender::finished, this, [this](const OutboxRun &run) {
        // A refused login is not tried again every minute (a server may lock the account): sending
        // waits for a new password.
        if (m_client->lastFailure() == SmtpClient::Failure::Login)
            m_loginRefused = true;
        Q_EMIT sendingFinished(run);
    });
    m_timer.setInterval(kSendEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &OfficeMailDesk::sendNow);
}

OfficeMailDesk::~OfficeMailDesk()
{
    // The answers of a batch in flight are written down before the program goes; the rest stay due.
    // Nobody listens any more: the views may be gone already.
    disconnect(m_sender.get(), nullptr, this, nullptr);
    m_sender->cancel();
}

QString OfficeMailDesk::passwordKey() const
{
    return SecretStore::keyFor(secrets::smtpPassword, m_office.database().url());
}

void OfficeMailDesk::start()
{
    if (!m_keychain) {
        m_keychainUsable = false;
        m_passwordNote = tr("No keychain is available: the mail server's password is kept for this session only.");
        m_timer.start();
        sendNow();
        return;
    }
    m_readingKeychain = true;
    m_keychain->read(passwordKey(), this, [this](Result<std::optional<QString>> stored) {
        m_readingKeychain = false;
        if (!stored) {
            m_keychainUsable = false;
            m_passwordNote = tr("No keychain can be used (%1): the mail server's password is kept for this session "
                                "only and asked for again at the next start.")
                                 .arg(stored.error().message);
        } else if (*stored) {
            m_password = **stored;
            m_passwordKnown = true;
            m_passwordNote = tr("The password is in the system's keychain.");
        } else {
            m_passwordNote = tr("No password is stored yet.");
        }
        m_timer.start();
        sendNow();
    });
}

Result<MailSetup> OfficeMailDesk::setup() const
{
    auto setup = MailSetup::read(m_office.settings());
    if (!setup)
        return setup;
    setup->smtp.password = m_password;
    return setup;
}

void OfficeMailDesk::sendNow()
{
    // While the keychain is being read, start() sends once it has answered.
    if (m_sender->isBusy() || m_readingKeychain || m_loginRefused)
        return;
    auto current = setup();
    if (!current)
        return; // no mail server set yet: the outbox simply waits
    if (current->needsPassword() && !m_passwordKnown) {
        if (!m_askedForPassword) {
            m_askedForPassword = true; // once per session; "Mail server password…" in the settings after that
            Q_EMIT passwordNeeded(m_keychainUsable ? tr("The mail server's password for %1 is not in the keychain yet.")
                                                         .arg(current->smtp.user)
                                                   : m_passwordNote);
        }
        return;
    }
    m_client->setSettings(current->smtp);
    m_sender->setFrom(current->from);
    m_sender->sendDue();
}

bool OfficeMailDesk::isSending() const
{
    return m_sender->isBusy();
}

void OfficeMailDesk::storePassword(const QString &password)
{
    m_password = password;
    m_passwordKnown = true;
    m_loginRefused = false;
    const auto stored = [this](bool inKeychain, const QString &note) {
        m_passwordNote = note;
        Q_EMIT passwordStored(inKeychain, note);
        sendNow();
    };
    if (!m_keychain || !m_keychainUsable) {
        m_session->write(passwordKey(), password, this, [stored, this](Status) { stored(false, m_passwordNote); });
        return;
    }
    m_keychain->write(passwordKey(), password, this, [this, stored](Status s) {
        if (s) {
            stored(true, tr("The password is in the system's keychain."));
            return;
        }
        m_keychainUsable = false;
        stored(false, tr("The keychain refused the password (%1): it is kept for this session only.").arg(s.error().message));
    });
}

void OfficeMailDesk::sendTestMail(const QString &address)
{
    auto current = setup();
    if (!current) {
        Q_EMIT testMailFinished(false, current.error().message);
        return;
    }
    if (current->needsPassword() && !m_passwordKnown) {
        Q_EMIT testMailFinished(false, tr("The mail server wants a password for %1: enter it with \"Mail server "
                                          "password…\" first.")
                                           .arg(current->smtp.user));
        return;
    }
    if (m_testClient && m_testClient->isBusy()) {
        Q_EMIT testMailFinished(false, tr("A test e-mail is on its way already."));
        return;
    }
    MimeMessage message;
    message.from = current->from;
    message.to = {QString(), address};
    message.subject = tr("Tenant Cockpit: test e-mail");
    message.text = tr("This test e-mail shows that the office's mail settings work.\n\nMail server: %1, port %2\n")
                       .arg(current->smtp.host)
                       .arg(current->smtp.port);
    message.html = QStringLiteral("<p>%1</p>").arg(message.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    message.date = QDateTime::currentDateTimeUtc();
    message.messageId = MimeMessage::newMessageId(current->from.address);
    auto bytes = message.toBytes();
    if (!bytes) {
        Q_EMIT testMailFinished(false, bytes.error().message);
        return;
    }
    m_testClient = std::make_unique<SmtpClient>(current->smtp);
    auto outcome = std::make_shared<DeliveryResult>();
    connect(m_testClient.get(), &MailTransport::delivered, this, [outcome](const DeliveryResult &r) { *outcome = r; });
    connect(m_testClient.get(), &MailTransport::finished, this, [this, outcome, address](const QString &error) {
        if (outcome->outcome == DeliveryResult::Outcome::Sent) {
            Q_EMIT testMailFinished(true, tr("The mail server took the test e-mail to %1.").arg(address));
            return;
        }
        Q_EMIT testMailFinished(false, tr("The test e-mail to %1 was not sent: %2")
                                           .arg(address, error.isEmpty() ? outcome->detail : error));
    });
    m_testClient->send({OutgoingMail{0, current->from.address, address, *bytes}});
}

} // namespace tc
