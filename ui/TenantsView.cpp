#include "TenantsView.h"

#include "AliasUsersDialog.h"
#include "ErrorLabel.h"
#include "InviteTenants.h"
#include "LazyTable.h"
#include "SectionHeading.h"
#include "TenantDetailDialog.h"
#include "itemmodels/TenantTableModel.h"
#include "services/Office.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tc {

namespace {
constexpr int kFilterDelayMs = 250;
} // namespace

TenantsView::TenantsView(Office &office, QWidget *parent) : QWidget(parent), m_office(office)
{
    setObjectName(QStringLiteral("tenantsView"));
    m_model = new TenantTableModel(office.database(), this);

    QLabel *heading = makeSectionHeading(tr("Tenants"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("tenantSummary"));
    m_error = makeErrorLabel(QStringLiteral("tenantError"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("tenantTable"));
    m_table->setAccessibleName(tr("Tenants"));
    m_table->setModel(m_model);
    // Fixed row heights, widths from typical contents measured once: never from a million rows.
    setUpLazyTable(m_table, {QStringLiteral("Dell'Acqua, Marie-Thérèse"), QStringLiteral("Appartamento 3.04"),
                             QStringLiteral("Bahnhofstrasse 12a, 8001 Zürich"), QStringLiteral("moving out 28 Feb 2027"),
                             QStringLiteral("hans-rudolf.buehler@example.com"), QStringLiteral("+41 44 123 45 67"),
                             QStringLiteral("de"), QStringLiteral("registered"), QStringLiteral("10000000")});
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TenantTableModel::Name, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (!TenantTableModel::isSortable(column)) {
            // Only indexed columns sort: put the indicator back where the rows really are sorted.
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_lastSortColumn, m_lastSortOrder);
            return;
        }
        m_lastSortColumn = column;
        m_lastSortOrder = order;
        m_model->sort(column, order);
    });
    connect(m_model, &TenantTableModel::loadFailed, this, [this](const QString &message) {
        showError(tr("The tenants could not be read: %1").arg(message));
    });
    // Rows added as the view scrolls past a capped count: the summary follows.
    connect(m_model, &TenantTableModel::rowsInserted, this, &TenantsView::updateSummary);
    // Double-click and Enter open the tenant.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 person = index.siblingAtColumn(0).data(TenantTableModel::PersonIdRole).toLongLong();
        if (person > 0)
            openTenant(person);
    });

    // The filter row: text (name, ERP reference or e-mail), status, current or former.
    m_filterText = new QLineEdit;
    m_filterText->setObjectName(QStringLiteral("tenantFilter"));
    m_filterText->setAccessibleName(tr("Filter tenants"));
    m_filterText->setPlaceholderText(tr("Filter: name, ERP reference or e-mail address"));
    m_filterText->setToolTip(tr("The beginning of a name (\"Müller\", \"Meier, A\"), of an ERP reference, or a "
                                "whole e-mail address. Case and accents do not matter."));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("tenantStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), int(TenantFilter::Status::All));
    m_statusFilter->addItem(tr("Imported"), int(TenantFilter::Status::Imported));
    m_statusFilter->addItem(tr("Invited"), int(TenantFilter::Status::Invited));
    m_statusFilter->addItem(tr("Registered"), int(TenantFilter::Status::Registered));
    m_statusFilter->addItem(tr("Alias"), int(TenantFilter::Status::Alias));
    m_tenancyFilter = new QComboBox;
    m_tenancyFilter->setObjectName(QStringLiteral("tenantTenancyFilter"));
    m_tenancyFilter->setAccessibleName(tr("Current or former tenants"));
    m_tenancyFilter->addItem(tr("Current and former tenants"), int(TenantFilter::Tenancy::All));
    m_tenancyFilter->addItem(tr("Current tenants"), int(TenantFilter::Tenancy::Current));
    m_tenancyFilter->addItem(tr("Former tenants"), int(TenantFilter::Tenancy::Former));
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterText, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterText, &QLineEdit::returnPressed, this, &TenantsView::applyFilter);
    connect(m_filterTimer, &QTimer::timeout, this, &TenantsView::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &TenantsView::applyFilter);
    connect(m_tenancyFilter, &QComboBox::currentIndexChanged, this, &TenantsView::applyFilter);

    // Inviting: administrators only (the service refuses anyone else anyway).
    m_invite = new QPushButton(tr("&Invite"));
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_invite->setAccessibleName(tr("Invite to the tenant app"));
    m_invite->setVisible(m_office.actor().mayAct(Role::Administrator));
    auto *inviteMenu = new QMenu(m_invite);
    QAction *inviteSelection = inviteMenu->addAction(tr("Invite the &selected tenants"), this, &TenantsView::inviteSelected);
    inviteSelection->setObjectName(QStringLiteral("inviteSelectedAction"));
    inviteSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    inviteSelection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *inviteAll = inviteMenu->addAction(tr("Invite &everyone not yet invited"), this, &TenantsView::inviteAllNotYetInvited);
    inviteAll->setObjectName(QStringLiteral("inviteAllAction"));
    m_invite->setMenu(inviteMenu);
    if (m_office.actor().mayAct(Role::Administrator)) {
        addActions({inviteSelection, inviteAll}); // the shortcut works without opening the menu
        m_menuActions = {inviteSelection, inviteAll};
    }

    m_aliases = new QPushButton(tr("&Alias users…"));
    m_aliases->setObjectName(QStringLiteral("aliasUsersButton"));
    m_aliases->setAccessibleName(tr("Alias users made by hand"));
    m_aliases->setToolTip(tr("Alias users made by hand for people the ERP does not deliver yet, and the tenants they may be"));
    m_aliases->setVisible(m_office.actor().mayAct(Role::Administrator));
    connect(m_aliases, &QPushButton::clicked, this, &TenantsView::showAliasUsers);
    // Proposals wait for an administrator: say so where they work.
    m_aliasHint = new QLabel;
    m_aliasHint->setObjectName(QStringLiteral("aliasHint"));
    m_aliasHint->setWordWrap(true);
    m_aliasHint->hide();
    connect(m_aliasHint, &QLabel::linkActivated, this, &TenantsView::showAliasUsers);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_summary);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_tenancyFilter);
    filters->addStretch(1);
    filters->addWidget(m_aliases);
    filters->addWidget(m_invite);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_aliasHint);
    layout->addWidget(m_table);

    reload();
}

void TenantsView::inviteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = index.data(TenantTableModel::PersonIdRole).toLongLong();
        if (id > 0)
            ids << id;
    }
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Invite to the tenant app"), tr("Select the tenants to invite first."));
        return;
    }
    if (inviteTenants(this, m_office, ids, tr("the %n selected tenant(s)", nullptr, int(ids.size())))) {
        refresh();
        Q_EMIT invited();
    }
}

void TenantsView::inviteAllNotYetInvited()
{
    auto ids = m_office.invitations().notYetInvited();
    if (!ids) {
        showError(ids.error().message);
        return;
    }
    if (inviteTenants(this, m_office, *ids, tr("all %n tenant(s) not yet invited", nullptr, int(ids->size())))) {
        refresh();
        Q_EMIT invited();
    }
}

void TenantsView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void TenantsView::reload()
{
    m_error->hide();
    if (auto s = m_model->reload(); !s)
        showError(tr("The tenants could not be read: %1").arg(s.error().message));
    updateSummary();
    updateAliasHint();
}

void TenantsView::catchUp()
{
    if (auto s = m_model->catchUp(); !s)
        showError(tr("The tenants could not be read: %1").arg(s.error().message));
    updateSummary();
    updateAliasHint();
}

void TenantsView::updateAliasHint()
{
    if (!m_office.actor().mayAct(Role::Administrator)) {
        m_aliasHint->hide();
        return;
    }
    auto proposals = m_office.aliasUsers().proposals(m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate());
    if (!proposals || proposals->isEmpty()) {
        m_aliasHint->hide();
        return;
    }
    m_aliasHint->setText(tr("%n alias user(s) may be tenants the ERP delivered: <a href=\"#aliases\">confirm or "
                            "choose</a>.",
                            nullptr, int(proposals->size())));
    m_aliasHint->show();
}

void TenantsView::showAliasUsers()
{
    auto *dialog = new AliasUsersDialog(m_office, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_fixedToday.isValid())
        dialog->setToday(m_fixedToday);
    connect(dialog, &AliasUsersDialog::linked, this, [this](qint64 aliasId, qint64 personId) {
        reload();
        Q_EMIT tenantChanged(aliasId);
        Q_EMIT tenantChanged(personId);
    });
    connect(dialog, &AliasUsersDialog::tenantRequested, this, &TenantsView::openTenant);
    dialog->open();
}

void TenantsView::refresh()
{
    m_model->refresh();
}

void TenantsView::setToday(QDate today)
{
    m_fixedToday = today;
    m_model->setToday(today);
    reload();
}

void TenantsView::applyFilter()
{
    m_filterTimer->stop();
    TenantFilter filter;
    filter.text = m_filterText->text().trimmed();
    filter.status = TenantFilter::Status(m_statusFilter->currentData().toInt());
    filter.tenancy = TenantFilter::Tenancy(m_tenancyFilter->currentData().toInt());
    if (filter == m_model->filter())
        return;
    m_error->hide();
    if (auto s = m_model->setFilter(filter); !s)
        showError(tr("The tenants could not be read: %1").arg(s.error().message));
    updateSummary();
}

void TenantsView::updateSummary()
{
    const QLocale locale;
    if (m_model->filter().isEmpty()) {
        m_summary->setText(tr("Tenants: %1").arg(locale.toString(m_model->rowCount())));
        return;
    }
    const QString shown = m_model->isCountCapped() ? tr("more than %1").arg(locale.toString(m_model->rowCount()))
                                                   : locale.toString(m_model->rowCount());
    m_summary->setText(tr("Tenants: %1 of %2").arg(shown, locale.toString(m_model->totalCount())));
}

void TenantsView::openTenant(qint64 personId)
{
    auto *dialog = new TenantDetailDialog(m_office, personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_fixedToday.isValid())
        dialog->setToday(m_fixedToday);
    connect(dialog, &TenantDetailDialog::saved, this, [this](qint64 person) {
        m_model->refresh();
        Q_EMIT tenantChanged(person);
    });
    connect(dialog, &TenantDetailDialog::invited, this, [this](qint64 person) {
        Q_EMIT tenantChanged(person);
        Q_EMIT invited();
    });
    connect(dialog, &TenantDetailDialog::ticketCreated, this, &TenantsView::ticketCreated);
    connect(dialog, &TenantDetailDialog::ticketActivated, this, &TenantsView::ticketActivated);
    dialog->open();
}

} // namespace tc
