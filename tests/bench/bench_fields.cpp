// Times the field parsers an import calls for every row (phone numbers, e-mail addresses, dates) on
// 100,000 generated values each and prints nanoseconds per value. The import's budget is about 1 s
// for 100,000 rows in all, so each parser must stay around a microsecond.
// Usage: tc_bench_fields [values]   (run it on the release preset)
#include "domain/EmailAddress.h"
#include "domain/PhoneNumber.h"
#include "import/ImportDate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <vector>

namespace {

QString digits(QRandomGenerator &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(static_cast<char16_t>(u'0' + random.bounded(10)));
    return text;
}

// The spellings of a Swiss tenant list, in roughly the mix offices send: mostly national and "+41",
// some "0041", slashes, brackets, "(0)", no-break spaces, and a few neighbours' numbers.
QStringList commonSpellings(int count)
{
    QRandomGenerator random(1);
    QStringList texts;
    texts.reserve(count);
    const QStringList areas { QStringLiteral("44"), QStringLiteral("43"), QStringLiteral("31"), QStringLiteral("61"),
        QStringLiteral("79"), QStringLiteral("78"), QStringLiteral("76"), QStringLiteral("22") };
    for (int i = 0; i < count; ++i) {
        const QString area = areas.at(random.bounded(areas.size()));
        const QString a = QString::number(2 + random.bounded(8)) + digits(random, 2);
        const QString b = digits(random, 2);
        const QString c = digits(random, 2);
        switch (i % 12) {
        case 0:
            texts.append(QStringLiteral("+41 %1 %2 %3 %4").arg(area, a, b, c));
            break;
        case 1:
            texts.append(QStringLiteral("0%1 %2 %3 %4").arg(area, a, b, c));
            break;
        case 2:
            texts.append(QStringLiteral("0041%1%2%3%4").arg(area, a, b, c));
            break;
        case 3:
            texts.append(QStringLiteral("0%1/%2 %3 %4").arg(area, a, b, c));
            break;
        case 4:
            texts.append(QStringLiteral("(0%1) %2-%3-%4").arg(area, a, b, c));
            break;
        case 5:
            texts.append(QStringLiteral("+41 (0)%1 %2 %3 %4").arg(area, a, b, c));
            break;
        case 6:
            texts.append(QStringLiteral("+41-%1-%2.%3.%4").arg(area, a, b, c));
            break;
        case 7:
            texts.append(QStringLiteral("0%1\u00a0%2\u00a0%3\u00a0%4").arg(area, a, b, c));
            break;
        case 8:
            texts.append(QStringLiteral("+41%1%2%3%4").arg(area, a, b, c));
            break;
        case 9:
            texts.append(QStringLiteral("+49 30 %1").arg(digits(random, 7)));
            break;
        case 10:
            texts.append(QStringLiteral("+39 06 %1 %2").arg(digits(random, 4), digits(random, 4)));
            break;
        default:
            texts.append(QStringLiteral("+33 1 %1 %2 %3 %4").arg(b, c, digits(random, 2), digits(random, 2)));
        }
    }
    return texts;
}

// What the fast path leaves to libphonenumber: extensions, letters, countries with other rules.
QStringList unusualSpellings(int count)
{
    QRandomGenerator random(2);
    QStringList texts;
    for (int i = 0; i < count; ++i) {
        switch (i % 4) {
        case 0:
            texts.append(
                QStringLiteral("044 %1 %2 %3 ext. 12").arg(digits(random, 3), digits(random, 2), digits(random, 2)));
            break;
        case 1:
            texts.append(
                QStringLiteral("Tel. 079 %1 %2 %3").arg(digits(random, 3), digits(random, 2), digits(random, 2)));
            break;
        case 2:
            texts.append(QStringLiteral("+1 (202) 555-%1").arg(digits(random, 4)));
            break;
        default:
            texts.append(QStringLiteral("+55 11 9%1-%2").arg(digits(random, 4), digits(random, 4)));
        }
    }
    return texts;
}

QStringList emailAddresses(int count, bool international)
{
    QRandomGenerator random(3);
    const QStringList first { QStringLiteral("max"), QStringLiteral("anna"), QStringLiteral("jean-luc"),
        QStringLiteral("giulia") };
    const QStringList domains = international
        ? QStringList { QStringLiteral("müller-immobilien.ch"), QStringLiteral("gérance-léman.ch") }
        : QStringList { QStringLiteral("bluewin.ch"), QStringLiteral("gmail.com"),
              QStringLiteral("verwaltung.example.ch") };
    QStringList texts;
    for (int i = 0; i < count; ++i)
        texts.append(QStringLiteral("%1.muster%2@%3")
                         .arg(first.at(random.bounded(first.size())))
                         .arg(random.bounded(1000))
                         .arg(domains.at(random.bounded(domains.size()))));
    return texts;
}

QStringList dates(int count)
{
    QRandomGenerator random(4);
    QStringList texts;
    for (int i = 0; i < count; ++i) {
        const QDate day = QDate(1990, 1, 1).addDays(random.bounded(15000));
        texts.append(day.toString(i % 3 == 0 ? QStringLiteral("yyyy-MM-dd")
                : i % 3 == 1                 ? QStringLiteral("dd.MM.yyyy")
                                             : QStringLiteral("d.M.yyyy")));
    }
    return texts;
}

// The best of five runs over all texts, in nanoseconds per text; `accepted` counts what the parser took,
// so the work cannot be optimised away and the generator can be trusted.
void measure(const char *what, const QStringList &texts, const std::function<bool(const QString &)> &parse)
{
    std::vector<double> runs;
    qsizetype accepted = 0;
    for (int run = 0; run < 5; ++run) {
        accepted = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QString &text : texts)
            accepted += parse(text) ? 1 : 0;
        runs.push_back(static_cast<double>(timer.nsecsElapsed()) / static_cast<double>(texts.size()));
    }
    std::sort(runs.begin(), runs.end());
    std::printf("%-58s %7lld values %9.0f ns/value (median %.0f), %lld accepted\n", what,
        static_cast<long long>(texts.size()), runs.front(), runs[runs.size() / 2], static_cast<long long>(accepted));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int slowCount = qMax(1, count / 10);

    const tc::PhoneNumberNormalizer normalizer(QStringLiteral("CH"));
    const QStringList common = commonSpellings(count);
    measure("phone, common spellings (fast path)", common,
        [&](const QString &t) { return !normalizer.toE164(t).isEmpty(); });
    measure("phone, extensions/labels/other countries (libphonenumber)", unusualSpellings(slowCount),
        [&](const QString &t) { return !normalizer.toE164(t).isEmpty(); });
    const auto &util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    measure("phone, common spellings via Parse()+IsPossible+Format", QStringList(common.mid(0, slowCount)),
        [&](const QString &t) {
            i18n::phonenumbers::PhoneNumber number;
            if (util.Parse(t.toStdString(), "CH", &number) != i18n::phonenumbers::PhoneNumberUtil::NO_PARSING_ERROR
                || !util.IsPossibleNumber(number))
                return false;
            std::string e164;
            util.Format(number, i18n::phonenumbers::PhoneNumberUtil::E164, &e164);
            return !e164.empty();
        });

    measure("e-mail, ASCII", emailAddresses(count, false),
        [](const QString &t) { return tc::EmailAddress::normalize(t).ok(); });
    measure("e-mail, internationalised domain", emailAddresses(slowCount, true),
        [](const QString &t) { return tc::EmailAddress::normalize(t).ok(); });
    measure("e-mail, comparison key (ASCII)", emailAddresses(count, false),
        [](const QString &t) { return !tc::EmailAddress::comparisonKey(t).isEmpty(); });

    measure("import date (ISO, dd.MM.yyyy, d.M.yyyy)", dates(count),
        [](const QString &t) { return tc::parseImportDate(t).isValid(); });
    QStringList instants;
    for (const QString &d : dates(count))
        instants.append(
            tc::parseImportDate(d).toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T18:23:02+01:00"));
    measure("ISO date-time with offset", instants, [](const QString &t) { return tc::parseIsoDateTime(t).isValid(); });
    return 0;
}
