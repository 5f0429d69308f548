// The tenant's side of cockpitctl: registering with an activation code, and checking login details.
// Both read the password from stdin, never from the command line.
#include "cli/Cockpitctl.h"

#include "services/Office.h"

#include <QFile>
#include <QJsonObject>
#include <QThread>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tc {

namespace {

// Where this program's attempts come from, for the throttle.
const QString kOrigin = QStringLiteral("cockpitctl");

// The longest wait the program sits out by itself; beyond it the attempt goes ahead and is refused
// with the time to come back.
constexpr qint64 kLongestWaitSeconds = 60;

} // namespace

Result<QString> Cockpitctl::readPassword(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        m_err << prompt;
        m_err.flush();
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // Through C's stdin, whose buffer keeps what follows for the next line asked for.
    QByteArray line;
    char chunk[4096];
    while (line.size() < 64 * 1024 && std::fgets(chunk, sizeof chunk, stdin)) {
        line += chunk;
        if (line.endsWith('\n'))
            break;
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        m_err << '\n';
        m_err.flush();
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::refused(tr("No password on stdin: give it as the next line."));
    const QString password = QString::fromUtf8(line);
    if (password.toUtf8() != line)
        return Error::refused(tr("The password on stdin is not valid UTF-8."));
    return password;
}

Result<std::unique_ptr<Office>> Cockpitctl::openForAttempt(bool login, QString &password)
{
    auto typed = readPassword(tr("Password: "));
    if (!typed)
        return typed.error();
    password = *typed;
    auto office = openOffice(SchemaPolicy::Migrate, false, Acting::Anyone);
    if (!office)
        return office.error();
    // This computer's turn: after wrong attempts the throttle asks for a wait, sat out here when short.
    auto wait = (*office)->registration().secondsToWait(kOrigin, QDateTime::currentDateTimeUtc(), login);
    if (wait && *wait > 0 && *wait <= kLongestWaitSeconds) {
        if (isatty(STDERR_FILENO)) {
            m_err << tr("Waiting %n second(s) after the wrong attempts before…", nullptr, int(*wait)) << '\n';
            m_err.flush();
        }
        QThread::sleep(static_cast<unsigned long>(*wait));
    }
    return office;
}

int Cockpitctl::cmdRegister(const QStringList &args, const QString &code, bool codeSet)
{
    if (!args.isEmpty() || !codeSet)
        return usageError(tr("Use \"register --code CODE\" with the password on stdin."));
    if (code.trimmed().isEmpty())
        return usageError(tr("--code needs the activation code from the invitation."));
    QString password;
    auto office = openForAttempt(false, password);
    if (!office)
        return refused(office.error());
    auto tenant = (*office)->registration().registerTenant(code, password, kOrigin);
    if (!tenant)
        return refused(tenant.error());
    const QString name = QStringLiteral("%1 %2").arg(tenant->firstName, tenant->lastName).trimmed();
    return printResult({{QStringLiteral("person_id"), tenant->personId},
                        {QStringLiteral("tenant_ref"), tenant->tenantRef},
                        {QStringLiteral("first_name"), tenant->firstName},
                        {QStringLiteral("last_name"), tenant->lastName},
                        {QStringLiteral("email"), tenant->email},
                        {QStringLiteral("status"), QStringLiteral("registered")},
                        {QStringLiteral("tickets_from_alias"), tenant->ticketsFromAlias}},
                       tr("%1 (%2) is registered; the login is %3 with the new password.")
                               .arg(name, tenant->tenantRef, tenant->email)
                           + (tenant->ticketsFromAlias > 0
                                  ? u'\n' + tr("%n ticket(s) logged for them as an alias user are now theirs.", nullptr,
                                               tenant->ticketsFromAlias)
                                  : QString()));
}

int Cockpitctl::cmdTenantLogin(const QStringList &args, const QString &email, bool emailSet)
{
    if (!args.isEmpty() || !emailSet || email.trimmed().isEmpty())
        return usageError(tr("Use \"tenant-login --email ADDRESS\" with the password on stdin."));
    QString password;
    auto office = openForAttempt(true, password);
    if (!office)
        return refused(office.error());
    auto right = (*office)->registration().checkLogin(email, password, kOrigin);
    if (!right)
        return refused(right.error());
    if (!*right)
        return refused(Error::refused(tr("The e-mail address or the password is wrong.")));
    return printResult({{QStringLiteral("email"), email.trimmed()}, {QStringLiteral("valid"), true}},
                       tr("The login details are correct."));
}

} // namespace tc
