// ImportReport: what one import run did, or would do in a dry run: counts per kind of record, the
// changes field by field, every rejected row with its reason, and the warnings. The same report
// is printed by cockpitctl, shown by the import wizard and stored with the run.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tc {

enum class ImportFormat { TenantList, DataExchange };
enum class ImportMode { Snapshot, Delta };

QString importFormatKey(ImportFormat format); // "tenant-list", "data-exchange"
QString importModeKey(ImportMode mode);       // "snapshot", "delta"

struct ImportCounts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 ended = 0;
};

struct ImportRejection
{
    QString file;   // the file name as the ERP wrote it
    qint64 line = 0; // 1-based; 0 when the problem concerns the whole file
    QString column; // the header as written in the file; empty when no single column is at fault
    QString reason; // translated
};

// One line of the preview: a record added or ended, or one field of it changed.
struct ImportChange
{
    enum class Kind { Added, Changed, Ended };
    Kind kind = Kind::Added;
    QString entity; // "property", "building", "unit", "tenant", "tenancy"
    QString ref;    // the ERP reference (for a tenancy: unit reference and move-in date)
    QString name;   // what people call it (tenant's name, unit label, ...)
    QString field;  // for Changed: "email", "last_name", "end_date", ...
    QString before;
    QString after;
};

// An alias user made by hand and the tenants from the ERP (same unit, same name) it may be: one is a
// proposal to confirm, several an ambiguity an administrator settles.
struct ImportAliasProposal
{
    qint64 aliasId = 0;
    QString aliasName;
    QStringList tenantRefs;
};

struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Status {
        Applied,              // the data is in the database (or would be, for a dry run)
        Rejected,             // nothing was applied: the input is bad (see rejected)
        AwaitingConfirmation, // a data-exchange job with autoImport false: validated, not applied
    };

    qint64 runId = 0;
    ImportFormat format = ImportFormat::TenantList;
    ImportMode mode = ImportMode::Snapshot;
    bool dryRun = false;
    Status status = Status::Applied;
    QString sourceName;   // file or folder name, without the path
    QString sourceSha256; // of the file, or of the job's files in name order
    qint64 rowsRead = 0;

    ImportCounts properties, buildings, units, tenants, tenancies, agents;
    QStringList emailChanged;   // tenant references whose e-mail address changed or was removed
    QStringList aliasesCreated; // tenant references that got an alias user
    QList<ImportAliasProposal> aliasProposals; // aliases made by hand that delivered tenants may be
    QList<ImportRejection> rejected;
    QStringList warnings;
    QList<ImportChange> changes; // at most kMaxChanges; changesTruncated tells when more were left out
    bool changesTruncated = false;
    QJsonObject manifest; // a data-exchange job's manifest.json as read (who gets the report, ...)

    static constexpr qsizetype kMaxChanges = 5000;

    bool applied() const { return status == Status::Applied; }
    void addChange(ImportChange change);
    void reject(QString file, qint64 line, QString column, QString reason);
    QString statusKey() const; // "applied", "rejected", "awaiting_confirmation"
    // The object `cockpitctl import --json` prints, and as the run history stores it (compact JSON).
    QJsonObject toJson() const;
    QByteArray toJsonText() const;
    static ImportReport fromJson(const QJsonObject &object);
    // A few lines for people: what was added, changed, ended and rejected.
    QString summaryText() const;
};

} // namespace tc
