#include "ImportWizard.h"

#include "ImportRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace tc {

namespace {

QString countsLine(const QString &what, const ImportCounts &c, bool withEnded)
{
    QString text = ImportWizard::tr("%1: %2 added, %3 changed, %4 unchanged").arg(what).arg(c.added).arg(c.updated).arg(c.unchanged);
    if (withEnded)
        text += ImportWizard::tr(", %1 ended").arg(c.ended);
    return text;
}

QString countsText(const ImportReport &report)
{
    QStringList lines{countsLine(ImportWizard::tr("Tenants"), report.tenants, false),
                      countsLine(ImportWizard::tr("Tenancies"), report.tenancies, true),
                      countsLine(ImportWizard::tr("Units"), report.units, false),
                      countsLine(ImportWizard::tr("Buildings"), report.buildings, false),
                      countsLine(ImportWizard::tr("Properties"), report.properties, false)};
    if (report.format == ImportFormat::DataExchange)
        lines << countsLine(ImportWizard::tr("Agents"), report.agents, false);
    if (!report.emailChanged.isEmpty())
        lines << ImportWizard::tr("New e-mail address for: %1").arg(report.emailChanged.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}

QString kindText(ImportChange::Kind kind)
{
    switch (kind) {
    case ImportChange::Kind::Added:
        return ImportWizard::tr("added");
    case ImportChange::Kind::Changed:
        return ImportWizard::tr("changed");
    case ImportChange::Kind::Ended:
        return ImportWizard::tr("ended");
    }
    return {};
}

QTableWidget *makeTable(const QString &objectName, const QString &accessibleName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

// The preview page may be applied only when the preview is there and the file can be imported.
class PreviewWizardPage : public QWizardPage
{
public:
    explicit PreviewWizardPage(std::function<bool()> complete) : m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void update() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

ImportWizard::ImportWizard(const DatabaseUrl &url, const Actor &actor, QWidget *parent)
    : QWizard(parent), m_runner(new ImportRunner(url, actor, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from the ERP"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePage, makeSourcePage());
    setPage(PreviewPage, makePreviewPage());
    setPage(ReportPage, makeReportPage());
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    resize(900, 620);
    connect(m_runner, &ImportRunner::progress, this, [this](int permille) { m_progress->setValue(permille); });
    connect(m_runner, &ImportRunner::finished, this, &ImportWizard::finished);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setPath(const QString &path)
{
    m_path->setText(path);
}

QWizardPage *ImportWizard::makeSourcePage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("importSourcePage"));
    page->setTitle(tr("What to import"));
    page->setSubTitle(tr("A tenant list (one CSV file) or an ERP data-exchange job (a folder with manifest.json, "
                         "or a .zip of one). Nothing changes before you apply the preview."));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File or folder to import"));
    auto *file = new QPushButton(tr("&File…"));
    file->setObjectName(QStringLiteral("importChooseFile"));
    file->setAccessibleName(tr("Choose a file"));
    auto *folder = new QPushButton(tr("F&older…"));
    folder->setObjectName(QStringLiteral("importChooseFolder"));
    folder->setAccessibleName(tr("Choose a job folder"));
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import file"), m_path->text(),
                                                          tr("Tenant lists and zipped jobs (*.csv *.txt *.zip);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Data-exchange job folder"), m_path->text());
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(file);
    pathRow->addWidget(folder);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Recognise it"), QStringLiteral("auto"));
    m_format->addItem(tr("Tenant list (CSV)"), QStringLiteral("tenant-list"));
    m_format->addItem(tr("ERP data-exchange job"), QStringLiteral("data-exchange"));
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("importProfile"));
    m_profile->setAccessibleName(tr("Column headers"));
    m_profile->setEditable(true);
    m_profile->addItem(tr("English or German headers"), QString());
    m_profile->addItem(tr("English headers only"), QStringLiteral("en"));
    m_profile->addItem(tr("German headers only"), QStringLiteral("de"));
    m_profile->setToolTip(tr("Another ERP's layout: type the path of its profile file (JSON)."));
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("importMode"));
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->addItem(tr("Snapshot: the file is the complete list (missing tenancies end)"), QStringLiteral("snapshot"));
    m_mode->addItem(tr("Delta: only add and update"), QStringLiteral("delta"));
    m_strict = new QCheckBox(tr("Apply nothing if any row is bad"));
    m_strict->setObjectName(QStringLiteral("importStrict"));
    auto *form = new QFormLayout;
    form->addRow(tr("File or folder:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Headers:"), m_profile);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(QString(), m_strict);
    page->setLayout(form);
    return page;
}

QWizardPage *ImportWizard::makePreviewPage()
{
    auto *page = new PreviewWizardPage([this] {
        return m_previewReady && !m_applying && m_preview && m_preview->status != ImportReport::Status::Rejected;
    });
    m_previewPage = page;
    page->setObjectName(QStringLiteral("importPreviewPage"));
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("This is what the import will change. Nothing has been changed yet."));
    page->setCommitPage(true);
    m_previewStatus = new QLabel;
    m_previewStatus->setObjectName(QStringLiteral("importPreviewStatus"));
    m_previewStatus->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("&Stop"));
    m_cancel->setObjectName(QStringLiteral("importStop"));
    m_cancel->setAccessibleName(tr("Stop the import"));
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_runner->cancel(); });
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes = makeTable(QStringLiteral("importChanges"), tr("Changes"),
                          {tr("What"), tr("Record"), tr("Reference"), tr("Name"), tr("Field"), tr("Before"), tr("After")});
    m_rejected = makeTable(QStringLiteral("importRejected"), tr("Rejected rows"),
                           {tr("File"), tr("Line"), tr("Column"), tr("Reason")});
    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("importPreviewTabs"));
    tabs->addTab(m_changes, tr("Changes"));
    tabs->addTab(m_rejected, tr("Rejected rows"));
    tabs->addTab(m_warnings, tr("Warnings"));
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_previewStatus);
    layout->addLayout(progressRow);
    layout->addWidget(m_counts);
    layout->addWidget(tabs, 1);
    page->setLayout(layout);
    return page;
}

QWizardPage *ImportWizard::makeReportPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("importReportPage"));
    page->setTitle(tr("Report"));
    m_report = new QLabel;
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_report, 1);
    page->setLayout(layout);
    return page;
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions options;
    const QString format = m_format->currentData().toString();
    if (format == u"tenant-list")
        options.format = ImportFormat::TenantList;
    else if (format == u"data-exchange")
        options.format = ImportFormat::DataExchange;
    const int profileIndex = m_profile->findText(m_profile->currentText());
    options.profile = profileIndex >= 0 ? m_profile->itemData(profileIndex).toString() : m_profile->currentText().trimmed();
    options.mode = m_mode->currentData().toString() == u"delta" ? ImportMode::Delta : ImportMode::Snapshot;
    options.strict = m_strict->isChecked();
    options.dryRun = dryRun;
    // Applying after the preview is the confirmation a job with autoImport: false waits for.
    options.confirmed = !dryRun;
    return options;
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage)
        startPreview();
    QWizard::initializePage(id);
}

void ImportWizard::startPreview()
{
    m_previewReady = false;
    m_preview.reset();
    m_changes->setRowCount(0);
    m_rejected->setRowCount(0);
    m_counts->clear();
    m_warnings->clear();
    m_previewStatus->setText(tr("Reading %1 …").arg(m_path->text()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_applying = false;
    m_runner->start(m_path->text().trimmed(), options(true));
    updateCompleteness();
}

void ImportWizard::updateCompleteness()
{
    static_cast<PreviewWizardPage *>(m_previewPage)->update();
}

void ImportWizard::startApply()
{
    m_applying = true;
    m_previewStatus->setText(tr("Applying …"));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_runner->start(m_path->text().trimmed(), options(false));
    updateCompleteness();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == SourcePage && m_path->text().trimmed().isEmpty()) {
        m_path->setFocus();
        return false;
    }
    if (currentId() == PreviewPage) {
        if (!m_previewReady || !m_preview || m_preview->status == ImportReport::Status::Rejected)
            return false;
        if (m_applying)
            return false;
        if (!m_applied) {
            startApply();
            return false; // the wizard moves on when the import has finished
        }
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::finished(const std::optional<ImportReport> &report, const QString &error)
{
    m_progress->hide();
    m_cancel->hide();
    if (!m_applying) {
        if (!report) {
            m_previewStatus->setText(tr("The file could not be read: %1").arg(error));
            updateCompleteness();
            return;
        }
        m_preview = report;
        m_previewReady = true;
        showPreview(*report);
        updateCompleteness();
        return;
    }
    m_applying = false;
    updateCompleteness();
    if (!report || report->status != ImportReport::Status::Applied) {
        m_previewStatus->setText(report ? tr("Nothing was applied: %1").arg(report->summaryText())
                                        : tr("Nothing was applied: %1").arg(error));
        return;
    }
    m_applied = report;
    m_report->setText(tr("Import #%1 applied.\n\n%2").arg(report->runId).arg(report->summaryText()));
    Q_EMIT imported();
    next();
}

void ImportWizard::showPreview(const ImportReport &report)
{
    m_counts->setText(countsText(report));
    m_changes->setRowCount(int(report.changes.size()));
    for (int row = 0; row < report.changes.size(); ++row) {
        const ImportChange &c = report.changes.at(row);
        setRow(m_changes, row, {kindText(c.kind), c.entity, c.ref, c.name, c.field, c.before, c.after});
    }
    m_rejected->setRowCount(int(report.rejected.size()));
    for (int row = 0; row < report.rejected.size(); ++row) {
        const ImportRejection &r = report.rejected.at(row);
        setRow(m_rejected, row, {r.file, r.line > 0 ? QString::number(r.line) : QString(), r.column, r.reason});
    }
    m_changes->resizeColumnsToContents();
    m_rejected->resizeColumnsToContents();
    m_warnings->setText(report.warnings.join(u'\n'));
    switch (report.status) {
    case ImportReport::Status::Rejected:
        m_previewStatus->setText(tr("This file cannot be imported: see the rejected rows. Nothing was changed."));
        break;
    case ImportReport::Status::AwaitingConfirmation:
        m_previewStatus->setText(tr("The ERP asks for a confirmation before this job is applied. Check the "
                                    "preview, then apply it."));
        break;
    case ImportReport::Status::Applied:
        m_previewStatus->setText(report.rejected.isEmpty()
                                     ? tr("Ready to apply.")
                                     : tr("Ready to apply; %n row(s) will be left out.", nullptr, int(report.rejected.size())));
        break;
    }
    if (report.changesTruncated)
        m_previewStatus->setText(m_previewStatus->text() + u' ' + tr("The list shows the first %1 changes.").arg(report.changes.size()));
}

void ImportWizard::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_runner->wait();
    }
    QWizard::reject();
}

} // namespace tc
