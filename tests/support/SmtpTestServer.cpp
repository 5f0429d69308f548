#include "SmtpTestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

namespace tc::test {

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3");
} // namespace

QString smtpServerScript()
{
    return qEnvironmentVariable("TC_SOURCE_DIR") + QStringLiteral("/tests/support/smtp_server.py");
}

QString checkAiosmtpd()
{
    QProcess probe;
    probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
    if (!probe.waitForFinished(15000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return QStringLiteral("python3-aiosmtpd is missing: apt-get install -y python3-aiosmtpd (or scripts/install-deps.sh test)");
    if (!QFile::exists(smtpServerScript()))
        return QStringLiteral("no ") + smtpServerScript();
    return {};
}

QString makeTestCertificate(const QString &dir, QString *certFile, QString *keyFile)
{
    *certFile = dir + QStringLiteral("/cert.pem");
    *keyFile = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-keyout"), *keyFile, QStringLiteral("-out"), *certFile});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        return QStringLiteral("openssl (package openssl) could not make a certificate: ") + openssl.errorString()
               + QString::fromUtf8(openssl.readAllStandardError());
    }
    return {};
}

SmtpTestServer::SmtpTestServer(QString maildir)
    : m_maildir(maildir.isEmpty() ? m_dir.filePath(QStringLiteral("mail")) : std::move(maildir))
{
}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

void SmtpTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(3000);
}

bool SmtpTestServer::start(const QStringList &switches, quint16 port)
{
    stop();
    m_process.setProgram(kPython);
    m_process.setArguments(QStringList{smtpServerScript(), QStringLiteral("--maildir"), m_maildir, QStringLiteral("--port"),
                                       QString::number(port)}
                           + switches);
    m_process.start();
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains('\n') && clock.elapsed() < 15000) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    const QList<QByteArray> words = out.trimmed().split(' ');
    if (words.size() != 2 || words.at(0) != "ready") {
        m_error = QStringLiteral("smtp_server.py did not start (%1): %2 %3")
                      .arg(switches.join(u' '), QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_port = words.at(1).toUShort();
    return true;
}

QList<ReceivedMail> SmtpTestServer::received() const
{
    QList<ReceivedMail> all;
    const QDir dir(m_maildir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile meta(dir.filePath(name));
        const QString eml = dir.filePath(name.chopped(5) + QStringLiteral(".eml"));
        QFile file(eml);
        if (meta.open(QIODevice::ReadOnly) && file.open(QIODevice::ReadOnly))
            all.append({eml, file.readAll(), QJsonDocument::fromJson(meta.readAll()).object()});
    }
    return all;
}

int SmtpTestServer::receivedCount() const
{
    return int(QDir(m_maildir).entryList({QStringLiteral("*.json")}, QDir::Files).size());
}

QSet<int> SmtpTestServer::connections() const
{
    QSet<int> numbers;
    for (const ReceivedMail &r : received())
        numbers.insert(r.meta.value(QStringLiteral("connection")).toInt());
    return numbers;
}

} // namespace tc::test
