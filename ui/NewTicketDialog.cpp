#include "NewTicketDialog.h"
#include "Appearance.h"

#include "SectionHeading.h"
#include "TicketPanel.h"
#include "services/Office.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tc {

NewTicketDialog::NewTicketDialog(Office &office, qint64 personId, QWidget *parent)
    : QDialog(parent), m_office(office), m_personId(personId), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New ticket"));
    setAccessibleName(tr("New ticket"));

    m_tenant = makeSectionHeading(QString());
    m_tenant->setObjectName(QStringLiteral("newTicketTenant"));

    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("ticketUnitCombo"));
    m_unit->setAccessibleName(tr("Unit"));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("ticketChannelCombo"));
    m_channel->setAccessibleName(tr("Channel"));
    for (const QString &key : tickets::channelKeys())
        m_channel->addItem(tickets::channelText(key), key);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("ticketCategoryCombo"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItem(QString());
    // The usual kinds of request; any other text may be typed.
    m_category->addItems(TicketPanel::categorySuggestions());
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("ticketTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("What the tenant asks for, in a few words"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("ticketDescriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(fontMetrics().height() * 5);
    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("ticketPriorityCombo"));
    m_priority->setAccessibleName(tr("Priority"));
    for (const QString &key : tickets::priorityKeys())
        m_priority->addItem(tickets::priorityText(key), key);
    m_priority->setCurrentIndex(m_priority->findData(QStringLiteral("normal")));
    m_due = new QDateEdit;
    m_due->setObjectName(QStringLiteral("ticketDueEdit"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    // The earliest date stands for "none".
    m_due->setMinimumDate(m_today.addDays(-1));
    m_due->setSpecialValueText(tr("none"));
    m_due->setDate(m_due->minimumDate());
    m_assignee = new QComboBox;
    m_assignee->setObjectName(QStringLiteral("ticketAssigneeCombo"));
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->addItem(tr("Nobody yet"), QVariant());
    if (auto agents = m_office.agents().listActive()) {
        for (const AgentInfo &agent : std::as_const(*agents))
            m_assignee->addItem(QStringLiteral("%1 (%2)").arg(agent.displayName, agent.login), agent.id);
    }
    // Whoever takes the call works the ticket, unless they choose a colleague.
    if (const auto self = m_office.actor().agentId)
        m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(*self)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Du&e:"), m_due);
    form->addRow(tr("&Assignee:"), m_assignee);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("newTicketMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(messageStyleSheet(m_message, true));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveTicketButton"));
    saveButton->setAccessibleName(tr("Save the ticket"));
    saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelTicketButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tenant);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, 460);

    fillUnits();
    m_title->setFocus();
}

void NewTicketDialog::setToday(QDate today)
{
    m_today = today;
    m_due->setMinimumDate(today.addDays(-1));
    m_due->setDate(m_due->minimumDate());
    fillUnits();
}

void NewTicketDialog::fillUnits()
{
    m_unit->clear();
    m_unit->addItem(tr("No unit"), QVariant());
    auto detail = m_office.tenants().detail(m_personId);
    if (!detail) {
        m_message->setText(detail.error().message);
        m_message->show();
        return;
    }
    const QString name = detail->firstName.isEmpty() ? detail->lastName
                                                     : tr("%1 %2", "first name last name").arg(detail->firstName, detail->lastName);
    m_tenant->setText(tr("New ticket for %1").arg(name));
    for (const TenancyInfo &tenancy : std::as_const(detail->tenancies)) {
        if (m_unit->findData(tenancy.unitId) >= 0)
            continue;
        m_unit->addItem(QStringLiteral("%1 · %2").arg(tenancy.unitLabel, tenancy.address), tenancy.unitId);
    }
    auto unit = m_office.tickets().defaultUnitFor(m_personId, m_today);
    if (unit && *unit)
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(**unit)));
}

std::optional<qint64> NewTicketDialog::save()
{
    TicketDraft draft;
    draft.personId = m_personId;
    if (const QVariant unit = m_unit->currentData(); unit.isValid())
        draft.unitId = unit.toLongLong();
    draft.channel = m_channel->currentData().toString();
    draft.category = tickets::categoryToStore(m_category->currentText());
    draft.title = m_title->text().trimmed();
    draft.description = m_description->toPlainText().trimmed();
    draft.priority = m_priority->currentData().toString();
    if (m_due->date() != m_due->minimumDate())
        draft.dueDate = m_due->date();
    if (const QVariant assignee = m_assignee->currentData(); assignee.isValid())
        draft.assigneeId = assignee.toLongLong();
    auto id = m_office.tickets().create(draft);
    if (!id) {
        m_message->setText(id.error().message);
        m_message->show();
        m_title->setFocus();
        return std::nullopt;
    }
    accept();
    Q_EMIT created(*id);
    return *id;
}

} // namespace tc
