// tc_screenshots: renders the screenshots of the documentation from a real office database.
//   tc_screenshots --db URL --out DIR
// Writes DIR/main-window-tenants.png, company-settings.png, about.png and first-run.png from the demo
// office as it is; then imports a small tenant list (written here), switches the ERP interface on
// and writes import-wizard-preview.png (before the import), master-data.png, import-history.png and
// tenant-detail.png.
// scripts/screenshots.sh builds it, makes a demo database and runs it under xvfb-run.
#include "Appearance.h"
#include "Translations.h"
#include "AliasUsersDialog.h"
#include "FirstRunDialog.h"
#include "ImportWizard.h"
#include "PreferencesDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MasterDataView.h"
#include "NewTicketDialog.h"
#include "PinboardPostDialog.h"
#include "TenantSearchDialog.h"
#include "TenantDetailDialog.h"
#include "TenantsView.h"
#include "domain/Settings.h"
#include "mail/OfficeMailDesk.h"
#include "itemmodels/MasterDataModel.h"
#include "itemmodels/TenantSearchModel.h"
#include "services/Office.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Counts the paint events a widget receives, to know it has been drawn.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// Waits until the window is exposed and `painted` (the window or a child that matters) was drawn,
// lets layouts and lazy loading settle, and saves the window's grab as DIR/name. With --only, the
// pictures not asked for are not taken (the steps between them still run).
QStringList &onlyThese()
{
    static QStringList names;
    return names;
}

// Whether the picture DIR/name ("issues.png") is to be written.
bool wanted(const QString &name)
{
    return onlyThese().isEmpty() || onlyThese().contains(name.chopped(4));
}

bool capture(QWidget *window, QWidget *painted, const QDir &out, const QString &name)
{
    if (!wanted(name))
        return true;
    auto *counter = new PaintCounter(painted ? painted : window);
    if (!window->isVisible())
        window->show();
    if (!QTest::qWaitForWindowExposed(window, 10000)) {
        err() << "tc_screenshots: " << name << ": the window was not exposed\n";
        return false;
    }
    painted = painted ? painted : window;
    painted->update();
    if (!QTest::qWaitFor([counter] { return counter->count() > 0; }, 10000)) {
        err() << "tc_screenshots: " << name << ": the window was not painted\n";
        return false;
    }
    QTest::qWait(300); // late layout passes, the status bar, the first rows
    delete counter;
    const QPixmap pixmap = window->grab();
    const QString file = out.filePath(name);
    if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
        err() << "tc_screenshots: cannot write " << file << '\n';
        return false;
    }
    QTextStream(stdout) << file << ' ' << pixmap.width() << 'x' << pixmap.height() << '\n';
    return true;
}

// A nightly tenant list as an office would get it: a new property with its tenants, a tenant of the
// demo office who now also rents a parking space there (with a new e-mail address), a future tenant
// known only by name, a former one, and a row with a broken e-mail address that is rejected.
QByteArray tenantList(const tc::TenantDetail &existing, QDate today)
{
    const auto date = [](QDate d) { return d.toString(Qt::ISODate).toUtf8(); };
    const QByteArray place = "9001,Seeblick Residenz,Seestrasse 14,8002,Zürich,";
    QByteArray csv = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,"
                     "email,phone,language,move_in,move_out\n";
    csv += place + "9001.01.001,Wohnung 0.01,T-9001,Lea,Brunner,lea.brunner@example.ch,044 555 12 34,de,"
        + date(today.addYears(-2)) + ",\n";
    csv += place + "9001.01.002,Wohnung 0.02,T-9002,Marco,Rossi,marco.rossi@example.it,+41 79 555 66 77,it,"
        + date(today.addYears(-6)) + ",\n";
    csv += place + "9001.01.002,Wohnung 0.02,T-9003,Giulia,Rossi,,,it," + date(today.addYears(-6)) + ",\n";
    csv += place + "9001.01.003,Wohnung 0.03,T-9004,Sophie,Favre,sophie.favre@example,044 555 11 11,fr,"
        + date(today.addYears(-1)) + ",\n";
    csv += place + "9001.01.004,Wohnung 0.04,T-9005,Nina,Weber,nina.weber@example.ch,,de," + date(today.addYears(-8))
        + "," + date(today.addMonths(-3)) + "\n";
    csv += place + "9001.01.004,Wohnung 0.04,T-9006,Jonas,Keller,,,de," + date(today.addMonths(2)) + ",\n";
    csv += place + "9001.01.P01,Parkplatz 01," + existing.erpRef.toUtf8() + "," + existing.firstName.toUtf8() + ","
        + existing.lastName.toUtf8() + "," + existing.firstName.toLower().toUtf8() + ".neu@example.ch,"
        + existing.phone.toUtf8() + ",de," + date(today.addMonths(-1)) + ",\n";
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TenantCockpit"));
    QApplication::setApplicationName(QStringLiteral("tc_screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tenant Cockpit"));
    QApplication::setApplicationVersion(QStringLiteral(TC_VERSION));
    // Never read or write the user's remembered window session.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the Tenant Cockpit screenshots of the documentation."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The office database URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The folder the PNG files go to."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("The program's language: de, fr, it, en (default: en)."),
                                            QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption appearanceOption(QStringLiteral("appearance"),
                                              QStringLiteral("light or dark (default: the style's own palette)."),
                                              QStringLiteral("NAME"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only these pictures (names without .png, comma-separated)."),
                                        QStringLiteral("NAMES"));
    parser.addOptions({dbOption, outOption, languageOption, appearanceOption, onlyOption});
    parser.process(app);
    tc::installTranslations(app, parser.value(languageOption));
    if (parser.value(appearanceOption) == u"dark")
        tc::applyAppearance(tc::Appearance::Dark);
    else if (parser.value(appearanceOption) == u"light")
        tc::applyAppearance(tc::Appearance::Light);
    if (parser.isSet(onlyOption))
        onlyThese() = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    if (!parser.isSet(dbOption) || !parser.isSet(outOption)) {
        err() << "usage: tc_screenshots --db URL --out DIR\n";
        return 2;
    }

    QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral("."))) {
        err() << "tc_screenshots: cannot create " << out.path() << '\n';
        return 1;
    }
    auto url = tc::DatabaseUrl::parse(parser.value(dbOption));
    if (!url) {
        err() << "tc_screenshots: " << url.error().message << '\n';
        return 1;
    }
    auto opened = tc::Office::open(*url, tc::SchemaPolicy::Migrate, tc::Actor::localOwner(),
                                   QStringLiteral("screenshots"));
    if (!opened) {
        err() << "tc_screenshots: " << opened.error().message << '\n';
        return 1;
    }
    std::unique_ptr<tc::Office> office = std::move(*opened);

    bool ok = true;
    // Who is working: the office's first login, then the login dialog; the pictures after it show the
    // office as Anna Keller, its manager, sees it.
    {
        auto used = office->logins().inUse();
        if (!used) {
            err() << "tc_screenshots: " << used.error().message << '\n';
            return 1;
        }
        if (!*used) {
            tc::LoginDialog first(*office, tc::LoginDialog::Mode::FirstLogin, QString());
            ok = capture(&first, nullptr, out, QStringLiteral("first-login.png")) && ok;
            // A password nobody needs to know: the pictures are taken without typing it.
            const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (auto s = office->logins().setUpFirst(office->actor(), QStringLiteral("anna.keller"),
                                                     QStringLiteral("Anna Keller"), password);
                !s) {
                err() << "tc_screenshots: " << s.error().message << '\n';
                return 1;
            }
        }
        auto anna = office->agents().findByLogin(QStringLiteral("anna.keller"));
        if (!anna) {
            err() << "tc_screenshots: " << anna.error().message << '\n';
            return 1;
        }
        office->actAs(tc::Actor{anna->id, anna->displayName, anna->role});
        tc::LoginDialog login(*office, tc::LoginDialog::Mode::LogIn, anna->login);
        ok = capture(&login, nullptr, out, QStringLiteral("login.png")) && ok;
    }
    {
        // The mail edge, never started here: its buttons show in the settings, nothing is sent.
        tc::OfficeMailDesk desk(*office, nullptr);
        tc::MainWindow window(*office, &desk);
        window.resize(1280, 800);
        window.showSection(tc::MainWindow::Section::Tenants);
        window.show();
        QTableView *table = window.tenantsView()->table();
        if (table->model()->rowCount() == 0)
            err() << "tc_screenshots: warning: the database has no tenants\n";
        ok = capture(&window, table->viewport(), out, QStringLiteral("main-window-tenants.png")) && ok;

        window.showSection(tc::MainWindow::Section::CompanySettings);
        ok = capture(&window, window.findChild<QWidget *>(QStringLiteral("companySettingsView")), out,
                     QStringLiteral("company-settings.png"))
            && ok;

        window.showSection(tc::MainWindow::Section::Tenants);
        QAction *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        if (!about) {
            err() << "tc_screenshots: no About action\n";
            return 1;
        }
        about->trigger();
        QPointer<QDialog> dialog;
        (void)QTest::qWaitFor([&] { return (dialog = window.findChild<QDialog *>(QStringLiteral("aboutDialog"))); }, 5000);
        if (!dialog) {
            err() << "tc_screenshots: the About dialog did not open\n";
            return 1;
        }
        ok = capture(dialog, nullptr, out, QStringLiteral("about.png")) && ok;
        dialog->close();

        tc::PreferencesDialog preferences(QLocale::languageToCode(QLocale().language()), &window);
        ok = capture(&preferences, nullptr, out, QStringLiteral("preferences.png")) && ok;
    }
    {
        // An example user's default path, not the path of whoever renders the screenshots.
        tc::FirstRunDialog dialog(QStringLiteral("/home/anna/.local/share/tenant-cockpit/cockpit.db"));
        ok = capture(&dialog, nullptr, out, QStringLiteral("first-run.png")) && ok;
    }

    // The office after its first nightly import, with the ERP interface on.
    const QDate today = QDate::currentDate();
    auto personId = office->tenants().idOf(QStringLiteral("1000001"));
    auto person = personId ? office->tenants().detail(*personId) : tc::Result<tc::TenantDetail>(personId.error());
    if (!person) {
        err() << "tc_screenshots: the demo tenant 1000001 is missing: " << person.error().message << '\n';
        return 1;
    }
    QTemporaryDir importDir;
    const QString csvPath = importDir.filePath(QStringLiteral("mieterliste-seeblick.csv"));
    QFile csv(csvPath);
    if (!importDir.isValid() || !csv.open(QIODevice::WriteOnly) || csv.write(tenantList(*person, today)) < 0) {
        err() << "tc_screenshots: cannot write " << csvPath << '\n';
        return 1;
    }
    csv.close();
    {
        // The wizard's preview of that file: what the import would change, before anything does.
        tc::ImportWizard wizard(office->database().url(), office->actor());
        wizard.resize(1100, 640);
        wizard.setPath(csvPath);
        if (auto *mode = wizard.findChild<QComboBox *>(QStringLiteral("importMode")))
            mode->setCurrentIndex(1); // delta: the demo office's other tenants stay
        wizard.show();
        wizard.next();
        auto *counts = wizard.findChild<QLabel *>(QStringLiteral("importCounts"));
        if (!counts || !QTest::qWaitFor([counts] { return !counts->text().isEmpty(); }, 30000)) {
            err() << "tc_screenshots: the import preview did not appear\n";
            return 1;
        }
        ok = capture(&wizard, nullptr, out, QStringLiteral("import-wizard-preview.png")) && ok;
    }
    // Alias users on: the file's tenants without an address become alias users.
    if (auto s = office->settings().set(office->actor(), tc::settings::aliasUsers, QStringLiteral("true")); !s) {
        err() << "tc_screenshots: " << s.error().message << '\n';
        return 1;
    }
    tc::ImportOptions options;
    options.mode = tc::ImportMode::Delta;
    auto imported = office->imports().run(csvPath, options);
    if (!imported || !imported->applied()) {
        err() << "tc_screenshots: the example import failed: "
              << (imported ? imported->summaryText() : imported.error().message) << '\n';
        return 1;
    }
    // A change made in the Cockpit, so the tenant's history holds both kinds of entries.
    tc::TenantEdit edit;
    edit.language = QStringLiteral("fr");
    if (auto s = office->tenants().update(office->actor(), *personId, edit); !s) {
        err() << "tc_screenshots: " << s.error().message << '\n';
        return 1;
    }
    if (auto s = office->settings().set(office->actor(), tc::settings::erpInterface, QStringLiteral("true")); !s) {
        err() << "tc_screenshots: " << s.error().message << '\n';
        return 1;
    }
    // Two earlier calls of this tenant: one being worked by a colleague, one done.
    {
        const tc::Tickets tickets = office->tickets();
        auto agents = office->agents().listActive();
        tc::TicketDraft draft;
        draft.personId = *personId;
        if (auto unit = tickets.defaultUnitFor(*personId))
            draft.unitId = *unit;
        draft.title = QStringLiteral("Heizung im Bad bleibt kalt");
        draft.category = QStringLiteral("Heizung");
        draft.description = QStringLiteral("Seit Montag, Thermostat auf 5. Mieterin ist vormittags zu Hause.");
        if (agents && !agents->isEmpty())
            draft.assigneeId = agents->first().id;
        auto first = tickets.create(draft);
        draft.title = QStringLiteral("Namensschild am Briefkasten");
        draft.category = QStringLiteral("Sonstiges");
        draft.description.clear();
        draft.assigneeId.reset();
        auto second = tickets.create(draft);
        if (!first || !second) {
            err() << "tc_screenshots: " << (first ? second.error().message : first.error().message) << '\n';
            return 1;
        }
        (void)tickets.setStatus(*first, QStringLiteral("in_progress"));
        (void)tickets.comment(*first, QStringLiteral("Sanitär Keller AG bestellt, kommt Donnerstag."), true);
        (void)tickets.setStatus(*second, QStringLiteral("done"));
    }
    {
        tc::MainWindow window(*office);
        window.resize(1280, 800);
        window.showSection(tc::MainWindow::Section::MasterData);
        window.show();
        tc::MasterDataView *view = window.masterDataView();
        tc::MasterDataModel *model = view->model();
        QTreeView *tree = view->tree();
        // The first property, its first building, and a unit that has had more than one tenancy.
        const QModelIndex property = model->index(0, 0);
        tree->expand(property);
        const QModelIndex building = model->index(0, 0, property);
        tree->expand(building);
        QModelIndex unit = model->index(0, 0, building);
        for (int row = 0; row < model->rowCount(building); ++row) {
            const QModelIndex candidate = model->index(row, 0, building);
            if (model->canFetchMore(candidate))
                model->fetchMore(candidate);
            if (model->rowCount(candidate) >= 2) {
                unit = candidate;
                break;
            }
        }
        if (!unit.isValid()) {
            err() << "tc_screenshots: the demo office has no unit to show\n";
            return 1;
        }
        tree->expand(unit);
        tree->setCurrentIndex(unit);
        ok = capture(&window, tree->viewport(), out, QStringLiteral("master-data.png")) && ok;

        if (!view->showImportRun(imported->runId)) {
            err() << "tc_screenshots: the import run is not in the history\n";
            return 1;
        }
        // The changes, which say more than the one rejected row.
        if (auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("importReportTabs")))
            tabs->setCurrentIndex(1);
        ok = capture(&window, view->findChild<QWidget *>(QStringLiteral("importHistoryTable")), out,
                     QStringLiteral("import-history.png"))
            && ok;

        window.showSection(tc::MainWindow::Section::Tenants);
        window.tenantsView()->openTenant(*personId);
        QPointer<tc::TenantDetailDialog> dialog;
        (void)QTest::qWaitFor(
            [&] { return (dialog = window.findChild<tc::TenantDetailDialog *>(QStringLiteral("tenantDetailDialog"))); }, 5000);
        if (!dialog) {
            err() << "tc_screenshots: the tenant detail did not open\n";
            return 1;
        }
        ok = capture(dialog, nullptr, out, QStringLiteral("tenant-detail.png")) && ok;

        // Ctrl+N in the tenant's window: the new ticket with its title typed.
        dialog->newTicket();
        QPointer<tc::NewTicketDialog> ticket;
        (void)QTest::qWaitFor([&] { return (ticket = dialog->findChild<tc::NewTicketDialog *>(QStringLiteral("newTicketDialog"))); }, 5000);
        if (!ticket) {
            err() << "tc_screenshots: the new-ticket dialog did not open\n";
            return 1;
        }
        ticket->titleEdit()->setText(QStringLiteral("Wasserhahn in der Küche tropft"));
        ok = capture(ticket, nullptr, out, QStringLiteral("new-ticket.png")) && ok;
        ticket->reject();
        dialog->close();

        // Ctrl+K: who is calling? "mül" typed as a keyboard sends it.
        window.findTenant();
        tc::TenantSearchDialog *search = window.searchDialog();
        for (const QChar c : QStringLiteral("mül")) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(search->field(), &press);
        }
        auto *results = search->results();
        if (!QTest::qWaitFor([results] { return results->model()->rowCount() > 0; }, 10000)) {
            err() << "tc_screenshots: the search found nobody for \"mül\"\n";
            return 1;
        }
        ok = capture(search, results->viewport(), out, QStringLiteral("tenant-search.png")) && ok;
        search->close();

        // The issue view with the tenant's ticket that is being worked, its history in the pane.
        auto mine = office->tickets().forTenant(*personId);
        if (!mine || mine->isEmpty()) {
            err() << "tc_screenshots: the example tickets are missing\n";
            return 1;
        }
        window.showTicket(mine->last().id);
        ok = capture(&window, window.findChild<QWidget *>(QStringLiteral("ticketTable")), out, QStringLiteral("issues.png")) && ok;
    }
    {
        // Invitations for the new property, and a first delivery: two sent, one refused by the server.
        if (auto s = office->settings().set(office->actor(),
                                            {{tc::settings::smtpHost, QStringLiteral("mail.muster-immobilien.ch")},
                                             {tc::settings::smtpUser, QStringLiteral("cockpit@muster-immobilien.ch")},
                                             {tc::settings::smtpFrom, QStringLiteral("Muster Immobilien AG <mieter@muster-immobilien.ch>")},
                                             {tc::settings::registrationBaseUrl, QStringLiteral("https://mieter.muster-immobilien.ch/registrieren")}});
            !s) {
            err() << "tc_screenshots: " << s.error().message << '\n';
            return 1;
        }
        auto property = office->masterData().propertyIdOf(QStringLiteral("9001"));
        auto ids = property ? office->invitations().notYetInvited(*property) : tc::Result<QList<qint64>>(property.error());
        auto invited = ids ? office->invitations().invite(*ids) : tc::Result<tc::InvitationReport>(ids.error());
        if (!invited) {
            err() << "tc_screenshots: " << invited.error().message << '\n';
            return 1;
        }
        const tc::Outbox outbox = office->outbox();
        auto claimed = outbox.claimDue(3, tc::MailAddress{QString(), QStringLiteral("mieter@muster-immobilien.ch")});
        if (!claimed || claimed->size() < 3) {
            err() << "tc_screenshots: the example invitations are not in the outbox\n";
            return 1;
        }
        const auto &mails = *claimed;
        (void)outbox.record({{mails[0].id, tc::DeliveryResult::Outcome::Sent, QStringLiteral("250 2.0.0 Ok: queued")},
                             {mails[1].id, tc::DeliveryResult::Outcome::Sent, QStringLiteral("250 2.0.0 Ok: queued")},
                             {mails[2].id, tc::DeliveryResult::Outcome::Failed,
                              QStringLiteral("550 5.1.1 <%1>: Recipient address rejected: User unknown").arg(mails[2].recipient)}});
        tc::MainWindow window(*office);
        window.resize(1280, 800);
        window.showSection(tc::MainWindow::Section::Outbox);
        window.show();
        ok = capture(&window, window.findChild<QWidget *>(QStringLiteral("outboxTable")), out, QStringLiteral("outbox.png")) && ok;
        window.showSection(tc::MainWindow::Section::CompanySettings);
        if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("settingsTabs")))
            tabs->setCurrentIndex(1);
        ok = capture(&window, window.findChild<QWidget *>(QStringLiteral("templatePreview")), out,
                     QStringLiteral("mail-templates.png"))
            && ok;
        // The important pinboard post's e-mail, in German: the post's bold, list and links.
        auto *kind = window.findChild<QComboBox *>(QStringLiteral("templateKind"));
        auto *language = window.findChild<QComboBox *>(QStringLiteral("templateLanguage"));
        if (!kind || !language || kind->findData(QStringLiteral("pinboard_post")) < 0) {
            err() << "tc_screenshots: the e-mail templates have no pinboard post\n";
            return 1;
        }
        kind->setCurrentIndex(kind->findData(QStringLiteral("pinboard_post")));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        ok = capture(&window, window.findChild<QWidget *>(QStringLiteral("templatePreview")), out,
                     QStringLiteral("mail-template-pinboard.png"))
            && ok;
    }
    {
        // The pinboard: an important post for the new property (its tenants were invited above), one for
        // a demo property with its e-mails partly delivered, and a plain one for the whole company.
        const tc::Pinboard pinboard = office->pinboard();
        auto seeblick = office->masterData().propertyIdOf(QStringLiteral("9001"));
        auto demoProperties = office->masterData().properties(1);
        if (!seeblick || !demoProperties || demoProperties->isEmpty()) {
            err() << "tc_screenshots: the pinboard's properties are missing\n";
            return 1;
        }
        const qint64 demoProperty = demoProperties->first().id;
        auto demoIds = office->invitations().notYetInvited(demoProperty);
        if (!demoIds || !office->invitations().invite(*demoIds)) {
            err() << "tc_screenshots: the demo property's tenants could not be invited\n";
            return 1;
        }
        tc::PinboardPostInput closed;
        closed.title = QStringLiteral("Verwaltung zwischen den Feiertagen geschlossen");
        closed.body = QStringLiteral("Vom **24. Dezember bis 2. Januar** ist unser Büro geschlossen.\n\n"
                                     "Notfälle: Pikettdienst 044 555 00 00 oder https://www.muster-immobilien.ch/notfall");
        closed.audience.company = true;
        closed.validTo = today.addDays(40);
        tc::PinboardPostInput lift;
        lift.title = QStringLiteral("Lift ausser Betrieb");
        lift.body = QStringLiteral("Der Lift wird **am Dienstag** revidiert und steht den ganzen Tag still.\n\n"
                                   "- Kinderwagen bitte im Veloraum abstellen\n- Fragen: hauswart@muster-immobilien.ch");
        lift.audience.propertyIds = {demoProperty};
        lift.important = true;
        tc::PinboardPostInput water = lift;
        water.title = QStringLiteral("Wasserunterbruch am Montag");
        water.body = QStringLiteral("Am **Montag von 8 bis 12 Uhr** ist das Wasser abgestellt.\n\n"
                                    "1. Wasser vorher abfüllen\n2. Hahnen danach kurz laufen lassen");
        water.audience.propertyIds = {*seeblick};
        for (const tc::PinboardPostInput *p : {&closed, &lift, &water}) {
            if (auto r = pinboard.publish(*p); !r) {
                err() << "tc_screenshots: " << r.error().message << '\n';
                return 1;
            }
        }
        // A first delivery of the lift's e-mails: most sent, one refused.
        const tc::Outbox outbox = office->outbox();
        auto claimed = outbox.claimDue(200, tc::MailAddress{QString(), QStringLiteral("mieter@muster-immobilien.ch")});
        if (claimed && claimed->size() > 2) {
            QList<tc::DeliveryResult> results;
            for (qsizetype i = 0; i + 1 < claimed->size(); ++i)
                results << tc::DeliveryResult{claimed->at(i).id, tc::DeliveryResult::Outcome::Sent, QStringLiteral("250 2.0.0 Ok")};
            results << tc::DeliveryResult{claimed->last().id, tc::DeliveryResult::Outcome::Failed,
                                          QStringLiteral("550 5.1.1 Recipient address rejected: User unknown")};
            (void)outbox.record(results);
        }
        tc::MainWindow window(*office);
        window.resize(1280, 800);
        window.showSection(tc::MainWindow::Section::Pinboard);
        window.show();
        auto *posts = window.findChild<QTreeView *>(QStringLiteral("pinboardPosts"));
        if (posts && posts->model()->rowCount() > 1)
            posts->setCurrentIndex(posts->model()->index(1, 0)); // the lift, with its e-mails
        ok = capture(&window, window.findChild<QWidget *>(QStringLiteral("pinboardDetail")), out, QStringLiteral("pinboard.png")) && ok;

        // Writing an important post for the new property: the preview, and who will be e-mailed.
        tc::PinboardPostDialog dialog(*office, std::nullopt, &window);
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("pinboardTitle"));
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("pinboardBody"));
        auto *chosen = dialog.findChild<QRadioButton *>(QStringLiteral("pinboardChosen"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("pinboardPropertyFilter"));
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("pinboardAudienceTree"));
        auto *important = dialog.findChild<QCheckBox *>(QStringLiteral("pinboardImportant"));
        if (!title || !body || !chosen || !filter || !tree || !important) {
            err() << "tc_screenshots: the pinboard dialog's fields are missing\n";
            return 1;
        }
        title->setText(QStringLiteral("Fassadenrenovation ab 1. März"));
        body->setPlainText(QStringLiteral("Ab **1. März** wird die Fassade renoviert; das Gerüst steht etwa sechs Wochen.\n\n"
                                          "- Balkone in dieser Zeit bitte räumen\n- Fenster im Erdgeschoss bleiben zu\n\n"
                                          "Fragen beantwortet Ihnen gerne Herr Keller: keller@muster-immobilien.ch"));
        chosen->setChecked(true);
        filter->setText(QStringLiteral("Seeblick"));
        QTest::qWait(100);
        if (tree->model()->rowCount() > 0) {
            tree->model()->setData(tree->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
            tree->expand(tree->model()->index(0, 0));
        }
        important->setChecked(true);
        QSignalSpy shown(&dialog, &tc::PinboardPostDialog::reachShown);
        dialog.show();
        if (!shown.wait(10000)) {
            err() << "tc_screenshots: the pinboard dialog did not count its tenants\n";
            ok = false;
        }
        ok = capture(&dialog, dialog.findChild<QWidget *>(QStringLiteral("pinboardPreview")), out,
                     QStringLiteral("pinboard-post.png"))
            && ok;
        dialog.close();
    }
    {
        // Alias users made by hand: one the ERP has delivered since (a proposal to confirm), one still
        // expected, with a ticket already.
        const tc::MasterData masterData = office->masterData();
        auto delivered = masterData.unitIdOf(QStringLiteral("9001.01.002"));
        auto expected = masterData.unitIdOf(QStringLiteral("9001.01.004"));
        if (!delivered || !expected) {
            err() << "tc_screenshots: " << (delivered ? expected.error().message : delivered.error().message) << '\n';
            return 1;
        }
        const tc::AliasUsers aliases = office->aliasUsers();
        auto giulia = aliases.create(*delivered, QStringLiteral("Giulia Rossi"), today.addYears(-6));
        auto sara = aliases.create(*expected, QStringLiteral("Sara Frei"), today.addMonths(2));
        if (!giulia || !sara) {
            err() << "tc_screenshots: " << (giulia ? sara.error().message : giulia.error().message) << '\n';
            return 1;
        }
        tc::TicketDraft draft;
        draft.personId = *sara;
        draft.unitId = *expected;
        draft.category = QStringLiteral("Parking");
        draft.title = QStringLiteral("Möchte einen Parkplatz ab Einzug");
        (void)office->tickets().create(draft);
        draft.personId = *giulia;
        draft.unitId = *delivered;
        draft.category = QStringLiteral("Keys");
        draft.title = QStringLiteral("Zweiter Briefkastenschlüssel");
        (void)office->tickets().create(draft);

        tc::MainWindow window(*office);
        window.resize(1280, 800);
        window.showSection(tc::MainWindow::Section::Tenants);
        window.show();
        window.tenantsView()->showAliasUsers();
        QPointer<tc::AliasUsersDialog> list;
        (void)QTest::qWaitFor([&] { return (list = window.findChild<tc::AliasUsersDialog *>(QStringLiteral("aliasUsersDialog"))); }, 5000);
        if (!list) {
            err() << "tc_screenshots: the alias list did not open\n";
            return 1;
        }
        ok = capture(list, list->list()->viewport(), out, QStringLiteral("alias-users.png")) && ok;
        list->linkSelected();
        QPointer<tc::LinkAliasDialog> link;
        (void)QTest::qWaitFor([&] { return (link = list->findChild<tc::LinkAliasDialog *>(QStringLiteral("linkAliasDialog"))); }, 5000);
        if (!link) {
            err() << "tc_screenshots: the link dialog did not open\n";
            return 1;
        }
        ok = capture(link, nullptr, out, QStringLiteral("alias-link.png")) && ok;
        link->reject();
        list->close();

        tc::NewAliasDialog dialog(*office, *expected, QStringLiteral("Wohnung 0.04"));
        dialog.setValues(QStringLiteral("Tobias Frei"), today.addMonths(2));
        ok = capture(&dialog, nullptr, out, QStringLiteral("new-alias.png")) && ok;
    }
    // Two desks on one office, each with its own connection: what Anna logs at hers shows in Lucia's
    // list without F5 (on a server through LISTEN/NOTIFY, on this file through its data_version).
    {
        auto lucia = office->agents().findByLogin(QStringLiteral("lucia.rossi"));
        if (!lucia) {
            err() << "tc_screenshots: " << lucia.error().message << '\n';
            return 1;
        }
        auto second = tc::Office::open(*url, tc::SchemaPolicy::RequireCurrent,
                                       tc::Actor{lucia->id, lucia->displayName, lucia->role}, QStringLiteral("second desk"));
        if (!second) {
            err() << "tc_screenshots: " << second.error().message << '\n';
            return 1;
        }
        tc::MainWindow annaDesk(*office, nullptr);
        tc::MainWindow luciaDesk(**second, nullptr);
        for (tc::MainWindow *desk : {&annaDesk, &luciaDesk}) {
            desk->resize(820, 560);
            desk->showSection(tc::MainWindow::Section::Issues);
            desk->show();
        }
        QTest::qWait(800);
        auto caller = office->database().scalar(QStringLiteral("SELECT min(id) FROM persons WHERE email IS NOT NULL"));
        tc::TicketDraft draft;
        draft.personId = caller ? caller->toLongLong() : 0;
        draft.unitId = office->tickets().defaultUnitFor(draft.personId).value_or(std::nullopt);
        draft.title = QStringLiteral("Wasserschaden im Keller – Anna hat es eben erfasst");
        draft.assigneeId = lucia->id;
        auto created = office->tickets().create(draft);
        if (!created) {
            err() << "tc_screenshots: " << created.error().message << '\n';
            return 1;
        }
        annaDesk.reloadAll(); // her own desk shows it as the new-ticket dialog would
        auto *luciaTable = luciaDesk.findChild<QTableView *>(QStringLiteral("ticketTable"));
        const bool arrived = QTest::qWaitFor(
            [&] {
                return luciaTable && luciaTable->model()->rowCount() > 0
                       && luciaTable->model()->index(0, 1).data().toString().startsWith(QStringLiteral("Wasserschaden"));
            },
            5000);
        if (!arrived) {
            err() << "tc_screenshots: the second desk did not see the new ticket\n";
            ok = false;
        }
        QTest::qWait(300);
        const QPixmap left = annaDesk.grab(), right = luciaDesk.grab();
        QPixmap both(left.width() + right.width() + 12, std::max(left.height(), right.height()));
        both.fill(QColor(0x55, 0x55, 0x55));
        {
            QPainter painter(&both);
            painter.drawPixmap(0, 0, left);
            painter.drawPixmap(left.width() + 12, 0, right);
        }
        const QString name = QStringLiteral("live-updates.png");
        const QString file = out.filePath(name);
        if (wanted(name) && !both.save(file, "PNG")) {
            err() << "tc_screenshots: cannot write " << file << '\n';
            ok = false;
        } else if (wanted(name)) {
            QTextStream(stdout) << file << ' ' << both.width() << 'x' << both.height() << '\n';
        }
    }
    return ok ? 0 : 1;
}
