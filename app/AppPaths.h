// AppPaths: where both programs find the office database when none is named.
#pragma once

#include "domain/DatabaseUrl.h"

namespace tc {

// TENANT_COCKPIT_DB when set, else the local file in the user's data directory
// (~/.local/share/tenant-cockpit/cockpit.db on Linux).
QString defaultDatabaseUrlText();
QString defaultLocalDatabasePath();

// The GUI's database: --db, else TENANT_COCKPIT_DB, else the choice remembered from the first
// start. Empty when there is none: then the first-run dialog asks.
QString guiDatabaseUrlText(const QString &fromCommandLine, const QString &remembered);

} // namespace tc
