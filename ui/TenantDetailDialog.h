// TenantDetailDialog: one tenant as the office sees them: the data people may edit, the tenancies,
// and the history of changes (what the ERP changed when, and what was changed here). Name, e-mail
// and phone that the ERP manages are shown locked; agents see everything read-only.
#pragma once

#include "services/Tenants.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tc {

class Office;

class TenantDetailDialog : public QDialog
{
    Q_OBJECT

public:
    TenantDetailDialog(Office &office, qint64 personId, QWidget *parent = nullptr);

    qint64 personId() const { return m_personId; }
    const TenantDetail &detail() const { return m_detail; }
    // The day tenancies are judged against (current, former, moving in); by default today.
    void setToday(QDate today);

    // Reads the tenant again, dropping unsaved edits. False (and the reason shown) when they could
    // not be read.
    bool load();
    // Saves the edited fields through Tenants::update() with the row version that was read. A
    // refusal (ERP-owned fields, someone else saved meanwhile, a bad value) is shown in the dialog
    // and the edits stay, so nothing typed is lost.
    bool save();

    // Invites the tenant (a reminder with the same code when invited before).
    void invite();
    // A new ticket for this tenant (Ctrl+N): the ticket dialog; once saved, it heads the ticket list.
    void newTicket();

Q_SIGNALS:
    void saved(qint64 personId);
    void invited(qint64 personId);
    void ticketCreated(qint64 ticketId);
    // The agent opened one of the tenant's tickets (Enter or a double click in the list).
    void ticketActivated(qint64 ticketId);

private:
    void fill();
    void fillTenancies();
    void fillHistory();
    void fillTickets();
    void applyLocks();
    void showMessage(const QString &text, bool isError);
    TenantEdit edits() const;

    Office &m_office;
    qint64 m_personId = 0;
    TenantDetail m_detail;
    bool m_loaded = false;
    QDate m_today;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_language = nullptr;
    QWidget *m_erpHint = nullptr;
    QLabel *m_readOnlyHint = nullptr;
    QLabel *m_tenanciesHeading = nullptr;
    QLabel *m_historyHeading = nullptr;
    QTreeWidget *m_tenancies = nullptr;
    QTreeWidget *m_history = nullptr;
    QTreeWidget *m_tickets = nullptr;
    QLabel *m_ticketsHeading = nullptr;
    QPushButton *m_newTicket = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_invite = nullptr;
    QList<QAction *> m_lockActions;
};

} // namespace tc
