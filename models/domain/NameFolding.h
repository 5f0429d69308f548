// NameFolding: names in the form people search and sort them by: case, accents and punctuation
// ignored ("Dell'Acqua" ~ "dellacqua", "Müller" ~ "muller", "Zoë" ~ "zoe").
#pragma once

#include <QByteArray>
#include <QString>

namespace tc {

// Lower case, diacritics removed (ß -> ss, æ -> ae, ø -> o), apostrophes and dots dropped,
// hyphens and runs of white space turned into one space, trimmed.
QString foldName(const QString &name);

// The key the tenant list sorts by: the folded last name, then the folded first name. Stored
// with every person so that a million names sort alphabetically through an index.
QString nameSortKey(const QString &lastName, const QString &firstName);
// The same in UTF-8, as it is stored.
QByteArray nameSortKeyUtf8(const QString &lastName, const QString &firstName);

} // namespace tc
