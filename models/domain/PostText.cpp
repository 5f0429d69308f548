#include "domain/PostText.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace tc::posttext {

namespace {

enum class Kind { Paragraph, Bullets, Numbers };

struct Block
{
    Kind kind = Kind::Paragraph;
    qint64 start = 1;        // a numbered list's first number
    QStringList lines;       // a paragraph's lines, or a list's items
    bool afterBlank = false; // a blank line before it, not just a change of kind
};

QList<Block> blocksOf(const QString &source)
{
    static const QRegularExpression bullet(QStringLiteral(R"(^\s*[-*•]\s+(.*)$)"));
    static const QRegularExpression number(QStringLiteral(R"(^\s*(\d{1,9})[.)]\s+(.*)$)"));
    QString text = source;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QList<Block> blocks;
    bool open = false;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            open = false;
            continue;
        }
        Block next;
        next.afterBlank = !open;
        QString content;
        if (const auto m = bullet.match(line); m.hasMatch()) {
            next.kind = Kind::Bullets;
            content = m.captured(1);
        } else if (const auto n = number.match(line); n.hasMatch()) {
            next.kind = Kind::Numbers;
            next.start = n.captured(1).toLongLong();
            content = n.captured(2);
        } else {
            content = line;
        }
        content = content.trimmed();
        if (open && blocks.last().kind == next.kind) {
            blocks.last().lines << content;
            continue;
        }
        next.lines << content;
        blocks << next;
        open = true;
    }
    return blocks;
}

enum Inline { Links = 0x1, Bold = 0x2, Words = 0x4 }; // Words: [words](address) and e-mail addresses

// The pieces of a line: bold, a link with words, a web address, an e-mail address.
const QRegularExpression &inlinePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"((?<bold>\*\*(?<boldText>\S(?:.*?\S)?)\*\*))"
        R"(|(?<md>\[(?<mdText>[^\[\]\n]+)\]\((?<mdUrl>(?:https?://|mailto:)[^\s()<>"]+)\)))"
        R"(|(?<url>(?:https?://|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'*]))"
        R"(|(?<mail>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}))"));
    return pattern;
}

QString hrefOf(const QString &address)
{
    if (address.startsWith(QStringLiteral("www."), Qt::CaseInsensitive))
        return QStringLiteral("https://") + address;
    return address;
}

// One line (or a template's words) with its pieces made HTML, everything else escaped.
QString inlineHtml(const QString &text, int kinds)
{
    QString out;
    qsizetype from = 0;
    auto it = inlinePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString piece;
        if (!m.captured(u"bold").isNull()) {
            if (kinds & Bold)
                piece = QStringLiteral("<strong>%1</strong>").arg(inlineHtml(m.captured(u"boldText"), kinds & ~Bold));
        } else if (!m.captured(u"md").isNull()) {
            if (kinds & Words)
                piece = QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(m.captured(u"mdUrl").toHtmlEscaped(), m.captured(u"mdText").toHtmlEscaped());
        } else if (!m.captured(u"url").isNull()) {
            if (kinds & Links) {
                const QString address = m.captured(u"url");
                piece = QStringLiteral("<a href=\"%1\">%2</a>").arg(hrefOf(address).toHtmlEscaped(), address.toHtmlEscaped());
            }
        } else if (kinds & Words) {
            const QString address = m.captured(u"mail");
            piece = QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(address.toHtmlEscaped());
        }
        if (piece.isNull())
            continue; // not wanted here: stays part of the text around it
        out += text.mid(from, m.capturedStart() - from).toHtmlEscaped() + piece;
        from = m.capturedEnd();
    }
    return out + text.mid(from).toHtmlEscaped();
}

QString inlinePlain(const QString &text)
{
    QString out;
    qsizetype from = 0;
    auto it = inlinePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        if (!m.captured(u"bold").isNull()) {
            out += inlinePlain(m.captured(u"boldText"));
        } else if (!m.captured(u"md").isNull()) {
            const QString words = m.captured(u"mdText"), address = m.captured(u"mdUrl");
            QString shown = address;
            if (shown.startsWith(QStringLiteral("mailto:")))
                shown = shown.mid(7);
            out += words == shown ? shown : QStringLiteral("%1 (%2)").arg(words, shown);
        } else {
            out += m.captured(0);
        }
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace

QString toHtml(const QString &source)
{
    constexpr int all = Links | Bold | Words;
    QString html;
    for (const Block &block : blocksOf(source)) {
        QStringList lines;
        for (const QString &line : block.lines)
            lines << inlineHtml(line, all);
        switch (block.kind) {
        case Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>\n").arg(lines.join(QStringLiteral("<br>\n")));
            break;
        case Kind::Bullets:
            html += QStringLiteral("<ul>\n<li>%1</li>\n</ul>\n").arg(lines.join(QStringLiteral("</li>\n<li>")));
            break;
        case Kind::Numbers:
            html += (block.start == 1 ? QStringLiteral("<ol>\n") : QStringLiteral("<ol start=\"%1\">\n").arg(block.start))
                + QStringLiteral("<li>%1</li>\n</ol>\n").arg(lines.join(QStringLiteral("</li>\n<li>")));
            break;
        }
    }
    return html;
}

QString toPlainText(const QString &source)
{
    QString text;
    for (const Block &block : blocksOf(source)) {
        QStringList lines;
        for (qsizetype i = 0; i < block.lines.size(); ++i) {
            const QString line = inlinePlain(block.lines[i]);
            switch (block.kind) {
            case Kind::Paragraph:
                lines << line;
                break;
            case Kind::Bullets:
                lines << QStringLiteral("• ") + line;
                break;
            case Kind::Numbers:
                lines << QStringLiteral("%1. %2").arg(block.start + i).arg(line);
                break;
            }
        }
        if (!text.isEmpty())
            text += block.afterBlank ? QStringLiteral("\n\n") : QStringLiteral("\n");
        text += lines.join(u'\n');
    }
    return text;
}

QString escapedWithLinks(const QString &text)
{
    return inlineHtml(text, Links);
}

} // namespace tc::posttext
