// The search field's model on both databases: answers arrive from the search thread, only the newest
// text's answer is shown however fast the agent types, an empty text empties the list at once, the
// rows show what the search found, and a database that cannot be reached is reported, not hidden.
#include "TestDatabases.h"
#include "itemmodels/TenantSearchModel.h"
#include "services/Office.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tc;

namespace {

const QByteArray kTenantList =
    "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,phone,"
    "language,move_in,move_out\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1001,Anna,Müller,anna@example.ch,"
    "+41 44 123 45 67,de,2019-04-01,\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 2,T-1002,Marco,Muster,,,de,2019-04-01,\n"
    "P100,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-103,Wohnung 3,T-1003,John,Smith,,,en,2018-01-01,2021-12-31\n";

std::unique_ptr<Office> officeWithTenants(const test::ScratchDatabase &scratch)
{
    const Actor manager{std::nullopt, QStringLiteral("Manager"), Role::Manager};
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, manager);
    if (!office || !(*office)->setup().initializeCompany(manager, QStringLiteral("Régie Example SA")))
        return nullptr;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kTenantList) != kTenantList.size())
        return nullptr;
    file.close();
    ImportOptions options;
    options.importDate = QDate(2024, 10, 15);
    auto report = (*office)->imports().run(path, options);
    if (!report || !report->applied())
        return nullptr;
    return std::move(*office);
}

} // namespace

class TestTenantSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestTextWins_data() { test::addBackendColumn(); test::addBackendRows(); }
    void newestTextWins()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = officeWithTenants(scratch);
        QVERIFY(office);
        TenantSearchModel model(scratch.url());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2024, 10, 15));
        QSignalSpy answered(&model, &TenantSearchModel::resultsReady);

        // Typed faster than any answer comes: every keystroke asks, the last one decides.
        const QStringList typed{QStringLiteral("m"), QStringLiteral("mu"), QStringLiteral("mül"), QStringLiteral("müll"),
                                QStringLiteral("müller")};
        for (const QString &text : typed)
            model.setQuery(text);
        QCOMPARE(model.query(), QStringLiteral("müller"));
        QVERIFY(model.isSearching());
        QTRY_COMPARE(model.answeredQuery(), QStringLiteral("müller"));
        QVERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, TenantSearchModel::Name)).toString(), QStringLiteral("Müller, Anna"));
        QCOMPARE(model.data(model.index(0, TenantSearchModel::Unit)).toString(), QStringLiteral("Wohnung 1"));
        QCOMPARE(model.data(model.index(0, TenantSearchModel::Address)).toString(),
                 QStringLiteral("Bahnhofstrasse 1, 8001 Zürich"));
        QCOMPARE(model.data(model.index(0, TenantSearchModel::OpenTickets)).toInt(), 0);
        QCOMPARE(model.data(model.index(0, 0), TenantSearchModel::PersonIdRole).toLongLong(),
                 office->tenants().idOf(QStringLiteral("T-1001")).value_or(-1));
        // No answer to an older text was shown after a newer one: the answers came in typing order and
        // the last one is the text typed last.
        QVERIFY(!answered.isEmpty());
        qsizetype previous = -1;
        for (const QList<QVariant> &answer : std::as_const(answered)) {
            const qsizetype at = typed.indexOf(answer.at(0).toString());
            QVERIFY2(at > previous, qPrintable(answer.at(0).toString()));
            previous = at;
        }
        QCOMPARE(answered.last().at(0).toString(), QStringLiteral("müller"));

        // "mu" finds both; a phone number too; a former tenant is marked.
        model.setQuery(QStringLiteral("mu"));
        QTRY_COMPARE(model.answeredQuery(), QStringLiteral("mu"));
        QCOMPARE(model.rowCount(), 2);
        model.setQuery(QStringLiteral("044 123 45 67"));
        QTRY_COMPARE(model.answeredQuery(), QStringLiteral("044 123 45 67"));
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QStringLiteral("smith"));
        QTRY_COMPARE(model.answeredQuery(), QStringLiteral("smith"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, 0), TenantSearchModel::FormerRole).toBool());
        QVERIFY(model.data(model.index(0, TenantSearchModel::Status)).toString().contains(QStringLiteral("former")));

        // Emptying the field empties the list at once, without asking the database.
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isSearching());
    }

    // A database that is not there: the search says so and the list stays as it was.
    void failureIsReported()
    {
        QTemporaryDir dir;
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"));
        QVERIFY(url);
        TenantSearchModel model(*url);
        QSignalSpy failed(&model, &TenantSearchModel::searchFailed);
        model.setQuery(QStringLiteral("muller"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isSearching());
    }
};

QTEST_GUILESS_MAIN(TestTenantSearchModel)
#include "tst_tenantsearchmodel.moc"
