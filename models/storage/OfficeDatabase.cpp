#include "storage/OfficeDatabase.h"

#include "storage/Migrator.h"

namespace tc {

Result<std::unique_ptr<Database>> openOfficeDatabase(const DatabaseUrl &url, SchemaPolicy policy,
                                                     const QString &purpose)
{
    auto db = Database::open(url, purpose);
    if (!db)
        return db.error();
    const Migrator migrator(**db);
    switch (policy) {
    case SchemaPolicy::Migrate:
        if (auto applied = migrator.migrate(); !applied)
            return applied.error();
        break;
    case SchemaPolicy::RequireCurrent:
        if (auto s = migrator.checkCurrent(); !s)
            return s.error();
        break;
    case SchemaPolicy::AsIs:
        if (auto version = migrator.currentVersion(); !version)
            return version.error();
        else if (*version > migrator.latestVersion())
            return migrator.checkCurrent().error();
        break;
    }
    return db;
}

} // namespace tc
