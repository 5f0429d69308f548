#include "domain/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace tc {

namespace {

const QStringList &knownPostgresOptions()
{
    static const QStringList options{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                     QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                                     QStringLiteral("host")};
    return options;
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

bool isLoopback(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'/') || host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    if (host == u"::1" || host == u"[::1]")
        return true;
    // 127.0.0.0/8, written as four decimal octets.
    const QStringList octets = host.split(u'.');
    if (octets.size() != 4 || octets.first() != u"127")
        return false;
    for (const QString &octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

Result<DatabaseUrl> parseError(const QString &why)
{
    return Error::refused(DatabaseUrl::tr("Invalid database URL: %1").arg(why));
}

} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_kind = Kind::SQLite;
    url.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"sqlite:", Qt::CaseInsensitive)) {
        QString path = trimmed.mid(7);
        if (path.startsWith(u"//")) {
            // sqlite:///abs/path (empty authority) is the same as sqlite:/abs/path.
            path = path.mid(2);
            if (!path.startsWith(u'/'))
                return parseError(DatabaseUrl::tr("expected sqlite:/path/file.db or sqlite:///path/file.db"));
        }
        // The rest is a file path, taken literally: people type paths, not URLs ("Nebenkosten%2025").
        // A leading ~/ is the home folder, as in a shell (which does not expand it after "sqlite:").
        if (path == u"~" || path.startsWith(u"~/"))
            path = QDir::homePath() + path.mid(1);
        if (path.isEmpty())
            return parseError(DatabaseUrl::tr("the SQLite file name is missing (sqlite:/path/file.db)"));
        if (QFileInfo(path).isDir())
            return parseError(DatabaseUrl::tr("%1 is a folder, not a database file").arg(path));
        return sqlite(path);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // Messages never repeat the URL itself: it may hold a password.
    if (scheme != u"postgresql" && scheme != u"postgres") {
        const QString kind = scheme.isEmpty() ? DatabaseUrl::tr("unknown kind (none given)")
                                              : DatabaseUrl::tr("unknown kind \"%1\"").arg(scheme);
        return parseError(DatabaseUrl::tr("%1; use sqlite:/path/file.db or postgresql://user@host:port/dbname").arg(kind));
    }
    if (!url.isValid())
        return parseError(DatabaseUrl::tr("it is not a well-formed postgresql://user@host:port/dbname address"));

    DatabaseUrl result;
    result.m_kind = Kind::PostgreSQL;
    result.m_host = url.host();
    result.m_user = url.userName();
    result.m_password = url.password();
    const int port = url.port(5432);
    if (port <= 0 || port > 65535)
        return parseError(DatabaseUrl::tr("port %1 is out of range").arg(port));
    result.m_port = port;
    result.m_databaseName = url.path().mid(1);
    if (result.m_databaseName.isEmpty() || result.m_databaseName.contains(u'/'))
        return parseError(DatabaseUrl::tr("the database name is missing (postgresql://user@host:port/dbname)"));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownPostgresOptions().contains(key)) {
            return parseError(DatabaseUrl::tr("unknown option \"%1\" (known: %2)")
                                  .arg(key, knownPostgresOptions().join(QStringLiteral(", "))));
        }
        if (value.isEmpty() || value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
            return parseError(DatabaseUrl::tr("option \"%1\" has an unusable value").arg(key));
        result.m_options.insert(key, value);
    }
    if (result.m_options.contains(QStringLiteral("host"))) {
        if (!result.m_host.isEmpty())
            return parseError(DatabaseUrl::tr("give the host either in the URL or as ?host=, not both"));
        result.m_host = result.m_options.take(QStringLiteral("host"));
    }
    if (!result.m_options.contains(QStringLiteral("sslmode"))) {
        // Anything that leaves the machine is encrypted and checked against its certificate by default.
        result.m_options.insert(QStringLiteral("sslmode"),
                                result.isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full"));
    } else if (!sslModes().contains(result.sslMode())) {
        return parseError(DatabaseUrl::tr("sslmode \"%1\" is not one of %2")
                              .arg(result.sslMode(), sslModes().join(QStringLiteral(", "))));
    }
    if (!result.m_options.contains(QStringLiteral("connect_timeout")))
        result.m_options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    return result;
}

bool DatabaseUrl::isLocal() const
{
    return m_kind == Kind::SQLite || isLoopback(m_host);
}

QString DatabaseUrl::connectOptions() const
{
    QStringList parts;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u';');
}

QString DatabaseUrl::toDisplayString() const
{
    if (m_kind == Kind::SQLite)
        return QStringLiteral("sqlite:") + m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!m_host.startsWith(u'/'))
        url.setHost(m_host);
    url.setUserName(m_user);
    url.setPort(m_port);
    url.setPath(u'/' + m_databaseName);
    QUrlQuery query;
    if (m_host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), m_host);
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString &name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
    return copy;
}

DatabaseUrl DatabaseUrl::withLogin(const QString &user, const QString &password) const
{
    DatabaseUrl copy = *this;
    copy.m_user = user;
    copy.m_password = password;
    return copy;
}

} // namespace tc
