#include "storage/OfficeCopy.h"

#include "domain/Actor.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/Migrator.h"
#include "storage/OfficeRoles.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDate>
#include <QtEndian>

namespace tc {

namespace {

struct Columns
{
    QStringList names;
    QStringList times; // TIMESTAMPTZ
    QStringList bools; // BOOLEAN
};

// The columns of `table` in the source file, with the server's types for the values that the two
// databases keep in different forms.
Result<Columns> columnsOf(const Database &source, const Database &target, const QString &table)
{
    Columns columns;
    auto info = source.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!info)
        return info.error();
    while (info->next())
        columns.names << info->value(0).toString();
    auto types = target.exec(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                            "WHERE table_schema = current_schema() AND table_name = ?"),
                             {table});
    if (!types)
        return types.error();
    QStringList targetNames;
    while (types->next()) {
        const QString name = types->value(0).toString();
        const QString type = types->value(1).toString();
        targetNames << name;
        if (type == u"timestamp with time zone")
            columns.times << name;
        else if (type == u"boolean")
            columns.bools << name;
    }
    for (const QString &name : std::as_const(columns.names)) {
        if (!targetNames.contains(name))
            return Error::internal(OfficeCopy::tr("The server's table %1 has no column %2.").arg(table, name));
    }
    return columns;
}

// One value in the form both databases agree on.
void appendValue(QByteArray &out, const QVariant &value, bool time, bool boolean)
{
    if (value.isNull()) {
        out += "\\N";
    } else if (time) {
        out += instantText(instantFromSql(value)).toUtf8();
    } else if (boolean) {
        out += value.toBool() ? "t" : "f";
    } else if (value.typeId() == QMetaType::QDate) {
        out += value.toDate().toString(Qt::ISODate).toUtf8();
    } else {
        out += value.toString().toUtf8();
    }
}

} // namespace

Result<TableCopy> OfficeCopy::summarize(const Database &db, const QString &table, const QStringList &columns,
                                        const QStringList &timeColumns, const QStringList &boolColumns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << u'"' + c + u'"';
    auto rows = db.exec(QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), table));
    if (!rows)
        return rows.error();
    QList<bool> isTime, isBool;
    for (const QString &c : columns) {
        isTime << timeColumns.contains(c);
        isBool << boolColumns.contains(c);
    }
    // Order-independent: the sums of each row's SHA-256 words (a multiset hash), so neither side has
    // to sort by its own collation.
    quint64 sums[4] = {0, 0, 0, 0};
    qint64 count = 0;
    QByteArray line;
    while (rows->next()) {
        line.clear();
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                line += '\x1f';
            appendValue(line, rows->value(i), isTime.at(i), isBool.at(i));
        }
        const QByteArray digest = QCryptographicHash::hash(line, QCryptographicHash::Sha256);
        for (int w = 0; w < 4; ++w)
            sums[w] += qFromBigEndian<quint64>(digest.constData() + 8 * w);
        ++count;
    }
    QByteArray combined;
    for (quint64 word : sums) {
        char bytes[8];
        qToBigEndian(word, bytes);
        combined.append(bytes, 8);
    }
    return TableCopy{table, count, QString::fromLatin1(combined.toHex())};
}

Result<OfficeCopyReport> OfficeCopy::run() const
{
    if (!m_source.isSQLite() || m_target.isSQLite())
        return Error::refused(tr("A copy goes from the office's local file to a PostgreSQL server."));
    const Migrator sourceSchema(m_source), targetSchema(m_target);
    auto sourceVersion = sourceSchema.currentVersion();
    if (!sourceVersion)
        return sourceVersion.error();
    auto targetVersion = targetSchema.currentVersion();
    if (!targetVersion)
        return targetVersion.error();
    if (*sourceVersion != *targetVersion || *sourceVersion != sourceSchema.latestVersion())
        return Error::refused(tr("Both databases need this version's schema (%1); the file has %2, the server %3.")
                                  .arg(sourceSchema.latestVersion())
                                  .arg(*sourceVersion)
                                  .arg(*targetVersion));

    // One state of the file throughout, whatever the desktop program writes meanwhile.
    auto snapshot = Transaction::begin(m_source, Transaction::Mode::Read);
    if (!snapshot)
        return snapshot.error();
    auto tx = Transaction::begin(m_target);
    if (!tx)
        return tx.error();
    for (const QString &table : schema::tables()) {
        auto rows = m_target.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!rows)
            return rows.error();
        if (rows->toLongLong() > 0) {
            return Error::refused(tr("The server's database is not empty (%1 holds %2 rows): a copy goes only into an "
                                     "empty one, so that nothing there is mixed with the office's data.")
                                      .arg(table)
                                      .arg(rows->toLongLong()));
        }
    }

    OfficeCopyReport report;
    report.schemaVersion = *sourceVersion;
    for (const QString &table : schema::tables()) {
        auto columns = columnsOf(m_source, m_target, table);
        if (!columns)
            return columns.error();
        QStringList quoted;
        for (const QString &c : std::as_const(columns->names))
            quoted << u'"' + c + u'"';
        auto rows = m_source.exec(QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), table));
        if (!rows)
            return rows.error();
        BulkInserter inserter(m_target, table, columns->names);
        const int width = int(columns->names.size());
        while (rows->next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row << rows->value(i);
            inserter.addRow(row);
            if (inserter.isFull()) {
                if (auto s = inserter.flush(); !s)
                    return s.error();
            }
        }
        if (auto s = inserter.flush(); !s)
            return s.error();
        // Identity columns go on from the largest id copied.
        if (columns->names.contains(QStringLiteral("id"))) {
            auto sequence = m_target.scalar(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {table});
            if (!sequence)
                return sequence.error();
            if (!sequence->isNull()) {
                if (auto r = m_target.exec(QStringLiteral("SELECT setval(?::regclass, GREATEST(max(id), 1), max(id) IS NOT NULL) "
                                                          "FROM %1")
                                               .arg(table),
                                           {sequence->toString()});
                    !r) {
                    return r.error();
                }
            }
        }
        // Read back before anything is committed: the same rows, value for value.
        auto there = summarize(m_source, table, columns->names, columns->times, columns->bools);
        if (!there)
            return there.error();
        auto here = summarize(m_target, table, columns->names, columns->times, columns->bools);
        if (!here)
            return here.error();
        if (here->rows != there->rows || here->checksum != there->checksum) {
            return Error::storage(tr("The copy of %1 differs from the file (%2 rows, checksum %3; the file: %4 rows, %5). "
                                     "Nothing was copied.")
                                      .arg(table)
                                      .arg(here->rows)
                                      .arg(here->checksum.left(16))
                                      .arg(there->rows)
                                      .arg(there->checksum.left(16)));
        }
        report.tables << *there;
        report.rows += there->rows;
    }

    // On the server every agent logs in as a database role of their own; the file's password hashes
    // do not serve there, so each needs a server password.
    auto agents = m_target.exec(QStringLiteral("SELECT login, role FROM agents WHERE NOT disabled ORDER BY login"));
    if (!agents)
        return agents.error();
    QList<std::pair<QString, Role>> active;
    while (agents->next())
        active.append({agents->value(0).toString(), roleFromKey(agents->value(1).toString()).value_or(Role::Agent)});
    agents->finish();
    for (const auto &[login, role] : std::as_const(active)) {
        if (auto s = OfficeRoles(m_target).syncAgent(login, role); !s)
            return s.error();
        report.agentsWithoutServerPassword << login;
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    // A database filled in one go has no statistics yet: without them the planner guesses, and the
    // first searches would scan instead of using their indexes until autovacuum comes round.
    if (auto r = m_target.exec(QStringLiteral("ANALYZE")); !r)
        return r.error();
    return report;
}

} // namespace tc
