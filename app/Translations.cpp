#include "Translations.h"

#include "domain/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tc {

QString installTranslations(QCoreApplication &app, const QString &preferred)
{
    const QLocale system = QLocale::system();
    const QString language = languages::resolve(preferred, system.uiLanguages());
    const QLocale locale = languages::localeFor(language, system);
    QLocale::setDefault(locale);

    // Qt's dialogs and context menus ("Cancel", "Copy"): not every Qt has every language; English
    // is what is left then.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // The product's own strings; English keeps its plural forms in a file of its own.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/tenant-cockpit_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return language;
}

} // namespace tc
