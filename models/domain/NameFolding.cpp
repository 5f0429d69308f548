#include "domain/NameFolding.h"

#include <array>

namespace tc {

namespace {

QString foldSlowly(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue; // the accent of a decomposed letter
        if (c.isSpace() || c == u'-' || c == u'\u2010' || c == u'\u2013') {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (c == u'\'' || c == u'\u2019' || c == u'`' || c == u'.' || c == u',')
            continue;
        if (pendingSpace) {
            folded += u' ';
            pendingSpace = false;
        }
        switch (c.unicode()) {
        case u'ß':
            folded += QStringLiteral("ss");
            break;
        case u'æ':
        case u'Æ':
            folded += QStringLiteral("ae");
            break;
        case u'œ':
        case u'Œ':
            folded += QStringLiteral("oe");
            break;
        case u'ø':
        case u'Ø':
            folded += u'o';
            break;
        case u'đ':
        case u'Đ':
            folded += u'd';
            break;
        case u'ł':
        case u'Ł':
            folded += u'l';
            break;
        default:
            folded += c.toLower();
        }
    }
    return folded;
}

// Letters of Latin-1 and Latin Extended-A (U+00C0 to U+017F), each folded alone by the full
// procedure above: a name made of ASCII and these letters folds by table, without normalizing.
struct LatinFolds
{
    std::array<QByteArray, 0x180> latin1; // ASCII letters
    std::array<bool, 0x180> usable{};
};

const LatinFolds &latinFolds()
{
    static const LatinFolds folds = [] {
        LatinFolds f;
        for (char16_t c = 0xc0; c < 0x180; ++c) {
            const QChar ch(c);
            if (!ch.isLetter())
                continue;
            const QString folded = foldSlowly(QString(ch));
            bool letters = !folded.isEmpty();
            for (const QChar out : folded)
                letters = letters && out.unicode() < 0x80 && out.isLetter();
            f.latin1[c] = folded.toLatin1();
            f.usable[c] = letters;
        }
        return f;
    }();
    return folds;
}


// Folds by table into `out` (ASCII, so the same in Latin-1 and UTF-8); false when the name needs the
// full procedure.
bool foldByTable(QStringView name, QByteArray &out)
{
    const LatinFolds &table = latinFolds();
    const qsizetype start = out.size();
    bool pendingSpace = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            if (u >= 0x180 || !table.usable[u])
                return false; // marks, other scripts, symbols
            if (pendingSpace) {
                out += ' ';
                pendingSpace = false;
            }
            out += table.latin1[u];
            continue;
        }
        if (u == u' ' || (u >= u'\t' && u <= u'\r') || u == u'-') {
            pendingSpace = out.size() > start;
            continue;
        }
        if (u == u'\'' || u == u'`' || u == u'.' || u == u',')
            continue;
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        out += char((u >= u'A' && u <= u'Z') ? u + (u'a' - u'A') : u);
    }
    return true;
}

} // namespace

QString foldName(const QString &name)
{
    QByteArray folded;
    folded.reserve(name.size() + 2);
    if (!foldByTable(name, folded))
        return foldSlowly(name);
    return QString::fromLatin1(folded);
}

QByteArray nameSortKeyUtf8(const QString &lastName, const QString &firstName)
{
    QByteArray key;
    key.reserve(lastName.size() + firstName.size() + 3);
    if (foldByTable(lastName, key)) {
        key += '\x1f';
        if (foldByTable(firstName, key))
            return key;
    }
    return nameSortKey(lastName, firstName).toUtf8();
}

QString nameSortKey(const QString &lastName, const QString &firstName)
{
    // U+001F (unit separator) sorts below every letter: "Meier" before "Meierhans".
    return foldName(lastName) + QChar(0x1f) + foldName(firstName);
}

} // namespace tc
