// Registration: the tenant's side of the invitation. A tenant registers with the activation code
// from their invitation and a password of their own (see Password); the code is spent, the person
// becomes "registered", and from then on the e-mail address and the password are their login.
// Wrong codes are throttled per origin (where the attempts come from: the tenant app's client, or
// "cockpitctl" on this computer): after each failed attempt the next one has to wait a little
// longer, and an origin with kMaxFailuresPerHour failures in the last hour is refused until the oldest
// of them is an hour old. Every attempt is recorded (registration_attempts). Answers never tell an
// unknown code from a spent one, so nobody learns whether a code exists for someone else.
#pragma once

#include "domain/Result.h"
#include "services/AttemptThrottle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tc {

class Database;

struct RegisteredTenant
{
    qint64 personId = 0;
    QString tenantRef;
    QString firstName;
    QString lastName;
    QString email;
    int ticketsFromAlias = 0; // tickets logged while they were an alias user, now their account's
};

class Registration
{
    Q_DECLARE_TR_FUNCTIONS(Registration)

public:
    static constexpr int kMaxFailuresPerHour = AttemptThrottle::kMaxFailuresPerHour;

    explicit Registration(const Database &db) : m_db(db) {}

    // How long `origin` has to wait before its next attempt at `now`: after n failures in the last
    // hour, n seconds after the last one; at the limit, until the oldest of them is an hour old.
    // Zero when it may go ahead. `login` asks for the login attempts instead of the registrations.
    Result<qint64> secondsToWait(const QString &origin, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                 bool login = false) const;

    // Registers the tenant whose unspent activation code `code` is (as typed: case, spaces and dashes
    // do not count), with `password`. The password is checked first, before the code is looked at.
    // Refused: a weak password; an attempt before secondsToWait() allows it; a code that is unknown,
    // spent, or belongs to nobody who could register (all the same answer, and counted as failures).
    Result<RegisteredTenant> registerTenant(const QString &code, const QString &password, const QString &origin,
                                            const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // True when `password` is the registered tenant's with this e-mail address (any case), false
    // otherwise, the same (and as slowly) for an address nobody registered with. Wrong passwords are
    // throttled as wrong codes are (an attempt too early is refused).
    Result<bool> checkLogin(const QString &email, const QString &password, const QString &origin,
                            const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    Status record(const QString &origin, const QDateTime &now, bool succeeded) const;
    Status refuseTooEarly(const QString &origin, const QDateTime &now, bool login) const;

    const Database &m_db;
};

} // namespace tc
