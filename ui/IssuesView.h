// IssuesView: the section agents live in all day: the ticket list with its quick filters (mine,
// unassigned, open, status, property, category, assignee; all in SQL), sorted on indexed columns,
// read lazily; bulk assignment of the selected tickets; the selected ticket in the detail pane
// below. F3 asks for the tenant search.
#pragma once

#include "services/Agents.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace tc {

class Office;
class TicketPanel;
class TicketTableModel;

class IssuesView : public QWidget
{
    Q_OBJECT

public:
    explicit IssuesView(Office &office, QWidget *parent = nullptr);

    // Reads the agents, the properties and the list again (F5); the shown ticket too.
    void reload();
    // Someone else changed tickets: the rows on screen read again; the selection, the scroll position
    // and the pane's ticket (with what the agent is typing) stay.
    void catchUp();
    // Shows the ticket in the detail pane, selected in the list when the list holds it (among the rows
    // near the top: a million are not searched), else with nothing selected.
    void showTicket(qint64 ticketId);
    // Assigns the selected tickets to the agent (none: unassigns them) in one go; the list keeps its
    // place as far as the filter lets it.
    bool assignSelected(std::optional<qint64> agentId);
    QList<qint64> selectedTicketIds() const;

    TicketTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TicketPanel *panel() const { return m_panel; }
    // What the main window's Actions menu lists while this view is shown (with their shortcuts).
    QList<QAction *> menuActions() const;

public Q_SLOTS:
    // Another dialog created or changed tickets: the list and the shown ticket are read again.
    void ticketsChanged();

Q_SIGNALS:
    // F3 or "Find tenant…": the main window opens the tenant search.
    void findTenantRequested();

private:
    QAction *m_findAction = nullptr;
    void buildFilterBar();
    void buildTable();
    void fillAgents();
    void fillProperties();
    void applyFilter();
    void updateSummary();
    void showError(const QString &message);
    void showNotice(const QString &message);
    void currentTicketChanged(const QModelIndex &current, const QModelIndex &previous);
    // The row of the ticket among the rows already near the top, or -1.
    int rowOf(qint64 ticketId) const;
    // Makes the row current and selected without asking the pane to change.
    void selectRow(int row);
    // Reads the list again and puts the current row and the scroll position back where they were.
    void reloadKeepingPlace();

    Office &m_office;
    QList<AgentInfo> m_agents;
    TicketTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    TicketPanel *m_panel = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_unassigned = nullptr;
    QPushButton *m_open = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_property = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_assignee = nullptr;
    QTimer *m_categoryTimer = nullptr;
    QPushButton *m_assign = nullptr;
    QMenu *m_assignMenu = nullptr;
    QPushButton *m_findTenant = nullptr;
    bool m_settingFilters = false; // filter widgets set in code: one filter at the end, not one per widget
    bool m_restoringSelection = false;
    bool m_filterApplied = false;
    int m_lastSortColumn = 0;
    Qt::SortOrder m_lastSortOrder = Qt::DescendingOrder;
};

} // namespace tc
