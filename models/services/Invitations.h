// Invitations: administrators invite tenants to the tenant app by e-mail, with an activation code
// that never expires. From that moment a tenant is "invited": addressable by tickets and e-mails,
// whether or not they ever register. Inviting again sends a reminder with the same code. When the
// ERP changes an invited tenant's address, the same code goes to the new one and the old one is told.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tc {

class Database;

struct InvitationQueued
{
    qint64 personId = 0;
    QString ref;
    QString name;
    QString email;
    bool reminder = false; // invited before: the same code again
    qint64 outboxId = 0;
};

struct InvitationRefused
{
    qint64 personId = 0;
    QString ref;
    QString name;
    QString reason; // translated, e.g. "has no e-mail address"
};

struct InvitationReport
{
    QList<InvitationQueued> queued;
    QList<InvitationRefused> refused;
    bool cancelled = false; // stopped through `progress`: those queued stay invited, the rest were not tried
};

// What an import's e-mail changes caused: codes sent to new addresses, notices to old ones.
struct AddressChangeMails
{
    qint64 codesResent = 0;
    qint64 noticesQueued = 0;
};

class Invitations
{
    Q_DECLARE_TR_FUNCTIONS(Invitations)

public:
    Invitations(const Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // Invites each tenant (a reminder for those invited before): the mails are queued in the outbox
    // in the transaction that invites, one per group of 500 tenants. Tenants who cannot be invited
    // are listed with the reason; the others are invited all the same. An Error: the actor may not
    // invite, the registration link or the sender is not set, or the database failed (the groups
    // committed before stay invited; the message says how many).
    // `progress` (optional) is called between groups, when no transaction is open; returning false
    // stops there (report.cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Result<InvitationReport> invite(const QList<qint64> &personIds, const Progress &progress = {}) const;

    // Tenants not yet invited (and not registered) with a current or future tenancy: of one property,
    // or of the whole office.
    Result<QList<qint64>> notYetInvited(std::optional<qint64> propertyId = std::nullopt) const;

    // Called by the import inside its transaction, for the e-mail changes it recorded in run `runId`:
    // an invited tenant gets the same code at the new address; an invited or registered tenant's old
    // address is told (the new one shown only in part). Nothing of it happens in a dry run, which
    // rolls back.
    Result<AddressChangeMails> mailAddressChanges(qint64 runId) const;

private:
    const Database &m_db;
    const Actor &m_actor;
};

} // namespace tc
