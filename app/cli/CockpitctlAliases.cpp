// cockpitctl alias: alias users for tenants the office cannot reach yet (create, list, link).
#include "cli/Cockpitctl.h"

#include "import/ImportDate.h"
#include "services/Office.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tc {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject candidateJson(const AliasCandidate &c)
{
    return {{QStringLiteral("person_id"), c.personId},
            {QStringLiteral("tenant_ref"), textOrNull(c.erpRef)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), c.status}};
}

QJsonObject aliasJson(const AliasUser &a)
{
    QJsonArray candidates;
    for (const AliasCandidate &c : a.candidates)
        candidates.append(candidateJson(c));
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("origin"), a.originKey()},
            {QStringLiteral("tenant_ref"), textOrNull(a.erpRef)},
            {QStringLiteral("email"), textOrNull(a.email)},
            {QStringLiteral("unit"), a.unitId ? QJsonValue(QJsonObject{{QStringLiteral("id"), a.unitId},
                                                                       {QStringLiteral("ref"), textOrNull(a.unitRef)},
                                                                       {QStringLiteral("label"), a.unitLabel}})
                                              : QJsonValue()},
            {QStringLiteral("property"), textOrNull(a.propertyName)},
            {QStringLiteral("address"), textOrNull(a.address)},
            {QStringLiteral("move_in"), a.moveIn.isValid() ? QJsonValue(a.moveIn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("tickets"), a.tickets},
            {QStringLiteral("open_tickets"), a.openTickets},
            {QStringLiteral("created_at"), a.createdAt.isValid() ? QJsonValue(a.createdAt.toString(Qt::ISODateWithMs))
                                                                  : QJsonValue()},
            {QStringLiteral("candidates"), candidates}};
}

} // namespace

int Cockpitctl::cmdAlias(const QStringList &args, const AliasArguments &alias)
{
    const QString sub = args.value(0);
    const int expected = sub == u"create" || sub == u"list" ? 1 : sub == u"link" ? 2 : -1;
    if (expected < 0)
        return usageError(tr("Use \"alias create\", \"alias list\" or \"alias link ALIAS_ID --tenant REF\"."));
    if (args.size() != expected) {
        return usageError(sub == u"create" ? tr("Use \"alias create --unit UNIT_REF --name \\\"FULL NAME\\\" [--move-in DATE]\".")
                          : sub == u"list" ? tr("\"alias list\" takes no arguments.")
                                           : tr("Use \"alias link ALIAS_ID --tenant REF\"."));
    }
    if (sub != u"create" && (alias.unitSet || alias.nameSet || alias.moveInSet))
        return usageError(tr("--unit, --name and --move-in belong to \"alias create\"."));
    if (sub != u"link" && alias.tenantSet)
        return usageError(tr("--tenant belongs to \"alias link\"."));
    if (sub == u"create" && (!alias.unitSet || !alias.nameSet))
        return usageError(tr("\"alias create\" needs --unit UNIT_REF and --name \"FULL NAME\"."));
    if (sub == u"link" && !alias.tenantSet)
        return usageError(tr("\"alias link\" needs --tenant REF: the tenant the alias is."));
    std::optional<QDate> moveIn;
    if (alias.moveInSet) {
        const QDate date = parseImportDate(alias.moveIn);
        if (!date.isValid())
            return usageError(tr("\"%1\" is no date: give the move-in as YYYY-MM-DD or DD.MM.YYYY.").arg(alias.moveIn));
        moveIn = date;
    }
    qint64 aliasId = 0;
    if (sub == u"link") {
        bool ok = false;
        aliasId = args.at(1).toLongLong(&ok);
        if (!ok || aliasId < 1)
            return usageError(tr("\"%1\" is not an alias user's number (see \"alias list\").").arg(args.at(1)));
    }

    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    const AliasUsers aliases = (*office)->aliasUsers();

    if (sub == u"create") {
        auto unit = (*office)->masterData().unitIdOf(alias.unit);
        if (!unit)
            return refused(unit.error());
        auto id = aliases.create(*unit, alias.name, moveIn);
        if (!id)
            return refused(id.error());
        auto created = aliases.get(*id);
        if (!created)
            return refused(created.error());
        return printResult(aliasJson(*created), QString::number(*id));
    }

    if (sub == u"list") {
        auto list = aliases.list();
        if (!list)
            return refused(list.error());
        QJsonArray json;
        QStringList lines;
        for (const AliasUser &a : std::as_const(*list)) {
            json.append(aliasJson(a));
            QString line = QStringLiteral("%1  %2  %3  %4").arg(QString::number(a.id).rightJustified(6), a.name,
                                                               a.origin == AliasUser::Origin::Import
                                                                   ? tr("tenant %1").arg(a.erpRef)
                                                                   : tr("made by hand"),
                                                               a.unitLabel.isEmpty() ? a.unitRef : a.unitLabel);
            if (a.moveIn.isValid()) {
                line += (a.moveIn > QDate::currentDate() ? tr("  moving in %1") : tr("  since %1"))
                            .arg(a.moveIn.toString(Qt::ISODate));
            }
            line += tr("  %n ticket(s)", nullptr, a.tickets);
            if (a.candidates.size() == 1) {
                line += tr("  -> may be tenant %1 (confirm: cockpitctl alias link %2 --tenant %1)")
                            .arg(a.candidates.first().erpRef)
                            .arg(a.id);
            } else if (a.candidates.size() > 1) {
                QStringList refs;
                for (const AliasCandidate &c : a.candidates)
                    refs << c.erpRef;
                line += tr("  -> may be any of the tenants %1").arg(refs.join(QStringLiteral(", ")));
            }
            lines << line;
        }
        if (lines.isEmpty())
            lines << tr("No alias users.");
        return printResult({{QStringLiteral("aliases"), json}}, lines.join(u'\n'));
    }

    auto tenant = (*office)->tenants().idOf(alias.tenant);
    if (!tenant)
        return refused(tenant.error());
    auto moved = aliases.link(aliasId, *tenant);
    if (!moved)
        return refused(moved.error());
    return printResult(QJsonObject{{QStringLiteral("alias_id"), aliasId},
                                   {QStringLiteral("person_id"), *tenant},
                                   {QStringLiteral("tenant_ref"), alias.tenant},
                                   {QStringLiteral("tickets_moved"), *moved}},
                       tr("Alias user %1 is now tenant %2; %n ticket(s) moved.", nullptr, *moved)
                           .arg(aliasId)
                           .arg(alias.tenant));
}

} // namespace tc
