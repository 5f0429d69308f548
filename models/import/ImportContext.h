// ImportContext: what every import format's reader gets from the import service for one run: the
// open transaction's database, who imports, the options, and the report it fills in.
#pragma once

#include "domain/Actor.h"
#include "import/ImportReport.h"

#include <QDate>
#include <QDateTime>

#include <functional>
#include <optional>

namespace tc {

class Database;

struct ImportOptions
{
    std::optional<ImportFormat> format; // empty: detect from the path
    QString profile;                    // tenant list: "en", "de" or a profile file; empty: both header sets
    std::optional<ImportMode> mode;     // empty: snapshot
    bool strict = false;                // one bad row and nothing applies
    bool dryRun = false;                // do everything, then roll back
    bool confirmed = false;             // apply a data-exchange job that asks for confirmation (autoImport: false)
    QDate importDate;                   // the day tenancies missing from a snapshot end; default: today
};

// Progress in thousandths of the whole run; returning false cancels it (nothing is applied).
using ImportProgress = std::function<bool(int permille)>;

struct ImportContext
{
    const Database &db;
    const Actor &actor;
    const ImportOptions &options;
    ImportReport &report;
    qint64 runId = 0;
    QString now;          // the run's instant, ISO 8601 UTC, stored as created_at / updated_at
    QDate today;          // see ImportOptions::importDate
    QString region;       // the company's country: default region for phone numbers
    QString language;     // the company's default language
    const ImportProgress &progress;
};

} // namespace tc
