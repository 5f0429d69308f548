// ImportHistoryModel: the recorded import runs, newest first (ImportService::history()): when, who,
// which file, how, with what outcome. The counts come from each run's stored report, read when a
// row is first shown.
#pragma once

#include "domain/Result.h"
#include "services/ImportService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tc {

class Office;

class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, File, Format, Mode, DryRun, Status, Counts, Rejected, ColumnCount };
    enum Roles {
        RunIdRole = Qt::UserRole + 1,
        StatusKeyRole, // "applied", "rejected", "awaiting_confirmation", "failed", "running"
    };

    explicit ImportHistoryModel(const Office &office, QObject *parent = nullptr);

    // Reads the runs again (the newest `limit`).
    tc::Status reload(int limit = 200);
    qint64 runId(int row) const;
    int rowOfRun(qint64 runId) const; // -1: not listed
    // The stored report of the run in `row`.
    Result<ImportReport> report(int row) const;

    static QString statusText(const QString &statusKey);
    static QString formatText(ImportFormat format);
    static QString modeText(ImportMode mode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RunCounts
    {
        QString text;
        QString summary;
    };
    const RunCounts &countsOf(int row) const;

    const Office &m_office;
    QList<ImportRunSummary> m_runs;
    mutable QHash<qint64, RunCounts> m_counts;
};

} // namespace tc
