// BulkInserter on both databases: what goes in comes back exactly (tabs, line breaks, backslashes,
// "\N", quotes, non-Latin text, empty strings against NULL, dates, instants), across batches, and
// a bad row fails the write instead of vanishing.
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
};

QTEST_GUILESS_MAIN(TestBulkInserter)
#include "tst_bulkinserter.moc"
