// DatabaseUrl: the one string that names an office database, parsed and checked.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <QMap>
#include <QString>

namespace tc {

// Accepted forms:
//   sqlite:/absolute/path/file.db   sqlite:///absolute/path   sqlite:relative/file.db
//   (everything after the prefix is a file path, taken literally: no %-decoding)
//   postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=FILE&connect_timeout=10
//   (postgres:// is accepted too; a password in the URL is accepted but never shown)
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Kind { SQLite, PostgreSQL };

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);

    Kind kind() const { return m_kind; }
    bool isSQLite() const { return m_kind == Kind::SQLite; }

    QString sqlitePath() const { return m_path; }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    QString sslMode() const { return m_options.value(QStringLiteral("sslmode")); }
    // True for a Unix socket or a loopback address: nothing leaves the machine.
    bool isLocal() const;

    // Options for QPSQL's setConnectOptions() (libpq keywords, ';'-separated).
    QString connectOptions() const;
    // The URL as shown to people and in logs: never includes the password.
    QString toDisplayString() const;

    // A copy naming another database on the same server (tests and copy-to use it).
    DatabaseUrl withDatabaseName(const QString &name) const;
    // A copy that logs in as another database role (an agent's), with this password.
    DatabaseUrl withLogin(const QString &user, const QString &password) const;

private:
    Kind m_kind = Kind::SQLite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QMap<QString, QString> m_options;
};

} // namespace tc
