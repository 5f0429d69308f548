// Instants: how TIMESTAMPTZ values travel between the program and both databases. They are written
// as ISO 8601 text in UTC with milliseconds, which both take, and read back as a QDateTime from
// PostgreSQL and as that same text from SQLite.
#pragma once

#include <QDateTime>
#include <QVariant>

namespace tc {

inline QString instantText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline QString nowInstantText()
{
    return instantText(QDateTime::currentDateTimeUtc());
}

inline QDateTime instantFromSql(const QVariant &value)
{
    const QDateTime at = value.typeId() == QMetaType::QString ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                                                              : value.toDateTime();
    return at.toUTC();
}

} // namespace tc
