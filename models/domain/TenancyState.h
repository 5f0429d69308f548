// TenancyState: whether a tenancy lies ahead, is running or has ended on a given day, judged the same
// way by the master-data tree, the tenant table and the tenant detail.
#pragma once

#include <QDate>

namespace tc {

enum class TenancyState { Future, Current, Former };

// `end` invalid: open-ended. A tenancy is current on its first and on its last day.
inline TenancyState tenancyState(QDate start, QDate end, QDate today)
{
    if (start > today)
        return TenancyState::Future;
    if (end.isValid() && end < today)
        return TenancyState::Former;
    return TenancyState::Current;
}

} // namespace tc
