// TicketFixtures: the small office the ticket tests share: two properties with four tenants
// (imported from a tenant list, one of them moved out) and agents added through Agents.
#pragma once

#include "TestDatabases.h"
#include "domain/Settings.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>

namespace tc::test {

inline const QByteArray kTicketTenantList =
    "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,phone,"
    "language,move_in,move_out\n"
    "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1001,Anna,Müller,anna@example.ch,,de,"
    "2019-04-01,\n"
    "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 2,T-1002,Zoë,Keller,zoe@example.ch,,fr,"
    "2020-01-01,\n"
    "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-103,Wohnung 3,T-1003,John,Smith,john@example.com,,,"
    "2020-01-01,2021-12-31\n"
    "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-202,Appartamento 4,T-2002,Marco,Rossi,marco@example.it,,it,"
    "2023-07-01,\n";

inline Actor managerActor()
{
    return Actor{std::nullopt, QStringLiteral("Manager Tester"), Role::Manager};
}

// An office on the scratch database with the tenant list imported, acting as `actor`.
inline std::unique_ptr<Office> openTicketOffice(const ScratchDatabase &scratch, const Actor &actor = managerActor())
{
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, actor);
    if (!office) {
        qWarning("%s", qPrintable(office.error().message));
        return nullptr;
    }
    if (auto s = (*office)->setup().initializeCompany(managerActor(), QStringLiteral("Régie Example SA")); !s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    auto persons = (*office)->database().scalar(QStringLiteral("SELECT count(*) FROM persons"));
    if (persons && persons->toInt() > 0)
        return std::move(*office);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kTicketTenantList) != kTicketTenantList.size())
        return nullptr;
    file.close();
    ImportOptions options;
    options.importDate = QDate(2024, 10, 15);
    const Actor manager = managerActor(); // the service keeps a reference
    const ImportService imports((*office)->database(), manager);
    auto report = imports.run(path, options);
    if (!report || !report->applied()) {
        qWarning("%s", qPrintable(report ? report->summaryText() : report.error().message));
        return nullptr;
    }
    return std::move(*office);
}

// The same office, with what invitations need: a sender and the registration link.
inline std::unique_ptr<Office> openInvitingOffice(const ScratchDatabase &scratch)
{
    auto office = openTicketOffice(scratch);
    if (!office)
        return nullptr;
    const Actor manager = managerActor();
    if (auto s = office->settings().set(manager, {{settings::smtpFrom, QStringLiteral("Régie <mieter@regie.example.ch>")},
                                                  {settings::registrationBaseUrl, QStringLiteral("https://app.example.ch/r")}});
        !s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return office;
}

inline qint64 personIdOf(const Office &office, const QString &ref)
{
    return office.tenants().idOf(ref).value_or(0);
}

inline qint64 unitIdOf(const Office &office, const QString &ref)
{
    auto id = office.database().scalar(QStringLiteral("SELECT id FROM units WHERE erp_ref = ?"), {ref});
    return id ? id->toLongLong() : 0;
}

inline qint64 addAgent(const Office &office, const QString &login, const QString &name, Role role = Role::Agent)
{
    const Actor manager = managerActor();
    auto id = Agents(office.database(), manager).add(login, name, role);
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id.value_or(0);
}

inline Actor agentActor(qint64 id, const QString &name)
{
    return Actor{id, name, Role::Agent};
}

} // namespace tc::test
