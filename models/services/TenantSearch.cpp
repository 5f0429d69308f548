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
    if (!folded.isEmpty()) {
        if (auto s = names(folded, M::Name, found); !s)
            return s;
        if (const QString plain = withoutUmlautSpelling(folded); !plain.isEmpty()) {
            if (auto s = names(plain, M::Name, found); !s)
                return s;
        }
    }
    // References as the ERP writes them, and in capitals (agents type "t-100" for "T-100").
    if (auto s = personRange(QStringLiteral("erp_ref"), text, M::Reference, found, found.limit); !s)
        return s;
    if (const QString upper = text.toUpper(); upper != text) {
        if (auto s = personRange(QStringLiteral("erp_ref"), upper, M::Reference, found, found.limit); !s)
            return s;
    }
    if (!found.full() && !text.contains(u' ')) {
        const QString lowerEmail = m_db.isSQLite() ? QStringLiteral("lower(email)") : QStringLiteral("lower(email) COLLATE \"C\"");
        if (auto s = personRange(lowerEmail, text.toLower(), M::Email, found, found.limit); !s)
            return s;
    }
    if (!found.full() && looksLikePhoneNumber(text)) {
        if (auto s = phones(text, found); !s)
            return s;
    }
    if (!found.full() && !folded.isEmpty()) {
        if (auto s = units(folded, found, found.limit); !s)
            return s;
    }
    if (!found.full() && !folded.isEmpty()) {
        if (auto s = addresses(folded, found, found.limit); !s)
            return s;
    }
    if (!found.full() && words.size() > 1)
        return everyWord(words, found);
    return {};
}

// A name as last name first or first name first, the words split between the two names at every
// place ("anna maria muller": first name "anna maria" and last name "muller", or first name "anna"
// and last name "maria muller", ...); a word run alone is a prefix of the name it stands for.
Status TenantSearch::names(const QString &folded, TenantSearchHit::Match match, Candidates &found) const
{
    for (const QString &column : {QStringLiteral("sort_name"), QStringLiteral("given_key")}) {
        if (auto s = personRange(column, folded, match, found, found.limit); !s)
            return s;
    }
    const QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype split = 1; split < words.size() && !found.full(); ++split) {
        const QString head = words.mid(0, split).join(u' ');
        const QString tail = words.mid(split).join(u' ');
        for (const QString &column : {QStringLiteral("sort_name"), QStringLiteral("given_key")}) {
            if (auto s = personRange(column, head + QChar(0x1f) + tail, match, found, found.limit); !s)
                return s;
        }
    }
    return {};
}

// People whose column starts with `from`, in the column's order: one range of an index.
Status TenantSearch::personRange(const QString &column, const QString &from, TenantSearchHit::Match match,
                                 Candidates &found, int limit) const
{
    if (found.full() || from.isEmpty())
        return {};
    auto rows = m_db.exec(QStringLiteral("SELECT id FROM persons WHERE retired_at IS NULL AND %1 >= ? AND %1 < ? "
                                         "ORDER BY %1, id LIMIT ?")
                              .arg(column),
                          {from, searchkeys::prefixEnd(from), limit});
    if (!rows)
        return rows.error();
    while (rows->next())
        found.add(rows->value(0).toLongLong(), match);
    return {};
}

// A whole number in any spelling ("+41 44 123 45 67", "044 123 45 67", "0041441234567", "44 123 45
// 67") is found by all its digits; digits that make no whole number are the end of one ("1234567",
// "45 67"). Both are a prefix of the reversed digits (phone_suffix). The beginning of a number alone
// ("044 12", typed from the front) finds nobody until the number is whole: an index for it would cost
// every import as much as the other search keys together.
Status TenantSearch::phones(const QString &text, Candidates &found) const
{
    using M = TenantSearchHit::Match;
    if (const QString whole = m_phones.toE164(text); !whole.isEmpty())
        return personRange(QStringLiteral("phone_suffix"), searchkeys::phoneSuffix(whole), M::Phone, found, found.limit);
    const QChar lead = firstSignificant(text);
    if (lead == u'+' || lead == u'0')
        return {};
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    return personRange(QStringLiteral("phone_suffix"), searchkeys::phoneSuffix(digits), M::Phone, found, found.limit);
}

// Everyone who lives or lived in a unit whose label starts with the text, unit by unit, the most
// recent tenancy first. The joins are CROSS JOINs so that SQLite walks them in the order written, from
// the label's index (without statistics it may start from all tenancies instead); PostgreSQL plans
// them as the inner joins they are.
Status TenantSearch::units(const QString &folded, Candidates &found, int limit) const
{
    auto rows = m_db.exec(QStringLiteral("SELECT tp.person_id FROM units u CROSS JOIN tenancies t "
                                         "CROSS JOIN tenancy_persons tp CROSS JOIN persons p "
                                         "WHERE t.unit_id = u.id AND tp.tenancy_id = t.id AND p.id = tp.person_id "
                                         "AND u.label_key >= ? AND u.label_key < ? AND p.retired_at IS NULL "
                                         "ORDER BY u.label_key, u.id, t.start_date DESC, tp.person_id LIMIT ?"),
                          {folded, searchkeys::prefixEnd(folded), limit});
    if (!rows)
        return rows.error();
    while (rows->next())
        found.add(rows->value(0).toLongLong(), TenantSearchHit::Match::Unit);
    rows->finish();
    return handMadeAliases(QStringLiteral("u.label_key >= ? AND u.label_key < ?"), {folded, searchkeys::prefixEnd(folded)},
                           TenantSearchHit::Match::Unit, found, limit);
}

// Alias users made by hand (no tenancy: the unit they are for) whose unit matches `condition` (on units
// u and buildings b), after the tenants.
Status TenantSearch::handMadeAliases(const QString &condition, const QVariantList &bindings, TenantSearchHit::Match match,
                                     Candidates &found, int limit) const
{
    if (found.full())
        return {};
    QVariantList all = bindings;
    all << limit;
    auto rows = m_db.exec(QStringLiteral("SELECT p.id FROM units u CROSS JOIN buildings b CROSS JOIN persons p "
                                         "WHERE b.id = u.building_id AND p.alias_unit_id = u.id AND %1 "
                                         "AND p.retired_at IS NULL ORDER BY p.sort_name, p.id LIMIT ?")
                              .arg(condition),
                          all);
    if (!rows)
        return rows.error();
    while (rows->next())
        found.add(rows->value(0).toLongLong(), match);
    return {};
}

// Everyone in a building whose street (with its number) or city starts with the text (CROSS JOINs: see
// units()).
Status TenantSearch::addresses(const QString &folded, Candidates &found, int limit) const
{
    for (const QString &column : {QStringLiteral("street_key"), QStringLiteral("city_key")}) {
        if (found.full())
            return {};
        auto rows = m_db.exec(QStringLiteral("SELECT tp.person_id FROM buildings b CROSS JOIN units u "
                                             "CROSS JOIN tenancies t CROSS JOIN tenancy_persons tp CROSS JOIN persons p "
                                             "WHERE u.building_id = b.id AND t.unit_id = u.id AND tp.tenancy_id = t.id "
                                             "AND p.id = tp.person_id AND b.%1 >= ? AND b.%1 < ? AND p.retired_at IS NULL "
                                             "ORDER BY b.%1, b.id, u.label_key, u.id, t.start_date DESC, tp.person_id "
                                             "LIMIT ?")
                                  .arg(column),
                              {folded, searchkeys::prefixEnd(folded), limit});
        if (!rows)
            return rows.error();
        while (rows->next())
            found.add(rows->value(0).toLongLong(), TenantSearchHit::Match::Address);
        rows->finish();
        if (auto s = handMadeAliases(QStringLiteral("b.%1 >= ? AND b.%1 < ?").arg(column),
                                     {folded, searchkeys::prefixEnd(folded)}, TenantSearchHit::Match::Address, found, limit);
            !s)
            return s;
    }
    return {};
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
    if (auto s = names(driver, M::Several, pool); !s)
        return s;
    if (auto s = personRange(QStringLiteral("erp_ref"), driver.toUpper(), M::Several, pool, kWordCandidates); !s)
        return s;
    if (auto s = units(driver, pool, kWordCandidates); !s)
        return s;
    if (auto s = addresses(driver, pool, kWordCandidates); !s)
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
