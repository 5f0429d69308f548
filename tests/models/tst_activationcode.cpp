// Activation codes: the form (five groups of four, no look-alike characters), at least 80 bits,
// no two alike in a large draw, every symbol equally likely, and what people type read back.
#include "domain/ActivationCode.h"

#include <QSet>
#include <QTest>

#include <array>
#include <cmath>

using namespace tc;

class TestActivationCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alphabetHasNoLookAlikes()
    {
        for (const QChar c : QStringLiteral("0O1IL"))
            QVERIFY2(!activation::kAlphabet.contains(c), qPrintable(QString(c)));
        QCOMPARE(QSet<QChar>(activation::kAlphabet.begin(), activation::kAlphabet.end()).size(), activation::kAlphabet.size());
        for (const QChar c : activation::kAlphabet)
            QVERIFY((c >= u'2' && c <= u'9') || (c >= u'A' && c <= u'Z'));
    }

    void atLeast80Bits()
    {
        const double bits = activation::kGroups * activation::kGroupLength * std::log2(double(activation::kAlphabet.size()));
        QVERIFY2(bits >= 80.0, qPrintable(QString::number(bits)));
    }

    void form()
    {
        for (int i = 0; i < 1000; ++i) {
            const QString code = activation::generate();
            const QStringList groups = code.split(u'-');
            QCOMPARE(groups.size(), activation::kGroups);
            for (const QString &group : groups) {
                QCOMPARE(group.size(), activation::kGroupLength);
                for (const QChar c : group)
                    QVERIFY2(activation::kAlphabet.contains(c), qPrintable(code));
            }
            QCOMPARE(activation::normalized(code), code);
        }
    }

    // 200,000 codes: none twice, and each symbol as frequent as the others (chi-square over 31
    // symbols, 30 degrees of freedom; 103 is exceeded by chance about once in a billion runs).
    void uniqueAndEven()
    {
        constexpr int kCodes = 200000;
        QSet<QString> seen;
        seen.reserve(kCodes);
        std::array<qint64, 128> counts{};
        for (int i = 0; i < kCodes; ++i) {
            const QString code = activation::generate();
            QVERIFY2(!seen.contains(code), qPrintable(QStringLiteral("drawn twice after %1 codes").arg(i)));
            seen.insert(code);
            for (const QChar c : code) {
                if (c != u'-')
                    ++counts[size_t(c.unicode())];
            }
        }
        const double expected = double(kCodes) * activation::kGroups * activation::kGroupLength / activation::kAlphabet.size();
        double chiSquare = 0;
        for (const QChar c : activation::kAlphabet) {
            const double d = double(counts[size_t(c.unicode())]) - expected;
            chiSquare += d * d / expected;
        }
        QVERIFY2(chiSquare < 103.0, qPrintable(QStringLiteral("chi-square %1").arg(chiSquare)));
    }

    void typedCodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code"); // empty: not a code
        const QString code = QStringLiteral("K7QF-M2XD-9RTW-H4PA-3BNE");
        QTest::newRow("as written") << code << code;
        QTest::newRow("lower case") << code.toLower() << code;
        QTest::newRow("spaces") << QStringLiteral(" k7qf m2xd 9rtw h4pa 3bne ") << code;
        QTest::newRow("no separators") << QStringLiteral("K7QFM2XD9RTWH4PA3BNE") << code;
        QTest::newRow("one symbol short") << QStringLiteral("K7QF-M2XD-9RTW-H4PA-3BN") << QString();
        QTest::newRow("one symbol more") << QStringLiteral("K7QF-M2XD-9RTW-H4PA-3BNEE") << QString();
        QTest::newRow("a zero") << QStringLiteral("K7QF-M2XD-9RTW-H4PA-3BN0") << QString();
        QTest::newRow("an O") << QStringLiteral("K7QF-M2XD-9RTW-H4PA-3BNO") << QString();
        QTest::newRow("an l") << QStringLiteral("K7QF-M2XD-9RTW-H4PA-3BNl") << QString();
        QTest::newRow("punctuation") << QStringLiteral("K7QF.M2XD.9RTW.H4PA.3BNE") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void typedCodes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QCOMPARE(activation::normalized(typed), code);
    }
};

QTEST_GUILESS_MAIN(TestActivationCode)
#include "tst_activationcode.moc"
