// SecretStore: where passwords (the SMTP password, later database passwords) are kept, one entry
// per secret and office database, so that they never end up in settings files, the database or
// logs. KeychainSecretStore keeps them in the OS keychain; SessionSecrets only in memory, for the
// running program, when no keychain can be used.
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace tc {

class DatabaseUrl;

// Asynchronous: every call returns at once and `done` runs later on the caller's thread (never
// from inside the call), unless `context` (required) was destroyed by then. An error always means
// "the store cannot be used" and its message says why; a secret that is simply not there is a
// value-less optional, not an error.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(Result<std::optional<QString>>)>;
    using Done = std::function<void(Status)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    // Replaces the value if the key is there already.
    virtual void write(const QString &key, const QString &value, QObject *context, Done done) = 0;
    // Removing a key that is not there succeeds.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;

    // The key of a secret of one office, e.g. "smtp.password@postgresql://db.example:5432/office".
    // Two offices used on one computer (two databases) never share an entry.
    static QString keyFor(QStringView secret, const DatabaseUrl &office);
    // What names an office database in a key: its server and name, or its file; never the user,
    // the password or connection options (changing a timeout must not lose the secret).
    static QString officeId(const DatabaseUrl &office);
    // The key of an agent's password for one office (both programs use it: the login is any case).
    static QString agentPasswordKey(const QString &login, const DatabaseUrl &office);
};

namespace secrets {
inline constexpr QStringView smtpPassword = u"smtp.password";
}

// The OS keychain through QtKeychain (libsecret / Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows), all entries under the service name "tenant-cockpit".
// A secret service that runs without any keyring (a session without a desktop login, where
// gnome-keyring is started on demand) answers read with "not found" and fails only on write: the
// GUI then asks for the password and keeps it in SessionSecrets when writing it fails.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static QString serviceName() { return QStringLiteral("tenant-cockpit"); }

    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;
};

// Secrets for this run of the program only (the password the office types when the keychain
// cannot be used); forgotten when the object goes.
class SessionSecrets : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    bool contains(const QString &key) const { return m_values.contains(key); }

private:
    QHash<QString, QString> m_values;
};

// For the command-line program only: waits for the store's answer in a local event loop (the GUI
// never does). No answer within `timeoutMs` (a keychain waiting for an unlock dialog nobody sees)
// is reported as the store being unusable.
Result<std::optional<QString>> readSecretBlocking(SecretStore &store, const QString &key, int timeoutMs = 30000);
Status writeSecretBlocking(SecretStore &store, const QString &key, const QString &value, int timeoutMs = 30000);
Status removeSecretBlocking(SecretStore &store, const QString &key, int timeoutMs = 30000);

} // namespace tc
