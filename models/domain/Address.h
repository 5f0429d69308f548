// Address: a building's address in one line, the way the office writes it on letters and lists.
#pragma once

#include <QString>

namespace tc {

// "Bahnhofstrasse 12a, 8001 Zürich", leaving out what is missing.
inline QString formatAddress(const QString &street, const QString &houseNumber, const QString &postalCode,
                             const QString &city)
{
    const QString line1 = (street + u' ' + houseNumber).trimmed();
    const QString line2 = (postalCode + u' ' + city).trimmed();
    if (line1.isEmpty() || line2.isEmpty())
        return line1 + line2;
    return line1 + QStringLiteral(", ") + line2;
}

} // namespace tc
