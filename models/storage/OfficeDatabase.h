// Opening the office database the way both programs do: connect, refuse a newer schema, migrate.
#pragma once

#include "storage/Database.h"

namespace tc {

enum class SchemaPolicy {
    Migrate,      // bring an older schema up to date (the GUI and most commands)
    RequireCurrent, // refuse an older schema instead of changing it
    AsIs,         // open whatever is there (status reports); a newer schema is still refused
};

Result<std::unique_ptr<Database>> openOfficeDatabase(const DatabaseUrl &url, SchemaPolicy policy,
                                                     const QString &purpose = {});

} // namespace tc
