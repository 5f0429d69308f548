#include "Translations.h"

#include "domain/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace tc {

namespace {
const QString kTranslatorName = QStringLiteral("tc-translations");

// Qt's own German writes "ß" ("Schließen", "Größe"); the product's German is Swiss and writes "ss"
// throughout, so Qt's strings are respelled as they are asked for. The system's file stays as it is.
class SwissSpelling : public QTranslator
{
public:
    // Owns `german`, which has no parent: whoever looks for the application's translators finds this one.
    SwissSpelling(std::unique_ptr<QTranslator> german, QObject *parent) : QTranslator(parent), m_german(std::move(german)) {}
    // Out of the application's list before the translator it asks is gone (unless the application
    // itself is going, deleting its children).
    ~SwissSpelling() override
    {
        if (QCoreApplication::instance())
            QCoreApplication::removeTranslator(this);
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = m_german->translate(context, sourceText, disambiguation, n);
        text.replace(QChar(0x00DF), QStringLiteral("ss"));
        text.replace(QChar(0x1E9E), QStringLiteral("SS"));
        return text;
    }
    bool isEmpty() const override { return m_german->isEmpty(); }

private:
    std::unique_ptr<QTranslator> m_german;
};
} // namespace

QString installTranslations(QCoreApplication &app, const QString &preferred)
{
    // A second call (cockpitctl learning the office's language) replaces the first call's translators.
    const auto installed = app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale system = QLocale::system();
    const QString language = languages::resolve(preferred, system.uiLanguages());
    const QLocale locale = languages::localeFor(language, system);
    QLocale::setDefault(locale);

    // Qt's dialogs and context menus ("Cancel", "Copy"): not every Qt has every language; English
    // is what is left then.
    // windeployqt ships them merged as qt_XX.qm instead of qtbase_XX.qm.
    auto qt = std::make_unique<QTranslator>();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)
        || qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), qtDir)) {
        QTranslator *spoken = language == u"de" ? new SwissSpelling(std::move(qt), &app) : qt.release();
        spoken->setParent(&app);
        spoken->setObjectName(kTranslatorName);
        QCoreApplication::installTranslator(spoken);
    }

    // The product's own strings; English keeps its plural forms in a file of its own.
    auto *own = new QTranslator(&app);
    own->setObjectName(kTranslatorName);
    if (own->load(QStringLiteral(":/i18n/tenant-cockpit_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return language;
}

bool environmentNamesLanguage()
{
    // "C", "C.UTF-8", "POSIX", "C@euro": the locale of no language.
    const auto isLanguage = [](const QString &value) {
        const QString name = value.section(u'.', 0, 0).section(u'@', 0, 0);
        return !name.isEmpty() && name != u"C" && name != u"POSIX";
    };
    // Qt reads LANGUAGE first, as a list ("de_CH:de"), whatever the locale variables say.
    const QStringList wanted = qEnvironmentVariable("LANGUAGE").split(u':', Qt::SkipEmptyParts);
    if (std::any_of(wanted.cbegin(), wanted.cend(), isLanguage))
        return true;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return isLanguage(value);
    }
    return false;
}

} // namespace tc
