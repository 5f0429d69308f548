// tst_smtpclient: SmtpClient against a real SMTP server (aiosmtpd, tests/support/smtp_server.py) on
// loopback: what the server received (bytes, envelope, login, connection, pipelining) for the
// encrypted ways in, and what the outbox is told when something goes wrong: refused login,
// untrusted certificate, no encryption on offer, refused recipients, lost connections, nothing
// listening, a server that never answers. Also the two pieces that need no server: dot-stuffing and
// the reply parser.
#include "mail/SmtpClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "SmtpTestServer.h"

using namespace tc;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Outcome = DeliveryResult::Outcome;
using Security = SmtpSettings::Security;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kUser = QStringLiteral("office@example.org");
const QString kPassword = QStringLiteral("s3cret-Pass!word");

// What the server kept of one message, and the server itself: see SmtpTestServer.
using Received = tc::test::ReceivedMail;
using SmtpServer = tc::test::SmtpTestServer;

#define START_SERVER(var, ...)                                                                                         \
    SmtpServer var;                                                                                                    \
    QVERIFY2(var.start(__VA_ARGS__), qPrintable(var.error()))

OutgoingMail mailTo(qint64 id, const QString &recipient = QStringLiteral("tenant@example.org"))
{
    OutgoingMail mail;
    mail.id = id;
    mail.envelopeFrom = QStringLiteral("office@example.org");
    mail.recipient = recipient;
    // Lines that need dot-stuffing: ".hello", "." alone (would end DATA early) and "..two".
    mail.bytes = "From: office@example.org\r\nTo: " + recipient.toUtf8() + "\r\nSubject: Test " + QByteArray::number(id)
        + "\r\n\r\n.hello\r\n.\r\nline " + QByteArray::number(id) + "\r\n..two\r\n";
    return mail;
}

QList<OutgoingMail> batchOf(int count)
{
    QList<OutgoingMail> batch;
    for (int i = 1; i <= count; ++i)
        batch.append(mailTo(i));
    return batch;
}

// What one send() brought: the answers in order, the connection error, how long it took.
struct Run
{
    QList<DeliveryResult> results;
    QString error;
    int finishedCount = 0;
    qint64 ms = 0;

    QString describe() const
    {
        QStringList lines {
            QStringLiteral("finished %1 time(s) after %2 ms, error \"%3\"").arg(finishedCount).arg(ms).arg(error)
        };
        for (const DeliveryResult &r : results)
            lines.append(QStringLiteral("  #%1 %2 %3").arg(r.id).arg(int(r.outcome)).arg(r.detail));
        return lines.join(u'\n');
    }
};

Run sendBatch(SmtpClient &client, const QList<OutgoingMail> &batch, int maxMs = 10000)
{
    Run run;
    const auto onDelivered = QObject::connect(
        &client, &MailTransport::delivered, &client, [&run](const DeliveryResult &r) { run.results.append(r); });
    const auto onFinished = QObject::connect(&client, &MailTransport::finished, &client, [&run](const QString &e) {
        run.error = e;
        ++run.finishedCount;
    });
    QElapsedTimer clock;
    clock.start();
    client.send(batch);
    if (!QTest::qWaitFor([&] { return run.finishedCount > 0; }, maxMs))
        run.error = QStringLiteral("(the test gave up waiting for finished())");
    run.ms = clock.elapsed();
    QTest::qWait(20); // a second finished() would show here
    QObject::disconnect(onDelivered);
    QObject::disconnect(onFinished);
    return run;
}

// The run finished once, answered every message of the batch once, in order.
#define CHECK_ANSWERED(run, batch)                                                                                     \
    do {                                                                                                               \
        QVERIFY2((run).finishedCount == 1, qPrintable((run).describe()));                                              \
        QVERIFY2((run).results.size() == (batch).size(), qPrintable((run).describe()));                                \
        for (qsizetype i_ = 0; i_ < (batch).size(); ++i_)                                                              \
            QVERIFY2((run).results.at(i_).id == (batch).at(i_).id, qPrintable((run).describe()));                      \
    } while (false)

#define CHECK_ALL(run, outcome_)                                                                                       \
    do {                                                                                                               \
        for (const DeliveryResult &r_ : (run).results)                                                                 \
            QVERIFY2(r_.outcome == (outcome_), qPrintable((run).describe()));                                          \
    } while (false)

} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_certDir;
    QString m_cert;
    QString m_key;

    QStringList tlsSwitches() const
    {
        return { QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key };
    }

    SmtpSettings settingsFor(quint16 port, Security security) const
    {
        SmtpSettings s;
        s.host = security == Security::None ? QStringLiteral("127.0.0.1") : QStringLiteral("localhost");
        s.port = port;
        s.security = security;
        s.caFile = security == Security::None ? QString() : m_cert;
        s.timeout = 5s;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess probe;
        probe.start(kPython, { QStringLiteral("-c"), QStringLiteral("import aiosmtpd") });
        if (!probe.waitForFinished(15000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QFAIL("python3-aiosmtpd is missing: apt-get install -y python3-aiosmtpd (or scripts/install-deps.sh test)");
        QVERIFY2(QFile::exists(tc::test::smtpServerScript()), qPrintable(tc::test::smtpServerScript()));

        QVERIFY(m_certDir.isValid());
        m_cert = m_certDir.filePath(QStringLiteral("cert.pem"));
        m_key = m_certDir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert });
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
            qPrintable(QStringLiteral("openssl (package openssl) could not make a certificate: ")
                + openssl.errorString() + QString::fromUtf8(openssl.readAllStandardError())));
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    }

    // The encrypted ways in: each delivers the batch on one connection, logged in with the
    // mechanism expected, and the bytes arrive as given (dot-stuffing undone by the server).
    void deliversEncrypted_data()
    {
        QTest::addColumn<QStringList>("switches");
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<bool>("pipelined");
        const QStringList auth { QStringLiteral("--auth"), kUser + u':' + kPassword };
        const QStringList implicit { QStringLiteral("--implicit-tls") };
        const QStringList loginOnly { QStringLiteral("--auth-mechanisms"), QStringLiteral("LOGIN") };
        QTest::newRow("STARTTLS, AUTH PLAIN") << auth << Security::StartTls << u"PLAIN"_s << true;
        QTest::newRow("STARTTLS, AUTH LOGIN") << auth + loginOnly << Security::StartTls << u"LOGIN"_s << true;
        QTest::newRow("implicit TLS, AUTH PLAIN") << auth + implicit << Security::Tls << u"PLAIN"_s << true;
        QTest::newRow("implicit TLS, AUTH LOGIN") << auth + implicit + loginOnly << Security::Tls << u"LOGIN"_s << true;
        QTest::newRow("no PIPELINING") << auth + QStringList { QStringLiteral("--no-pipelining") } << Security::StartTls
                                       << u"PLAIN"_s << false;
        QTest::newRow("replies split across reads")
            << auth + QStringList { QStringLiteral("--split-replies") } << Security::StartTls << u"PLAIN"_s << true;
    }
    void deliversEncrypted()
    {
        QFETCH(QStringList, switches);
        QFETCH(Security, security);
        QFETCH(QString, mechanism);
        QFETCH(bool, pipelined);
        START_SERVER(server, tlsSwitches() + switches);
        SmtpSettings settings = settingsFor(server.port(), security);
        settings.user = kUser;
        settings.password = kPassword;
        SmtpClient client(settings);
        const QList<OutgoingMail> batch = batchOf(3);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Sent);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(run.results.first().detail.startsWith(u"250 "), qPrintable(run.describe()));
        QVERIFY(!client.isBusy());

        const QList<Received> received = server.received();
        QCOMPARE(received.size(), batch.size());
        for (qsizetype i = 0; i < received.size(); ++i) {
            const QJsonObject &meta = received.at(i).meta;
            QCOMPARE(received.at(i).bytes, batch.at(i).bytes);
            QVERIFY(received.at(i).bytes.contains("\r\n.hello\r\n.\r\nline"));
            QCOMPARE(meta.value(u"mail_from").toString(), batch.at(i).envelopeFrom);
            QCOMPARE(meta.value(u"rcpt_tos").toArray().toVariantList(), QVariantList { batch.at(i).recipient });
            QCOMPARE(meta.value(u"tls").toBool(), true);
            QCOMPARE(meta.value(u"auth_mechanism").toString(), mechanism);
            QCOMPARE(meta.value(u"auth_login").toString(), kUser);
            QCOMPARE(meta.value(u"pipelined").toBool(), pipelined);
        }
        QCOMPARE(server.connections().size(), 1);
    }

    // A refused login is the connection's problem, not the messages': all Deferred with the
    // server's words, and the password nowhere.
    void wrongPasswordDefersAll()
    {
        START_SERVER(server, tlsSwitches() + QStringList { QStringLiteral("--auth"), kUser + u':' + kPassword });
        SmtpSettings settings = settingsFor(server.port(), Security::StartTls);
        settings.user = kUser;
        settings.password = QStringLiteral("wrong-Password-42");
        SmtpClient client(settings);
        const QList<OutgoingMail> batch = batchOf(2);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Deferred);
        QVERIFY2(run.error.contains(u"535") && run.error.contains(kUser), qPrintable(run.describe()));
        const QByteArray secretForms[] = { settings.password.toUtf8(), settings.password.toUtf8().toBase64() };
        for (const QByteArray &secret : secretForms) {
            QVERIFY(!run.error.contains(QString::fromLatin1(secret)));
            for (const DeliveryResult &r : run.results) {
                QVERIFY2(r.detail.contains(u"535"), qPrintable(run.describe()));
                QVERIFY(!r.detail.contains(QString::fromLatin1(secret)));
            }
        }
        QCOMPARE(server.received().size(), 0);
    }

    // Without the test CA, the self-signed certificate is not trusted: nothing is sent.
    void untrustedCertificateFails_data()
    {
        QTest::addColumn<QStringList>("switches");
        QTest::addColumn<Security>("security");
        QTest::newRow("STARTTLS") << QStringList() << Security::StartTls;
        QTest::newRow("implicit TLS") << QStringList { QStringLiteral("--implicit-tls") } << Security::Tls;
    }
    void untrustedCertificateFails()
    {
        QFETCH(QStringList, switches);
        QFETCH(Security, security);
        START_SERVER(server, tlsSwitches() + switches);
        SmtpSettings settings = settingsFor(server.port(), security);
        settings.caFile.clear();
        settings.user = kUser;
        settings.password = kPassword;
        SmtpClient client(settings);
        const QList<OutgoingMail> batch = batchOf(2);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Deferred);
        QVERIFY2(run.error.contains(u"certificate") && run.error.contains(u"localhost"), qPrintable(run.describe()));
        QCOMPARE(run.results.first().detail, run.error);
        QCOMPARE(server.received().size(), 0);
    }

    // No encryption is fine to this computer.
    void plainToLoopback()
    {
        START_SERVER(server, QStringList());
        SmtpClient client(settingsFor(server.port(), Security::None));
        const QList<OutgoingMail> batch = batchOf(2);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Sent);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.describe()));
        const QList<Received> received = server.received();
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).bytes, batch.at(1).bytes);
        QCOMPARE(received.at(1).meta.value(u"tls").toBool(), false);
    }

    // ... and refused to anywhere else, at once, without a connection (192.0.2.1 is a
    // documentation address: a connection attempt would hang until the timeout).
    void plainElsewhereRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("address") << QStringLiteral("192.0.2.1");
        QTest::newRow("name") << QStringLiteral("mail.example.com");
    }
    void plainElsewhereRefused()
    {
        QFETCH(QString, host);
        SmtpSettings settings = settingsFor(25, Security::None);
        settings.host = host;
        settings.user = kUser;
        settings.password = kPassword;
        settings.timeout = 20s;
        SmtpClient client(settings);
        const QList<OutgoingMail> batch = batchOf(3);
        const Run run = sendBatch(client, batch, 5000);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Deferred);
        QVERIFY2(run.ms < 1000, qPrintable(run.describe()));
        QVERIFY2(run.error.contains(host) && run.error.contains(u"encryption"), qPrintable(run.describe()));
    }

    // STARTTLS mode and a server that does not offer it: neither login nor mail goes out.
    void startTlsNotOffered()
    {
        START_SERVER(server, QStringList());
        SmtpSettings settings = settingsFor(server.port(), Security::StartTls);
        settings.host = QStringLiteral("127.0.0.1");
        settings.user = kUser;
        settings.password = kPassword;
        SmtpClient client(settings);
        const QList<OutgoingMail> batch = batchOf(2);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Deferred);
        QVERIFY2(run.error.contains(u"STARTTLS"), qPrintable(run.describe()));
        QCOMPARE(server.received().size(), 0);
    }

    // A refused recipient concerns that message only; the next one goes on the same connection.
    void refusedRecipient_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("pipelining");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("550, pipelined") << 550 << true << Outcome::Failed;
        QTest::newRow("450, pipelined") << 450 << true << Outcome::Deferred;
        QTest::newRow("550, one at a time") << 550 << false << Outcome::Failed;
        QTest::newRow("450, one at a time") << 450 << false << Outcome::Deferred;
    }
    void refusedRecipient()
    {
        QFETCH(int, code);
        QFETCH(bool, pipelining);
        QFETCH(Outcome, outcome);
        QStringList switches = tlsSwitches()
            + QStringList { QStringLiteral("--reject-rcpt"), QStringLiteral("refuse-me@*:%1").arg(code) };
        if (!pipelining)
            switches.append(QStringLiteral("--no-pipelining"));
        START_SERVER(server, switches);
        SmtpClient client(settingsFor(server.port(), Security::StartTls));
        const QList<OutgoingMail> batch { mailTo(1), mailTo(2, QStringLiteral("refuse-me@example.org")), mailTo(3) };
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(run.results.at(0).outcome, Outcome::Sent);
        QCOMPARE(run.results.at(1).outcome, outcome);
        QCOMPARE(run.results.at(2).outcome, Outcome::Sent);
        // Both lines of the server's reply, behind its code.
        const QString detail = run.results.at(1).detail;
        QVERIFY2(detail.startsWith(QStringLiteral("%1 %2.1.1 <refuse-me@example.org>: refused by the test server")
                                       .arg(code)
                                       .arg(code / 100)),
            qPrintable(detail));
        QVERIFY2(detail.endsWith(u"second line of the refusal"), qPrintable(detail));
        const QList<Received> received = server.received();
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).bytes, batch.at(2).bytes);
        QCOMPARE(server.connections().size(), 1);
    }

    // An address that would break the command line is refused here and never reaches the server.
    void unsafeAddressRefusedLocally()
    {
        START_SERVER(server, QStringList());
        SmtpClient client(settingsFor(server.port(), Security::None));
        const QList<OutgoingMail> batch { mailTo(1, QStringLiteral("a@example.org>\r\nRCPT TO:<b@example.org")),
            mailTo(2) };
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        QCOMPARE(run.results.at(0).outcome, Outcome::Failed);
        QCOMPARE(run.results.at(1).outcome, Outcome::Sent);
        const QList<Received> received = server.received();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).meta.value(u"rcpt_tos").toArray().toVariantList(),
            QVariantList { QStringLiteral("tenant@example.org") });
    }

    // The server hangs up in the middle of DATA: that message and the rest wait for another try,
    // which then works.
    void connectionLostInData()
    {
        START_SERVER(server, tlsSwitches() + QStringList { QStringLiteral("--drop-in-data"), QStringLiteral("1") });
        SmtpClient client(settingsFor(server.port(), Security::StartTls));
        const QList<OutgoingMail> batch = batchOf(3);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Deferred);
        QVERIFY2(run.results.first().detail.contains(u"Connection lost while the message was being sent"),
            qPrintable(run.describe()));
        QVERIFY2(run.error.contains(u"Connection lost"), qPrintable(run.describe()));
        QCOMPARE(server.received().size(), 0);

        const Run again = sendBatch(client, batch);
        CHECK_ANSWERED(again, batch);
        CHECK_ALL(again, Outcome::Sent);
        QCOMPARE(server.received().size(), 3);
    }

    void nothingListening()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        SmtpClient client(settingsFor(port, Security::None));
        const QList<OutgoingMail> batch = batchOf(3);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Deferred);
        QVERIFY2(run.ms < 2000, qPrintable(run.describe()));
        QVERIFY2(run.error.contains(u"Could not connect") && run.error.contains(QString::number(port)),
            qPrintable(run.describe()));
    }

    // A server that takes the connection and never says a word.
    void silentServerTimesOut_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("waitingFor");
        QTest::newRow("no greeting") << Security::None << QStringLiteral("greeting");
        QTest::newRow("no TLS handshake") << Security::Tls << QStringLiteral("TLS handshake");
    }
    void silentServerTimesOut()
    {
        QFETCH(Security, security);
        QFETCH(QString, waitingFor);
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SmtpSettings settings = settingsFor(silent.serverPort(), security);
        settings.host = QStringLiteral("127.0.0.1");
        settings.timeout = 300ms;
        SmtpClient client(settings);
        const QList<OutgoingMail> batch = batchOf(2);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Deferred);
        QVERIFY2(run.ms >= 250 && run.ms < 2000, qPrintable(run.describe()));
        QVERIFY2(run.error.contains(u"did not answer within 0.3 s") && run.error.contains(waitingFor),
            qPrintable(run.describe()));
    }

    void abortDefersTheRest()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SmtpSettings settings = settingsFor(silent.serverPort(), Security::None);
        SmtpClient client(settings);
        QTimer::singleShot(100, &client, [&client] { client.abort(); });
        const QList<OutgoingMail> batch = batchOf(2);
        const Run run = sendBatch(client, batch);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Deferred);
        QVERIFY2(run.ms < 1000 && run.error.contains(u"cancelled"), qPrintable(run.describe()));
        QVERIFY(!client.isBusy());
    }

    // Fifty messages, one connection, one login.
    void largeBatchOnOneConnection()
    {
        START_SERVER(server, tlsSwitches() + QStringList { QStringLiteral("--auth"), kUser + u':' + kPassword });
        SmtpSettings settings = settingsFor(server.port(), Security::StartTls);
        settings.user = kUser;
        settings.password = kPassword;
        SmtpClient client(settings);
        const QList<OutgoingMail> batch = batchOf(50);
        const Run run = sendBatch(client, batch, 20000);
        CHECK_ANSWERED(run, batch);
        CHECK_ALL(run, Outcome::Sent);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.describe()));
        const QList<Received> received = server.received();
        QCOMPARE(received.size(), 50);
        QCOMPARE(received.last().bytes, batch.last().bytes);
        QCOMPARE(server.connections().size(), 1);
    }

    void emptyBatchFinishesAtOnce()
    {
        SmtpClient client(settingsFor(1, Security::StartTls));
        const Run run = sendBatch(client, {});
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(run.error.isEmpty());
        QVERIFY(run.results.isEmpty());
    }

    void dotStuffing_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("block");
        QTest::newRow("plain") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
        QTest::newRow("first line") << QByteArray(".a\r\n") << QByteArray("..a\r\n.\r\n");
        QTest::newRow("dot alone") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
        QTest::newRow("two dots") << QByteArray("..\r\n") << QByteArray("...\r\n.\r\n");
        QTest::newRow("dot inside a line") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
        QTest::newRow("last line without CRLF") << QByteArray("a\r\n.") << QByteArray("a\r\n..\r\n.\r\n");
        QTest::newRow("bare LF then dot") << QByteArray("a\n.\r\n") << QByteArray("a\n..\r\n.\r\n");
        QTest::newRow("empty") << QByteArray() << QByteArray("\r\n.\r\n");
    }
    void dotStuffing()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, block);
        QCOMPARE(smtp::dataBlock(message), block);
    }

    // Replies however they are cut: byte by byte, several in one read.
    void replyParser()
    {
        const QByteArray bytes = "250-smtp.test\r\n250-PIPELINING\r\n250 HELP\r\n354 go ahead\r\n221\r\n";
        smtp::ReplyParser parser;
        QList<smtp::Reply> replies;
        for (char c : bytes) {
            parser.append(QByteArray(1, c));
            smtp::Reply reply;
            while (parser.take(&reply))
                replies.append(reply);
        }
        QVERIFY(parser.error().isEmpty());
        QVERIFY(!parser.hasPendingBytes());
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies.at(0).code, 250);
        QCOMPARE(replies.at(0).lines, (QStringList { u"smtp.test"_s, u"PIPELINING"_s, u"HELP"_s }));
        QCOMPARE(replies.at(0).text(), u"250 smtp.test PIPELINING HELP"_s);
        QCOMPARE(replies.at(1).text(), u"354 go ahead"_s);
        QCOMPARE(replies.at(2).code, 221);

        smtp::ReplyParser all;
        all.append(bytes);
        smtp::Reply reply;
        int count = 0;
        while (all.take(&reply))
            ++count;
        QCOMPARE(count, 3);

        smtp::ReplyParser bad;
        bad.append("HTTP/1.1 400 Bad Request\r\n");
        QVERIFY(!bad.take(&reply));
        QVERIFY(!bad.error().isEmpty());

        smtp::ReplyParser mixed;
        mixed.append("250-a\r\n550 b\r\n");
        QVERIFY(!mixed.take(&reply));
        QVERIFY(!mixed.error().isEmpty());
    }

    void securityKeys()
    {
        for (Security s : { Security::StartTls, Security::Tls, Security::None })
            QCOMPARE(SmtpSettings::securityFromKey(SmtpSettings::securityKey(s)), s);
        QCOMPARE(SmtpSettings::securityKey(Security::StartTls), u"starttls"_s);
        QCOMPARE(SmtpSettings::securityKey(Security::Tls), u"tls"_s);
        QCOMPARE(SmtpSettings::securityKey(Security::None), u"none"_s);
        QVERIFY(!SmtpSettings::securityFromKey(u"ssl"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
