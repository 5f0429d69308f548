// ImportWizard: the ERP import in the Master data section. Pick a file or a job folder, see exactly
// what the import would change (a dry run: added, changed field by field, ended, rejected rows), then
// apply it with a progress bar and Cancel, and read the report. A data-exchange job that asks for
// confirmation (autoImport: false) is applied only from here, after the preview.
#pragma once

#include "domain/Actor.h"
#include "domain/DatabaseUrl.h"
#include "import/ImportContext.h"
#include "import/ImportReport.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tc {

class ImportRunner;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { SourcePage, PreviewPage, ReportPage };

    ImportWizard(const DatabaseUrl &url, const Actor &actor, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setPath(const QString &path);
    // The report of the applied run, once there is one.
    const std::optional<ImportReport> &appliedReport() const { return m_applied; }

Q_SIGNALS:
    // An import changed the database: views should reload.
    void imported();

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void reject() override;

private:
    QWizardPage *makeSourcePage();
    QWizardPage *makePreviewPage();
    QWizardPage *makeReportPage();
    ImportOptions options(bool dryRun) const;
    void startPreview();
    void startApply();
    void showPreview(const ImportReport &report);
    void finished(const std::optional<ImportReport> &report, const QString &error);
    void updateCompleteness();

    ImportRunner *m_runner = nullptr;
    bool m_applying = false;
    bool m_previewReady = false;
    std::optional<ImportReport> m_preview;
    std::optional<ImportReport> m_applied;

    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_strict = nullptr;

    QWizardPage *m_previewPage = nullptr;
    QLabel *m_previewStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_changes = nullptr;
    QTableWidget *m_rejected = nullptr;
    QLabel *m_warnings = nullptr;

    QLabel *m_report = nullptr;
};

} // namespace tc
