#include "itemmodels/ImportHistoryModel.h"

#include "services/Office.h"

#include <QLocale>

namespace tc {

namespace {
constexpr int kMaxTooltipLines = 14;
} // namespace

ImportHistoryModel::ImportHistoryModel(const Office &office, QObject *parent)
    : QAbstractTableModel(parent), m_office(office)
{
}

tc::Status ImportHistoryModel::reload(int limit)
{
    auto runs = m_office.imports().history(limit);
    beginResetModel();
    m_counts.clear();
    if (runs)
        m_runs = std::move(*runs);
    else
        m_runs.clear();
    endResetModel();
    if (!runs)
        return runs.error();
    return {};
}

qint64 ImportHistoryModel::runId(int row) const
{
    return row >= 0 && row < m_runs.size() ? m_runs.at(row).id : 0;
}

int ImportHistoryModel::rowOfRun(qint64 runId) const
{
    for (qsizetype row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return int(row);
    }
    return -1;
}

Result<ImportReport> ImportHistoryModel::report(int row) const
{
    if (row < 0 || row >= m_runs.size())
        return Error::internal(tr("There is no import run in row %1.").arg(row));
    return m_office.imports().report(m_runs.at(row).id);
}

QString ImportHistoryModel::statusText(const QString &statusKey)
{
    if (statusKey == u"applied")
        return tr("applied");
    if (statusKey == u"rejected")
        return tr("rejected");
    if (statusKey == u"awaiting_confirmation")
        return tr("awaiting confirmation");
    if (statusKey == u"failed")
        return tr("failed");
    if (statusKey == u"running")
        return tr("running");
    return statusKey;
}

QString ImportHistoryModel::formatText(ImportFormat format)
{
    return format == ImportFormat::DataExchange ? tr("data exchange") : tr("tenant list");
}

QString ImportHistoryModel::modeText(ImportMode mode)
{
    return mode == ImportMode::Delta ? tr("delta") : tr("snapshot");
}

const ImportHistoryModel::RunCounts &ImportHistoryModel::countsOf(int row) const
{
    const qint64 id = m_runs.at(row).id;
    auto it = m_counts.constFind(id);
    if (it != m_counts.cend())
        return *it;
    RunCounts counts;
    // Runs still going or that failed outright have no stored report.
    if (auto report = m_office.imports().report(id)) {
        const QLocale locale;
        counts.text = tr("%1 new, %2 changed, %3 moved out", "tenants added, tenants updated, tenancies ended")
                          .arg(locale.toString(report->tenants.added), locale.toString(report->tenants.updated),
                               locale.toString(report->tenancies.ended));
        QStringList lines = report->summaryText().split(u'\n');
        if (lines.size() > kMaxTooltipLines) {
            const qsizetype more = lines.size() - kMaxTooltipLines;
            lines = lines.mid(0, kMaxTooltipLines);
            lines << tr("… and %1 more lines").arg(more);
        }
        counts.summary = lines.join(u'\n');
    }
    return *m_counts.insert(id, counts);
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRunSummary &run = m_runs.at(index.row());
    if (role == RunIdRole)
        return run.id;
    if (role == StatusKeyRole)
        return run.status;
    if (role == Qt::TextAlignmentRole && index.column() == Rejected)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case File:
            return run.sourceSha256.isEmpty() ? run.sourceName : tr("%1\nSHA-256: %2").arg(run.sourceName, run.sourceSha256);
        case Counts:
        case Status:
            return countsOf(index.row()).summary;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return run.actor;
    case File:
        return run.sourceName;
    case Format:
        return formatText(run.format);
    case Mode:
        return modeText(run.mode);
    case DryRun:
        return run.dryRun ? tr("dry run") : QString();
    case Status:
        return statusText(run.status);
    case Counts: {
        const QString text = countsOf(index.row()).text;
        return text.isEmpty() ? tr("–") : text;
    }
    case Rejected:
        return QLocale().toString(run.rejectedRows);
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == Counts)
            return tr("Tenants added and changed, tenancies ended");
        if (section == Rejected)
            return tr("Rows of the file that were not imported, each with its reason");
        return {};
    }
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case File:
        return tr("File");
    case Format:
        return tr("Format");
    case Mode:
        return tr("Mode");
    case DryRun:
        return tr("Dry run");
    case Status:
        return tr("Status");
    case Counts:
        return tr("Counts");
    case Rejected:
        return tr("Rejected");
    default:
        return {};
    }
}

} // namespace tc
