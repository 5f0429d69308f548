#include "import/TextEncoding.h"

#include <array>
#include <cstring>

namespace tc::text {

void Utf8Validator::feed(QByteArrayView chunk)
{
    const auto *const begin = reinterpret_cast<const unsigned char *>(chunk.data());
    const auto *const end = begin + chunk.size();
    const auto *p = begin;
    while (m_firstInvalid < 0 && p < end) {
        if (m_pending > 0) {
            if (*p < m_low || *p > m_high) {
                m_firstInvalid = m_sequenceStart;
                break;
            }
            m_low = 0x80;
            m_high = 0xBF;
            --m_pending;
            ++p;
            continue;
        }
        // Import files are mostly ASCII: test sixteen bytes at a time for a set high bit.
        constexpr quint64 highBits = 0x8080808080808080ULL;
        while (end - p >= 16) {
            quint64 a;
            quint64 b;
            std::memcpy(&a, p, sizeof a);
            std::memcpy(&b, p + 8, sizeof b);
            if ((a | b) & highBits)
                break;
            p += 16;
        }
        while (p < end && *p < 0x80)
            ++p;
        if (p == end)
            break;

        const unsigned char lead = *p;
        if (lead >= 0xC2 && lead <= 0xDF) {
            m_pending = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            m_pending = 2;
            if (lead == 0xE0)
                m_low = 0xA0; // below: an overlong form of U+0000..U+07FF
            else if (lead == 0xED)
                m_high = 0x9F; // above: the surrogates U+D800..U+DFFF
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            m_pending = 3;
            if (lead == 0xF0)
                m_low = 0x90; // below: an overlong form of U+0000..U+FFFF
            else if (lead == 0xF4)
                m_high = 0x8F; // above: beyond U+10FFFF
        } else {
            // A continuation byte without a lead, C0/C1 (always overlong) or F5..FF (beyond U+10FFFF).
            m_firstInvalid = m_offset + (p - begin);
            break;
        }
        m_sequenceStart = m_offset + (p - begin);
        ++p;
    }
    m_offset += chunk.size();
}

bool Utf8Validator::finish()
{
    if (m_firstInvalid < 0 && m_pending > 0)
        m_firstInvalid = m_sequenceStart;
    return isValid();
}

bool isValidUtf8(QByteArrayView bytes)
{
    Utf8Validator validator;
    validator.feed(bytes);
    return validator.finish();
}

namespace {

// 0x80..0x9F; where Windows-1252 defines nothing, the C1 control of the same number.
constexpr std::array<char16_t, 32> windows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88..8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98..9F
};

} // namespace

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        const char16_t unit
            = (byte >= 0x80 && byte < 0xA0) ? windows1252High[byte - 0x80u] : static_cast<char16_t>(byte);
        *out++ = QChar(unit);
    }
    return text;
}

std::optional<Encoding> encodingFromName(QStringView name)
{
    const auto is = [name](QStringView candidate) { return name.compare(candidate, Qt::CaseInsensitive) == 0; };
    if (is(u"auto"))
        return Encoding::Auto;
    if (is(u"utf-8") || is(u"utf8"))
        return Encoding::Utf8;
    if (is(u"windows-1252") || is(u"cp1252") || is(u"latin1") || is(u"iso-8859-1"))
        return Encoding::Windows1252;
    return std::nullopt;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    Q_UNREACHABLE();
}

QString decode(QByteArrayView bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : fromWindows1252(bytes);
    case Encoding::Utf8:
        return QString::fromUtf8(bytes);
    case Encoding::Windows1252:
        return fromWindows1252(bytes);
    }
    Q_UNREACHABLE();
}

} // namespace tc::text
