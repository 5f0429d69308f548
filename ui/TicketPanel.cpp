#include "TicketPanel.h"
#include "Appearance.h"

#include "TicketConflictDialog.h"
#include "TicketHistoryList.h"
#include "services/Office.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tc {

namespace {

enum Page { EmptyPage, TicketPage };

QLabel *factLabel(const char *objectName, const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

template<typename W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

QString withRef(const QString &name, const QString &ref)
{
    if (ref.isEmpty())
        return name;
    if (name.isEmpty())
        return ref;
    return TicketPanel::tr("%1 (%2)", "name (ERP reference)").arg(name, ref);
}

} // namespace

QStringList TicketPanel::categorySuggestions()
{
    QStringList shown;
    for (const QString &stored : tickets::suggestedCategories())
        shown << tickets::categoryText(stored);
    return shown;
}

TicketPanel::TicketPanel(Office &office, QWidget *parent) : QWidget(parent), m_office(office)
{
    setObjectName(QStringLiteral("ticketPanel"));
    setAccessibleName(tr("Ticket detail"));
    buildForm();
    showTicket(0);
}

void TicketPanel::buildForm()
{
    m_empty = new QLabel(tr("Select a ticket in the list to see it here."));
    m_empty->setObjectName(QStringLiteral("ticketPanelEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("ticketHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_tenant = factLabel("ticketTenant", tr("Tenant"));
    m_unit = factLabel("ticketUnit", tr("Unit"));
    m_property = factLabel("ticketProperty", tr("Property"));
    m_created = factLabel("ticketCreated", tr("Created"));
    m_updated = factLabel("ticketUpdated", tr("Last change"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("ticketMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_title = named(new QLineEdit, "ticketTitleEdit", tr("Title"));
    m_title->setMaxLength(200);
    m_description = named(new QPlainTextEdit, "ticketDescriptionEdit", tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_status = named(new QComboBox, "ticketStatusCombo", tr("Status"));
    m_status->setToolTip(tr("Only the statuses the workflow allows from the current one are offered."));
    m_assignee = named(new QComboBox, "ticketAssigneeCombo", tr("Assignee"));
    m_priority = named(new QComboBox, "ticketPriorityCombo", tr("Priority"));
    for (const QString &key : tickets::priorityKeys())
        m_priority->addItem(tickets::priorityText(key), key);
    m_hasDue = named(new QCheckBox(tr("D&ue:")), "ticketDueCheck", tr("Has a due date"));
    m_due = named(new QDateEdit, "ticketDueEdit", tr("Due date"));
    m_due->setCalendarPopup(true);
    // The earliest date stands for "none" while the box is unticked.
    m_due->setMinimumDate(QDate(2000, 1, 1));
    m_due->setSpecialValueText(tr("none"));
    m_channel = named(new QComboBox, "ticketChannelCombo", tr("Channel"));
    for (const QString &key : tickets::channelKeys())
        m_channel->addItem(tickets::channelText(key), key);
    m_category = named(new QComboBox, "ticketCategoryCombo", tr("Category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItem(QString());
    m_category->addItems(categorySuggestions());

    m_revert = named(new QPushButton(tr("&Revert")), "revertTicketButton", tr("Drop my edits"));
    m_save = named(new QPushButton(tr("Save")), "saveTicketButton", tr("Save the ticket"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_saveAction = new QAction(tr("&Save the ticket"), this);
    m_saveAction->setObjectName(QStringLiteral("saveTicketAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, [this] { (void)save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, &TicketPanel::revert);

    const auto edited = [this] {
        if (!m_filling)
            updateButtons();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, edited);
    for (QComboBox *combo : {m_status, m_assignee, m_priority, m_channel})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_category, &QComboBox::currentTextChanged, this, edited);
    connect(m_due, &QDateEdit::dateChanged, this, edited);
    connect(m_hasDue, &QCheckBox::toggled, this, [this, edited](bool on) {
        m_due->setEnabled(on);
        if (!m_filling)
            m_due->setDate(on ? QDate::currentDate() : m_due->minimumDate());
        edited();
    });

    // The facts: who and where the ticket is about, and its life so far.
    auto *facts = new QGridLayout;
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);
    const auto addFact = [facts](int row, int column, const QString &text, QLabel *value) {
        auto *label = new QLabel(text);
        label->setBuddy(value);
        facts->addWidget(label, row, column, Qt::AlignTop);
        facts->addWidget(value, row, column + 1);
    };
    addFact(0, 0, tr("Tenant:"), m_tenant);
    addFact(1, 0, tr("Unit:"), m_unit);
    addFact(2, 0, tr("Property:"), m_property);
    addFact(0, 2, tr("Created:"), m_created);
    addFact(1, 2, tr("Last change:"), m_updated);

    // The fields the agent edits, two per row where they are short.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    const auto addField = [form](int row, int column, const QString &text, QWidget *field, int span = 1) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addWidget(label, row, column, Qt::AlignTop);
        form->addWidget(field, row, column + 1, 1, span);
    };
    addField(0, 0, tr("&Title:"), m_title, 3);
    addField(1, 0, tr("&Description:"), m_description, 3);
    addField(2, 0, tr("St&atus:"), m_status);
    addField(2, 2, tr("&Priority:"), m_priority);
    addField(3, 0, tr("Assign&ee:"), m_assignee);
    form->addWidget(m_hasDue, 3, 2);
    form->addWidget(m_due, 3, 3);
    addField(4, 0, tr("Channe&l:"), m_channel);
    addField(4, 2, tr("Categor&y:"), m_category);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 6, 0);
    fieldsLayout->addWidget(m_heading);
    fieldsLayout->addLayout(facts);
    fieldsLayout->addWidget(m_message);
    fieldsLayout->addLayout(form);
    fieldsLayout->addLayout(buttons);
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("ticketFieldsScroll"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The history and the comment box.
    m_history = named(new TicketHistoryList, "ticketHistory", tr("History"));
    auto *historyLabel = new QLabel(tr("History:"));
    historyLabel->setBuddy(m_history);
    m_comment = named(new QPlainTextEdit, "ticketCommentEdit", tr("Comment"));
    m_comment->setPlaceholderText(tr("A comment; Ctrl+Return adds it"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    m_internal = named(new QCheckBox(tr("&Internal note (the tenant does not see it)")), "ticketInternalCheck",
                       tr("Internal note"));
    m_internal->setChecked(true);
    m_addComment = named(new QPushButton(tr("Add &comment")), "addCommentButton", tr("Add comment"));
    m_addComment->setToolTip(tr("Add the comment to the history (Ctrl+Return)"));
    connect(m_addComment, &QPushButton::clicked, this, [this] { (void)addComment(); });
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), m_comment, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { (void)addComment(); });
    }
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_internal);
    commentRow->addStretch();
    commentRow->addWidget(m_addComment);
    auto *historyPane = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(6, 0, 0, 0);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_comment);
    historyLayout->addLayout(commentRow);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("ticketPanelSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(scroll);
    split->addWidget(historyPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    setTabOrder(m_title, m_description);
    setTabOrder(m_description, m_status);
    setTabOrder(m_status, m_priority);
    setTabOrder(m_priority, m_assignee);
    setTabOrder(m_assignee, m_hasDue);
    setTabOrder(m_hasDue, m_due);
    setTabOrder(m_due, m_channel);
    setTabOrder(m_channel, m_category);
    setTabOrder(m_category, m_revert);
    setTabOrder(m_revert, m_save);
    setTabOrder(m_save, m_history);
    setTabOrder(m_history, m_comment);
    setTabOrder(m_comment, m_internal);
    setTabOrder(m_internal, m_addComment);
}

void TicketPanel::setAgents(const QList<AgentInfo> &agents)
{
    m_agents = agents;
    if (m_ticket.id == 0)
        return;
    // Keep the agent's choice while the list changes under it.
    const QVariant chosen = m_assignee->currentData();
    const bool wasFilling = m_filling;
    m_filling = true;
    fillAssignees(m_ticket);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(chosen)));
    m_filling = wasFilling;
    updateButtons();
}

void TicketPanel::showTicket(qint64 ticketId)
{
    m_message->hide();
    if (ticketId <= 0) {
        m_ticket = Ticket();
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    auto ticket = m_office.tickets().get(ticketId);
    if (!ticket) {
        m_ticket = Ticket();
        m_empty->setText(ticket.error().message);
        m_pages->setCurrentIndex(EmptyPage);
        return;
    }
    m_empty->setText(tr("Select a ticket in the list to see it here."));
    fill(*ticket);
    fillHistory();
    m_comment->clear();
    m_internal->setChecked(true);
    m_pages->setCurrentIndex(TicketPage);
}

void TicketPanel::reloadTicket()
{
    if (m_ticket.id == 0)
        return;
    if (!hasUnsavedChanges()) {
        showTicket(m_ticket.id);
        return;
    }
    // The agent is editing: their text stays; the facts and the history show what is stored now.
    auto latest = m_office.tickets().get(m_ticket.id);
    if (!latest) {
        showMessage(latest.error().message, true);
        return;
    }
    fillFacts(*latest);
    fillHistory();
    if (latest->rowVersion != m_ticket.rowVersion)
        showMessage(tr("Someone else changed this ticket while you were editing it. Your edits are kept; saving "
                       "shows what they changed and lets you choose."),
                    true);
}

void TicketPanel::fill(const Ticket &ticket)
{
    m_filling = true;
    m_ticket = ticket;
    fillFacts(ticket);
    m_title->setText(ticket.title);
    m_description->setPlainText(ticket.description);
    fillStatuses(ticket.status);
    fillAssignees(ticket);
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(ticket.priority)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(ticket.channel)));
    m_category->setCurrentText(tickets::categoryText(ticket.category));
    m_hasDue->setChecked(ticket.dueDate.isValid());
    m_due->setDate(ticket.dueDate.isValid() ? ticket.dueDate : m_due->minimumDate());
    m_due->setEnabled(ticket.dueDate.isValid());
    m_filling = false;
    updateButtons();
}

void TicketPanel::fillFacts(const Ticket &ticket)
{
    const QLocale locale;
    m_heading->setText(tr("#%1 · %2").arg(ticket.id).arg(ticket.title));
    m_heading->setAccessibleName(m_heading->text());
    m_tenant->setText(withRef(ticket.tenantName(), ticket.tenantRef));
    m_unit->setText(ticket.unitId ? withRef(ticket.unitLabel, ticket.unitRef) : tr("none"));
    m_property->setText(ticket.propertyId ? withRef(ticket.propertyName, ticket.propertyRef) : tr("none"));
    const QString created = locale.toString(ticket.createdAt.toLocalTime(), QLocale::ShortFormat);
    m_created->setText(ticket.createdByName.isEmpty() ? created : tr("%1 by %2").arg(created, ticket.createdByName));
    m_updated->setText(locale.toString(ticket.updatedAt.toLocalTime(), QLocale::ShortFormat));
}

void TicketPanel::fillHistory()
{
    auto history = m_office.tickets().history(m_ticket.id);
    if (!history) {
        m_history->clear();
        showMessage(tr("The history could not be read: %1").arg(history.error().message), true);
        return;
    }
    m_history->setEntries(*history);
    // Who made the last change (comments change no field, so they are not "the last change").
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        if (it->kind != u"comment") {
            m_updated->setText(tr("%1 by %2").arg(m_updated->text(), it->who));
            break;
        }
    }
}

void TicketPanel::fillStatuses(const QString &status)
{
    m_status->clear();
    const QStringList allowed = tickets::allowedNextStatuses(status);
    for (const QString &key : tickets::statusKeys()) {
        if (key == status)
            m_status->addItem(tr("%1 (now)").arg(tickets::statusText(key)), key);
        else if (allowed.contains(key))
            m_status->addItem(tickets::statusText(key), key);
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void TicketPanel::fillAssignees(const Ticket &ticket)
{
    m_assignee->clear();
    m_assignee->addItem(tr("Nobody"), qint64(0));
    for (const AgentInfo &agent : std::as_const(m_agents))
        m_assignee->addItem(agent.displayName, agent.id);
    // An assignee who is no longer active still shows as who has the ticket.
    if (ticket.assigneeId && m_assignee->findData(*ticket.assigneeId) < 0)
        m_assignee->addItem(ticket.assigneeName, *ticket.assigneeId);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(ticket.assigneeId.value_or(0))));
}

TicketChanges TicketPanel::editedChanges() const
{
    TicketChanges changes;
    if (m_ticket.id == 0)
        return changes;
    if (const QString title = m_title->text().trimmed(); title != m_ticket.title)
        changes.title = title;
    if (const QString description = m_description->toPlainText().trimmed(); description != m_ticket.description.trimmed())
        changes.description = description;
    if (const QString category = tickets::categoryToStore(m_category->currentText()); category != m_ticket.category)
        changes.category = category;
    if (const QString priority = m_priority->currentData().toString(); priority != m_ticket.priority)
        changes.priority = priority;
    if (const QString channel = m_channel->currentData().toString(); channel != m_ticket.channel)
        changes.channel = channel;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty() && status != m_ticket.status)
        changes.status = status;
    if (const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate(); due != m_ticket.dueDate)
        changes.dueDate = due;
    if (const qint64 assignee = m_assignee->currentData().toLongLong(); assignee != m_ticket.assigneeId.value_or(0))
        changes.assigneeId = assignee;
    return changes;
}

QStringList TicketPanel::describe(const TicketChanges &changes) const
{
    QStringList lines;
    const QLocale locale;
    if (changes.title)
        lines << tr("Title: %1").arg(*changes.title);
    if (changes.description)
        lines << tr("Description: %1").arg(changes.description->left(80));
    if (changes.status)
        lines << tr("Status: %1").arg(tickets::statusText(*changes.status));
    if (changes.assigneeId) {
        QString name = tr("nobody");
        for (const AgentInfo &agent : m_agents) {
            if (agent.id == *changes.assigneeId)
                name = agent.displayName;
        }
        lines << tr("Assignee: %1").arg(name);
    }
    if (changes.priority)
        lines << tr("Priority: %1").arg(tickets::priorityText(*changes.priority));
    if (changes.dueDate)
        lines << tr("Due date: %1").arg(changes.dueDate->isValid() ? locale.toString(*changes.dueDate, QLocale::ShortFormat)
                                                                   : tr("none"));
    if (changes.channel)
        lines << tr("Channel: %1").arg(tickets::channelText(*changes.channel));
    if (changes.category)
        lines << tr("Category: %1").arg(changes.category->isEmpty() ? tr("none") : tickets::categoryText(*changes.category));
    return lines;
}

bool TicketPanel::save()
{
    if (m_ticket.id == 0 || m_conflictDialog)
        return false;
    const TicketChanges changes = editedChanges();
    if (changes.isEmpty())
        return true;
    return apply(changes, m_ticket.rowVersion);
}

bool TicketPanel::apply(const TicketChanges &changes, int version)
{
    const qint64 id = m_ticket.id;
    TicketConflict conflict;
    auto saved = m_office.tickets().update(id, version, changes, &conflict);
    if (!saved) {
        if (conflict.ticketId == id)
            resolveConflict(conflict, changes);
        else
            showMessage(saved.error().message, true);
        return false;
    }
    showTicket(id);
    showMessage(tr("Saved."), false);
    Q_EMIT ticketChanged(id);
    return true;
}

void TicketPanel::resolveConflict(const TicketConflict &conflict, const TicketChanges &changes)
{
    auto *dialog = new TicketConflictDialog(conflict, describe(changes), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, changes] {
        const TicketConflict seen = dialog->conflict();
        m_conflictDialog = nullptr;
        if (m_ticket.id != seen.ticketId)
            return;
        switch (dialog->choice()) {
        case TicketConflictDialog::Choice::KeepMine: {
            // Theirs first, then the agent's edits over it: the form shows what will be stored, and a
            // refusal (a status the new one does not allow) leaves it there to correct.
            auto latest = m_office.tickets().get(seen.ticketId);
            if (!latest || latest->rowVersion != seen.currentVersion) {
                (void)apply(changes, seen.currentVersion); // yet another change: the dialog again
                return;
            }
            fill(*latest);
            fillHistory();
            if (changes.title)
                m_title->setText(*changes.title);
            if (changes.description)
                m_description->setPlainText(*changes.description);
            if (changes.status) {
                if (m_status->findData(*changes.status) < 0)
                    m_status->addItem(tickets::statusText(*changes.status), *changes.status);
                m_status->setCurrentIndex(m_status->findData(*changes.status));
            }
            if (changes.assigneeId)
                m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(*changes.assigneeId)));
            if (changes.priority)
                m_priority->setCurrentIndex(std::max(0, m_priority->findData(*changes.priority)));
            if (changes.channel)
                m_channel->setCurrentIndex(std::max(0, m_channel->findData(*changes.channel)));
            if (changes.category)
                m_category->setCurrentText(tickets::categoryText(*changes.category));
            if (changes.dueDate) {
                m_hasDue->setChecked(changes.dueDate->isValid());
                m_due->setDate(changes.dueDate->isValid() ? *changes.dueDate : m_due->minimumDate());
            }
            (void)apply(changes, seen.currentVersion);
            return;
        }
        case TicketConflictDialog::Choice::TakeTheirs:
            showTicket(seen.ticketId);
            showMessage(tr("Their version is shown; your edits were dropped."), false);
            Q_EMIT ticketChanged(seen.ticketId);
            return;
        case TicketConflictDialog::Choice::Undecided:
            showMessage(tr("Not saved: ticket #%1 was changed by someone else. Your edits are still here; save "
                           "again to choose.")
                            .arg(seen.ticketId),
                        true);
            return;
        }
    });
    dialog->open();
}

TicketConflictDialog *TicketPanel::conflictDialog() const
{
    return m_conflictDialog;
}

void TicketPanel::revert()
{
    if (m_ticket.id != 0)
        fill(m_ticket);
    m_message->hide();
}

bool TicketPanel::addComment()
{
    if (m_ticket.id == 0)
        return false;
    const QString text = m_comment->toPlainText().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Write the comment first."), true);
        m_comment->setFocus();
        return false;
    }
    auto added = m_office.tickets().comment(m_ticket.id, text, m_internal->isChecked());
    if (!added) {
        showMessage(added.error().message, true);
        return false;
    }
    m_comment->clear();
    // Each comment starts as an internal note again: nothing reaches the tenant by a box left unticked.
    m_internal->setChecked(true);
    m_message->hide();
    fillHistory();
    Q_EMIT ticketChanged(m_ticket.id);
    return true;
}

void TicketPanel::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void TicketPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(messageStyleSheet(m_message, error));
    m_message->show();
}

} // namespace tc
