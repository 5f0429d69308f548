#include "mail/SmtpClient.h"

#include "domain/Settings.h"

#include <QFile>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>
#include <QUrl>

#include <algorithm>
#include <cstring>
#include <utility>

namespace tc {

namespace {

// Generous for any real server; a peer that sends more without a line end is not speaking SMTP.
constexpr qsizetype kMaxReplyLine = 4096;
constexpr qsizetype kMaxReplyLines = 200;
// How long a finished session may take to say goodbye before the socket is simply closed.
constexpr int kGoodbyeMs = 5000;
constexpr std::chrono::milliseconds kDataEndTimeout = std::chrono::minutes(10);

bool isPositive(int code)
{
    return code >= 200 && code < 300;
}

// What the server said, made safe to show: no control characters (a hostile server could
// otherwise put terminal escapes or fake lines into the office's logs and dialogs).
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return text.trimmed();
}

QString printable(const QByteArray &bytes)
{
    return printable(QString::fromUtf8(bytes));
}

// A host name or an address literal: what EHLO may carry.
bool isValidHeloName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        return true;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'.';
    });
}

} // namespace

QString SmtpSettings::securityKey(Security security)
{
    switch (security) {
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("starttls");
}

std::optional<SmtpSettings::Security> SmtpSettings::securityFromKey(QStringView key)
{
    for (Security s : { Security::StartTls, Security::Tls, Security::None }) {
        if (key == securityKey(s))
            return s;
    }
    return std::nullopt;
}

namespace smtp {

QString Reply::text() const
{
    QStringList parts { QString::number(code) };
    for (const QString &line : lines) {
        if (!line.isEmpty())
            parts.append(line);
    }
    return parts.join(u' ');
}

bool ReplyParser::take(Reply *reply)
{
    while (m_error.isEmpty()) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > kMaxReplyLine)
                m_error = tr("a reply line longer than %1 bytes").arg(kMaxReplyLine);
            return false;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        const bool wellFormed = line.size() >= 3 && line.size() <= kMaxReplyLine
            && std::all_of(line.begin(), line.begin() + 3, [](char c) { return c >= '0' && c <= '9'; })
            && (line.size() == 3 || line.at(3) == ' ' || line.at(3) == '-');
        if (!wellFormed) {
            m_error = tr("\"%1\" is not an SMTP reply").arg(printable(line.left(80)));
            return false;
        }
        const int code = line.left(3).toInt();
        if (!m_partial.lines.isEmpty() && code != m_partial.code) {
            m_error = tr("a multi-line reply changes its code from %1 to %2").arg(m_partial.code).arg(code);
            return false;
        }
        m_partial.code = code;
        m_partial.lines.append(printable(line.mid(4)));
        if (line.size() == 3 || line.at(3) == ' ') {
            *reply = std::exchange(m_partial, Reply());
            return true;
        }
        if (m_partial.lines.size() > kMaxReplyLines) {
            m_error = tr("a reply of more than %1 lines").arg(kMaxReplyLines);
            return false;
        }
    }
    return false;
}

void ReplyParser::clear()
{
    m_buffer.clear();
    m_partial = Reply();
    m_error.clear();
}

QByteArray dataBlock(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 50 + 8);
    // Every '.' after a line feed, not only after CRLF: whatever the receiving server takes for a
    // line end, no line of the message can end the DATA early (no "SMTP smuggling").
    if (message.startsWith('.'))
        out.append('.');
    // Line feeds found with memchr and the next byte looked at: searching for the two bytes "\n."
    // took Qt's general substring search, a tenth of the outbox's time per message.
    const char *const begin = message.constData();
    const char *const end = begin + message.size();
    const char *from = begin;
    for (const char *lf = begin; lf < end; ++lf) {
        lf = static_cast<const char *>(std::memchr(lf, '\n', size_t(end - lf)));
        if (!lf)
            break;
        if (lf + 1 < end && lf[1] == '.') {
            out.append(from, lf + 1 - from);
            out.append('.');
            from = lf + 1;
        }
    }
    out.append(from, end - from);
    if (!out.endsWith("\r\n"))
        out.append("\r\n");
    out.append(".\r\n");
    return out;
}

} // namespace smtp

SmtpClient::SmtpClient(SmtpSettings settings, QObject *parent)
    : MailTransport(parent)
    , m_settings(std::move(settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
}

SmtpClient::~SmtpClient()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void SmtpClient::send(const QList<OutgoingMail> &batch)
{
    Q_ASSERT_X(!m_busy, "SmtpClient::send", "a batch is still being sent");
    if (m_busy) {
        qWarning("SmtpClient::send: a batch is still being sent; the new one is ignored");
        return;
    }
    m_batch = batch;
    m_active = m_settings;
    m_busy = true;
    m_lastFailure = Failure::None;
    ++m_session;
    m_next = 0;
    m_current = -1;
    m_currentAnswered = false;
    m_needsRset = false;
    // The answers come from the event loop, never from inside send(): a caller may connect to the
    // signals after calling it, or start the next batch from finished().
    QTimer::singleShot(0, this, [this, session = m_session] {
        if (session == m_session)
            begin();
    });
}

void SmtpClient::abort()
{
    fail(tr("Sending was cancelled."));
}

void SmtpClient::begin()
{
    if (m_batch.isEmpty()) {
        finish(QString());
        return;
    }
    const QString host = m_active.host.trimmed();
    if (host.isEmpty()) {
        fail(tr("No mail server is set (setting %1).").arg(settings::smtpHost));
        return;
    }
    if (m_active.security == SmtpSettings::Security::None && !settings::isLoopbackHost(host)) {
        fail(tr("Mail is not sent to %1 without encryption: only a mail server on this computer may be used "
                "without it. Choose \"starttls\" or \"tls\" for setting %2.")
                 .arg(host, settings::smtpSecurity));
        return;
    }
    if (m_active.security != SmtpSettings::Security::None && !QSslSocket::supportsSsl()) {
        fail(
            tr("This computer cannot encrypt connections (no TLS library found), so no mail is sent to %1.").arg(host));
        return;
    }
    QList<QSslCertificate> extraCas;
    if (!m_active.caFile.isEmpty()) {
        QFile file(m_active.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("The CA file %1 for the mail server cannot be read: %2").arg(m_active.caFile, file.errorString()));
            return;
        }
        const QByteArray bytes = file.readAll();
        extraCas = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (extraCas.isEmpty())
            extraCas = QSslCertificate::fromData(bytes, QSsl::Der);
        if (extraCas.isEmpty()) {
            fail(tr("The CA file %1 for the mail server holds no certificate.").arg(m_active.caFile));
            return;
        }
    }
    connectSocket(extraCas);
}

void SmtpClient::connectSocket(const QList<QSslCertificate> &extraCas)
{
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCas.isEmpty())
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCas);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_active.host.trimmed());

    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    // Should the socket ever go away without errorOccurred(), the batch must still end.
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        // Not ignored: the handshake fails next, and that failure is reported with these words.
        m_certificateProblem = tr("The certificate of the mail server %1 is not trusted, so nothing was sent: %2")
                                   .arg(m_active.host.trimmed(), texts.join(QStringLiteral("; ")));
    });
    // A large message takes a while to upload: progress counts as a sign of life.
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] { m_timer.start(); });
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] { m_timer.start(); });

    m_parser.clear();
    m_expected.clear();
    m_certificateProblem.clear();
    m_encrypted = false;
    m_capabilities.clear();
    m_authMechanisms.clear();
    m_phase = Phase::Connecting;
    m_timer.setInterval(
        m_active.timeout > std::chrono::milliseconds::zero() ? m_active.timeout : std::chrono::seconds(30));
    m_timer.start();
    if (m_active.security == SmtpSettings::Security::Tls)
        m_socket->connectToHostEncrypted(m_active.host.trimmed(), m_active.port);
    else
        m_socket->connectToHost(m_active.host.trimmed(), m_active.port);
}

void SmtpClient::onConnected()
{
    m_timer.start();
    // "localhost" is a name the resolver answers: without encryption, the peer itself must be this computer.
    if (m_active.security == SmtpSettings::Security::None && !m_socket->peerAddress().isLoopback()) {
        fail(tr("Mail is not sent to %1 (%2) without encryption: it is not this computer.")
                 .arg(m_active.host.trimmed(), m_socket->peerAddress().toString()));
        return;
    }
    if (m_active.security == SmtpSettings::Security::Tls) {
        m_phase = Phase::Handshaking;
        return;
    }
    m_phase = Phase::Talking;
    m_expected = { Step::Greeting };
}

void SmtpClient::onEncrypted()
{
    m_encrypted = true;
    m_phase = Phase::Talking;
    m_timer.start();
    if (m_active.security == SmtpSettings::Security::Tls)
        m_expected = { Step::Greeting };
    else
        sendEhlo(); // RFC 3207: after STARTTLS the client forgets what it knew and starts over
}

void SmtpClient::onReadyRead()
{
    const quint64 session = m_session;
    m_parser.append(m_socket->readAll());
    smtp::Reply reply;
    while (session == m_session && m_socket && m_parser.take(&reply))
        handleReply(reply);
    if (session == m_session && !m_parser.error().isEmpty())
        fail(tr("The mail server %1 answered something that is not SMTP: %2")
                 .arg(m_active.host.trimmed(), m_parser.error()));
}

void SmtpClient::onSocketError()
{
    if (!m_socket)
        return;
    const QString host = m_active.host.trimmed();
    const QString why = m_socket->error() == QAbstractSocket::UnknownSocketError
        ? tr("the server closed the connection")
        : m_socket->errorString();
    switch (m_phase) {
    case Phase::Connecting:
        fail(tr("Could not connect to the mail server %1 (port %2): %3").arg(host).arg(m_active.port).arg(why));
        return;
    case Phase::Handshaking:
        if (!m_certificateProblem.isEmpty())
            fail(m_certificateProblem);
        else
            fail(tr("The encrypted connection (TLS) to the mail server %1 could not be set up: %2").arg(host, why));
        return;
    case Phase::Talking:
        break;
    }
    const bool inData = !m_expected.isEmpty() && m_expected.first() == Step::DataEnd && !m_currentAnswered;
    fail(tr("Connection lost to the mail server %1: %2").arg(host, why),
        inData ? tr("Connection lost while the message was being sent to %1: %2").arg(host, why) : QString());
}

void SmtpClient::onTimeout()
{
    QString what;
    switch (m_phase) {
    case Phase::Connecting:
        what = tr("connecting");
        break;
    case Phase::Handshaking:
        what = tr("the TLS handshake");
        break;
    case Phase::Talking:
        what = m_expected.isEmpty() ? tr("the next reply") : stepName(m_expected.first());
        break;
    }
    const double seconds = static_cast<double>(m_timer.intervalAsDuration().count()) / 1000.0;
    fail(tr("The mail server %1 did not answer within %2 s (waiting for %3).")
             .arg(m_active.host.trimmed(), QString::number(seconds), what));
}

void SmtpClient::handleReply(const smtp::Reply &reply)
{
    if (m_expected.isEmpty()) {
        fail(tr("The mail server %1 sent a reply nobody asked for: %2")
                 .arg(m_active.host.trimmed(), serverWords(reply)));
        return;
    }
    m_timer.setInterval(
        m_active.timeout > std::chrono::milliseconds::zero() ? m_active.timeout : std::chrono::milliseconds(30000));
    m_timer.start();
    const Step step = m_expected.takeFirst();
    switch (step) {
    case Step::Mail:
    case Step::Rcpt:
    case Step::Data:
    case Step::DataEnd:
    case Step::Rset:
        handleMessageReply(step, reply);
        return;
    default:
        handleSessionReply(step, reply);
        return;
    }
}

void SmtpClient::handleSessionReply(Step step, const smtp::Reply &reply)
{
    const QString host = m_active.host.trimmed();
    const auto loginRefused = [&] {
        m_lastFailure = Failure::Login;
        fail(tr("The mail server %1 refused the login of %2: %3").arg(host, m_active.user, serverWords(reply)));
    };
    switch (step) {
    case Step::Greeting:
        if (reply.code == 220)
            sendEhlo();
        else
            fail(tr("The mail server %1 does not take mail now: %2").arg(host, serverWords(reply)));
        return;
    case Step::Ehlo:
        if (isPositive(reply.code))
            afterEhlo(reply);
        else
            fail(tr("The mail server %1 refused the greeting (EHLO): %2").arg(host, serverWords(reply)));
        return;
    case Step::StartTls:
        if (reply.code != 220) {
            fail(tr("The mail server %1 refused to encrypt the connection (STARTTLS): %2")
                     .arg(host, serverWords(reply)));
        } else if (m_parser.hasPendingBytes()) {
            // Bytes sent before the encryption cannot be told apart from an attacker's (CVE-2011-0411).
            fail(tr("The mail server %1 sent more than it should after STARTTLS; the connection is not trusted.")
                     .arg(host));
        } else {
            m_parser.clear();
            m_phase = Phase::Handshaking;
            m_socket->startClientEncryption();
        }
        return;
    case Step::AuthPlain:
    case Step::AuthLoginDone:
        if (isPositive(reply.code))
            nextMessage();
        else
            loginRefused();
        return;
    case Step::AuthLoginUser:
        if (reply.code == 334)
            write(m_active.user.toUtf8().toBase64() + "\r\n", { Step::AuthLoginPassword });
        else
            loginRefused();
        return;
    case Step::AuthLoginPassword:
        if (reply.code == 334)
            write(m_active.password.toUtf8().toBase64() + "\r\n", { Step::AuthLoginDone });
        else
            loginRefused();
        return;
    case Step::Quit:
        dropSocket(true);
        finish(QString());
        return;
    default:
        Q_UNREACHABLE();
    }
}

void SmtpClient::handleMessageReply(Step step, const smtp::Reply &reply)
{
    const bool pipelining = m_capabilities.contains(QStringLiteral("PIPELINING"));
    const quint64 session = m_session;
    switch (step) {
    case Step::Rset:
        if (!isPositive(reply.code)) {
            fail(tr("The mail server %1 refused to start over (RSET): %2")
                     .arg(m_active.host.trimmed(), serverWords(reply)));
            return;
        }
        break;
    case Step::Mail:
        if (!isPositive(reply.code))
            refuseMessage(reply);
        else if (!pipelining)
            write(m_rcptCommand, { Step::Rcpt });
        break;
    case Step::Rcpt:
        if (m_currentAnswered)
            break; // a pipelined RCPT after a refused MAIL
        if (!isPositive(reply.code))
            refuseMessage(reply);
        else if (!pipelining)
            write("DATA\r\n", { Step::Data });
        break;
    case Step::Data:
        if (reply.code == 354) {
            // After a refused RCPT a pipelining server should refuse DATA too; if it does not, an
            // empty message ends the transaction without delivering anything.
            write(m_currentAnswered ? QByteArray(".\r\n") : smtp::dataBlock(m_batch.at(m_current).bytes),
                { Step::DataEnd });
            // After the final dot a server may scan the message for a long time (RFC 5321 4.5.3.2.6
            // allows 10 minutes); giving up earlier would send a delivered message again.
            m_timer.setInterval(std::max(m_timer.intervalAsDuration(), kDataEndTimeout));
            m_timer.start();
        } else if (!m_currentAnswered) {
            refuseMessage(reply);
        }
        break;
    case Step::DataEnd:
        if (!m_currentAnswered) {
            if (isPositive(reply.code))
                answer(DeliveryResult::Outcome::Sent, serverWords(reply));
            else
                refuseMessage(reply);
        }
        m_needsRset = false; // the final dot ends the transaction whatever the reply
        break;
    default:
        Q_UNREACHABLE();
    }
    if (session == m_session && m_expected.isEmpty())
        nextMessage();
}

void SmtpClient::sendEhlo()
{
    m_capabilities.clear();
    m_authMechanisms.clear();
    write("EHLO " + heloName() + "\r\n", { Step::Ehlo });
}

void SmtpClient::afterEhlo(const smtp::Reply &reply)
{
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QStringList words = reply.lines.at(i).toUpper().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QString keyword = words.takeFirst();
        // "AUTH=LOGIN PLAIN" is how some old servers say it.
        if (keyword.startsWith(QStringLiteral("AUTH="))) {
            words.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        m_capabilities.insert(keyword);
        if (keyword == u"AUTH")
            m_authMechanisms.unite(QSet<QString>(words.begin(), words.end()));
    }
    if (m_active.security == SmtpSettings::Security::StartTls && !m_encrypted) {
        if (!m_capabilities.contains(QStringLiteral("STARTTLS"))) {
            fail(tr("The mail server %1 does not offer encryption (STARTTLS), so neither the login nor any mail is "
                    "sent to it. If it expects encryption from the first byte (usually port 465), choose \"tls\".")
                     .arg(m_active.host.trimmed()));
            return;
        }
        write("STARTTLS\r\n", { Step::StartTls });
        return;
    }
    if (m_active.user.isEmpty())
        nextMessage();
    else
        login();
}

void SmtpClient::login()
{
    if (m_authMechanisms.contains(QStringLiteral("PLAIN"))) {
        // RFC 4616: authorization identity (empty), NUL, user, NUL, password.
        const QByteArray token = '\0' + m_active.user.toUtf8() + '\0' + m_active.password.toUtf8();
        write("AUTH PLAIN " + token.toBase64() + "\r\n", { Step::AuthPlain });
    } else if (m_authMechanisms.contains(QStringLiteral("LOGIN"))) {
        write("AUTH LOGIN\r\n", { Step::AuthLoginUser });
    } else {
        QStringList offered(m_authMechanisms.begin(), m_authMechanisms.end());
        offered.sort();
        fail(tr("The mail server %1 offers no login this program can use (PLAIN or LOGIN); it offers: %2")
                 .arg(m_active.host.trimmed(), offered.isEmpty() ? tr("none") : offered.join(u' ')));
    }
}

void SmtpClient::nextMessage()
{
    const quint64 session = m_session;
    m_current = -1;
    if (m_needsRset && m_next < m_batch.size()) {
        m_needsRset = false;
        write("RSET\r\n", { Step::Rset });
        return;
    }
    while (m_next < m_batch.size()) {
        m_current = m_next++;
        m_currentAnswered = false;
        const OutgoingMail &mail = m_batch.at(m_current);
        const EncodedAddress from = encodeAddress(mail.envelopeFrom, true);
        const EncodedAddress to = encodeAddress(mail.recipient, false);
        if (!from.problem.isEmpty() || !to.problem.isEmpty()) {
            answer(DeliveryResult::Outcome::Failed, from.problem.isEmpty() ? to.problem : from.problem);
            if (session != m_session)
                return;
            continue;
        }
        const QByteArray mailCommand
            = "MAIL FROM:<" + from.bytes + '>' + (from.needsSmtpUtf8 || to.needsSmtpUtf8 ? " SMTPUTF8" : "") + "\r\n";
        m_rcptCommand = "RCPT TO:<" + to.bytes + ">\r\n";
        if (m_capabilities.contains(QStringLiteral("PIPELINING"))) {
            // RFC 2920: one write, so that the three commands travel together.
            write(mailCommand + m_rcptCommand + "DATA\r\n", { Step::Mail, Step::Rcpt, Step::Data });
        } else {
            write(mailCommand, { Step::Mail });
        }
        return;
    }
    m_current = -1;
    write("QUIT\r\n", { Step::Quit });
    // Every message has its answer; a server slow to say goodbye does not hold the batch up long.
    if (session == m_session)
        m_timer.start(std::min(m_timer.intervalAsDuration(), std::chrono::milliseconds(kGoodbyeMs)));
}

void SmtpClient::write(const QByteArray &bytes, std::initializer_list<Step> expected)
{
    m_expected.append(QList<Step>(expected));
    m_timer.start();
    m_socket->write(bytes);
    // Onto the wire now, not on the event loop's next turn: the server waits for these bytes, and
    // the detour cost a loop iteration and a socket notifier switched on and off for every command.
    // A broken connection can end the batch right here (errorOccurred): callers check m_session.
    m_socket->flush();
}

void SmtpClient::answer(DeliveryResult::Outcome outcome, const QString &detail)
{
    m_currentAnswered = true;
    DeliveryResult result;
    result.id = m_batch.at(m_current).id;
    result.outcome = outcome;
    result.detail = scrubbed(detail);
    Q_EMIT delivered(result);
}

void SmtpClient::refuseMessage(const smtp::Reply &reply)
{
    m_needsRset = true;
    if (reply.code >= 400 && reply.code < 500)
        answer(DeliveryResult::Outcome::Deferred, serverWords(reply));
    else if (reply.code >= 500 && reply.code < 600)
        answer(DeliveryResult::Outcome::Failed, serverWords(reply));
    else // a 2xx or 3xx where a refusal was due: the two sides no longer agree on where they are
        fail(tr("The mail server %1 answered out of turn: %2").arg(m_active.host.trimmed(), serverWords(reply)));
}

void SmtpClient::fail(const QString &reason, const QString &inFlightDetail)
{
    if (!m_busy)
        return;
    if (m_lastFailure == Failure::None)
        m_lastFailure = Failure::Other;
    const quint64 session = m_session;
    dropSocket(false);
    bool anyUnanswered = false;
    if (m_current >= 0 && !m_currentAnswered) {
        anyUnanswered = true;
        answer(DeliveryResult::Outcome::Deferred, inFlightDetail.isEmpty() ? reason : inFlightDetail);
        if (session != m_session)
            return;
    }
    while (m_next < m_batch.size()) {
        m_current = m_next++;
        anyUnanswered = true;
        answer(DeliveryResult::Outcome::Deferred, reason);
        if (session != m_session)
            return;
    }
    // A session that breaks while saying goodbye still delivered everything.
    finish(anyUnanswered ? scrubbed(reason) : QString());
}

void SmtpClient::finish(const QString &connectionError)
{
    dropSocket(false);
    m_busy = false;
    ++m_session;
    m_batch.clear();
    m_current = -1;
    Q_EMIT finished(connectionError);
}

void SmtpClient::dropSocket(bool gracefully)
{
    m_timer.stop();
    m_expected.clear();
    m_parser.clear();
    if (!m_socket)
        return;
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (gracefully && socket->state() == QAbstractSocket::ConnectedState) {
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kGoodbyeMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->disconnectFromHost();
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

SmtpClient::EncodedAddress SmtpClient::encodeAddress(const QString &address, bool mayBeEmpty) const
{
    EncodedAddress result;
    if (address.isEmpty()) {
        if (!mayBeEmpty)
            result.problem = tr("The message has no recipient address.");
        return result; // MAIL FROM:<> is the null sender (bounces)
    }
    // Spaces, angle brackets and line ends would break the command or smuggle another one in.
    const bool unsafe = std::any_of(address.begin(), address.end(), [](QChar c) {
        return c.unicode() <= 0x20 || c.unicode() == 0x7f || c == u'<' || c == u'>'
            || c.category() == QChar::Other_Control;
    });
    const qsizetype at = address.lastIndexOf(u'@');
    if (unsafe || at <= 0 || at == address.size() - 1) {
        result.problem = tr("\"%1\" is not an e-mail address that can be sent to.").arg(printable(address));
        return result;
    }
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    QByteArray domainBytes = domain.startsWith(u'[') ? domain.toLatin1() : QUrl::toAce(domain);
    if (domainBytes.isEmpty()) {
        result.problem = tr("The domain of \"%1\" is not valid.").arg(address);
        return result;
    }
    const bool asciiLocal = std::all_of(local.begin(), local.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!asciiLocal && !m_capabilities.contains(QStringLiteral("SMTPUTF8"))) {
        result.problem = tr("The address \"%1\" has letters beyond ASCII before the @, and the mail server %2 does not "
                            "accept such addresses (SMTPUTF8).")
                             .arg(address, m_active.host.trimmed());
        return result;
    }
    result.needsSmtpUtf8 = !asciiLocal;
    result.bytes = local.toUtf8() + '@' + domainBytes;
    return result;
}

QByteArray SmtpClient::heloName() const
{
    if (isValidHeloName(m_active.heloName))
        return m_active.heloName.toLatin1();
    const QString machine = QSysInfo::machineHostName();
    if (machine.contains(u'.') && isValidHeloName(machine))
        return machine.toLatin1();
    // RFC 5321 4.1.4: without a fully qualified name, the address literal of this end.
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress(QHostAddress::LocalHost);
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return '[' + local.toString().toLatin1() + ']';
}

QString SmtpClient::stepName(Step step) const
{
    switch (step) {
    case Step::Greeting:
        return tr("the greeting");
    case Step::Ehlo:
        return tr("the reply to EHLO");
    case Step::StartTls:
        return tr("the reply to STARTTLS");
    case Step::AuthPlain:
    case Step::AuthLoginUser:
    case Step::AuthLoginPassword:
    case Step::AuthLoginDone:
        return tr("the reply to the login");
    case Step::Mail:
        return tr("the reply to MAIL FROM");
    case Step::Rcpt:
        return tr("the reply to RCPT TO");
    case Step::Data:
        return tr("the reply to DATA");
    case Step::DataEnd:
        return tr("the reply to the end of the message");
    case Step::Rset:
        return tr("the reply to RSET");
    case Step::Quit:
        return tr("the reply to QUIT");
    }
    return QString();
}

QString SmtpClient::serverWords(const smtp::Reply &reply) const
{
    return scrubbed(reply.text());
}

// A server may echo what it was sent (a base64 token, a "user:password" pair); none of it is
// shown. Very short passwords are left alone: hiding every "a" would garble the text and hide
// nothing worth hiding.
QString SmtpClient::scrubbed(QString text) const
{
    const QString &password = m_active.password;
    if (password.size() < 4)
        return text;
    const QString mask = QStringLiteral("********");
    const QByteArray secret = password.toUtf8();
    text.replace(password, mask);
    text.replace(QString::fromLatin1(secret.toBase64()), mask);
    text.replace(QString::fromLatin1(('\0' + m_active.user.toUtf8() + '\0' + secret).toBase64()), mask);
    return text;
}

} // namespace tc
