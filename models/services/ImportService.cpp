#include "services/ImportService.h"

#include "import/DataExchangeImport.h"
#include "import/FormatDetection.h"
#include "import/TenantListImport.h"
#include "import/ZipJob.h"
#include "services/AliasUsers.h"
#include "services/CompanySettings.h"
#include "services/Invitations.h"
#include "storage/AuditLog.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace tc {

namespace {

// Two imports at once would race for the same references; on PostgreSQL they queue behind this lock
// (SQLite's write lock already does that).
constexpr qint64 kImportLockKey = 0x54436b7069740002;

} // namespace

Result<ImportFormat> ImportService::detectFormat(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::refused(tr("There is no file or folder %1.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir() || info.fileName() == u"manifest.json" || ZipJob::looksLikeZip(path))
        return ImportFormat::DataExchange;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return detectFormatFromHead(file.read(64 * 1024));
}

ImportFormat ImportService::detectFormatFromHead(const QByteArray &head)
{
    return detectImportFormatFromHead(head);
}

Result<ImportReport> ImportService::run(const QString &path, const ImportOptions &options,
                                        const ImportProgress &progress) const
{
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Importing master data needs an administrator; %1 is an agent.").arg(m_actor.name));
    auto detected = options.format ? Result<ImportFormat>(*options.format) : detectFormat(path);
    if (!detected)
        return detected.error();
    const ImportFormat format = *detected;
    const QFileInfo info(path);
    if (!info.exists())
        return Error::refused(tr("There is no file or folder %1.").arg(QDir::toNativeSeparators(path)));
    if (format == ImportFormat::TenantList && info.isDir()) {
        return Error::refused(tr("%1 is a folder; a tenant list is one CSV file. Use --format data-exchange for "
                                 "an ERP job folder.")
                                  .arg(QDir::toNativeSeparators(path)));
    }

    // A zipped job is unpacked first; the folder is what the job's reader checks and imports.
    QString source = path;
    QTemporaryDir unpacked;
    if (format == ImportFormat::DataExchange && info.isFile() && ZipJob::looksLikeZip(path)) {
        if (!unpacked.isValid())
            return Error::internal(tr("Cannot create a temporary folder to unpack %1.").arg(info.fileName()));
        if (auto s = ZipJob::extract(path, unpacked.path()); !s) {
            ImportReport report;
            report.format = format;
            report.mode = ImportMode::Delta;
            report.dryRun = options.dryRun;
            report.sourceName = info.fileName();
            report.status = ImportReport::Status::Rejected;
            report.reject(info.fileName(), 0, {}, s.error().message);
            auto id = recordRun(report, QStringLiteral("rejected"), nowInstantText());
            if (!id)
                return id.error();
            report.runId = *id;
            return report;
        }
        source = unpacked.path();
    } else if (format == ImportFormat::DataExchange && info.isFile() && info.fileName() == u"manifest.json") {
        source = info.absolutePath();
    }

    const CompanySettings settings(m_db);
    auto region = settings.value(settings::companyCountry);
    auto language = settings.value(settings::companyLanguage);
    if (!region || !language)
        return !region ? region.error() : language.error();

    ImportReport report;
    report.format = format;
    report.dryRun = options.dryRun;
    report.sourceName = info.fileName();
    const QString now = nowInstantText();
    if (m_db.isSQLite()) {
        // Index pages of a large import stay in memory instead of being written out and read back.
        // A file of more than some 200,000 rows outgrows any cache, and the run's own picture of the
        // office takes the memory instead (a million rows stay within 250 MB). The indexes a large
        // import builds at the end are sorted on both cores.
        const bool huge = info.isFile() && info.size() > 25'000'000; // as TenantListImport's large files
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(huge ? -16384 : -65536));
        (void)m_db.exec(QStringLiteral("PRAGMA temp.cache_size = %1").arg(huge ? -8192 : -32768));
        (void)m_db.exec(QStringLiteral("PRAGMA threads = 2"));
    }
    const auto restoreCache = qScopeGuard([this] {
        if (m_db.isSQLite()) {
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
            (void)m_db.exec(QStringLiteral("PRAGMA temp.cache_size = -2000"));
            (void)m_db.exec(QStringLiteral("PRAGMA threads = 0"));
        }
    });
    // A tenant list's rows refer to parents the same run wrote or read inside the same write
    // transaction, so SQLite's per-row check of each reference (a lookup per row and table) buys
    // nothing there. It can only be switched outside a transaction; every other run keeps it.
    const bool uncheckedReferences = m_db.isSQLite() && format == ImportFormat::TenantList;
    if (uncheckedReferences)
        (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreReferences = qScopeGuard([this, uncheckedReferences] {
        if (uncheckedReferences)
            (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        if (!m_db.isSQLite()) {
            if (auto r = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kImportLockKey}); !r)
                return r.error();
        }
        auto runId = recordRun(report, QStringLiteral("running"), now);
        if (!runId)
            return runId.error();
        ImportContext ctx{m_db,  m_actor, options,  report, *runId, now, options.importDate.isValid() ? options.importDate : QDate::currentDate(),
                          *region, *language, progress};
        const Status status = format == ImportFormat::TenantList ? TenantListImport::run(ctx, source)
                                                                 : DataExchangeImport::run(ctx, source);
        if (!status)
            return status.error(); // the guard rolls everything back, the run record too
        if (report.status == ImportReport::Status::Applied) {
            if (auto s = aliasStep(report, *runId, now, ctx.today); !s)
                return s.error();
        }
        const bool keep = report.status == ImportReport::Status::Applied && !options.dryRun;
        if (keep) {
            report.runId = *runId;
            if (auto s = finishRun(*runId, report, QStringLiteral("applied")); !s)
                return s.error();
            // Mails for the addresses the ERP changed leave with the run's data or not at all.
            auto mails = Invitations(m_db, m_actor).mailAddressChanges(*runId);
            if (!mails)
                return mails.error();
            const QJsonObject summary{{QStringLiteral("source"), report.sourceName},
                                      {QStringLiteral("format"), importFormatKey(report.format)},
                                      {QStringLiteral("tenants_added"), report.tenants.added},
                                      {QStringLiteral("tenants_updated"), report.tenants.updated},
                                      {QStringLiteral("tenancies_ended"), report.tenancies.ended},
                                      {QStringLiteral("aliases_created"), qint64(report.aliasesCreated.size())},
                                      {QStringLiteral("rejected"), qint64(report.rejected.size())},
                                      {QStringLiteral("codes_sent_to_new_addresses"), mails->codesResent},
                                      {QStringLiteral("address_change_notices"), mails->noticesQueued}};
            if (auto s = writeAudit(m_db, m_actor, QStringLiteral("import.applied"), QStringLiteral("import_run"), *runId,
                                    {}, summary);
                !s)
                return s.error();
            if (auto s = tx->commit(); !s)
                return s.error();
            return report;
        }
        tx->rollback();
    }
    // Nothing of the data stays (a dry run, bad input, or a job waiting for confirmation), but the run
    // itself is history the office wants to see.
    const QString status = report.status == ImportReport::Status::Rejected ? QStringLiteral("rejected")
                           : report.status == ImportReport::Status::AwaitingConfirmation
                               ? QStringLiteral("awaiting_confirmation")
                               : QStringLiteral("applied");
    auto id = recordRun(report, status, now);
    if (!id)
        return id.error();
    report.runId = *id;
    return report;
}

// After the data, in the run's transaction: with alias users on, the tenants the run delivered without
// e-mail become alias users (a snapshot delivers everyone); either way the aliases made by hand that
// tenants may be are reported.
Status ImportService::aliasStep(ImportReport &report, qint64 runId, const QString &now, QDate today) const
{
    AliasUsers aliases(m_db, m_actor);
    auto on = aliases.enabled();
    if (!on)
        return on.error();
    if (*on) {
        const bool everyone = report.format == ImportFormat::TenantList && report.mode == ImportMode::Snapshot;
        auto marked = AliasUsers::markUnreachableTenants(m_db, now, today,
                                                         everyone ? std::nullopt : std::optional<qint64>(runId));
        if (!marked)
            return marked.error();
        report.aliasesCreated = *marked;
    }
    auto proposals = aliases.proposals(today);
    if (!proposals)
        return proposals.error();
    for (const AliasProposal &p : std::as_const(*proposals)) {
        ImportAliasProposal proposal{p.aliasId, p.aliasName, {}};
        for (const AliasCandidate &c : p.candidates)
            proposal.tenantRefs << c.erpRef;
        report.aliasProposals << proposal;
    }
    return {};
}

// Inserts the run; for a finished one (anything but "running") in a transaction of its own, with its report.
Result<qint64> ImportService::recordRun(const ImportReport &report, const QString &status, const QString &now) const
{
    const bool finished = status != u"running";
    std::optional<Transaction> tx;
    if (finished) {
        auto begun = Transaction::begin(m_db);
        if (!begun)
            return begun.error();
        tx.emplace(std::move(*begun));
    }
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO import_runs (started_at, agent_id, actor, format, mode, dry_run, source_name, "
                       "source_sha256, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {now, m_actor.agentId ? QVariant(*m_actor.agentId) : QVariant(QMetaType::fromType<qint64>()), m_actor.name,
         importFormatKey(report.format), importModeKey(report.mode), report.dryRun, report.sourceName,
         report.sourceSha256.isEmpty() ? QStringLiteral("") : report.sourceSha256, QStringLiteral("running")});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error::internal(tr("The import run was not recorded."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (!finished)
        return id;
    ImportReport stored = report;
    stored.runId = id;
    if (auto s = finishRun(id, stored, status); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return id;
}

Status ImportService::finishRun(qint64 runId, const ImportReport &report, const QString &status) const
{
    ImportReport stored = report;
    stored.runId = runId;
    const QByteArray json = stored.toJsonText();
    if (auto r = m_db.exec(QStringLiteral("UPDATE import_runs SET finished_at = ?, status = ?, source_sha256 = ?, "
                                          "mode = ?, report_json = ? WHERE id = ?"),
                           {nowInstantText(), status, report.sourceSha256.isEmpty() ? QStringLiteral("") : report.sourceSha256,
                            importModeKey(report.mode), QString::fromUtf8(json), runId});
        !r) {
        return r.error();
    }
    BulkInserter rejections(m_db, QStringLiteral("import_rejections"),
                            {QStringLiteral("run_id"), QStringLiteral("file"), QStringLiteral("line"),
                             QStringLiteral("col"), QStringLiteral("reason")});
    for (const ImportRejection &r : report.rejected) {
        rejections.addRow({runId, r.file, r.line > 0 ? QVariant(r.line) : QVariant(QMetaType::fromType<qint64>()),
                        r.column.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.column), r.reason});
        if (rejections.isFull()) {
            if (auto s = rejections.flush(); !s)
                return s;
        }
    }
    return rejections.flush();
}

Result<QList<ImportRunSummary>> ImportService::history(int limit) const
{
    auto query = m_db.exec(QStringLiteral(
                               "SELECT r.id, r.started_at, r.actor, r.format, r.mode, r.dry_run, r.status, r.source_name, "
                               "r.source_sha256, (SELECT COUNT(*) FROM import_rejections x WHERE x.run_id = r.id) "
                               "FROM import_runs r ORDER BY r.id DESC LIMIT ?"),
                           {limit});
    if (!query)
        return query.error();
    QList<ImportRunSummary> runs;
    while (query->next()) {
        ImportRunSummary run;
        run.id = query->value(0).toLongLong();
        run.startedAt = query->value(1).toDateTime();
        run.actor = query->value(2).toString();
        run.format = query->value(3).toString() == u"data-exchange" ? ImportFormat::DataExchange : ImportFormat::TenantList;
        run.mode = query->value(4).toString() == u"delta" ? ImportMode::Delta : ImportMode::Snapshot;
        run.dryRun = query->value(5).toBool();
        run.status = query->value(6).toString();
        run.sourceName = query->value(7).toString();
        run.sourceSha256 = query->value(8).toString();
        run.rejectedRows = query->value(9).toLongLong();
        runs << run;
    }
    return runs;
}

Result<ImportReport> ImportService::report(qint64 runId) const
{
    auto json = m_db.scalar(QStringLiteral("SELECT report_json FROM import_runs WHERE id = ?"), {runId});
    if (!json)
        return json.error();
    if (json->isNull())
        return Error::refused(tr("There is no finished import run %1.").arg(runId));
    const QJsonDocument document = QJsonDocument::fromJson(json->toString().toUtf8());
    return ImportReport::fromJson(document.object());
}

} // namespace tc
