// Languages: which of the product's languages (de, fr, it, en) a person or program speaks, and the
// locale that formats its dates, numbers and sorting. Pure rules; app/Translations installs them.
#pragma once

#include <QCollator>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace tc::languages {

// The product's languages, in the order the settings offer them.
const QStringList &supported(); // "de", "fr", "it", "en"

// The language to speak: the preferred one when it is supported (a code like "de" or "de_CH");
// otherwise the first supported one among the system's UI languages (QLocale::uiLanguages(),
// e.g. "fr-CH"; Swiss German "gsw" and Romansh "rm" read German); otherwise English.
QString resolve(const QString &preferred, const QStringList &systemUiLanguages);

// The locale for a language: the system locale when it speaks that language (its country's
// formats stay), otherwise the language as used in Switzerland (de_CH, fr_CH, it_CH, en_CH).
QLocale localeFor(const QString &language, const QLocale &system);

// "Deutsch", "Français", "Italiano", "English"; and "Deutsch (de)", as lists show a language code.
QString nativeName(const QString &language);
QString displayName(const QString &language);

// Sorts names as the default locale's readers expect them ("Ärni" beside "Arni", "Élise" before
// "Zora", "Haus 2" before "Haus 10"), case aside; equal names keep their order. The lists a person
// reads whole (agents, properties, countries); long lists sort in the database by their folded
// sort name, which orders the same way at the first level.
template<typename List, typename NameOf>
void sortByName(List &items, NameOf nameOf)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(items.begin(), items.end(),
                     [&](const auto &a, const auto &b) { return collator.compare(nameOf(a), nameOf(b)) < 0; });
}

} // namespace tc::languages
