// InviteTenants: the one way the views invite: asks before inviting more than one tenant, invites,
// then says who was queued and who was refused, with the reason (a tenant without e-mail, say).
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace tc {

class Office;

// `what` names the group in the question ("the 12 selected tenants", "everyone not yet invited").
// True when at least one e-mail was queued.
bool inviteTenants(QWidget *parent, Office &office, const QList<qint64> &personIds, const QString &what);

} // namespace tc
