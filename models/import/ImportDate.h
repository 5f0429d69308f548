// ImportDate: the calendar dates and instants the import formats allow, read by hand because every row has some.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace tc {

// Parses a calendar date as the tenant-list CSV allows: YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY (also
// DD.M.YYYY / D.MM.YYYY); with extraFormat (a QDate format string from an import profile, e.g.
// "MM/dd/yyyy") also that. Anything else, or an impossible date (31.02.2024), gives an invalid QDate.
// Surrounding spaces are ignored. Years run from 1900 to 2199: a two-digit year is an error, not a
// guess, so an extraFormat without "yyyy" matches nothing. The built-in forms are tried first.
QDate parseImportDate(QStringView text, const QString &extraFormat = {});

// The data-exchange formats: Date is strictly yyyy-mm-dd; DateTime is ISO 8601 with an offset or Z
// ("2015-01-17T18:23:02Z", "2015-01-17T19:23:02.250+01:00"; the offset also as +0100 or +01, seconds
// and their fraction optional). Surrounding spaces are ignored, years as above.
QDate parseIsoDate(QStringView text);
// "2024-03-01": QDate::toString(Qt::ISODate) goes through a printf-style formatter, and the import
// writes a date per row. Years outside 0..9999 give an empty string.
QString isoDateText(QDate date);
// The same in ASCII, written over `text` (in the buffer it has); empty where isoDateText() is.
void setIsoDate(QByteArray &text, QDate date);
QDateTime parseIsoDateTime(QStringView text); // in UTC; invalid when no offset is given

} // namespace tc
