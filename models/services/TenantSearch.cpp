#include "services/TenantSearch.h"

#include "domain/Address.h"
#include "domain/NameFolding.h"
#include "domain/SearchKeys.h"
#include "services/Tenants.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tc {

namespace {

// How many people a word of a multi-word text brings up before the other words are checked.
constexpr int kWordCandidates = 400;

// "mueller" -> "muller": German spellings of umlauts, for names the ERP stores with the umlaut
// (folded to the plain vowel). Empty when the text has none.
QString withoutUmlautSpelling(const QString &folded)
{
    QString plain = folded;
    plain.replace(QStringLiteral("ae"), QStringLiteral("a"));
    plain.replace(QStringLiteral("oe"), QStringLiteral("o"));
    plain.replace(QStringLiteral("ue"), QStringLiteral("u"));
    return plain == folded ? QString() : plain;
}

// A text made only of what phone numbers are written with, holding at least three digits.
bool looksLikePhoneNumber(const QString &text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!c.isSpace() && c != u'+' && c != u'(' && c != u')' && c != u'/' && c != u'.' && c != u'-')
            return false;
    }
    return digits >= 3;
}

QChar firstSignificant(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'(')
            return c;
    }
    return {};
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

QString TenantSearchHit::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    return TenantSearch::tr("%1, %2", "last name, first name").arg(lastName, firstName);
}

QString TenantSearchHit::matchKey(Match match)
{
    switch (match) {
    case Match::Name:
        return QStringLiteral("name");
    case Match::Reference:
        return QStringLiteral("reference");
    case Match::Email:
        return QStringLiteral("email");
    case Match::Phone:
        return QStringLiteral("phone");
    case Match::Unit:
        return QStringLiteral("unit");
    case Match::Address:
        return QStringLiteral("address");
    case Match::Several:
        return QStringLiteral("several");
    }
    return {};
}

// The people found so far, in the order found, each once.
struct TenantSearch::Candidates
{
    explicit Candidates(int most) : limit(most) {}

    bool full() const { return ids.size() >= limit; }
    void add(qint64 id, TenantSearchHit::Match match)
    {
        if (full() || seen.contains(id))
            return;
        seen.insert(id);
        ids.append(id);
        matches.append(match);
    }

    const int limit;
    QList<qint64> ids;
    QList<TenantSearchHit::Match> matches;
    QSet<qint64> seen;
};

// One query of a search: the column `id` of the rows `from` gives, in `order`, at most `limit` of them.
struct TenantSearch::Branch
{
    QString id;
    QString from; // what follows FROM: the tables and the WHERE clause
    QString order;
    QVariantList bindings;
    TenantSearchHit::Match match;
    int limit;
};

TenantSearch::TenantSearch(const Database &db, const QString &region) : m_db(db), m_phones(region) {}

Result<QList<TenantSearchHit>> TenantSearch::search(const QString &text, int limit, QDate today) const
{
    Candidates found(std::clamp(limit, 1, kMaxLimit));
    if (auto s = collect(text.trimmed(), found); !s)
        return s.error();
    return describe(found, today);
}

// The kinds of match in the order they rank: names, references, e-mail addresses, phone numbers,
// units, addresses; then, for a text of several words, people each of whose words finds something
// of theirs ("meier bahnhof").
Status TenantSearch::collect(const QString &text, Candidates &found) const
{
    if (text.isEmpty())
        return {};
    const QString folded = foldName(text);
    const QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    using M = TenantSearchHit::Match;
    QList<Branch> plan;
    if (!folded.isEmpty()) {
        names(folded, M::Name, found.limit, plan);
        if (const QString plain = withoutUmlautSpelling(folded); !plain.isEmpty())
            names(plain, M::Name, found.limit, plan);
    }
    // References as the ERP writes them, and in capitals (agents type "t-100" for "T-100").
    personRange(QStringLiteral("erp_ref"), text, M::Reference, found.limit, plan);
    if (const QString upper = text.toUpper(); upper != text)
        personRange(QStringLiteral("erp_ref"), upper, M::Reference, found.limit, plan);
    if (!text.contains(u' ')) {
        const QString lowerEmail = m_db.isSQLite() ? QStringLiteral("lower(email)") : QStringLiteral("lower(email) COLLATE \"C\"");
        personRange(lowerEmail, text.toLower(), M::Email, found.limit, plan);
    }
    if (looksLikePhoneNumber(text))
        phones(text, found.limit, plan);
    if (!folded.isEmpty()) {
        units(folded, found.limit, plan);
        addresses(folded, found.limit, plan);
    }
    if (auto s = run(plan, found); !s)
        return s;
    if (!found.full() && words.size() > 1)
        return everyWord(words, found);
    return {};
}

// SQLite answers in-process: one query after the other until enough people are found. A server
// costs a round trip per statement (and Qt prepares each one in a trip of its own), so PostgreSQL
// gets all of them as one statement of one row: an array of ids per query, in the query's order.
Status TenantSearch::run(const QList<Branch> &plan, Candidates &found) const
{
    if (plan.isEmpty())
        return {};
    if (m_db.isSQLite()) {
        for (const Branch &branch : plan) {
            if (found.full())
                return {};
            auto rows = m_db.execKept(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT %4")
                                          .arg(branch.id, branch.from, branch.order)
                                          .arg(branch.limit),
                                      branch.bindings);
            if (!rows)
                return rows.error();
            while ((*rows)->next())
                found.add((*rows)->value(0).toLongLong(), branch.match);
            (*rows)->finish();
        }
        return {};
    }
    QStringList parts;
    QVariantList bindings;
    for (const Branch &branch : plan) {
        parts << QStringLiteral("ARRAY(SELECT %1 FROM %2 ORDER BY %3 LIMIT %4)")
                     .arg(branch.id, branch.from, branch.order)
                     .arg(branch.limit);
        bindings << branch.bindings;
    }
    auto row = m_db.execKept(QStringLiteral("SELECT %1").arg(parts.join(QStringLiteral(", "))), bindings);
    if (!row)
        return row.error();
    if (!(*row)->next())
        return Error::storage(tr("The search returned nothing."));
    for (qsizetype i = 0; i < plan.size(); ++i) {
        // An array of ids in the order of its query, as text: "{12,7,40}".
        const QString ids = (*row)->value(int(i)).toString();
        for (QStringView id : QStringView(ids).mid(1, std::max<qsizetype>(ids.size() - 2, 0)).split(u',', Qt::SkipEmptyParts))
            found.add(id.toLongLong(), plan[i].match);
    }
    (*row)->finish();
    return {};
}

// A name as last name first or first name first, the words split between the two names at every
// place ("anna maria muller": first name "anna maria" and last name "muller", or first name "anna"
// and last name "maria muller", ...); a word run alone is a prefix of the name it stands for.
void TenantSearch::names(const QString &folded, TenantSearchHit::Match match, int limit, QList<Branch> &plan) const
{
    for (const QString &column : {QStringLiteral("sort_name"), QStringLiteral("given_key")})
        personRange(column, folded, match, limit, plan);
    const QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype split = 1; split < words.size(); ++split) {
        const QString head = words.mid(0, split).join(u' ');
        const QString tail = words.mid(split).join(u' ');
        for (const QString &column : {QStringLiteral("sort_name"), QStringLiteral("given_key")})
            personRange(column, head + QChar(0x1f) + tail, match, limit, plan);
    }
}

// People whose column starts with `from`, in the column's order: one range of an index.
void TenantSearch::personRange(const QString &column, const QString &from, TenantSearchHit::Match match, int limit,
                               QList<Branch> &plan) const
{
    if (from.isEmpty())
        return;
    plan.append({QStringLiteral("id"), QStringLiteral("persons WHERE retired_at IS NULL AND %1 >= ? AND %1 < ?").arg(column),
                 QStringLiteral("%1, id").arg(column), {from, searchkeys::prefixEnd(from)}, match, limit});
}

// A whole number in any spelling ("+41 44 123 45 67", "044 123 45 67", "0041441234567", "44 123 45
// 67") is found by all its digits; digits that make no whole number are the end of one ("1234567",
// "45 67"). Both are a prefix of the reversed digits (phone_suffix). The beginning of a number alone
// ("044 12", typed from the front) finds nobody until the number is whole: an index for it would cost
// every import as much as the other search keys together.
void TenantSearch::phones(const QString &text, int limit, QList<Branch> &plan) const
{
    using M = TenantSearchHit::Match;
    if (const QString whole = m_phones.toE164(text); !whole.isEmpty())
        return personRange(QStringLiteral("phone_suffix"), searchkeys::phoneSuffix(whole), M::Phone, limit, plan);
    const QChar lead = firstSignificant(text);
    if (lead == u'+' || lead == u'0')
        return;
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    personRange(QStringLiteral("phone_suffix"), searchkeys::phoneSuffix(digits), M::Phone, limit, plan);
}

// Everyone who lives or lived in a unit whose label starts with the text, unit by unit, the most
// recent tenancy first. The joins are CROSS JOINs so that SQLite walks them in the order written, from
// the label's index (without statistics it may start from all tenancies instead); PostgreSQL plans
// them as the inner joins they are.
void TenantSearch::units(const QString &folded, int limit, QList<Branch> &plan) const
{
    const QVariantList range{folded, searchkeys::prefixEnd(folded)};
    plan.append({QStringLiteral("tp.person_id"),
                 QStringLiteral("units u CROSS JOIN tenancies t CROSS JOIN tenancy_persons tp CROSS JOIN persons p "
                                "WHERE t.unit_id = u.id AND tp.tenancy_id = t.id AND p.id = tp.person_id "
                                "AND u.label_key >= ? AND u.label_key < ? AND p.retired_at IS NULL"),
                 QStringLiteral("u.label_key, u.id, t.start_date DESC, tp.person_id"), range, TenantSearchHit::Match::Unit,
                 limit});
    handMadeAliases(QStringLiteral("u.label_key >= ? AND u.label_key < ?"), range, TenantSearchHit::Match::Unit, limit, plan);
}

// Alias users made by hand (no tenancy: the unit they are for) whose unit matches `condition` (on units
// u and buildings b), after the tenants.
void TenantSearch::handMadeAliases(const QString &condition, const QVariantList &bindings, TenantSearchHit::Match match,
                                   int limit, QList<Branch> &plan) const
{
    // There are few of them: they are read first (their own index) and their units looked up, then
    // sorted. Left to itself, PostgreSQL may instead walk all persons in name order looking for one
    // (seconds on a million), or read every unit in the label's range; and so may SQLite. OFFSET 0
    // keeps either from merging the steps.
    plan.append({QStringLiteral("p.id"),
                 QStringLiteral("(SELECT id, sort_name, alias_unit_id FROM persons WHERE alias_unit_id IS NOT NULL "
                                "AND retired_at IS NULL%2) p CROSS JOIN units u CROSS JOIN buildings b "
                                "WHERE u.id = p.alias_unit_id AND b.id = u.building_id AND %1")
                     .arg(condition, m_db.isSQLite() ? QStringLiteral(" LIMIT -1 OFFSET 0") : QStringLiteral(" OFFSET 0")),
                 QStringLiteral("p.sort_name, p.id"), bindings, match, limit});
}

// Everyone in a building whose street (with its number) or city starts with the text (CROSS JOINs: see
// units()).
void TenantSearch::addresses(const QString &folded, int limit, QList<Branch> &plan) const
{
    const QVariantList range{folded, searchkeys::prefixEnd(folded)};
    for (const QString &column : {QStringLiteral("street_key"), QStringLiteral("city_key")}) {
        plan.append({QStringLiteral("tp.person_id"),
                     QStringLiteral("buildings b CROSS JOIN units u CROSS JOIN tenancies t CROSS JOIN tenancy_persons tp "
                                    "CROSS JOIN persons p WHERE u.building_id = b.id AND t.unit_id = u.id "
                                    "AND tp.tenancy_id = t.id AND p.id = tp.person_id AND b.%1 >= ? AND b.%1 < ? "
                                    "AND p.retired_at IS NULL")
                         .arg(column),
                     QStringLiteral("b.%1, b.id, u.label_key, u.id, t.start_date DESC, tp.person_id").arg(column), range,
                     TenantSearchHit::Match::Address, limit});
        handMadeAliases(QStringLiteral("b.%1 >= ? AND b.%1 < ?").arg(column), range, TenantSearchHit::Match::Address, limit,
                        plan);
    }
}

// Several words that are no name, unit or address together ("meier 3.og", "bahnhofstr 12 zur"): the
// longest word brings up people by any of its kinds, and those are kept for whom every other word
// starts a word of theirs (name, reference, e-mail, phone digits, unit, street, city, postal code).
Status TenantSearch::everyWord(const QStringList &words, Candidates &found) const
{
    const QString driver = *std::max_element(words.cbegin(), words.cend(),
                                             [](const QString &a, const QString &b) { return a.size() < b.size(); });
    Candidates pool(kWordCandidates);
    using M = TenantSearchHit::Match;
    QList<Branch> plan;
    names(driver, M::Several, kWordCandidates, plan);
    personRange(QStringLiteral("erp_ref"), driver.toUpper(), M::Several, kWordCandidates, plan);
    units(driver, kWordCandidates, plan);
    addresses(driver, kWordCandidates, plan);
    if (auto s = run(plan, pool); !s)
        return s;
    if (pool.ids.isEmpty())
        return {};

    QHash<qint64, QStringList> haystacks;
    auto rows = m_db.exec(QStringLiteral("SELECT p.id, p.given_key, p.erp_ref, p.email, p.phone_e164, u.label_key, "
                                         "       b.street_key, b.city_key, b.postal_code "
                                         "FROM persons p "
                                         "LEFT JOIN tenancy_persons tp ON tp.person_id = p.id "
                                         "LEFT JOIN tenancies t ON t.id = tp.tenancy_id "
                                         "LEFT JOIN units u ON u.id = COALESCE(t.unit_id, p.alias_unit_id) "
                                         "LEFT JOIN buildings b ON b.id = u.building_id "
                                         "WHERE p.id IN (%1)")
                              .arg(placeholders(pool.ids.size())),
                          QVariantList(pool.ids.cbegin(), pool.ids.cend()));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        QStringList &hay = haystacks[rows->value(0).toLongLong()];
        QString name = rows->value(1).toString();
        name.replace(QChar(0x1f), u' ');
        hay += name.split(u' ', Qt::SkipEmptyParts);
        hay += foldName(rows->value(2).toString());
        const QString email = rows->value(3).toString().toLower();
        if (!email.isEmpty())
            hay += email;
        const QString phone = rows->value(4).toString();
        if (!phone.isEmpty())
            hay += phone.mid(1);
        for (int column = 5; column <= 7; ++column)
            hay += rows->value(column).toString().split(u' ', Qt::SkipEmptyParts);
        hay += rows->value(8).toString();
    }
    for (qsizetype i = 0; i < pool.ids.size() && !found.full(); ++i) {
        const QStringList &haystack = haystacks.value(pool.ids[i]);
        const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return std::any_of(haystack.cbegin(), haystack.cend(), [&](const QString &h) { return h.startsWith(word); });
        });
        if (all)
            found.add(pool.ids[i], M::Several);
    }
    return {};
}

// What the results show of each person: status, the current tenancy's unit and address (a former
// tenant's last one), and the tickets still open.
Result<QList<TenantSearchHit>> TenantSearch::describe(const Candidates &found, QDate today) const
{
    QList<TenantSearchHit> hits;
    if (found.ids.isEmpty())
        return hits;
    QVariantList bindings{today, today};
    bindings.append(QVariantList(found.ids.cbegin(), found.ids.cend()));
    auto rows = m_db.exec(
        QStringLiteral(
            "SELECT p.id, p.erp_ref, p.first_name, p.last_name, p.email, p.phone, p.phone_e164, p.status, p.is_alias, "
            "       u.label, b.street, b.house_number, b.postal_code, b.city, t.id, t.end_date, "
            "       (SELECT count(*) FROM tickets k WHERE k.person_id = p.id AND k.status NOT IN ('done', 'closed')) "
            "FROM persons p %1"
            "WHERE p.id IN (%2)")
            .arg(shownTenancyJoins(), placeholders(found.ids.size())),
        bindings);
    if (!rows)
        return rows.error();
    QHash<qint64, TenantSearchHit> byId;
    while (rows->next()) {
        TenantSearchHit hit;
        hit.id = rows->value(0).toLongLong();
        hit.erpRef = rows->value(1).toString();
        hit.firstName = rows->value(2).toString();
        hit.lastName = rows->value(3).toString();
        hit.email = rows->value(4).toString();
        hit.phone = rows->value(5).toString();
        hit.phoneE164 = rows->value(6).toString();
        hit.status = rows->value(7).toString();
        hit.isAlias = rows->value(8).toBool();
        hit.unitLabel = rows->value(9).toString();
        hit.address = formatAddress(rows->value(10).toString(), rows->value(11).toString(), rows->value(12).toString(),
                                    rows->value(13).toString());
        const QDate end = rows->value(15).toDate();
        hit.isFormer = !rows->value(14).isNull() && end.isValid() && end < today;
        hit.openTickets = rows->value(16).toInt();
        byId.insert(hit.id, hit);
    }
    hits.reserve(found.ids.size());
    for (qsizetype i = 0; i < found.ids.size(); ++i) {
        auto it = byId.constFind(found.ids[i]);
        if (it == byId.cend())
            continue; // retired between the two statements
        hits.append(*it);
        hits.last().match = found.matches[i];
    }
    return hits;
}

} // namespace tc
