#include "domain/Languages.h"

namespace tc {

const QStringList &languages::supported()
{
    static const QStringList codes{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("it"),
                                   QStringLiteral("en")};
    return codes;
}

namespace {

// "de", "de_CH", "de-CH", "DE" -> "de" when supported, else empty. Swiss German (gsw) and
// Romansh (rm) desktops read German.
QString supportedCode(const QString &tag)
{
    QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (code == u"gsw" || code == u"rm")
        code = QStringLiteral("de");
    return languages::supported().contains(code) ? code : QString();
}

} // namespace

QString languages::resolve(const QString &preferred, const QStringList &systemUiLanguages)
{
    if (const QString code = supportedCode(preferred); !code.isEmpty())
        return code;
    for (const QString &tag : systemUiLanguages) {
        if (const QString code = supportedCode(tag); !code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QLocale languages::localeFor(const QString &language, const QLocale &system)
{
    const QLocale wanted(language);
    if (system.language() == wanted.language())
        return system;
    return QLocale(wanted.language(), QLocale::Switzerland);
}

QString languages::nativeName(const QString &language)
{
    // Qt calls en "American English"; the offices speak of English.
    if (language == u"en")
        return QStringLiteral("English");
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString languages::displayName(const QString &language)
{
    return QStringLiteral("%1 (%2)").arg(nativeName(language), language);
}

} // namespace tc
