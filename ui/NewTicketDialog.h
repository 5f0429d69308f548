// NewTicketDialog: a new ticket for one tenant, as the agent logs it with the tenant on the phone.
// The title has the focus and Enter saves; everything else comes filled in (the unit of the tenant's
// tenancy, the channel "phone", normal priority, the agent themself as the one working it).
#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tc {

class Office;

class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    NewTicketDialog(Office &office, qint64 personId, QWidget *parent = nullptr);

    // Creates the ticket; a refusal is shown in the dialog and what was typed stays. Returns the new
    // ticket's id.
    std::optional<qint64> save();
    void setToday(QDate today);

    QLineEdit *titleEdit() const { return m_title; }

Q_SIGNALS:
    void created(qint64 ticketId);

private:
    void fillUnits();

    Office &m_office;
    qint64 m_personId = 0;
    QDate m_today;
    QLabel *m_tenant = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_priority = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tc
