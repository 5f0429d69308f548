// MasterDataModel and the MasterData facts on both databases: a well-behaved lazy tree
// (QAbstractItemModelTester walks all of it), properties in pages of 200 by name with ties broken by
// id, children read only when asked for, tenancies judged against today, the filter done in SQL, and
// failures reported instead of made-up rows.
#include "TestDatabases.h"
#include "itemmodels/MasterDataModel.h"
#include "services/Office.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tc;

namespace {

const QDate kToday(2026, 6, 1);

std::unique_ptr<Office> openWithDemo(const test::ScratchDatabase &scratch, qint64 tenants)
{
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
    if (!office || !(*office)->demoData().generate(tenants, kToday, {}).ok())
        return nullptr;
    return std::move(*office);
}

qint64 scalar(const Office &office, const QString &sql, const QVariantList &bindings = {})
{
    auto value = office.database().scalar(sql, bindings);
    return value ? value->toLongLong() : -1;
}

// The properties in the order the database itself sorts them by name (its collation), then id.
QList<qint64> propertiesByName(const Office &office)
{
    QList<qint64> ids;
    auto query = office.database().exec(QStringLiteral("SELECT id FROM properties ORDER BY name, id"));
    while (query && query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

void backends()
{
    test::addBackendColumn();
    test::addBackendRows();
}

} // namespace

class TestMasterDataModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterWalksTheWholeTree_data() { backends(); }
    void modelTesterWalksTheWholeTree()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 300);
        QVERIFY(office);
        MasterDataModel model(office->database());
        model.setToday(kToday);
        // The tester fetches every node's children (checkChildren), so it walks the whole tree.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(model.columnCount(), int(MasterDataModel::ColumnCount));
        QCOMPARE(model.propertyCount(), scalar(*office, QStringLiteral("SELECT count(*) FROM properties")));
        QCOMPARE(model.rowCount(), int(model.propertyCount()));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(model.setFilter(QStringLiteral("10")).ok());
        QVERIFY(model.setFilter(QString()).ok());
        QVERIFY(!QTest::currentTestFailed());
    }

    void propertiesInPagesByName_data() { backends(); }
    void propertiesInPagesByName()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto opened = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        QVERIFY(opened.ok());
        std::unique_ptr<Office> office = std::move(*opened);
        // 450 properties, inserted out of order, with a run of equal names across the first page's end:
        // paging by name alone would repeat or lose some of them.
        {
            auto tx = Transaction::begin(office->database());
            QVERIFY(tx.ok());
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            for (int i = 449; i >= 0; --i) {
                const QString name = i >= 195 && i < 206 ? QStringLiteral("Haus %1").arg(195, 3, 10, QLatin1Char('0'))
                                                         : QStringLiteral("Haus %1").arg(i, 3, 10, QLatin1Char('0'));
                QVERIFY(office->database()
                            .exec(QStringLiteral("INSERT INTO properties (erp_ref, name, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?)"),
                                  {QStringLiteral("P%1").arg(i), name, now, now})
                            .ok());
            }
            QVERIFY(tx->commit().ok());
        }
        MasterDataModel model(office->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.propertyCount(), 450);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 200);
        QCOMPARE(inserted.first().at(2).toInt(), 399);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing more: no query, no signal
        QCOMPARE(inserted.size(), 2);

        const QList<qint64> expected = propertiesByName(*office);
        QCOMPARE(expected.size(), 450);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(MasterDataModel::id(index), expected.at(row));
            QCOMPARE(MasterDataModel::kind(index), MasterDataModel::Kind::Property);
            QVERIFY(!model.hasChildren(index)); // no buildings
        }

        // The list to choose a property from (the issue view's filter): the same order, cut at its limit.
        auto listed = office->masterData().properties(300);
        QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().message));
        QCOMPARE(listed->size(), 300);
        for (int i = 0; i < listed->size(); ++i) {
            QCOMPARE(listed->at(i).id, expected.at(i));
            QCOMPARE(listed->at(i).name, model.index(i, MasterDataModel::Name).data().toString());
            QCOMPARE(listed->at(i).erpRef, model.index(i, MasterDataModel::ErpRef).data().toString());
        }
        QCOMPARE(office->masterData().properties(1000)->size(), 450);
        QVERIFY(!QTest::currentTestFailed());
    }

    void childrenOnlyWhenAskedFor_data() { backends(); }
    void childrenOnlyWhenAskedFor()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 400);
        QVERIFY(office);
        MasterDataModel model(office->database());
        model.setToday(kToday);
        QVERIFY(model.reload().ok());
        const QModelIndex property = model.index(0, 0);
        const qint64 propertyId = MasterDataModel::id(property);
        QVERIFY(model.hasChildren(property));
        QCOMPARE(model.rowCount(property), 0); // not read yet
        QVERIFY(model.canFetchMore(property));
        QVERIFY(!model.canFetchMore(model.index(0, 1))); // only the first column has children
        QVERIFY(!model.hasChildren(model.index(0, 1)));
        model.fetchMore(property);
        QCOMPARE(model.rowCount(property),
                 int(scalar(*office, QStringLiteral("SELECT count(*) FROM buildings WHERE property_id = ?"), {propertyId})));
        QVERIFY(!model.canFetchMore(property));
        QVERIFY(model.index(0, MasterDataModel::Details, property).data().toString().contains(QStringLiteral("Units")));

        // Every level down to the tenancies, with what each shows.
        const QModelIndex building = model.index(0, 0, property);
        QCOMPARE(MasterDataModel::kind(building), MasterDataModel::Kind::Building);
        QCOMPARE(model.parent(building), property);
        QVERIFY(model.index(0, MasterDataModel::Address, property).data().toString().contains(u','));
        model.fetchMore(building);
        const qint64 buildingId = MasterDataModel::id(building);
        QCOMPARE(model.rowCount(building),
                 int(scalar(*office, QStringLiteral("SELECT count(*) FROM units WHERE building_id = ?"), {buildingId})));
        QSet<int> states;
        QSet<qint64> tenants;
        int vacant = 0;
        for (int u = 0; u < model.rowCount(building); ++u) {
            const QModelIndex unit = model.index(u, 0, building);
            QCOMPARE(MasterDataModel::kind(unit), MasterDataModel::Kind::Unit);
            QVERIFY(!unit.data().toString().isEmpty());
            if (model.index(u, MasterDataModel::Details, building).data().toString() == u"vacant")
                ++vacant;
            if (!model.hasChildren(unit))
                continue;
            model.fetchMore(unit);
            QCOMPARE(model.rowCount(unit),
                     int(scalar(*office, QStringLiteral("SELECT count(*) FROM tenancies WHERE unit_id = ?"),
                                {MasterDataModel::id(unit)})));
            for (int t = 0; t < model.rowCount(unit); ++t) {
                const QModelIndex tenancy = model.index(t, 0, unit);
                QCOMPARE(MasterDataModel::kind(tenancy), MasterDataModel::Kind::Tenancy);
                QVERIFY(!model.hasChildren(tenancy));
                QVERIFY(model.flags(tenancy).testFlag(Qt::ItemNeverHasChildren));
                QVERIFY(tenancy.data(MasterDataModel::TenancyStateRole).isValid());
                states << tenancy.data(MasterDataModel::TenancyStateRole).toInt();
                const QVariantList persons = tenancy.data(MasterDataModel::PersonIdsRole).toList();
                QVERIFY(!persons.isEmpty());
                for (const QVariant &person : persons) {
                    tenants << person.toLongLong();
                    const QString last = office->database()
                                             .scalar(QStringLiteral("SELECT last_name FROM persons WHERE id = ?"), {person})
                                             ->toString();
                    QVERIFY2(tenancy.data().toString().contains(last), qPrintable(tenancy.data().toString()));
                }
                const QString details = model.index(t, MasterDataModel::Details, unit).data().toString();
                switch (TenancyState(tenancy.data(MasterDataModel::TenancyStateRole).toInt())) {
                case TenancyState::Current:
                    QVERIFY2(details.startsWith(QStringLiteral("current")), qPrintable(details));
                    break;
                case TenancyState::Former:
                    QVERIFY2(details.startsWith(QStringLiteral("former")), qPrintable(details));
                    break;
                case TenancyState::Future:
                    QVERIFY2(details.startsWith(QStringLiteral("moving in")), qPrintable(details));
                    break;
                }
            }
        }
        QVERIFY(!tenants.isEmpty());
        QVERIFY(states.contains(int(TenancyState::Current)));

        // The facts of the detail pane agree with the tree.
        const MasterData facts = office->masterData();
        auto buildingFacts = facts.building(buildingId, kToday);
        QVERIFY2(buildingFacts.ok(), buildingFacts.ok() ? "" : qPrintable(buildingFacts.error().message));
        QCOMPARE(buildingFacts->counts.units, qint64(model.rowCount(building)));
        QCOMPARE(buildingFacts->counts.vacantUnits, qint64(vacant));
        QVERIFY(buildingFacts->address.contains(u','));
        auto propertyFacts = facts.property(propertyId, kToday);
        QVERIFY(propertyFacts.ok());
        QCOMPARE(propertyFacts->counts.buildings, qint64(model.rowCount(property)));
        QCOMPARE(propertyFacts->name, property.data().toString());
        QVERIFY(propertyFacts->counts.currentTenants > 0);
        QCOMPARE(propertyFacts->counts.currentTenancies + propertyFacts->counts.formerTenancies
                     + propertyFacts->counts.futureTenancies,
                 scalar(*office, QStringLiteral("SELECT count(*) FROM tenancies t JOIN units u ON u.id = t.unit_id "
                                                "JOIN buildings b ON b.id = u.building_id WHERE b.property_id = ?"),
                        {propertyId}));
        const QModelIndex unit = model.index(0, 0, building);
        auto unitFacts = facts.unit(MasterDataModel::id(unit));
        QVERIFY(unitFacts.ok());
        QCOMPARE(unitFacts->tenancies.size(), qsizetype(model.rowCount(unit)));
        QVERIFY(!facts.property(-5, kToday).ok());
    }

    void tenancyStatesAgainstToday_data() { backends(); }
    void tenancyStatesAgainstToday()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 600);
        QVERIFY(office);
        MasterDataModel model(office->database());
        model.setToday(kToday);
        QVERIFY(model.reload().ok());
        // Walk everything (600 tenants is small) and count the states the tree shows.
        QHash<int, int> seen;
        int tenancies = 0;
        for (int p = 0; p < model.rowCount(); ++p) {
            const QModelIndex property = model.index(p, 0);
            model.fetchMore(property);
            for (int b = 0; b < model.rowCount(property); ++b) {
                const QModelIndex building = model.index(b, 0, property);
                model.fetchMore(building);
                for (int u = 0; u < model.rowCount(building); ++u) {
                    const QModelIndex unit = model.index(u, 0, building);
                    model.fetchMore(unit);
                    for (int t = 0; t < model.rowCount(unit); ++t) {
                        ++seen[model.index(t, 0, unit).data(MasterDataModel::TenancyStateRole).toInt()];
                        ++tenancies;
                    }
                }
            }
        }
        QCOMPARE(tenancies, int(scalar(*office, QStringLiteral("SELECT count(*) FROM tenancies"))));
        QCOMPARE(seen.value(int(TenancyState::Future)),
                 int(scalar(*office, QStringLiteral("SELECT count(*) FROM tenancies WHERE start_date > ?"), {kToday})));
        QCOMPARE(seen.value(int(TenancyState::Former)),
                 int(scalar(*office, QStringLiteral("SELECT count(*) FROM tenancies WHERE end_date < ?"), {kToday})));
        QVERIFY(seen.value(int(TenancyState::Future)) > 0);
        QVERIFY(seen.value(int(TenancyState::Former)) > 0);
    }

    void filterByNameOrReference_data() { backends(); }
    void filterByNameOrReference()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openWithDemo(scratch, 1500);
        QVERIFY(office);
        MasterDataModel model(office->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        const qint64 all = model.propertyCount();
        QVERIFY(all > 5);

        // A name prefix, in any case: the same properties as the names say.
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, 0).data().toString();
        const QString word = names.first().section(u' ', 0, 0);
        const auto expectedCount = std::count_if(names.cbegin(), names.cend(), [&word](const QString &name) {
            return name.startsWith(word, Qt::CaseInsensitive);
        });
        for (const QString &typed : {word, word.toUpper(), word.toLower(), QStringLiteral("  %1 ").arg(word)}) {
            QVERIFY(model.setFilter(typed).ok());
            QCOMPARE(model.filter(), typed.trimmed());
            QCOMPARE(model.propertyCount(), qint64(expectedCount));
            QCOMPARE(model.rowCount(), int(expectedCount));
            for (int row = 0; row < model.rowCount(); ++row)
                QVERIFY(model.index(row, 0).data().toString().startsWith(word, Qt::CaseInsensitive));
        }

        // An ERP reference prefix: 1001 is the first demo property.
        QVERIFY(model.setFilter(QStringLiteral("1001")).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MasterDataModel::ErpRef).data().toString(), QStringLiteral("1001"));
        QVERIFY(model.setFilter(QStringLiteral("100")).ok());
        QCOMPARE(model.rowCount(), int(std::min<qint64>(all, 9))); // 1001 .. 1009

        // LIKE's own characters match only themselves; nothing matches nothing.
        for (const QString &typed : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("zzzz"), QStringLiteral("!")}) {
            QVERIFY(model.setFilter(typed).ok());
            QCOMPARE(model.propertyCount(), 0);
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(!model.hasChildren());
        }
        // Accented names: the filter keeps their accents and finds them on both databases.
        const QString accented = QStringLiteral("Résidence Zoë");
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QVERIFY(office->database()
                    .exec(QStringLiteral("INSERT INTO properties (erp_ref, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                          {QStringLiteral("X-1"), accented, now, now})
                    .ok());
        QVERIFY(model.setFilter(QStringLiteral("résidence z")).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), accented);
        QVERIFY(model.setFilter(QStringLiteral("x-1")).ok()); // references ignore case too
        QCOMPARE(model.rowCount(), 1);
        // A name that starts with an umlaut, typed in lower case.
        QVERIFY(office->database()
                    .exec(QStringLiteral("INSERT INTO properties (erp_ref, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                          {QStringLiteral("X-2"), QStringLiteral("Überbauung Zürichberg"), now, now})
                    .ok());
        QVERIFY(model.setFilter(QStringLiteral("überbauung zü")).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Überbauung Zürichberg"));

        QVERIFY(model.setFilter(QString()).ok());
        QCOMPARE(model.propertyCount(), all + 2);
        QVERIFY(!QTest::currentTestFailed());
    }

    void failuresAreReported()
    {
        test::ScratchDatabase scratch(test::Backend::SQLite);
        auto office = openWithDemo(scratch, 200);
        QVERIFY(office);
        MasterDataModel model(office->database());
        QVERIFY(model.reload().ok());
        const QModelIndex property = model.index(0, 0);
        QVERIFY(model.canFetchMore(property));

        // The buildings vanish under the model: the node reports it once and stops asking.
        QVERIFY(office->database().exec(QStringLiteral("ALTER TABLE buildings RENAME TO buildings_gone")).ok());
        QSignalSpy failures(&model, &MasterDataModel::loadFailed);
        model.fetchMore(property);
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().first().toString().contains(QStringLiteral("buildings")));
        QCOMPARE(model.rowCount(property), 0);
        QVERIFY(!model.canFetchMore(property));
        model.fetchMore(property);
        QCOMPARE(failures.size(), 1);
        // reload() reads again, and says when it cannot.
        QVERIFY(!model.reload().ok());
        QVERIFY(office->database().exec(QStringLiteral("ALTER TABLE buildings_gone RENAME TO buildings")).ok());
        QVERIFY(model.reload().ok());
        model.fetchMore(model.index(0, 0));
        QVERIFY(model.rowCount(model.index(0, 0)) > 0);
        QCOMPARE(failures.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMasterDataModel)
#include "tst_masterdatamodel.moc"
