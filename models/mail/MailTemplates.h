// MailTemplates: the texts of the product's e-mails, per kind and language (de, fr, it, en). Each
// template is a subject and a plain-text body with placeholders such as {tenant_name}; the HTML
// version is made from the same text, so the two never say different things. Managers may edit a
// template in Company settings; until they do, the program's own text is used.
#pragma once

#include "domain/Actor.h"
#include "domain/Languages.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace tc {

class Database;

enum class MailKind {
    Invitation,        // the activation code, first time (and to a new address the ERP delivered)
    Reminder,          // the same code again
    EmailChangeNotice, // to the old address: your address was changed to m***@example.ch
    PinboardPost,      // an important pinboard post, to every addressable tenant of its audience
};

struct MailTemplate
{
    QString subject;
    QString body;
    bool operator==(const MailTemplate &) const = default;
};

// What a template makes for one recipient: the subject and both versions of the body.
struct RenderedMail
{
    QString subject;
    QString text;
    QString html;
};

namespace mailtemplates {

QList<MailKind> kinds();
QString kindKey(MailKind kind); // "invitation", "reminder", "email_change_notice", "pinboard_post"
std::optional<MailKind> kindFromKey(const QString &key);
QString kindDisplayName(MailKind kind); // translated

// The placeholders a kind offers, without braces ("tenant_name", ...); those a template must use.
QStringList placeholders(MailKind kind);
QStringList requiredPlaceholders(MailKind kind);

// The program's own text.
MailTemplate builtin(MailKind kind, const QString &language);

// Fills the placeholders in. Values are plain text: in the HTML version they are escaped, web
// addresses become links, the activation code stands out. A post ({post}) is in the pinboard's simple
// formatting (PostText): paragraphs, bold, lists and links in the HTML version, their plain-text
// form in the other. Control characters never reach the subject.
RenderedMail render(const MailTemplate &mailTemplate, const QHash<QString, QString> &values, const QString &language);

// Made-up values for the preview: "Anna Muster", "Seestrasse 12", a code that cannot be real.
QHash<QString, QString> sampleValues(MailKind kind, const QString &language);

} // namespace mailtemplates

class MailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(MailTemplates)

public:
    explicit MailTemplates(const Database &db) : m_db(db) {}

    // The template in force: the office's own if a manager edited it, else the program's.
    Result<MailTemplate> get(MailKind kind, const QString &language) const;
    Result<bool> isCustom(MailKind kind, const QString &language) const;
    // Managers only. Refuses an empty subject or body, unknown placeholders and a missing required
    // one (an invitation without {code} would invite to nothing).
    Status set(const Actor &actor, MailKind kind, const QString &language, const MailTemplate &mailTemplate) const;
    // Back to the program's text.
    Status reset(const Actor &actor, MailKind kind, const QString &language) const;

    static Status check(MailKind kind, const QString &language, const MailTemplate &mailTemplate);

private:
    const Database &m_db;
};

} // namespace tc
