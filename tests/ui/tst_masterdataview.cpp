// tst_masterdataview: the Master data section driven like a user does, on SQLite and on PostgreSQL:
// the property tree with its filter and detail pane, tenants opened from it, the Import button that
// stays hidden until the wizard is wired, and the import history with each run's report, read again
// on F5.
#include "MainWindow.h"
#include "MasterDataView.h"
#include "TenantDetailDialog.h"
#include "TestDatabases.h"
#include "itemmodels/ImportHistoryModel.h"
#include "itemmodels/MasterDataModel.h"
#include "services/Office.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using tc::MasterDataModel;
using tc::MasterDataView;

namespace {

const QDate kToday(2026, 6, 1);

tc::Result<std::unique_ptr<tc::Office>> openFilledOffice(const tc::DatabaseUrl &url)
{
    auto office = tc::Office::open(url, tc::SchemaPolicy::Migrate, tc::Actor::localOwner());
    if (!office)
        return office.error();
    if (auto s = (*office)->setup().initializeCompany((*office)->actor(), QStringLiteral("Test AG")); !s)
        return s.error();
    if (auto counts = (*office)->demoData().generate(400, kToday, {}); !counts)
        return counts.error();
    return std::move(*office);
}

// A tenant list with two good rows and one bad e-mail address (line 4).
tc::Result<tc::ImportReport> importTenantList(const tc::Office &office, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("neue-mieter.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tc::Error::internal(QStringLiteral("cannot write %1").arg(path));
    file.write("property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,"
               "phone,language,move_in,move_out\n"
               "9001,Aarhof,Seestrasse 1,8002,Zürich,9001.01,Wohnung 1,T1,Anna,Aebi,anna@example.ch,,de,2020-01-01,\n"
               "9001,Aarhof,Seestrasse 1,8002,Zürich,9001.02,Wohnung 2,T2,Beat,Aeschbacher,,,de,2021-03-01,\n"
               "9001,Aarhof,Seestrasse 1,8002,Zürich,9001.03,Wohnung 3,T3,Carla,Fehler,carla@@example,,de,2022-05-01,\n");
    file.close();
    tc::ImportOptions options;
    options.mode = tc::ImportMode::Delta;
    return office.imports().run(path, options);
}

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

// The text of the fact row whose value label has this accessible name (the fact's label).
QString fact(const MasterDataView &view, const QString &label)
{
    const auto labels = child<QWidget>(view, "detailFacts")->findChildren<QLabel *>();
    for (const QLabel *value : labels) {
        if (value->accessibleName() == label)
            return value->text();
    }
    return QStringLiteral("<no fact %1>").arg(label);
}

void clickRow(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

// A double-click as the platform delivers it: press, release, double-click, release. (QTest::mouseDClick
// alone sends only the double-click event, which item views take for a first press.)
void doubleClick(QWidget *widget, QPoint pos)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

void backends()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

} // namespace

#define TC_FILLED_OFFICE(office)                                                                        \
    TC_SCRATCH_DATABASE(scratch);                                                                       \
    auto office##Opened = openFilledOffice(scratch.url());                                              \
    QVERIFY2(office##Opened.ok(), office##Opened.ok() ? "" : qPrintable(office##Opened.error().message)); \
    std::unique_ptr<tc::Office> office = std::move(*office##Opened);

#define TC_SHOW(widget)                                                                                 \
    (widget).resize(1100, 760);                                                                         \
    (widget).show();                                                                                    \
    QVERIFY(QTest::qWaitForWindowExposed(&(widget)));                                                   \
    (widget).activateWindow();                                                                          \
    QVERIFY(QTest::qWaitForWindowActive(&(widget)));

class TestMasterDataView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenantCockpitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_masterdataview"));
    }

    void treeSummaryAndImportButton_data() { backends(); }
    void treeSummaryAndImportButton()
    {
        TC_FILLED_OFFICE(office);
        MasterDataView view(*office);
        TC_SHOW(view);
        auto *tree = child<QTreeView>(view, "masterDataTree");
        QVERIFY(tree);
        QCOMPARE(tree->model(), view.model());
        const qint64 properties = office->database().scalar(QStringLiteral("SELECT count(*) FROM properties"))->toLongLong();
        QCOMPARE(view.model()->propertyCount(), properties);
        QCOMPARE(tree->model()->rowCount(), int(properties));
        auto *summary = child<QLabel>(view, "masterDataSummary");
        QVERIFY2(summary->text().contains(QString::number(properties)), qPrintable(summary->text()));
        QVERIFY(!child<QLabel>(view, "masterDataError")->isVisible());
        QCOMPARE(child<QLabel>(view, "detailTitle")->text(), QStringLiteral("Nothing selected"));

        // No wizard yet: no button. The wizard's author switches it on and gets the signal.
        auto *import = child<QPushButton>(view, "importButton");
        QVERIFY(import);
        QVERIFY(!import->isVisible());
        QVERIFY(!view.isImportAvailable());
        QSignalSpy requested(&view, &MasterDataView::importRequested);
        view.setImportAvailable(true);
        QVERIFY(import->isVisible());
        QVERIFY(!import->accessibleName().isEmpty());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        view.setImportAvailable(false);
        QVERIFY(!import->isVisible());
    }

    void filterNarrowsTheTree_data() { backends(); }
    void filterNarrowsTheTree()
    {
        TC_FILLED_OFFICE(office);
        MasterDataView view(*office);
        TC_SHOW(view);
        auto *tree = child<QTreeView>(view, "masterDataTree");
        auto *filter = child<QLineEdit>(view, "propertyFilter");
        QVERIFY(filter);
        QVERIFY(!filter->accessibleName().isEmpty());
        const int all = tree->model()->rowCount();
        QVERIFY(all > 1);

        QTest::mouseClick(filter, Qt::LeftButton);
        QTest::keyClicks(filter, QStringLiteral("1001"));
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, MasterDataModel::ErpRef).data().toString(), QStringLiteral("1001"));
        QVERIFY2(child<QLabel>(view, "masterDataSummary")->text().contains(QStringLiteral("matching")),
                 qPrintable(child<QLabel>(view, "masterDataSummary")->text()));

        // A name prefix in lower case; Enter filters without waiting.
        const QString name = office->database().scalar(QStringLiteral("SELECT name FROM properties WHERE erp_ref = '1002'"))->toString();
        const QString word = name.section(u' ', 0, 0);
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        filter->setText(word.toLower()); // the word may hold letters keyClicks cannot type
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(tree->model()->rowCount() >= 1);
        for (int row = 0; row < tree->model()->rowCount(); ++row)
            QVERIFY(tree->model()->index(row, 0).data().toString().startsWith(word, Qt::CaseInsensitive));

        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QTRY_COMPARE(tree->model()->rowCount(), all);
    }

    void detailPaneFollowsTheSelection_data() { backends(); }
    void detailPaneFollowsTheSelection()
    {
        TC_FILLED_OFFICE(office);
        MasterDataView view(*office);
        view.setToday(kToday);
        TC_SHOW(view);
        auto *tree = child<QTreeView>(view, "masterDataTree");
        MasterDataModel *model = view.model();

        const QModelIndex property = model->index(0, 0);
        clickRow(tree, property);
        QTRY_COMPARE(child<QLabel>(view, "detailTitle")->text(), property.data().toString());
        tc::PlaceCounts counts = office->masterData().property(MasterDataModel::id(property), kToday)->counts;
        QCOMPARE(fact(view, QStringLiteral("Buildings")), QString::number(counts.buildings));
        QCOMPARE(fact(view, QStringLiteral("Current tenants")), QString::number(counts.currentTenants));
        QVERIFY(child<QLabel>(view, "detailSubtitle")->text().contains(property.siblingAtColumn(MasterDataModel::ErpRef).data().toString()));
        QVERIFY(!child<QTreeWidget>(view, "detailTenants")->isVisible());

        // The keyboard opens the property: its buildings are read then.
        QCOMPARE(model->rowCount(property), 0);
        QTest::keyClick(tree, Qt::Key_Right);
        QTRY_VERIFY(model->rowCount(property) > 0);
        const QModelIndex building = model->index(0, 0, property);
        clickRow(tree, building);
        QTRY_COMPARE(child<QLabel>(view, "detailTitle")->text(), building.data().toString());
        QCOMPARE(fact(view, QStringLiteral("Address")), building.siblingAtColumn(MasterDataModel::Address).data().toString());

        tree->expand(building);
        QTRY_VERIFY(model->rowCount(building) > 0);
        // A unit with a tenancy: its tenants are listed, and a double-click opens one.
        QModelIndex unit;
        for (int row = 0; row < model->rowCount(building) && !unit.isValid(); ++row) {
            if (model->hasChildren(model->index(row, 0, building)))
                unit = model->index(row, 0, building);
        }
        QVERIFY(unit.isValid());
        clickRow(tree, unit);
        QTRY_COMPARE(child<QLabel>(view, "detailTitle")->text(), unit.data().toString());
        auto *tenants = child<QTreeWidget>(view, "detailTenants");
        QVERIFY(tenants->isVisible());
        QVERIFY(tenants->topLevelItemCount() > 0);
        QVERIFY(child<QLabel>(view, "detailHint")->isVisible());
        QTreeWidgetItem *first = tenants->topLevelItem(0);
        const qint64 person = first->data(0, Qt::UserRole).toLongLong();
        QVERIFY(person > 0);
        const QRect rect = tenants->visualItemRect(first);
        doubleClick(tenants->viewport(), rect.center());
        QPointer<tc::TenantDetailDialog> dialog;
        QTRY_VERIFY((dialog = child<tc::TenantDetailDialog>(view, "tenantDetailDialog")) != nullptr);
        QCOMPARE(dialog->personId(), person);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull()); // closed and deleted

        // A tenancy: Enter opens its tenant.
        tree->expand(unit);
        QTRY_VERIFY(model->rowCount(unit) > 0);
        const QModelIndex tenancy = model->index(0, 0, unit);
        clickRow(tree, tenancy);
        QTRY_VERIFY(child<QLabel>(view, "detailSubtitle")->text().startsWith(QStringLiteral("Tenancy")));
        QVERIFY(!fact(view, QStringLiteral("State")).startsWith(u'<'));
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_VERIFY((dialog = child<tc::TenantDetailDialog>(view, "tenantDetailDialog")) != nullptr);
        QCOMPARE(dialog->personId(), tenancy.data(MasterDataModel::PersonIdsRole).toList().first().toLongLong());
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void importHistoryWithReports_data() { backends(); }
    void importHistoryWithReports()
    {
        TC_FILLED_OFFICE(office);
        MasterDataView view(*office);
        TC_SHOW(view);
        view.showTab(MasterDataView::Tab::ImportHistory);
        auto *table = child<QTableView>(view, "importHistoryTable");
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(view, "importHistoryEmpty")->isVisible());

        QTemporaryDir dir;
        auto imported = importTenantList(*office, dir);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QVERIFY(imported->applied());
        view.reload();
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(!child<QLabel>(view, "importHistoryEmpty")->isVisible());
        // The newest run is selected and its report shown.
        QCOMPARE(table->currentIndex().row(), 0);
        const QString summary = child<QLabel>(view, "importReportSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("neue-mieter.csv")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("applied")), qPrintable(summary));
        QVERIFY(child<QLabel>(view, "importReportCounts")->text().contains(QStringLiteral("Tenants")));
        auto *rejected = child<QTableView>(view, "rejectedRowsTable");
        QCOMPARE(rejected->model()->rowCount(), 1);
        QCOMPARE(rejected->model()->index(0, 1).data().toString(), QStringLiteral("4"));
        QCOMPARE(rejected->model()->index(0, 2).data().toString(), QStringLiteral("email"));
        auto *changes = child<QTableView>(view, "importChangesTable");
        QCOMPARE(changes->model()->rowCount(), int(imported->changes.size()));
        auto *tabs = child<QTabWidget>(view, "importReportTabs");
        QCOMPARE(tabs->currentIndex(), 0); // the rejected rows first: they need attention
        QCOMPARE(tabs->tabText(0), QStringLiteral("Rejected rows (1)"));
        QVERIFY(tabs->tabText(1).startsWith(QStringLiteral("Changes (")));

        // A second run; the table follows, and selecting a row shows that run's report.
        tc::ImportOptions dry;
        dry.dryRun = true;
        auto dryRun = office->imports().run(dir.filePath(QStringLiteral("neue-mieter.csv")), dry);
        QVERIFY(dryRun.ok());
        view.reload();
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->currentIndex().row(), 1); // the run selected before stays selected
        const QRect newest = table->visualRect(table->model()->index(0, tc::ImportHistoryModel::File));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, newest.center());
        QTRY_VERIFY(child<QLabel>(view, "importReportSummary")->text().contains(QStringLiteral("dry run")));
        QVERIFY(view.showImportRun(imported->runId));
        QCOMPARE(table->currentIndex().row(), 1);
        QVERIFY(!view.showImportRun(987654));
    }

    void f5ReadsEverythingAgain_data() { backends(); }
    void f5ReadsEverythingAgain()
    {
        TC_FILLED_OFFICE(office);
        tc::MainWindow window(*office);
        TC_SHOW(window);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window.currentSection(), tc::MainWindow::Section::MasterData);
        MasterDataView *view = window.masterDataView();
        QCOMPARE(child<MasterDataView>(window, "masterDataView"), view);
        const qint64 before = view->model()->propertyCount();
        QCOMPARE(view->historyModel()->rowCount(), 0);

        QTemporaryDir dir;
        auto imported = importTenantList(*office, dir);
        QVERIFY(imported.ok());
        QCOMPARE(view->model()->propertyCount(), before); // nothing reads by itself
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE(view->model()->propertyCount(), before + 1);
        QCOMPARE(view->historyModel()->rowCount(), 1);
        // The imported property sorts first ("Aarhof"); its tenants are there too.
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Aarhof"));
    }
};

QTEST_MAIN(TestMasterDataView)
#include "tst_masterdataview.moc"
