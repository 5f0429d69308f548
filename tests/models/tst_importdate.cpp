// ImportDate: the date spellings the tenant list and the ERP exchange allow, and everything they refuse.
#include "import/ImportDate.h"

#include <QTest>

class TestImportDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("extraFormat");
        QTest::addColumn<QDate>("date");
        const QString none;
        QTest::newRow("ISO") << QStringLiteral("2024-03-01") << none << QDate(2024, 3, 1);
        QTest::newRow("Swiss") << QStringLiteral("01.03.2024") << none << QDate(2024, 3, 1);
        QTest::newRow("short day and month") << QStringLiteral("1.3.2024") << none << QDate(2024, 3, 1);
        QTest::newRow("short month") << QStringLiteral("15.3.2024") << none << QDate(2024, 3, 15);
        QTest::newRow("short day") << QStringLiteral("5.12.2024") << none << QDate(2024, 12, 5);
        QTest::newRow("surrounding spaces") << QStringLiteral("  01.03.2024 ") << none << QDate(2024, 3, 1);
        QTest::newRow("no-break space") << QStringLiteral("\u00a02024-03-01") << none << QDate(2024, 3, 1);
        QTest::newRow("leap day") << QStringLiteral("29.02.2024") << none << QDate(2024, 2, 29);
        QTest::newRow("leap day 2000") << QStringLiteral("2000-02-29") << none << QDate(2000, 2, 29);
        QTest::newRow("first year") << QStringLiteral("01.01.1900") << none << QDate(1900, 1, 1);
        QTest::newRow("last year") << QStringLiteral("2199-12-31") << none << QDate(2199, 12, 31);
        QTest::newRow("end of month") << QStringLiteral("31.12.2023") << none << QDate(2023, 12, 31);
        QTest::newRow("US profile") << QStringLiteral("03/01/2024") << QStringLiteral("MM/dd/yyyy")
                                    << QDate(2024, 3, 1);
        QTest::newRow("profile short") << QStringLiteral("3/1/2024") << QStringLiteral("M/d/yyyy") << QDate(2024, 3, 1);
        QTest::newRow("built-in wins over profile")
            << QStringLiteral("01.03.2024") << QStringLiteral("MM.dd.yyyy") << QDate(2024, 3, 1);
        QTest::newRow("profile used when built-in fails")
            << QStringLiteral("03.31.2024") << QStringLiteral("MM.dd.yyyy") << QDate(2024, 3, 31);

        const QDate invalid;
        QTest::newRow("empty") << QString() << none << invalid;
        QTest::newRow("spaces") << QStringLiteral("   ") << none << invalid;
        QTest::newRow("31 February") << QStringLiteral("31.02.2024") << none << invalid;
        QTest::newRow("29 February, no leap year") << QStringLiteral("29.02.2023") << none << invalid;
        QTest::newRow("1900 is no leap year") << QStringLiteral("1900-02-29") << none << invalid;
        QTest::newRow("2100 is no leap year") << QStringLiteral("29.02.2100") << none << invalid;
        QTest::newRow("31 April") << QStringLiteral("2024-04-31") << none << invalid;
        QTest::newRow("month 13") << QStringLiteral("01.13.2024") << none << invalid;
        QTest::newRow("month 0") << QStringLiteral("2024-00-10") << none << invalid;
        QTest::newRow("day 0") << QStringLiteral("0.3.2024") << none << invalid;
        QTest::newRow("two-digit year") << QStringLiteral("01.03.24") << none << invalid;
        QTest::newRow("two-digit year in profile")
            << QStringLiteral("03/01/24") << QStringLiteral("MM/dd/yy") << invalid;
        QTest::newRow("before 1900") << QStringLiteral("31.12.1899") << none << invalid;
        QTest::newRow("after 2199") << QStringLiteral("2200-01-01") << none << invalid;
        QTest::newRow("profile year out of range")
            << QStringLiteral("03/01/2300") << QStringLiteral("MM/dd/yyyy") << invalid;
        QTest::newRow("ISO short month") << QStringLiteral("2024-3-01") << none << invalid;
        QTest::newRow("ISO with time") << QStringLiteral("2024-03-01T10:00") << none << invalid;
        QTest::newRow("three-digit day") << QStringLiteral("001.03.2024") << none << invalid;
        QTest::newRow("five-digit year") << QStringLiteral("01.03.20240") << none << invalid;
        QTest::newRow("slashes without profile") << QStringLiteral("01/03/2024") << none << invalid;
        QTest::newRow("space inside") << QStringLiteral("01. 03.2024") << none << invalid;
        QTest::newRow("trailing dot") << QStringLiteral("01.03.2024.") << none << invalid;
        QTest::newRow("sign") << QStringLiteral("+1.03.2024") << none << invalid;
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0660\u0661.03.2024") << none << invalid;
        QTest::newRow("words") << QStringLiteral("1. März 2024") << none << invalid;
        QTest::newRow("Excel serial") << QStringLiteral("45352") << none << invalid;
    }
    void importDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, extraFormat);
        QFETCH(QDate, date);
        QCOMPARE(tc::parseImportDate(text, extraFormat), date);
    }

    void everyDayOfTwoCenturies()
    {
        // Against QDate's own calendar: every day from 1900 to 2199 in every built-in spelling, and the
        // day after the last of each month refused.
        for (QDate day(1900, 1, 1); day.year() <= 2199; day = day.addDays(1)) {
            const QString iso = day.toString(QStringLiteral("yyyy-MM-dd"));
            QCOMPARE(tc::parseImportDate(iso), day);
            QCOMPARE(tc::parseIsoDate(iso), day);
            QCOMPARE(tc::parseImportDate(day.toString(QStringLiteral("dd.MM.yyyy"))), day);
            QCOMPARE(tc::parseImportDate(day.toString(QStringLiteral("d.M.yyyy"))), day);
            if (day.day() == day.daysInMonth()) {
                const QString after = QStringLiteral("%1.%2.%3").arg(day.day() + 1).arg(day.month()).arg(day.year());
                QVERIFY2(!tc::parseImportDate(after).isValid(), qPrintable(after));
            }
        }
    }

    void isoDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("date") << QStringLiteral("2063-04-05") << QDate(2063, 4, 5);
        QTest::newRow("trimmed") << QStringLiteral(" 2063-04-05 ") << QDate(2063, 4, 5);
        QTest::newRow("Swiss refused") << QStringLiteral("05.04.2063") << QDate();
        QTest::newRow("short month refused") << QStringLiteral("2063-4-05") << QDate();
        QTest::newRow("with time refused") << QStringLiteral("2063-04-05T00:00:00Z") << QDate();
        QTest::newRow("basic format refused") << QStringLiteral("20630405") << QDate();
        QTest::newRow("impossible") << QStringLiteral("2063-02-29") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void isoDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(tc::parseIsoDate(text), date);
    }

    void isoDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("Z") << QStringLiteral("2015-01-17T18:23:02Z") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("plus offset") << QStringLiteral("2015-01-17T19:23:02+01:00") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("minus offset") << QStringLiteral("2015-01-17T13:23:02-05:00") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("offset without colon")
            << QStringLiteral("2015-01-17T19:23:02+0100") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("offset hours only") << QStringLiteral("2015-01-17T19:23:02+01") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("half-hour offset") << QStringLiteral("2015-01-17T23:53:02+05:30") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("zero offset") << QStringLiteral("2015-01-17T18:23:02+00:00") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("negative zero offset")
            << QStringLiteral("2015-01-17T18:23:02-00:00") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("no seconds") << QStringLiteral("2015-01-17T18:23Z") << utc(2015, 1, 17, 18, 23);
        QTest::newRow("milliseconds") << QStringLiteral("2015-01-17T18:23:02.123Z") << utc(2015, 1, 17, 18, 23, 2, 123);
        QTest::newRow("tenths") << QStringLiteral("2015-01-17T18:23:02.5Z") << utc(2015, 1, 17, 18, 23, 2, 500);
        QTest::newRow("microseconds cut")
            << QStringLiteral("2015-01-17T18:23:02.123456+00:00") << utc(2015, 1, 17, 18, 23, 2, 123);
        QTest::newRow("decimal comma") << QStringLiteral("2015-01-17T18:23:02,25Z") << utc(2015, 1, 17, 18, 23, 2, 250);
        QTest::newRow("crosses midnight") << QStringLiteral("2015-01-01T00:30:00+01:00") << utc(2014, 12, 31, 23, 30);
        QTest::newRow("crosses a leap day") << QStringLiteral("2024-02-28T22:00:00-03:00") << utc(2024, 2, 29, 1, 0);
        QTest::newRow("trimmed") << QStringLiteral(" 2015-01-17T18:23:02Z\n") << utc(2015, 1, 17, 18, 23, 2);
        QTest::newRow("Kiribati") << QStringLiteral("2015-01-18T08:23:02+14:00") << utc(2015, 1, 17, 18, 23, 2);

        const QDateTime invalid;
        QTest::newRow("no offset") << QStringLiteral("2015-01-17T18:23:02") << invalid;
        QTest::newRow("date only") << QStringLiteral("2015-01-17") << invalid;
        QTest::newRow("space for T") << QStringLiteral("2015-01-17 18:23:02Z") << invalid;
        QTest::newRow("hour 24") << QStringLiteral("2015-01-17T24:00:00Z") << invalid;
        QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z") << invalid;
        QTest::newRow("minute 60") << QStringLiteral("2015-01-17T18:60:00Z") << invalid;
        QTest::newRow("offset too large") << QStringLiteral("2015-01-17T18:23:02+15:00") << invalid;
        QTest::newRow("offset minutes 60") << QStringLiteral("2015-01-17T18:23:02+01:60") << invalid;
        QTest::newRow("offset one digit") << QStringLiteral("2015-01-17T18:23:02+1") << invalid;
        QTest::newRow("offset three digits") << QStringLiteral("2015-01-17T18:23:02+010") << invalid;
        QTest::newRow("text after Z") << QStringLiteral("2015-01-17T18:23:02Zx") << invalid;
        QTest::newRow("empty fraction") << QStringLiteral("2015-01-17T18:23:02.Z") << invalid;
        QTest::newRow("one-digit hour") << QStringLiteral("2015-01-17T8:23:02Z") << invalid;
        QTest::newRow("impossible date") << QStringLiteral("2015-02-30T18:23:02Z") << invalid;
        QTest::newRow("Swiss date") << QStringLiteral("17.01.2015T18:23:02Z") << invalid;
        QTest::newRow("time zone name") << QStringLiteral("2015-01-17T18:23:02 CET") << invalid;
        QTest::newRow("empty") << QString() << invalid;
    }
    void isoDateTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const QDateTime parsed = tc::parseIsoDateTime(text);
        QCOMPARE(parsed.isValid(), utc.isValid());
        if (utc.isValid()) {
            QCOMPARE(parsed, utc);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportDate)
#include "tst_importdate.moc"
