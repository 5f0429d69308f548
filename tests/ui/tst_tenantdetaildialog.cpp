// tst_tenantdetaildialog: one tenant's detail driven like a user does, on SQLite and on PostgreSQL:
// data, tenancies and history; edits saved through the service with the row version; fields the ERP
// manages locked with the hint; a refusal (ERP-owned, someone else saved, a bad value) shown in the
// dialog with the edits kept; agents read-only; opened from the tenant table by double-click and Enter.
#include "TenantDetailDialog.h"
#include "TenantsView.h"
#include "TestDatabases.h"
#include "domain/Settings.h"
#include "itemmodels/TenantTableModel.h"
#include "services/Office.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using tc::TenantDetailDialog;

namespace {

const QDate kToday(2026, 6, 1);

tc::Result<std::unique_ptr<tc::Office>> openFilledOffice(const tc::DatabaseUrl &url)
{
    auto office = tc::Office::open(url, tc::SchemaPolicy::Migrate, tc::Actor::localOwner());
    if (!office)
        return office.error();
    if (auto s = (*office)->setup().initializeCompany((*office)->actor(), QStringLiteral("Test AG")); !s)
        return s.error();
    if (auto counts = (*office)->demoData().generate(300, kToday, {}); !counts)
        return counts.error();
    return std::move(*office);
}

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

// Replaces a line edit's text the way a user does: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

QString message(const TenantDetailDialog &dialog)
{
    return child<QLabel>(dialog, "tenantDetailMessage")->text();
}

// A double-click as the platform delivers it: press, release, double-click, release. (QTest::mouseDClick
// alone sends only the double-click event, which item views take for a first press.)
void doubleClick(QWidget *widget, QPoint pos)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

void backends()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

} // namespace

#define TC_FILLED_OFFICE(office)                                                                        \
    TC_SCRATCH_DATABASE(scratch);                                                                       \
    auto office##Opened = openFilledOffice(scratch.url());                                              \
    QVERIFY2(office##Opened.ok(), office##Opened.ok() ? "" : qPrintable(office##Opened.error().message)); \
    std::unique_ptr<tc::Office> office = std::move(*office##Opened);                                    \
    const qint64 personId = office->tenants().idOf(QStringLiteral("1000001")).value_or(0);              \
    QVERIFY(personId > 0);

#define TC_SHOW(widget)                                                                                 \
    (widget).show();                                                                                    \
    QVERIFY(QTest::qWaitForWindowExposed(&(widget)));                                                   \
    (widget).activateWindow();                                                                          \
    QVERIFY(QTest::qWaitForWindowActive(&(widget)));

class TestTenantDetailDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenantCockpitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tenantdetaildialog"));
    }

    void showsDataTenanciesAndHistory_data() { backends(); }
    void showsDataTenanciesAndHistory()
    {
        TC_FILLED_OFFICE(office);
        const tc::TenantDetail detail = *office->tenants().detail(personId);
        TenantDetailDialog dialog(*office, personId);
        dialog.setToday(kToday);
        TC_SHOW(dialog);
        QCOMPARE(dialog.personId(), personId);
        QCOMPARE(child<QLabel>(dialog, "tenantDetailTitle")->text(), detail.displayName());
        QVERIFY(child<QLabel>(dialog, "tenantDetailSubtitle")->text().contains(QStringLiteral("1000001")));
        QVERIFY(dialog.windowTitle().contains(detail.displayName()));
        QCOMPARE(child<QLineEdit>(dialog, "firstNameEdit")->text(), detail.firstName);
        QCOMPARE(child<QLineEdit>(dialog, "lastNameEdit")->text(), detail.lastName);
        QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), detail.email);
        QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), detail.phone);
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), detail.language);
        // Everything a user may touch has a name a screen reader says.
        for (const char *name : {"firstNameEdit", "lastNameEdit", "emailEdit", "phoneEdit", "languageCombo",
                                 "saveTenantButton", "reloadTenantButton", "closeTenantButton", "tenancyList", "historyList"})
            QVERIFY2(!child<QWidget>(dialog, name)->accessibleName().isEmpty(), name);

        // Not ERP-owned (the interface is off): editable, no lock, no hint.
        QVERIFY(!detail.erpOwned);
        QVERIFY(!child<QLineEdit>(dialog, "lastNameEdit")->isReadOnly());
        QVERIFY(!child<QWidget>(dialog, "erpLockHint")->isVisible());
        QVERIFY(!child<QAction>(dialog, "lastNameEditLock")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "readOnlyHint")->isVisible());

        auto *tenancies = child<QTreeWidget>(dialog, "tenancyList");
        QCOMPARE(tenancies->topLevelItemCount(), int(detail.tenancies.size()));
        QVERIFY(tenancies->topLevelItemCount() > 0);
        const tc::TenancyInfo &t = detail.tenancies.first();
        QVERIFY(tenancies->topLevelItem(0)->text(0).contains(t.unitLabel));
        QCOMPARE(tenancies->topLevelItem(0)->text(1), t.address);
        QCOMPARE(tenancies->topLevelItem(0)->text(2), t.propertyName);
        QVERIFY(QStringList({QStringLiteral("current"), QStringLiteral("former"), QStringLiteral("moving in")})
                    .contains(tenancies->topLevelItem(0)->text(5)));
        QVERIFY(child<QLabel>(dialog, "tenanciesHeading")->text().contains(QString::number(detail.tenancies.size())));
        auto *history = child<QTreeWidget>(dialog, "historyList");
        QCOMPARE(history->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>(dialog, "historyHeading")->text().contains(QStringLiteral("none")));

        // A change made elsewhere shows after Reload, newest first.
        tc::TenantEdit edit;
        edit.phone = QStringLiteral("044 111 22 33");
        QVERIFY(office->tenants().update(office->actor(), personId, edit).ok());
        edit.phone = QStringLiteral("044 111 22 44");
        QVERIFY(office->tenants().update(office->actor(), personId, edit).ok());
        QTest::mouseClick(child<QPushButton>(dialog, "reloadTenantButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), QStringLiteral("044 111 22 44"));
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("Changed in the Cockpit"));
        QVERIFY(history->topLevelItem(0)->text(4).contains(QStringLiteral("044 111 22 44")));
        QVERIFY(history->topLevelItem(1)->text(4).contains(QStringLiteral("044 111 22 33")));
    }

    void savesEditsThroughTheService_data() { backends(); }
    void savesEditsThroughTheService()
    {
        TC_FILLED_OFFICE(office);
        TenantDetailDialog dialog(*office, personId);
        TC_SHOW(dialog);
        QSignalSpy saved(&dialog, &TenantDetailDialog::saved);
        const int versionBefore = dialog.detail().rowVersion;

        QTest::mouseClick(child<QPushButton>(dialog, "saveTenantButton"), Qt::LeftButton);
        QCOMPARE(message(dialog), QStringLiteral("Nothing to save."));
        QCOMPARE(saved.size(), 0);

        retype(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("neue.adresse@example.ch"));
        auto *language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("it")));
        QTest::mouseClick(child<QPushButton>(dialog, "saveTenantButton"), Qt::LeftButton);
        QTRY_COMPARE(message(dialog), QStringLiteral("Saved."));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toLongLong(), personId);
        const tc::TenantDetail stored = *office->tenants().detail(personId);
        QCOMPARE(stored.email, QStringLiteral("neue.adresse@example.ch"));
        QCOMPARE(stored.language, QStringLiteral("it"));
        QCOMPARE(stored.rowVersion, versionBefore + 1);
        QCOMPARE(dialog.detail().rowVersion, stored.rowVersion);
        auto *history = child<QTreeWidget>(dialog, "historyList");
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(1), office->actor().name);
        QVERIFY(history->topLevelItem(0)->text(4).contains(QStringLiteral("neue.adresse@example.ch")));

        // A bad value is refused where it was typed, and the edit stays.
        retype(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("not an address"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveTenantButton"), Qt::LeftButton);
        QTRY_VERIFY2(message(dialog).contains(QStringLiteral("is not an e-mail address")), qPrintable(message(dialog)));
        QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), QStringLiteral("not an address"));
        QCOMPARE(office->tenants().detail(personId)->email, QStringLiteral("neue.adresse@example.ch"));
        QCOMPARE(saved.size(), 1);
        QVERIFY(dialog.isVisible());
    }

    void erpOwnedFieldsAreLocked_data() { backends(); }
    void erpOwnedFieldsAreLocked()
    {
        TC_FILLED_OFFICE(office);
        QVERIFY(office->settings().set(office->actor(), tc::settings::erpInterface, QStringLiteral("true")).ok());
        TenantDetailDialog dialog(*office, personId);
        TC_SHOW(dialog);
        QVERIFY(dialog.detail().erpOwned);
        auto *hint = child<QWidget>(dialog, "erpLockHint");
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->toolTip(), tc::Tenants::erpOwnedMessage());
        QVERIFY(child<QLabel>(dialog, "erpLockHintText")->text().contains(QStringLiteral("managed by the ERP")));
        for (const char *name : {"firstNameEdit", "lastNameEdit", "emailEdit", "phoneEdit"}) {
            auto *edit = child<QLineEdit>(dialog, name);
            QVERIFY2(edit->isReadOnly(), name);
            QCOMPARE(edit->toolTip(), tc::Tenants::erpOwnedMessage());
            auto *lock = child<QAction>(dialog, qPrintable(QString::fromLatin1(name) + QStringLiteral("Lock")));
            QVERIFY2(lock && lock->isVisible(), name);
        }
        const QString lastName = dialog.detail().lastName;
        QTest::mouseClick(child<QLineEdit>(dialog, "lastNameEdit"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "lastNameEdit"), QStringLiteral("x"));
        QCOMPARE(child<QLineEdit>(dialog, "lastNameEdit")->text(), lastName);

        // The language is the office's to choose.
        auto *language = child<QComboBox>(dialog, "languageCombo");
        QVERIFY(language->isEnabled());
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QTest::mouseClick(child<QPushButton>(dialog, "saveTenantButton"), Qt::LeftButton);
        QTRY_COMPARE(message(dialog), QStringLiteral("Saved."));
        QCOMPARE(office->tenants().detail(personId)->language, QStringLiteral("fr"));
    }

    void refusalStaysInTheDialog_data() { backends(); }
    void refusalStaysInTheDialog()
    {
        TC_FILLED_OFFICE(office);
        TenantDetailDialog dialog(*office, personId);
        TC_SHOW(dialog);
        const QString lastName = dialog.detail().lastName;
        // A manager switches the ERP interface on while the dialog is open.
        QVERIFY(office->settings().set(office->actor(), tc::settings::erpInterface, QStringLiteral("true")).ok());
        retype(child<QLineEdit>(dialog, "lastNameEdit"), QStringLiteral("Anders"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveTenantButton"), Qt::LeftButton);
        QTRY_COMPARE(message(dialog), tc::Tenants::erpOwnedMessage());
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "lastNameEdit")->text(), QStringLiteral("Anders"));
        QCOMPARE(office->tenants().detail(personId)->lastName, lastName);
        // Reload shows the stored name, now locked.
        QTest::mouseClick(child<QPushButton>(dialog, "reloadTenantButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(dialog, "lastNameEdit")->text(), lastName);
        QVERIFY(child<QLineEdit>(dialog, "lastNameEdit")->isReadOnly());
        QVERIFY(child<QWidget>(dialog, "erpLockHint")->isVisible());
        QCOMPARE(message(dialog), QString());
    }

    void someoneElseSavedFirst_data() { backends(); }
    void someoneElseSavedFirst()
    {
        TC_FILLED_OFFICE(office);
        TenantDetailDialog dialog(*office, personId);
        TC_SHOW(dialog);
        tc::TenantEdit other;
        other.language = QStringLiteral("en");
        QVERIFY(office->tenants().update(office->actor(), personId, other).ok());
        retype(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("044 999 88 77"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveTenantButton"), Qt::LeftButton);
        QTRY_VERIFY2(message(dialog).contains(QStringLiteral("Someone else changed")), qPrintable(message(dialog)));
        QVERIFY(office->tenants().detail(personId)->phone != QStringLiteral("044 999 88 77"));
        QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), QStringLiteral("044 999 88 77"));
        // After Reload the same edit goes through.
        QTest::mouseClick(child<QPushButton>(dialog, "reloadTenantButton"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QStringLiteral("en"));
        retype(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("044 999 88 77"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveTenantButton"), Qt::LeftButton);
        QTRY_COMPARE(message(dialog), QStringLiteral("Saved."));
        QCOMPARE(office->tenants().detail(personId)->phone, QStringLiteral("044 999 88 77"));
    }

    void agentsSeeEverythingReadOnly_data() { backends(); }
    void agentsSeeEverythingReadOnly()
    {
        TC_FILLED_OFFICE(office);
        auto agentOffice = tc::Office::open(scratch.url(), tc::SchemaPolicy::Migrate,
                                            tc::Actor{std::nullopt, QStringLiteral("Agent Anna"), tc::Role::Agent});
        QVERIFY(agentOffice.ok());
        TenantDetailDialog dialog(**agentOffice, personId);
        TC_SHOW(dialog);
        for (const char *name : {"firstNameEdit", "lastNameEdit", "emailEdit", "phoneEdit"})
            QVERIFY2(child<QLineEdit>(dialog, name)->isReadOnly(), name);
        QVERIFY(!child<QComboBox>(dialog, "languageCombo")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "saveTenantButton")->isVisible());
        QVERIFY(child<QLabel>(dialog, "readOnlyHint")->isVisible());
        QVERIFY(!child<QWidget>(dialog, "erpLockHint")->isVisible()); // the ERP is not why
        QVERIFY(child<QTreeWidget>(dialog, "tenancyList")->topLevelItemCount() > 0);
        QVERIFY(!dialog.save());
        QCOMPARE(office->tenants().detail(personId)->rowVersion, 1);
    }

    void openedFromTheTenantTable_data() { backends(); }
    void openedFromTheTenantTable()
    {
        TC_FILLED_OFFICE(office);
        tc::TenantsView view(*office);
        view.resize(1100, 700);
        TC_SHOW(view);
        QTableView *table = view.table();
        tc::TenantTableModel *model = view.model();
        const auto idOf = [model](int row) { return model->index(row, 0).data(tc::TenantTableModel::PersonIdRole).toLongLong(); };

        // Double-click.
        const QRect second = table->visualRect(model->index(1, tc::TenantTableModel::Name));
        doubleClick(table->viewport(), second.center());
        QPointer<TenantDetailDialog> dialog;
        QTRY_VERIFY((dialog = child<TenantDetailDialog>(view, "tenantDetailDialog")) != nullptr);
        QCOMPARE(dialog->personId(), idOf(1));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());

        // Enter on the current row.
        table->setFocus();
        table->setCurrentIndex(model->index(3, tc::TenantTableModel::Email));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY((dialog = child<TenantDetailDialog>(view, "tenantDetailDialog")) != nullptr);
        QCOMPARE(dialog->personId(), idOf(3));
        QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));

        // A saved name shows in the table at once, in its new place.
        retype(child<QLineEdit>(*dialog, "lastNameEdit"), QStringLiteral("Aaberg"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveTenantButton"), Qt::LeftButton);
        QTRY_COMPARE(message(*dialog), QStringLiteral("Saved."));
        QTRY_VERIFY(model->index(0, tc::TenantTableModel::Name).data().toString().startsWith(QStringLiteral("Aaberg, ")));
        QCOMPARE(idOf(0), dialog->personId());
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }
};

QTEST_MAIN(TestTenantDetailDialog)
#include "tst_tenantdetaildialog.moc"
