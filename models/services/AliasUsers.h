// AliasUsers: people the office cannot reach yet but must log tickets for. With the company setting
// alias_users on, the import marks every tenant the ERP delivers with a name but no e-mail (a tenancy
// current or ahead) as an alias user, and administrators create alias users by hand for a unit, with
// a name and the expected move-in, for someone the ERP does not know yet.
//
// An alias made by the import is the ERP's person itself: when that tenant registers, their tickets
// pass from the alias to the account ("transferred from alias") and the mark goes. An alias made by
// hand is a person of its own; an administrator links it to the real tenant ("this alias is that
// tenant"), which moves its tickets there at once and retires it (kept, merged into the tenant, in
// no list). A tenant from the ERP on the alias's unit with the same name is proposed for the link;
// a proposal is only ever applied by an administrator confirming it.
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

// A tenant an alias made by hand may be: on the alias's unit (a tenancy current or ahead) with the same name.
struct AliasCandidate
{
    qint64 personId = 0;
    QString erpRef;
    QString name;   // "Anna Muster"
    QString status; // imported, invited, registered
};

struct AliasUser
{
    enum class Origin { Import, Manual };

    qint64 id = 0;        // the person's id
    QString name;         // "Anna Muster"
    QString erpRef;       // import: the ERP's reference; by hand: empty
    Origin origin = Origin::Manual;
    QString email;        // import: arrives with the ERP's next import; by hand: none
    qint64 unitId = 0;    // 0: none known
    QString unitRef;
    QString unitLabel;
    QString propertyName;
    QString address;
    QDate moveIn;         // by hand: as entered (may be unknown); import: the tenancy's start
    int tickets = 0;
    int openTickets = 0;
    QDateTime createdAt;  // UTC
    QList<AliasCandidate> candidates; // by hand only; one is a proposal, several an ambiguity to settle

    QString originKey() const { return origin == Origin::Import ? QStringLiteral("import") : QStringLiteral("manual"); }
};

// What an import found: an alias made by hand and the tenants from the ERP it may be.
struct AliasProposal
{
    qint64 aliasId = 0;
    QString aliasName;
    QList<AliasCandidate> candidates;
};

class AliasUsers
{
    Q_DECLARE_TR_FUNCTIONS(AliasUsers)

public:
    AliasUsers(const Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // The company setting alias_users.
    Result<bool> enabled() const;

    // A new alias user for a unit (administrators; the setting on). `fullName` is kept whole, as the
    // ERP's one-string names are. Refused: an empty or over-long name, control characters, an unknown
    // unit, and a second alias of the same name on the same unit. Audited. Returns the alias's id.
    Result<qint64> create(qint64 unitId, const QString &fullName, std::optional<QDate> moveIn) const;

    // The alias users in use (not yet registered or linked), by name; with their candidates.
    Result<QList<AliasUser>> list(QDate today = QDate::currentDate()) const;
    // Only those made by hand: the ones an administrator links (and the import proposes for).
    Result<QList<AliasUser>> listMadeByHand(QDate today = QDate::currentDate()) const;
    Result<AliasUser> get(qint64 aliasId, QDate today = QDate::currentDate()) const;

    // "This alias is that tenant" (administrators, an alias made by hand): moves the alias's tickets to
    // the tenant, each with a "transferred from alias" event, and retires the alias merged into the
    // tenant, in one transaction. Whether the setting is on does not matter. Returns how many tickets moved.
    Result<int> link(qint64 aliasId, qint64 personId) const;

    // The aliases made by hand that have candidates now, for an import's report.
    Result<QList<AliasProposal>> proposals(QDate today = QDate::currentDate()) const;

    // The import's step, in its transaction: marks as alias users the tenants with a name but no e-mail
    // who have a tenancy current or ahead, are not yet invited and not yet aliases. A snapshot delivers
    // every tenant, so all of them; otherwise (`deliveredIn`: a delta or a data-exchange run) only those
    // that run delivered without an address (its "no_contact" ERP changes). Returns their ERP
    // references, in order. The caller checks the setting.
    static Result<QStringList> markUnreachableTenants(const Database &db, const QString &now, QDate today,
                                                      std::optional<qint64> deliveredIn = std::nullopt);

    // Registration's step, in its transaction: when the person is an alias made by the import, their
    // tickets pass to the account and the mark goes. Returns how many tickets passed.
    static Result<int> passToAccount(const Database &db, const Actor &actor, qint64 personId, const QString &now);

private:
    Result<QList<AliasUser>> select(const QString &where, const QVariantList &bindings, QDate today) const;
    Result<QList<AliasCandidate>> candidatesFor(qint64 aliasId, qint64 unitId, const QString &name, QDate today) const;

    const Database &m_db;
    const Actor &m_actor;
};

} // namespace tc
