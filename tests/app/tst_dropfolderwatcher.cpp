// tst_dropfolderwatcher: what the desktop program does with the drop folder while it runs: a job
// left there is imported on the watcher's thread and moved to done/ (or failed/), and a folder that
// cannot be used is reported instead of silently ignored.
#include "DropFolderWatcher.h"
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tc;

namespace {

const Actor kAdmin{std::nullopt, QStringLiteral("tester"), Role::Administrator};

// Written, then dated a minute back: the drop folder treats it as finished at first sight.
bool writeSettled(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    return file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime);
}

} // namespace

class TestDropFolderWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAndMovesJobs_data() { test::addBackendColumn(); test::addBackendRows(); }
    void importsAndMovesJobs()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, kAdmin);
        QVERIFY2(office, office ? "" : qPrintable(office.error().message));
        QVERIFY((*office)->setup().initializeCompany(kAdmin, QString()).ok());
        QTemporaryDir drop;
        QVERIFY(writeSettled(drop.filePath(QStringLiteral("tenants.csv")),
                             "property_ref,unit_ref,tenant_ref,last_name,email,move_in\n"
                             "P1,U1,T1,Muster,m@example.ch,2021-05-01\nP1,U2,T2,Meier,,2022-01-01\n"));
        QVERIFY(writeSettled(drop.filePath(QStringLiteral("broken.csv")), "just,a,header\n"));

        DropFolderWatcher watcher(scratch.url(), kAdmin, drop.path());
        QSignalSpy processed(&watcher, &DropFolderWatcher::processed);
        QSignalSpy unavailable(&watcher, &DropFolderWatcher::unavailable);
        watcher.start(200);
        QTRY_COMPARE_WITH_TIMEOUT(processed.count(), 2, 20000);
        QCOMPARE(unavailable.count(), 0);
        QMap<QString, QString> statusOf;
        for (const QList<QVariant> &signal : processed)
            statusOf.insert(signal.at(0).toString(), signal.at(1).toString());
        QCOMPARE(statusOf.value(QStringLiteral("tenants.csv")), QStringLiteral("applied"));
        QCOMPARE(statusOf.value(QStringLiteral("broken.csv")), QStringLiteral("rejected"));
        QVERIFY(!QFile::exists(drop.filePath(QStringLiteral("tenants.csv"))));
        const QStringList done = QDir(drop.filePath(QStringLiteral("done"))).entryList(QDir::Files);
        const QStringList failed = QDir(drop.filePath(QStringLiteral("failed"))).entryList(QDir::Files);
        QCOMPARE(done.size(), 2); // the file and its report
        QVERIFY(done.filter(QStringLiteral(".report.json")).size() == 1);
        QCOMPARE(failed.size(), 2);
        QCOMPARE((*office)->database().scalar(QStringLiteral("SELECT COUNT(*) FROM persons"))->toLongLong(), 2);
        // Nothing new appears: nothing is imported twice.
        QTest::qWait(600);
        QCOMPARE(processed.count(), 2);
    }

    void unusableFolderIsReported()
    {
        test::ScratchDatabase scratch(test::Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, kAdmin);
        QVERIFY(office);
        QTemporaryDir dir;
        DropFolderWatcher watcher(scratch.url(), kAdmin, dir.filePath(QStringLiteral("no-such-folder")));
        QSignalSpy unavailable(&watcher, &DropFolderWatcher::unavailable);
        watcher.start(200);
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10000);
        QVERIFY(unavailable.first().at(0).toString().contains(QStringLiteral("no-such-folder")));
    }
};

QTEST_GUILESS_MAIN(TestDropFolderWatcher)
#include "tst_dropfolderwatcher.moc"
