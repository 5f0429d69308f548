// SmtpTestServer: one tests/support/smtp_server.py process (aiosmtpd) on 127.0.0.1, started with the
// given switches and stopped by its PID (SIGTERM) when the object goes or stop() is called. What it
// accepted lies in its maildir: NNNN.eml as received and NNNN.json with the envelope.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

namespace tc::test {

struct ReceivedMail
{
    QString path; // the .eml file
    QByteArray bytes;
    QJsonObject meta;
};

class SmtpTestServer
{
public:
    // `maildir` empty: one of its own, in a temporary folder. A server started again on the same
    // maildir numbers its files on from the ones there.
    explicit SmtpTestServer(QString maildir = {});
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    // Starts the server and waits for its "ready PORT" line; `port` 0: any free one.
    bool start(const QStringList &switches, quint16 port = 0);
    void stop();
    qint64 pid() const { return m_process.processId(); }

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString maildir() const { return m_maildir; }
    QList<ReceivedMail> received() const;
    int receivedCount() const;
    QSet<int> connections() const;

private:
    QTemporaryDir m_dir;
    QString m_maildir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

QString smtpServerScript();
// aiosmtpd importable by Debian's python, or the reason (with the package to install).
QString checkAiosmtpd();
// A self-signed certificate for localhost and 127.0.0.1 (openssl), or the reason it failed.
QString makeTestCertificate(const QString &dir, QString *certFile, QString *keyFile);

} // namespace tc::test
