// TicketPanel: the issue view's detail pane: one ticket's facts, its editable fields with Save (checked
// against the row version read, a conflict asks the agent), the status offered only as the workflow
// allows, the assignee, the history and the comment box. Edits are never dropped without the agent's
// word: reading the ticket again (someone else changed it) keeps what was typed.
#pragma once

#include "services/Agents.h"
#include "services/Tickets.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace tc {

class Office;
class TicketConflictDialog;
class TicketHistoryList;

class TicketPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPanel(Office &office, QWidget *parent = nullptr);

    // Ctrl+S: saves the ticket shown (for the main window's Actions menu).
    QAction *saveAction() const { return m_saveAction; }

    // Reads the ticket and shows it; what was typed for the ticket shown before is dropped (ask first:
    // hasUnsavedChanges()). 0: nothing shown.
    void showTicket(qint64 ticketId);
    // Reads the shown ticket again; with unsaved edits only the facts and the history, the edits stay
    // (and a save then finds the conflict, if there is one).
    void reloadTicket();
    // The agents the assignee combo offers (IssuesView reads them once for the whole view).
    void setAgents(const QList<AgentInfo> &agents);

    qint64 ticketId() const { return m_ticket.id; }
    // The ticket as last read (its row version is the one a save is checked against).
    const Ticket &ticket() const { return m_ticket; }
    bool hasUnsavedChanges() const { return !editedChanges().isEmpty(); }
    // What the form changes against the ticket as read.
    TicketChanges editedChanges() const;

    // Saves the edits. False when nothing was saved: a refusal is shown in the pane, a conflict opens
    // the conflict dialog (conflictDialog()) and the choice made there finishes the save.
    bool save();
    // Drops the edits: the form shows the ticket as read.
    void revert();
    // Adds the comment box's text, internal or visible to the tenant as its check box says.
    bool addComment();

    // The open conflict dialog, or null.
    TicketConflictDialog *conflictDialog() const;

    // The usual kinds of request, offered in category fields; any other text may be typed.
    static QStringList categorySuggestions();

Q_SIGNALS:
    // The ticket was saved or commented on: lists showing it read it again.
    void ticketChanged(qint64 ticketId);

private:
    QAction *m_saveAction = nullptr;
    void buildForm();
    void fill(const Ticket &ticket);
    void fillFacts(const Ticket &ticket);
    void fillHistory();
    void fillStatuses(const QString &status);
    void fillAssignees(const Ticket &ticket);
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void resolveConflict(const TicketConflict &conflict, const TicketChanges &changes);
    // Saves `changes` on `version`; a conflict opens the dialog. True when saved.
    bool apply(const TicketChanges &changes, int version);
    // One line per unsaved change, for the conflict dialog.
    QStringList describe(const TicketChanges &changes) const;

    Office &m_office;
    Ticket m_ticket;
    QList<AgentInfo> m_agents;
    bool m_filling = false; // the form is being filled from the ticket: no edits happen
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_tenant = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_property = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_category = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    TicketHistoryList *m_history = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QCheckBox *m_internal = nullptr;
    QPushButton *m_addComment = nullptr;
    QPointer<TicketConflictDialog> m_conflictDialog;
};

} // namespace tc
