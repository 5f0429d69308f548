#include "domain/ActivationCode.h"

#include <QRandomGenerator>

namespace tc::activation {

QString generate()
{
    constexpr qsizetype kSymbols = kGroups * kGroupLength;
    QString code;
    code.reserve(kSymbols + kGroups - 1);
    QRandomGenerator *random = QRandomGenerator::system();
    // A byte below the largest multiple of the alphabet's size maps onto it evenly; the rest are
    // drawn again, so every symbol is equally likely.
    constexpr quint32 kEven = 256 - 256 % quint32(kAlphabet.size());
    for (qsizetype i = 0; i < kSymbols; ++i) {
        quint32 byte = 0;
        do {
            byte = random->generate() & 0xff;
        } while (byte >= kEven);
        if (i > 0 && i % kGroupLength == 0)
            code += u'-';
        code += kAlphabet.at(byte % quint32(kAlphabet.size()));
    }
    return code;
}

QString normalized(QStringView typed)
{
    QString symbols;
    symbols.reserve(kGroups * kGroupLength);
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!kAlphabet.contains(upper) || symbols.size() == kGroups * kGroupLength)
            return {};
        symbols += upper;
    }
    if (symbols.size() != kGroups * kGroupLength)
        return {};
    QString code;
    for (qsizetype i = 0; i < symbols.size(); i += kGroupLength) {
        if (i > 0)
            code += u'-';
        code += QStringView(symbols).mid(i, kGroupLength);
    }
    return code;
}

} // namespace tc::activation
