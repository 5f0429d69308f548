// AttemptThrottle: slows down guessing. Every attempt at a secret (an activation code, a tenant's
// or an agent's password) is recorded under a key saying what is guessed and from where; after each
// failure the next attempt under that key has to wait a little longer, and a key with
// kMaxFailuresPerHour failures in the last hour is refused until the oldest of them is an hour old.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tc {

class Database;

class AttemptThrottle
{
    Q_DECLARE_TR_FUNCTIONS(AttemptThrottle)

public:
    static constexpr int kMaxFailuresPerHour = 10;

    explicit AttemptThrottle(const Database &db) : m_db(db) {}

    // How long `key` has to wait at `now` before its next attempt: after n failures in the last hour,
    // n seconds after the last one; at the limit, until the oldest of them is an hour old. Zero when
    // it may go ahead.
    Result<qint64> secondsToWait(const QString &key, const QDateTime &now) const;
    Status record(const QString &key, const QDateTime &now, bool succeeded) const;
    // Refused, and recorded as one more failure, when `key` has to wait at `now`.
    Status refuseTooEarly(const QString &key, const QDateTime &now) const;

private:
    const Database &m_db;
};

} // namespace tc
