#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tc {

namespace {

ImportCounts countsFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QStringLiteral("added")).toInteger(), object.value(QStringLiteral("updated")).toInteger(),
            object.value(QStringLiteral("unchanged")).toInteger(), object.value(QStringLiteral("ended")).toInteger()};
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

namespace {

// Compact JSON written straight into bytes: a run's report holds thousands of changes, and building
// them as QJsonObjects first cost more than the rest of finishing the run.
class JsonText
{
public:
    QByteArray take() { return std::move(m_out); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(QLatin1StringView name)
    {
        comma();
        m_out += '"';
        m_out += QByteArrayView(name.data(), name.size());
        m_out += "\":";
        m_afterKey = true;
    }
    void value(const QString &text)
    {
        comma();
        m_out += '"';
        // Escaped as UTF-8 bytes: every byte of a multi-byte sequence is above 0x7f.
        for (const char c : text.toUtf8()) {
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                if (uchar(c) < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    m_out += "\\u00";
                    m_out += hex[uchar(c) >> 4];
                    m_out += hex[uchar(c) & 0xf];
                } else {
                    m_out += c;
                }
            }
        }
        m_out += '"';
    }
    void value(qint64 number) { raw(QByteArray::number(number)); }
    void value(bool yes) { raw(yes ? "true" : "false"); }
    void null() { raw("null"); }
    void raw(QByteArrayView json) // a value already written as JSON
    {
        comma();
        m_out += json;
    }
    void field(QLatin1StringView name, const QString &text)
    {
        key(name);
        value(text);
    }
    void field(QLatin1StringView name, qint64 number)
    {
        key(name);
        value(number);
    }

private:
    void comma()
    {
        if (!m_afterKey && m_needComma)
            m_out += ',';
        m_afterKey = false;
        m_needComma = true;
    }
    void open(char bracket)
    {
        comma();
        m_out += bracket;
        m_needComma = false;
    }
    void close(char bracket)
    {
        m_out += bracket;
        m_needComma = true;
    }

    QByteArray m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

void writeCounts(JsonText &json, QLatin1StringView name, const ImportCounts &counts, bool withEnded)
{
    json.key(name);
    json.beginObject();
    json.field(QLatin1StringView("added"), counts.added);
    json.field(QLatin1StringView("updated"), counts.updated);
    json.field(QLatin1StringView("unchanged"), counts.unchanged);
    if (withEnded)
        json.field(QLatin1StringView("ended"), counts.ended);
    json.endObject();
}

void writeStrings(JsonText &json, QLatin1StringView name, const QStringList &list)
{
    json.key(name);
    json.beginArray();
    for (const QString &text : list)
        json.value(text);
    json.endArray();
}

} // namespace

QByteArray ImportReport::toJsonText() const
{
    using L = QLatin1StringView;
    JsonText json;
    json.beginObject();
    json.field(L("run_id"), runId);
    json.field(L("format"), importFormatKey(format));
    json.field(L("mode"), importModeKey(mode));
    json.key(L("dry_run"));
    json.value(dryRun);
    json.field(L("status"), statusKey());
    json.key(L("applied"));
    json.value(applied() && !dryRun);
    json.field(L("source"), sourceName);
    json.field(L("sha256"), sourceSha256);
    json.field(L("rows"), rowsRead);
    writeCounts(json, L("properties"), properties, false);
    writeCounts(json, L("buildings"), buildings, false);
    writeCounts(json, L("units"), units, false);
    writeCounts(json, L("tenants"), tenants, false);
    writeCounts(json, L("tenancies"), tenancies, true);
    writeStrings(json, L("email_changed"), emailChanged);
    writeStrings(json, L("aliases_created"), aliasesCreated);
    json.key(L("alias_proposals"));
    json.beginArray();
    for (const ImportAliasProposal &p : aliasProposals) {
        json.beginObject();
        json.field(L("alias_id"), p.aliasId);
        json.field(L("name"), p.aliasName);
        writeStrings(json, L("tenant_refs"), p.tenantRefs);
        json.endObject();
    }
    json.endArray();
    json.key(L("rejected"));
    json.beginArray();
    for (const ImportRejection &r : rejected) {
        json.beginObject();
        json.field(L("file"), r.file);
        json.key(L("line"));
        if (r.line > 0)
            json.value(r.line);
        else
            json.null();
        json.key(L("column"));
        if (r.column.isEmpty())
            json.null();
        else
            json.value(r.column);
        json.field(L("reason"), r.reason);
        json.endObject();
    }
    json.endArray();
    writeStrings(json, L("warnings"), warnings);
    json.key(L("changes"));
    json.beginArray();
    for (const ImportChange &c : changes) {
        json.beginObject();
        json.field(L("kind"), changeKindKey(c.kind));
        json.field(L("entity"), c.entity);
        json.field(L("ref"), c.ref);
        json.field(L("name"), c.name);
        if (c.kind == ImportChange::Kind::Changed || c.kind == ImportChange::Kind::Ended) {
            json.field(L("field"), c.field);
            json.field(L("before"), c.before);
            json.field(L("after"), c.after);
        }
        json.endObject();
    }
    json.endArray();
    json.key(L("changes_truncated"));
    json.value(changesTruncated);
    if (format == ImportFormat::DataExchange) {
        writeCounts(json, L("agents"), agents, false);
        json.key(L("manifest"));
        json.raw(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    }
    json.endObject();
    return json.take();
}

QJsonObject ImportReport::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
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
    for (const QJsonValue &value : object.value(QStringLiteral("alias_proposals")).toArray()) {
        const QJsonObject p = value.toObject();
        report.aliasProposals << ImportAliasProposal{p.value(QStringLiteral("alias_id")).toInteger(),
                                                     p.value(QStringLiteral("name")).toString(),
                                                     stringsFromJson(p.value(QStringLiteral("tenant_refs")))};
    }
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
    for (const ImportAliasProposal &p : aliasProposals) {
        if (p.tenantRefs.size() == 1) {
            lines << tr("Alias user %1 (%2) may be tenant %3: confirm the link under Tenants > Alias users.")
                         .arg(p.aliasName)
                         .arg(p.aliasId)
                         .arg(p.tenantRefs.first());
        } else {
            lines << tr("Alias user %1 (%2) may be any of the tenants %3: choose under Tenants > Alias users.")
                         .arg(p.aliasName)
                         .arg(p.aliasId)
                         .arg(p.tenantRefs.join(QStringLiteral(", ")));
        }
    }
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
