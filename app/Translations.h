// Translations: makes a program speak one of the product's languages: Qt's own strings (qtbase
// from the system's Qt translations), the product's (compiled in under :/i18n) and the locale that
// formats dates, numbers and sorting.
#pragma once

#include <QString>

class QCoreApplication;

namespace tc {

// Installs the translators for `preferred` (a code like "de"; empty: the system's UI languages,
// see languages::resolve) and makes its locale the default. Returns the language spoken.
// Called again, it replaces the translators it installed before.
QString installTranslations(QCoreApplication &app, const QString &preferred);

// Whether the environment names a language: LANGUAGE, or the first of LC_ALL, LC_MESSAGES and LANG
// that is set, unless that is the C or POSIX locale (as under cron, systemd and many containers).
bool environmentNamesLanguage();

} // namespace tc
