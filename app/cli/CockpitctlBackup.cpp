// cockpitctl backup and restore: a copy of the local office file made while it is in use, and the way
// back from one.
#include "cli/Cockpitctl.h"

#include "services/Office.h"
#include "storage/LocalBackup.h"
#include "storage/OfficeCopy.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tc {

// A PostgreSQL office is refused before it is connected to: the answer does not depend on the server.
Status Cockpitctl::refuseNonLocal() const
{
    auto url = DatabaseUrl::parse(m_dbUrl);
    if (url && !url->isSQLite())
        return Error::refused(LocalBackup::notLocalMessage());
    return {};
}

int Cockpitctl::cmdBackup(const QStringList &args)
{
    if (args.size() != 1 || args.first().isEmpty())
        return usageError(tr("Use \"backup FILE\": the new file the copy goes to."));
    if (auto s = refuseNonLocal(); !s)
        return refused(s.error());
    // As it is: a backup changes nothing, not even an older schema.
    auto office = openOffice(SchemaPolicy::AsIs);
    if (!office)
        return refused(office.error());
    if (!(*office)->actor().mayAct(Role::Manager))
        return refused(Error::refused(tr("A backup holds all the office's data: taking one needs a manager.")));
    auto copy = LocalBackup((*office)->database()).save(args.first());
    if (!copy)
        return refused(copy.error());
    return printResult({{QStringLiteral("file"), copy->path},
                        {QStringLiteral("bytes"), copy->bytes},
                        {QStringLiteral("schema_version"), copy->schemaVersion}},
                       tr("Backup written: %1 (%2 bytes, schema version %3).")
                           .arg(QDir::toNativeSeparators(copy->path))
                           .arg(copy->bytes)
                           .arg(copy->schemaVersion));
}

int Cockpitctl::cmdRestore(const QStringList &args)
{
    if (args.size() != 1 || args.first().isEmpty())
        return usageError(tr("Use \"restore FILE\": a copy made by \"backup\"."));
    if (auto s = refuseNonLocal(); !s)
        return refused(s.error());
    QString saved;
    int restoredVersion = 0;
    {
        auto office = openOffice(SchemaPolicy::AsIs);
        if (!office)
            return refused(office.error());
        if (!(*office)->actor().mayAct(Role::Manager))
            return refused(Error::refused(tr("Restoring a backup needs a manager.")));
        auto copy = LocalBackup((*office)->database()).restore(args.first(), &saved);
        if (!copy)
            return refused(copy.error());
        restoredVersion = copy->schemaVersion;
    }
    // A copy from an older version is brought up to this one, as every start does. Its agents may be
    // others than those who were: the manager who restored it has shown who they are.
    auto office = openOffice(SchemaPolicy::Migrate, false, Acting::Anyone);
    if (!office)
        return refused(office.error());
    auto status = (*office)->setup().status();
    if (!status)
        return refused(status.error());
    return printResult({{QStringLiteral("file"), QFileInfo(args.first()).absoluteFilePath()},
                        {QStringLiteral("restored_schema_version"), restoredVersion},
                        {QStringLiteral("schema_version"), status->schemaVersion},
                        {QStringLiteral("previous_data_saved_as"), saved},
                        {QStringLiteral("counts"), countsObject(*status)}},
                       tr("Restored from %1 (schema version %2, now %3). The data as it was before is kept in %4.")
                           .arg(QDir::toNativeSeparators(args.first()))
                           .arg(restoredVersion)
                           .arg(status->schemaVersion)
                           .arg(QDir::toNativeSeparators(saved)));
}

int Cockpitctl::cmdCopyTo(const QStringList &args)
{
    if (args.size() != 1 || args.first().isEmpty())
        return usageError(tr("Use \"copy-to URL\": the empty PostgreSQL database the office moves to."));
    auto target = DatabaseUrl::parse(args.first());
    if (!target)
        return refused(target.error());
    if (target->isSQLite())
        return refused(Error::refused(tr("copy-to moves the office to a PostgreSQL server; for another file use "
                                         "\"backup FILE\".")));
    if (auto s = refuseNonLocal(); !s)
        return refused(s.error());
    auto source = openOffice(SchemaPolicy::Migrate);
    if (!source)
        return refused(source.error());
    if (!(*source)->actor().mayAct(Role::Manager))
        return refused(Error::refused(tr("Moving the office to a server needs a manager.")));
    // The server's database gets this version's schema first, as the owner named in the URL.
    auto server = Office::open(*target, SchemaPolicy::Migrate, Actor::localOwner(), QStringLiteral("copy-to"));
    if (!server)
        return refused(server.error());
    auto copied = OfficeCopy((*source)->database(), (*server)->database()).run();
    if (!copied)
        return refused(copied.error());
    QJsonArray tables;
    QString text;
    for (const TableCopy &t : std::as_const(copied->tables)) {
        tables << QJsonObject{{QStringLiteral("table"), t.table},
                              {QStringLiteral("rows"), t.rows},
                              {QStringLiteral("checksum"), t.checksum}};
        text += QStringLiteral("  %1 %2  %3\n").arg(t.table.leftJustified(24)).arg(t.rows, 10).arg(t.checksum.left(16));
    }
    text += tr("Copied and verified: %n row(s), the same count and checksum in every table, to %1.", nullptr,
               int(std::min<qint64>(copied->rows, std::numeric_limits<int>::max())))
                .arg((*server)->displayUrl());
    if (!copied->agentsWithoutServerPassword.isEmpty()) {
        text += u'\n'
                + tr("Each agent logs in to the server with a password of their own: set them with \"cockpitctl --db "
                     "URL agents set-password LOGIN\" (%1).")
                      .arg(copied->agentsWithoutServerPassword.join(QStringLiteral(", ")));
    }
    return printResult({{QStringLiteral("target"), (*server)->displayUrl()},
                        {QStringLiteral("schema_version"), copied->schemaVersion},
                        {QStringLiteral("rows"), copied->rows},
                        {QStringLiteral("tables"), tables},
                        {QStringLiteral("agents_without_server_password"),
                         QJsonArray::fromStringList(copied->agentsWithoutServerPassword)}},
                       text);
}

} // namespace tc
