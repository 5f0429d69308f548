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
    // windeployqt ships them merged as qt_XX.qm instead of qtbase_XX.qm.
    auto *qt = new QTranslator(&app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)
        || qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), qtDir))
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
