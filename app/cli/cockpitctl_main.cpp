// cockpitctl: Tenant Cockpit's services from the shell.
#include "cli/Cockpitctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TenantCockpit"));
    QCoreApplication::setApplicationName(QStringLiteral("cockpitctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TC_VERSION));
    tc::Cockpitctl cli;
    return cli.run(QCoreApplication::arguments());
}
