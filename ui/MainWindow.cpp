#include "MainWindow.h"

#include "AboutDialog.h"
#include "CompanySettingsView.h"
#include "ImportWizard.h"
#include "IssuesView.h"
#include "MasterDataView.h"
#include "OutboxView.h"
#include "PreferencesDialog.h"
#include "mail/MailDesk.h"
#include "PinboardView.h"
#include "TenantSearchDialog.h"
#include "TenantsView.h"
#include "domain/Settings.h"
#include "itemmodels/TenantSearchModel.h"
#include "services/ConnectionWatch.h"
#include "services/LiveUpdates.h"
#include "services/Office.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tc {

namespace {
constexpr auto kSettingsGroup = "MainWindow";
} // namespace

MainWindow::MainWindow(Office &office, MailDesk *desk, QWidget *parent) : QMainWindow(parent), m_office(office), m_desk(desk)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tenant-cockpit.svg")));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("sections"));
    m_tenants = new TenantsView(office);
    m_outbox = new OutboxView(office, desk);
    m_masterData = new MasterDataView(office);
    // A tenant edited in one section shows the change in the other.
    connect(m_masterData, &MasterDataView::tenantChanged, m_tenants, &TenantsView::refresh);
    connect(m_tenants, &TenantsView::tenantChanged, m_masterData, &MasterDataView::refreshDetail);
    // Invitations wait in the outbox: send them now, and show the count.
    const auto afterInvitations = [this] {
        m_outbox->reload();
        updateOutboxStatus();
        if (m_desk)
            m_desk->sendNow();
    };
    connect(m_tenants, &TenantsView::invited, this, afterInvitations);
    connect(m_masterData, &MasterDataView::invited, this, [this, afterInvitations] {
        m_tenants->refresh();
        afterInvitations();
    });
    // Only administrators import; the service refuses anyone else anyway.
    m_masterData->setImportAvailable(office.actor().mayAct(Role::Administrator));
    connect(m_masterData, &MasterDataView::importRequested, this, &MainWindow::openImportWizard);
    m_issues = new IssuesView(office);
    connect(m_issues, &IssuesView::findTenantRequested, this, &MainWindow::findTenant);
    // A ticket logged from a tenant's detail shows in the issue view; one opened there is shown in it.
    connect(m_tenants, &TenantsView::ticketCreated, m_issues, &IssuesView::ticketsChanged);
    connect(m_tenants, &TenantsView::ticketActivated, this, &MainWindow::showTicket);
    m_pinboard = new PinboardView(office);
    connect(m_pinboard, &PinboardView::mailsQueued, this, [this] {
        m_outbox->reload();
        updateOutboxStatus();
        if (m_desk)
            m_desk->sendNow();
    });
    m_settings = new CompanySettingsView(office, desk);
    connect(m_settings, &CompanySettingsView::saved, this, &MainWindow::updateTitle);

    const struct
    {
        QString title;
        QWidget *widget;
    } sections[] = {
        {tr("Master data"), m_masterData},
        {tr("Tenants"), m_tenants},
        {tr("Issues"), m_issues},
        {tr("Pinboard"), m_pinboard},
        {tr("Company settings"), m_settings},
        {tr("Outbox"), m_outbox},
    };
    m_sectionActions = new QActionGroup(this);
    m_sectionActions->setExclusive(true);
    int index = 0;
    for (const auto &section : sections) {
        m_navigation->addItem(section.title);
        m_stack->addWidget(section.widget);
        auto *action = new QAction(section.title, m_sectionActions);
        action->setObjectName(QStringLiteral("showSection%1").arg(index));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        action->setData(index);
        connect(action, &QAction::triggered, this, [this, index] { showSection(Section(index)); });
        ++index;
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        m_sectionActions->actions().at(row)->setChecked(true);
    });

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    // The sections' names whole in every language ("Paramètres de l'entreprise") at first; narrowed
    // by hand, they are elided rather than scrolled.
    int navigationWidth = 0;
    for (const auto &section : sections)
        navigationWidth = std::max(navigationWidth, m_navigation->fontMetrics().horizontalAdvance(section.title));
    navigationWidth += 2 * m_navigation->frameWidth() + 2 * m_navigation->spacing() + 16;
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->setSizes({navigationWidth, 1100});
    // Above everything while the server cannot be reached.
    m_offlineBanner = new QLabel;
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setAccessibleName(tr("Offline"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border-bottom: 1px solid "
                                                  "#b00020; padding: 6px 10px; }"));
    m_offlineBanner->hide();
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_offlineBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createMenus();

    // Another agent's change (or a cron job's) shows here within a second.
    m_live = new LiveUpdates(office.database(), this);
    connect(m_live, &LiveUpdates::changed, this, &MainWindow::catchUp);
    if (auto s = m_live->start(); !s)
        qWarning("%s", qPrintable(s.error().message));
    // A server that cannot be reached: said plainly, tried again by itself.
    m_connection = new ConnectionWatch(office.database(), this);
    connect(m_connection, &ConnectionWatch::wentOffline, this, [this](const QString &reason) { showOffline(reason); });
    connect(m_connection, &ConnectionWatch::stillOffline, this, [this](const QString &reason) { showOffline(reason); });
    connect(m_connection, &ConnectionWatch::backOnline, this, [this] {
        m_offlineBanner->hide();
        if (auto s = m_live->resubscribe(); !s)
            qWarning("%s", qPrintable(s.error().message));
        // What others did meanwhile; what this agent typed stays in its fields.
        catchUp({topics::tickets, topics::tenants, topics::imports, topics::pinboard});
        statusBar()->showMessage(tr("Connected again to the office database."), 10000);
    });
    m_connection->start();

    // Who is working, and so what the views offer.
    auto *actorLabel = new QLabel(tr("%1 · %2").arg(office.actor().name, roleDisplayName(office.actor().role)));
    actorLabel->setObjectName(QStringLiteral("actorLabel"));
    actorLabel->setAccessibleName(tr("Logged in as"));
    statusBar()->addPermanentWidget(actorLabel);
    m_databaseLabel = new QLabel(tr("Database: %1").arg(office.displayUrl()));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_outboxLabel = new QLabel;
    m_outboxLabel->setObjectName(QStringLiteral("outboxStatus"));
    m_outboxLabel->setAccessibleName(tr("E-mails waiting"));
    m_outboxLabel->setTextFormat(Qt::RichText);
    m_outboxLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_outboxLabel, &QLabel::linkActivated, this, [this] { showSection(Section::Outbox); });
    statusBar()->addPermanentWidget(m_outboxLabel);
    // Another program (cron's "cockpitctl outbox send", another agent) may send meanwhile.
    auto *outboxTimer = new QTimer(this);
    outboxTimer->setInterval(15000);
    connect(outboxTimer, &QTimer::timeout, this, &MainWindow::updateOutboxStatus);
    outboxTimer->start();
    if (desk) {
        connect(desk, &MailDesk::outboxChanged, this, &MainWindow::updateOutboxStatus);
        connect(desk, &MailDesk::sendingFinished, this, &MainWindow::updateOutboxStatus);
        // A post's e-mails sent, failed, waiting: the counts the pinboard shows.
        connect(desk, &MailDesk::sendingFinished, m_pinboard, &PinboardView::reload);
    }
    updateOutboxStatus();

    showSection(Section::Tenants);
    updateTitle();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *search = menuBar()->addMenu(tr("S&earch"));
    m_findTenantAction = search->addAction(tr("&Find tenant…"), this, &MainWindow::findTenant);
    m_findTenantAction->setObjectName(QStringLiteral("findTenantAction"));
    m_findTenantAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    // The shown section's own actions, with their shortcuts.
    m_actionsMenu = menuBar()->addMenu(tr("Ac&tions"));
    m_actionsMenu->setObjectName(QStringLiteral("actionsMenu"));
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::fillActionsMenu);
    fillActionsMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_sectionActions->actions());
    view->addSeparator();
    QAction *reload = view->addAction(tr("&Reload"), this, &MainWindow::reloadAll);
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    QAction *fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    // The platform's key for it (F11 on most desktops), else F11.
    fullScreen->setShortcut(QKeySequence::keyBindings(QKeySequence::FullScreen).value(0, QKeySequence(Qt::Key_F11)));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tenant Cockpit"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(QLocale::languageToCode(QLocale().language()), this);
    if (dialog.exec() == QDialog::Accepted && dialog.changed())
        statusBar()->showMessage(tr("The new preferences take effect when Tenant Cockpit starts next."), 15000);
}

void MainWindow::fillActionsMenu()
{
    m_actionsMenu->clear();
    QList<QAction *> actions;
    if (m_stack->currentWidget() == m_tenants)
        actions = m_tenants->menuActions();
    else if (m_stack->currentWidget() == m_issues)
        actions = m_issues->menuActions();
    m_actionsMenu->addActions(actions);
    m_actionsMenu->menuAction()->setVisible(!actions.isEmpty());
}

void MainWindow::findTenant()
{
    if (!m_searchDialog) {
        // One search thread and connection for the window's life, opened at the first search.
        m_searchModel = new TenantSearchModel(m_office.database().url(), this);
        m_searchDialog = new TenantSearchDialog(m_searchModel, this);
        connect(m_searchDialog, &TenantSearchDialog::tenantChosen, m_tenants, &TenantsView::openTenant);
    }
    m_searchDialog->start();
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(int(section));
}

void MainWindow::showTicket(qint64 ticketId)
{
    showSection(Section::Issues);
    m_issues->showTicket(ticketId);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_stack->currentIndex());
}

void MainWindow::updateTitle()
{
    const auto company = m_office.settings().value(settings::companyName);
    const QString name = company ? *company : QString();
    setWindowTitle(name.isEmpty() ? tr("Tenant Cockpit") : tr("%1 – Tenant Cockpit").arg(name));
}

void MainWindow::openImportWizard()
{
    auto *wizard = new ImportWizard(m_office.database().url(), m_office.actor(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this, wizard] {
        reloadAll();
        if (wizard->appliedReport())
            m_masterData->showImportRun(wizard->appliedReport()->runId);
    });
    wizard->open();
}

void MainWindow::reloadAll()
{
    m_tenants->reload();
    m_masterData->reload();
    m_issues->reload();
    m_pinboard->reload();
    m_settings->load();
    m_outbox->reload();
    updateOutboxStatus();
    updateTitle();
}

void MainWindow::showOffline(const QString &reason)
{
    m_offlineBanner->setText(tr("<b>Offline:</b> the office database cannot be reached (%1). What you typed stays "
                                "where it is; nothing is saved until the connection is back. Trying again every "
                                "%n second(s)…",
                                nullptr, ConnectionWatch::kRetryMs / 1000)
                                 .arg(reason.toHtmlEscaped()));
    m_offlineBanner->show();
}

void MainWindow::catchUp(const QStringList &topics)
{
    if (topics.contains(topics::tickets))
        m_issues->catchUp();
    if (topics.contains(topics::tenants))
        m_tenants->catchUp();
    if (topics.contains(topics::imports)) {
        // The history lists the new run; the tree, as the agent opened it, stays (F5 reads it again).
        m_masterData->reloadHistory();
        m_tenants->catchUp();
    }
    if (topics.contains(topics::pinboard))
        m_pinboard->reload();
}

void MainWindow::updateOutboxStatus()
{
    auto counts = m_office.outbox().counts();
    if (!counts) {
        m_outboxLabel->setText(tr("E-mail: unknown"));
        m_outboxLabel->setToolTip(counts.error().message);
        return;
    }
    const QLocale locale;
    QString text = tr("E-mails waiting: %1").arg(locale.toString(counts->waiting));
    if (counts->failed > 0)
        text += tr(", failed: %1").arg(locale.toString(counts->failed));
    m_outboxLabel->setText(QStringLiteral("<a href=\"outbox\">%1</a>").arg(text.toHtmlEscaped()));
    m_outboxLabel->setToolTip(tr("Show the outbox"));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_office.displayUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreSession()
{
    QSettings settings;
    settings.beginGroup(QLatin1StringView(kSettingsGroup));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const int section = settings.value(QStringLiteral("section"), int(Section::Tenants)).toInt();
    if (section >= 0 && section < m_stack->count())
        showSection(Section(section));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.beginGroup(QLatin1StringView(kSettingsGroup));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("section"), int(currentSection()));
    event->accept();
}

} // namespace tc
