// TicketTableModel on both databases: a well-behaved model (QAbstractItemModelTester), every ticket
// once, newest first, over several pages; each quick filter (mine, unassigned, open, status, property,
// category, assignee, and together) against the tickets as written; counts capped where no index
// answers them, growing with fetchMore(); sorting by number and by last change in SQL.
#include "TestDatabases.h"
#include "TicketFixtures.h"
#include "itemmodels/TicketTableModel.h"
#include "services/Office.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tc;
using namespace tc::test;

namespace {

constexpr int kTickets = 450; // more than two pages of 200

struct Written
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 propertyId = 0;
    qint64 assigneeId = 0; // 0: none
    QString category;
    QString status;
};

struct Fixture
{
    std::unique_ptr<Office> office;
    qint64 lucia = 0;
    qint64 peter = 0;
    qint64 sonnenhof = 0;
    QList<Written> tickets; // by id, ascending
};

// 450 tickets of four tenants in two properties; a third each Lucia's, Peter's and nobody's; a fifth
// about the heating; every seventh done, every eleventh closed, every third in progress; their last
// change the reverse of their numbers.
bool fill(Fixture &f, const ScratchDatabase &scratch)
{
    f.office = openTicketOffice(scratch);
    if (!f.office)
        return false;
    f.lucia = addAgent(*f.office, QStringLiteral("lucia.rossi"), QStringLiteral("Lucia Rossi"));
    f.peter = addAgent(*f.office, QStringLiteral("peter.meier"), QStringLiteral("Peter Meier"));
    const Database &db = f.office->database();
    f.sonnenhof = db.scalar(QStringLiteral("SELECT id FROM properties WHERE erp_ref = 'P100'"))->toLongLong();
    const QList<qint64> persons{personIdOf(*f.office, QStringLiteral("T-1001")), personIdOf(*f.office, QStringLiteral("T-1002")),
                                personIdOf(*f.office, QStringLiteral("T-1003")), personIdOf(*f.office, QStringLiteral("T-2002"))};
    const Tickets tickets = f.office->tickets();
    for (int i = 0; i < kTickets; ++i) {
        TicketDraft draft;
        draft.personId = persons[i % 4];
        draft.title = QStringLiteral("Ticket %1").arg(i);
        draft.category = i % 5 == 0 ? QStringLiteral("Heizung") : QStringLiteral("Lift");
        if (i % 3 == 0)
            draft.assigneeId = f.lucia;
        else if (i % 3 == 1)
            draft.assigneeId = f.peter;
        auto id = tickets.create(draft);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return false;
        }
        Written w{*id, draft.personId, 0, draft.assigneeId.value_or(0), draft.category, QStringLiteral("new")};
        w.status = i % 7 == 0 ? QStringLiteral("done") : i % 11 == 0 ? QStringLiteral("closed")
                   : i % 3 == 0 ? QStringLiteral("in_progress") : QStringLiteral("new");
        f.tickets << w;
    }
    auto tx = Transaction::begin(db);
    if (!tx)
        return false;
    const QDateTime base(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < f.tickets.size(); ++i) {
        Written &w = f.tickets[i];
        const QString at = base.addSecs(qint64(kTickets - i) * 60).toString(Qt::ISODateWithMs);
        if (!db.exec(QStringLiteral("UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?"), {w.status, at, w.id}))
            return false;
        w.propertyId = db.scalar(QStringLiteral("SELECT property_id FROM tickets WHERE id = ?"), {w.id})->toLongLong();
    }
    return tx->commit().ok();
}

QList<qint64> idsOf(TicketTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, TicketTableModel::Number).data(TicketTableModel::TicketIdRole).toLongLong();
    return ids;
}

QList<qint64> expected(const Fixture &f, const std::function<bool(const Written &)> &keep)
{
    QList<qint64> ids;
    for (auto it = f.tickets.crbegin(); it != f.tickets.crend(); ++it) {
        if (keep(*it))
            ids << it->id;
    }
    return ids;
}

bool isOpen(const Written &w)
{
    return w.status != u"done" && w.status != u"closed";
}

} // namespace

class TestTicketTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester_data() { addBackendColumn(); addBackendRows(); }
    void modelTester()
    {
        TC_SCRATCH_DATABASE(scratch);
        Fixture f;
        QVERIFY(fill(f, scratch));
        TicketTableModel model(f.office->database(), f.lucia);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), kTickets);
        QCOMPARE(model.columnCount(), int(TicketTableModel::ColumnCount));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        model.sort(TicketTableModel::Updated, Qt::AscendingOrder);
        model.sort(TicketTableModel::Number, Qt::AscendingOrder);
        model.setCountStep(40);
        TicketFilter filter;
        filter.category = QStringLiteral("heizung");
        QVERIFY(model.setFilter(filter).ok());
        idsOf(model); // fetchMore until done, watched by the tester
        filter = {};
        filter.mine = true;
        QVERIFY(model.setFilter(filter).ok());
        QVERIFY(model.rowCount() > 0);
        model.refresh();
        QVERIFY(model.reload().ok());
    }

    void everyTicketNewestFirst_data() { addBackendColumn(); addBackendRows(); }
    void everyTicketNewestFirst()
    {
        TC_SCRATCH_DATABASE(scratch);
        Fixture f;
        QVERIFY(fill(f, scratch));
        TicketTableModel model(f.office->database());
        QVERIFY(model.reload().ok());
        QVERIFY(!model.isCountCapped());
        QCOMPARE(idsOf(model), expected(f, [](const Written &) { return true; }));
        // What a row shows, far down (the third page).
        const int row = kTickets - 1; // the first ticket: Anna's, Lucia's, done
        QCOMPARE(model.index(row, TicketTableModel::Number).data().toLongLong(), f.tickets.first().id);
        QCOMPARE(model.index(row, TicketTableModel::Title).data().toString(), QStringLiteral("Ticket 0"));
        QCOMPARE(model.index(row, TicketTableModel::Tenant).data().toString(), QStringLiteral("Müller, Anna"));
        QCOMPARE(model.index(row, TicketTableModel::Status).data().toString(), QStringLiteral("done"));
        QCOMPARE(model.index(row, TicketTableModel::Status).data(TicketTableModel::StatusKeyRole).toString(), QStringLiteral("done"));
        QCOMPARE(model.index(row, TicketTableModel::Priority).data().toString(), QStringLiteral("normal"));
        QCOMPARE(model.index(row, TicketTableModel::Assignee).data().toString(), QStringLiteral("Lucia Rossi"));
        QVERIFY(!model.index(row, TicketTableModel::Updated).data().toString().isEmpty());
        QCOMPARE(model.index(kTickets - 2, TicketTableModel::Assignee).data().toString(), QStringLiteral("Peter Meier"));

        model.sort(TicketTableModel::Number, Qt::AscendingOrder);
        QList<qint64> ascending = expected(f, [](const Written &) { return true; });
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(idsOf(model), ascending);
    }

    void filters_data() { addBackendColumn(); addBackendRows(); }
    void filters()
    {
        TC_SCRATCH_DATABASE(scratch);
        Fixture f;
        QVERIFY(fill(f, scratch));
        TicketTableModel model(f.office->database(), f.peter);
        model.setCountStep(60);
        const auto check = [&](const TicketFilter &filter, const std::function<bool(const Written &)> &keep) {
            QVERIFY(model.setFilter(filter).ok());
            const QList<qint64> want = expected(f, keep);
            QVERIFY(!want.isEmpty());
            QCOMPARE(idsOf(model), want);
        };
        TicketFilter filter;
        filter.mine = true;
        check(filter, [&](const Written &w) { return w.assigneeId == f.peter; });
        filter = {};
        filter.unassigned = true;
        check(filter, [](const Written &w) { return w.assigneeId == 0; });
        filter = {};
        filter.openOnly = true;
        check(filter, isOpen);
        filter = {};
        filter.status = QStringLiteral("closed");
        check(filter, [](const Written &w) { return w.status == u"closed"; });
        filter = {};
        filter.propertyId = f.sonnenhof;
        check(filter, [&](const Written &w) { return w.propertyId == f.sonnenhof; });
        filter = {};
        filter.category = QStringLiteral("HEIZUNG");
        check(filter, [](const Written &w) { return w.category == u"Heizung"; });
        filter = {};
        filter.assigneeId = f.lucia;
        check(filter, [&](const Written &w) { return w.assigneeId == f.lucia; });
        filter = {};
        filter.personId = f.tickets.first().personId;
        check(filter, [&](const Written &w) { return w.personId == f.tickets.first().personId; });
        // Together: Lucia's open heating tickets in the Sonnenhof.
        filter = {};
        filter.assigneeId = f.lucia;
        filter.openOnly = true;
        filter.category = QStringLiteral("Heizung");
        filter.propertyId = f.sonnenhof;
        check(filter, [&](const Written &w) {
            return w.assigneeId == f.lucia && isOpen(w) && w.category == u"Heizung" && w.propertyId == f.sonnenhof;
        });
        // "Mine" for somebody who is no agent: nothing.
        TicketTableModel owner(f.office->database());
        filter = {};
        filter.mine = true;
        QVERIFY(owner.setFilter(filter).ok());
        QCOMPARE(owner.rowCount(), 0);
    }

    void cappedCountGrows_data() { addBackendColumn(); addBackendRows(); }
    void cappedCountGrows()
    {
        TC_SCRATCH_DATABASE(scratch);
        Fixture f;
        QVERIFY(fill(f, scratch));
        TicketTableModel model(f.office->database());
        model.setCountStep(50);
        // One indexed condition: counted exactly.
        TicketFilter filter;
        filter.openOnly = true;
        QVERIFY(model.setFilter(filter).ok());
        QVERIFY(!model.isCountCapped());
        QCOMPARE(model.rowCount(), int(expected(f, isOpen).size()));
        // A category is no index: the count stops at the step and grows as the view asks.
        filter = {};
        filter.category = QStringLiteral("Lift");
        QVERIFY(model.setFilter(filter).ok());
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.isCountCapped());
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 50);
        QCOMPARE(inserted.at(0).at(2).toInt(), 99);
        const int lifts = int(expected(f, [](const Written &w) { return w.category == u"Lift"; }).size());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), lifts);
        QVERIFY(!model.canFetchMore({}));
    }

    void sortsByLastChange_data() { addBackendColumn(); addBackendRows(); }
    void sortsByLastChange()
    {
        TC_SCRATCH_DATABASE(scratch);
        Fixture f;
        QVERIFY(fill(f, scratch));
        TicketTableModel model(f.office->database());
        QVERIFY(model.reload().ok());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // The last change runs against the numbers: the latest change is on the first ticket.
        model.sort(TicketTableModel::Updated, Qt::DescendingOrder);
        QCOMPARE(resets.size(), 1);
        QList<qint64> ascending = expected(f, [](const Written &) { return true; });
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(idsOf(model), ascending);
        model.sort(TicketTableModel::Updated, Qt::AscendingOrder);
        QCOMPARE(idsOf(model), expected(f, [](const Written &) { return true; }));
        // Columns without an index do not sort (and do not reset the view).
        model.sort(TicketTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(resets.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTicketTableModel)
#include "tst_tickettablemodel.moc"
