#include "import/ImportDate.h"

#include <QTime>

namespace tc {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;
constexpr int kMaxOffsetMinutes = 14 * 60; // Kiribati; nothing on earth is further from UTC

// The number written with exactly `count` ASCII digits at `pos`, or -1.
int digitsAt(QStringView s, qsizetype pos, qsizetype count)
{
    if (pos < 0 || pos + count > s.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDate makeDate(int year, int month, int day)
{
    if (year < kFirstYear || year > kLastYear || !QDate::isValid(year, month, day))
        return {};
    return QDate(year, month, day);
}

// yyyy-mm-dd filling all of s.
QDate isoDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    return makeDate(digitsAt(s, 0, 4), digitsAt(s, 5, 2), digitsAt(s, 8, 2));
}

// d.m.yyyy with one or two digits for the day and the month, filling all of s.
QDate dottedDate(QStringView s)
{
    const qsizetype firstDot = s.indexOf(u'.');
    if (firstDot < 1 || firstDot > 2)
        return {};
    const qsizetype secondDot = s.indexOf(u'.', firstDot + 1);
    const qsizetype monthLength = secondDot - firstDot - 1;
    if (monthLength < 1 || monthLength > 2 || s.size() - secondDot - 1 != 4)
        return {};
    const int day = digitsAt(s, 0, firstDot);
    const int month = digitsAt(s, firstDot + 1, monthLength);
    const int year = digitsAt(s, secondDot + 1, 4);
    if (day < 0 || month < 0 || year < 0)
        return {};
    return makeDate(year, month, day);
}

} // namespace

QDate parseImportDate(QStringView text, const QString &extraFormat)
{
    const QStringView s = text.trimmed();
    if (QDate date = isoDate(s); date.isValid())
        return date;
    if (QDate date = dottedDate(s); date.isValid())
        return date;
    if (extraFormat.isEmpty() || !extraFormat.contains(QStringLiteral("yyyy")) || s.isEmpty())
        return {};
    // Rare (one profile's own layout) and not worth a parser of its own: Qt's reads any format.
    const QDate date = QDate::fromString(s.toString(), extraFormat);
    return date.isValid() ? makeDate(date.year(), date.month(), date.day()) : QDate();
}

QDate parseIsoDate(QStringView text)
{
    return isoDate(text.trimmed());
}

QDateTime parseIsoDateTime(QStringView text)
{
    const QStringView s = text.trimmed();
    // yyyy-mm-ddThh:mm is the shortest that has a time, then [:ss[.fraction]] and the offset.
    if (s.size() < 17 || s[10] != u'T' || s[13] != u':')
        return {};
    const QDate date = isoDate(s.first(10));
    const int hour = digitsAt(s, 11, 2);
    const int minute = digitsAt(s, 14, 2);
    if (!date.isValid() || hour < 0 || minute < 0)
        return {};
    qsizetype pos = 16;
    int second = 0;
    int millisecond = 0;
    if (s[pos] == u':') {
        second = digitsAt(s, pos + 1, 2);
        if (second < 0)
            return {};
        pos += 3;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            // ISO 8601 allows any number of fraction digits; milliseconds are all QTime keeps.
            ++pos;
            const qsizetype fractionStart = pos;
            int scale = 100;
            while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
                millisecond += scale * (s[pos].unicode() - u'0');
                scale /= 10;
                ++pos;
            }
            if (pos == fractionStart)
                return {};
        }
    }
    // 23:59:60 (a leap second) and 24:00 are refused: QTime has neither.
    if (!QTime::isValid(hour, minute, second, millisecond) || pos >= s.size())
        return {};

    int offsetMinutes = 0;
    const char16_t sign = s[pos].unicode();
    if (sign == u'Z') {
        if (pos + 1 != s.size())
            return {};
    } else if (sign == u'+' || sign == u'-') {
        const QStringView offset = s.sliced(pos + 1);
        int offsetHours = -1;
        int offsetMinutesPart = 0;
        if (offset.size() == 2) {
            offsetHours = digitsAt(offset, 0, 2);
        } else if (offset.size() == 4) {
            offsetHours = digitsAt(offset, 0, 2);
            offsetMinutesPart = digitsAt(offset, 2, 2);
        } else if (offset.size() == 5 && offset[2] == u':') {
            offsetHours = digitsAt(offset, 0, 2);
            offsetMinutesPart = digitsAt(offset, 3, 2);
        }
        if (offsetHours < 0 || offsetMinutesPart < 0 || offsetMinutesPart > 59)
            return {};
        offsetMinutes = offsetHours * 60 + offsetMinutesPart;
        if (offsetMinutes > kMaxOffsetMinutes)
            return {};
        if (sign == u'-')
            offsetMinutes = -offsetMinutes;
    } else {
        return {}; // no offset: the instant is unknown
    }
    return QDateTime(date, QTime(hour, minute, second, millisecond), Qt::UTC)
        .addSecs(-static_cast<qint64>(offsetMinutes) * 60);
}

namespace {

// YYYY-MM-DD into out[0..9]; false (nothing written) for a date that has no such form.
template <typename Char>
bool writeIsoDate(QDate date, Char *out)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return false;
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = Char('0' + value % 10);
            value /= 10;
        }
        out += digits;
    };
    put(year, 4);
    *out++ = Char('-');
    put(month, 2);
    *out++ = Char('-');
    put(day, 2);
    return true;
}

} // namespace

QString isoDateText(QDate date)
{
    QString text(10, Qt::Uninitialized);
    if (!writeIsoDate(date, reinterpret_cast<char16_t *>(text.data())))
        return {};
    return text;
}

void setIsoDate(QByteArray &text, QDate date)
{
    text.resize(10);
    if (!writeIsoDate(date, text.data()))
        text.resize(0);
}

} // namespace tc
