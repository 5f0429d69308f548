// ImportReportModels: one import report's lists as tables: the changes record by record and field by
// field (ImportChangesModel) and the rejected rows with file, line, column and reason
// (ImportRejectionsModel). The import history shows a stored run's report with them; the import
// wizard can show its preview the same way.
#pragma once

#include "import/ImportReport.h"

#include <QAbstractTableModel>

namespace tc {

class ImportChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Record, Reference, Name, Field, Before, After, ColumnCount };

    explicit ImportChangesModel(QObject *parent = nullptr);

    void setChanges(QList<ImportChange> changes);
    static QString kindText(ImportChange::Kind kind);
    static QString entityText(const QString &entity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportChange> m_changes;
};

class ImportRejectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Line, ColumnName, Reason, ColumnCount };

    explicit ImportRejectionsModel(QObject *parent = nullptr);

    void setRejections(QList<ImportRejection> rejections);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRejection> m_rejections;
};

} // namespace tc
