// TenantsView: the table of every tenant of the office, read lazily, sortable by name or ERP reference,
// filtered in SQL by name, reference or e-mail, status and current or former tenancy. A row opens
// the tenant's detail.
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace tc {

class Office;
class TenantTableModel;

class TenantsView : public QWidget
{
    Q_OBJECT

public:
    explicit TenantsView(Office &office, QWidget *parent = nullptr);

    // What the main window's Actions menu lists while this view is shown (with their shortcuts).
    QList<QAction *> menuActions() const { return m_menuActions; }

    void reload();
    // Someone else changed tenants (an invitation, an import): the rows on screen read again, the
    // selection and the scroll position stay.
    void catchUp();
    // Reads the rows again in place (after a tenant was edited elsewhere).
    void refresh();
    // The day tenancies are judged against; by default the day of the last reload().
    void setToday(QDate today);
    // Opens the tenant detail of one person (as double-click and Enter on a row do).
    void openTenant(qint64 personId);

    // The alias users made by hand, with the tenants from the ERP they may be (administrators link them).
    void showAliasUsers();

    // Invites the selected tenants (Ctrl+I), or everyone not yet invited.
    void inviteSelected();
    void inviteAllNotYetInvited();

    QTableView *table() const { return m_table; }
    TenantTableModel *model() const { return m_model; }

Q_SIGNALS:
    // A tenant was edited from this view's tenant detail.
    void tenantChanged(qint64 personId);
    // Invitations went into the outbox.
    void invited();
    // From a tenant's detail: a ticket was logged, or the agent opened one of the tenant's tickets.
    void ticketCreated(qint64 ticketId);
    void ticketActivated(qint64 ticketId);

private:
    QList<QAction *> m_menuActions;
    void updateSummary();
    void updateAliasHint();
    void applyFilter();
    void showError(const QString &message);

    TenantTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_tenancyFilter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_aliases = nullptr;
    QLabel *m_aliasHint = nullptr;
    Office &m_office;
    QDate m_fixedToday;
    int m_lastSortColumn = 0;
    Qt::SortOrder m_lastSortOrder = Qt::AscendingOrder;
};

} // namespace tc
