#include "itemmodels/ImportReportModels.h"

#include <QLocale>

namespace tc {

ImportChangesModel::ImportChangesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportChangesModel::setChanges(QList<ImportChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

QString ImportChangesModel::kindText(ImportChange::Kind kind)
{
    switch (kind) {
    case ImportChange::Kind::Added:
        return tr("added");
    case ImportChange::Kind::Changed:
        return tr("changed");
    case ImportChange::Kind::Ended:
        return tr("ended");
    }
    return {};
}

QString ImportChangesModel::entityText(const QString &entity)
{
    if (entity == u"property")
        return tr("property");
    if (entity == u"building")
        return tr("building");
    if (entity == u"unit")
        return tr("unit");
    if (entity == u"tenant")
        return tr("tenant");
    if (entity == u"tenancy")
        return tr("tenancy");
    if (entity == u"agent")
        return tr("agent");
    return entity;
}

int ImportChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ImportChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ImportChange &change = m_changes.at(index.row());
    switch (index.column()) {
    case Kind:
        return kindText(change.kind);
    case Record:
        return entityText(change.entity);
    case Reference:
        return change.ref;
    case Name:
        return change.name;
    case Field:
        return change.field;
    case Before:
        return change.before;
    case After:
        return change.after;
    default:
        return {};
    }
}

QVariant ImportChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Change");
    case Record:
        return tr("Record");
    case Reference:
        return tr("ERP reference");
    case Name:
        return tr("Name");
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

ImportRejectionsModel::ImportRejectionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportRejectionsModel::setRejections(QList<ImportRejection> rejections)
{
    beginResetModel();
    m_rejections = std::move(rejections);
    endResetModel();
}

int ImportRejectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejections.size());
}

int ImportRejectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRejectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRejection &rejection = m_rejections.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case File:
        return rejection.file;
    case Line:
        // Line 0: the problem concerns the whole file.
        return rejection.line > 0 ? QLocale().toString(rejection.line) : tr("whole file");
    case ColumnName:
        return rejection.column;
    case Reason:
        return rejection.reason;
    default:
        return {};
    }
}

QVariant ImportRejectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace tc
