// MainWindow: the Cockpit's shell: navigation between the sections, menus, shortcuts, status bar.
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QAction;
class QActionGroup;
class QSplitter;

namespace tc {

class Office;
class IssuesView;
class MasterDataView;
class PinboardView;
class TenantsView;
class CompanySettingsView;
class MailDesk;
class OutboxView;
class TenantSearchDialog;
class TenantSearchModel;
class LiveUpdates;
class ConnectionWatch;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { MasterData, Tenants, Issues, Pinboard, CompanySettings, Outbox };

    // `desk`: the mail edge (sending, test e-mail, password); null where there is none (some tests).
    explicit MainWindow(Office &office, MailDesk *desk = nullptr, QWidget *parent = nullptr);

    void showSection(Section section);
    // The Issues section with this ticket in its detail pane (selected in the list when the list's
    // filter holds it).
    void showTicket(qint64 ticketId);
    Section currentSection() const;
    TenantsView *tenantsView() const { return m_tenants; }
    OutboxView *outboxView() const { return m_outbox; }
    MasterDataView *masterDataView() const { return m_masterData; }
    ConnectionWatch *connectionWatch() const { return m_connection; }

    // Restores geometry and the last section from the user's settings (call before show()).
    void restoreSession();
    // Reads every section again from the database (View > Reload, F5).
    void reloadAll();
    // What someone else changed (LiveUpdates' topics) shows in the open views.
    void catchUp(const QStringList &topics);
    // The ERP import wizard (Master data -> Import…); the views reload when it applied something.
    void openImportWizard();
    // "Who is calling?" (Ctrl+K): the search dialog; the person chosen opens in the tenant detail.
    void findTenant();
    TenantSearchDialog *searchDialog() const { return m_searchDialog; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void showAbout();
    void showPreferences();
    void fillActionsMenu();
    // The status bar's word on the outbox: how many e-mails wait, how many failed.
    void updateOutboxStatus();
    void showOffline(const QString &reason);

    Office &m_office;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QSplitter *m_splitter = nullptr;
    TenantsView *m_tenants = nullptr;
    MasterDataView *m_masterData = nullptr;
    IssuesView *m_issues = nullptr;
    CompanySettingsView *m_settings = nullptr;
    PinboardView *m_pinboard = nullptr;
    OutboxView *m_outbox = nullptr;
    MailDesk *m_desk = nullptr;
    QLabel *m_outboxLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QActionGroup *m_sectionActions = nullptr;
    QAction *m_findTenantAction = nullptr;
    TenantSearchModel *m_searchModel = nullptr;
    TenantSearchDialog *m_searchDialog = nullptr;
    LiveUpdates *m_live = nullptr;
    ConnectionWatch *m_connection = nullptr;
    QLabel *m_offlineBanner = nullptr;
};

} // namespace tc
