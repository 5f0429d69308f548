#include "SecretStore.h"

#include "domain/DatabaseUrl.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace tc {

namespace {

// Everything but "done" and "not there" means the keychain cannot be used now: the caller's answer
// is the same whatever the cause (ask for the password for this session), so one kind of error,
// with the backend's own words as the reason. On Linux (libsecret) a missing or unreachable secret
// service comes as OtherError, never as NoBackendAvailable, so the code alone says little.
Error unavailable(const QKeychain::Job &job)
{
    QString reason = job.errorString().trimmed();
    if (reason.isEmpty()) {
        switch (job.error()) {
        case QKeychain::NoBackendAvailable:
            reason = SecretStore::tr("no keychain service is installed or running");
            break;
        case QKeychain::AccessDeniedByUser:
            reason = SecretStore::tr("access was refused");
            break;
        case QKeychain::AccessDenied:
            reason = SecretStore::tr("the keychain is locked or refused access");
            break;
        case QKeychain::NotImplemented:
            reason = SecretStore::tr("this system's keychain cannot do this");
            break;
        default:
            reason = SecretStore::tr("error %1").arg(static_cast<int>(job.error()));
            break;
        }
    }
    return Error::storage(SecretStore::tr("The keychain cannot be used: %1").arg(reason));
}

// Jobs get no parent on purpose: libsecret's callback holds a raw pointer to the job, so a job
// deleted before it finishes (with a parent that goes first) would be a use after free. Each job
// deletes itself once it has finished (QtKeychain's autoDelete, on by default).
template<typename Job> Job *newJob(const QString &key)
{
    auto *job = new Job(KeychainSecretStore::serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

// Waits in a local event loop for one answer of a SecretStore. `start` gets the context object
// whose lifetime bounds the callback: an answer after the timeout finds it gone and is dropped.
template<typename T, typename Start> T waitForAnswer(Start start, int timeoutMs)
{
    QEventLoop loop;
    std::optional<T> answer;
    {
        QObject context;
        start(&context, [&](T value) {
            answer.emplace(std::move(value));
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!answer)
            loop.exec();
    }
    if (answer)
        return std::move(*answer);
    return T(Error::storage(
        SecretStore::tr("The keychain cannot be used: no answer within %n second(s)", nullptr, timeoutMs / 1000)));
}

} // namespace

QString SecretStore::agentPasswordKey(const QString &login, const DatabaseUrl &office)
{
    return keyFor(QString(QStringLiteral("agent.password.") + login.toLower()), office);
}

QString SecretStore::officeId(const DatabaseUrl &office)
{
    if (office.isSQLite())
        return QStringLiteral("sqlite:") + office.sqlitePath();
    // Host names are case-insensitive; a socket directory (starts with '/') is a path and is not.
    const QString host = office.host().startsWith(u'/') ? office.host() : office.host().toLower();
    return QStringLiteral("postgresql://%1:%2/%3").arg(host, QString::number(office.port()), office.databaseName());
}

QString SecretStore::keyFor(QStringView secret, const DatabaseUrl &office)
{
    return secret.toString() + u'@' + officeId(office);
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
            done(std::optional<QString>(job->textData()));
            break;
        case QKeychain::EntryNotFound:
            done(std::optional<QString>());
            break;
        default:
            done(unavailable(*job));
            break;
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Done done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? Status() : Status(unavailable(*job)));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? Status() : Status(unavailable(*job)));
    });
    job->start();
}

// SessionSecrets answers through the event loop too, so callers cannot come to rely on an answer
// arriving inside the call (the keychain's never does).
void SessionSecrets::read(const QString &key, QObject *context, ReadDone done)
{
    std::optional<QString> value;
    if (auto it = m_values.constFind(key); it != m_values.cend())
        value = *it;
    QMetaObject::invokeMethod(
        context, [value = std::move(value), done = std::move(done)] { done(value); }, Qt::QueuedConnection);
}

void SessionSecrets::write(const QString &key, const QString &value, QObject *context, Done done)
{
    m_values.insert(key, value);
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done(Status()); }, Qt::QueuedConnection);
}

void SessionSecrets::remove(const QString &key, QObject *context, Done done)
{
    m_values.remove(key);
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done(Status()); }, Qt::QueuedConnection);
}

Result<std::optional<QString>> readSecretBlocking(SecretStore &store, const QString &key, int timeoutMs)
{
    return waitForAnswer<Result<std::optional<QString>>>(
        [&](QObject *context, auto answer) { store.read(key, context, answer); }, timeoutMs);
}

Status writeSecretBlocking(SecretStore &store, const QString &key, const QString &value, int timeoutMs)
{
    return waitForAnswer<Status>(
        [&](QObject *context, auto answer) { store.write(key, value, context, answer); }, timeoutMs);
}

Status removeSecretBlocking(SecretStore &store, const QString &key, int timeoutMs)
{
    return waitForAnswer<Status>([&](QObject *context, auto answer) { store.remove(key, context, answer); }, timeoutMs);
}

} // namespace tc
