// tenant-cockpit: the desktop program. Chooses the office database, opens it and shows the main window.
#include "AppPaths.h"
#include "DropFolderWatcher.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "Translations.h"
#include "Appearance.h"
#include "mail/OfficeMailDesk.h"
#include "domain/Settings.h"
#include "TenantsView.h"
#include "gui/StartupProbe.h"
#include "services/Office.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QAction>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QProgressDialog>
#include <QSettings>
#include <QTableView>

namespace {

struct Choice
{
    QString url;
    int demoTenants = 0;
    bool fromDialog = false; // only a choice made in the first-run dialog is remembered
};

const QString kDatabaseKey = QStringLiteral("database/url");
// The last login used on this computer, per office (keyed by SecretStore::officeId).
const QString kLastLoginsKey = QStringLiteral("login/last");

std::optional<Choice> askForDatabase()
{
    tc::FirstRunDialog dialog(tc::defaultLocalDatabasePath());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Choice{dialog.databaseUrl(), dialog.demoTenants(), true};
}

// Writes demo tenants into an empty database, with a progress dialog the user can cancel.
void fillWithDemoData(tc::Office &office, int tenants)
{
    QProgressDialog progress(QApplication::translate("main", "Writing demo tenants…"),
                             QApplication::translate("main", "Cancel"), 0, tenants);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    if (auto s = office.setup().initializeCompany(office.actor(), QStringLiteral("Demo Immobilien AG")); !s) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"), s.error().message);
        return;
    }
    auto counts = office.demoData().generate(tenants, QDate::currentDate(), [&](qint64 done, qint64) {
        progress.setValue(int(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    // A cancel leaves the database empty, as before: nothing to say.
    if (!counts) {
        if (!progress.wasCanceled())
            QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"), counts.error().message);
        return;
    }
    progress.setLabelText(QApplication::translate("main", "Logging demo tickets…"));
    if (auto tickets = office.demoData().addTickets(tc::DemoData::ticketsFor(tenants)); !tickets)
        QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"), tickets.error().message);
}

// A PostgreSQL office: the agent connects as their own database role. A password kept in the
// keychain for the last login goes in at once; otherwise the login dialog asks. Empty when the agent
// quit instead.
std::optional<std::unique_ptr<tc::Office>> logInToServer(const tc::DatabaseUrl &url, QSettings &settings,
                                                         tc::SecretStore &keychain)
{
    const QString officeId = tc::SecretStore::officeId(url);
    QVariantMap lastLogins = settings.value(kLastLoginsKey).toMap();
    QString last = lastLogins.value(officeId, url.user()).toString();
    std::unique_ptr<tc::Office> office;
    if (!last.isEmpty()) {
        auto kept = tc::readSecretBlocking(keychain, tc::SecretStore::agentPasswordKey(last, url), 5000);
        if (kept && *kept) {
            auto opened = tc::Office::open(url.withLogin(last, **kept), tc::SchemaPolicy::Migrate,
                                           tc::Actor{std::nullopt, last, tc::Role::Manager}, QStringLiteral("gui"));
            if (opened)
                office = std::move(*opened);
        }
    }
    if (!office) {
        tc::LoginDialog dialog(url, last);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        office = dialog.takeOffice();
        last = dialog.login();
        if (dialog.rememberPassword()) {
            if (auto s = tc::writeSecretBlocking(keychain, tc::SecretStore::agentPasswordKey(last, url), dialog.password()); !s)
                QMessageBox::warning(nullptr, QApplication::translate("main", "Keychain"), s.error().message);
        }
    }
    lastLogins.insert(officeId, last);
    settings.setValue(kLastLoginsKey, lastLogins);
    return office;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TenantCockpit"));
    QApplication::setApplicationName(QStringLiteral("tenant-cockpit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tenant Cockpit"));
    QApplication::setApplicationVersion(QStringLiteral(TC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("example.tenant_cockpit.TenantCockpit"));
    // This desk's language and appearance (File > Preferences), else the system's.
    tc::installTranslations(app, tc::preferences::language());
    tc::applyAppearance(tc::preferences::appearance());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tenant Cockpit: the property-management office's desk for talking to tenants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The office database: sqlite:/path/file.db or postgresql://user@host:port/dbname. Default: $TENANT_COCKPIT_DB, else the database chosen on the first start."),
                                      QStringLiteral("URL"));
    QCommandLineOption probeOption(QStringLiteral("startup-probe"),
                                   QStringLiteral("Print the time to the first frame with rows, then quit."));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, probeOption});
    parser.process(app);
    const bool probe = parser.isSet(probeOption);

    QSettings settings;
    Choice choice;
    choice.url = tc::guiDatabaseUrlText(parser.value(dbOption), settings.value(kDatabaseKey).toString());

    // Passwords (the mail server's, an agent's on a PostgreSQL server) live in the keychain.
    tc::KeychainSecretStore keychain;
    std::unique_ptr<tc::Office> office;
    while (!office) {
        if (choice.url.isEmpty()) {
            auto asked = askForDatabase();
            if (!asked)
                return 1;
            choice = *asked;
        }
        auto url = tc::DatabaseUrl::parse(choice.url);
        if (url && !url->isSQLite() && !probe) {
            auto in = logInToServer(*url, settings, keychain);
            if (!in)
                return 0;
            office = std::move(*in);
            if (choice.fromDialog)
                settings.setValue(kDatabaseKey, choice.url);
            break;
        }
        tc::Result<std::unique_ptr<tc::Office>> opened =
            url ? tc::Office::open(*url, tc::SchemaPolicy::Migrate, tc::Actor::localOwner(), QStringLiteral("gui"))
                : tc::Result<std::unique_ptr<tc::Office>>(url.error());
        if (!opened) {
            if (probe)
                return 1;
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"),
                                  opened.error().message);
            choice = {};
            continue;
        }
        office = std::move(*opened);
        if (choice.demoTenants > 0 && office->setup().isEmpty().value_or(false))
            fillWithDemoData(*office, choice.demoTenants);
        else if (auto s = office->setup().initializeCompany(office->actor(), QString()); !s)
            QMessageBox::warning(nullptr, QApplication::translate("main", "Database"), s.error().message);
        if (choice.fromDialog)
            settings.setValue(kDatabaseKey, choice.url);
    }

    // Who is working: the services act as that agent from now on. The hidden start-up probe measures
    // the first frame and quits; it acts as the file's owner. On PostgreSQL the server checked the
    // URL's user, and the office acts as the agent that role is.
    if (!probe && office->database().isSQLite()) {
        auto used = office->logins().inUse();
        if (!used) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"), used.error().message);
            return 1;
        }
        const QString officeId = tc::SecretStore::officeId(office->database().url());
        QVariantMap lastLogins = settings.value(kLastLoginsKey).toMap();
        tc::LoginDialog login(*office, *used ? tc::LoginDialog::Mode::LogIn : tc::LoginDialog::Mode::FirstLogin,
                              lastLogins.value(officeId).toString());
        if (login.exec() != QDialog::Accepted)
            return 0;
        office->actAs(login.actor());
        lastLogins.insert(officeId, login.login());
        settings.setValue(kLastLoginsKey, lastLogins);
    }

    // The mail edge: the outbox is delivered while the program runs; the password lives in the keychain.
    tc::OfficeMailDesk mailDesk(*office, &keychain);
    tc::MainWindow window(*office, &mailDesk);
    QObject::connect(&mailDesk, &tc::OfficeMailDesk::passwordNeeded, &window, [&window, &mailDesk](const QString &reason) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            &window, QApplication::translate("main", "Mail server password"),
            QApplication::translate("main", "%1\n\nThe password of the mail server, to send the office's e-mails:")
                .arg(reason),
            QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty())
            mailDesk.storePassword(password);
    });
    window.restoreSession();
    if (probe) {
        // What the window speaks (its menus), for the package's install test.
        QStringList menus;
        for (const QAction *menu : window.menuBar()->actions())
            menus << menu->text();
        std::printf("menus %s\n", qPrintable(menus.join(u' ')));
        window.showSection(tc::MainWindow::Section::Tenants);
        QTableView *table = window.tenantsView()->table();
        new tc::StartupProbe(table->viewport(), sinceStart, [table] { return table->model()->rowCount() > 0; });
    }
    // While the program runs it imports what the ERP leaves in the company's drop folder (whenever
    // one is set: the watcher follows the setting).
    // An agent whose role may not import does not run the office's imports either.
    std::unique_ptr<tc::DropFolderWatcher> dropFolder;
    if (!probe && office->actor().mayAct(tc::Role::Administrator)) {
        dropFolder = std::make_unique<tc::DropFolderWatcher>(office->database().url(), office->actor());
        QObject::connect(dropFolder.get(), &tc::DropFolderWatcher::processed, &window,
                         [&window](const QString &entry, const QString &status, const QString &) {
                             window.statusBar()->showMessage(
                                 QApplication::translate("main", "Drop folder: %1 %2").arg(entry, status), 15000);
                             // The views read again, as F5 does.
                             if (auto *reload = window.findChild<QAction *>(QStringLiteral("reloadAction")))
                                 reload->trigger();
                         });
        QObject::connect(dropFolder.get(), &tc::DropFolderWatcher::unavailable, &window, [&window](const QString &message) {
            window.statusBar()->showMessage(QApplication::translate("main", "Drop folder: %1").arg(message));
        });
        dropFolder->start();
    }
    if (!probe)
        mailDesk.start();
    window.show();
    return app.exec();
}
