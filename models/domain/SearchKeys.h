// SearchKeys: the keys stored with persons, units and buildings that the tenant search looks up by
// prefix. Every writer of those records stores them (imports, demo data, edits), so a record is
// findable in the transaction that writes it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tc::searchkeys {

// The name the other way round from sort_name: folded first name, U+001F, folded last name. A name
// given as one string (no first name) has its last word first: "Zoë Favre" -> "favre" U+001F "zoe".
QString givenKey(const QString &firstName, const QString &lastName);
QByteArray givenKeyUtf8(const QString &firstName, const QString &lastName);

// The digits of an E.164 number from the last to the first ("+41441234567" -> "76543214414"), so the
// last digits of a number are a prefix; empty without a number.
QString phoneSuffix(QStringView e164);

// A unit's label, a building's street with its house number and its city, folded like names
// ("Bahnhofstr. 3a" -> "bahnhofstr 3a").
QString labelKey(const QString &label);
QString streetKey(const QString &street, const QString &houseNumber);
QString cityKey(const QString &city);

// The end of a prefix range on a key compared byte by byte: [prefix, prefixEnd(prefix)) holds exactly
// the values that start with the prefix (U+10FFFF is the largest character), one range of an index.
QString prefixEnd(const QString &prefix);

} // namespace tc::searchkeys
