#include "TenantDetailDialog.h"
#include "Appearance.h"

#include "InviteTenants.h"
#include "NewTicketDialog.h"

#include "LockIcon.h"
#include "SectionHeading.h"
#include "domain/Languages.h"
#include "domain/TenancyState.h"
#include "services/Office.h"
#include "services/Tickets.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tc {

namespace {

QString statusText(const TenantDetail &d)
{
    if (d.isAlias && d.status == u"imported")
        return d.erpRef.isEmpty() ? TenantDetailDialog::tr("alias user made by hand")
                                  : TenantDetailDialog::tr("alias (no e-mail yet)");
    if (d.status == u"invited")
        return TenantDetailDialog::tr("invited");
    if (d.status == u"registered")
        return TenantDetailDialog::tr("registered");
    return TenantDetailDialog::tr("imported");
}

QString languageText(const QString &code)
{
    return languages::displayName(code);
}

QTreeWidget *makeList(const QString &objectName, const QString &accessibleName, const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setWordWrap(false);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

TenantDetailDialog::TenantDetailDialog(Office &office, qint64 personId, QWidget *parent)
    : QDialog(parent), m_office(office), m_personId(personId), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("tenantDetailDialog"));
    setAccessibleName(tr("Tenant"));
    setWindowTitle(tr("Tenant"));

    m_title = makeSectionHeading(QString());
    m_title->setObjectName(QStringLiteral("tenantDetailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("tenantDetailSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QIcon lock = lockIcon(palette().color(QPalette::WindowText));
    const auto lineEdit = [this, &lock](const char *name, const QString &accessibleName) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessibleName);
        edit->setMaxLength(200);
        QAction *action = edit->addAction(lock, QLineEdit::TrailingPosition);
        action->setObjectName(QString::fromLatin1(name) + QStringLiteral("Lock"));
        action->setToolTip(Tenants::erpOwnedMessage());
        action->setVisible(false);
        m_lockActions << action;
        return edit;
    };
    m_firstName = lineEdit("firstNameEdit", tr("First name"));
    m_lastName = lineEdit("lastNameEdit", tr("Last name"));
    m_email = lineEdit("emailEdit", tr("E-mail"));
    m_phone = lineEdit("phoneEdit", tr("Phone"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Company default"), QString());
    for (const QString &code : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("en")})
        m_language->addItem(languageText(code), code);

    // "Managed by the ERP": a lock and a few words, the whole sentence as tooltip.
    m_erpHint = new QWidget;
    m_erpHint->setObjectName(QStringLiteral("erpLockHint"));
    m_erpHint->setAccessibleName(tr("Managed by the ERP"));
    m_erpHint->setToolTip(Tenants::erpOwnedMessage());
    auto *lockLabel = new QLabel;
    lockLabel->setPixmap(lock.pixmap(16, 16));
    auto *erpText = new QLabel(tr("Name, e-mail and phone are managed by the ERP"));
    erpText->setObjectName(QStringLiteral("erpLockHintText"));
    erpText->setToolTip(Tenants::erpOwnedMessage());
    auto *erpRow = new QHBoxLayout(m_erpHint);
    erpRow->setContentsMargins(0, 0, 0, 0);
    erpRow->addWidget(lockLabel);
    erpRow->addWidget(erpText, 1);
    m_erpHint->hide();

    m_readOnlyHint = new QLabel(tr("You can look at this tenant's data; changing it needs an administrator."));
    m_readOnlyHint->setObjectName(QStringLiteral("readOnlyHint"));
    m_readOnlyHint->setWordWrap(true);
    m_readOnlyHint->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("L&anguage:"), m_language);
    const int editorWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26;
    for (QWidget *editor : {static_cast<QWidget *>(m_firstName), static_cast<QWidget *>(m_lastName),
                            static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_phone),
                            static_cast<QWidget *>(m_language)})
        editor->setMaximumWidth(editorWidth);

    m_tenancies = makeList(QStringLiteral("tenancyList"), tr("Tenancies"),
                           {tr("Unit"), tr("Address"), tr("Property"), tr("From"), tr("To"), tr("State")});
    m_history = makeList(QStringLiteral("historyList"), tr("History of changes"),
                         {tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    m_tickets = makeList(QStringLiteral("tenantTicketList"), tr("Tickets"),
                         {tr("No."), tr("Title"), tr("Status"), tr("Assignee"), tr("Last change")});
    connect(m_tickets, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT ticketActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    m_ticketsHeading = new QLabel;
    m_ticketsHeading->setObjectName(QStringLiteral("ticketsHeading"));
    m_ticketsHeading->setBuddy(m_tickets);
    // The phone call's next step: Ctrl+N from anywhere in the dialog.
    m_newTicket = new QPushButton(tr("&New ticket…"));
    m_newTicket->setObjectName(QStringLiteral("newTicketButton"));
    m_newTicket->setAccessibleName(tr("New ticket for this tenant"));
    m_newTicket->setToolTip(tr("New ticket for this tenant (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_newTicket->setAutoDefault(false);
    connect(m_newTicket, &QPushButton::clicked, this, &TenantDetailDialog::newTicket);
    auto *newTicketAction = new QAction(tr("New ticket"), this);
    newTicketAction->setObjectName(QStringLiteral("newTicketAction"));
    newTicketAction->setShortcut(QKeySequence::New);
    connect(newTicketAction, &QAction::triggered, this, &TenantDetailDialog::newTicket);
    addAction(newTicketAction);
    // Both lists at once: a tenant has few tenancies, and their history is what people come to read.
    m_tenanciesHeading = new QLabel;
    m_tenanciesHeading->setObjectName(QStringLiteral("tenanciesHeading"));
    m_historyHeading = new QLabel;
    m_historyHeading->setObjectName(QStringLiteral("historyHeading"));
    for (QLabel *heading : {m_tenanciesHeading, m_historyHeading, m_ticketsHeading}) {
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
    }
    m_tenanciesHeading->setBuddy(m_tenancies);
    m_historyHeading->setBuddy(m_history);
    const int rowHeight = m_tenancies->fontMetrics().height() + 6;
    m_tenancies->setMinimumHeight(rowHeight * 5);
    m_tenancies->setMaximumHeight(rowHeight * 6 + 8);
    m_tickets->setMinimumHeight(rowHeight * 4);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("tenantDetailMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveTenantButton"));
    m_save->setAccessibleName(tr("Save the tenant's data"));
    m_reload = new QPushButton(tr("&Reload"));
    m_reload->setObjectName(QStringLiteral("reloadTenantButton"));
    m_reload->setAccessibleName(tr("Read the tenant's data again"));
    m_reload->setAutoDefault(false);
    m_invite = new QPushButton(tr("&Invite"));
    m_invite->setObjectName(QStringLiteral("inviteTenantButton"));
    m_invite->setAccessibleName(tr("Invite to the tenant app"));
    m_invite->setAutoDefault(false);
    connect(m_invite, &QPushButton::clicked, this, &TenantDetailDialog::invite);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_invite, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_reload, QDialogButtonBox::ResetRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeTenantButton"));
    close->setAccessibleName(tr("Close the tenant"));
    close->setAutoDefault(false);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &TenantDetailDialog::save);
    connect(m_reload, &QPushButton::clicked, this, &TenantDetailDialog::load);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_erpHint);
    layout->addWidget(m_readOnlyHint);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_tenanciesHeading);
    layout->addWidget(m_tenancies);
    layout->addSpacing(4);
    auto *ticketsRow = new QHBoxLayout;
    ticketsRow->addWidget(m_ticketsHeading, 1);
    ticketsRow->addWidget(m_newTicket);
    layout->addLayout(ticketsRow);
    layout->addWidget(m_tickets, 1);
    layout->addSpacing(4);
    layout->addWidget(m_historyHeading);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1020, 800);

    load();
    // Start where typing does something: not in a locked field.
    if (!m_firstName->isReadOnly())
        m_firstName->setFocus();
    else if (m_language->isEnabled())
        m_language->setFocus();
    else
        close->setFocus();
}

void TenantDetailDialog::setToday(QDate today)
{
    m_today = today;
    fillTenancies();
}

bool TenantDetailDialog::load()
{
    auto detail = m_office.tenants().detail(m_personId);
    if (!detail) {
        m_loaded = false;
        showMessage(tr("The tenant could not be read: %1").arg(detail.error().message), true);
        applyLocks();
        return false;
    }
    m_detail = std::move(*detail);
    m_loaded = true;
    fill();
    m_message->clear();
    return true;
}

void TenantDetailDialog::fill()
{
    const QString name = m_detail.displayName();
    m_title->setText(name);
    m_title->setAccessibleName(name);
    setWindowTitle(tr("Tenant – %1").arg(name));
    QStringList facts;
    if (!m_detail.erpRef.isEmpty())
        facts << tr("ERP reference %1").arg(m_detail.erpRef);
    facts << statusText(m_detail);
    m_invite->setText(m_detail.status == u"invited" ? tr("Send re&minder") : tr("&Invite"));
    // An alias made by hand is invited as the tenant the ERP delivers, once linked.
    m_invite->setVisible(m_office.actor().mayAct(Role::Administrator) && m_detail.status != u"registered"
                         && !(m_detail.isAlias && m_detail.erpRef.isEmpty()));
    facts << (m_detail.source == u"erp" ? tr("from the ERP") : tr("entered in the Cockpit"));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    m_firstName->setText(m_detail.firstName);
    m_lastName->setText(m_detail.lastName);
    m_email->setText(m_detail.email);
    m_phone->setText(m_detail.phone);
    const int language = m_language->findData(m_detail.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    applyLocks();
    fillTenancies();
    fillTickets();
    fillHistory();
}

void TenantDetailDialog::fillTickets()
{
    m_tickets->clear();
    auto tickets = m_office.tickets().forTenant(m_personId);
    if (!tickets) {
        m_ticketsHeading->setText(tr("Tic&kets could not be read: %1").arg(tickets.error().message));
        return;
    }
    const QLocale locale;
    int open = 0;
    for (const Ticket &ticket : std::as_const(*tickets)) {
        if (ticket.isOpen())
            ++open;
        auto *item = new QTreeWidgetItem(m_tickets, {QString::number(ticket.id), ticket.title, tickets::statusText(ticket.status),
                                                    ticket.assigneeName,
                                                    locale.toString(ticket.updatedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, ticket.id);
        for (int column = 0; column < m_tickets->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
        if (!ticket.isOpen()) {
            for (int column = 0; column < m_tickets->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    const QFontMetrics metrics = m_tickets->fontMetrics();
    m_tickets->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("1234567")) + 16);
    m_tickets->setColumnWidth(1, metrics.horizontalAdvance(QLatin1Char('M')) * 28);
    int statusWidth = 0; // the longest status in the language shown
    for (const QString &status : tickets::statusKeys())
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(tickets::statusText(status)));
    m_tickets->setColumnWidth(2, statusWidth + 16);
    m_tickets->setColumnWidth(3, metrics.horizontalAdvance(QStringLiteral("Lucia Rossi-Bernasconi")) + 16);
    m_ticketsHeading->setText(tickets->isEmpty() ? tr("Tic&kets: none yet")
                                                 : tr("Tic&kets (%1, %2 open), newest first").arg(tickets->size()).arg(open));
}

void TenantDetailDialog::newTicket()
{
    if (!m_loaded)
        return;
    auto *dialog = new NewTicketDialog(m_office, m_personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_today.isValid())
        dialog->setToday(m_today);
    connect(dialog, &NewTicketDialog::created, this, [this](qint64 ticketId) {
        fillTickets();
        // The new ticket is the first row (newest first): selected, so the agent sees it at once.
        if (QTreeWidgetItem *first = m_tickets->topLevelItem(0))
            m_tickets->setCurrentItem(first);
        showMessage(tr("Ticket %1 saved.").arg(ticketId), false);
        Q_EMIT ticketCreated(ticketId);
    });
    dialog->open();
}

void TenantDetailDialog::applyLocks()
{
    const bool mayEdit = m_office.actor().mayAct(Role::Administrator) && m_loaded;
    const bool erpLocked = m_detail.erpOwned;
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone}) {
        const bool readOnly = !mayEdit || erpLocked;
        edit->setReadOnly(readOnly);
        // Read-only fields look it: the window's colour instead of the editable white.
        QPalette palette;
        if (readOnly)
            palette.setColor(QPalette::Base, palette.color(QPalette::Window));
        edit->setPalette(palette);
        edit->setToolTip(erpLocked ? Tenants::erpOwnedMessage() : QString());
    }
    if (!erpLocked && !m_detail.phoneE164.isEmpty() && m_detail.phoneE164 != m_detail.phone)
        m_phone->setToolTip(tr("International form: %1").arg(m_detail.phoneE164));
    for (QAction *action : std::as_const(m_lockActions))
        action->setVisible(erpLocked);
    m_language->setEnabled(mayEdit);
    m_erpHint->setVisible(erpLocked);
    m_readOnlyHint->setVisible(!m_office.actor().mayAct(Role::Administrator));
    m_save->setVisible(m_office.actor().mayAct(Role::Administrator));
    m_save->setEnabled(mayEdit);
}

void TenantDetailDialog::fillTenancies()
{
    m_tenancies->clear();
    const QLocale locale;
    for (const TenancyInfo &t : std::as_const(m_detail.tenancies)) {
        QString state;
        switch (tenancyState(t.start, t.end, m_today)) {
        case TenancyState::Current:
            state = tr("current");
            break;
        case TenancyState::Former:
            state = tr("former");
            break;
        case TenancyState::Future:
            state = tr("moving in");
            break;
        }
        if (t.id == 0)
            state = tr("expected (alias user)");
        const QString unit = t.unitRef.isEmpty() ? t.unitLabel : tr("%1 (%2)").arg(t.unitLabel, t.unitRef);
        auto *item = new QTreeWidgetItem(m_tenancies, {unit, t.address, t.propertyName,
                                                      locale.toString(t.start, QLocale::ShortFormat),
                                                      t.end.isValid() ? locale.toString(t.end, QLocale::ShortFormat) : QString(),
                                                      state});
        for (int column = 0; column < m_tenancies->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
        if (tenancyState(t.start, t.end, m_today) == TenancyState::Former) {
            for (int column = 0; column < m_tenancies->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    const QFontMetrics metrics = m_tenancies->fontMetrics();
    const int date = metrics.horizontalAdvance(locale.toString(QDate(2028, 12, 28), QLocale::ShortFormat)) + 24;
    m_tenancies->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("Appartamento 3.04 (1234.01.304)")) + 12);
    m_tenancies->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("Piazza dell'Indipendenza 11, 6500 Bellinzona")) + 12);
    m_tenancies->setColumnWidth(2, metrics.horizontalAdvance(QStringLiteral("Residenza Monte Brè 12")) + 12);
    m_tenancies->setColumnWidth(3, date);
    m_tenancies->setColumnWidth(4, date);
    m_tenanciesHeading->setText(tr("&Tenancies (%1)").arg(m_detail.tenancies.size()));
}

void TenantDetailDialog::fillHistory()
{
    m_history->clear();
    const QLocale locale;
    for (const TenantHistoryEntry &entry : std::as_const(m_detail.history)) {
        auto *item = new QTreeWidgetItem(m_history, {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                                    entry.who, entry.what, entry.before, entry.after});
        for (int column = 0; column < m_history->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
    }
    const QFontMetrics metrics = m_history->fontMetrics();
    m_history->setColumnWidth(0, metrics.horizontalAdvance(locale.toString(QDateTime(QDate(2028, 12, 28), QTime(23, 58)),
                                                                           QLocale::ShortFormat))
                                     + 24);
    // Who, what and before as wide as their longest entry in the language shown (German and French
    // say "moved into another unit" at twice the length), within bounds that keep "after" in view;
    // the tooltips hold what is cut.
    const int character = metrics.averageCharWidth();
    const auto fit = [&](int column, int least, int most) {
        int width = metrics.horizontalAdvance(m_history->headerItem()->text(column));
        for (int row = 0; row < m_history->topLevelItemCount(); ++row)
            width = std::max(width, metrics.horizontalAdvance(m_history->topLevelItem(row)->text(column)));
        m_history->setColumnWidth(column, std::clamp(width, least * character, most * character) + 16);
    };
    fit(1, 14, 28);
    fit(2, 24, 40);
    fit(3, 20, 40);
    m_historyHeading->setText(m_detail.history.isEmpty() ? tr("&History of changes: none recorded yet")
                                                         : tr("&History of changes (%1), newest first")
                                                               .arg(m_detail.history.size()));
}

TenantEdit TenantDetailDialog::edits() const
{
    TenantEdit edit;
    if (m_firstName->text() != m_detail.firstName)
        edit.firstName = m_firstName->text();
    if (m_lastName->text() != m_detail.lastName)
        edit.lastName = m_lastName->text();
    if (m_email->text() != m_detail.email)
        edit.email = m_email->text();
    if (m_phone->text() != m_detail.phone)
        edit.phone = m_phone->text();
    const QString language = m_language->currentData().toString();
    if (language != m_detail.language)
        edit.language = language;
    return edit;
}

bool TenantDetailDialog::save()
{
    if (!m_loaded || !m_office.actor().mayAct(Role::Administrator))
        return false;
    const TenantEdit edit = edits();
    if (edit.isEmpty()) {
        showMessage(tr("Nothing to save."), false);
        return true;
    }
    auto updated = m_office.tenants().update(m_office.actor(), m_personId, edit, m_detail.rowVersion);
    if (!updated) {
        showMessage(updated.error().message, true);
        return false;
    }
    m_detail = std::move(*updated);
    fill();
    showMessage(tr("Saved."), false);
    Q_EMIT saved(m_personId);
    return true;
}

void TenantDetailDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? messageStyleSheet(m_message, true) : QString());
    m_message->setAccessibleName(text);
}

void TenantDetailDialog::invite()
{
    if (inviteTenants(this, m_office, {m_personId}, m_detail.displayName())) {
        load();
        Q_EMIT invited(m_personId);
    }
}

} // namespace tc
