// Tenants: one tenant's master data as the office sees it (tenancies, the history of changes, what the
// ERP changed when) and the edits people may make. With the ERP interface on, name, e-mail and phone
// of a tenant who came from the ERP are the ERP's: every caller is refused, and the next import is
// the only way they change.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace tc {

class Database;

struct TenancyInfo
{
    qint64 id = 0; // 0: no tenancy, the unit an alias user made by hand is for (start: the expected move-in)
    qint64 unitId = 0;
    QString unitRef;
    QString unitLabel;
    QString propertyRef;
    QString propertyName;
    QString address; // "Bahnhofstrasse 1, 8001 Zürich"
    QDate start;
    QDate end;       // invalid: open-ended
    bool isCurrent(QDate today) const { return start <= today && (!end.isValid() || end >= today); }
};

// One value an entry of the history changed, as stored: for scripts (dates ISO, languages by code).
struct TenantHistoryChange
{
    QString field; // "email", "language", "move_in", ...; for the ERP's changes its kind ("email_changed")
    // none: the entry names no value on that side (an invitation's address has no "before"; a linked
    // alias's name no "after")
    std::optional<QString> before;
    std::optional<QString> after;
};

struct TenantHistoryEntry
{
    QDateTime at;   // UTC
    QString who;    // an agent's name, or "ERP import #12"
    QString kind;   // "person.updated", "alias.linked", ...; for the ERP's changes "erp.email_changed", ...
    QString what;   // "e-mail changed", "tenancy ended", ... (translated)
    QString before; // for reading: "Language: Deutsch" (translated, in the reader's formats)
    QString after;
    QList<TenantHistoryChange> changes;
};

struct TenantDetail
{
    qint64 id = 0;
    QString erpRef;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString phoneE164;
    QString language; // empty: the company's default
    QString status;   // imported, invited, registered
    bool isAlias = false;
    QString source;   // erp, manual
    int rowVersion = 0;
    bool erpOwned = false; // name, e-mail and phone are read-only (ERP interface on and from the ERP)
    qint64 mergedIntoId = 0; // an alias linked to a tenant: that tenant
    QList<TenancyInfo> tenancies;
    QList<TenantHistoryEntry> history; // newest first

    QString displayName() const { return firstName.isEmpty() ? lastName : firstName + u' ' + lastName; }
};

// What an edit changes: only the fields that are set.
struct TenantEdit
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;
    std::optional<QString> phone;
    std::optional<QString> language; // "" resets to the company default
    bool isEmpty() const { return !firstName && !lastName && !email && !phone && !language; }
};

// SQL joins from persons (aliased p) to the tenancy t a person's unit and address are shown from,
// its unit u and building b: the first tenancy that has not ended (or lies ahead), else the last one;
// for an alias user made by hand (no tenancy) the unit it was made for.
// Binds today's date twice, where the joins stand.
QString shownTenancyJoins();

class Tenants
{
    Q_DECLARE_TR_FUNCTIONS(Tenants)

public:
    explicit Tenants(const Database &db) : m_db(db) {}

    // The message every refusal of an ERP-owned field carries, so people learn one sentence.
    static QString erpOwnedMessage();

    // The person with this ERP reference; one without a reference (an alias made by hand) by its number.
    Result<qint64> idOf(const QString &erpRef) const;
    Result<TenantDetail> detail(qint64 personId) const;
    // Changes a tenant's data; refuses ERP-owned fields, a stale row version (someone else saved in
    // between) and invalid values. Administrators only. Audited.
    Result<TenantDetail> update(const Actor &actor, qint64 personId, const TenantEdit &edit,
                                std::optional<int> expectedRowVersion = std::nullopt) const;
    Result<bool> erpInterfaceOn() const;

private:
    const Database &m_db;
};

} // namespace tc
