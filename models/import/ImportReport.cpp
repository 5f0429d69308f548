#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tc {

namespace {

QJsonObject countsJson(const ImportCounts &counts, bool withUnchanged, bool withEnded)
{
    QJsonObject object{{QStringLiteral("added"), counts.added}, {QStringLiteral("updated"), counts.updated}};
    if (withUnchanged)
        object.insert(QStringLiteral("unchanged"), counts.unchanged);
    if (withEnded)
        object.insert(QStringLiteral("ended"), counts.ended);
    return object;
}

ImportCounts countsFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QStringLiteral("added")).toInteger(), object.value(QStringLiteral("updated")).toInteger(),
            object.value(QStringLiteral("unchanged")).toInteger(), object.value(QStringLiteral("ended")).toInteger()};
}

QJsonArray stringsJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QString changeKindKey(ImportChange::Kind kind)
{
    switch (kind) {
    case ImportChange::Kind::Added:
        return QStringLiteral("added");
    case ImportChange::Kind::Changed:
        return QStringLiteral("changed");
    case ImportChange::Kind::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

} // namespace

QString importFormatKey(ImportFormat format)
{
    return format == ImportFormat::TenantList ? QStringLiteral("tenant-list") : QStringLiteral("data-exchange");
}

QString importModeKey(ImportMode mode)
{
    return mode == ImportMode::Snapshot ? QStringLiteral("snapshot") : QStringLiteral("delta");
}

void ImportReport::addChange(ImportChange change)
{
    if (changes.size() >= kMaxChanges) {
        changesTruncated = true;
        return;
    }
    changes << std::move(change);
}

void ImportReport::reject(QString file, qint64 line, QString column, QString reason)
{
    rejected << ImportRejection{std::move(file), line, std::move(column), std::move(reason)};
}

QString ImportReport::statusKey() const
{
    switch (status) {
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::AwaitingConfirmation:
        return QStringLiteral("awaiting_confirmation");
    }
    return {};
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray rejectedJson;
    for (const ImportRejection &r : rejected) {
        rejectedJson << QJsonObject{{QStringLiteral("file"), r.file},
                                    {QStringLiteral("line"), r.line > 0 ? QJsonValue(r.line) : QJsonValue()},
                                    {QStringLiteral("column"), r.column.isEmpty() ? QJsonValue() : QJsonValue(r.column)},
                                    {QStringLiteral("reason"), r.reason}};
    }
    QJsonArray changesJson;
    for (const ImportChange &c : changes) {
        QJsonObject change{{QStringLiteral("kind"), changeKindKey(c.kind)},
                           {QStringLiteral("entity"), c.entity},
                           {QStringLiteral("ref"), c.ref},
                           {QStringLiteral("name"), c.name}};
        if (c.kind == ImportChange::Kind::Changed || c.kind == ImportChange::Kind::Ended) {
            change.insert(QStringLiteral("field"), c.field);
            change.insert(QStringLiteral("before"), c.before);
            change.insert(QStringLiteral("after"), c.after);
        }
        changesJson << change;
    }
    QJsonObject object{
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("format"), importFormatKey(format)},
        {QStringLiteral("mode"), importModeKey(mode)},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("status"), statusKey()},
        {QStringLiteral("applied"), applied() && !dryRun},
        {QStringLiteral("source"), sourceName},
        {QStringLiteral("sha256"), sourceSha256},
        {QStringLiteral("rows"), rowsRead},
        {QStringLiteral("properties"), countsJson(properties, true, false)},
        {QStringLiteral("buildings"), countsJson(buildings, true, false)},
        {QStringLiteral("units"), countsJson(units, true, false)},
        {QStringLiteral("tenants"), countsJson(tenants, true, false)},
        {QStringLiteral("tenancies"), countsJson(tenancies, true, true)},
        {QStringLiteral("email_changed"), stringsJson(emailChanged)},
        {QStringLiteral("aliases_created"), stringsJson(aliasesCreated)},
        {QStringLiteral("rejected"), rejectedJson},
        {QStringLiteral("warnings"), stringsJson(warnings)},
        {QStringLiteral("changes"), changesJson},
        {QStringLiteral("changes_truncated"), changesTruncated},
    };
    if (format == ImportFormat::DataExchange) {
        object.insert(QStringLiteral("agents"), countsJson(agents, true, false));
        object.insert(QStringLiteral("manifest"), manifest);
    }
    return object;
}

ImportReport ImportReport::fromJson(const QJsonObject &object)
{
    ImportReport report;
    report.runId = object.value(QStringLiteral("run_id")).toInteger();
    report.format = object.value(QStringLiteral("format")).toString() == u"data-exchange" ? ImportFormat::DataExchange
                                                                                           : ImportFormat::TenantList;
    report.mode = object.value(QStringLiteral("mode")).toString() == u"delta" ? ImportMode::Delta : ImportMode::Snapshot;
    report.dryRun = object.value(QStringLiteral("dry_run")).toBool();
    const QString status = object.value(QStringLiteral("status")).toString();
    report.status = status == u"rejected"                ? Status::Rejected
                    : status == u"awaiting_confirmation" ? Status::AwaitingConfirmation
                                                         : Status::Applied;
    report.sourceName = object.value(QStringLiteral("source")).toString();
    report.sourceSha256 = object.value(QStringLiteral("sha256")).toString();
    report.rowsRead = object.value(QStringLiteral("rows")).toInteger();
    report.properties = countsFromJson(object.value(QStringLiteral("properties")));
    report.buildings = countsFromJson(object.value(QStringLiteral("buildings")));
    report.units = countsFromJson(object.value(QStringLiteral("units")));
    report.tenants = countsFromJson(object.value(QStringLiteral("tenants")));
    report.tenancies = countsFromJson(object.value(QStringLiteral("tenancies")));
    report.agents = countsFromJson(object.value(QStringLiteral("agents")));
    report.emailChanged = stringsFromJson(object.value(QStringLiteral("email_changed")));
    report.aliasesCreated = stringsFromJson(object.value(QStringLiteral("aliases_created")));
    report.warnings = stringsFromJson(object.value(QStringLiteral("warnings")));
    for (const QJsonValue &value : object.value(QStringLiteral("rejected")).toArray()) {
        const QJsonObject r = value.toObject();
        report.reject(r.value(QStringLiteral("file")).toString(), r.value(QStringLiteral("line")).toInteger(),
                      r.value(QStringLiteral("column")).toString(), r.value(QStringLiteral("reason")).toString());
    }
    for (const QJsonValue &value : object.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = value.toObject();
        const QString kind = c.value(QStringLiteral("kind")).toString();
        report.changes << ImportChange{kind == u"changed" ? ImportChange::Kind::Changed
                                       : kind == u"ended" ? ImportChange::Kind::Ended
                                                          : ImportChange::Kind::Added,
                                       c.value(QStringLiteral("entity")).toString(),
                                       c.value(QStringLiteral("ref")).toString(),
                                       c.value(QStringLiteral("name")).toString(),
                                       c.value(QStringLiteral("field")).toString(),
                                       c.value(QStringLiteral("before")).toString(),
                                       c.value(QStringLiteral("after")).toString()};
    }
    report.changesTruncated = object.value(QStringLiteral("changes_truncated")).toBool();
    report.manifest = object.value(QStringLiteral("manifest")).toObject();
    return report;
}

QString ImportReport::summaryText() const
{
    QStringList lines;
    if (status == Status::Rejected)
        lines << tr("Nothing was imported: the input has errors.");
    else if (status == Status::AwaitingConfirmation)
        lines << tr("Checked, not yet applied: this job waits for someone to confirm it.");
    else if (dryRun)
        lines << tr("Dry run: nothing was changed. A real run would do this:");
    const auto line = [&](const QString &what, const ImportCounts &c, bool ended) {
        QString text = tr("%1: %2 added, %3 updated, %4 unchanged").arg(what).arg(c.added).arg(c.updated).arg(c.unchanged);
        if (ended)
            text += tr(", %1 ended").arg(c.ended);
        lines << text;
    };
    line(tr("Properties"), properties, false);
    line(tr("Buildings"), buildings, false);
    line(tr("Units"), units, false);
    line(tr("Tenants"), tenants, false);
    line(tr("Tenancies"), tenancies, true);
    if (format == ImportFormat::DataExchange)
        line(tr("Agents"), agents, false);
    if (!emailChanged.isEmpty())
        lines << tr("E-mail changed: %1").arg(emailChanged.join(QStringLiteral(", ")));
    if (!aliasesCreated.isEmpty())
        lines << tr("Alias users created: %1").arg(aliasesCreated.join(QStringLiteral(", ")));
    for (const QString &warning : warnings)
        lines << tr("Warning: %1").arg(warning);
    if (!rejected.isEmpty())
        lines << tr("%n row(s) rejected:", nullptr, int(rejected.size()));
    for (const ImportRejection &r : rejected) {
        QString where = r.file;
        if (r.line > 0)
            where += tr(", line %1").arg(r.line);
        if (!r.column.isEmpty())
            where += tr(", column \"%1\"").arg(r.column);
        lines << QStringLiteral("  %1: %2").arg(where, r.reason);
    }
    return lines.join(u'\n');
}

} // namespace tc
