#include "services/Office.h"

namespace tc {

Result<std::unique_ptr<Office>> Office::open(const DatabaseUrl &url, SchemaPolicy policy, Actor actor,
                                             const QString &purpose)
{
    auto db = openOfficeDatabase(url, policy, purpose);
    if (!db)
        return db.error();
    return std::unique_ptr<Office>(new Office(std::move(*db), std::move(actor)));
}

} // namespace tc
