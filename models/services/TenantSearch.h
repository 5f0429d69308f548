// TenantSearch: finds the caller while they are on the phone. One text, as an agent types it, is
// looked for as a name (case, accents and apostrophes ignored; "mueller" also finds Müller), an ERP
// reference, an e-mail address, a phone number in any spelling or its last digits, a unit's label,
// and a street or city; every one of them is a range on an index, so the answer takes milliseconds
// on a million tenants. The GUI's search field and `cockpitctl tenants search` both call it and get
// the same people in the same order.
#pragma once

#include "domain/PhoneNumber.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tc {

class Database;

struct TenantSearchHit
{
    // What the text was found in; the order of the results follows it.
    enum class Match { Name, Reference, Email, Phone, Unit, Address, Several };

    qint64 id = 0;
    QString erpRef;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString phoneE164;
    QString status;  // imported, invited, registered
    bool isAlias = false;
    bool isFormer = false; // every tenancy has ended
    QString unitLabel;     // of the current tenancy (a former tenant's last one)
    QString address;       // "Bahnhofstrasse 1, 8001 Zürich"
    int openTickets = 0;
    Match match = Match::Name;

    QString displayName() const;
    // "alias" for an alias user not yet invited, else the status key.
    QString statusKey() const { return isAlias && status == u"imported" ? QStringLiteral("alias") : status; }
    static QString matchKey(Match match);
};

class TenantSearch
{
    Q_DECLARE_TR_FUNCTIONS(TenantSearch)

public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 1000;

    // region: the company's country, the default for phone numbers written without a country code.
    TenantSearch(const Database &db, const QString &region);

    // The people the text finds, best first, at most `limit`; an empty text finds nobody. Former
    // tenants are found too (marked); retired aliases are not. `today` decides what is current.
    Result<QList<TenantSearchHit>> search(const QString &text, int limit = kDefaultLimit,
                                          QDate today = QDate::currentDate()) const;

private:
    struct Candidates;
    struct Branch;
    Status collect(const QString &text, Candidates &found) const;
    Status run(const QList<Branch> &plan, Candidates &found) const;
    void names(const QString &folded, TenantSearchHit::Match match, int limit, QList<Branch> &plan) const;
    void personRange(const QString &column, const QString &from, TenantSearchHit::Match match, int limit,
                     QList<Branch> &plan) const;
    void units(const QString &folded, int limit, QList<Branch> &plan) const;
    void addresses(const QString &folded, int limit, QList<Branch> &plan) const;
    void handMadeAliases(const QString &condition, const QVariantList &bindings, TenantSearchHit::Match match, int limit,
                         QList<Branch> &plan) const;
    void phones(const QString &text, int limit, QList<Branch> &plan) const;
    Status everyWord(const QStringList &words, Candidates &found) const;
    Result<QList<TenantSearchHit>> describe(const Candidates &found, QDate today) const;

    const Database &m_db;
    PhoneNumberNormalizer m_phones;
};

} // namespace tc
