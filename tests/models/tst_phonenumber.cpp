// PhoneNumberNormalizer: the spellings Swiss offices see, refusals, and the fast path checked against
// libphonenumber's own parser for thousands of generated spellings.
#include "domain/PhoneNumber.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <thread>
#include <vector>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// What the normalizer promises to match: Parse(), the possibility check and Format(E164), after
// Unicode spaces became plain ones and invisible format characters were dropped (Parse() itself
// only knows some of them).
QString parserE164(const QString &text, const QString &region)
{
    QString cleaned;
    for (const QChar c : text) {
        if (c.isSpace())
            cleaned += u' ';
        else if (c.category() != QChar::Other_Format)
            cleaned += c;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(cleaned.toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (util.IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE)
        return {};
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

// Separators people and programs put between digit groups.
const QStringList &separators()
{
    static const QStringList list { QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(""), QStringLiteral("-"),
        QStringLiteral("."), QStringLiteral("/"), QStringLiteral("\u00a0"), QStringLiteral("\u202f"),
        QStringLiteral("\u2009"), QStringLiteral(" - "), QStringLiteral("\u2013") };
    return list;
}

QString withSeparators(const QString &digits, QRandomGenerator &random)
{
    QString spelled;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        spelled += digits.at(i);
        if (i + 1 < digits.size() && random.bounded(3) == 0)
            spelled += separators().at(random.bounded(separators().size()));
    }
    return spelled;
}

// National significant numbers of a region: its example numbers of every type, most with their last
// digits replaced, some with digits more or fewer, and random digit strings.
QStringList nationalNumbers(const std::string &region, QRandomGenerator &random, int count)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    QStringList examples;
    for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
        PhoneNumber example;
        if (util.GetExampleNumberForType(region, static_cast<PhoneNumberUtil::PhoneNumberType>(type), &example)) {
            std::string nsn;
            util.GetNationalSignificantNumber(example, &nsn);
            examples.append(QString::fromStdString(nsn));
        }
    }
    const auto randomDigit = [&random] { return QChar(static_cast<char16_t>(u'0' + random.bounded(10))); };
    QStringList numbers;
    for (int i = 0; i < count; ++i) {
        QString number;
        if (examples.isEmpty() || i % 4 == 3) {
            const int length = 2 + random.bounded(14);
            for (int d = 0; d < length; ++d)
                number += randomDigit();
        } else {
            number = examples.at(random.bounded(examples.size()));
            const qsizetype length = number.size();
            number.truncate(qMax<qsizetype>(1, length - 1 - random.bounded(4)));
            const qsizetype wanted = i % 4 == 2 ? length - 2 + random.bounded(5) : length;
            while (number.size() < wanted)
                number += randomDigit();
        }
        numbers.append(number);
    }
    return numbers;
}

} // namespace

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toE164_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("e164");
        const QString ch = QStringLiteral("CH");
        const QString zurich = QStringLiteral("+41441234567");
        QTest::newRow("international") << ch << QStringLiteral("+41 44 123 45 67") << zurich;
        QTest::newRow("national") << ch << QStringLiteral("044 123 45 67") << zurich;
        QTest::newRow("00 prefix") << ch << QStringLiteral("0041441234567") << zurich;
        QTest::newRow("00 prefix grouped") << ch << QStringLiteral("0041 44 123 45 67") << zurich;
        QTest::newRow("slash") << ch << QStringLiteral("079/123 45 67") << QStringLiteral("+41791234567");
        QTest::newRow("area code in brackets") << ch << QStringLiteral("(044) 123-45-67") << zurich;
        QTest::newRow("(0) after country code") << ch << QStringLiteral("+41 (0)44 123 45 67") << zurich;
        QTest::newRow("(0) after 00") << ch << QStringLiteral("0041 (0)44 123 45 67") << zurich;
        QTest::newRow("hyphens and dots") << ch << QStringLiteral("+41-44-123.45.67") << zurich;
        QTest::newRow("E.164 already") << ch << zurich << zurich;
        QTest::newRow("no spaces") << ch << QStringLiteral("0441234567") << zurich;
        QTest::newRow("without trunk 0") << ch << QStringLiteral("44 123 45 67") << zurich;
        QTest::newRow("no-break spaces") << ch << QStringLiteral("044\u00a0123\u00a045\u00a067") << zurich;
        QTest::newRow("narrow no-break spaces")
            << ch << QStringLiteral("+41\u202f44\u202f123\u202f45\u202f67") << zurich;
        QTest::newRow("thin and em spaces") << ch << QStringLiteral("+41\u200944\u2003123 45 67") << zurich;
        QTest::newRow("tab") << ch << QStringLiteral("044\t123 45 67") << zurich;
        QTest::newRow("en dash") << ch << QStringLiteral("044 \u2013 123 45 67") << zurich;
        QTest::newRow("surrounding spaces") << ch << QStringLiteral("  +41 44 123 45 67 ") << zurich;
        QTest::newRow("bidi mark from a web page") << ch << QStringLiteral("\u200e+41 44 123 45 67\u200e") << zurich;
        QTest::newRow("zero-width space") << ch << QStringLiteral("044\u200b123 45 67") << zurich;
        QTest::newRow("plus and space") << ch << QStringLiteral("+ 41 44 123 45 67") << zurich;
        QTest::newRow("mobile") << ch << QStringLiteral("+41 79 123 45 67") << QStringLiteral("+41791234567");
        QTest::newRow("mobile 00") << ch << QStringLiteral("0041 79 123 45 67") << QStringLiteral("+41791234567");
        QTest::newRow("free phone") << ch << QStringLiteral("0800 123 456") << QStringLiteral("+41800123456");
        // Not the common shapes: libphonenumber's parser decides.
        QTest::newRow("extension") << ch << QStringLiteral("044 123 45 67 ext. 12") << zurich;
        QTest::newRow("extension x") << ch << QStringLiteral("+41 44 123 45 67 x12") << zurich;
        QTest::newRow("label") << ch << QStringLiteral("Tel. 044 123 45 67") << zurich;
        QTest::newRow("full-width digits") << ch << QStringLiteral("０４４ １２３ ４５ ６７") << zurich;
        QTest::newRow("country code without +") << ch << QStringLiteral("41 44 123 45 67") << zurich;

        QTest::newRow("Germany from CH") << ch << QStringLiteral("+49 30 1234567") << QStringLiteral("+49301234567");
        QTest::newRow("Germany 00 from CH")
            << ch << QStringLiteral("0049 30 123 45 67") << QStringLiteral("+49301234567");
        QTest::newRow("Germany (0) from CH")
            << ch << QStringLiteral("+49 (0)30 1234567") << QStringLiteral("+49301234567");
        QTest::newRow("France from CH") << ch << QStringLiteral("+33 1 23 45 67 89") << QStringLiteral("+33123456789");
        QTest::newRow("France (0) from CH")
            << ch << QStringLiteral("+33 (0)1 23 45 67 89") << QStringLiteral("+33123456789");
        QTest::newRow("Italy keeps its 0")
            << ch << QStringLiteral("+39 06 1234 5678") << QStringLiteral("+390612345678");
        QTest::newRow("Italy 00 keeps its 0")
            << ch << QStringLiteral("0039 02 1234 5678") << QStringLiteral("+390212345678");
        QTest::newRow("Italian mobile") << ch << QStringLiteral("+39 347 123 4567") << QStringLiteral("+393471234567");
        QTest::newRow("Austria") << ch << QStringLiteral("+43 1 234 56 78") << QStringLiteral("+4312345678");
        QTest::newRow("Liechtenstein") << ch << QStringLiteral("+423 234 56 78") << QStringLiteral("+4232345678");
        QTest::newRow("United Kingdom") << ch << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+442079460958");
        QTest::newRow("Portugal") << ch << QStringLiteral("+351 912 345 678") << QStringLiteral("+351912345678");
        QTest::newRow("United States") << ch << QStringLiteral("+1 (202) 555-0123") << QStringLiteral("+12025550123");
        QTest::newRow("Brazil") << ch << QStringLiteral("+55 11 91234-5678") << QStringLiteral("+5511912345678");

        const QString de = QStringLiteral("DE");
        QTest::newRow("DE national") << de << QStringLiteral("030 1234567") << QStringLiteral("+49301234567");
        QTest::newRow("DE slash") << de << QStringLiteral("030/123 45 67") << QStringLiteral("+49301234567");
        QTest::newRow("DE mobile") << de << QStringLiteral("0171 1234567") << QStringLiteral("+491711234567");
        QTest::newRow("DE to CH") << de << QStringLiteral("0041 44 123 45 67") << zurich;
        const QString at = QStringLiteral("AT");
        QTest::newRow("AT Vienna") << at << QStringLiteral("01 234 56 78") << QStringLiteral("+4312345678");
        QTest::newRow("AT mobile") << at << QStringLiteral("0664 1234567") << QStringLiteral("+436641234567");
        const QString fr = QStringLiteral("FR");
        QTest::newRow("FR Paris") << fr << QStringLiteral("01 23 45 67 89") << QStringLiteral("+33123456789");
        QTest::newRow("FR mobile dots") << fr << QStringLiteral("06.12.34.56.78") << QStringLiteral("+33612345678");
        const QString it = QStringLiteral("IT");
        QTest::newRow("IT Rome") << it << QStringLiteral("06 1234 5678") << QStringLiteral("+390612345678");
        QTest::newRow("IT Milan") << it << QStringLiteral("02/1234 5678") << QStringLiteral("+390212345678");
        QTest::newRow("IT mobile") << it << QStringLiteral("347 123 4567") << QStringLiteral("+393471234567");
        QTest::newRow("IT to CH") << it << QStringLiteral("0041 44 123 45 67") << zurich;
        const QString li = QStringLiteral("LI");
        QTest::newRow("LI local") << li << QStringLiteral("234 56 78") << QStringLiteral("+4232345678");
        QTest::newRow("LI to CH") << li << QStringLiteral("+41 44 123 45 67") << zurich;
        QTest::newRow("lower-case region") << QStringLiteral("ch") << QStringLiteral("044 123 45 67") << zurich;
        QTest::newRow("unknown region, international")
            << QStringLiteral("XY") << QStringLiteral("+41 44 123 45 67") << zurich;

        // Refused.
        QTest::newRow("empty") << ch << QString() << QString();
        QTest::newRow("spaces only") << ch << QStringLiteral("   ") << QString();
        QTest::newRow("words") << ch << QStringLiteral("keine") << QString();
        QTest::newRow("n/a") << ch << QStringLiteral("n/a") << QString();
        QTest::newRow("too short") << ch << QStringLiteral("044 123") << QString();
        QTest::newRow("one digit short") << ch << QStringLiteral("+41 44 123 45 6") << QString();
        QTest::newRow("too long") << ch << QStringLiteral("044 123 45 67 89 01 23 45") << QString();
        QTest::newRow("unknown country code") << ch << QStringLiteral("+999 123 456 789") << QString();
        QTest::newRow("plus alone") << ch << QStringLiteral("+") << QString();
        QTest::newRow("country code alone") << ch << QStringLiteral("+41") << QString();
        QTest::newRow("zeros") << ch << QStringLiteral("0000") << QString();
        QTest::newRow("unknown region, national")
            << QStringLiteral("XY") << QStringLiteral("044 123 45 67") << QString();
    }
    void toE164()
    {
        QFETCH(QString, region);
        QFETCH(QString, text);
        QFETCH(QString, e164);
        const tc::PhoneNumberNormalizer normalizer(region);
        QCOMPARE(normalizer.toE164(text), e164);
        // The table itself must say what libphonenumber says.
        QCOMPARE(parserE164(text, region.toUpper()), e164);
    }

    void fastPathMatchesParser_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("numbers");
        // The offices' own countries get the most; the others of the fast path some; a few outside it
        // (carrier codes, rewrite rules, other international prefixes) check that they are left alone.
        for (const QString &region : tc::PhoneNumberNormalizer::plainDiallingRegions()) {
            const bool home = QStringList { QStringLiteral("CH"), QStringLiteral("DE"), QStringLiteral("AT"),
                QStringLiteral("FR"), QStringLiteral("IT"), QStringLiteral("LI") }
                                  .contains(region);
            QTest::newRow(qPrintable(region)) << region << (home ? 400 : 25);
        }
        for (const char *region : { "US", "BR", "KR", "CO", "JE", "FI", "SG", "IL", "AR" })
            QTest::newRow(region) << QString::fromLatin1(region) << 25;
    }
    void fastPathMatchesParser()
    {
        QFETCH(QString, region);
        QFETCH(int, numbers);
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        const std::string regionCode = region.toStdString();
        const QString countryCode = QString::number(util.GetCountryCodeForRegion(regionCode));
        const tc::PhoneNumberNormalizer normalizer(region);
        // Behind a country code the fast path must not depend on the office's own country.
        const tc::PhoneNumberNormalizer fromSwitzerland(QStringLiteral("CH"));
        const tc::PhoneNumberNormalizer fromTheUnitedStates(QStringLiteral("US"));
        QRandomGenerator random(static_cast<quint32>(qHash(region)));
        int possible = 0;
        int compared = 0;
        for (const QString &nsn : nationalNumbers(regionCode, random, numbers)) {
            const QString spelled = withSeparators(nsn, random);
            const QStringList national { QStringLiteral("0") + spelled, spelled,
                QStringLiteral("(0") + nsn.left(2) + QStringLiteral(") ") + withSeparators(nsn.mid(2), random),
                QStringLiteral("00") + spelled };
            const QStringList international {
                QStringLiteral("+") + countryCode + QStringLiteral(" ") + spelled,
                QStringLiteral("+") + countryCode + QStringLiteral(" (0)") + spelled,
                QStringLiteral("00") + countryCode + QStringLiteral(" ") + spelled,
                QStringLiteral("+") + countryCode + QStringLiteral(" 0") + spelled,
                QStringLiteral("+") + countryCode + spelled,
            };
            for (const QString &text : national) {
                const QString expected = parserE164(text, region);
                QVERIFY2(normalizer.toE164(text) == expected,
                    qPrintable(QStringLiteral("%1 in %2: got %3, Parse() says %4")
                                   .arg(text, region, normalizer.toE164(text), expected)));
                possible += expected.isEmpty() ? 0 : 1;
                ++compared;
            }
            for (const QString &text : international) {
                for (const tc::PhoneNumberNormalizer *n : { &normalizer, &fromSwitzerland, &fromTheUnitedStates }) {
                    const QString expected = parserE164(text, n->defaultRegion());
                    QVERIFY2(n->toE164(text) == expected,
                        qPrintable(QStringLiteral("%1 from %2: got %3, Parse() says %4")
                                       .arg(text, n->defaultRegion(), n->toE164(text), expected)));
                    possible += expected.isEmpty() ? 0 : 1;
                    ++compared;
                }
            }
        }
        // Many spellings are impossible on purpose (a national number behind "00", a "0" where there is
        // no trunk prefix), but enough must exist, or the comparison proves little.
        QVERIFY2(possible * 5 > compared, qPrintable(QStringLiteral("%1 of %2 possible").arg(possible).arg(compared)));
    }

    void searchDigits_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        const QString ch = QStringLiteral("CH");
        QTest::newRow("whole number") << ch << QStringLiteral("044 123 45 67") << QStringLiteral("41441234567");
        QTest::newRow("national start") << ch << QStringLiteral("044 12") << QStringLiteral("414412");
        QTest::newRow("international start") << ch << QStringLiteral("+41 44") << QStringLiteral("4144");
        QTest::newRow("00 start") << ch << QStringLiteral("0041 4") << QStringLiteral("414");
        QTest::newRow("subscriber digits") << ch << QStringLiteral("123 45") << QStringLiteral("12345");
        QTest::newRow("Italy keeps the 0")
            << QStringLiteral("IT") << QStringLiteral("06 12") << QStringLiteral("390612");
        QTest::newRow("nothing") << ch << QStringLiteral("abc") << QString();
    }
    void searchDigits()
    {
        QFETCH(QString, region);
        QFETCH(QString, text);
        QFETCH(QString, digits);
        QCOMPARE(tc::PhoneNumberNormalizer(region).searchDigits(text), digits);
    }

    void homeRegionsTakeTheFastPath()
    {
        const QStringList regions = tc::PhoneNumberNormalizer::plainDiallingRegions();
        for (const char *region : { "CH", "DE", "AT", "FR", "IT", "LI" })
            QVERIFY2(regions.contains(QLatin1StringView(region)), region);
    }

    void severalThreadsShareOneNormalizer()
    {
        const tc::PhoneNumberNormalizer normalizer(QStringLiteral("CH"));
        const QStringList texts { QStringLiteral("044 123 45 67"), QStringLiteral("+49 30 1234567"),
            QStringLiteral("044 123 45 67 ext. 3"), QStringLiteral("+1 202 555 0123"), QStringLiteral("nope"),
            QStringLiteral("+39 06 1234 5678") };
        QStringList expected;
        for (const QString &text : texts)
            expected.append(normalizer.toE164(text));
        std::atomic<int> mismatches = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 2000; ++i) {
                    const auto index = static_cast<qsizetype>(i) % texts.size();
                    if (normalizer.toE164(texts.at(index)) != expected.at(index))
                        ++mismatches;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
