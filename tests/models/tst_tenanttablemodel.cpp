// TenantTableModel on both databases: a well-behaved model (QAbstractItemModelTester), every person
// listed once in name order, tenancies described against today, sorting in SQL, paging far rows, and
// the filter (name, reference or e-mail; status; current or former) done in SQL with counts that
// stop at a cap where no index answers them.
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

    void filterByNameReferenceOrEmail_data() { test::addBackendColumn(); test::addBackendRows(); }
    void filterByNameReferenceOrEmail()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        QVERIFY(office.ok());
        struct Person
        {
            const char *ref;
            QString last;
            QString first;
            const char *email;
        };
        const QList<Person> people{
            {"A-100", QStringLiteral("Müller"), QStringLiteral("Anna"), "anna.mueller@example.ch"},
            {"A-101", QStringLiteral("Muller"), QStringLiteral("Beat"), nullptr},
            {"A-200", QStringLiteral("Mülleri"), QStringLiteral("Carla"), nullptr},
            {"B-200", QStringLiteral("Dell'Acqua"), QStringLiteral("Marie"), "marie@example.it"},
            {"B-300", QStringLiteral("Meier"), QStringLiteral("Anna"), nullptr},
            {"B-301", QStringLiteral("Meier"), QStringLiteral("Zoë"), nullptr},
            {"B-302", QStringLiteral("Meierhans"), QStringLiteral("Urs"), nullptr},
            {"Ber-7", QStringLiteral("Zimmermann"), QStringLiteral("Ida"), nullptr},
            {"X-9", QStringLiteral("Berger"), QStringLiteral("Tom"), nullptr},
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Person &p : people) {
            QVERIFY((*office)->database()
                        .exec(QStringLiteral("INSERT INTO persons (erp_ref, first_name, last_name, sort_name, email, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {QString::fromLatin1(p.ref), p.first, p.last, nameSortKey(p.last, p.first),
                               p.email ? QVariant(QString::fromLatin1(p.email)) : QVariant(QMetaType::fromType<QString>()),
                               now, now})
                        .ok());
        }
        TenantTableModel model((*office)->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), int(people.size()));
        const auto names = [&model] {
            QStringList list;
            for (int row = 0; row < model.rowCount(); ++row)
                list << model.index(row, TenantTableModel::Name).data().toString();
            return list;
        };
        const auto filtered = [&](const QString &text) {
            TenantFilter filter;
            filter.text = text;
            auto s = model.setFilter(filter);
            return s ? names() : QStringList{QStringLiteral("error: ") + s.error().message};
        };
        // Names: folded like sort_name (case, accents, apostrophes), in name order.
        const QStringList muellers{QStringLiteral("Müller, Anna"), QStringLiteral("Muller, Beat"),
                                   QStringLiteral("Mülleri, Carla")};
        QCOMPARE(filtered(QStringLiteral("müll")), muellers);
        QCOMPARE(filtered(QStringLiteral("MULLER")), muellers);
        QCOMPARE(filtered(QStringLiteral("  muller ")), muellers);
        QCOMPARE(filtered(QStringLiteral("dell'a")), QStringList{QStringLiteral("Dell'Acqua, Marie")});
        QCOMPARE(filtered(QStringLiteral("Della")), QStringList{QStringLiteral("Dell'Acqua, Marie")});
        QCOMPARE(filtered(QStringLiteral("meier")),
                 (QStringList{QStringLiteral("Meier, Anna"), QStringLiteral("Meier, Zoë"), QStringLiteral("Meierhans, Urs")}));
        // "Last, First": the first name narrows within the last name.
        QCOMPARE(filtered(QStringLiteral("Meier, Z")), QStringList{QStringLiteral("Meier, Zoë")});
        QCOMPARE(filtered(QStringLiteral("meier,")), (QStringList{QStringLiteral("Meier, Anna"), QStringLiteral("Meier, Zoë")}));
        // ERP references: a prefix, as written.
        QCOMPARE(filtered(QStringLiteral("A-10")), (QStringList{QStringLiteral("Müller, Anna"), QStringLiteral("Muller, Beat")}));
        QCOMPARE(filtered(QStringLiteral("B-2")), QStringList{QStringLiteral("Dell'Acqua, Marie")});
        // A text that starts both a name and a reference finds both, still in name order.
        QCOMPARE(filtered(QStringLiteral("Ber")), (QStringList{QStringLiteral("Berger, Tom"), QStringLiteral("Zimmermann, Ida")}));
        // E-mail: the whole address, in any case.
        QCOMPARE(filtered(QStringLiteral("Anna.Mueller@Example.CH")), QStringList{QStringLiteral("Müller, Anna")});
        QCOMPARE(filtered(QStringLiteral("anna.mueller@")), QStringList{});
        // Nothing, and characters that are neither names nor references.
        QCOMPARE(filtered(QStringLiteral("zz")), QStringList{});
        QCOMPARE(filtered(QStringLiteral("'")), QStringList{});
        QCOMPARE(filtered(QStringLiteral("%")), QStringList{});
        QCOMPARE(model.totalCount(), int(people.size()));
        // Sorting keeps the filter.
        QCOMPARE(filtered(QStringLiteral("meier")).size(), 3);
        model.sort(TenantTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("Meierhans, Urs"), QStringLiteral("Meier, Zoë"), QStringLiteral("Meier, Anna")}));
        QCOMPARE(filtered(QString()).size(), people.size());
        QVERIFY(!QTest::currentTestFailed());
    }

    void filterByStatusAndTenancy_data() { test::addBackendColumn(); test::addBackendRows(); }
    void filterByStatusAndTenancy()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 700, m_today);
        QVERIFY(office);
        const Database &db = office->database();
        // One alias and one invited tenant, so each status has someone.
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET is_alias = TRUE WHERE erp_ref = '1000005'")).ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET status = 'invited' WHERE erp_ref IN ('1000007', '1000008')")).ok());
        TenantTableModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(m_today);
        QVERIFY(model.reload().ok());
        const auto count = [&db](const QString &where, const QVariantList &bindings = {}) {
            return int(db.scalar(QStringLiteral("SELECT count(*) FROM persons p WHERE retired_at IS NULL AND ") + where,
                                 bindings)
                           ->toLongLong());
        };
        const QString open = QStringLiteral("EXISTS (SELECT 1 FROM tenancy_persons tp JOIN tenancies t ON t.id = tp.tenancy_id "
                                            "WHERE tp.person_id = p.id AND (t.end_date IS NULL OR t.end_date >= ?))");
        const QString any = QStringLiteral("EXISTS (SELECT 1 FROM tenancy_persons tp WHERE tp.person_id = p.id)");

        TenantFilter filter;
        filter.tenancy = TenantFilter::Tenancy::Current;
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), count(open, {m_today}));
        QVERIFY(!model.isCountCapped());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString tenancy = model.index(row, TenantTableModel::Tenancy).data().toString();
            QVERIFY2(!tenancy.startsWith(QStringLiteral("moved out")), qPrintable(tenancy));
        }
        filter.tenancy = TenantFilter::Tenancy::Former;
        QVERIFY(model.setFilter(filter).ok());
        const int former = count(QStringLiteral("NOT ") + open + QStringLiteral(" AND ") + any, {m_today});
        QVERIFY(former > 0);
        QCOMPARE(model.rowCount(), former);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString tenancy = model.index(row, TenantTableModel::Tenancy).data().toString();
            QVERIFY2(tenancy.startsWith(QStringLiteral("moved out")), qPrintable(tenancy));
        }
        QCOMPARE(model.totalCount(), 700);

        filter = {};
        filter.status = TenantFilter::Status::Alias;
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TenantTableModel::ErpRef).data().toString(), QStringLiteral("1000005"));
        QCOMPARE(model.index(0, TenantTableModel::Status).data().toString(), QStringLiteral("alias"));
        filter.status = TenantFilter::Status::Invited;
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), 2);
        filter.status = TenantFilter::Status::Registered;
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), 0);
        filter.status = TenantFilter::Status::Imported;
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), 700 - 3);
        // Status, tenancy and text together.
        filter.tenancy = TenantFilter::Tenancy::Current;
        filter.text = QStringLiteral("10001");
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), count(QStringLiteral("erp_ref LIKE '10001%' AND status = 'imported' AND NOT is_alias AND ") + open,
                                         {m_today}));
        QVERIFY(!QTest::currentTestFailed());
    }

    void cappedCountsGrowAsTheViewScrolls_data() { test::addBackendColumn(); test::addBackendRows(); }
    void cappedCountsGrowAsTheViewScrolls()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 700, m_today);
        QVERIFY(office);
        TenantTableModel model(office->database());
        model.setCountStep(250);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(m_today);
        QVERIFY(model.reload().ok());
        QVERIFY(!model.canFetchMore({})); // no filter: counted exactly
        TenantFilter filter;
        filter.status = TenantFilter::Status::Imported;
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(model.isCountCapped());
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 250);
        QCOMPARE(inserted.first().at(2).toInt(), 499);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 700);
        QVERIFY(!model.isCountCapped());
        QVERIFY(!model.canFetchMore({}));
        // Rows past the first cap read like any other.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(TenantTableModel::PersonIdRole).toLongLong();
        QCOMPARE(ids.size(), 700);
        QVERIFY(!QTest::currentTestFailed());
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
