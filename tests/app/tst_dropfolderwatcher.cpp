// tst_dropfolderwatcher: what the desktop program does with the drop folder while it runs: a job
// left there is imported on the watcher's thread and moved to done/ (or failed/); the folder is the
// company setting's, followed while the program runs (set, changed, cleared); and a folder that
// cannot be used is reported once instead of silently ignored, and used once it appears.
#include "DropFolderWatcher.h"
#include "TestDatabases.h"
#include "domain/Settings.h"
#include "services/CompanySettings.h"
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
const Actor kManager{std::nullopt, QStringLiteral("manager"), Role::Manager};

bool setDropFolder(Office &office, const QString &path)
{
    auto stored = office.settings().set(kManager, settings::importDropFolder, path);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored.ok();
}

// A migrated database with its company, or nullptr (said why).
std::unique_ptr<Office> openCompany(const DatabaseUrl &url)
{
    auto office = Office::open(url, SchemaPolicy::Migrate, kAdmin);
    if (!office || !(*office)->setup().initializeCompany(kAdmin, QString()).ok()) {
        qWarning("%s", office ? "the company could not be set up" : qPrintable(office.error().message));
        return nullptr;
    }
    return std::move(*office);
}

const QByteArray kOneTenant = "property_ref,unit_ref,tenant_ref,last_name,move_in\nP1,U9,T9,Neu,2024-01-01\n";

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
        QVERIFY(setDropFolder(**office, drop.path()));

        DropFolderWatcher watcher(scratch.url(), kAdmin);
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
        auto office = openCompany(scratch.url());
        QVERIFY(office);
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
        QVERIFY(setDropFolder(*office, missing));
        DropFolderWatcher watcher(scratch.url(), kAdmin);
        QSignalSpy unavailable(&watcher, &DropFolderWatcher::unavailable);
        QSignalSpy processed(&watcher, &DropFolderWatcher::processed);
        watcher.start(100);
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10000);
        QVERIFY(unavailable.first().at(0).toString().contains(QStringLiteral("no-such-folder")));
        QTest::qWait(500); // said once, not at every look
        QCOMPARE(unavailable.count(), 1);
        // The share appears (mounted late): the watcher uses it without a restart.
        QVERIFY(QDir().mkpath(missing));
        QVERIFY(writeSettled(QDir(missing).filePath(QStringLiteral("late.csv")), kOneTenant));
        QTRY_COMPARE_WITH_TIMEOUT(processed.count(), 1, 10000);
        QCOMPARE(processed.first().at(1).toString(), QStringLiteral("applied"));
    }

    // The folder is the setting's at every look: none set does nothing; set, changed and cleared
    // while the program runs, it follows.
    void followsTheSetting()
    {
        test::ScratchDatabase scratch(test::Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = openCompany(scratch.url());
        QVERIFY(office);
        QTemporaryDir first, second;
        QVERIFY(writeSettled(first.filePath(QStringLiteral("a.csv")), kOneTenant));
        QVERIFY(writeSettled(second.filePath(QStringLiteral("b.csv")), kOneTenant));

        DropFolderWatcher watcher(scratch.url(), kAdmin);
        QSignalSpy processed(&watcher, &DropFolderWatcher::processed);
        QSignalSpy unavailable(&watcher, &DropFolderWatcher::unavailable);
        watcher.start(100);
        QTest::qWait(500);
        QCOMPARE(processed.count(), 0); // no drop folder set
        QVERIFY(QFile::exists(first.filePath(QStringLiteral("a.csv"))));

        QVERIFY(setDropFolder(*office, first.path()));
        QTRY_COMPARE_WITH_TIMEOUT(processed.count(), 1, 10000);
        QCOMPARE(processed.last().at(0).toString(), QStringLiteral("a.csv"));
        QVERIFY(setDropFolder(*office, second.path()));
        QTRY_COMPARE_WITH_TIMEOUT(processed.count(), 2, 10000);
        QCOMPARE(processed.last().at(0).toString(), QStringLiteral("b.csv"));

        QVERIFY(setDropFolder(*office, QString()));
        QTest::qWait(400); // the clearing has been read
        QVERIFY(writeSettled(second.filePath(QStringLiteral("c.csv")), kOneTenant));
        QTest::qWait(600);
        QCOMPARE(processed.count(), 2);
        QVERIFY(QFile::exists(second.filePath(QStringLiteral("c.csv"))));
        QCOMPARE(unavailable.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDropFolderWatcher)
#include "tst_dropfolderwatcher.moc"
