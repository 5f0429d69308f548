// tst_offline: the office's PostgreSQL server goes away under an agent at work. Their connection is
// cut by the server and new ones are refused (as while a server restarts): the Cockpit shows the
// offline banner, keeps the title the agent is typing, refuses to save with a clear message and
// saves nothing; when the server takes connections again the Cockpit reconnects by itself, the
// banner goes, the same save then goes through exactly once, and live updates flow again.
#include "../models/TicketFixtures.h"
#include "MainWindow.h"
#include "TicketPanel.h"
#include "itemmodels/TicketTableModel.h"
#include "services/ConnectionWatch.h"
#include "storage/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverGoneAndBack()
    {
        ScratchDatabase scratch(Backend::PostgreSQL);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto admin = openTicketOffice(scratch);
        QVERIFY(admin);
        const qint64 anna = addAgent(*admin, QStringLiteral("anna.offline"), QStringLiteral("Anna Offline"));
        QVERIFY(anna);
        TicketDraft draft;
        draft.personId = personIdOf(*admin, QStringLiteral("T-1001"));
        draft.title = QStringLiteral("Heizung kalt");
        draft.assigneeId = anna;
        auto ticket = admin->tickets().create(draft);
        QVERIFY(ticket);

        auto opened = Office::open(scratch.url(), SchemaPolicy::RequireCurrent, Actor{anna, QStringLiteral("Anna Offline"), Role::Agent});
        QVERIFY(opened);
        const qint64 agentBackend = (*opened)->database().scalar(QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();
        MainWindow window(**opened, nullptr);
        window.resize(1100, 700);
        window.showSection(MainWindow::Section::Issues);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = child<QTableView>(window, "ticketTable");
        auto *panel = child<TicketPanel>(window, "ticketPanel");
        auto *title = child<QLineEdit>(window, "ticketTitleEdit");
        auto *save = child<QPushButton>(window, "saveTicketButton");
        auto *banner = child<QLabel>(window, "offlineBanner");
        auto *message = child<QLabel>(window, "ticketMessage");
        QVERIFY(table && panel && title && save && banner && message);
        table->selectRow(0);
        QTRY_COMPARE(panel->ticketId(), *ticket);
        QVERIFY(!banner->isVisible());
        title->setText(QStringLiteral("Heizung kalt, Radiator im Bad"));

        // The server refuses new connections and cuts the agent's (from its maintenance database: a
        // database cannot shut itself).
        auto serverUrl = DatabaseUrl::parse(postgresAdminUrl());
        QVERIFY(serverUrl);
        auto server = Database::open(*serverUrl, QStringLiteral("server"));
        QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
        const QString name = scratch.url().databaseName();
        const auto allowConnections = [&](bool allow) {
            auto r = (*server)->exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                                         .arg(name, allow ? QStringLiteral("true") : QStringLiteral("false")));
            if (!r)
                qWarning("%s", qPrintable(r.error().message));
            return r.ok();
        };
        QVERIFY(allowConnections(false));
        QVERIFY((*server)->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {agentBackend}));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QStringLiteral("Offline")), qPrintable(banner->text()));
        QVERIFY(!window.connectionWatch()->isOnline());
        QCOMPARE(title->text(), QStringLiteral("Heizung kalt, Radiator im Bad"));

        // Saving now fails plainly; nothing is stored, the text stays.
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Heizung kalt, Radiator im Bad"));
        QCOMPARE(admin->tickets().get(*ticket)->title, QStringLiteral("Heizung kalt"));
        // Still offline a few attempts later.
        QTest::qWait(ConnectionWatch::kRetryMs * 2);
        QVERIFY(banner->isVisible());

        // The server is back: the Cockpit reconnects by itself.
        QVERIFY(allowConnections(true));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(window.connectionWatch()->isOnline());
        QCOMPARE(title->text(), QStringLiteral("Heizung kalt, Radiator im Bad"));

        // The same save goes through, once.
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(admin->tickets().get(*ticket)->title, QStringLiteral("Heizung kalt, Radiator im Bad"));
        QTest::qWait(500);
        QCOMPARE(admin->database().scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'title'"),
                                          {*ticket})->toInt(),
                 1);

        // Others' changes flow in again.
        draft.title = QStringLiteral("Lift defekt");
        auto second = admin->tickets().create(draft);
        QVERIFY(second);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 2, 5000);
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
