// OutboxView: the e-mails the office sends, newest first: what waits, what was sent, what failed and
// the server's words. "Send now" delivers what is due; administrators put failed e-mails back in
// the queue once the cause is fixed.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tc {

class MailDesk;
class Office;
class OutboxModel;

class OutboxView : public QWidget
{
    Q_OBJECT

public:
    // `desk` may be null (no mail edge: the buttons that send are hidden).
    OutboxView(Office &office, MailDesk *desk, QWidget *parent = nullptr);

    void reload();
    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void retryFailed();
    void updateButtons();

    Office &m_office;
    MailDesk *m_desk = nullptr;
    OutboxModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace tc
