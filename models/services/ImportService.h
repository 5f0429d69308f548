// ImportService: the one entry to the ERP import for the GUI, cockpitctl and the drop-folder watcher.
// Detects the format, runs it inside one transaction (so a crash or a kill leaves the database as it
// was), rolls a dry run back, and records every run with its report and rejected rows.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "import/ImportContext.h"
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tc {

class Database;

struct ImportRunSummary
{
    qint64 id = 0;
    QDateTime startedAt;
    QString actor;
    ImportFormat format = ImportFormat::TenantList;
    ImportMode mode = ImportMode::Snapshot;
    bool dryRun = false;
    QString status; // applied, rejected, awaiting_confirmation, failed
    QString sourceName;
    QString sourceSha256;
    qint64 rejectedRows = 0;
};

class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    ImportService(const Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // Imports a tenant-list CSV, a data-exchange folder or a .zip of one. Bad input is not an Error: the
    // report says what was rejected (status Rejected when nothing was applied). An Error means the actor
    // may not import, the path cannot be used at all, the database failed, or the run was cancelled.
    Result<ImportReport> run(const QString &path, const ImportOptions &options,
                             const ImportProgress &progress = {}) const;

    // From the path alone: a folder, a .zip or a manifest.json is a data-exchange job, a file a tenant list.
    static Result<ImportFormat> detectFormat(const QString &path);
    // From the first bytes of a file: a data-exchange CSV has an importType column.
    static ImportFormat detectFormatFromHead(const QByteArray &head);

    Result<QList<ImportRunSummary>> history(int limit = 200) const;
    Result<ImportReport> report(qint64 runId) const;

private:
    Status aliasStep(ImportReport &report, qint64 runId, const QString &now, QDate today) const;
    Result<qint64> recordRun(const ImportReport &report, const QString &status, const QString &now) const;
    Status finishRun(qint64 runId, const ImportReport &report, const QString &status) const;

    const Database &m_db;
    const Actor &m_actor;
};

} // namespace tc
