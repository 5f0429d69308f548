#include "services/Office.h"

#include "domain/Settings.h"

namespace tc {

Result<std::unique_ptr<Office>> Office::open(const DatabaseUrl &url, SchemaPolicy policy, Actor actor,
                                             const QString &purpose)
{
    auto db = openOfficeDatabase(url, policy, purpose);
    if (!db)
        return db.error();
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
