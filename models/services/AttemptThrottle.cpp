#include "services/AttemptThrottle.h"

#include "storage/Database.h"
#include "storage/Instants.h"

#include <algorithm>

namespace tc {

namespace {
constexpr qint64 kHour = 3600;
}

Result<qint64> AttemptThrottle::secondsToWait(const QString &key, const QDateTime &now) const
{
    const QString since = instantText(now.addSecs(-kHour));
    auto failures = m_db.exec(QStringLiteral("SELECT count(*), max(attempted_at) FROM registration_attempts "
                                             "WHERE origin = ? AND attempted_at > ? AND NOT succeeded"),
                              {key, since});
    if (!failures)
        return failures.error();
    if (!failures->next())
        return qint64(0);
    const qint64 count = failures->value(0).toLongLong();
    if (count == 0)
        return qint64(0);
    QDateTime until;
    if (count >= kMaxFailuresPerHour) {
        // At the limit: until so many failures have aged out that one more is allowed.
        auto oldest = m_db.scalar(QStringLiteral("SELECT attempted_at FROM registration_attempts "
                                                 "WHERE origin = ? AND attempted_at > ? AND NOT succeeded "
                                                 "ORDER BY attempted_at LIMIT 1 OFFSET ?"),
                                  {key, since, count - kMaxFailuresPerHour});
        if (!oldest)
            return oldest.error();
        until = instantFromSql(*oldest).addSecs(kHour);
    } else {
        until = instantFromSql(failures->value(1)).addSecs(count);
    }
    return std::max<qint64>(0, (now.msecsTo(until) + 999) / 1000);
}

Status AttemptThrottle::record(const QString &key, const QDateTime &now, bool succeeded) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO registration_attempts (attempted_at, origin, succeeded) VALUES (?, ?, ?)"),
                       {instantText(now), key, succeeded});
    if (!r)
        return r.error();
    return {};
}

Status AttemptThrottle::refuseTooEarly(const QString &key, const QDateTime &now) const
{
    auto wait = secondsToWait(key, now);
    if (!wait)
        return wait.error();
    if (*wait == 0)
        return {};
    if (auto s = record(key, now, false); !s)
        return s;
    return Error::refused(tr("Too many wrong attempts. Try again in %n second(s).", nullptr,
                             int(std::min<qint64>(*wait, kHour))));
}

} // namespace tc
