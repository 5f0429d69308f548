// SmtpClient: the MailTransport that hands the outbox's messages to the office's mail server over
// SMTP (RFC 5321), encrypted with STARTTLS or TLS, logging in with AUTH PLAIN or LOGIN.
#pragma once

#include "mail/MailTransport.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

class QSslCertificate;
class QSslSocket;

namespace tc {

// Where and how to reach the mail server: the smtp.* settings plus the password from the keychain.
struct SmtpSettings
{
    enum class Security {
        StartTls, // "starttls": plain connection, then STARTTLS before anything else (port 587)
        Tls, // "tls": encrypted from the first byte (port 465)
        None, // "none": no encryption; allowed only to this computer (loopback)
    };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no login
    QString password; // never shown, never logged
    QString caFile; // PEM (or DER) file trusted in addition to the system's CAs; empty: system CAs only
    std::chrono::milliseconds timeout { std::chrono::seconds(30) }; // for every step: connect, handshake, each reply
    QString heloName; // empty: this computer's name when it is fully qualified, else its address

    // The setting string (smtp.security) and back; nullopt for anything else.
    static QString securityKey(Security security);
    static std::optional<Security> securityFromKey(QStringView key);
};

namespace smtp {

// One reply of the server: its code and the text of each line (without "250-" / "250 ").
struct Reply
{
    int code = 0;
    QStringList lines;

    // Code and text, the lines of a multi-line reply joined by spaces: "550 5.1.1 no such user".
    QString text() const;
};

// Cuts the bytes the server sends into replies, however they are split across reads.
class ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(ReplyParser)

public:
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // Takes the next complete reply off the buffer. False when none is complete yet, or when the
    // bytes are not SMTP (then error() says why and the connection is not worth keeping).
    bool take(Reply *reply);
    QString error() const { return m_error; }
    // Bytes received after the last complete reply (after "220 go ahead" for STARTTLS there must
    // be none: anything there was sent before encryption and may be an attacker's).
    bool hasPendingBytes() const { return !m_buffer.isEmpty(); }
    void clear();

private:
    QByteArray m_buffer;
    Reply m_partial; // the lines of a multi-line reply read so far
    QString m_error;
};

// The message as it goes after DATA: every line that starts with "." gets one more, the last line
// ends with CRLF, and ".\r\n" ends it.
QByteArray dataBlock(const QByteArray &message);

} // namespace smtp

class SmtpClient : public MailTransport
{
    Q_OBJECT

public:
    explicit SmtpClient(SmtpSettings settings, QObject *parent = nullptr);
    ~SmtpClient() override;

    // Takes effect with the next batch (the one under way keeps what it started with).
    void setSettings(const SmtpSettings &settings) { m_settings = settings; }
    const SmtpSettings &settings() const { return m_settings; }

    void send(const QList<OutgoingMail> &batch) override;
    void abort() override;
    bool isBusy() const override { return m_busy; }
    // Why the last batch's connection failed, for callers that must not simply try again (a refused
    // login, tried every minute, can lock the account).
    enum class Failure { None, Login, Other };
    Failure lastFailure() const { return m_lastFailure; }

private:
    // What a reply answers; with PIPELINING several replies are awaited at once, in order.
    enum class Step {
        Greeting,
        Ehlo,
        StartTls,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        AuthLoginDone,
        Mail,
        Rcpt,
        Data,
        DataEnd,
        Rset,
        Quit,
    };
    enum class Phase { Connecting, Handshaking, Talking };

    // An address for MAIL FROM / RCPT TO, or why it cannot go.
    struct EncodedAddress
    {
        QByteArray bytes;
        bool needsSmtpUtf8 = false;
        QString problem;
    };

    void begin();
    void connectSocket(const QList<QSslCertificate> &extraCas);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    void handleReply(const smtp::Reply &reply);
    void handleSessionReply(Step step, const smtp::Reply &reply);
    void handleMessageReply(Step step, const smtp::Reply &reply);
    void sendEhlo();
    void afterEhlo(const smtp::Reply &reply);
    void login();
    void nextMessage();
    void write(const QByteArray &bytes, std::initializer_list<Step> expected);
    void answer(DeliveryResult::Outcome outcome, const QString &detail);
    void refuseMessage(const smtp::Reply &reply);
    void fail(const QString &reason, const QString &inFlightDetail = QString());
    void finish(const QString &connectionError);
    void dropSocket(bool gracefully);
    EncodedAddress encodeAddress(const QString &address, bool mayBeEmpty) const;
    QByteArray heloName() const;
    QString stepName(Step step) const;
    QString serverWords(const smtp::Reply &reply) const;
    QString scrubbed(QString text) const;

    SmtpSettings m_settings;
    SmtpSettings m_active; // the batch's: settings changed meanwhile wait for the next one
    QList<OutgoingMail> m_batch;
    bool m_busy = false;
    quint64 m_session = 0; // counts batches and their ends: a handler that outlived its batch stops
    QSslSocket *m_socket = nullptr;
    smtp::ReplyParser m_parser;
    QTimer m_timer;
    Phase m_phase = Phase::Connecting;
    QList<Step> m_expected; // the replies still due, oldest first
    QString m_certificateProblem; // from sslErrors, reported when the handshake then fails
    Failure m_lastFailure = Failure::None;
    bool m_encrypted = false;
    QSet<QString> m_capabilities; // EHLO keywords, upper case
    QSet<QString> m_authMechanisms;
    qsizetype m_next = 0; // the first message not started yet
    qsizetype m_current = -1; // the message of the transaction under way, or -1
    bool m_currentAnswered = false;
    QByteArray m_rcptCommand; // sent after MAIL FROM's 250 when the server does not pipeline
    bool m_needsRset = false; // the last transaction ended before the server's final reply to DATA
};

} // namespace tc
