// TextChecks: the one rule for what may not stand in a name, a reference or a phone number, wherever
// it comes from (an import, an edit in the Cockpit).
#pragma once

#include <QStringView>

namespace tc {

// C0 and C1 controls (NEL, U+0085, is a line break too) and the Unicode line and paragraph
// separators, which would break a name or a number over lines in every view and letter.
inline bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

} // namespace tc
