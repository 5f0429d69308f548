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
    std::array<QString, 0x180> text;
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
            f.text[c] = folded;
            f.usable[c] = letters;
        }
        return f;
    }();
    return folds;
}

} // namespace

QString foldName(const QString &name)
{
    const LatinFolds &table = latinFolds();
    QString folded;
    folded.reserve(name.size() + 2);
    bool pendingSpace = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            if (u >= 0x180 || !table.usable[u])
                return foldSlowly(name); // marks, other scripts, symbols: the full procedure
            if (pendingSpace) {
                folded += u' ';
                pendingSpace = false;
            }
            folded += table.text[u];
            continue;
        }
        if (u == u' ' || (u >= u'\t' && u <= u'\r') || u == u'-') {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (u == u'\'' || u == u'`' || u == u'.' || u == u',')
            continue;
        if (pendingSpace) {
            folded += u' ';
            pendingSpace = false;
        }
        folded += (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + (u'a' - u'A'))) : c;
    }
    return folded;
}

QString nameSortKey(const QString &lastName, const QString &firstName)
{
    // U+001F (unit separator) sorts below every letter: "Meier" before "Meierhans".
    return foldName(lastName) + QChar(0x1f) + foldName(firstName);
}

} // namespace tc
