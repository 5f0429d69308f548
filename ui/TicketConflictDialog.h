// TicketConflictDialog: someone saved the ticket after the agent opened it. Says who changed what,
// lists the agent's own unsaved changes beside it, and lets the agent choose: keep theirs (the
// ticket is read again, the edits dropped) or keep mine (the edits saved on top of the new version).
// Nothing is saved or dropped before the agent chooses; closing it keeps the edits in the form.
#pragma once

#include "services/Tickets.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace tc {

class TicketHistoryList;

class TicketConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Undecided, KeepMine, TakeTheirs };

    // `mine`: the agent's unsaved changes, one line each ("Status: in progress").
    TicketConflictDialog(const TicketConflict &conflict, const QStringList &mine, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    const TicketConflict &conflict() const { return m_conflict; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

private:
    TicketConflict m_conflict;
    Choice m_choice = Choice::Undecided;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
};

} // namespace tc
