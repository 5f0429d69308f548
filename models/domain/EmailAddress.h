// EmailAddress: the e-mail addresses tenants and staff are reached at, checked as an import reads them.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace tc {

// Only the shape a real mailbox has: a dot-atom local part (RFC 5322 atext, which may hold non-ASCII
// letters as RFC 6531 allows) "@" a domain name (which may be internationalised, IDNA). Quoted local
// parts, IP literals, display names and lists are refused although RFC 5322 knows them: no tenant's
// address needs them, and in a spreadsheet cell they are a pasted "Name <address>", two addresses
// in one cell or a typo. Called once per import row, so the check is a hand-written scan.
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    // The address as people write it, trimmed, or the reason it is not one (translated, e.g. "the
    // part after @ is not a domain"). At most 64 bytes (UTF-8) before the "@" and 254 in all, the
    // domain counted in its ASCII (ACE, "xn--") form.
    static Result<QString> normalize(QStringView text);

    // Lower-cased form for comparing two spellings of the same address. An internationalised domain
    // is given in its ASCII (ACE) form, so "m@müller.ch" and "m@xn--mller-kva.ch" compare equal.
    // Expects an address normalize() accepted.
    static QString comparisonKey(QStringView normalized);

    // "m***@example.ch": for telling the old address that it was changed (only a hint of the new
    // one). The first character of the local part and the whole domain.
    static QString masked(QStringView address);
};

} // namespace tc
