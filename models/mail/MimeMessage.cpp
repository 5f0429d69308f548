#include "mail/MimeMessage.h"

#include "domain/EmailAddress.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>

namespace tc {

namespace {

constexpr qsizetype kMaxLine = 78;      // RFC 5322's "should"
constexpr qsizetype kWordBytes = 39;    // UTF-8 bytes per encoded word: 52 base64 characters, 64 in all

bool isPrintableAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

// RFC 2047 encoded words of at most kWordBytes each, never splitting a character.
QList<QByteArray> encodedWords(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> words;
    qsizetype from = 0;
    while (from < utf8.size()) {
        qsizetype to = std::min(from + kWordBytes, utf8.size());
        while (to < utf8.size() && (uchar(utf8[to]) & 0xc0) == 0x80) // a continuation byte: back to its start
            --to;
        words << "=?UTF-8?B?" + utf8.mid(from, to - from).toBase64() + "?=";
        from = to;
    }
    return words;
}

// The ASCII (ACE) form of an address for the envelope and the headers, or why there is none.
Result<QByteArray> asciiAddress(const QString &address)
{
    auto normalized = EmailAddress::normalize(address);
    if (!normalized)
        return Error::refused(MimeMessage::tr("\"%1\" is not an e-mail address: %2")
                                  .arg(mime::withoutControls(address), normalized.error().message));
    const qsizetype at = normalized->lastIndexOf(u'@');
    const QString local = normalized->left(at);
    if (!isPrintableAscii(local)) {
        return Error::refused(MimeMessage::tr("The address %1 has letters before the @ that only a server with "
                                              "SMTPUTF8 accepts.").arg(*normalized));
    }
    const QByteArray domain = QUrl::toAce(normalized->mid(at + 1));
    if (domain.isEmpty())
        return Error::refused(MimeMessage::tr("The domain of %1 has no ASCII form.").arg(*normalized));
    return local.toLatin1() + '@' + domain;
}

// "Name <address>": the name as a plain phrase, a quoted string or encoded words.
Result<QByteArray> addressHeader(const char *field, const MailAddress &mailbox)
{
    auto address = asciiAddress(mailbox.address);
    if (!address)
        return address.error();
    QByteArray line = QByteArray(field) + ": ";
    const QString name = mime::withoutControls(mailbox.name);
    if (name.isEmpty())
        return line + *address;
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    if (isPrintableAscii(name) && name.size() <= 60 && !name.contains(QStringLiteral("=?"))) {
        const bool plain = std::none_of(name.begin(), name.end(), [](QChar c) { return specials.contains(c); });
        if (plain) {
            line += name.toLatin1();
        } else {
            QString quoted = name;
            quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            line += '"' + quoted.toLatin1() + '"';
        }
    } else {
        line += mime::headerText(name, int(line.size()));
    }
    const qsizetype lastLine = line.size() - (line.lastIndexOf('\n') + 1);
    line += lastLine + 2 + address->size() + 1 > kMaxLine ? "\r\n <" : " <";
    return line + *address + '>';
}

QByteArray rfc5322Date(const QDateTime &date)
{
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTimeUtc();
    const int offset = when.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(QLatin1Char(offset < 0 ? '-' : '+'))
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(when, QStringLiteral("ddd, d MMM yyyy HH:mm:ss")) + u' ' + zone).toLatin1();
}

} // namespace

namespace mime {

QString withoutControls(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            c = u' ';
            break;
        default:
            break;
        }
    }
    return out.simplified();
}

QByteArray headerText(const QString &text, int used)
{
    const QString clean = withoutControls(text);
    QList<QByteArray> words;
    if (isPrintableAscii(clean) && !clean.contains(QStringLiteral("=?"))) {
        for (const QString &word : clean.split(u' ', Qt::SkipEmptyParts))
            words << word.toLatin1();
    } else {
        words = encodedWords(clean);
    }
    // Words joined by a space, or by a line break and a space where the line would grow too long.
    QByteArray out;
    qsizetype column = used;
    for (const QByteArray &word : std::as_const(words)) {
        if (!out.isEmpty()) {
            if (column + 1 + word.size() > kMaxLine) {
                out += "\r\n";
                column = 0;
            }
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalized = text;
    if (normalized.contains(u'\r')) // rare: texts usually come with plain line feeds
        normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QByteArray utf8 = normalized.toUtf8();
    static const char hex[] = "0123456789ABCDEF";
    // Written through a pointer into room for the worst case (every byte encoded, a soft break
    // every 25 bytes), then cut to size: appending byte by byte was a good part of the time the
    // outbox takes to write a message.
    QByteArray out(utf8.size() * 4 + 16, Qt::Uninitialized);
    char *o = out.data();
    qsizetype column = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        if (c == '\n') {
            *o++ = '\r';
            *o++ = '\n';
            column = 0;
            continue;
        }
        const bool lineEnd = i + 1 == utf8.size() || utf8[i + 1] == '\n';
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lineEnd);
        const qsizetype width = literal ? 1 : 3;
        if (column + width > 75) { // room for the soft break's "=": lines of at most 76
            *o++ = '=';
            *o++ = '\r';
            *o++ = '\n';
            column = 0;
        }
        if (literal) {
            *o++ = char(c);
        } else {
            *o++ = '=';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 0xf];
        }
        column += width;
    }
    out.truncate(o - out.constData());
    return out;
}

} // namespace mime

QString MimeMessage::newMessageId(const QString &fromAddress)
{
    return newMessageIdAt(messageIdDomain(fromAddress));
}

QByteArray MimeMessage::messageIdDomain(const QString &fromAddress)
{
    auto address = asciiAddress(fromAddress);
    return address ? address->mid(address->lastIndexOf('@') + 1) : QByteArray("tenant-cockpit.invalid");
}

QString MimeMessage::newMessageIdAt(QByteArrayView domain)
{
    // 12 hex digits of the time in milliseconds, then 80 random bits: unique, and the outbox's index
    // of ids grows at its end (100,000 random ids scattered their inserts over the whole index).
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFull;
    const QByteArray id = QByteArray::number(ms, 16).rightJustified(12, '0')
                          + QByteArray(reinterpret_cast<const char *>(random), 10).toHex();
    return QString::fromLatin1(id + '@' + domain.toByteArray());
}

Result<QByteArray> MimeMessage::toBytes() const
{
    const QString id = mime::withoutControls(messageId);
    if (id.isEmpty() || !isPrintableAscii(id) || id.contains(u' ') || id.contains(u'<') || id.contains(u'>'))
        return Error::internal(tr("The message has no usable Message-ID."));
    auto fromLine = addressHeader("From", from);
    if (!fromLine)
        return fromLine.error();
    auto toLine = addressHeader("To", to);
    if (!toLine)
        return toLine.error();
    // Quoted-printable never writes "=_", so no body line can be taken for this boundary.
    const QByteArray boundary =
        "=_tc_" + QCryptographicHash::hash(id.toLatin1(), QCryptographicHash::Sha256).toHex().left(24);
    QByteArray out;
    out += *fromLine + "\r\n";
    out += *toLine + "\r\n";
    out += "Subject: " + mime::headerText(subject, 9) + "\r\n";
    out += "Date: " + rfc5322Date(date) + "\r\n";
    out += "Message-ID: <" + id.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    const auto part = [&](const char *type, const QString &body) {
        out += "--" + boundary + "\r\n";
        out += QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\n";
        out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
        out += mime::quotedPrintable(body) + "\r\n";
    };
    part("text/plain", text);
    part("text/html", html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace tc
