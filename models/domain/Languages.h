// Languages: which of the product's languages (de, fr, it, en) a person or program speaks, and the
// locale that formats its dates, numbers and sorting. Pure rules; app/Translations installs them.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tc::languages {

// The product's languages, in the order the settings offer them.
const QStringList &supported(); // "de", "fr", "it", "en"

// The language to speak: the preferred one when it is supported (a code like "de" or "de_CH");
// otherwise the first supported one among the system's UI languages (QLocale::uiLanguages(),
// e.g. "fr-CH"); otherwise English.
QString resolve(const QString &preferred, const QStringList &systemUiLanguages);

// The locale for a language: the system locale when it speaks that language (its country's
// formats stay), otherwise the language as used in Switzerland (de_CH, fr_CH, it_CH, en_CH).
QLocale localeFor(const QString &language, const QLocale &system);

// "Deutsch", "Français", "Italiano", "English"; and "Deutsch (de)", as lists show a language code.
QString nativeName(const QString &language);
QString displayName(const QString &language);

} // namespace tc::languages
