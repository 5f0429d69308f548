// ImportHistoryModel and the report's table models on both databases: every recorded run newest
// first with what the history table shows, and a run's rejected rows and changes as tables.
#include "TestDatabases.h"
#include "itemmodels/ImportHistoryModel.h"
#include "itemmodels/ImportReportModels.h"
#include "services/Office.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>

using namespace tc;

namespace {

// Two good rows and one with a broken e-mail address (line 4).
const QByteArray kTenantList = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                               "last_name,email,phone,language,move_in,move_out\n"
                               "P1,Haus am See,Seestrasse 1,8002,Zürich,P1.01,Wohnung 1,T1,Anna,Muster,"
                               "anna@example.ch,044 123 45 67,de,2020-01-01,\n"
                               "P1,Haus am See,Seestrasse 1,8002,Zürich,P1.02,Wohnung 2,T2,Beat,Beispiel,,,de,2021-03-01,\n"
                               "P1,Haus am See,Seestrasse 1,8002,Zürich,P1.03,Wohnung 3,T3,Carla,Fehler,"
                               "carla@@example,,de,2022-05-01,\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestImportHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsNewestFirstWithTheirReports_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void runsNewestFirstWithTheirReports()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto opened = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        QVERIFY(opened.ok());
        std::unique_ptr<Office> office = std::move(*opened);
        QVERIFY(office->setup().initializeCompany(office->actor(), QStringLiteral("Test AG")).ok());

        ImportHistoryModel model(*office);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ImportHistoryModel::ColumnCount));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mieter.csv"));
        QVERIFY(writeFile(path, kTenantList));
        auto applied = office->imports().run(path, {});
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        QVERIFY(applied->applied());
        ImportOptions dry;
        dry.dryRun = true;
        dry.mode = ImportMode::Delta;
        auto dryRun = office->imports().run(path, dry);
        QVERIFY(dryRun.ok());

        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 2);
        // Newest first: the dry run, then the applied run.
        QCOMPARE(model.runId(0), dryRun->runId);
        QCOMPARE(model.runId(1), applied->runId);
        QCOMPARE(model.rowOfRun(applied->runId), 1);
        QCOMPARE(model.rowOfRun(-1), -1);
        QCOMPARE(model.index(1, 0).data(ImportHistoryModel::RunIdRole).toLongLong(), applied->runId);
        const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(1, ImportHistoryModel::File), QStringLiteral("mieter.csv"));
        QCOMPARE(cell(1, ImportHistoryModel::Format), QStringLiteral("tenant list"));
        QCOMPARE(cell(1, ImportHistoryModel::Mode), QStringLiteral("snapshot"));
        QCOMPARE(cell(0, ImportHistoryModel::Mode), QStringLiteral("delta"));
        QCOMPARE(cell(1, ImportHistoryModel::DryRun), QString());
        QCOMPARE(cell(0, ImportHistoryModel::DryRun), QStringLiteral("dry run"));
        QCOMPARE(cell(1, ImportHistoryModel::Status), QStringLiteral("applied"));
        QCOMPARE(model.index(1, 0).data(ImportHistoryModel::StatusKeyRole).toString(), QStringLiteral("applied"));
        QCOMPARE(cell(1, ImportHistoryModel::Who), office->actor().name);
        QCOMPARE(cell(1, ImportHistoryModel::Rejected), QStringLiteral("1"));
        QCOMPARE(cell(1, ImportHistoryModel::Counts), QStringLiteral("2 new, 0 changed, 0 moved out"));
        QCOMPARE(cell(0, ImportHistoryModel::Counts), QStringLiteral("0 new, 0 changed, 0 moved out"));
        QVERIFY(!cell(1, ImportHistoryModel::When).isEmpty());
        QVERIFY2(model.index(1, ImportHistoryModel::Counts).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Tenants")),
                 qPrintable(model.index(1, ImportHistoryModel::Counts).data(Qt::ToolTipRole).toString()));
        QVERIFY(model.index(1, ImportHistoryModel::File).data(Qt::ToolTipRole).toString().contains(applied->sourceSha256));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        // The stored report, and its lists as tables.
        auto report = model.report(1);
        QVERIFY(report.ok());
        QCOMPARE(report->runId, applied->runId);
        QCOMPARE(report->tenants.added, 2);
        QVERIFY(!model.report(7).ok());

        ImportRejectionsModel rejections;
        QAbstractItemModelTester rejectionsTester(&rejections, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rejections.setRejections(report->rejected);
        QCOMPARE(rejections.rowCount(), 1);
        QCOMPARE(rejections.index(0, ImportRejectionsModel::File).data().toString(), QStringLiteral("mieter.csv"));
        QCOMPARE(rejections.index(0, ImportRejectionsModel::Line).data().toString(), QStringLiteral("4"));
        QCOMPARE(rejections.index(0, ImportRejectionsModel::ColumnName).data().toString(), QStringLiteral("email"));
        QVERIFY(rejections.index(0, ImportRejectionsModel::Reason).data().toString().contains(QStringLiteral("carla@@example")));
        rejections.setRejections({ImportRejection{QStringLiteral("x.csv"), 0, QString(), QStringLiteral("empty")}});
        QCOMPARE(rejections.index(0, ImportRejectionsModel::Line).data().toString(), QStringLiteral("whole file"));

        ImportChangesModel changes;
        QAbstractItemModelTester changesTester(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        changes.setChanges(report->changes);
        QCOMPARE(changes.rowCount(), int(report->changes.size()));
        QVERIFY(changes.rowCount() >= 2 + 1 + 1 + 2 + 2); // tenants, property, building, units, tenancies
        QStringList names;
        for (int row = 0; row < changes.rowCount(); ++row) {
            QCOMPARE(changes.index(row, ImportChangesModel::Kind).data().toString(), QStringLiteral("added"));
            names << changes.index(row, ImportChangesModel::Name).data().toString();
        }
        QVERIFY2(names.contains(QStringLiteral("Anna Muster")) || names.contains(QStringLiteral("Muster, Anna")),
                 qPrintable(names.join(u'|')));
        for (int column = 0; column < changes.columnCount(); ++column)
            QVERIFY(!changes.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!QTest::currentTestFailed());
    }
};

QTEST_GUILESS_MAIN(TestImportHistoryModel)
#include "tst_importhistorymodel.moc"
