// cockpitctl: Tenant Cockpit's services from the shell.
#include "Translations.h"
#include "cli/Cockpitctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TenantCockpit"));
    QCoreApplication::setApplicationName(QStringLiteral("cockpitctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TC_VERSION));
    // The shell's language: LANGUAGE, LC_ALL, LC_MESSAGES, LANG (without one, the office's: see
    // Cockpitctl::speakOfficeLanguage).
    tc::installTranslations(app, QString());
    tc::Cockpitctl cli;
    return cli.run(QCoreApplication::arguments());
}
