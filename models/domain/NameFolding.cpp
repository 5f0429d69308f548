#include "domain/NameFolding.h"

namespace tc {

QString foldName(const QString &name)
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

QString nameSortKey(const QString &lastName, const QString &firstName)
{
    // U+001F (unit separator) sorts below every letter: "Meier" before "Meierhans".
    return foldName(lastName) + QChar(0x1f) + foldName(firstName);
}

} // namespace tc
