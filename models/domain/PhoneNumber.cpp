#include "domain/PhoneNumber.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <set>

namespace tc {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The regions whose dialling rules in libphonenumber's metadata are the plain ones the fast path
// implements: "00" dials out, and the national prefix is "0" (dropped in E.164) or absent (a leading
// "0" is part of the number). Many others have a prefix that also carries a carrier code ("0" plus two
// digits in Colombia or Korea), rewrite rules (Jersey, Christmas Island) or a second international
// prefix ("99" in Finland, "16" in Chad), which only Parse() knows; their numbers go through it. These
// are where the tenants of a Swiss office come from; tst_phonenumber checks each against Parse().
constexpr std::array kPlainDiallingRegions { "AD", "AL", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE",
    "ES", "FR", "GB", "GR", "HR", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO",
    "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR", "UA", "XK" };

bool hasPlainDialling(const std::string &region)
{
    return std::find(kPlainDiallingRegions.begin(), kPlainDiallingRegions.end(), region) != kPlainDiallingRegions.end();
}

// What libphonenumber's parser does with the national part of a number, as far as the fast path
// needs to know.
enum class TrunkRule : unsigned char {
    Unknown, // not a country calling code
    DropsZero, // the national prefix is "0": "+41 (0)44 ..." and "044 ..." lose it
    KeepsZero, // no national prefix: a leading "0" belongs to the number ("+39 06 ...")
    Other, // not a plain-dialling region, or its prefix is something else: ask Parse()
};

TrunkRule ruleForRegion(const PhoneNumberUtil &util, const std::string &region)
{
    if (!hasPlainDialling(region))
        return TrunkRule::Other;
    std::string prefix;
    util.GetNddPrefixForRegion(region, true, &prefix);
    if (prefix == "0")
        return TrunkRule::DropsZero;
    if (prefix.empty())
        return TrunkRule::KeepsZero;
    return TrunkRule::Other;
}

// Longer than any number libphonenumber accepts (3 digits of country code, 17 of national number),
// plus the "00" and a trunk "0".
constexpr qsizetype kMaxDigits = 24;
constexpr qsizetype kMaxNationalDigits = 17; // PhoneNumberUtil::kMaxLengthForNsn, private there
constexpr qsizetype kMinNationalDigits = 2; // PhoneNumberUtil::kMinLengthForNsn

struct CallingCode
{
    TrunkRule rule = TrunkRule::Unknown;
    // Bit n: a national significant number of n digits is possible. IsPossibleNumber() looks at
    // nothing but that length (its documentation says so), so its answers are asked once per length
    // instead of once per row, which would cost more than all the rest of the fast path.
    std::uint32_t possibleLengths = 0;
};

// Indexed by country calling code (at most three digits). For a number written with its country
// code, Parse() follows the rules of the code's main region (GB for +44, not Jersey), and so does
// IsPossibleNumber(). Built once and never changed afterwards, so threads read it without a lock.
using CallingCodes = std::array<CallingCode, 1000>;

const CallingCodes &callingCodes()
{
    static const CallingCodes codes = [] {
        CallingCodes table {};
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        std::set<int> supported;
        util.GetSupportedCallingCodes(&supported);
        for (const int code : supported) {
            if (code <= 0 || code >= static_cast<int>(table.size()))
                continue;
            CallingCode &entry = table[static_cast<std::size_t>(code)];
            std::string region;
            util.GetRegionCodeForCountryCode(code, &region);
            entry.rule = ruleForRegion(util, region);
            if (entry.rule == TrunkRule::Other)
                continue;
            std::uint64_t nationalNumber = 1;
            for (qsizetype length = 1; length <= kMaxNationalDigits; ++length, nationalNumber *= 10) {
                PhoneNumber number;
                number.set_country_code(code);
                number.set_national_number(nationalNumber);
                if (util.IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE)
                    entry.possibleLengths |= std::uint32_t { 1 } << length;
            }
        }
        return table;
    }();
    return codes;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Characters that only make a number readable. Parse() accepts the ASCII ones, non-breaking spaces
// and the Unicode dashes; every other Unicode space and the invisible format characters (bidi marks,
// zero-width spaces) that a copy from a web page or a spreadsheet brings along are turned into
// plain spaces or dropped before Parse() sees them (see cleanedForParser), so both paths agree.
bool isIgnorable(char16_t c)
{
    switch (c) {
    case u' ':
    case u'-':
    case u'.':
    case u'/':
    case u'(':
    case u')':
        return true;
    default:
        break;
    }
    if (c < 0x80)
        return c == u'\t';
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212)
        return true;
    return QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format;
}

QString cleanedForParser(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            cleaned += u' ';
        else if (c.category() != QChar::Other_Format)
            cleaned += c;
    }
    return cleaned;
}

bool containsDigit(QStringView text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

} // namespace

PhoneNumberNormalizer::PhoneNumberNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.trimmed().toUpper().toStdString())
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    m_countryCode = util.GetCountryCodeForRegion(m_region);
    if (m_countryCode == 0)
        return;
    m_countryCodeAscii = QByteArray::number(m_countryCode);
    const TrunkRule rule = ruleForRegion(util, m_region);
    m_dropsTrunkZero = rule == TrunkRule::DropsZero;
    m_keepsLeadingZero = rule == TrunkRule::KeepsZero;
}

QStringList PhoneNumberNormalizer::plainDiallingRegions()
{
    QStringList regions;
    for (const char *region : kPlainDiallingRegions)
        regions.append(QLatin1StringView(region));
    return regions;
}

QString PhoneNumberNormalizer::toE164(QStringView text) const
{
    QString e164;
    if (fastE164(text, &e164))
        return e164;
    return parsedE164(text);
}

// The common spellings: digits, readable punctuation, at most one leading "+". Returns false when the
// parser has to decide, which includes every number the length check does not find possible: in those
// corners Parse() takes other turns (keeps a trunk "0" after all, reads a leading country code without
// "+"), and an invalid number may take the slow path.
bool PhoneNumberNormalizer::fastE164(QStringView text, QString *e164) const
{
    std::array<char, kMaxDigits> digits;
    qsizetype count = 0;
    bool plus = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isDigit(c)) {
            if (count == kMaxDigits)
                return false;
            digits[static_cast<std::size_t>(count++)] = static_cast<char>(c);
        } else if (c == u'+' && count == 0 && !plus) {
            plus = true;
        } else if (!isIgnorable(c)) {
            return false;
        }
    }

    const CallingCodes &codes = callingCodes();
    const bool plainNational = m_dropsTrunkZero || m_keepsLeadingZero;
    const char *national = digits.data();
    qsizetype nationalCount = count;
    int countryCode = 0;
    const char *codeDigits = nullptr;
    qsizetype codeDigitCount = 0;
    TrunkRule rule = TrunkRule::Other;

    const bool dialledOut = !plus && plainNational && count >= 2 && digits[0] == '0' && digits[1] == '0';
    if (plus || dialledOut) {
        const qsizetype start = dialledOut ? 2 : 0;
        // Country codes never start with 0; like Parse(), take the shortest prefix that is one.
        for (qsizetype length = 1; length <= 3 && start + length < count; ++length) {
            const char d = digits[static_cast<std::size_t>(start + length - 1)];
            if (length == 1 && d == '0')
                return false;
            countryCode = countryCode * 10 + (d - '0');
            if (codes[static_cast<std::size_t>(countryCode)].rule != TrunkRule::Unknown) {
                codeDigits = digits.data() + start;
                codeDigitCount = length;
                break;
            }
        }
        if (!codeDigits)
            return false;
        rule = codes[static_cast<std::size_t>(countryCode)].rule;
        national = codeDigits + codeDigitCount;
        nationalCount = count - start - codeDigitCount;
    } else {
        if (!plainNational)
            return false;
        // Written without "+" but starting with the region's own country code: Parse() may take it
        // for one, depending on which reading its patterns like better.
        if (QByteArrayView(digits.data(), count).startsWith(m_countryCodeAscii))
            return false;
        countryCode = m_countryCode;
        rule = m_dropsTrunkZero ? TrunkRule::DropsZero : TrunkRule::KeepsZero;
    }

    if (rule == TrunkRule::Other)
        return false;
    if (rule == TrunkRule::DropsZero && nationalCount > 0 && national[0] == '0') {
        ++national;
        --nationalCount;
        if (nationalCount > 0 && national[0] == '0')
            return false;
    }
    if (nationalCount < kMinNationalDigits || nationalCount > kMaxNationalDigits)
        return false;

    // Leading zeros (Italy) count: Parse() keeps them in the national significant number.
    if ((codes[static_cast<std::size_t>(countryCode)].possibleLengths & (std::uint32_t { 1 } << nationalCount)) == 0)
        return false;

    // E.164 is "+", the country code and the national significant number: the digits in hand.
    if (!codeDigits) {
        codeDigits = m_countryCodeAscii.constData();
        codeDigitCount = m_countryCodeAscii.size();
    }
    QString result(1 + codeDigitCount + nationalCount, Qt::Uninitialized);
    QChar *out = result.data();
    *out++ = u'+';
    for (qsizetype i = 0; i < codeDigitCount; ++i)
        *out++ = QLatin1Char(codeDigits[i]);
    for (qsizetype i = 0; i < nationalCount; ++i)
        *out++ = QLatin1Char(national[i]);
    *e164 = std::move(result);
    return true;
}

QString PhoneNumberNormalizer::parsedE164(QStringView text) const
{
    // Without a digit there is no number; spares Parse() the empty cells of an import.
    if (!containsDigit(text))
        return {};
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(cleanedForParser(text).toStdString(), m_region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (util.IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE)
        return {};
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString PhoneNumberNormalizer::searchDigits(QStringView text) const
{
    const QString e164 = toE164(text);
    if (!e164.isEmpty())
        return e164.mid(1);

    QString typed;
    bool plus = false;
    for (const QChar c : text) {
        if (c.isDigit())
            typed += QChar(static_cast<char16_t>(u'0' + c.digitValue()));
        else if (c == u'+' && typed.isEmpty())
            plus = true;
    }
    if (plus)
        return typed;
    if ((m_dropsTrunkZero || m_keepsLeadingZero) && typed.startsWith(QStringLiteral("00")))
        return typed.mid(2);
    if (m_countryCode != 0 && typed.startsWith(u'0')) {
        // A national spelling: stored numbers start with the country code instead of the trunk "0",
        // or in front of the "0" where there is no trunk prefix.
        if (m_dropsTrunkZero)
            return QLatin1StringView(m_countryCodeAscii) + typed.mid(1);
        if (m_keepsLeadingZero)
            return QLatin1StringView(m_countryCodeAscii) + typed;
    }
    return typed;
}

} // namespace tc
