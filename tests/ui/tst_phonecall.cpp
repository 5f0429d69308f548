// The agent's minute, from the keyboard alone, on both databases: a tenant calls; from anywhere in
// the main window Ctrl+K, a few letters of the name (with an umlaut) or digits of the number, Enter
// opens the tenant, Ctrl+N starts a ticket, a title, Enter saves it, and the ticket heads the tenant's
// ticket list. Every key goes to the widget that has the focus, as a keyboard would send it, and the
// keys beyond the typed text are counted: at most 12. The ticket can be given to a colleague in the
// same dialog, and it shows in that colleague's "Mine" filter of the issue view.
#include "MainWindow.h"
#include "NewTicketDialog.h"
#include "TenantDetailDialog.h"
#include "TenantSearchDialog.h"
#include "TestDatabases.h"
#include "itemmodels/TicketTableModel.h"
#include "services/Office.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace tc;

namespace {

const QByteArray kList = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                         "last_name,email,phone,language,move_in,move_out\n"
                         "P1,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-1,Wohnung 1,T-1,Anna,Müller,anna@example.ch,"
                         "+41 44 123 45 67,de,2019-04-01,\n"
                         "P1,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-2,Wohnung 2,T-2,Hans,Muster,,079 555 12 34,de,"
                         "2019-04-01,\n"
                         "P2,Lago,Via Lago 5,6900,Lugano,U-3,App 3,T-3,Carla,Conti,carla@example.it,,it,2019-04-01,\n";

// Counts the keys pressed in the whole application: those that type text, and the others (commands).
class KeyCounter : public QObject
{
public:
    int commands = 0;
    int typed = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A key event travels up the parents when a child does not take it: count it once, where it
        // was first delivered (a widget that is a window or has the focus).
        if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == QApplication::focusWidget() || (!QApplication::focusWidget() && widget->isWindow())) {
                const auto *key = static_cast<QKeyEvent *>(event);
                const bool text = !key->text().isEmpty() && key->text().at(0).isPrint()
                                  && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
                ++(text ? typed : commands);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

// Where the keyboard's keys go now.
QWidget *focus()
{
    if (QWidget *widget = QApplication::focusWidget())
        return widget;
    return QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), key, modifiers);
}

// Types the text into whatever has the focus, letter by letter; letters beyond ASCII as a keyboard
// layout that has them sends them.
void type(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(focus(), char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, focus(), Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, focus(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

template <typename T>
T *visibleWindow(const char *objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible() && widget->objectName() == QLatin1StringView(objectName))
            return found;
    }
    return nullptr;
}

Result<qint64> addAgent(const Office &office, const char *login, const char *name)
{
    return office.agents().add(QString::fromLatin1(login), QString::fromUtf8(name), Role::Agent);
}

} // namespace

class TestPhoneCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agentsMinute_data();
    void agentsMinute();
};

void TestPhoneCall::agentsMinute_data()
{
    QTest::addColumn<tc::test::Backend>("backend");
    QTest::addColumn<QString>("caller"); // what the agent types to find them
    for (const auto &[backend, name] : {std::pair{tc::test::Backend::SQLite, "sqlite"}, std::pair{tc::test::Backend::PostgreSQL, "postgresql"}}) {
        QTest::addRow("%s, name with umlaut", name) << backend << QStringLiteral("mül");
        QTest::addRow("%s, phone number", name) << backend << QStringLiteral("044 123 45 67");
    }
}

void TestPhoneCall::agentsMinute()
{
    QFETCH(QString, caller);
    TC_SCRATCH_DATABASE(scratch);
    const Actor manager{std::nullopt, QStringLiteral("Manager"), Role::Manager};
    qint64 luciaId = 0, peterId = 0;
    {
        auto setup = Office::open(scratch.url(), SchemaPolicy::Migrate, manager);
        QVERIFY(setup);
        QVERIFY((*setup)->setup().initializeCompany(manager, QStringLiteral("Régie Example SA")));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("list.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kList);
        file.close();
        auto report = (*setup)->imports().run(file.fileName(), {});
        QVERIFY(report && report->applied());
        auto lucia = addAgent(**setup, "lucia.rossi", "Lucia Rossi");
        auto peter = addAgent(**setup, "peter.meier", "Peter Meier");
        QVERIFY(lucia && peter);
        luciaId = *lucia;
        peterId = *peter;
    }
    // Lucia takes the call.
    const Actor lucia{luciaId, QStringLiteral("Lucia Rossi"), Role::Agent};
    auto office = Office::open(scratch.url(), SchemaPolicy::RequireCurrent, lucia);
    QVERIFY(office);
    const qint64 anna = (*office)->tenants().idOf(QStringLiteral("T-1")).value_or(0);
    QVERIFY(anna > 0);
    MainWindow window(**office);
    window.resize(1200, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showSection(MainWindow::Section::Outbox); // "from anywhere": not the tenant list

    KeyCounter keys;
    qApp->installEventFilter(&keys);

    // Ctrl+K: the search, its field ready for typing.
    press(Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(window.searchDialog() && window.searchDialog()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), window.searchDialog()->field());
    type(caller);
    // Enter at once, faster than the answer may be: the first person of the answer to what was typed opens.
    press(Qt::Key_Return);
    TenantDetailDialog *detail = nullptr;
    QTRY_VERIFY((detail = visibleWindow<TenantDetailDialog>("tenantDetailDialog")) != nullptr);
    QCOMPARE(detail->personId(), anna);
    QVERIFY(!window.searchDialog()->isVisible());

    // Ctrl+N: the ticket, the title's field ready.
    QTRY_VERIFY(QApplication::activeWindow() == detail);
    press(Qt::Key_N, Qt::ControlModifier);
    NewTicketDialog *ticketDialog = nullptr;
    QTRY_VERIFY((ticketDialog = visibleWindow<NewTicketDialog>("newTicketDialog")) != nullptr);
    QTRY_COMPARE(QApplication::focusWidget(), ticketDialog->titleEdit());
    type(QStringLiteral("Heizung kalt"));
    // Given to Peter: Alt+A goes to the assignee, typing his name picks him.
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("ticketAssigneeCombo"));
    type(QStringLiteral("Peter"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!ticketDialog || !visibleWindow<NewTicketDialog>("newTicketDialog"));

    qApp->removeEventFilter(&keys);
    qInfo("keys beyond the typed text: %d (typed: %d)", keys.commands, keys.typed);
    QVERIFY2(keys.commands <= 12, qPrintable(QString::number(keys.commands)));
    QCOMPARE(keys.commands, 5); // Ctrl+K, Enter, Ctrl+N, Alt+A, Enter
    QCOMPARE(keys.typed, int(caller.size() + QStringLiteral("Heizung kalt").size() + QStringLiteral("Peter").size()));

    // The saved ticket heads the tenant's ticket list, selected.
    auto *list = detail->findChild<QTreeWidget *>(QStringLiteral("tenantTicketList"));
    QVERIFY(list);
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Heizung kalt"));
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    auto tickets = (*office)->tickets().forTenant(anna);
    QVERIFY(tickets);
    QCOMPARE(tickets->size(), 1);
    const Ticket &saved = tickets->first();
    QCOMPARE(saved.title, QStringLiteral("Heizung kalt"));
    QCOMPARE(saved.status, QStringLiteral("new"));
    QCOMPARE(saved.channel, QStringLiteral("phone"));
    QCOMPARE(saved.unitLabel, QStringLiteral("Wohnung 1"));
    QCOMPARE(saved.assigneeId, std::optional<qint64>(peterId));
    QCOMPARE(saved.createdByName, QStringLiteral("Lucia Rossi"));
    detail->close();

    // Peter's "Mine" in his issue view: the ticket is there. Lucia's own "Mine" stays empty.
    const Actor peter{peterId, QStringLiteral("Peter Meier"), Role::Agent};
    auto peterOffice = Office::open(scratch.url(), SchemaPolicy::RequireCurrent, peter);
    QVERIFY(peterOffice);
    MainWindow peterWindow(**peterOffice);
    peterWindow.resize(1200, 800);
    peterWindow.show();
    peterWindow.showSection(MainWindow::Section::Issues);
    for (MainWindow *w : {&peterWindow, &window}) {
        auto *mine = w->findChild<QPushButton *>(QStringLiteral("mineFilter"));
        auto *table = w->findChild<QTableView *>(QStringLiteral("ticketTable"));
        QVERIFY(mine && table);
        QVERIFY(mine->isEnabled());
        if (!mine->isChecked())
            mine->click();
        QVERIFY(mine->isChecked());
        if (w == &peterWindow) {
            QTRY_COMPARE(table->model()->rowCount(), 1);
            QCOMPARE(table->model()->index(0, TicketTableModel::Title).data().toString(), QStringLiteral("Heizung kalt"));
        } else {
            QTRY_COMPARE(table->model()->rowCount(), 0);
        }
    }
}

QTEST_MAIN(TestPhoneCall)
#include "tst_phonecall.moc"
