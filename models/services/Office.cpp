#include "services/Office.h"

#include "domain/Settings.h"
#include "storage/OfficeRoles.h"

namespace tc {

Result<std::unique_ptr<Office>> Office::open(const DatabaseUrl &url, SchemaPolicy policy, Actor actor,
                                             const QString &purpose)
{
    auto db = openOfficeDatabase(url, policy, purpose);
    if (!db)
        return db.error();
    // PostgreSQL: an agent who logged in as their own database role acts as themselves, whatever the
    // program assumed; the owner's connection keeps the actor it was given.
    if (!(*db)->isSQLite()) {
        auto agent = OfficeRoles(**db).sessionAgent();
        if (agent && *agent)
            actor = **agent;
    }
    return std::unique_ptr<Office>(new Office(std::move(*db), std::move(actor)));
}

TenantSearch Office::tenantSearch() const
{
    // Without the setting (a database that cannot be read fails the search itself) numbers are read
    // as Swiss, the catalogue's default.
    const QString region = settings().value(settings::companyCountry).value_or(QStringLiteral("CH"));
    return TenantSearch(*m_db, region);
}

} // namespace tc
