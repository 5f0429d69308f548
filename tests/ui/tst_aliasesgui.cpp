// tst_aliasesgui: alias users in the GUI as an administrator uses them, on SQLite and PostgreSQL: a
// new alias for a unit from the master data, refused with the reason when the name is missing; the
// import then delivers a tenant of that unit and name, the tenant list says a proposal waits, and
// the alias list links the alias to that tenant on confirmation, moving its ticket.
#include "AliasUsersDialog.h"
#include "MasterDataView.h"
#include "NewTicketDialog.h"
#include "TenantDetailDialog.h"
#include "TenantsView.h"
#include "TestDatabases.h"
#include "TicketHistoryList.h"
#include "TicketPanel.h"
#include "itemmodels/TenantTableModel.h"
#include "domain/Settings.h"
#include "itemmodels/MasterDataModel.h"
#include "services/Office.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace tc;

namespace {

const QDate kToday(2026, 6, 1);

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

void clickRow(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

bool setAliasUsers(const Office &office, bool on)
{
    return office.settings().set(office.actor(), {{settings::aliasUsers, on ? QStringLiteral("true") : QStringLiteral("false")}}).ok();
}

// The tenant-list row that delivers `first last` on the unit, with the unit's own property and address.
QByteArray rowForUnit(const Office &office, qint64 unitId, const QString &ref, const QString &first, const QString &last)
{
    auto q = office.database().exec(QStringLiteral("SELECT p.erp_ref, p.name, b.street, b.house_number, b.postal_code, b.city, "
                                                   "u.erp_ref, u.label FROM units u JOIN buildings b ON b.id = u.building_id "
                                                   "JOIN properties p ON p.id = b.property_id WHERE u.id = ?"),
                                    {unitId});
    if (!q || !q->next())
        return {};
    const QStringList cells{q->value(0).toString(), q->value(1).toString(),
                            (q->value(2).toString() + u' ' + q->value(3).toString()).trimmed(), q->value(4).toString(),
                            q->value(5).toString(), q->value(6).toString(), q->value(7).toString(), ref, first, last,
                            QString(), QString(), QStringLiteral("de"), QStringLiteral("2026-08-01"), QString()};
    QStringList quoted;
    for (const QString &cell : cells)
        quoted << u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return quoted.join(u',').toUtf8() + '\n';
}

} // namespace

#define TC_SHOW(widget)                                                                                 \
    (widget).resize(1100, 760);                                                                         \
    (widget).show();                                                                                    \
    QVERIFY(QTest::qWaitForWindowExposed(&(widget)));                                                   \
    (widget).activateWindow();                                                                          \
    QVERIFY(QTest::qWaitForWindowActive(&(widget)));

class TestAliasesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenantCockpitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_aliasesgui"));
    }

    void aliasFromUnitLinkedOnConfirmation_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void aliasFromUnitLinkedOnConfirmation()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto opened = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        QVERIFY(opened);
        std::unique_ptr<Office> office = std::move(*opened);
        QVERIFY(office->setup().initializeCompany(office->actor(), QStringLiteral("Test AG")).ok());
        QVERIFY(office->demoData().generate(200, kToday, {}).ok());

        MasterDataView view(*office);
        view.setToday(kToday);
        TC_SHOW(view);
        auto *tree = child<QTreeView>(view, "masterDataTree");
        MasterDataModel *model = view.model();
        const QModelIndex property = model->index(0, 0);
        tree->expand(property);
        QTRY_VERIFY(model->rowCount(property) > 0);
        const QModelIndex building = model->index(0, 0, property);
        tree->expand(building);
        QTRY_VERIFY(model->rowCount(building) > 0);
        const QModelIndex unit = model->index(0, 0, building);
        const qint64 unitId = MasterDataModel::id(unit);

        // Off: no button.
        clickRow(tree, unit);
        QTRY_COMPARE(child<QLabel>(view, "detailTitle")->text(), unit.data().toString());
        auto *newAlias = child<QPushButton>(view, "newAliasButton");
        QVERIFY(newAlias);
        QVERIFY(!newAlias->isVisible());

        QVERIFY(setAliasUsers(*office, true));
        clickRow(tree, building);
        QTRY_COMPARE(child<QLabel>(view, "detailTitle")->text(), building.data().toString());
        QVERIFY(!newAlias->isVisible());
        clickRow(tree, unit);
        QTRY_VERIFY(newAlias->isVisible());
        QTest::mouseClick(newAlias, Qt::LeftButton);
        QPointer<NewAliasDialog> dialog;
        QTRY_VERIFY((dialog = child<NewAliasDialog>(view, "newAliasDialog")) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));

        // No name: refused in the dialog, which stays open.
        QTest::mouseClick(child<QPushButton>(*dialog, "createAliasButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(*dialog, "aliasError")->isVisible());
        QVERIFY(child<QLabel>(*dialog, "aliasError")->text().contains(QStringLiteral("name")));
        QVERIFY(dialog->isVisible());

        QTest::keyClicks(child<QLineEdit>(*dialog, "aliasName"), QStringLiteral("Nora Meier"));
        dialog->setValues(QStringLiteral("Nora Meier"), QDate(2026, 8, 1));
        QTest::mouseClick(child<QPushButton>(*dialog, "createAliasButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        auto *people = child<QTreeWidget>(view, "detailTenants");
        QTreeWidgetItem *aliasRow = nullptr;
        QTRY_VERIFY([&] {
            const auto rows = people->findItems(QStringLiteral("Nora Meier"), Qt::MatchExactly);
            aliasRow = rows.isEmpty() ? nullptr : rows.first();
            return aliasRow != nullptr;
        }());
        QCOMPARE(aliasRow->text(3), QStringLiteral("alias user"));
        const qint64 aliasId = aliasRow->data(0, Qt::UserRole).toLongLong();
        QVERIFY(aliasId > 0);

        // A ticket for the alias, logged in its tenant window (Ctrl+N) with the alias's unit preselected;
        // then the ERP delivers Nora Meier on that unit.
        NewTicketDialog newTicket(*office, aliasId);
        newTicket.setToday(kToday);
        auto *unitCombo = child<QComboBox>(newTicket, "ticketUnitCombo");
        QVERIFY(unitCombo);
        QCOMPARE(unitCombo->currentData().toLongLong(), unitId);
        newTicket.titleEdit()->setText(QStringLiteral("Wann ist die Übergabe?"));
        const std::optional<qint64> ticket = newTicket.save();
        QVERIFY(ticket);
        QCOMPARE(office->tickets().get(*ticket)->unitId.value_or(0), unitId);

        TenantsView tenants(*office);
        tenants.setToday(kToday);
        TC_SHOW(tenants);
        auto *hint = child<QLabel>(tenants, "aliasHint");
        QVERIFY(!hint->isVisible());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("neu.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,"
                   "phone,language,move_in,move_out\n");
        file.write(rowForUnit(*office, unitId, QStringLiteral("T-NEU-1"), QStringLiteral("Nora"), QStringLiteral("Meier")));
        file.close();
        ImportOptions options;
        options.mode = ImportMode::Delta;
        options.importDate = kToday;
        auto report = office->imports().run(path, options);
        QVERIFY2(report && report->applied(), qPrintable(report ? report->summaryText() : report.error().message));
        QCOMPARE(report->aliasProposals.size(), 1);

        tenants.reload();
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("1 alias user")));
        QTest::mouseClick(child<QPushButton>(tenants, "aliasUsersButton"), Qt::LeftButton);
        QPointer<AliasUsersDialog> list;
        QTRY_VERIFY((list = child<AliasUsersDialog>(tenants, "aliasUsersDialog")) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(list.data()));
        QCOMPARE(list->list()->topLevelItemCount(), 1);
        QVERIFY(list->list()->topLevelItem(0)->text(5).contains(QStringLiteral("T-NEU-1")));
        QTest::mouseClick(child<QPushButton>(*list, "linkAliasOpenButton"), Qt::LeftButton);
        QPointer<LinkAliasDialog> link;
        QTRY_VERIFY((link = child<LinkAliasDialog>(*list, "linkAliasDialog")) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(link.data()));
        // The single proposal is preselected; nothing happens before the click.
        QVERIFY(child<QRadioButton>(*link, "aliasCandidate0")->isChecked());
        QCOMPARE(office->tickets().get(*ticket)->personId, aliasId);
        QTest::mouseClick(child<QPushButton>(*link, "linkAliasButton"), Qt::LeftButton);
        QTRY_VERIFY(link.isNull());
        QTRY_COMPARE(list->list()->topLevelItemCount(), 0);
        QCOMPARE(office->tickets().get(*ticket)->personId, office->tenants().idOf(QStringLiteral("T-NEU-1")).value_or(0));
        list->reject();
        QTRY_VERIFY(!hint->isVisible());
    }

    // The story as the office sees it: the import makes a name-only future tenant an alias
    // (shown as such in the tenant list and the detail), the next import brings the address, the
    // invitation and registration follow, and the ticket's history in the issue view says it passed
    // from the alias to the registered tenant.
    void importedAliasStory_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void importedAliasStory()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto opened = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        QVERIFY(opened);
        std::unique_ptr<Office> office = std::move(*opened);
        QVERIFY(office->setup().initializeCompany(office->actor(), QStringLiteral("Test AG")).ok());
        QVERIFY(setAliasUsers(*office, true));
        QVERIFY(office->settings()
                    .set(office->actor(), {{settings::smtpFrom, QStringLiteral("Régie <mieter@regie.example.ch>")},
                                           {settings::registrationBaseUrl, QStringLiteral("https://app.example.ch/r")}})
                    .ok());

        QTemporaryDir dir;
        const QByteArray header = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                                  "last_name,email,phone,language,move_in,move_out\n";
        const auto importRows = [&](const QByteArray &row) {
            const QString path = dir.filePath(QStringLiteral("list.csv"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(header + row);
            file.close();
            ImportOptions options;
            options.importDate = kToday;
            auto report = office->imports().run(path, options);
            return report && report->applied();
        };
        QVERIFY(importRows("P1,Seeblick,Seestrasse 1,8001,Zürich,U1,Wohnung 1,T-1,Lea,Brunner,,,de,2026-09-01,\n"));
        const qint64 lea = office->tenants().idOf(QStringLiteral("T-1")).value_or(0);
        QVERIFY(lea > 0);

        TenantsView tenants(*office);
        tenants.setToday(kToday);
        TC_SHOW(tenants);
        QCOMPARE(tenants.model()->rowCount(), 1);
        QCOMPARE(tenants.model()->index(0, TenantTableModel::Status).data().toString(), QStringLiteral("alias"));
        tenants.openTenant(lea);
        QPointer<TenantDetailDialog> detail;
        QTRY_VERIFY((detail = child<TenantDetailDialog>(tenants, "tenantDetailDialog")) != nullptr);
        QVERIFY(child<QLabel>(*detail, "tenantDetailSubtitle")->text().contains(QStringLiteral("alias")));
        detail->reject();
        QTRY_VERIFY(detail.isNull());

        TicketDraft draft;
        draft.personId = lea;
        draft.title = QStringLiteral("Besichtigung");
        auto ticket = office->tickets().create(draft);
        QVERIFY(ticket);
        QVERIFY(importRows("P1,Seeblick,Seestrasse 1,8001,Zürich,U1,Wohnung 1,T-1,Lea,Brunner,lea@example.ch,,de,"
                           "2026-09-01,\n"));
        QVERIFY(office->invitations().invite({lea}).ok());
        auto code = office->database().scalar(QStringLiteral("SELECT code FROM activation_codes WHERE person_id = ?"), {lea});
        QVERIFY(code);
        QVERIFY(office->registration().registerTenant(code->toString(), QStringLiteral("Grüezi-Sonnenhof-7"),
                                                      QStringLiteral("test")));

        tenants.reload();
        QCOMPARE(tenants.model()->index(0, TenantTableModel::Status).data().toString(), QStringLiteral("registered"));
        TicketPanel panel(*office);
        TC_SHOW(panel);
        panel.showTicket(*ticket);
        auto *history = child<TicketHistoryList>(panel, "ticketHistory");
        QVERIFY(history);
        QTRY_COMPARE(history->topLevelItemCount(), 2);
        const QString transferred = history->topLevelItem(1)->text(TicketHistoryList::Change);
        QVERIFY2(transferred.contains(QStringLiteral("Transferred from alias")), qPrintable(transferred));
        QVERIFY2(transferred.contains(QStringLiteral("T-1")), qPrintable(transferred));
    }
};

QTEST_MAIN(TestAliasesGui)
#include "tst_aliasesgui.moc"
