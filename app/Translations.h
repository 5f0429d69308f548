// Translations: makes a program speak one of the product's languages: Qt's own strings (qtbase
// from the system's Qt translations), the product's (compiled in under :/i18n) and the locale that
// formats dates, numbers and sorting.
#pragma once

#include <QString>

class QCoreApplication;

namespace tc {

// Installs the translators for `preferred` (a code like "de"; empty: the system's UI languages,
// see languages::resolve) and makes its locale the default. Returns the language spoken.
QString installTranslations(QCoreApplication &app, const QString &preferred);

} // namespace tc
