#include "AppPaths.h"

#include <QStandardPaths>

namespace tc {

QString defaultLocalDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/tenant-cockpit/cockpit.db");
}

QString defaultDatabaseUrlText()
{
    QString fromEnvironment = qEnvironmentVariable("TENANT_COCKPIT_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral("sqlite:") + defaultLocalDatabasePath();
}

QString guiDatabaseUrlText(const QString &fromCommandLine, const QString &remembered)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    QString fromEnvironment = qEnvironmentVariable("TENANT_COCKPIT_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return remembered;
}

} // namespace tc
