// LocalBackup on real SQLite files: a copy made while another connection writes is one intact state
// (no uncommitted row, no half of a commit); a copy never overwrites; a restore keeps the data it
// replaces, refuses files that are not office files or come from a newer version, and a second
// connection (the desktop program) sees the restored data. A PostgreSQL office is refused with the
// pg_dump recipe.
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/LocalBackup.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace tc;

namespace {

std::unique_ptr<Office> openDemoOffice(const DatabaseUrl &url)
{
    auto office = Office::open(url, SchemaPolicy::Migrate, Actor::localOwner());
    if (!office) {
        qWarning("%s", qPrintable(office.error().message));
        return nullptr;
    }
    if (!(*office)->setup().initializeCompany((*office)->actor(), QStringLiteral("Test AG")).ok())
        return nullptr;
    if (!(*office)->demoData().generate(300, QDate(2026, 6, 1), {}).ok())
        return nullptr;
    return std::move(*office);
}

qint64 countIn(const QString &file, const QString &table)
{
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + file);
    if (!url)
        return -1;
    auto db = Database::open(*url, QStringLiteral("count"));
    if (!db)
        return -1;
    auto n = (*db)->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n ? n->toLongLong() : -1;
}

qint64 count(const Database &db, const QString &table)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestLocalBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyIsOneIntactState()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("office.db"));
        auto office = openDemoOffice(*DatabaseUrl::parse(QStringLiteral("sqlite:") + file));
        QVERIFY(office);
        const Database &db = office->database();
        const qint64 persons = count(db, QStringLiteral("persons"));
        QVERIFY(persons > 0);

        // The desktop program has a change under way, not yet saved: the copy does not have it.
        auto other = Database::open(db.url(), QStringLiteral("gui"));
        QVERIFY(other);
        QVERIFY((*other)->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        QVERIFY((*other)->exec(QStringLiteral("UPDATE persons SET phone = 'uncommitted'")).ok());
        auto copy = LocalBackup(db).save(dir.filePath(QStringLiteral("copy-1.db")));
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        QCOMPARE(copy->schemaVersion, Migrator::latestBuiltinVersion());
        QVERIFY(copy->bytes > 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy-1.db.partial"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy-1.db-wal"))));
        QVERIFY((*other)->exec(QStringLiteral("ROLLBACK")).ok());
        auto uncommitted = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + copy->path), QStringLiteral("c"));
        QVERIFY(uncommitted);
        QCOMPARE((*uncommitted)->scalar(QStringLiteral("SELECT count(*) FROM persons WHERE phone = 'uncommitted'"))->toInt(), 0);
        uncommitted->reset();
        QCOMPARE(countIn(copy->path, QStringLiteral("persons")), persons);

        // Another program commits rows in pairs all the while: the copy holds whole pairs only.
        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        QThread *writer = QThread::create([&] {
            auto w = Database::open(db.url(), QStringLiteral("writer"));
            if (!w)
                return;
            while (!stop) {
                (void)(*w)->exec(QStringLiteral("BEGIN IMMEDIATE"));
                for (int i = 0; i < 2; ++i) {
                    (void)(*w)->exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) "
                                                    "VALUES ('2026-06-01T00:00:00Z', 'writer', 'pair', 'test')"));
                }
                if ((*w)->exec(QStringLiteral("COMMIT")).ok())
                    ++written;
            }
        });
        writer->start();
        QTRY_VERIFY(written > 5);
        auto during = LocalBackup(db).save(dir.filePath(QStringLiteral("copy-2.db")));
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY2(during, qPrintable(during ? QString() : during.error().message));
        auto check = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + during->path), QStringLiteral("check"));
        QVERIFY(check);
        QCOMPARE((*check)->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        const qint64 pairs = (*check)->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'pair'"))->toLongLong();
        QVERIFY(pairs > 0);
        QCOMPARE(pairs % 2, 0);
        QVERIFY(pairs <= 2 * qint64(written));
    }

    void copyNeverOverwrites()
    {
        QTemporaryDir dir;
        auto office = openDemoOffice(*DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("o.db"))));
        QVERIFY(office);
        const QString taken = dir.filePath(QStringLiteral("taken.db"));
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        auto refused = LocalBackup(office->database()).save(taken);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("exists")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
        QVERIFY(!LocalBackup(office->database()).save(dir.filePath(QStringLiteral("no/such/folder/x.db"))));
    }

    void restoreKeepsWhatItReplaces()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("office.db"));
        auto office = openDemoOffice(*DatabaseUrl::parse(QStringLiteral("sqlite:") + file));
        QVERIFY(office);
        const Database &db = office->database();
        auto copy = LocalBackup(db).save(dir.filePath(QStringLiteral("monday.db")));
        QVERIFY(copy);
        const qint64 tickets = count(db, QStringLiteral("tickets"));

        // Work after the backup; the desktop program keeps its connection open throughout.
        TicketDraft draft;
        draft.personId = db.scalar(QStringLiteral("SELECT min(id) FROM persons"))->toLongLong();
        draft.title = QStringLiteral("After the backup");
        QVERIFY(office->tickets().create(draft));
        auto gui = Database::open(db.url(), QStringLiteral("gui"));
        QVERIFY(gui);
        QCOMPARE(count(**gui, QStringLiteral("tickets")), tickets + 1);

        QString saved;
        auto restored = LocalBackup(db).restore(copy->path, &saved);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(count(db, QStringLiteral("tickets")), tickets);
        QCOMPARE(count(**gui, QStringLiteral("tickets")), tickets);
        QVERIFY(saved.startsWith(file + QStringLiteral(".before-restore-")));
        QCOMPARE(countIn(saved, QStringLiteral("tickets")), tickets + 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    }

    void restoreRefusesWhatIsNoOfficeFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("office.db"));
        auto office = openDemoOffice(*DatabaseUrl::parse(QStringLiteral("sqlite:") + file));
        QVERIFY(office);
        const Database &db = office->database();
        const qint64 persons = count(db, QStringLiteral("persons"));
        const LocalBackup backup(db);

        const QString text = dir.filePath(QStringLiteral("notes.db"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("property_ref,unit_ref\nP1,U1\n");
        notes.close();
        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        {
            auto other = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + foreign), QStringLiteral("foreign"));
            QVERIFY(other);
            QVERIFY((*other)->exec(QStringLiteral("CREATE TABLE persons (id INTEGER PRIMARY KEY)")).ok());
        }
        auto newer = backup.save(dir.filePath(QStringLiteral("newer.db")));
        QVERIFY(newer);
        {
            auto copy = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + newer->path), QStringLiteral("newer"));
            QVERIFY(copy);
            QVERIFY((*copy)->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                 "VALUES (?, 'from the future', '2030-01-01T00:00:00Z')"),
                                  {Migrator::latestBuiltinVersion() + 1})
                        .ok());
        }
        const QList<std::pair<QString, QString>> refusals{{text, QStringLiteral("not a Tenant Cockpit office file")},
                                                          {foreign, QStringLiteral("not a Tenant Cockpit office file")},
                                                          {newer->path, QStringLiteral("newer")},
                                                          {file, QStringLiteral("office file itself")},
                                                          {dir.filePath(QStringLiteral("missing.db")), QStringLiteral("no file")}};
        for (const auto &[source, reason] : refusals) {
            auto refused = backup.restore(source);
            QVERIFY2(!refused, qPrintable(source));
            QVERIFY2(refused.error().message.contains(reason), qPrintable(refused.error().message));
        }
        QCOMPARE(count(db, QStringLiteral("persons")), persons);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.before-restore-*")}).size(), 0);
    }

    void postgresqlIsRefused()
    {
        test::ScratchDatabase scratch(test::Backend::PostgreSQL);
        if (!scratch.isValid())
            QFAIL(qPrintable(scratch.error()));
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        QVERIFY(office);
        QTemporaryDir dir;
        auto saved = LocalBackup((*office)->database()).save(dir.filePath(QStringLiteral("pg.db")));
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(QStringLiteral("pg_dump")));
        QVERIFY(!LocalBackup((*office)->database()).restore(dir.filePath(QStringLiteral("pg.db"))));
    }
};

QTEST_GUILESS_MAIN(TestLocalBackup)
#include "tst_localbackup.moc"
