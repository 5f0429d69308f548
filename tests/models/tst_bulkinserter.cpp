// BulkInserter on both databases: what goes in comes back exactly (tabs, line breaks, backslashes,
// "\N", quotes, non-Latin text, empty strings against NULL, dates, instants), across batches, and
// a bad row fails the write instead of vanishing; rows SQLite numbers itself get exactly the ids
// they were given.
#include "TestDatabases.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QDateTime>

using namespace tc;

class TestBulkInserter : public QObject
{
    Q_OBJECT

    // Properties written as the tenant-list import writes its rows.
    static void numberedBySQLite(BulkInserter &properties, const QDateTime &now)
    {
        properties.setConstant(QStringLiteral("created_at"), now.toString(Qt::ISODateWithMs));
        properties.setConstant(QStringLiteral("updated_at"), now.toString(Qt::ISODateWithMs));
        properties.setAscendingIds();
    }

private Q_SLOTS:
    void roundTrip_data() { test::addBackendColumn(); test::addBackendRows(); }
    void roundTrip()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(Migrator(**db).migrate().ok());
        const QDateTime instant(QDate(2026, 11, 26), QTime(19, 40, 5, 123), Qt::UTC);
        const QStringList hostile{
            QStringLiteral("Tab\there"),         QStringLiteral("Line\nbreak"),      QStringLiteral("CR\r\nLF"),
            QStringLiteral("Back\\slash"),       QStringLiteral("\\N"),              QStringLiteral("D'Amico \"Quote\""),
            QStringLiteral("Ünïcödé – ĳ ß 🏠"),  QStringLiteral(""),                 QStringLiteral("    "),
            QStringLiteral("a,b;c|d"),           QStringLiteral("\\\\t literal"),    QStringLiteral("NULL"),
        };
        constexpr int kRows = 1234; // several buffers' worth
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok());
            BulkInserter properties(**db, QStringLiteral("properties"),
                                    {QStringLiteral("id"), QStringLiteral("erp_ref"), QStringLiteral("name"),
                                     QStringLiteral("owner"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
            for (int i = 1; i <= kRows; ++i) {
                const QVariant owner = i % 3 == 0 ? QVariant(QMetaType::fromType<QString>()) : QVariant(hostile.at(i % hostile.size()));
                properties.addRow({i, QStringLiteral("P-%1").arg(i), hostile.at(i % hostile.size()), owner, instant, instant.addSecs(i)});
                if (properties.isFull())
                    QVERIFY(properties.flush().ok());
            }
            QVERIFY(properties.flush().ok());
            QCOMPARE(properties.written(), qint64(kRows));
            QVERIFY(tx->commit().ok());
        }
        auto rows = (*db)->exec(QStringLiteral("SELECT id, erp_ref, name, owner, created_at, updated_at FROM properties ORDER BY id"));
        QVERIFY(rows.ok());
        int seen = 0;
        while (rows->next()) {
            const int i = rows->value(0).toInt();
            QCOMPARE(i, ++seen);
            QCOMPARE(rows->value(1).toString(), QStringLiteral("P-%1").arg(i));
            QCOMPARE(rows->value(2).toString(), hostile.at(i % hostile.size()));
            QVERIFY(!rows->value(2).isNull()); // an empty string stays an empty string
            if (i % 3 == 0)
                QVERIFY(rows->value(3).isNull());
            else
                QCOMPARE(rows->value(3).toString(), hostile.at(i % hostile.size()));
            QCOMPARE(rows->value(4).toDateTime().toUTC(), instant);
            QCOMPARE(rows->value(5).toDateTime().toUTC(), instant.addSecs(i));
        }
        QCOMPARE(seen, kRows);
    }

    void badRowFailsTheWrite_data() { test::addBackendColumn(); test::addBackendRows(); }
    void badRowFailsTheWrite()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(Migrator(**db).migrate().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok());
            BulkInserter units(**db, QStringLiteral("units"),
                               {QStringLiteral("id"), QStringLiteral("building_id"), QStringLiteral("label"),
                                QStringLiteral("created_at"), QStringLiteral("updated_at")});
            units.addRow({1, 999, QStringLiteral("Wohnung 1.01"), now, now}); // building 999 does not exist
            auto result = units.flush();
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(QStringLiteral("units")), qPrintable(result.error().message));
        } // rolled back
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM units"))->toInt(), 0);
        // The connection is usable afterwards.
        QVERIFY((*db)->exec(QStringLiteral("SELECT 1")).ok());
    }

    // setAscendingIds(): rows that follow on from the largest id are numbered by SQLite, rows that do
    // not are written with their own ids, and ids SQLite would not have given are refused, not changed.
    void ascendingIdsKeepTheirIds_data() { test::addBackendColumn(); test::addBackendRows(); }
    void ascendingIdsKeepTheirIds()
    {
        TC_SCRATCH_DATABASE(scratch); // fetches `backend`
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(Migrator(**db).migrate().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<int> ids;
        for (int id = 1; id <= 150; ++id)
            ids << id; // more than one statement's worth, following on from an empty table
        for (int id = 200; id <= 205; ++id)
            ids << id; // a gap: written with their ids
        for (int id = 206; id <= 300; ++id)
            ids << id; // following on again
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok());
            BulkInserter properties(**db, QStringLiteral("properties"), {QStringLiteral("id"), QStringLiteral("name")});
            numberedBySQLite(properties, now);
            for (int id : std::as_const(ids)) {
                properties.add(qint64(id));
                properties.add(QStringLiteral("Haus %1").arg(id));
                if (properties.isFull())
                    QVERIFY(properties.flush().ok());
            }
            QVERIFY(properties.flush().ok());
            QVERIFY(tx->commit().ok());
        }
        QList<int> stored;
        auto rows = (*db)->exec(QStringLiteral("SELECT id, name FROM properties ORDER BY id"));
        QVERIFY(rows.ok());
        while (rows->next()) {
            stored << rows->value(0).toInt();
            QCOMPARE(rows->value(1).toString(), QStringLiteral("Haus %1").arg(stored.last()));
        }
        QCOMPARE(stored, ids);

        // Ids that look as if they followed on but do not (the table already holds up to 300): on
        // SQLite the check after the statement refuses them; PostgreSQL writes them with their ids.
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok());
            BulkInserter properties(**db, QStringLiteral("properties"), {QStringLiteral("id"), QStringLiteral("name")});
            numberedBySQLite(properties, now);
            for (qint64 id = 1000; id < 1100; ++id) {
                properties.add(id);
                properties.add(QStringLiteral("Haus %1").arg(id));
            }
            auto written = properties.flush();
            if (backend == test::Backend::SQLite) {
                QVERIFY(!written.ok());
                QVERIFY2(written.error().message.contains(QStringLiteral("properties")), qPrintable(written.error().message));
            } else {
                QVERIFY(written.ok());
            }
        } // rolled back
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT max(id) FROM properties"))->toInt(), 300);
    }
};

QTEST_GUILESS_MAIN(TestBulkInserter)
#include "tst_bulkinserter.moc"
