// Office: one open office database and the services that work on it, as the programs hand them to
// their views and commands. Owns the connection; services are cheap views onto it.
#pragma once

#include "domain/Actor.h"
#include "services/AgentLogins.h"
#include "services/Agents.h"
#include "services/AliasUsers.h"
#include "services/CompanySettings.h"
#include "services/DemoData.h"
#include "services/ImportService.h"
#include "services/Invitations.h"
#include "mail/MailTemplates.h"
#include "mail/Outbox.h"
#include "services/MasterData.h"
#include "services/OfficeSetup.h"
#include "services/Pinboard.h"
#include "services/Registration.h"
#include "services/TenantSearch.h"
#include "services/Tenants.h"
#include "services/Tickets.h"
#include "storage/OfficeDatabase.h"

#include <memory>

namespace tc {

class Office
{
public:
    static Result<std::unique_ptr<Office>> open(const DatabaseUrl &url, SchemaPolicy policy, Actor actor,
                                                const QString &purpose = {});

    const Database &database() const { return *m_db; }
    const Actor &actor() const { return m_actor; }
    // From now on the services act as `actor` (the agent who logged in).
    void actAs(Actor actor) { m_actor = std::move(actor); }
    QString displayUrl() const { return m_db->url().toDisplayString(); }

    CompanySettings settings() const { return CompanySettings(*m_db); }
    OfficeSetup setup() const { return OfficeSetup(*m_db); }
    DemoData demoData() const { return DemoData(*m_db, m_actor); }
    ImportService imports() const { return ImportService(*m_db, m_actor); }
    MasterData masterData() const { return MasterData(*m_db); }
    Tenants tenants() const { return Tenants(*m_db); }
    // The search with the company's country as the phone numbers' default region.
    TenantSearch tenantSearch() const;
    Invitations invitations() const { return Invitations(*m_db, m_actor); }
    Outbox outbox() const { return Outbox(*m_db); }
    MailTemplates mailTemplates() const { return MailTemplates(*m_db); }
    Tickets tickets() const { return Tickets(*m_db, m_actor); }
    Agents agents() const { return Agents(*m_db, m_actor); }
    AgentLogins logins() const { return AgentLogins(*m_db); }
    AliasUsers aliasUsers() const { return AliasUsers(*m_db, m_actor); }
    Pinboard pinboard() const { return Pinboard(*m_db, m_actor); }
    // The tenant's side: registering with an activation code, and checking a login.
    Registration registration() const { return Registration(*m_db); }

private:
    Office(std::unique_ptr<Database> db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}

    std::unique_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace tc
