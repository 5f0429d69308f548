// AppPaths: where both programs find the office database when none is named.
#pragma once

#include "domain/DatabaseUrl.h"

namespace tc {

// TENANT_COCKPIT_DB when set, else the local file in the user's data directory
// (~/.local/share/tenant-cockpit/cockpit.db on Linux).
QString defaultDatabaseUrlText();
QString defaultLocalDatabasePath();

} // namespace tc
