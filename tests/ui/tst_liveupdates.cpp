// tst_liveupdates: two Cockpits on one office, on PostgreSQL (LISTEN/NOTIFY) and on a local file
// (SQLite's data_version), each with its own connection, as two agents at two desks. What one does
// (a ticket created, assigned, its status changed, a tenant invited) shows in the other's open views
// without F5, while the other keeps its selected ticket, its scroll position and the text it is
// typing in the ticket pane.
#include "../models/TicketFixtures.h"
#include "IssuesView.h"
#include "MainWindow.h"
#include "TenantsView.h"
#include "TicketPanel.h"
#include "itemmodels/TenantTableModel.h"
#include "itemmodels/TicketTableModel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace tc;
using namespace tc::test;

namespace {

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

qint64 ticketIdAt(const QTableView *table, int row)
{
    return table->model()->index(row, TicketTableModel::Number).data(TicketTableModel::TicketIdRole).toLongLong();
}

// The row of the table showing this ticket, or -1.
int rowOfTicket(const QTableView *table, qint64 id)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (ticketIdAt(table, row) == id)
            return row;
    }
    return -1;
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoDesksSeeEachOther_data() { addBackendColumn(); addBackendRows(); }
    void twoDesksSeeEachOther()
    {
        TC_SCRATCH_DATABASE(scratch);
        // Desk A: Anna; desk B: Beat. Each its own connection.
        auto a = openTicketOffice(scratch);
        QVERIFY(a);
        const qint64 anna = addAgent(*a, QStringLiteral("anna.live"), QStringLiteral("Anna Live"));
        const qint64 beat = addAgent(*a, QStringLiteral("beat.live"), QStringLiteral("Beat Live"));
        QVERIFY(anna && beat);
        a->actAs(Actor{anna, QStringLiteral("Anna Live"), Role::Administrator});
        // Enough tickets that Beat's list scrolls.
        QList<qint64> tickets;
        for (int i = 0; i < 60; ++i) {
            TicketDraft draft;
            draft.personId = personIdOf(*a, i % 2 ? QStringLiteral("T-1001") : QStringLiteral("T-1002"));
            draft.title = QStringLiteral("Ticket %1").arg(i);
            draft.assigneeId = anna;
            auto id = a->tickets().create(draft);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            tickets << *id;
        }
        auto opened = Office::open(scratch.url(), SchemaPolicy::RequireCurrent, Actor{beat, QStringLiteral("Beat Live"), Role::Agent});
        QVERIFY(opened);
        Office &b = **opened;

        MainWindow window(b, nullptr);
        window.resize(1100, 700);
        window.showSection(MainWindow::Section::Issues);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = child<QTableView>(window, "ticketTable");
        auto *panel = child<TicketPanel>(window, "ticketPanel");
        auto *title = child<QLineEdit>(window, "ticketTitleEdit");
        QVERIFY(table && panel && title);
        QCOMPARE(table->model()->rowCount(), 60);

        // Beat scrolls down, opens a ticket and starts typing a new title.
        const int chosenRow = 40;
        const qint64 chosen = ticketIdAt(table, chosenRow);
        table->selectRow(chosenRow);
        table->scrollTo(table->model()->index(chosenRow, 0), QAbstractItemView::PositionAtCenter);
        QTRY_COMPARE(panel->ticketId(), chosen);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        title->setText(QStringLiteral("Beat is typing this"));

        // Anna logs a ticket: it appears at Beat's desk, and nothing of Beat's moves.
        TicketDraft draft;
        draft.personId = personIdOf(*a, QStringLiteral("T-2002"));
        draft.title = QStringLiteral("Wasser im Keller");
        draft.assigneeId = anna;
        QElapsedTimer seen;
        seen.start();
        auto created = a->tickets().create(draft);
        QVERIFY(created);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfTicket(table, *created) >= 0, 5000);
        qInfo("a ticket created at desk A showed at desk B after %lld ms", seen.elapsed());
        QCOMPARE(table->model()->rowCount(), 61);
        QCOMPARE(ticketIdAt(table, table->currentIndex().row()), chosen);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(ticketIdAt(table, table->selectionModel()->selectedRows().constFirst().row()), chosen);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(panel->ticketId(), chosen);
        QCOMPARE(title->text(), QStringLiteral("Beat is typing this"));

        // Anna gives Beat another ticket and moves it on: its row says so at Beat's desk.
        const qint64 other = tickets.at(5);
        QVERIFY(a->tickets().assign(other, beat));
        QVERIFY(a->tickets().setStatus(other, QStringLiteral("in_progress")));
        const auto cell = [&](qint64 id, int column) {
            const int row = rowOfTicket(table, id);
            return row < 0 ? QString() : table->model()->index(row, column).data().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cell(other, TicketTableModel::Assignee), QStringLiteral("Beat Live"), 5000);
        QVERIFY2(!cell(other, TicketTableModel::Status).isEmpty()
                     && cell(other, TicketTableModel::Status) != table->model()->index(rowOfTicket(table, chosen), TicketTableModel::Status).data().toString(),
                 qPrintable(cell(other, TicketTableModel::Status)));
        QCOMPARE(ticketIdAt(table, table->currentIndex().row()), chosen);
        QCOMPARE(title->text(), QStringLiteral("Beat is typing this"));

        // Anna changes the very ticket Beat is editing: his text stays, and he is told.
        QVERIFY(a->tickets().setStatus(chosen, QStringLiteral("in_progress")));
        auto *message = child<QLabel>(window, "ticketMessage");
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(QStringLiteral("Someone else")), 5000);
        QCOMPARE(title->text(), QStringLiteral("Beat is typing this"));

        // The tenant list follows an invitation's change of status.
        window.showSection(MainWindow::Section::Tenants);
        auto *tenants = window.tenantsView()->table();
        const auto statusOf = [&](const QString &ref) {
            for (int row = 0; row < tenants->model()->rowCount(); ++row) {
                if (tenants->model()->index(row, TenantTableModel::ErpRef).data().toString() == ref)
                    return tenants->model()->index(row, TenantTableModel::Status).data().toString();
            }
            return QString();
        };
        const QString before = statusOf(QStringLiteral("T-1001"));
        QVERIFY(!before.isEmpty());
        QVERIFY(a->database().exec(QStringLiteral("UPDATE persons SET status = 'invited', row_version = row_version + 1 "
                                                  "WHERE erp_ref = 'T-1001'")));
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(QStringLiteral("T-1001")) != before, 5000);
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
