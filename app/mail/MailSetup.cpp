#include "mail/MailSetup.h"

#include "domain/Settings.h"
#include "mail/Outbox.h"
#include "services/CompanySettings.h"

#include <QFile>

namespace tc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MailSetup)
};
} // namespace

Result<MailSetup> MailSetup::read(const CompanySettings &settings)
{
    QHash<QString, QString> values;
    for (const QString &key : {settings::smtpHost, settings::smtpPort, settings::smtpSecurity, settings::smtpUser,
                               settings::smtpFrom, settings::smtpCaFile}) {
        auto value = settings.value(key);
        if (!value)
            return value.error();
        values.insert(key, *value);
    }
    if (values.value(settings::smtpHost).isEmpty())
        return Error::refused(Tr::tr("No mail server is set: a manager sets smtp.host in Company settings."));
    if (values.value(settings::smtpFrom).isEmpty())
        return Error::refused(Tr::tr("No sender is set: a manager sets smtp.from in Company settings."));
    MailSetup setup;
    setup.smtp.host = values.value(settings::smtpHost);
    setup.smtp.port = quint16(values.value(settings::smtpPort).toUInt());
    setup.smtp.security = SmtpSettings::securityFromKey(values.value(settings::smtpSecurity))
                              .value_or(SmtpSettings::Security::StartTls);
    setup.smtp.user = values.value(settings::smtpUser);
    setup.smtp.caFile = values.value(settings::smtpCaFile);
    setup.from = mailboxFromSetting(values.value(settings::smtpFrom));
    return setup;
}

Result<std::optional<QString>> smtpPasswordFromFileOrEnvironment(const QString &file, bool fileGiven)
{
    if (fileGiven) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::refused(Tr::tr("The password file %1 cannot be read: %2").arg(file, f.errorString()));
        QByteArray bytes = f.read(4096);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        return std::optional<QString>(QString::fromUtf8(bytes));
    }
    if (qEnvironmentVariableIsSet(kSmtpPasswordVariable))
        return std::optional<QString>(qEnvironmentVariable(kSmtpPasswordVariable));
    return std::optional<QString>();
}

} // namespace tc
