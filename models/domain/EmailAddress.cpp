#include "domain/EmailAddress.h"

#include <QUrl>

namespace tc {

namespace {

constexpr qsizetype kMaxLocalBytes = 64; // RFC 5321, 4.5.3.1.1
constexpr qsizetype kMaxDomainLength = 253; // RFC 1035, without the root's dot
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxAddressBytes = 254; // RFC 5321's 256-octet path minus its angle brackets

Result<QString> refused(const QString &why)
{
    return Error::refused(why);
}

// RFC 5322 atext: letters, digits and these.
bool isAsciiAtext(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'-':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
        return true;
    default:
        return false;
    }
}

bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The code point at i (a surrogate pair counts as one) and how many UTF-16 units it takes.
char32_t codePointAt(QStringView s, qsizetype i, qsizetype *units)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *units = 1;
    return c.unicode();
}

qsizetype utf8Length(char32_t codePoint)
{
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

QString characterForMessage(char32_t codePoint)
{
    return QStringLiteral("\u201c%1\u201d").arg(QString::fromUcs4(&codePoint, 1));
}

// The local part: dot-atoms of atext or (RFC 6531) non-ASCII letters, digits and combining marks.
// Non-ASCII punctuation and symbols are refused: a full-width "＠" or a typographic quote is a typo,
// not part of someone's mailbox name. Sets *bytes to the UTF-8 length.
Result<void> checkLocalPart(QStringView local, qsizetype *bytes)
{
    if (local.isEmpty())
        return Error::refused(EmailAddress::tr("there is nothing before the @"));
    if (local.front() == u'.' || local.back() == u'.')
        return Error::refused(EmailAddress::tr("the part before @ starts or ends with a dot"));
    qsizetype length = 0;
    char16_t previous = 0;
    for (qsizetype i = 0; i < local.size();) {
        const char16_t c = local[i].unicode();
        if (c < 0x80) {
            if (c == u'.') {
                if (previous == u'.')
                    return Error::refused(EmailAddress::tr("the part before @ has two dots in a row"));
            } else if (!isAsciiAtext(c)) {
                return Error::refused(EmailAddress::tr("the part before @ contains %1, which an address cannot hold")
                                          .arg(characterForMessage(c)));
            }
            previous = c;
            ++length;
            ++i;
            continue;
        }
        qsizetype units = 1;
        const char32_t codePoint = codePointAt(local, i, &units);
        if (!QChar::isLetterOrNumber(codePoint) && !QChar::isMark(codePoint))
            return Error::refused(EmailAddress::tr("the part before @ contains %1, which an address cannot hold")
                                      .arg(characterForMessage(codePoint)));
        previous = 0;
        length += utf8Length(codePoint);
        i += units;
    }
    if (length > kMaxLocalBytes)
        return Error::refused(EmailAddress::tr("the part before @ is too long"));
    *bytes = length;
    return {};
}

// A host name in ASCII (an internationalised one after IDNA): letters, digits and hyphens in labels of
// 1 to 63 characters, at least a name and a top-level domain, which is never all digits (that would be
// an IP address, which is refused with the other IP literals).
Result<void> checkAsciiDomain(QStringView domain)
{
    if (domain.size() > kMaxDomainLength)
        return Error::refused(EmailAddress::tr("the part after @ is too long"));
    qsizetype labels = 0;
    qsizetype labelStart = 0;
    bool labelAllDigits = true;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i == domain.size() || domain[i] == u'.') {
            const qsizetype labelLength = i - labelStart;
            if (labelLength == 0)
                return Error::refused(
                    EmailAddress::tr("the part after @ has an empty part (two dots in a row or a dot at an end)"));
            if (labelLength > kMaxLabelLength)
                return Error::refused(EmailAddress::tr("a part of the domain is longer than 63 characters"));
            if (domain[labelStart] == u'-' || domain[i - 1] == u'-')
                return Error::refused(EmailAddress::tr("a part of the domain starts or ends with a hyphen"));
            ++labels;
            if (i == domain.size())
                break;
            labelStart = i + 1;
            labelAllDigits = true;
            continue;
        }
        const char16_t c = domain[i].unicode();
        if (c < u'0' || c > u'9')
            labelAllDigits = false;
        if (c != u'-' && !isAsciiLetterOrDigit(c))
            return Error::refused(EmailAddress::tr("the part after @ contains %1, which a domain cannot hold")
                                      .arg(characterForMessage(c)));
    }
    if (labels < 2)
        return Error::refused(EmailAddress::tr("the part after @ is not a domain (it needs a dot, as in example.ch)"));
    if (labelAllDigits)
        return Error::refused(EmailAddress::tr("the part after @ is not a domain (it ends in a number)"));
    return {};
}

bool isAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

Result<QString> EmailAddress::normalize(QStringView text)
{
    const QStringView address = text.trimmed();
    if (address.isEmpty())
        return refused(tr("the address is empty"));

    // One pass for the characters no accepted address holds. They often say what the cell really is
    // (a pasted "Name <address>", a list), so each gets its own reason; when several are there, the
    // most telling one wins.
    bool control = false;
    bool angleBrackets = false;
    bool listSeparator = false;
    bool quote = false;
    bool space = false;
    qsizetype at = -1;
    qsizetype atCount = 0;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const char16_t c = address[i].unicode();
        if (c >= 0x80) {
            // C1 controls (U+0085 counts as a space too), bidi overrides, zero-width spaces: all
            // invisible in a list of addresses.
            if (const auto category = QChar::category(c);
                category == QChar::Other_Control || category == QChar::Other_Format)
                control = true;
            else if (QChar::isSpace(c))
                space = true;
            continue;
        }
        switch (c) {
        case u'@':
            if (atCount++ == 0)
                at = i;
            break;
        case u'<':
        case u'>':
            angleBrackets = true;
            break;
        case u',':
        case u';':
            listSeparator = true;
            break;
        case u'"':
            quote = true;
            break;
        case u' ':
        case u'\t':
            space = true;
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                control = true;
        }
    }
    if (control)
        return refused(tr("it contains a control character or an invisible formatting character"));
    if (angleBrackets)
        return refused(tr("it contains a name or angle brackets: enter only the address itself"));
    if (listSeparator)
        return refused(tr("it contains a comma or semicolon: enter one address only"));
    if (quote)
        return refused(tr("quoted parts (\"...\") are not accepted"));
    if (space)
        return refused(tr("it contains a space"));
    if (atCount == 0)
        return refused(tr("it has no @"));
    if (atCount > 1)
        return refused(tr("it contains more than one @"));

    const QStringView local = address.first(at);
    const QStringView domain = address.sliced(at + 1);
    qsizetype localBytes = 0;
    if (const Status checked = checkLocalPart(local, &localBytes); !checked)
        return checked.error();

    if (domain.isEmpty())
        return refused(tr("there is nothing after the @"));
    if (domain.front() == u'[')
        return refused(tr("IP addresses are not accepted after the @, only domain names"));
    qsizetype domainLength = domain.size();
    if (isAscii(domain)) {
        if (const Status checked = checkAsciiDomain(domain); !checked)
            return checked.error();
    } else {
        // Only here: IDNA processing costs more than all the rest of the check.
        const QByteArray ace = QUrl::toAce(domain.toString());
        if (ace.isEmpty())
            return refused(tr("the part after @ is not a domain"));
        if (const Status checked = checkAsciiDomain(QString::fromLatin1(ace)); !checked)
            return checked.error();
        domainLength = ace.size();
    }
    if (localBytes + 1 + domainLength > kMaxAddressBytes)
        return refused(tr("the address is longer than 254 characters"));
    return address.toString();
}

QString EmailAddress::comparisonKey(QStringView normalized)
{
    const qsizetype at = normalized.lastIndexOf(u'@');
    if (at < 0)
        return normalized.toString().toLower();
    if (isAscii(normalized)) {
        // The import compares every row's address: one allocation, no Unicode tables.
        QString key(normalized.size(), Qt::Uninitialized);
        QChar *out = key.data();
        for (const QChar c : normalized)
            *out++ = (c >= u'A' && c <= u'Z') ? QChar(static_cast<char16_t>(c.unicode() + (u'a' - u'A'))) : c;
        return key;
    }
    const QStringView local = normalized.first(at);
    const QStringView domain = normalized.sliced(at + 1);
    // The same letter may come composed or decomposed (ü or u + ¨), depending on the keyboard.
    QString key = isAscii(local) ? local.toString().toLower()
                                 : local.toString().normalized(QString::NormalizationForm_C).toLower();
    key += u'@';
    if (isAscii(domain)) {
        key += domain.toString().toLower();
    } else {
        const QByteArray ace = QUrl::toAce(domain.toString());
        key += ace.isEmpty() ? domain.toString().toLower() : QString::fromLatin1(ace);
    }
    return key;
}

QString EmailAddress::masked(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0)
        return QStringLiteral("***");
    qsizetype units = 1;
    codePointAt(address, 0, &units);
    QString hint = address.first(units).toString();
    hint += QStringLiteral("***");
    hint += address.sliced(at);
    return hint;
}

} // namespace tc
