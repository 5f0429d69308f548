// MasterDataView: the office's properties, buildings, units and tenancies as the ERP delivered them,
// with a filter and the details of the selected node, and the history of the imports with each
// run's report.
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class QTreeWidget;
class QFormLayout;

namespace tc {

class ImportChangesModel;
class ImportHistoryModel;
class ImportRejectionsModel;
class MasterDataModel;
class Office;

class MasterDataView : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Properties, ImportHistory };

    explicit MasterDataView(Office &office, QWidget *parent = nullptr);

    // Reads the tree (keeping the filter) and the import history again.
    void reload();
    // Reads the import history again (an import finished elsewhere), keeping the selected run; the
    // tree stays as it is opened.
    void reloadHistory();
    // Shows the "Import…" button, which emits importRequested(). Off until the import wizard exists.
    void setImportAvailable(bool available);
    bool isImportAvailable() const;
    // The day tenancies are judged against; by default the day of the last reload().
    void setToday(QDate today);

    void showTab(Tab tab);
    // Reads the selected node's details again (a tenant was edited elsewhere); the tree shows the
    // change after the next reload().
    void refreshDetail() { showDetail(); }
    // Shows the import history with the run's report (after an import, say). False: not listed.
    bool showImportRun(qint64 runId);

    MasterDataModel *model() const { return m_model; }
    ImportHistoryModel *historyModel() const { return m_history; }
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    void importRequested();
    // A tenant was edited from this view's tenant detail.
    void tenantChanged(qint64 personId);
    // Invitations went into the outbox.
    void invited();

private:
    QWidget *createPropertiesTab();
    QWidget *createHistoryTab();
    void applyFilter();
    void updateSummary();
    void showDetail();
    void clearDetail(const QString &title, const QString &hint);
    void addFact(const QString &label, const QString &value);
    void showError(const QString &message);
    void showReport();
    void openTenant(qint64 personId);
    void inviteProperty();
    void newAliasUser();

    Office &m_office;
    QDate m_fixedToday;
    MasterDataModel *m_model = nullptr;
    ImportHistoryModel *m_history = nullptr;
    ImportChangesModel *m_changes = nullptr;
    ImportRejectionsModel *m_rejections = nullptr;
    QStringListModel *m_warnings = nullptr;

    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_import = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailSubtitle = nullptr;
    QFormLayout *m_facts = nullptr;
    QTreeWidget *m_detailTenants = nullptr;
    QLabel *m_detailHint = nullptr;
    QPushButton *m_inviteProperty = nullptr;
    QPushButton *m_newAlias = nullptr;

    QTableView *m_historyTable = nullptr;
    QLabel *m_historyEmpty = nullptr;
    QLabel *m_reportSummary = nullptr;
    QLabel *m_reportCounts = nullptr;
    QTabWidget *m_reportTabs = nullptr;
    QTableView *m_rejectedTable = nullptr;
    QTableView *m_changesTable = nullptr;
    QListView *m_warningsList = nullptr;
};

} // namespace tc
