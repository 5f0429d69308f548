// tc_screenshots: renders the screenshots of the documentation from a real office database.
//   tc_screenshots --db URL --out DIR
// Writes DIR/main-window-tenants.png, company-settings.png, about.png and first-run.png.
// scripts/screenshots.sh builds it, makes a demo database and runs it under xvfb-run.
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "TenantsView.h"
#include "services/Office.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QPixmap>
#include <QPointer>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextStream>

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
// lets layouts and lazy loading settle, and saves the window's grab as DIR/name.
bool capture(QWidget *window, QWidget *painted, const QDir &out, const QString &name)
{
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
    parser.addOptions({dbOption, outOption});
    parser.process(app);
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
    {
        tc::MainWindow window(*office);
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
    }
    {
        // An example user's default path, not the path of whoever renders the screenshots.
        tc::FirstRunDialog dialog(QStringLiteral("/home/anna/.local/share/tenant-cockpit/cockpit.db"));
        ok = capture(&dialog, nullptr, out, QStringLiteral("first-run.png")) && ok;
    }
    return ok ? 0 : 1;
}
