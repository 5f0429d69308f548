// MainWindow: the Cockpit's shell: navigation between the sections, menus, shortcuts, status bar.
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QActionGroup;
class QSplitter;

namespace tc {

class Office;
class MasterDataView;
class TenantsView;
class CompanySettingsView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { MasterData, Tenants, Issues, Pinboard, CompanySettings };

    explicit MainWindow(Office &office, QWidget *parent = nullptr);

    void showSection(Section section);
    Section currentSection() const;
    TenantsView *tenantsView() const { return m_tenants; }
    MasterDataView *masterDataView() const { return m_masterData; }

    // Restores geometry and the last section from the user's settings (call before show()).
    void restoreSession();
    // Reads every section again from the database (View > Reload, F5).
    void reloadAll();
    // The ERP import wizard (Master data -> Import…); the views reload when it applied something.
    void openImportWizard();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void showAbout();

    Office &m_office;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    TenantsView *m_tenants = nullptr;
    MasterDataView *m_masterData = nullptr;
    CompanySettingsView *m_settings = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QActionGroup *m_sectionActions = nullptr;
};

} // namespace tc
