// tst_issuesview: the Issues section driven like an agent does, on SQLite and on PostgreSQL: the quick
// filters (mine for an agent, unassigned, open, status, property, category, assignee), the detail pane
// of the selected ticket with its edits, the workflow's statuses, assigning, comments for the tenant
// and internal ones, bulk assignment, and two agents saving the same ticket (keep mine, take theirs,
// back to editing). MainWindow's showTicket, F3 and F5 too.
#include "../models/TicketFixtures.h"
#include "IssuesView.h"
#include "MainWindow.h"
#include "TenantSearchDialog.h"
#include "TicketConflictDialog.h"
#include "TicketHistoryList.h"
#include "TicketPanel.h"
#include "itemmodels/TicketTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace tc;
using namespace tc::test;

namespace {

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

// The office the tests share: four tickets on two properties, two agents.
struct Desk
{
    std::unique_ptr<Office> office; // acting as the manager (no agent of their own)
    qint64 anna = 0, beat = 0;
    qint64 tap = 0;    // Müller, P100, assigned to Anna, new
    qint64 heating = 0; // Keller, P100, unassigned, new
    qint64 noise = 0;  // Rossi, P200, unassigned, new
    qint64 key = 0;    // Rossi, P200, assigned to Beat, done

    qint64 create(const char *ref, const char *title, const char *category, std::optional<qint64> assignee)
    {
        TicketDraft draft;
        draft.personId = personIdOf(*office, QString::fromLatin1(ref));
        draft.unitId = office->tickets().defaultUnitFor(draft.personId, QDate(2024, 10, 15)).value_or(std::nullopt);
        draft.title = QString::fromUtf8(title);
        draft.category = QString::fromUtf8(category);
        draft.assigneeId = assignee;
        auto id = office->tickets().create(draft);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id.value_or(0);
    }
};

bool makeDesk(const ScratchDatabase &scratch, Desk *desk)
{
    desk->office = openTicketOffice(scratch);
    if (!desk->office)
        return false;
    desk->anna = addAgent(*desk->office, QStringLiteral("anna"), QStringLiteral("Agent Anna"));
    desk->beat = addAgent(*desk->office, QStringLiteral("beat"), QStringLiteral("Agent Beat"));
    desk->tap = desk->create("T-1001", "Leaking tap", "Repairs", desk->anna);
    desk->heating = desk->create("T-1002", "Heating off", "Heating", std::nullopt);
    desk->noise = desk->create("T-2002", "Noise upstairs", "Noise and neighbours", std::nullopt);
    desk->key = desk->create("T-2002", "Old key", "Keys and locks", desk->beat);
    if (!desk->office->tickets().setStatus(desk->key, QStringLiteral("done")))
        return false;
    return desk->anna && desk->beat && desk->tap && desk->heating && desk->noise && desk->key;
}

// The same database through a second connection, acting as Anna.
std::unique_ptr<Office> openAsAnna(const ScratchDatabase &scratch, const Desk &desk)
{
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, agentActor(desk.anna, QStringLiteral("Agent Anna")));
    return office ? std::move(*office) : nullptr;
}

QList<qint64> shownIds(const IssuesView &view)
{
    QList<qint64> ids;
    const TicketTableModel *model = view.model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(TicketTableModel::TicketIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

int rowOf(const IssuesView &view, qint64 id)
{
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->index(row, 0).data(TicketTableModel::TicketIdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QModelIndex index = table->model()->index(row, TicketTableModel::Title);
    table->scrollTo(index);
    const QRect rect = table->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(QStringLiteral("%1 has no item %2").arg(combo->objectName(), data.toString())));
    combo->setCurrentIndex(index);
}

QStringList comboKeys(const QComboBox *combo)
{
    QStringList keys;
    for (int i = 0; i < combo->count(); ++i)
        keys << combo->itemData(i).toString();
    return keys;
}

// The history list's rows as "Change | Who".
QStringList historyRows(const IssuesView &view)
{
    QStringList rows;
    auto *history = child<TicketHistoryList>(view, "ticketHistory");
    for (int i = 0; history && i < history->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = history->topLevelItem(i);
        rows << QStringLiteral("%1 | %2").arg(item->text(TicketHistoryList::Change), item->text(TicketHistoryList::Who));
    }
    return rows;
}

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(text); });
}

void backends()
{
    addBackendColumn();
    addBackendRows();
}

} // namespace

#define TC_DESK(desk)                                                                                   \
    TC_SCRATCH_DATABASE(scratch);                                                                       \
    Desk desk;                                                                                          \
    QVERIFY(makeDesk(scratch, &desk));

#define TC_SHOW(widget)                                                                                 \
    (widget).resize(1200, 800);                                                                         \
    (widget).show();                                                                                    \
    QVERIFY(QTest::qWaitForWindowExposed(&(widget)));                                                   \
    (widget).activateWindow();                                                                          \
    QVERIFY(QTest::qWaitForWindowActive(&(widget)));

// Selects the ticket's row with a click and waits for the pane to show it.
#define TC_SELECT(view, id)                                                                             \
    {                                                                                                   \
        const int row_ = rowOf((view), (id));                                                           \
        QVERIFY2(row_ >= 0, "ticket not in the list");                                                  \
        clickRow((view).table(), row_);                                                                 \
        QTRY_COMPARE((view).panel()->ticketId(), (id));                                                 \
    }

// Two agents on one ticket: the view (the manager) has read it, Anna (a second connection) is ready
// to change it; `read` is the row version the view holds.
#define TC_TWO_AGENTS_ON(ticketId)                                                                      \
    TC_DESK(desk);                                                                                      \
    auto annaOffice = openAsAnna(scratch, desk);                                                        \
    QVERIFY(annaOffice);                                                                                \
    IssuesView view(*desk.office);                                                                      \
    TC_SHOW(view);                                                                                      \
    TC_SELECT(view, (ticketId));                                                                        \
    const int read = view.panel()->ticket().rowVersion;

// Types a new title over the old one, as the agent does.
#define TC_RETITLE(view, text)                                                                          \
    {                                                                                                   \
        auto *title_ = child<QLineEdit>((view), "ticketTitleEdit");                                     \
        QVERIFY(title_);                                                                                \
        title_->setFocus();                                                                             \
        title_->selectAll();                                                                            \
        QTest::keyClicks(title_, QStringLiteral(text));                                                 \
    }

class TestIssuesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenantCockpitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_issuesview"));
    }

    void quickFilters_data() { backends(); }
    void quickFilters()
    {
        TC_DESK(desk);
        auto annaOffice = openAsAnna(scratch, desk);
        QVERIFY(annaOffice);
        IssuesView view(*annaOffice);
        TC_SHOW(view);
        QCOMPARE(view.table()->model(), view.model()); // filtered in SQL, no proxy in between

        auto *mine = child<QPushButton>(view, "mineFilter");
        auto *unassigned = child<QPushButton>(view, "unassignedFilter");
        auto *open = child<QPushButton>(view, "openFilter");
        auto *status = child<QComboBox>(view, "statusFilter");
        auto *property = child<QComboBox>(view, "propertyFilter");
        auto *category = child<QComboBox>(view, "categoryFilter");
        auto *assignee = child<QComboBox>(view, "assigneeFilter");
        auto *summary = child<QLabel>(view, "ticketSummary");
        QVERIFY(mine && unassigned && open && status && property && category && assignee && summary);
        for (QWidget *w : std::initializer_list<QWidget *>{mine, unassigned, open, status, property, category, assignee,
                                                          child<QWidget>(view, "assignButton"),
                                                          child<QWidget>(view, "findTenantButton"), view.table()}) {
            QVERIFY(w);
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
        }

        // Open by default: the done ticket is not listed.
        QVERIFY(open->isChecked());
        QCOMPARE(shownIds(view), sorted({desk.tap, desk.heating, desk.noise}));
        QCOMPARE(summary->text(), QStringLiteral("Tickets: 3"));

        // Mine: Anna's.
        QVERIFY(mine->isEnabled());
        QTest::mouseClick(mine, Qt::LeftButton);
        QTRY_COMPARE(shownIds(view), QList<qint64>{desk.tap});
        QVERIFY(view.model()->filter().mine);
        QCOMPARE(summary->text(), QStringLiteral("Tickets: 1"));

        // Unassigned takes over from mine.
        QTest::mouseClick(unassigned, Qt::LeftButton);
        QVERIFY(!mine->isChecked());
        QTRY_COMPARE(shownIds(view), sorted({desk.heating, desk.noise}));

        // Property P200 among the unassigned open ones; then all of P200's.
        const qint64 p200 = annaOffice->masterData().propertyIdOf(QStringLiteral("P200")).value_or(0);
        QVERIFY(p200 > 0);
        choose(property, p200);
        QTRY_COMPARE(shownIds(view), QList<qint64>{desk.noise});
        QTest::mouseClick(unassigned, Qt::LeftButton);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(shownIds(view), sorted({desk.noise, desk.key}));
        property->setCurrentIndex(0);
        QTRY_COMPARE(shownIds(view).size(), 4);

        // A status; a settled one switches "open" off by itself.
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(shownIds(view).size(), 3);
        choose(status, QStringLiteral("done"));
        QVERIFY(!open->isChecked());
        QTRY_COMPARE(shownIds(view), QList<qint64>{desk.key});
        choose(status, QStringLiteral("new"));
        QTRY_COMPARE(shownIds(view), sorted({desk.tap, desk.heating, desk.noise}));
        status->setCurrentIndex(0);

        // An assignee.
        choose(assignee, desk.beat);
        QTRY_COMPARE(shownIds(view), QList<qint64>{desk.key});
        assignee->setCurrentIndex(0);
        QTRY_COMPARE(shownIds(view).size(), 4);

        // A category, typed in any case.
        category->setFocus();
        QTest::keyClicks(category->lineEdit(), QStringLiteral("heating"));
        QTest::keyClick(category->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(shownIds(view), QList<qint64>{desk.heating});
        QCOMPARE(view.model()->filter().category.toLower(), QStringLiteral("heating")); // the list completes the case
    }

    void mineNeedsAnAgent_data() { backends(); }
    void mineNeedsAnAgent()
    {
        TC_DESK(desk);
        IssuesView view(*desk.office); // the manager works as the owner: no agent of their own
        auto *mine = child<QPushButton>(view, "mineFilter");
        QVERIFY(mine);
        QVERIFY(!mine->isEnabled());
        QVERIFY(!mine->toolTip().isEmpty());
    }

    void selectionShowsTheTicket_data() { backends(); }
    void selectionShowsTheTicket()
    {
        TC_DESK(desk);
        IssuesView view(*desk.office);
        TC_SHOW(view);
        QCOMPARE(view.panel()->ticketId(), 0);
        QVERIFY(child<QLabel>(view, "ticketPanelEmpty")->isVisible());

        TC_SELECT(view, desk.heating);
        QVERIFY(child<QLabel>(view, "ticketHeading")->text().contains(QStringLiteral("Heating off")));
        const QString tenant = child<QLabel>(view, "ticketTenant")->text();
        QVERIFY2(tenant.contains(QStringLiteral("Keller")) && tenant.contains(QStringLiteral("T-1002")), qPrintable(tenant));
        QVERIFY(child<QLabel>(view, "ticketUnit")->text().contains(QStringLiteral("Wohnung 2")));
        QVERIFY(child<QLabel>(view, "ticketProperty")->text().contains(QStringLiteral("Wohnpark Sonnenhof")));
        QVERIFY(child<QLabel>(view, "ticketCreated")->text().contains(QStringLiteral("Manager Tester")));
        QCOMPARE(child<QLineEdit>(view, "ticketTitleEdit")->text(), QStringLiteral("Heating off"));
        QCOMPARE(child<QComboBox>(view, "ticketCategoryCombo")->currentText(), QStringLiteral("Heating"));
        QCOMPARE(child<QComboBox>(view, "ticketChannelCombo")->currentData().toString(), QStringLiteral("phone"));
        QCOMPARE(child<QComboBox>(view, "ticketAssigneeCombo")->currentData().toLongLong(), 0);
        QVERIFY(anyContains(historyRows(view), QStringLiteral("Created: Heating off | Manager Tester")));
        QVERIFY(!child<QPushButton>(view, "saveTicketButton")->isEnabled());

        // Down arrow: the next ticket.
        const int row = rowOf(view, desk.heating);
        view.table()->setFocus();
        QTest::keyClick(view.table(), row + 1 < view.model()->rowCount() ? Qt::Key_Down : Qt::Key_Up);
        QTRY_VERIFY(view.panel()->ticketId() != desk.heating);
        QVERIFY(view.panel()->ticketId() > 0);
    }

    void editAndSave_data() { backends(); }
    void editAndSave()
    {
        TC_DESK(desk);
        IssuesView view(*desk.office);
        TC_SHOW(view);
        TC_SELECT(view, desk.heating);
        const int version = view.panel()->ticket().rowVersion;

        auto *title = child<QLineEdit>(view, "ticketTitleEdit");
        auto *save = child<QPushButton>(view, "saveTicketButton");
        TC_RETITLE(view, "No heating in the flat");
        choose(child<QComboBox>(view, "ticketPriorityCombo"), QStringLiteral("high"));
        auto *hasDue = child<QCheckBox>(view, "ticketDueCheck");
        QTest::mouseClick(hasDue, Qt::LeftButton);
        child<QWidget>(view, "ticketDueEdit")->setProperty("date", QDate(2031, 3, 4));
        QVERIFY(view.panel()->hasUnsavedChanges());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        QTRY_VERIFY(!view.panel()->hasUnsavedChanges());
        auto stored = desk.office->tickets().get(desk.heating);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("No heating in the flat"));
        QCOMPARE(stored->priority, QStringLiteral("high"));
        QCOMPARE(stored->dueDate, QDate(2031, 3, 4));
        QCOMPARE(stored->rowVersion, version + 1);
        QCOMPARE(view.panel()->ticket().rowVersion, version + 1);
        QVERIFY(!save->isEnabled());
        const QStringList history = historyRows(view);
        QVERIFY2(anyContains(history, QStringLiteral("Title: Heating off → No heating in the flat")), qPrintable(history.join(u'\n')));
        QVERIFY2(anyContains(history, QStringLiteral("Priority: normal → high")), qPrintable(history.join(u'\n')));
        // The list shows the new title, still on the same row, still selected.
        const int row = rowOf(view, desk.heating);
        QCOMPARE(view.model()->index(row, TicketTableModel::Title).data().toString(), QStringLiteral("No heating in the flat"));
        QCOMPARE(view.table()->currentIndex().row(), row);

        // Ctrl+S saves too; Revert drops.
        TC_RETITLE(view, "Radiators cold");
        QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(desk.office->tickets().get(desk.heating)->title, QStringLiteral("Radiators cold"));
        QTest::keyClicks(title, QStringLiteral(" again"));
        QVERIFY(view.panel()->hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(view, "revertTicketButton"), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("Radiators cold"));
        QVERIFY(!view.panel()->hasUnsavedChanges());
    }

    void statusOffersOnlyAllowedOnes_data() { backends(); }
    void statusOffersOnlyAllowedOnes()
    {
        TC_DESK(desk);
        IssuesView view(*desk.office);
        TC_SHOW(view);
        TC_SELECT(view, desk.tap);
        auto *status = child<QComboBox>(view, "ticketStatusCombo");
        QStringList expected{QStringLiteral("new")};
        expected += tickets::allowedNextStatuses(QStringLiteral("new"));
        QCOMPARE(comboKeys(status), expected);

        choose(status, QStringLiteral("in_progress"));
        QTest::mouseClick(child<QPushButton>(view, "saveTicketButton"), Qt::LeftButton);
        QTRY_COMPARE(desk.office->tickets().get(desk.tap)->status, QStringLiteral("in_progress"));
        const QStringList offered = comboKeys(status);
        QCOMPARE(status->currentData().toString(), QStringLiteral("in_progress"));
        QVERIFY(!offered.contains(QStringLiteral("new")));
        QVERIFY(!offered.contains(QStringLiteral("closed")));
        for (const QString &key : tickets::allowedNextStatuses(QStringLiteral("in_progress")))
            QVERIFY2(offered.contains(key), qPrintable(key));
        QCOMPARE(offered.size(), tickets::allowedNextStatuses(QStringLiteral("in_progress")).size() + 1);
        QVERIFY(anyContains(historyRows(view), QStringLiteral("Status: new → in progress")));

        // Done leaves the open list; the pane keeps the ticket.
        choose(status, QStringLiteral("done"));
        QTest::mouseClick(child<QPushButton>(view, "saveTicketButton"), Qt::LeftButton);
        QTRY_COMPARE(desk.office->tickets().get(desk.tap)->status, QStringLiteral("done"));
        QTRY_COMPARE(rowOf(view, desk.tap), -1);
        QCOMPARE(view.panel()->ticketId(), desk.tap);
        QCOMPARE(comboKeys(status), (QStringList{QStringLiteral("in_progress"), QStringLiteral("done"), QStringLiteral("closed")}));
    }

    void assignAndComment_data() { backends(); }
    void assignAndComment()
    {
        TC_DESK(desk);
        IssuesView view(*desk.office);
        TC_SHOW(view);
        TC_SELECT(view, desk.noise);
        choose(child<QComboBox>(view, "ticketAssigneeCombo"), desk.beat);
        QTest::mouseClick(child<QPushButton>(view, "saveTicketButton"), Qt::LeftButton);
        QTRY_COMPARE(desk.office->tickets().get(desk.noise)->assigneeId, std::optional<qint64>(desk.beat));
        QVERIFY(anyContains(historyRows(view), QStringLiteral("Assigned: — → Agent Beat")));
        QCOMPARE(view.model()->index(rowOf(view, desk.noise), TicketTableModel::Assignee).data().toString(),
                 QStringLiteral("Agent Beat"));

        // A comment for the tenant (box unticked, Ctrl+Return), then an internal note (the default).
        auto *comment = child<QPlainTextEdit>(view, "ticketCommentEdit");
        auto *internal = child<QCheckBox>(view, "ticketInternalCheck");
        QVERIFY(internal->isChecked());
        QTest::mouseClick(internal, Qt::LeftButton);
        QVERIFY(!internal->isChecked());
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("We send the caretaker tomorrow."));
        QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(comment->toPlainText().isEmpty());
        QVERIFY(internal->isChecked()); // back to internal for the next one
        QTest::keyClicks(comment, QStringLiteral("Caretaker says: neighbour's party."));
        QTest::mouseClick(child<QPushButton>(view, "addCommentButton"), Qt::LeftButton);
        QTRY_VERIFY(comment->toPlainText().isEmpty());

        const QStringList rows = historyRows(view);
        QVERIFY2(anyContains(rows, QStringLiteral("Comment (visible to tenant): We send the caretaker tomorrow.")),
                 qPrintable(rows.join(u'\n')));
        QVERIFY2(anyContains(rows, QStringLiteral("Comment (internal note): Caretaker says: neighbour's party.")),
                 qPrintable(rows.join(u'\n')));
        auto history = desk.office->tickets().history(desk.noise);
        QVERIFY(history);
        int visible = 0, notes = 0;
        for (const TicketHistoryEntry &e : std::as_const(*history)) {
            if (e.kind == u"comment")
                ++(e.internal ? notes : visible);
        }
        QCOMPARE(visible, 1);
        QCOMPARE(notes, 1);
    }

    void bulkAssign_data() { backends(); }
    void bulkAssign()
    {
        TC_DESK(desk);
        IssuesView view(*desk.office);
        TC_SHOW(view);
        // Nothing selected: a word, nothing changed.
        QVERIFY(!view.assignSelected(desk.anna));
        QVERIFY(child<QLabel>(view, "ticketNotice")->isVisible());

        clickRow(view.table(), rowOf(view, desk.heating));
        clickRow(view.table(), rowOf(view, desk.noise), Qt::ControlModifier);
        QCOMPARE(sorted(view.selectedTicketIds()), sorted({desk.heating, desk.noise}));
        auto *action = child<QAction>(view, "assignTo_anna");
        QVERIFY(action);
        action->trigger();
        QTRY_COMPARE(desk.office->tickets().get(desk.heating)->assigneeId, std::optional<qint64>(desk.anna));
        QCOMPARE(desk.office->tickets().get(desk.noise)->assigneeId, std::optional<qint64>(desk.anna));
        QCOMPARE(desk.office->tickets().get(desk.tap)->assigneeId, std::optional<qint64>(desk.anna));
        QCOMPARE(desk.office->tickets().get(desk.key)->assigneeId, std::optional<qint64>(desk.beat));
        QVERIFY(child<QLabel>(view, "ticketNotice")->text().contains(QStringLiteral("Agent Anna")));
        for (qint64 id : {desk.heating, desk.noise})
            QCOMPARE(view.model()->index(rowOf(view, id), TicketTableModel::Assignee).data().toString(), QStringLiteral("Agent Anna"));
        // The current ticket stays current, the pane shows the new assignee.
        QCOMPARE(view.table()->currentIndex().data(TicketTableModel::TicketIdRole).toLongLong(), view.panel()->ticketId());
        QCOMPARE(child<QComboBox>(view, "ticketAssigneeCombo")->currentData().toLongLong(), desk.anna);

        // Under "Unassigned" the assigned rows leave the list; the others stay.
        QTest::mouseClick(child<QPushButton>(view, "unassignedFilter"), Qt::LeftButton);
        QTRY_COMPARE(view.model()->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>(view, "unassignedFilter"), Qt::LeftButton);
        QTRY_COMPARE(view.model()->rowCount(), 3);
        view.table()->selectAll();
        child<QAction>(view, "assignToNobody")->trigger();
        QTRY_COMPARE(desk.office->tickets().get(desk.tap)->assigneeId, std::nullopt);
        QCOMPARE(desk.office->tickets().get(desk.heating)->assigneeId, std::nullopt);
    }

    void conflictKeepMine_data() { backends(); }
    void conflictKeepMine()
    {
        TC_TWO_AGENTS_ON(desk.heating);

        // Anna raises the priority after the view read the ticket.
        TicketChanges theirs;
        theirs.priority = QStringLiteral("urgent");
        QVERIFY(annaOffice->tickets().update(desk.heating, read, theirs));

        auto *title = child<QLineEdit>(view, "ticketTitleEdit");
        TC_RETITLE(view, "Heating off since Monday");
        QTest::mouseClick(child<QPushButton>(view, "saveTicketButton"), Qt::LeftButton);
        QTRY_VERIFY(view.panel()->conflictDialog());
        TicketConflictDialog *dialog = view.panel()->conflictDialog();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("conflictIntro"))->text().contains(QStringLiteral("Agent Anna")));
        auto *changes = dialog->findChild<TicketHistoryList *>(QStringLiteral("conflictChanges"));
        QCOMPARE(changes->topLevelItemCount(), 1);
        QCOMPARE(changes->topLevelItem(0)->text(TicketHistoryList::Who), QStringLiteral("Agent Anna"));
        QCOMPARE(changes->topLevelItem(0)->text(TicketHistoryList::Change), QStringLiteral("Priority: normal → urgent"));
        QVERIFY(dialog->accessibleDescription().contains(QStringLiteral("Agent Anna")));
        // Nothing saved yet, nothing typed lost.
        QCOMPARE(annaOffice->tickets().get(desk.heating)->title, QStringLiteral("Heating off"));
        QCOMPARE(title->text(), QStringLiteral("Heating off since Monday"));

        QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
        QTRY_VERIFY(!view.panel()->conflictDialog());
        auto stored = annaOffice->tickets().get(desk.heating);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Heating off since Monday"));
        QCOMPARE(stored->priority, QStringLiteral("urgent"));
        QCOMPARE(stored->rowVersion, read + 2);
        QVERIFY(!view.panel()->hasUnsavedChanges());
        QCOMPARE(view.panel()->ticket().rowVersion, read + 2);
        QCOMPARE(child<QComboBox>(view, "ticketPriorityCombo")->currentData().toString(), QStringLiteral("urgent"));
        const QStringList history = historyRows(view);
        QVERIFY2(anyContains(history, QStringLiteral("Priority: normal → urgent | Agent Anna")), qPrintable(history.join(u'\n')));
        QVERIFY2(anyContains(history, QStringLiteral("Title: Heating off → Heating off since Monday | Manager Tester")),
                 qPrintable(history.join(u'\n')));
    }

    void conflictTakeTheirs_data() { backends(); }
    void conflictTakeTheirs()
    {
        TC_TWO_AGENTS_ON(desk.noise);

        TicketChanges theirs;
        theirs.title = QStringLiteral("Loud music at night");
        theirs.status = QStringLiteral("in_progress");
        QVERIFY(annaOffice->tickets().update(desk.noise, read, theirs));

        auto *title = child<QLineEdit>(view, "ticketTitleEdit");
        TC_RETITLE(view, "My title");
        choose(child<QComboBox>(view, "ticketPriorityCombo"), QStringLiteral("low"));
        QTest::mouseClick(child<QPushButton>(view, "saveTicketButton"), Qt::LeftButton);
        QTRY_VERIFY(view.panel()->conflictDialog());
        TicketConflictDialog *dialog = view.panel()->conflictDialog();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<TicketHistoryList *>(QStringLiteral("conflictChanges"))->topLevelItemCount(), 2);

        QTest::mouseClick(dialog->takeTheirsButton(), Qt::LeftButton);
        QTRY_VERIFY(!view.panel()->conflictDialog());
        QCOMPARE(title->text(), QStringLiteral("Loud music at night"));
        QCOMPARE(child<QComboBox>(view, "ticketPriorityCombo")->currentData().toString(), QStringLiteral("normal"));
        QCOMPARE(child<QComboBox>(view, "ticketStatusCombo")->currentData().toString(), QStringLiteral("in_progress"));
        QVERIFY(!view.panel()->hasUnsavedChanges());
        auto stored = annaOffice->tickets().get(desk.noise);
        QCOMPARE(stored->title, QStringLiteral("Loud music at night"));
        QCOMPARE(stored->priority, QStringLiteral("normal"));
        QCOMPARE(stored->rowVersion, read + 1);
        QCOMPARE(view.panel()->ticket().rowVersion, read + 1);
        QCOMPARE(view.model()->index(rowOf(view, desk.noise), TicketTableModel::Title).data().toString(),
                 QStringLiteral("Loud music at night"));
    }

    void conflictBackToEditingKeepsTheEdits_data() { backends(); }
    void conflictBackToEditingKeepsTheEdits()
    {
        TC_TWO_AGENTS_ON(desk.tap);
        TicketChanges theirs;
        theirs.category = QStringLiteral("Water and sanitary");
        QVERIFY(annaOffice->tickets().update(desk.tap, read, theirs));

        // Reading the ticket again while editing keeps the edits and says someone changed it.
        auto *title = child<QLineEdit>(view, "ticketTitleEdit");
        TC_RETITLE(view, "Tap drips");
        view.ticketsChanged();
        QCOMPARE(title->text(), QStringLiteral("Tap drips"));
        QVERIFY(child<QLabel>(view, "ticketMessage")->isVisible());
        QVERIFY(anyContains(historyRows(view), QStringLiteral("Category: Repairs → Water and sanitary | Agent Anna")));

        QTest::mouseClick(child<QPushButton>(view, "saveTicketButton"), Qt::LeftButton);
        QTRY_VERIFY(view.panel()->conflictDialog());
        QTRY_VERIFY(view.panel()->conflictDialog()->isVisible());
        view.panel()->conflictDialog()->reject();
        QTRY_VERIFY(!view.panel()->conflictDialog());
        QCOMPARE(title->text(), QStringLiteral("Tap drips"));
        QVERIFY(view.panel()->hasUnsavedChanges());
        QCOMPARE(annaOffice->tickets().get(desk.tap)->title, QStringLiteral("Leaking tap"));
        QVERIFY(child<QLabel>(view, "ticketMessage")->text().contains(QStringLiteral("Not saved")));
    }

    void mainWindowShowsTicketsAndFindsTenants_data() { backends(); }
    void mainWindowShowsTicketsAndFindsTenants()
    {
        TC_DESK(desk);
        MainWindow window(*desk.office);
        TC_SHOW(window);
        auto *view = child<IssuesView>(window, "issuesView");
        QVERIFY(view);

        // A ticket in the list: selected.
        window.showTicket(desk.noise);
        QCOMPARE(window.currentSection(), MainWindow::Section::Issues);
        QTRY_COMPARE(view->panel()->ticketId(), desk.noise);
        QCOMPARE(view->table()->currentIndex().data(TicketTableModel::TicketIdRole).toLongLong(), desk.noise);
        QCOMPARE(view->selectedTicketIds(), QList<qint64>{desk.noise});
        // A done ticket, outside the "open" filter: shown all the same, nothing selected.
        window.showTicket(desk.key);
        QTRY_COMPARE(view->panel()->ticketId(), desk.key);
        QVERIFY(view->selectedTicketIds().isEmpty());
        QVERIFY(child<QLabel>(*view, "ticketHeading")->text().contains(QStringLiteral("Old key")));

        // F5 reads the list again (a ticket created elsewhere appears).
        const int before = view->model()->rowCount();
        const qint64 fresh = desk.create("T-1001", "Window stuck", "Repairs", std::nullopt);
        QVERIFY(fresh > 0);
        QCOMPARE(view->model()->rowCount(), before);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE(view->model()->rowCount(), before + 1);

        // F3 in the issue view asks for the tenant search, which the window opens.
        QSignalSpy asked(view, &IssuesView::findTenantRequested);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_F3);
        QCOMPARE(asked.count(), 1);
        QTRY_VERIFY(window.searchDialog() && window.searchDialog()->isVisible());
        window.searchDialog()->reject();
        QTRY_VERIFY(!window.searchDialog()->isVisible());
        // The button asks too.
        QTest::mouseClick(child<QPushButton>(*view, "findTenantButton"), Qt::LeftButton);
        QCOMPARE(asked.count(), 2);
        QTRY_VERIFY(window.searchDialog()->isVisible());
        window.searchDialog()->reject();
    }

    void ticketsChangedReadsAgain_data() { backends(); }
    void ticketsChangedReadsAgain()
    {
        TC_TWO_AGENTS_ON(desk.heating);
        TicketChanges theirs;
        theirs.title = QStringLiteral("Heating fixed?");
        QVERIFY(annaOffice->tickets().update(desk.heating, read, theirs));
        view.ticketsChanged();
        QCOMPARE(child<QLineEdit>(view, "ticketTitleEdit")->text(), QStringLiteral("Heating fixed?"));
        QVERIFY(child<QLabel>(view, "ticketHeading")->text().contains(QStringLiteral("Heating fixed?")));
        QCOMPARE(view.table()->currentIndex().data(TicketTableModel::TicketIdRole).toLongLong(), desk.heating);
        QCOMPARE(view.model()->index(view.table()->currentIndex().row(), TicketTableModel::Title).data().toString(),
                 QStringLiteral("Heating fixed?"));
    }

    void sortsOnSortableColumnsOnly_data() { backends(); }
    void sortsOnSortableColumnsOnly()
    {
        TC_DESK(desk);
        IssuesView view(*desk.office);
        TC_SHOW(view);
        QHeaderView *header = view.table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(TicketTableModel::Number));
        QCOMPARE(view.model()->index(0, 0).data(TicketTableModel::TicketIdRole).toLongLong(), desk.noise); // newest open first
        const auto clickHeader = [header](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        clickHeader(TicketTableModel::Number);
        QTRY_COMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(view.model()->index(0, 0).data(TicketTableModel::TicketIdRole).toLongLong(), desk.tap);
        clickHeader(TicketTableModel::Title);
        QCOMPARE(header->sortIndicatorSection(), int(TicketTableModel::Number));
        QCOMPARE(view.model()->index(0, 0).data(TicketTableModel::TicketIdRole).toLongLong(), desk.tap);
        for (int column = 0; column < TicketTableModel::ColumnCount; ++column)
            QCOMPARE(header->sectionResizeMode(column), QHeaderView::Interactive);
    }
};

QTEST_MAIN(TestIssuesView)
#include "tst_issuesview.moc"
