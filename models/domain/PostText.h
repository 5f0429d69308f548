// PostText: the simple formatting of a pinboard post, as an administrator types it into a plain
// text field, and what it becomes: HTML for the e-mails and the pinboard view, plain text for the
// e-mails' text part.
//   - A blank line starts a new paragraph; a single line break stays a line break.
//   - **words** are bold (on one line; an unpaired ** stays as typed).
//   - Lines starting with "- ", "* " or "• " are a bulleted list, lines starting with "1. " or "1) "
//     a numbered one (from the first item's number).
//   - Web addresses (https://..., http://..., www....) and e-mail addresses become links, and so
//     does [words](https://...). Only http, https and mailto links are made; anything else,
//     markup included, is shown as the characters typed.
#pragma once

#include <QString>

namespace tc::posttext {

// A fragment of HTML (paragraphs and lists), safe to put into a page or an e-mail.
QString toHtml(const QString &source);

// The same as plain text: bold without its marks, "• " before bulleted items, a link written with
// words as "words (address)".
QString toPlainText(const QString &source);

// Text with its web addresses made links and everything else escaped: the words of an e-mail
// template between its placeholders.
QString escapedWithLinks(const QString &text);

} // namespace tc::posttext
