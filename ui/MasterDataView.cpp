#include "MasterDataView.h"

#include "Appearance.h"
#include "AliasUsersDialog.h"
#include "ErrorLabel.h"
#include "InviteTenants.h"
#include "LazyTable.h"
#include "SectionHeading.h"
#include "TenantDetailDialog.h"
#include "itemmodels/ImportHistoryModel.h"
#include "itemmodels/ImportReportModels.h"
#include "itemmodels/MasterDataModel.h"
#include "services/Office.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tc {

namespace {

constexpr int kFilterDelayMs = 250;

// Former tenancies are history: drawn in the disabled text colour, so the current ones stand out.
class TenancyStateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant state = index.data(MasterDataModel::TenancyStateRole);
        if (state.isValid() && TenancyState(state.toInt()) == TenancyState::Former)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};

QString stateText(TenancyState state)
{
    switch (state) {
    case TenancyState::Current:
        return MasterDataView::tr("current");
    case TenancyState::Former:
        return MasterDataView::tr("former");
    case TenancyState::Future:
        return MasterDataView::tr("moving in");
    }
    return {};
}

// A table of a report or the import history: set up as the lazy tables are, one row at a time selected.
QTableView *makeTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model,
                      const QStringList &typical)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    setUpLazyTable(table, typical);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

MasterDataView::MasterDataView(Office &office, QWidget *parent) : QWidget(parent), m_office(office)
{
    setObjectName(QStringLiteral("masterDataView"));
    m_model = new MasterDataModel(office.database(), this);
    m_history = new ImportHistoryModel(office, this);
    m_changes = new ImportChangesModel(this);
    m_rejections = new ImportRejectionsModel(this);
    m_warnings = new QStringListModel(this);

    QLabel *heading = makeSectionHeading(tr("Master data"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("masterDataSummary"));
    m_import = new QPushButton(tr("&Import…"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAccessibleName(tr("Import ERP data"));
    m_import->setToolTip(tr("Import a tenant list or an ERP data-exchange job"));
    m_import->hide();
    connect(m_import, &QPushButton::clicked, this, &MasterDataView::importRequested);
    m_error = makeErrorLabel(QStringLiteral("masterDataError"));

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("masterDataTabs"));
    m_tabs->setAccessibleName(tr("Master data"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createPropertiesTab(), tr("&Properties"));
    m_tabs->addTab(createHistoryTab(), tr("Import histor&y"));

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_summary);
    top->addSpacing(12);
    top->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_model, &MasterDataModel::loadFailed, this, [this](const QString &message) {
        showError(tr("The master data could not be read: %1").arg(message));
    });
    reload();
}

QWidget *MasterDataView::createPropertiesTab()
{
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("propertyFilter"));
    m_filter->setAccessibleName(tr("Filter properties"));
    m_filter->setPlaceholderText(tr("Filter: property name or ERP reference"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &MasterDataView::applyFilter);
    // Enter filters at once, without waiting for the pause.
    connect(m_filter, &QLineEdit::returnPressed, this, &MasterDataView::applyFilter);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("masterDataTree"));
    m_tree->setAccessibleName(tr("Properties, buildings, units and tenancies"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new TenancyStateDelegate(m_tree));
    m_tree->setUniformRowHeights(true); // nothing is measured across thousands of rows
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setWordWrap(false);
    m_tree->setExpandsOnDoubleClick(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_tree->setColumnWidth(MasterDataModel::Name,
                           metrics.horizontalAdvance(QStringLiteral("Dell'Acqua, Marie-Thérèse; Dell'Acqua, Luca"))
                               + 3 * m_tree->indentation() + 24);
    m_tree->setColumnWidth(MasterDataModel::ErpRef, metrics.horizontalAdvance(QStringLiteral("1234.01.P01")) + 20);
    m_tree->setColumnWidth(MasterDataModel::Address, metrics.horizontalAdvance(QStringLiteral("Bahnhofstrasse 12a, 8001 Zürich")) + 16);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MasterDataView::showDetail);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        // A tenancy opens its (first) tenant; the other nodes open and close.
        if (MasterDataModel::kind(index) != MasterDataModel::Kind::Tenancy)
            return;
        const QVariantList persons = index.siblingAtColumn(0).data(MasterDataModel::PersonIdsRole).toList();
        if (!persons.isEmpty())
            openTenant(persons.first().toLongLong());
    });

    // The detail pane: what the selected node holds, and for units and tenancies who lived there.
    auto *detail = new QWidget;
    detail->setObjectName(QStringLiteral("masterDataDetail"));
    m_detailTitle = new QLabel;
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailSubtitle = new QLabel;
    m_detailSubtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_detailSubtitle->setWordWrap(true);
    m_detailSubtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *factsWidget = new QWidget;
    factsWidget->setObjectName(QStringLiteral("detailFacts"));
    m_facts = new QFormLayout(factsWidget);
    m_facts->setContentsMargins(0, 6, 0, 6);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_detailTenants = new QTreeWidget;
    m_detailTenants->setObjectName(QStringLiteral("detailTenants"));
    m_detailTenants->setAccessibleName(tr("Tenants"));
    m_detailTenants->setHeaderLabels({tr("Tenant"), tr("From"), tr("To"), tr("State"), tr("E-mail"), tr("Phone")});
    m_detailTenants->setRootIsDecorated(false);
    m_detailTenants->setUniformRowHeights(true);
    m_detailTenants->setAlternatingRowColors(true);
    m_detailTenants->setWordWrap(false);
    const QString date = QLocale().toString(QDate(2028, 12, 28), QLocale::ShortFormat);
    m_detailTenants->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("Dell'Acqua, Marie-Thérèse")) + 16);
    m_detailTenants->setColumnWidth(1, metrics.horizontalAdvance(date) + 20);
    m_detailTenants->setColumnWidth(2, metrics.horizontalAdvance(date) + 20);
    m_detailTenants->setColumnWidth(3, metrics.horizontalAdvance(tr("moving in")) + 20);
    m_detailTenants->setColumnWidth(4, metrics.horizontalAdvance(QStringLiteral("anna.baumann@example.com")) + 16);
    m_detailTenants->hide();
    connect(m_detailTenants, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 person = item->data(0, Qt::UserRole).toLongLong();
        if (person > 0)
            openTenant(person);
    });
    m_detailHint = new QLabel;
    m_detailHint->setObjectName(QStringLiteral("detailHint"));
    m_detailHint->setWordWrap(true);
    QPalette hintPalette = m_detailHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintColor(hintPalette));
    m_detailHint->setPalette(hintPalette);
    // Below the tree, the full width: what the node holds on the left, who lived there on the right.
    auto *info = new QVBoxLayout;
    info->addWidget(m_detailTitle);
    info->addWidget(m_detailSubtitle);
    info->addWidget(factsWidget);
    info->addWidget(m_detailHint);
    // A property's tenants who are not yet invited, in one go (administrators only).
    m_inviteProperty = new QPushButton(tr("Invite the tenants &not yet invited"));
    m_inviteProperty->setObjectName(QStringLiteral("invitePropertyButton"));
    m_inviteProperty->setAccessibleName(tr("Invite this property's tenants not yet invited"));
    m_inviteProperty->hide();
    connect(m_inviteProperty, &QPushButton::clicked, this, &MasterDataView::inviteProperty);
    info->addWidget(m_inviteProperty, 0, Qt::AlignLeft);
    // A unit's future tenant whom the ERP does not deliver yet (administrators, alias users on).
    m_newAlias = new QPushButton(tr("New &alias user for this unit…"));
    m_newAlias->setObjectName(QStringLiteral("newAliasButton"));
    m_newAlias->setAccessibleName(tr("New alias user for this unit"));
    m_newAlias->hide();
    connect(m_newAlias, &QPushButton::clicked, this, &MasterDataView::newAliasUser);
    info->addWidget(m_newAlias, 0, Qt::AlignLeft);
    info->addStretch(1);
    auto *infoWidget = new QWidget;
    infoWidget->setLayout(info);
    info->setContentsMargins(0, 0, 0, 0);
    infoWidget->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    infoWidget->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
    auto *detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    detailLayout->addWidget(infoWidget, 1);
    detailLayout->addWidget(m_detailTenants, 2);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("masterDataSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({460, 240});

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("propertiesTab"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    clearDetail(tr("Nothing selected"), tr("Select a property, building, unit or tenancy to see what it holds and who "
                                           "lives there."));
    return page;
}

QWidget *MasterDataView::createHistoryTab()
{
    m_historyTable = makeTable(QStringLiteral("importHistoryTable"), tr("Import runs"), m_history,
                    {QLocale().toString(QDateTime(QDate(2028, 12, 28), QTime(23, 58)), QLocale::ShortFormat),
                     QStringLiteral("Anna Muster"), QStringLiteral("mieterliste-2026-06.csv"),
                     ImportHistoryModel::formatText(ImportFormat::DataExchange), ImportHistoryModel::modeText(ImportMode::Snapshot),
                     tr("dry run"), ImportHistoryModel::statusText(QStringLiteral("awaiting_confirmation")),
                     tr("%1 new, %2 changed, %3 moved out").arg(12).arg(34).arg(5), QStringLiteral("1234")});
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MasterDataView::showReport);
    m_historyEmpty = new QLabel(tr("No import has run yet. Imports from cockpitctl, the drop folder and the import "
                                   "wizard appear here, each with its report."));
    m_historyEmpty->setObjectName(QStringLiteral("importHistoryEmpty"));
    m_historyEmpty->setWordWrap(true);
    m_historyEmpty->hide();

    m_reportSummary = new QLabel;
    m_reportSummary->setObjectName(QStringLiteral("importReportSummary"));
    m_reportSummary->setTextFormat(Qt::RichText);
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportCounts = new QLabel;
    m_reportCounts->setObjectName(QStringLiteral("importReportCounts"));
    m_reportCounts->setTextFormat(Qt::RichText);
    m_reportCounts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reportCounts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rejectedTable = makeTable(QStringLiteral("rejectedRowsTable"), tr("Rejected rows"), m_rejections, {QStringLiteral("mieterliste-2026-06.csv"), QStringLiteral("123456"),
                                      QStringLiteral("move_out (Auszug)")});
    m_changesTable = makeTable(QStringLiteral("importChangesTable"), tr("Changes"), m_changes, {tr("changed"), tr("property"), QStringLiteral("1234.01.P01@2026-06-01"),
                                     QStringLiteral("Dell'Acqua, Marie-Thérèse"), QStringLiteral("last_name"),
                                     QStringLiteral("anna.baumann@example.com")});
    m_warningsList = new QListView;
    m_warningsList->setObjectName(QStringLiteral("importWarningsList"));
    m_warningsList->setAccessibleName(tr("Warnings"));
    m_warningsList->setModel(m_warnings);
    m_warningsList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warningsList->setWordWrap(true);
    m_reportTabs = new QTabWidget;
    m_reportTabs->setObjectName(QStringLiteral("importReportTabs"));
    m_reportTabs->setAccessibleName(tr("Report"));
    m_reportTabs->addTab(m_rejectedTable, tr("Rejected rows"));
    m_reportTabs->addTab(m_changesTable, tr("Changes"));
    m_reportTabs->addTab(m_warningsList, tr("Warnings"));

    auto *report = new QWidget;
    report->setObjectName(QStringLiteral("importReport"));
    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->setContentsMargins(0, 6, 0, 0);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_reportSummary);
    summaryRow->addSpacing(48);
    summaryRow->addWidget(m_reportCounts);
    summaryRow->addStretch(1);
    reportLayout->addLayout(summaryRow);
    reportLayout->addWidget(m_reportTabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("importHistorySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_historyTable);
    splitter->addWidget(report);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({170, 450});

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("importHistoryTab"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_historyEmpty);
    layout->addWidget(splitter, 1);
    return page;
}

void MasterDataView::setImportAvailable(bool available)
{
    m_import->setVisible(available);
}

bool MasterDataView::isImportAvailable() const
{
    return !m_import->isHidden();
}

void MasterDataView::setToday(QDate today)
{
    m_fixedToday = today;
    m_model->setToday(today);
    reload();
}

void MasterDataView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::ImportHistory ? 1 : 0);
}

void MasterDataView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void MasterDataView::reload()
{
    m_error->hide();
    if (auto s = m_model->reload(); !s)
        showError(tr("The master data could not be read: %1").arg(s.error().message));
    updateSummary();
    showDetail();
    reloadHistory();
}

void MasterDataView::reloadHistory()
{
    const qint64 selectedRun = m_history->runId(m_historyTable->currentIndex().row());
    if (auto s = m_history->reload(); !s)
        showError(tr("The import history could not be read: %1").arg(s.error().message));
    m_historyEmpty->setVisible(m_history->rowCount() == 0);
    const int row = m_history->rowOfRun(selectedRun);
    if (m_history->rowCount() > 0)
        m_historyTable->setCurrentIndex(m_history->index(row < 0 ? 0 : row, 0));
    else
        showReport();
}

bool MasterDataView::showImportRun(qint64 runId)
{
    if (m_history->rowOfRun(runId) < 0)
        (void)m_history->reload();
    const int row = m_history->rowOfRun(runId);
    m_historyEmpty->setVisible(m_history->rowCount() == 0);
    showTab(Tab::ImportHistory);
    if (row < 0)
        return false;
    m_historyTable->setCurrentIndex(m_history->index(row, 0));
    showReport();
    return true;
}

void MasterDataView::applyFilter()
{
    m_filterTimer->stop();
    if (m_filter->text().trimmed() == m_model->filter())
        return;
    m_error->hide();
    if (auto s = m_model->setFilter(m_filter->text()); !s)
        showError(tr("The master data could not be read: %1").arg(s.error().message));
    updateSummary();
    showDetail();
}

void MasterDataView::updateSummary()
{
    const QString count = number(m_model->propertyCount());
    m_summary->setText(m_model->filter().isEmpty() ? tr("Properties: %1").arg(count)
                                                    : tr("Properties matching: %1").arg(count));
}

void MasterDataView::clearDetail(const QString &title, const QString &hint)
{
    m_detailTitle->setText(title);
    m_detailSubtitle->clear();
    m_detailSubtitle->hide();
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    m_detailTenants->clear();
    m_detailTenants->hide();
    m_detailHint->setText(hint);
    m_detailHint->setVisible(!hint.isEmpty());
    m_inviteProperty->hide();
    m_newAlias->hide();
}

void MasterDataView::inviteProperty()
{
    const QModelIndex node = m_tree->currentIndex().siblingAtColumn(0);
    if (!node.isValid() || MasterDataModel::kind(node) != MasterDataModel::Kind::Property)
        return;
    auto ids = m_office.invitations().notYetInvited(MasterDataModel::id(node));
    if (!ids) {
        showError(ids.error().message);
        return;
    }
    const QString what = tr("the %n tenant(s) of %1 not yet invited", nullptr, int(ids->size())).arg(node.data().toString());
    if (inviteTenants(this, m_office, *ids, what)) {
        showDetail();
        Q_EMIT invited();
    }
}

void MasterDataView::newAliasUser()
{
    const QModelIndex node = m_tree->currentIndex().siblingAtColumn(0);
    if (!node.isValid() || MasterDataModel::kind(node) != MasterDataModel::Kind::Unit)
        return;
    auto *dialog = new NewAliasDialog(m_office, MasterDataModel::id(node), node.data().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showDetail();
        Q_EMIT tenantChanged(dialog->createdId());
    });
    dialog->open();
}

void MasterDataView::addFact(const QString &label, const QString &value)
{
    auto *field = new QLabel(value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    field->setAccessibleName(label);
    m_facts->addRow(tr("%1:", "a form label; French puts a space before the colon").arg(label), field);
}

void MasterDataView::showDetail()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        clearDetail(tr("Nothing selected"),
                    tr("Select a property, building, unit or tenancy to see what it holds and who lives there."));
        return;
    }
    const QModelIndex node = current.siblingAtColumn(0);
    const auto kind = MasterDataModel::kind(node);
    const qint64 id = MasterDataModel::id(node);
    const QDate today = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
    const MasterData masterData = m_office.masterData();
    Result<PlaceFacts> facts = Error::internal(QString());
    switch (kind) {
    case MasterDataModel::Kind::Property:
        facts = masterData.property(id, today);
        break;
    case MasterDataModel::Kind::Building:
        facts = masterData.building(id, today);
        break;
    case MasterDataModel::Kind::Unit:
        facts = masterData.unit(id);
        break;
    case MasterDataModel::Kind::Tenancy:
        facts = masterData.tenancy(id);
        break;
    }
    if (!facts) {
        clearDetail(node.data().toString(), QString());
        showError(tr("The details could not be read: %1").arg(facts.error().message));
        return;
    }
    const PlaceFacts &f = *facts;
    clearDetail(f.name, QString());
    const QString ref = f.erpRef.isEmpty() ? tr("no ERP reference") : tr("ERP reference %1").arg(f.erpRef);
    const PlaceCounts &c = f.counts;
    const auto withVacant = [](qint64 units, qint64 vacant) {
        return vacant > 0 ? tr("%1 (%2 vacant)").arg(number(units), number(vacant)) : number(units);
    };
    switch (kind) {
    case MasterDataModel::Kind::Property:
        m_detailSubtitle->setText(tr("Property · %1").arg(ref));
        if (!f.owner.isEmpty())
            addFact(tr("Owner"), f.owner);
        addFact(tr("Buildings"), number(c.buildings));
        addFact(tr("Units"), withVacant(c.units, c.vacantUnits));
        addFact(tr("Current tenants"), number(c.currentTenants));
        addFact(tr("Current tenancies"), number(c.currentTenancies));
        addFact(tr("Moving in"), number(c.futureTenancies));
        addFact(tr("Former tenancies"), number(c.formerTenancies));
        m_inviteProperty->setVisible(m_office.actor().mayAct(Role::Administrator));
        break;
    case MasterDataModel::Kind::Building:
        m_detailSubtitle->setText(tr("Building of %1 · %2").arg(f.propertyName, ref));
        addFact(tr("Address"), f.address);
        addFact(tr("Units"), withVacant(c.units, c.vacantUnits));
        addFact(tr("Current tenants"), number(c.currentTenants));
        addFact(tr("Current tenancies"), number(c.currentTenancies));
        addFact(tr("Moving in"), number(c.futureTenancies));
        addFact(tr("Former tenancies"), number(c.formerTenancies));
        break;
    case MasterDataModel::Kind::Unit:
        m_detailSubtitle->setText(tr("Unit in %1 · %2").arg(f.propertyName, ref));
        addFact(tr("Address"), f.address);
        addFact(tr("Kind"), f.unitType == u"owned" ? tr("owned") : tr("rented"));
        addFact(tr("Tenancies"), number(f.tenancies.size()));
        if (m_office.actor().mayAct(Role::Administrator))
            m_newAlias->setVisible(m_office.aliasUsers().enabled().value_or(false));
        break;
    case MasterDataModel::Kind::Tenancy: {
        m_detailSubtitle->setText(tr("Tenancy in %1 · %2").arg(f.propertyName, ref));
        addFact(tr("Address"), f.address);
        if (!f.tenancies.isEmpty()) {
            const UnitTenancy &t = f.tenancies.first();
            const QLocale locale;
            addFact(tr("From"), locale.toString(t.start, QLocale::ShortFormat));
            addFact(tr("To"), t.end.isValid() ? locale.toString(t.end, QLocale::ShortFormat) : tr("open-ended"));
            addFact(tr("State"), stateText(tenancyState(t.start, t.end, today)));
        }
        break;
    }
    }
    m_detailSubtitle->show();
    if (kind == MasterDataModel::Kind::Unit || kind == MasterDataModel::Kind::Tenancy) {
        const QLocale locale;
        for (const UnitTenancy &t : f.tenancies) {
            const TenancyState state = tenancyState(t.start, t.end, today);
            const QStringList dates{locale.toString(t.start, QLocale::ShortFormat),
                                    t.end.isValid() ? locale.toString(t.end, QLocale::ShortFormat) : QString(),
                                    stateText(state)};
            QList<TenancyTenant> tenants = t.tenants;
            if (tenants.isEmpty())
                tenants << TenancyTenant{0, QString(), tr("(no tenant)"), QString(), QString(), false};
            for (const TenancyTenant &person : std::as_const(tenants)) {
                const QString name = person.isAlias ? tr("%1 (alias)").arg(person.name) : person.name;
                auto *item = new QTreeWidgetItem(m_detailTenants, {name, dates.at(0), dates.at(1), dates.at(2),
                                                                   person.email, person.phone});
                item->setData(0, Qt::UserRole, person.personId);
                for (int column = 0; column < m_detailTenants->columnCount(); ++column) {
                    item->setToolTip(column, item->text(column));
                    if (state == TenancyState::Former)
                        item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
                }
            }
        }
        for (const UnitAlias &alias : f.aliases) {
            auto *item = new QTreeWidgetItem(m_detailTenants, {alias.name, locale.toString(alias.moveIn, QLocale::ShortFormat),
                                                               QString(), tr("alias user")});
            item->setData(0, Qt::UserRole, alias.personId);
            item->setToolTip(0, tr("An alias user made by hand: the ERP does not deliver this person yet."));
        }
        m_detailTenants->show();
        m_detailHint->setText(tr("Double-click a tenant, or select one and press Enter, to open their details."));
        m_detailHint->show();
    }
}

void MasterDataView::showReport()
{
    const int row = m_historyTable->currentIndex().row();
    m_reportTabs->setTabText(0, tr("Rejected rows"));
    m_reportTabs->setTabText(1, tr("Changes"));
    m_reportTabs->setTabText(2, tr("Warnings"));
    m_reportCounts->clear();
    m_reportCounts->hide();
    if (row < 0) {
        m_reportSummary->setText(m_history->rowCount() > 0 ? tr("Select an import run to see its report.") : QString());
        m_rejections->setRejections({});
        m_changes->setChanges({});
        m_warnings->setStringList({});
        return;
    }
    const QString status = m_history->index(row, ImportHistoryModel::Status).data().toString();
    const QString when = m_history->index(row, ImportHistoryModel::When).data().toString();
    const QString who = m_history->index(row, ImportHistoryModel::Who).data().toString();
    auto report = m_history->report(row);
    if (!report) {
        m_reportSummary->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                                     .arg(tr("Import run %1").arg(m_history->runId(row)).toHtmlEscaped(),
                                          tr("%1, by %2: %3").arg(when, who, status).toHtmlEscaped(),
                                          report.error().message.toHtmlEscaped()));
        m_rejections->setRejections({});
        m_changes->setChanges({});
        m_warnings->setStringList({});
        return;
    }
    const ImportReport &r = *report;
    // Two cells side by side: what ran and how it ended, and the counts by kind of record.
    QString info = QStringLiteral("<b>%1</b> · %2").arg(tr("Import run %1").arg(r.runId).toHtmlEscaped(),
                                                        r.sourceName.toHtmlEscaped());
    QStringList how{ImportHistoryModel::formatText(r.format), ImportHistoryModel::modeText(r.mode)};
    if (r.dryRun)
        how << tr("dry run");
    info += QStringLiteral("<br>") + tr("%1, by %2").arg(when, who).toHtmlEscaped();
    info += QStringLiteral("<br>") + how.join(QStringLiteral(", ")).toHtmlEscaped() + QStringLiteral(" · <b>")
        + status.toHtmlEscaped() + QStringLiteral("</b>");
    if (r.rowsRead > 0)
        info += QStringLiteral("<br>") + tr("Rows read: %1").arg(number(r.rowsRead)).toHtmlEscaped();
    const auto refs = [](const QStringList &list) {
        constexpr qsizetype kShown = 12;
        QString text = list.mid(0, kShown).join(QStringLiteral(", "));
        if (list.size() > kShown)
            text += tr(" and %1 more").arg(list.size() - kShown);
        return text;
    };
    if (!r.emailChanged.isEmpty())
        info += QStringLiteral("<br>") + tr("E-mail changed: %1").arg(refs(r.emailChanged)).toHtmlEscaped();
    if (!r.aliasesCreated.isEmpty())
        info += QStringLiteral("<br>") + tr("Alias users created: %1").arg(refs(r.aliasesCreated)).toHtmlEscaped();
    if (r.changesTruncated)
        info += QStringLiteral("<br>") + tr("Only the first %1 changes were kept.").arg(number(r.changes.size())).toHtmlEscaped();

    QString counts = QStringLiteral("<table cellspacing='0' cellpadding='2'><tr><th></th>");
    for (const QString &title : {tr("added"), tr("updated"), tr("unchanged"), tr("ended")})
        counts += QStringLiteral("<th align='right'>&nbsp;&nbsp;%1</th>").arg(title.toHtmlEscaped());
    counts += QStringLiteral("</tr>");
    const auto line = [&counts](const QString &what, const ImportCounts &c, bool ended) {
        counts += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                                 "<td align='right'>%4</td><td align='right'>%5</td></tr>")
                      .arg(what.toHtmlEscaped(), number(c.added), number(c.updated), number(c.unchanged),
                           ended ? number(c.ended) : QStringLiteral("–"));
    };
    line(tr("Properties"), r.properties, false);
    line(tr("Buildings"), r.buildings, false);
    line(tr("Units"), r.units, false);
    line(tr("Tenants"), r.tenants, false);
    line(tr("Tenancies"), r.tenancies, true);
    if (r.format == ImportFormat::DataExchange)
        line(tr("Agents"), r.agents, false);
    counts += QStringLiteral("</table>");
    m_reportCounts->setText(counts);
    m_reportCounts->show();
    m_reportSummary->setText(info);

    m_rejections->setRejections(r.rejected);
    m_changes->setChanges(r.changes);
    m_warnings->setStringList(r.warnings);
    m_reportTabs->setTabText(0, tr("Rejected rows (%1)").arg(number(r.rejected.size())));
    m_reportTabs->setTabText(1, tr("Changes (%1%2)").arg(number(r.changes.size()), r.changesTruncated ? QStringLiteral("+") : QString()));
    m_reportTabs->setTabText(2, tr("Warnings (%1)").arg(number(r.warnings.size())));
    // What needs attention first: rejected rows, else what changed.
    m_reportTabs->setCurrentIndex(!r.rejected.isEmpty() ? 0 : !r.changes.isEmpty() ? 1 : !r.warnings.isEmpty() ? 2 : 0);
}

void MasterDataView::openTenant(qint64 personId)
{
    auto *dialog = new TenantDetailDialog(m_office, personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_fixedToday.isValid())
        dialog->setToday(m_fixedToday);
    connect(dialog, &TenantDetailDialog::saved, this, [this](qint64 person) {
        showDetail();
        Q_EMIT tenantChanged(person);
    });
    connect(dialog, &TenantDetailDialog::invited, this, [this](qint64 person) {
        Q_EMIT tenantChanged(person);
        Q_EMIT invited();
    });
    dialog->open();
}

} // namespace tc
