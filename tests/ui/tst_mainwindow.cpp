// tst_mainwindow: the Cockpit's shell driven like a user does, on SQLite and on PostgreSQL: the
// tenants table and its filter row, the section shortcuts (Master data is the real view now), the
// company settings form, the About dialog and the remembered window session.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "MasterDataView.h"
#include "TenantsView.h"
#include "TestDatabases.h"
#include "domain/Settings.h"
#include "itemmodels/TenantTableModel.h"
#include "services/Office.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

#include <memory>

using tc::MainWindow;
using tc::TenantTableModel;

namespace {

const QString kCompany = QStringLiteral("Test AG");
constexpr int kTenants = 300;

// An office with the company "Test AG" and 300 demo tenants, on the scratch database.
tc::Result<std::unique_ptr<tc::Office>> openFilledOffice(const tc::DatabaseUrl &url)
{
    auto office = tc::Office::open(url, tc::SchemaPolicy::Migrate, tc::Actor::localOwner());
    if (!office)
        return office.error();
    if (auto s = (*office)->setup().initializeCompany((*office)->actor(), kCompany); !s)
        return s.error();
    if (auto counts = (*office)->demoData().generate(kTenants, QDate(2026, 6, 1)); !counts)
        return counts.error();
    return std::move(*office);
}

QString storedSetting(const tc::Office &office, const QString &key)
{
    auto value = office.settings().value(key);
    return value ? *value : QStringLiteral("<error: %1>").arg(value.error().message);
}

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QString plainText(const QString &richText)
{
    QTextDocument document;
    document.setHtml(richText);
    return document.toPlainText();
}

QPoint sectionCenter(const QHeaderView *header, int section)
{
    return {header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2};
}

// Every test runs on a SQLite file and on a PostgreSQL database.
void backends()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

} // namespace

// Opens the scratch database of the row's backend as a filled office named `office`, or fails.
#define TC_FILLED_OFFICE(office)                                                                        \
    TC_SCRATCH_DATABASE(scratch);                                                                       \
    auto office##Opened = openFilledOffice(scratch.url());                                              \
    QVERIFY2(office##Opened.ok(), office##Opened.ok() ? "" : qPrintable(office##Opened.error().message));     \
    std::unique_ptr<tc::Office> office = std::move(*office##Opened);

// Shows the window and makes it the active one, so that its shortcuts answer.
#define TC_SHOW_ACTIVE(window)                                                                          \
    (window).show();                                                                                    \
    QVERIFY(QTest::qWaitForWindowExposed(&(window)));                                                   \
    (window).activateWindow();                                                                          \
    QVERIFY(QTest::qWaitForWindowActive(&(window)));

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTenantsOnStart_data() { backends(); }
    void showsTenantsOnStart();
    void statusBarShowsDatabase_data() { backends(); }
    void statusBarShowsDatabase();
    void shortcutsSwitchSections_data() { backends(); }
    void shortcutsSwitchSections();
    void navigationListSwitchesSections_data() { backends(); }
    void navigationListSwitchesSections();
    void titleNamesCompany_data() { backends(); }
    void titleNamesCompany();
    void savesCountry_data() { backends(); }
    void savesCountry();
    void refusesEmptyCompanyName_data() { backends(); }
    void refusesEmptyCompanyName();
    void renamingUpdatesTitle_data() { backends(); }
    void renamingUpdatesTitle();
    void renamingWithNonAsciiName_data() { backends(); }
    void renamingWithNonAsciiName();
    void aboutDialog_data() { backends(); }
    void aboutDialog();
    void remembersGeometryAndSection_data() { backends(); }
    void remembersGeometryAndSection();
    void defaultSessionWithoutStoredSettings_data() { backends(); }
    void defaultSessionWithoutStoredSettings();
    void tenantModelAndSorting_data() { backends(); }
    void tenantModelAndSorting();
    void tenantFilterRow_data() { backends(); }
    void tenantFilterRow();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TenantCockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    // Every test starts without a remembered session.
    QSettings settings;
    settings.clear();
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void TestMainWindow::showsTenantsOnStart()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.currentSection(), MainWindow::Section::Tenants);
    auto *stack = child<QStackedWidget>(window, "sections");
    QVERIFY(stack);
    QVERIFY(stack->currentWidget());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("tenantsView"));

    auto *table = child<QTableView>(window, "tenantTable");
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QVERIFY(table->model());
    QCOMPARE(table->model()->rowCount(), kTenants);
    QCOMPARE(table->model()->columnCount(), int(TenantTableModel::ColumnCount));
    const QString firstName = table->model()->index(0, TenantTableModel::Name).data().toString();
    QVERIFY2(!firstName.trimmed().isEmpty(), "row 0 has no name");
    QVERIFY(table->model()->index(kTenants - 1, TenantTableModel::Name).data().toString().size() > 0);

    auto *summary = child<QLabel>(window, "tenantSummary");
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QString::number(kTenants)), qPrintable(summary->text()));
    auto *error = child<QLabel>(window, "tenantError");
    QVERIFY(error);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
}

void TestMainWindow::statusBarShowsDatabase()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *label = child<QLabel>(window, "databaseLabel");
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(scratch.urlText()),
             qPrintable(QStringLiteral("%1 does not show %2").arg(label->text(), scratch.urlText())));
    QVERIFY2(label->text().contains(office->displayUrl()), qPrintable(label->text()));
}

void TestMainWindow::shortcutsSwitchSections()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    TC_SHOW_ACTIVE(window);
    auto *stack = child<QStackedWidget>(window, "sections");
    QVERIFY(stack);

    const struct
    {
        Qt::Key key;
        MainWindow::Section section;
        const char *view;
    } steps[] = {
        {Qt::Key_5, MainWindow::Section::CompanySettings, "companySettingsView"},
        {Qt::Key_1, MainWindow::Section::MasterData, "masterDataView"},
        {Qt::Key_2, MainWindow::Section::Tenants, "tenantsView"},
        {Qt::Key_1, MainWindow::Section::MasterData, "masterDataView"},
        {Qt::Key_3, MainWindow::Section::Issues, "issuesView"},
        {Qt::Key_4, MainWindow::Section::Pinboard, "pinboardView"},
        {Qt::Key_2, MainWindow::Section::Tenants, "tenantsView"},
        {Qt::Key_4, MainWindow::Section::Pinboard, "pinboardView"},
    };
    for (const auto &step : steps) {
        QTest::keyClick(&window, step.key, Qt::ControlModifier);
        QTRY_COMPARE(window.currentSection(), step.section);
        QCOMPARE(stack->currentWidget()->objectName(), QString::fromLatin1(step.view));
        QVERIFY(stack->currentWidget()->isVisible());
        // The View menu's action of the section is the checked one.
        auto *action = child<QAction>(window, qPrintable(QStringLiteral("showSection%1").arg(int(step.section))));
        QVERIFY(action);
        QVERIFY(action->isChecked());
    }
}

void TestMainWindow::navigationListSwitchesSections()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    TC_SHOW_ACTIVE(window);
    auto *navigation = child<QAbstractItemView>(window, "navigation");
    QVERIFY(navigation);
    auto *stack = child<QStackedWidget>(window, "sections");
    QVERIFY(stack);

    const QModelIndex issues = navigation->model()->index(int(MainWindow::Section::Issues), 0);
    const QRect rect = navigation->visualRect(issues);
    QVERIFY(rect.isValid());
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(window.currentSection(), MainWindow::Section::Issues);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("issuesView"));
    auto *action = child<QAction>(window, "showSection2");
    QVERIFY(action);
    QVERIFY(action->isChecked());
}

void TestMainWindow::titleNamesCompany()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.windowTitle().contains(kCompany), qPrintable(window.windowTitle()));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("Tenant Cockpit")), qPrintable(window.windowTitle()));
}

void TestMainWindow::savesCountry()
{
    TC_FILLED_OFFICE(office);
    QCOMPARE(storedSetting(*office, tc::settings::companyCountry), QStringLiteral("CH"));
    MainWindow window(*office);
    TC_SHOW_ACTIVE(window);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(window.currentSection(), MainWindow::Section::CompanySettings);

    auto *country = child<QComboBox>(window, "setting_company_country");
    QVERIFY(country);
    QVERIFY(country->isVisible());
    QVERIFY(country->isEnabled());
    QCOMPARE(country->currentData().toString(), QStringLiteral("CH"));
    // Keyboard search in the closed combo box, as a user types the country's name.
    country->setFocus();
    QTest::keyClicks(country, QStringLiteral("Germany"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("DE"));

    auto *save = child<QPushButton>(window, "saveSettingsButton");
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);

    auto *message = child<QLabel>(window, "settingsMessage");
    QVERIFY(message);
    QTRY_VERIFY2(message->text().contains(QStringLiteral("Saved")), qPrintable(message->text()));
    QCOMPARE(storedSetting(*office, tc::settings::companyCountry), QStringLiteral("DE"));
    QCOMPARE(storedSetting(*office, tc::settings::companyName), kCompany); // untouched
    QCOMPARE(country->currentData().toString(), QStringLiteral("DE"));

    // Saving again without a change stores nothing new and says so.
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2(!message->text().contains(QStringLiteral("Saved")), qPrintable(message->text()));
    QCOMPARE(storedSetting(*office, tc::settings::companyCountry), QStringLiteral("DE"));
}

void TestMainWindow::refusesEmptyCompanyName()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    TC_SHOW_ACTIVE(window);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(window.currentSection(), MainWindow::Section::CompanySettings);

    auto *name = child<QLineEdit>(window, "setting_company_name");
    QVERIFY(name);
    QCOMPARE(name->text(), kCompany);
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(name->text(), QString());

    auto *message = child<QLabel>(window, "settingsMessage");
    QVERIFY(message);
    QCOMPARE(message->text(), QString());
    QTest::mouseClick(child<QPushButton>(window, "saveSettingsButton"), Qt::LeftButton);

    QTRY_VERIFY2(message->text().contains(QStringLiteral("company.name")), qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QStringLiteral("Saved")), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QCOMPARE(storedSetting(*office, tc::settings::companyName), kCompany);
    QVERIFY2(window.windowTitle().contains(kCompany), qPrintable(window.windowTitle()));
    // The refused editor gets the focus, so the user can correct it at once.
    QTRY_VERIFY(name->hasFocus());

    // Revert brings the stored name back into the editor.
    QTest::mouseClick(child<QPushButton>(window, "revertSettingsButton"), Qt::LeftButton);
    QCOMPARE(name->text(), kCompany);
}

void TestMainWindow::renamingUpdatesTitle()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    TC_SHOW_ACTIVE(window);
    window.showSection(MainWindow::Section::CompanySettings);
    QCOMPARE(window.currentSection(), MainWindow::Section::CompanySettings);

    auto *name = child<QLineEdit>(window, "setting_company_name");
    QVERIFY(name);
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, QStringLiteral("  Hausverwaltung Berner GmbH "));
    QTest::mouseClick(child<QPushButton>(window, "saveSettingsButton"), Qt::LeftButton);

    const QString expected = QStringLiteral("Hausverwaltung Berner GmbH");
    QTRY_VERIFY2(window.windowTitle().contains(expected), qPrintable(window.windowTitle()));
    QVERIFY2(!window.windowTitle().contains(kCompany), qPrintable(window.windowTitle()));
    QCOMPARE(storedSetting(*office, tc::settings::companyName), expected);
    // The editor shows the canonical (trimmed) value that was stored.
    QCOMPARE(name->text(), expected);
    QVERIFY2(child<QLabel>(window, "settingsMessage")->text().contains(QStringLiteral("Saved")),
             qPrintable(child<QLabel>(window, "settingsMessage")->text()));
}

void TestMainWindow::renamingWithNonAsciiName()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    TC_SHOW_ACTIVE(window);
    window.showSection(MainWindow::Section::CompanySettings);

    auto *name = child<QLineEdit>(window, "setting_company_name");
    QVERIFY(name);
    // QTest::keyClicks cannot type non-ASCII text: set it as an input method would.
    const QString expected = QStringLiteral("Gérance Zürich–Genève SA");
    name->setText(expected);
    QTest::mouseClick(child<QPushButton>(window, "saveSettingsButton"), Qt::LeftButton);
    QTRY_VERIFY2(window.windowTitle().contains(expected), qPrintable(window.windowTitle()));
    QCOMPARE(storedSetting(*office, tc::settings::companyName), expected);
}

void TestMainWindow::aboutDialog()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    TC_SHOW_ACTIVE(window);
    QVERIFY(!child<QDialog>(window, "aboutDialog"));

    auto *about = child<QAction>(window, "aboutAction");
    QVERIFY(about);
    QVERIFY(about->isEnabled());
    about->trigger();

    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = child<QDialog>(window, "aboutDialog")) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    QVERIFY(dialog->isVisible());
    auto *text = child<QLabel>(*dialog, "aboutText");
    QVERIFY(text);
    const QString shown = plainText(text->text());
    QVERIFY2(shown.contains(QStringLiteral(TC_VERSION)), qPrintable(shown));
    QVERIFY2(shown.contains(office->displayUrl()), qPrintable(shown));
    QVERIFY2(shown.contains(scratch.urlText()), qPrintable(shown));

    auto *close = child<QPushButton>(*dialog, "aboutCloseButton");
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // closed and deleted
    QVERIFY(!child<QDialog>(window, "aboutDialog"));
    QVERIFY(window.isVisible());
}

void TestMainWindow::remembersGeometryAndSection()
{
    TC_FILLED_OFFICE(office);
    // Small enough for the offscreen platform's 800x600 screen, which restoreGeometry() respects.
    const QSize size(770, 560);
    {
        MainWindow first(*office);
        TC_SHOW_ACTIVE(first);
        first.resize(size);
        QTRY_COMPARE(first.size(), size);
        QTest::keyClick(&first, Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(first.currentSection(), MainWindow::Section::Pinboard);
        auto *splitter = child<QSplitter>(first, "mainSplitter");
        QVERIFY(splitter);
        splitter->setSizes({88, 680});
        QTRY_COMPARE(splitter->sizes().first(), 88);
        QVERIFY(first.close());
    }

    MainWindow second(*office);
    QCOMPARE(second.currentSection(), MainWindow::Section::Tenants); // before the session is restored
    QVERIFY(second.size() != size);
    second.restoreSession();
    QCOMPARE(second.size(), size);
    QCOMPARE(second.currentSection(), MainWindow::Section::Pinboard);
    auto *stack = child<QStackedWidget>(second, "sections");
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("pinboardView"));
    QVERIFY(child<QAction>(second, "showSection3")->isChecked());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), size);
    QCOMPARE(second.currentSection(), MainWindow::Section::Pinboard);
    // The navigation pane keeps the width it was given.
    QTRY_COMPARE(child<QSplitter>(second, "mainSplitter")->sizes().first(), 88);
}

void TestMainWindow::defaultSessionWithoutStoredSettings()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    window.restoreSession();
    QCOMPARE(window.size(), QSize(1200, 760));
    QCOMPARE(window.currentSection(), MainWindow::Section::Tenants);
}

void TestMainWindow::tenantModelAndSorting()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    TenantTableModel *model = window.tenantsView()->model();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!QTest::currentTestFailed());

    QTableView *table = window.tenantsView()->table();
    QCOMPARE(table, child<QTableView>(window, "tenantTable"));
    QCOMPARE(table->model(), model);
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(TenantTableModel::Name));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

    auto id = [model](int row) { return model->index(row, 0).data(TenantTableModel::PersonIdRole).toLongLong(); };
    auto name = [model](int row) { return model->index(row, TenantTableModel::Name).data().toString(); };
    const qint64 firstAscending = id(0);
    const qint64 lastAscending = id(kTenants - 1);
    const QString firstAscendingName = name(0);
    const QString lastAscendingName = name(kTenants - 1);
    QVERIFY(firstAscending > 0);
    QVERIFY(lastAscending > 0);
    QVERIFY(firstAscendingName != lastAscendingName);

    // Name again: descending. The order is total (name, then id), so the last row comes first.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sectionCenter(header, TenantTableModel::Name));
    QTRY_COMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(TenantTableModel::Name));
    QTRY_COMPARE(id(0), lastAscending);
    QCOMPARE(name(0), lastAscendingName);
    QVERIFY(name(0) != firstAscendingName);
    QCOMPARE(id(kTenants - 1), firstAscending);
    QCOMPARE(model->rowCount(), kTenants);

    // Address is not sortable: the indicator stays where the rows really are sorted.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sectionCenter(header, TenantTableModel::Address));
    QTest::qWait(50);
    QCOMPARE(header->sortIndicatorSection(), int(TenantTableModel::Name));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(id(0), lastAscending);

    // ERP reference is sortable: ascending on the first click, and the rows follow.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sectionCenter(header, TenantTableModel::ErpRef));
    QTRY_COMPARE(header->sortIndicatorSection(), int(TenantTableModel::ErpRef));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QString previous;
    for (int row = 0; row < 20; ++row) {
        const QString erp = model->index(row, TenantTableModel::ErpRef).data().toString();
        QVERIFY2(!erp.isEmpty(), qPrintable(QStringLiteral("row %1 has no ERP reference").arg(row)));
        QVERIFY2(previous <= erp, qPrintable(QStringLiteral("%1 before %2").arg(previous, erp)));
        previous = erp;
    }

    // And an unsortable click after it snaps back to the ERP reference, not to Name.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sectionCenter(header, TenantTableModel::Address));
    QTest::qWait(50);
    QCOMPARE(header->sortIndicatorSection(), int(TenantTableModel::ErpRef));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
}

void TestMainWindow::tenantFilterRow()
{
    TC_FILLED_OFFICE(office);
    MainWindow window(*office);
    TC_SHOW_ACTIVE(window);
    // Master data is a real view now, no placeholder.
    QVERIFY(qobject_cast<tc::MasterDataView *>(child<QWidget>(window, "masterDataView")));

    TenantTableModel *model = window.tenantsView()->model();
    auto *text = child<QLineEdit>(window, "tenantFilter");
    auto *status = child<QComboBox>(window, "tenantStatusFilter");
    auto *tenancy = child<QComboBox>(window, "tenantTenancyFilter");
    auto *summary = child<QLabel>(window, "tenantSummary");
    QVERIFY(text && status && tenancy && summary);
    for (QWidget *w : {static_cast<QWidget *>(text), static_cast<QWidget *>(status), static_cast<QWidget *>(tenancy)})
        QVERIFY(!w->accessibleName().isEmpty());

    // An ERP reference.
    QTest::mouseClick(text, Qt::LeftButton);
    QTest::keyClicks(text, QStringLiteral("1000001"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TenantTableModel::ErpRef).data().toString(), QStringLiteral("1000001"));
    QVERIFY2(summary->text().contains(QStringLiteral("1 of 300")), qPrintable(summary->text()));

    // A name typed with an umlaut finds it spelt with or without one.
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Backspace);
    for (const QChar c : QStringLiteral("mül"))
        QTest::sendKeyEvent(QTest::Click, text, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    QCOMPARE(text->text(), QStringLiteral("mül"));
    QTRY_COMPARE(model->filter().text, QStringLiteral("mül")); // after the typing pause
    QVERIFY(model->rowCount() > 0 && model->rowCount() < kTenants);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, TenantTableModel::Name).data().toString();
        QVERIFY2(name.startsWith(QStringLiteral("Mül")) || name.startsWith(QStringLiteral("Mul")), qPrintable(name));
    }

    // Status and tenancy combine with the text, and without it.
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Backspace);
    QTRY_COMPARE(model->filter().text, QString());
    QCOMPARE(model->rowCount(), kTenants);
    status->setCurrentIndex(status->findData(int(tc::TenantFilter::Status::Invited)));
    QTRY_COMPARE(model->rowCount(), 0);
    status->setCurrentIndex(status->findData(int(tc::TenantFilter::Status::Imported)));
    QTRY_COMPARE(model->rowCount(), kTenants);
    tenancy->setCurrentIndex(tenancy->findData(int(tc::TenantFilter::Tenancy::Former)));
    QTRY_VERIFY(model->rowCount() > 0 && model->rowCount() < kTenants);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, TenantTableModel::Tenancy).data().toString().startsWith(QStringLiteral("moved out")));
    QVERIFY2(summary->text().contains(QStringLiteral("of 300")), qPrintable(summary->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
