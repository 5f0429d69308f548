// TenantListImport: reads a tenant-list CSV (one row per tenancy) and brings the office's properties,
// buildings, units, tenants and tenancies in line with it. The file streams through a staging table,
// so a million rows need no more memory than a hundred; rows are checked one by one as they are read
// and against each other in SQL, and the changes are written set by set.
#pragma once

#include "domain/Result.h"
#include "import/ImportContext.h"

#include <QCoreApplication>

namespace tc {

class TenantListImport
{
    Q_DECLARE_TR_FUNCTIONS(TenantListImport)

public:
    // Runs inside the caller's transaction. Fills ctx.report; sets its status to Rejected (and changes
    // nothing the caller would keep) when the file cannot be used or, with strict, any row is bad.
    // An Error means the database failed or the run was cancelled.
    static Status run(ImportContext &ctx, const QString &path);
};

} // namespace tc
