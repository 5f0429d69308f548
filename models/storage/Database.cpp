#include "storage/Database.h"

#include "storage/NativeHandles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>

namespace tc {

namespace {

QString nextConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tc-%1-%2").arg(purpose.isEmpty() ? QStringLiteral("db") : purpose).arg(++counter);
}

// SQLite waits this long for another writer (the GUI, a cron import) before reporting "busy".
constexpr int kBusyTimeoutMs = 5000;

} // namespace

Error storageError(const QSqlError &error, const QString &what)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    return Error::storage(Database::tr("%1: %2").arg(what, detail));
}

Database::Database(DatabaseUrl url, Dialect dialect, QString connectionName)
    : m_url(std::move(url)), m_dialect(dialect), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_kept.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const QString &purpose)
{
    const QString name = nextConnectionName(purpose);
    const bool sqlite = url.isSQLite();
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error::storage(Database::tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                                  .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                      : QStringLiteral("libqt6sql6-psql")));
    }

    std::unique_ptr<Database> database(
        new Database(url, sqlite ? Dialect::SQLite : Dialect::PostgreSQL, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (sqlite) {
        const QFileInfo file(url.sqlitePath());
        if (!QDir().mkpath(file.absolutePath()))
            return Error::storage(Database::tr("Cannot create the folder %1.").arg(file.absolutePath()));
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    } else {
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.user());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        db.setDatabaseName(url.databaseName());
        db.setConnectOptions(url.connectOptions());
    }
    if (!db.open()) {
        return storageError(db.lastError(),
                            Database::tr("Cannot open the database %1").arg(url.toDisplayString()));
    }

    if (sqlite) {
        if (auto s = database->refuseForeignSchema(); !s)
            return s.error();
        // A new file gets 8 KiB pages (an existing one keeps its own): half as many pages to write,
        // log and copy back for the bulk of an import, at little cost to a single-row change.
        if (auto r = database->exec(QStringLiteral("PRAGMA page_size=8192")); !r)
            return r.error();
        if (auto s = database->enableWriteAheadLog(); !s)
            return s.error();
        for (const auto *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            if (auto r = database->exec(QString::fromLatin1(pragma)); !r)
                return r.error();
        }
    } else {
        if (auto s = database->setUpSession(); !s)
            return s.error();
        if (auto s = database->refuseForeignSchema(); !s)
            return s.error();
    }
    return database;
}

Status Database::setUpSession() const
{
    for (const auto *setting : {"SET TIME ZONE 'UTC'", "SET client_min_messages = warning"}) {
        if (auto r = exec(QString::fromLatin1(setting)); !r)
            return r.error();
    }
    return {};
}

bool Database::isBroken() const
{
    if (isSQLite())
        return false;
    pg_conn *handle = postgresHandle(*this);
    return !handle || PQstatus(handle) == CONNECTION_BAD;
}

Status Database::reconnect() const
{
    m_kept.clear(); // the server forgot them with the session
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return storageError(db.lastError(), tr("Cannot reach the database %1").arg(m_url.toDisplayString()));
    if (isSQLite())
        return {};
    return setUpSession();
}

Status Database::refuseForeignSchema() const
{
    // Before anything is written: a database that holds tables but no schema_migrations belongs
    // to another program (or is the server's maintenance database). Never migrate into it.
    // A plain query rather than tableNames(): the SQLite error code tells a foreign file apart.
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(tableNamesSql())) {
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        constexpr int kSqliteNotADatabase = 26;
        if (isSQLite() && code == kSqliteNotADatabase) {
            return Error::storage(tr("%1 is not a Tenant Cockpit database (%2)")
                                      .arg(m_url.sqlitePath(), query.lastError().databaseText()));
        }
        return storageError(query.lastError(), tr("Cannot open the database %1").arg(m_url.toDisplayString()));
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    if (tables.isEmpty() || tables.contains(QStringLiteral("schema_migrations")))
        return {};
    constexpr qsizetype kShown = 5;
    QString shown = QStringList(tables.mid(0, kShown)).join(QStringLiteral(", "));
    if (tables.size() > kShown)
        shown += QStringLiteral(", …");
    return Error::refused(tr("%1 is not a Tenant Cockpit database: it holds other tables (%2). Nothing was changed.")
                              .arg(m_url.toDisplayString(), shown));
}

Status Database::enableWriteAheadLog() const
{
    // journal_mode is the first statement that reads the file, so it also tells a foreign file
    // apart. Switching a new file to WAL needs a moment of exclusive access and SQLite does not
    // wait for it by itself: when another process is creating the same file, try again until the
    // busy timeout has passed.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(connection());
        if (query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next()) {
            const QString mode = query.value(0).toString();
            if (mode.compare(u"wal", Qt::CaseInsensitive) == 0)
                return {};
            return Error::storage(tr("%1: cannot switch to write-ahead logging (journal mode %2).")
                                      .arg(m_url.sqlitePath(), mode));
        }
        const QSqlError error = query.lastError();
        const int code = error.nativeErrorCode().toInt() & 0xff; // primary result code
        constexpr int kSqliteBusy = 5, kSqliteLocked = 6, kSqliteNotADatabase = 26;
        if ((code == kSqliteBusy || code == kSqliteLocked) && waited.elapsed() < kBusyTimeoutMs) {
            QThread::msleep(20);
            continue;
        }
        if (code == kSqliteNotADatabase) {
            return Error::storage(tr("%1 is not a Tenant Cockpit database (%2)")
                                      .arg(m_url.sqlitePath(), error.databaseText()));
        }
        return storageError(error, tr("Cannot open the database %1").arg(m_url.sqlitePath()));
    }
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (bindings.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE statements such as SET or CREATE TABLE.
        if (!query.exec(sql))
            return storageError(query.lastError(), tr("A query failed"));
        return query;
    }
    if (!query.prepare(sql))
        return storageError(query.lastError(), Database::tr("Cannot prepare a query"));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return storageError(query.lastError(), Database::tr("A query failed"));
    return query;
}

Result<QSqlQuery *> Database::execKept(const QString &sql, const QVariantList &bindings) const
{
    constexpr qsizetype kMostKept = 64;
    std::shared_ptr<QSqlQuery> &kept = m_kept[sql];
    if (!kept) {
        if (m_kept.size() > kMostKept) { // texts that differ every time: start again
            m_kept.clear();
            return execKept(sql, bindings);
        }
        auto query = std::make_shared<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_kept.remove(sql);
            return storageError(query->lastError(), Database::tr("Cannot prepare a query"));
        }
        kept = std::move(query);
    }
    QSqlQuery *query = kept.get();
    query->finish();
    for (int i = 0; i < bindings.size(); ++i)
        query->bindValue(i, bindings[i]);
    if (!query->exec()) {
        const Error error = storageError(query->lastError(), Database::tr("A query failed"));
        m_kept.remove(sql); // prepared again next time, on a connection that may have been restored
        return error;
    }
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &bindings) const
{
    auto query = exec(sql, bindings);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

QString Database::tableNamesSql() const
{
    return isSQLite()
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                         "ORDER BY table_name");
}

Result<QStringList> Database::tableNames() const
{
    auto query = exec(tableNamesSql());
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Result<bool> Database::tableExists(const QString &table) const
{
    auto names = tableNames();
    if (!names)
        return names.error();
    return names->contains(table);
}

} // namespace tc
