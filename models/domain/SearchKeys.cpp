#include "domain/SearchKeys.h"

#include "domain/NameFolding.h"

namespace tc::searchkeys {

QString givenKey(const QString &firstName, const QString &lastName)
{
    // The separator sorts below every letter, like sort_name's: "Anna" before "Annabelle".
    const QString first = foldName(firstName);
    const QString last = foldName(lastName);
    if (first.isEmpty()) {
        // One string for the whole name (the data-exchange format's "Zoë Favre" or "Keller, Beat"):
        // its last word first, so each end of it is the start of a key.
        const qsizetype space = last.lastIndexOf(u' ');
        if (space > 0)
            return last.mid(space + 1) + QChar(0x1f) + last.left(space);
    }
    return first + QChar(0x1f) + last;
}

QByteArray givenKeyUtf8(const QString &firstName, const QString &lastName)
{
    // nameSortKeyUtf8 folds its two names with the separator between them; the order is what differs.
    if (firstName.isEmpty())
        return givenKey(firstName, lastName).toUtf8();
    return nameSortKeyUtf8(firstName, lastName);
}

QString phoneSuffix(QStringView e164)
{
    QString reversed;
    reversed.reserve(e164.size());
    for (qsizetype i = e164.size() - 1; i >= 0; --i) {
        if (e164[i] >= u'0' && e164[i] <= u'9')
            reversed += e164[i];
    }
    return reversed;
}

QString labelKey(const QString &label)
{
    return foldName(label);
}

QString streetKey(const QString &street, const QString &houseNumber)
{
    return foldName(street + u' ' + houseNumber);
}

QString cityKey(const QString &city)
{
    return foldName(city);
}

QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

} // namespace tc::searchkeys
