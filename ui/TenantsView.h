// TenantsView: the table of every tenant of the office, read lazily, sortable by name or ERP reference.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace tc {

class Office;
class TenantTableModel;

class TenantsView : public QWidget
{
    Q_OBJECT

public:
    explicit TenantsView(Office &office, QWidget *parent = nullptr);

    void reload();
    QTableView *table() const { return m_table; }
    TenantTableModel *model() const { return m_model; }

private:
    void updateSummary();

    TenantTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    int m_lastSortColumn = 0;
    Qt::SortOrder m_lastSortOrder = Qt::AscendingOrder;
};

} // namespace tc
