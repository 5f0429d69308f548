// tst_importwizard: the import wizard on both databases, driven like a user: a preview that changes
// nothing, Apply that imports on a worker thread, a bad file that cannot be applied, and Stop.
#include "ImportWizard.h"
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tc;

namespace {

const Actor kAdmin{std::nullopt, QStringLiteral("tester"), Role::Administrator};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray tenantList(int rows)
{
    QByteArray csv = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,"
                     "email,phone,language,move_in,move_out\n";
    for (int i = 0; i < rows; ++i) {
        csv += "P1,Seepark,Seestrasse 1,8002,Zürich,U" + QByteArray::number(i) + ",Whg " + QByteArray::number(i) + ",T"
               + QByteArray::number(i) + ",Anna,Müller" + QByteArray::number(i) + ",a" + QByteArray::number(i)
               + "@example.ch,044 123 45 67,de,2020-04-01,\n";
    }
    return csv;
}

qint64 persons(const Office &office)
{
    return office.database().scalar(QStringLiteral("SELECT COUNT(*) FROM persons"))->toLongLong();
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Office> open(const test::ScratchDatabase &scratch)
    {
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, kAdmin);
        if (!office) {
            qWarning("%s", qPrintable(office.error().message));
            return nullptr;
        }
        if (auto s = (*office)->setup().initializeCompany(kAdmin, QString()); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return nullptr;
        }
        return std::move(*office);
    }

private Q_SLOTS:
    void previewThenApply_data() { test::addBackendColumn(); test::addBackendRows(); }
    void previewThenApply()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("tenants.csv"), tenantList(12));
        QVERIFY(!path.isEmpty());

        ImportWizard wizard(scratch.url(), kAdmin);
        bool imported = false;
        connect(&wizard, &ImportWizard::imported, this, [&imported] { imported = true; });
        wizard.show();
        wizard.setPath(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        auto *changes = wizard.findChild<QTableWidget *>(QStringLiteral("importChanges"));
        auto *counts = wizard.findChild<QLabel *>(QStringLiteral("importCounts"));
        QVERIFY(changes && counts);
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("12 added")), 20000);
        QVERIFY(changes->rowCount() >= 12);
        QCOMPARE(persons(*office), 0); // a preview changes nothing
        QAbstractButton *apply = wizard.button(QWizard::CommitButton);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 20000);
        QVERIFY(imported);
        QVERIFY(wizard.appliedReport().has_value());
        QCOMPARE(wizard.appliedReport()->tenants.added, 12);
        QCOMPARE(persons(*office), 12);
        auto *report = wizard.findChild<QLabel *>(QStringLiteral("importReport"));
        QVERIFY(report->text().contains(QString::number(wizard.appliedReport()->runId)));
    }

    void badFileCannotBeApplied_data() { test::addBackendColumn(); test::addBackendRows(); }
    void badFileCannotBeApplied()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        QTemporaryDir dir;
        // A required column (move-in) is missing: the whole file is refused.
        const QString path = writeFile(dir, QStringLiteral("broken.csv"),
                                       "property_ref,unit_ref,tenant_ref,last_name\nP1,U1,T1,Muster\n");
        ImportWizard wizard(scratch.url(), kAdmin);
        wizard.show();
        wizard.setPath(path);
        wizard.next();
        auto *rejected = wizard.findChild<QTableWidget *>(QStringLiteral("importRejected"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected->rowCount(), 1, 20000);
        QVERIFY2(rejected->item(0, 3)->text().contains(QStringLiteral("move_in")), qPrintable(rejected->item(0, 3)->text()));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(persons(*office), 0);
    }

    void stopCancelsAndChangesNothing()
    {
        test::ScratchDatabase scratch(test::Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("big.csv"), tenantList(60000));
        ImportWizard wizard(scratch.url(), kAdmin);
        wizard.show();
        wizard.setPath(path);
        wizard.next();
        auto *stop = wizard.findChild<QAbstractButton *>(QStringLiteral("importStop"));
        auto *status = wizard.findChild<QLabel *>(QStringLiteral("importPreviewStatus"));
        QVERIFY(stop && stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Cancelled")), 30000);
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(persons(*office), 0);
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT COUNT(*) FROM import_runs"))->toLongLong(), 0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
