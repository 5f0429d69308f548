#include "IssuesView.h"

#include "ErrorLabel.h"
#include "LazyTable.h"
#include "SectionHeading.h"
#include "TicketPanel.h"
#include "itemmodels/TicketTableModel.h"
#include "services/MasterData.h"
#include "services/Office.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tc {

namespace {
constexpr int kCategoryDelayMs = 300;
// showTicket() and a reload look for a ticket among this many rows from the top (a few pages), never
// through a million.
constexpr int kSearchedRows = 1000;
// The property filter offers at most this many properties (by name; typing a name's first letters
// jumps to it).
constexpr int kMaxProperties = 2000;

QComboBox *filterCombo(const char *objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setMaximumWidth(combo->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20);
    return combo;
}

QPushButton *filterToggle(const QString &text, const char *objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessibleName);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

// Puts the combo back on the item holding `data` (the first one when it is gone).
void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}
} // namespace

IssuesView::IssuesView(Office &office, QWidget *parent) : QWidget(parent), m_office(office)
{
    setObjectName(QStringLiteral("issuesView"));
    setAccessibleName(tr("Issues"));
    m_model = new TicketTableModel(office.database(), office.actor().agentId, this);

    QLabel *heading = makeSectionHeading(tr("Issues"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("ticketSummary"));
    m_error = makeErrorLabel(QStringLiteral("ticketError"));
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("ticketNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_findTenant = new QPushButton(tr("Find tenant… (F3)"));
    m_findTenant->setObjectName(QStringLiteral("findTenantButton"));
    m_findTenant->setAccessibleName(tr("Find tenant"));
    m_findTenant->setToolTip(tr("Who is calling? Search every tenant by name, unit, address or phone number."));
    connect(m_findTenant, &QPushButton::clicked, this, &IssuesView::findTenantRequested);
    m_findAction = new QAction(tr("&Find tenant for a new ticket…"), this);
    m_findAction->setObjectName(QStringLiteral("issuesFindTenantAction"));
    m_findAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &IssuesView::findTenantRequested);
    addAction(m_findAction);

    buildFilterBar();
    buildTable();
    m_panel = new TicketPanel(office);
    connect(m_panel, &TicketPanel::ticketChanged, this, &IssuesView::reloadKeepingPlace);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("issuesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    // Two rows that fit beside the navigation on a small screen: the heading with the three quick
    // toggles, then the combos (which share what room there is) and the bulk action.
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(m_mine);
    top->addWidget(m_unassigned);
    top->addWidget(m_open);
    top->addSpacing(12);
    top->addWidget(m_summary);
    top->addStretch();
    top->addWidget(m_findTenant);
    auto *filters = new QHBoxLayout;
    for (QComboBox *combo : {m_status, m_property, m_category, m_assignee})
        filters->addWidget(combo, 1);
    filters->addSpacing(12);
    filters->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_findTenant, m_mine);
    setTabOrder(m_mine, m_unassigned);
    setTabOrder(m_unassigned, m_open);
    setTabOrder(m_open, m_status);
    setTabOrder(m_status, m_property);
    setTabOrder(m_property, m_category);
    setTabOrder(m_category, m_assignee);
    setTabOrder(m_assignee, m_assign);
    setTabOrder(m_assign, m_table);

    fillAgents();
    fillProperties();
    applyFilter();
}

QList<QAction *> IssuesView::menuActions() const
{
    return {m_findAction, m_panel->saveAction()};
}

void IssuesView::buildFilterBar()
{
    m_mine = filterToggle(tr("&Mine"), "mineFilter", tr("Only my tickets"));
    if (!m_office.actor().agentId) {
        m_mine->setEnabled(false);
        m_mine->setToolTip(tr("You work as the office's owner, not as an agent: no tickets are assigned to you."));
    } else {
        m_mine->setToolTip(tr("Only the tickets assigned to you"));
    }
    m_unassigned = filterToggle(tr("U&nassigned"), "unassignedFilter", tr("Only unassigned tickets"));
    m_unassigned->setToolTip(tr("Only the tickets nobody works on yet"));
    m_open = filterToggle(tr("&Open"), "openFilter", tr("Only open tickets"));
    m_open->setToolTip(tr("Only the tickets that are neither done nor closed"));
    m_open->setChecked(true);

    m_status = filterCombo("statusFilter", tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : tickets::statusKeys())
        m_status->addItem(tickets::statusText(key), key);
    m_property = filterCombo("propertyFilter", tr("Property"));
    m_category = filterCombo("categoryFilter", tr("Category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItem(QString());
    m_category->addItems(TicketPanel::categorySuggestions());
    m_category->lineEdit()->setPlaceholderText(tr("Any category"));
    m_category->lineEdit()->setClearButtonEnabled(true);
    m_assignee = filterCombo("assigneeFilter", tr("Assignee"));

    m_assign = new QPushButton(tr("Assi&gn to…"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setAccessibleName(tr("Assign the selected tickets to"));
    m_assign->setToolTip(tr("Assign every selected ticket to one agent"));
    m_assignMenu = new QMenu(m_assign);
    m_assignMenu->setObjectName(QStringLiteral("assignMenu"));
    m_assign->setMenu(m_assignMenu);

    // Mine, unassigned and one assignee exclude each other; a done or closed status excludes "open".
    // The widget changed last wins, and the list is filtered once.
    const auto changed = [this](QObject *source) {
        if (m_settingFilters)
            return;
        m_settingFilters = true;
        if (source == m_mine && m_mine->isChecked()) {
            m_unassigned->setChecked(false);
            m_assignee->setCurrentIndex(0);
        } else if (source == m_unassigned && m_unassigned->isChecked()) {
            m_mine->setChecked(false);
            m_assignee->setCurrentIndex(0);
        } else if (source == m_assignee && m_assignee->currentIndex() > 0) {
            m_mine->setChecked(false);
            m_unassigned->setChecked(false);
        } else if (source == m_status && !m_status->currentData().toString().isEmpty()
                   && !tickets::isOpenStatus(m_status->currentData().toString())) {
            m_open->setChecked(false);
        } else if (source == m_open && m_open->isChecked()
                   && !m_status->currentData().toString().isEmpty()
                   && !tickets::isOpenStatus(m_status->currentData().toString())) {
            m_status->setCurrentIndex(0);
        }
        m_settingFilters = false;
        applyFilter();
    };
    for (QPushButton *toggle : {m_mine, m_unassigned, m_open})
        connect(toggle, &QPushButton::toggled, this, [changed, toggle] { changed(toggle); });
    for (QComboBox *combo : {m_status, m_property, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, [changed, combo] { changed(combo); });
    // A typed category filters after a pause (or at once on Enter), a chosen one at once.
    m_categoryTimer = new QTimer(this);
    m_categoryTimer->setSingleShot(true);
    m_categoryTimer->setInterval(kCategoryDelayMs);
    connect(m_category, &QComboBox::editTextChanged, m_categoryTimer, qOverload<>(&QTimer::start));
    connect(m_categoryTimer, &QTimer::timeout, this, &IssuesView::applyFilter);
    connect(m_category, &QComboBox::activated, this, &IssuesView::applyFilter);
    connect(m_category->lineEdit(), &QLineEdit::returnPressed, this, &IssuesView::applyFilter);
}

void IssuesView::buildTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setModel(m_model);
    const QLocale locale;
    setUpLazyTable(m_table, {QStringLiteral("1000000"), QStringLiteral("Heizung im Wohnzimmer"),
                             QStringLiteral("Aeschbacher, Monika"), QStringLiteral("Appartamento 4"),
                             tickets::statusText(QStringLiteral("waiting_tenant")),
                             tickets::priorityText(QStringLiteral("urgent")), QStringLiteral("Monika Aeschbacher"),
                             locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat),
                             locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat)});
    QHeaderView *header = m_table->horizontalHeader();
    // The model sorts in SQL on indexed columns only; the newest ticket first.
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TicketTableModel::Number, Qt::DescendingOrder);
    m_lastSortColumn = TicketTableModel::Number;
    m_lastSortOrder = Qt::DescendingOrder;
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (TicketTableModel::isSortable(column)) {
            m_lastSortColumn = column;
            m_lastSortOrder = order;
            m_model->sort(column, order);
            return;
        }
        const QSignalBlocker blocker(header); // the indicator stays where the rows are really sorted
        header->setSortIndicator(m_lastSortColumn, m_lastSortOrder);
    });
    connect(m_model, &TicketTableModel::loadFailed, this, [this](const QString &message) {
        showError(tr("The tickets could not be read: %1").arg(message));
    });
    connect(m_model, &TicketTableModel::modelReset, this, &IssuesView::updateSummary);
    connect(m_model, &TicketTableModel::rowsInserted, this, &IssuesView::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IssuesView::currentTicketChanged);
    // Enter or a double-click on a row: on to the ticket's fields.
    connect(m_table, &QTableView::activated, this, [this] {
        if (auto *title = m_panel->findChild<QWidget *>(QStringLiteral("ticketTitleEdit")); title && title->isVisible())
            title->setFocus();
    });
}

void IssuesView::fillAgents()
{
    auto agents = m_office.agents().listActive();
    if (!agents) {
        showError(tr("The agents could not be read: %1").arg(agents.error().message));
        return;
    }
    m_agents = *agents;
    const QVariant chosen = m_assignee->currentData();
    {
        const QSignalBlocker blocker(m_assignee);
        m_assignee->clear();
        m_assignee->addItem(tr("Any assignee"), QVariant());
        for (const AgentInfo &agent : std::as_const(m_agents))
            m_assignee->addItem(agent.displayName, agent.id);
        selectData(m_assignee, chosen);
    }
    m_assignMenu->clear();
    QAction *nobody = m_assignMenu->addAction(tr("Nobody (unassign)"), this, [this] { (void)assignSelected(std::nullopt); });
    nobody->setObjectName(QStringLiteral("assignToNobody"));
    m_assignMenu->addSeparator();
    for (const AgentInfo &agent : std::as_const(m_agents)) {
        const qint64 id = agent.id;
        QAction *action = m_assignMenu->addAction(agent.displayName, this, [this, id] { (void)assignSelected(id); });
        action->setObjectName(QStringLiteral("assignTo_%1").arg(agent.login));
    }
    m_panel->setAgents(m_agents);
}

void IssuesView::fillProperties()
{
    auto properties = m_office.masterData().properties(kMaxProperties);
    if (!properties) {
        showError(tr("The properties could not be read: %1").arg(properties.error().message));
        return;
    }
    const QVariant chosen = m_property->currentData();
    const QSignalBlocker blocker(m_property);
    m_property->clear();
    m_property->addItem(tr("All properties"), QVariant());
    for (const PropertyName &property : std::as_const(*properties)) {
        const QString text = property.erpRef.isEmpty() ? property.name : tr("%1 (%2)").arg(property.name, property.erpRef);
        m_property->addItem(text, property.id);
    }
    selectData(m_property, chosen);
}

void IssuesView::applyFilter()
{
    if (m_settingFilters)
        return;
    m_categoryTimer->stop();
    TicketFilter filter;
    filter.mine = m_mine->isChecked();
    filter.unassigned = m_unassigned->isChecked();
    filter.openOnly = m_open->isChecked();
    filter.status = m_status->currentData().toString();
    if (const QVariant property = m_property->currentData(); property.isValid())
        filter.propertyId = property.toLongLong();
    filter.category = tickets::categoryToStore(m_category->currentText());
    if (const QVariant assignee = m_assignee->currentData(); assignee.isValid())
        filter.assigneeId = assignee.toLongLong();
    if (filter == m_model->filter() && m_filterApplied)
        return;
    m_filterApplied = true;
    m_error->hide();
    m_notice->hide();
    if (auto s = m_model->setFilter(filter); !s)
        showError(tr("The tickets could not be read: %1").arg(s.error().message));
    updateSummary();
}

void IssuesView::updateSummary()
{
    const QLocale locale;
    const QString count = locale.toString(m_model->rowCount());
    m_summary->setText(m_model->isCountCapped() ? tr("Tickets: more than %1").arg(count) : tr("Tickets: %1").arg(count));
}

void IssuesView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void IssuesView::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->show();
}

void IssuesView::reload()
{
    m_error->hide();
    m_notice->hide();
    fillAgents();
    fillProperties();
    reloadKeepingPlace();
}

void IssuesView::catchUp()
{
    if (auto s = m_model->catchUp(); !s)
        showError(tr("The tickets could not be read: %1").arg(s.error().message));
    updateSummary();
    m_panel->reloadTicket();
}

void IssuesView::ticketsChanged()
{
    reloadKeepingPlace();
}

int IssuesView::rowOf(qint64 ticketId) const
{
    const int rows = std::min(m_model->rowCount(), kSearchedRows);
    for (int row = 0; row < rows; ++row) {
        if (m_model->index(row, TicketTableModel::Number).data(TicketTableModel::TicketIdRole).toLongLong() == ticketId)
            return row;
    }
    return -1;
}

void IssuesView::reloadKeepingPlace()
{
    const int oldRow = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    const int scroll = m_table->verticalScrollBar()->value();
    const qint64 shown = m_panel->ticketId();
    if (auto s = m_model->reload(); !s)
        showError(tr("The tickets could not be read: %1").arg(s.error().message));
    updateSummary();

    // The shown ticket stays shown; it is selected again when the list still holds it, first looked
    // for where it was.
    int row = -1;
    if (shown > 0) {
        const QModelIndex there = m_model->index(oldRow, TicketTableModel::Number);
        row = there.data(TicketTableModel::TicketIdRole).toLongLong() == shown ? oldRow : rowOf(shown);
    }
    if (row >= 0) {
        selectRow(row);
    } else if (m_model->rowCount() > 0) {
        // The keyboard goes on from about where it was; nothing selected, the pane keeps its ticket.
        m_restoringSelection = true;
        m_table->selectionModel()->setCurrentIndex(m_model->index(std::min(oldRow, m_model->rowCount() - 1), 0),
                                                   QItemSelectionModel::Clear);
        m_restoringSelection = false;
    }
    m_table->verticalScrollBar()->setValue(scroll);
    m_panel->reloadTicket();
}

void IssuesView::currentTicketChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_restoringSelection || !current.isValid())
        return;
    const qint64 id = current.siblingAtColumn(TicketTableModel::Number).data(TicketTableModel::TicketIdRole).toLongLong();
    if (id <= 0 || id == m_panel->ticketId())
        return;
    if (m_panel->hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("Ticket #%1 has changes that are not saved yet. Save them before showing ticket #%2?")
                .arg(m_panel->ticketId())
                .arg(id),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        const qint64 edited = m_panel->ticketId();
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_panel->save())) {
            // Back to the ticket being edited (a conflict dialog may be open for it).
            if (const int row = rowOf(edited); row >= 0)
                selectRow(row);
            else if (previous.isValid())
                selectRow(previous.row());
            return;
        }
        // Saving read the list again: the row chosen may have moved.
        m_panel->showTicket(id);
        if (const int row = rowOf(id); row >= 0)
            selectRow(row);
        return;
    }
    m_panel->showTicket(id);
}

void IssuesView::selectRow(int row)
{
    m_restoringSelection = true;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_restoringSelection = false;
}

void IssuesView::showTicket(qint64 ticketId)
{
    const int row = rowOf(ticketId);
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                               | QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(row, 0));
        // Already current (the selection model says nothing then): show it all the same.
        if (m_panel->ticketId() != ticketId && !m_panel->hasUnsavedChanges())
            m_panel->showTicket(ticketId);
        return;
    }
    m_restoringSelection = true;
    m_table->selectionModel()->clearSelection();
    m_restoringSelection = false;
    if (m_panel->hasUnsavedChanges() && m_panel->ticketId() != ticketId) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("Ticket #%1 has changes that are not saved yet. Drop them and show ticket #%2?")
                .arg(m_panel->ticketId())
                .arg(ticketId),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_panel->showTicket(ticketId);
}

QList<qint64> IssuesView::selectedTicketIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(TicketTableModel::Number);
    for (const QModelIndex &index : rows) {
        const qint64 id = index.data(TicketTableModel::TicketIdRole).toLongLong();
        if (id > 0)
            ids << id;
    }
    return ids;
}

bool IssuesView::assignSelected(std::optional<qint64> agentId)
{
    m_error->hide();
    const QList<qint64> ids = selectedTicketIds();
    if (ids.isEmpty()) {
        showNotice(tr("Select the tickets to assign first (Shift or Ctrl with a click or the arrow keys)."));
        return false;
    }
    auto changed = m_office.tickets().assignMany(ids, agentId);
    if (!changed) {
        showError(changed.error().message);
        return false;
    }
    QString name = tr("nobody");
    for (const AgentInfo &agent : std::as_const(m_agents)) {
        if (agentId && agent.id == *agentId)
            name = agent.displayName;
    }
    reloadKeepingPlace();
    showNotice(tr("%n ticket(s) assigned to %1.", nullptr, *changed).arg(name));
    return true;
}

} // namespace tc
