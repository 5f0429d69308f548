// DataExchangeImport: reads an ERP data-exchange job (a folder of CSV files and manifest.json, as the
// "ERP Data Exchange" specification describes it) and applies it all or nothing: one bad field or
// unresolved id anywhere rejects the whole job, and the report lists every problem.
#pragma once

#include "domain/Result.h"
#include "import/ImportContext.h"

#include <QCoreApplication>

namespace tc {

class DataExchangeImport
{
    Q_DECLARE_TR_FUNCTIONS(DataExchangeImport)

public:
    // Runs inside the caller's transaction on the job in `folder`. Fills ctx.report: status Rejected
    // when any problem was found (nothing applied), AwaitingConfirmation when the manifest asks for
    // a confirmation that ctx.options.confirmed does not give. An Error means the database failed or
    // the run was cancelled.
    static Status run(ImportContext &ctx, const QString &folder);
};

} // namespace tc
