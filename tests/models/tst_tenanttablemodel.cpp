// TenantTableModel on both databases: a well-behaved model (QAbstractItemModelTester), every person
// listed once in name order, tenancies described against today, sorting in SQL, paging far rows.
#include "TestDatabases.h"
#include "domain/NameFolding.h"
#include "itemmodels/TenantTableModel.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>

using namespace tc;

class TestTenantTableModel : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 6, 1};

    static std::unique_ptr<Office> openWithDemo(const test::ScratchDatabase &scratch, qint64 tenants, QDate today)
    {
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        if (!office || !(*office)->demoData().generate(tenants, today).ok())
            return nullptr;
        return std::move(*office);
    }

private Q_SLOTS:
    void modelTester_data() { test::addBackendColumn(); test::addBackendRows(); }
    void modelTester()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 700, m_today);
        QVERIFY(office);
        TenantTableModel model(office->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(m_today);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 700);
        QCOMPARE(model.columnCount(), int(TenantTableModel::ColumnCount));
        model.sort(TenantTableModel::ErpRef, Qt::DescendingOrder);
        model.sort(TenantTableModel::Name, Qt::AscendingOrder);
        QVERIFY(model.reload().ok());
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void everyPersonOnceInNameOrder_data() { test::addBackendColumn(); test::addBackendRows(); }
    void everyPersonOnceInNameOrder()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 650, m_today); // more than three pages
        QVERIFY(office);
        TenantTableModel model(office->database());
        model.setToday(m_today);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 650);

        QSet<qint64> ids;
        QString previousKey;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row, 0).data(TenantTableModel::PersonIdRole).toLongLong();
            QVERIFY(id > 0);
            ids.insert(id);
            const QString name = model.index(row, TenantTableModel::Name).data().toString();
            QVERIFY(!name.isEmpty());
            auto person = office->database().exec(QStringLiteral("SELECT last_name, first_name FROM persons WHERE id = ?"), {id});
            QVERIFY(person.ok() && person->next());
            const QString last = person->value(0).toString();
            QVERIFY2(name.startsWith(last), qPrintable(name));
            // Alphabetical, with case, accents and apostrophes ignored: "Bärbel" before "Brigitte",
            // "de Rham" among the Ds, "D'Amico" as "Damico".
            const QString key = nameSortKey(last, person->value(1).toString());
            QVERIFY2(previousKey.isEmpty() || previousKey <= key, qPrintable(previousKey + QStringLiteral(" > ") + key));
            previousKey = key;
        }
        QCOMPARE(ids.size(), 650);

        // A row far down reads its own page, and the ERP reference matches the person.
        const QModelIndex far = model.index(640, TenantTableModel::ErpRef);
        const qint64 id = far.data(TenantTableModel::PersonIdRole).toLongLong();
        QCOMPARE(far.data().toString(),
                 office->database().scalar(QStringLiteral("SELECT erp_ref FROM persons WHERE id = ?"), {id})->toString());
    }

    void sortsByErpReference_data() { test::addBackendColumn(); test::addBackendRows(); }
    void sortsByErpReference()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 300, m_today);
        QVERIFY(office);
        TenantTableModel model(office->database());
        QVERIFY(model.reload().ok());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(TenantTableModel::ErpRef, Qt::DescendingOrder);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.index(0, TenantTableModel::ErpRef).data().toString(), QStringLiteral("1000300"));
        QCOMPARE(model.index(299, TenantTableModel::ErpRef).data().toString(), QStringLiteral("1000001"));
        // Columns without an index do not sort (and do not reset the view).
        model.sort(TenantTableModel::Address, Qt::AscendingOrder);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.index(0, TenantTableModel::ErpRef).data().toString(), QStringLiteral("1000300"));
    }

    void describesTenancies_data() { test::addBackendColumn(); test::addBackendRows(); }
    void describesTenancies()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 1200, m_today);
        QVERIFY(office);
        TenantTableModel model(office->database());
        model.setToday(m_today);
        QVERIFY(model.reload().ok());
        QSet<QString> kinds;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString tenancy = model.index(row, TenantTableModel::Tenancy).data().toString();
            kinds << tenancy.section(u' ', 0, 1);
            QVERIFY(!model.index(row, TenantTableModel::Unit).data().toString().isEmpty());
            QVERIFY(model.index(row, TenantTableModel::Address).data().toString().contains(u','));
            QCOMPARE(model.index(row, TenantTableModel::Status).data().toString(), QStringLiteral("imported"));
        }
        QVERIFY(kinds.contains(QStringLiteral("current")));
        QVERIFY(kinds.contains(QStringLiteral("moving in")));
        QVERIFY(kinds.contains(QStringLiteral("moved out")));
        QVERIFY(kinds.contains(QStringLiteral("moving out")));

        // A future tenant's row says when they move in, from their own tenancy.
        auto future = office->database().exec(QStringLiteral(
            "SELECT tp.person_id, t.start_date FROM tenancies t JOIN tenancy_persons tp ON tp.tenancy_id = t.id "
            "WHERE t.start_date > ? ORDER BY tp.person_id LIMIT 1"), {m_today});
        QVERIFY(future.ok() && future->next());
        const qint64 futureId = future->value(0).toLongLong();
        bool found = false;
        for (int row = 0; row < model.rowCount() && !found; ++row) {
            if (model.index(row, 0).data(TenantTableModel::PersonIdRole).toLongLong() == futureId) {
                found = true;
                QVERIFY(model.index(row, TenantTableModel::Tenancy).data().toString().startsWith(QStringLiteral("moving in")));
                QVERIFY(model.index(row, TenantTableModel::Email).data().toString().isEmpty());
            }
        }
        QVERIFY(found);
    }

    void prefixNamesSortTheSameOnBothDatabases_data() { test::addBackendColumn(); test::addBackendRows(); }
    void prefixNamesSortTheSameOnBothDatabases()
    {
        // Names where one is the start of another: a collation that ignores the separator in the
        // sort key would put "Meierhans, Anna" before "Meier, Zoë".
        TC_SCRATCH_DATABASE(scratch);
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        QVERIFY(office.ok());
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("Frei"), QStringLiteral("Urs")},        {QStringLiteral("Freiburghaus"), QStringLiteral("Anna")},
            {QStringLiteral("Meier"), QStringLiteral("Zoë")},       {QStringLiteral("Meierhans"), QStringLiteral("Anna")},
            {QStringLiteral("Roth"), QStringLiteral("Zeno")},       {QStringLiteral("Rothen"), QStringLiteral("Ädu")},
            {QStringLiteral("Rothenbühler"), QStringLiteral("Beat")},
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int ref = 0;
        // Inserted in reverse, so that insertion order cannot pass for sorting.
        for (auto it = expected.crbegin(); it != expected.crend(); ++it) {
            QVERIFY((*office)->database()
                        .exec(QStringLiteral("INSERT INTO persons (erp_ref, first_name, last_name, sort_name, created_at, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                              {QStringLiteral("R%1").arg(++ref), it->second, it->first, nameSortKey(it->first, it->second), now, now})
                        .ok());
        }
        TenantTableModel model((*office)->database());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, TenantTableModel::Name).data().toString(),
                     QStringLiteral("%1, %2").arg(expected.at(row).first, expected.at(row).second));
        }
    }

    void reloadSeesNewRowsAndReportsFailures()
    {
        test::ScratchDatabase scratch(test::Backend::SQLite);
        auto office = openWithDemo(scratch, 20, m_today);
        QVERIFY(office);
        TenantTableModel model(office->database());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 20);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(office->database()
                    .exec(QStringLiteral("INSERT INTO persons (erp_ref, first_name, last_name, sort_name, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                          {QStringLiteral("X-1"), QStringLiteral("Zoë"), QStringLiteral("Aebi"),
                           nameSortKey(QStringLiteral("Aebi"), QStringLiteral("Zoë")), now, now})
                    .ok());
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.index(0, TenantTableModel::Name).data().toString(), QStringLiteral("Aebi, Zoë"));
        QVERIFY(model.index(0, TenantTableModel::Unit).data().toString().isEmpty()); // no tenancy yet

        // The table disappears under the model: reading fails loudly, not with made-up rows.
        QVERIFY(office->database().exec(QStringLiteral("ALTER TABLE persons RENAME TO persons_gone")).ok());
        TenantTableModel broken(office->database());
        QVERIFY(!broken.reload().ok());
        QCOMPARE(broken.rowCount(), 0);

        // A table that was read, then vanished: reading a page fails once, loudly, and the view's
        // many cells do not each query again.
        QSignalSpy failures(&model, &TenantTableModel::loadFailed);
        model.sort(TenantTableModel::ErpRef, Qt::AscendingOrder); // forgets the cached pages
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(model.index(row, column).data().toString().isEmpty());
        }
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().first().toString().contains(QStringLiteral("persons")));
        // Once the table is back, reload() reads again.
        QVERIFY(office->database().exec(QStringLiteral("ALTER TABLE persons_gone RENAME TO persons")).ok());
        model.sort(TenantTableModel::Name, Qt::AscendingOrder);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.index(0, TenantTableModel::Name).data().toString(), QStringLiteral("Aebi, Zoë"));
    }
};

QTEST_GUILESS_MAIN(TestTenantTableModel)
#include "tst_tenanttablemodel.moc"
