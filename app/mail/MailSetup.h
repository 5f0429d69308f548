// MailSetup: the company's mail settings (smtp.*) as the SMTP client and the outbox sender need them,
// with the reasons when they are not enough to send.
#pragma once

#include "domain/Result.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpClient.h"

#include <QCoreApplication>

namespace tc {

class CompanySettings;

struct MailSetup
{
    SmtpSettings smtp;
    MailAddress from;
    bool needsPassword() const { return !smtp.user.isEmpty(); }

    // Refused when no mail server or no sender is set.
    static Result<MailSetup> read(const CompanySettings &settings);
};

// The password for unattended sending: the file given on the command line, else the environment
// variable, else nullopt (the caller then asks the keychain). A file's last line end does not count.
Result<std::optional<QString>> smtpPasswordFromFileOrEnvironment(const QString &file, bool fileGiven);
inline constexpr char kSmtpPasswordVariable[] = "TENANT_COCKPIT_SMTP_PASSWORD";

} // namespace tc
