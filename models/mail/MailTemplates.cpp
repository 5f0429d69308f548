#include "mail/MailTemplates.h"

#include "domain/PostText.h"
#include "mail/MimeMessage.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QRegularExpression>

namespace tc {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{([A-Za-z_]+)\})"));
    return pattern;
}

struct Builtin
{
    const char *subject;
    const char *body;
};

// The program's own texts. Swiss usage: "ss" for "ß", a comma-less salutation in German and Italian.
Builtin builtinText(MailKind kind, const QString &language)
{
    switch (kind) {
    case MailKind::Invitation:
        if (language == u"de")
            return {"Ihr Zugang zur Mieter-App von {company}",
                    "Guten Tag {tenant_name}\n\n"
                    "{company} lädt Sie zur Mieter-App für {property} ein. Dort melden Sie Ihre Anliegen, "
                    "lesen die Mitteilungen Ihrer Verwaltung und sehen, wie weit Ihre Meldungen bearbeitet sind.\n\n"
                    "Ihr persönlicher Aktivierungscode:\n\n{code}\n\n"
                    "Registrieren Sie sich hier: {registration_link}\n\n"
                    "Der Code gilt, bis Sie sich registriert haben. Bitte geben Sie ihn nicht weiter.\n\n"
                    "Freundliche Grüsse\n{company}"};
        if (language == u"fr")
            return {"Votre accès à l'application locataires de {company}",
                    "Bonjour {tenant_name},\n\n"
                    "{company} vous invite à utiliser l'application locataires pour {property}. Vous pourrez y "
                    "signaler vos demandes, lire les communications de votre gérance et suivre le traitement de "
                    "vos demandes.\n\n"
                    "Votre code d'activation personnel :\n\n{code}\n\n"
                    "Inscrivez-vous ici : {registration_link}\n\n"
                    "Le code reste valable jusqu'à votre inscription. Merci de ne pas le transmettre.\n\n"
                    "Meilleures salutations\n{company}"};
        if (language == u"it")
            return {"Il suo accesso all'app inquilini di {company}",
                    "Buongiorno {tenant_name}\n\n"
                    "{company} la invita a usare l'app inquilini per {property}. Nell'app può segnalare le sue "
                    "richieste, leggere le comunicazioni della sua amministrazione e seguire lo stato delle sue "
                    "segnalazioni.\n\n"
                    "Il suo codice di attivazione personale:\n\n{code}\n\n"
                    "Si registri qui: {registration_link}\n\n"
                    "Il codice resta valido fino alla registrazione. La preghiamo di non comunicarlo ad altri.\n\n"
                    "Cordiali saluti\n{company}"};
        return {"Your access to the {company} tenant app",
                "Hello {tenant_name},\n\n"
                "{company} invites you to the tenant app for {property}. There you can report what needs "
                "attention, read the notices of your property management and follow how your reports are "
                "handled.\n\n"
                "Your personal activation code:\n\n{code}\n\n"
                "Register here: {registration_link}\n\n"
                "The code stays valid until you have registered. Please keep it to yourself.\n\n"
                "Kind regards\n{company}"};
    case MailKind::Reminder:
        if (language == u"de")
            return {"Erinnerung: Ihr Zugang zur Mieter-App von {company}",
                    "Guten Tag {tenant_name}\n\n"
                    "Wir erinnern Sie gerne an die Einladung von {company} zur Mieter-App für {property}.\n\n"
                    "Ihr persönlicher Aktivierungscode ist weiterhin:\n\n{code}\n\n"
                    "Registrieren Sie sich hier: {registration_link}\n\n"
                    "Freundliche Grüsse\n{company}"};
        if (language == u"fr")
            return {"Rappel : votre accès à l'application locataires de {company}",
                    "Bonjour {tenant_name},\n\n"
                    "Nous vous rappelons l'invitation de {company} à l'application locataires pour {property}.\n\n"
                    "Votre code d'activation personnel reste :\n\n{code}\n\n"
                    "Inscrivez-vous ici : {registration_link}\n\n"
                    "Meilleures salutations\n{company}"};
        if (language == u"it")
            return {"Promemoria: il suo accesso all'app inquilini di {company}",
                    "Buongiorno {tenant_name}\n\n"
                    "Le ricordiamo l'invito di {company} all'app inquilini per {property}.\n\n"
                    "Il suo codice di attivazione personale resta:\n\n{code}\n\n"
                    "Si registri qui: {registration_link}\n\n"
                    "Cordiali saluti\n{company}"};
        return {"Reminder: your access to the {company} tenant app",
                "Hello {tenant_name},\n\n"
                "This is a reminder of the invitation from {company} to the tenant app for {property}.\n\n"
                "Your personal activation code is still:\n\n{code}\n\n"
                "Register here: {registration_link}\n\n"
                "Kind regards\n{company}"};
    case MailKind::EmailChangeNotice:
        if (language == u"de")
            return {"Ihre E-Mail-Adresse bei {company} wurde geändert",
                    "Guten Tag {tenant_name}\n\n"
                    "Ihre Verwaltung hat Ihre E-Mail-Adresse geändert. Nachrichten von {company} gehen ab jetzt "
                    "an {new_address}.\n\n"
                    "Falls Sie diese Änderung nicht veranlasst haben, melden Sie sich bitte bei Ihrer Verwaltung.\n\n"
                    "Freundliche Grüsse\n{company}"};
        if (language == u"fr")
            return {"Votre adresse e-mail auprès de {company} a été modifiée",
                    "Bonjour {tenant_name},\n\n"
                    "Votre gérance a modifié votre adresse e-mail. Les messages de {company} seront désormais "
                    "envoyés à {new_address}.\n\n"
                    "Si vous n'êtes pas à l'origine de ce changement, veuillez contacter votre gérance.\n\n"
                    "Meilleures salutations\n{company}"};
        if (language == u"it")
            return {"Il suo indirizzo e-mail presso {company} è stato modificato",
                    "Buongiorno {tenant_name}\n\n"
                    "La sua amministrazione ha modificato il suo indirizzo e-mail. D'ora in poi i messaggi di "
                    "{company} saranno inviati a {new_address}.\n\n"
                    "Se non ha chiesto lei questa modifica, contatti per favore la sua amministrazione.\n\n"
                    "Cordiali saluti\n{company}"};
        return {"Your e-mail address at {company} was changed",
                "Hello {tenant_name},\n\n"
                "Your property management changed your e-mail address. Messages from {company} now go to "
                "{new_address}.\n\n"
                "If you did not ask for this change, please contact your property management.\n\n"
                "Kind regards\n{company}"};
    case MailKind::PinboardPost:
        if (language == u"de")
            return {"Wichtige Mitteilung: {title}",
                    "Guten Tag {tenant_name}\n\n"
                    "{company} hat für die Mieterinnen und Mieter von {property} eine wichtige Mitteilung "
                    "veröffentlicht:\n\n{title}\n\n{post}\n\n"
                    "Freundliche Grüsse\n{company}"};
        if (language == u"fr")
            return {"Communication importante : {title}",
                    "Bonjour {tenant_name},\n\n"
                    "{company} a publié une communication importante pour les locataires de {property} :\n\n"
                    "{title}\n\n{post}\n\n"
                    "Meilleures salutations\n{company}"};
        if (language == u"it")
            return {"Comunicazione importante: {title}",
                    "Buongiorno {tenant_name}\n\n"
                    "{company} ha pubblicato una comunicazione importante per gli inquilini di {property}:\n\n"
                    "{title}\n\n{post}\n\n"
                    "Cordiali saluti\n{company}"};
        return {"Important notice: {title}",
                "Hello {tenant_name},\n\n"
                "{company} has published an important notice for the tenants of {property}:\n\n"
                "{title}\n\n{post}\n\n"
                "Kind regards\n{company}"};
    }
    return {"", ""};
}

QString substitute(const QString &text, const QHash<QString, QString> &values,
                   const std::function<QString(const QString &)> &literal,
                   const std::function<QString(const QString &, const QString &)> &value)
{
    QString out;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!values.contains(name))
            continue; // check() refuses unknown placeholders; a stray brace stays as written
        out += literal(text.mid(from, match.capturedStart() - from));
        out += value(name, values.value(name));
        from = match.capturedEnd();
    }
    out += literal(text.mid(from));
    return out;
}

} // namespace

QList<MailKind> mailtemplates::kinds()
{
    return {MailKind::Invitation, MailKind::Reminder, MailKind::EmailChangeNotice, MailKind::PinboardPost};
}

QString mailtemplates::kindKey(MailKind kind)
{
    switch (kind) {
    case MailKind::Invitation:
        return QStringLiteral("invitation");
    case MailKind::Reminder:
        return QStringLiteral("reminder");
    case MailKind::EmailChangeNotice:
        return QStringLiteral("email_change_notice");
    case MailKind::PinboardPost:
        return QStringLiteral("pinboard_post");
    }
    return {};
}

std::optional<MailKind> mailtemplates::kindFromKey(const QString &key)
{
    for (MailKind kind : kinds()) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString mailtemplates::kindDisplayName(MailKind kind)
{
    switch (kind) {
    case MailKind::Invitation:
        return MailTemplates::tr("Invitation");
    case MailKind::Reminder:
        return MailTemplates::tr("Reminder");
    case MailKind::EmailChangeNotice:
        return MailTemplates::tr("E-mail address changed (to the old address)");
    case MailKind::PinboardPost:
        return MailTemplates::tr("Important pinboard post");
    }
    return {};
}

QStringList mailtemplates::placeholders(MailKind kind)
{
    switch (kind) {
    case MailKind::Invitation:
    case MailKind::Reminder:
        return {QStringLiteral("tenant_name"), QStringLiteral("property"), QStringLiteral("code"),
                QStringLiteral("registration_link"), QStringLiteral("company")};
    case MailKind::EmailChangeNotice:
        return {QStringLiteral("tenant_name"), QStringLiteral("new_address"), QStringLiteral("company")};
    case MailKind::PinboardPost:
        return {QStringLiteral("tenant_name"), QStringLiteral("property"), QStringLiteral("title"), QStringLiteral("post"),
                QStringLiteral("company")};
    }
    return {};
}

QStringList mailtemplates::requiredPlaceholders(MailKind kind)
{
    switch (kind) {
    case MailKind::Invitation:
    case MailKind::Reminder:
        return {QStringLiteral("code")};
    case MailKind::EmailChangeNotice:
        return {QStringLiteral("new_address")};
    case MailKind::PinboardPost:
        return {QStringLiteral("post")};
    }
    return {};
}

MailTemplate mailtemplates::builtin(MailKind kind, const QString &language)
{
    const Builtin text = builtinText(kind, languages::supported().contains(language) ? language : QStringLiteral("en"));
    return {QString::fromUtf8(text.subject), QString::fromUtf8(text.body)};
}

RenderedMail mailtemplates::render(const MailTemplate &mailTemplate, const QHash<QString, QString> &values,
                                   const QString &language)
{
    RenderedMail mail;
    const auto plain = [](const QString &text) { return text; };
    const auto plainValue = [](const QString &, const QString &value) { return value; };
    mail.subject = mime::withoutControls(substitute(mailTemplate.subject, values, plain, plainValue)).trimmed();
    QString body = mailTemplate.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const auto textValue = [](const QString &name, const QString &value) {
        return name == u"post" ? posttext::toPlainText(value) : value;
    };
    mail.text = substitute(body, values, plain, textValue).trimmed() + u'\n';

    // The HTML version: a paragraph per block of lines, the template's words escaped, the values
    // too (a name is text, never markup), the code set apart, the registration page a link, a post's
    // title in bold.
    const auto htmlValue = [](const QString &name, const QString &value) {
        if (name == u"code")
            return QStringLiteral("<strong style=\"font-family: monospace; font-size: 1.3em; letter-spacing: 0.1em\">%1</strong>")
                .arg(value.toHtmlEscaped());
        if (name == u"registration_link" && !value.isEmpty())
            return QStringLiteral("<a href=\"%1\">%1</a>").arg(value.toHtmlEscaped());
        if (name == u"post")
            return posttext::toHtml(value);
        if (name == u"title")
            return QStringLiteral("<strong>%1</strong>").arg(value.toHtmlEscaped());
        return value.toHtmlEscaped();
    };
    QString paragraphs;
    static const QRegularExpression blankLines(QStringLiteral(R"(\n[ \t]*\n\s*)"));
    for (const QString &block : body.trimmed().split(blankLines, Qt::SkipEmptyParts)) {
        if (block.trimmed() == u"{post}" && values.contains(QStringLiteral("post"))) {
            paragraphs += posttext::toHtml(values.value(QStringLiteral("post"))); // paragraphs and lists of its own
            continue;
        }
        QString html = substitute(block, values, posttext::escapedWithLinks, htmlValue);
        html.replace(u'\n', QStringLiteral("<br>\n"));
        paragraphs += QStringLiteral("<p>") + html + QStringLiteral("</p>\n");
    }
    const QString lang = languages::supported().contains(language) ? language : QStringLiteral("en");
    mail.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<title>%2</title>\n</head>\n"
                               "<body style=\"font-family: sans-serif; line-height: 1.5\">\n%3</body>\n</html>\n")
                    .arg(lang, mail.subject.toHtmlEscaped(), paragraphs);
    return mail;
}

QHash<QString, QString> mailtemplates::sampleValues(MailKind kind, const QString &language)
{
    Q_UNUSED(kind)
    const bool de = language == u"de";
    const bool fr = language == u"fr";
    const bool it = language == u"it";
    return {
        {QStringLiteral("tenant_name"), de ? QStringLiteral("Anna Müller") : fr ? QStringLiteral("François Dubois")
                                        : it ? QStringLiteral("Lucia Bernasconi") : QStringLiteral("Anna Miller")},
        {QStringLiteral("property"), de ? QStringLiteral("Seestrasse 12, 8002 Zürich")
                                     : fr ? QStringLiteral("Rue du Lac 5, 1003 Lausanne")
                                     : it ? QStringLiteral("Via Nassa 3, 6900 Lugano")
                                          : QStringLiteral("Seestrasse 12, 8002 Zürich")},
        // Made up for the preview; a tenant's real code is never shown in it.
        {QStringLiteral("code"), QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE")},
        {QStringLiteral("registration_link"), QStringLiteral("https://app.example.ch/register?code=AAAA-BBBB-CCCC-DDDD-EEEE")},
        {QStringLiteral("company"), QStringLiteral("Muster Immobilien AG")},
        {QStringLiteral("new_address"), QStringLiteral("a***@example.ch")},
        {QStringLiteral("title"), de ? QStringLiteral("Wasserunterbruch am Montag")
                                  : fr ? QStringLiteral("Coupure d'eau lundi")
                                  : it ? QStringLiteral("Interruzione dell'acqua lunedì")
                                       : QStringLiteral("Water off on Monday")},
        {QStringLiteral("post"), de ? QStringLiteral("Am **Montag von 8 bis 12 Uhr** ist das Wasser abgestellt.\n\n- Bitte Wasser vorher abfüllen\n- Fragen: hauswart@example.ch")
                                 : fr ? QStringLiteral("**Lundi de 8 h à 12 h**, l'eau sera coupée.\n\n- Faites des réserves d'eau\n- Questions : concierge@example.ch")
                                 : it ? QStringLiteral("**Lunedì dalle 8 alle 12** l'acqua sarà chiusa.\n\n- Fate una scorta d'acqua\n- Domande: custode@example.ch")
                                      : QStringLiteral("On **Monday from 8 to 12** the water is turned off.\n\n- Please fill some bottles before\n- Questions: caretaker@example.ch")},
    };
}

Status MailTemplates::check(MailKind kind, const QString &language, const MailTemplate &mailTemplate)
{
    if (!languages::supported().contains(language))
        return Error::refused(tr("\"%1\" is not one of the template languages (de, fr, it, en).").arg(language));
    if (mailTemplate.subject.trimmed().isEmpty() || mailTemplate.body.trimmed().isEmpty())
        return Error::refused(tr("A template needs a subject and a text."));
    if (mailTemplate.subject.size() > 200)
        return Error::refused(tr("The subject is longer than 200 characters."));
    if (mailTemplate.body.size() > 20000)
        return Error::refused(tr("The text is longer than 20,000 characters."));
    const QStringList known = mailtemplates::placeholders(kind);
    QStringList used;
    for (const QString &text : {mailTemplate.subject, mailTemplate.body}) {
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!known.contains(name)) {
                return Error::refused(tr("{%1} is not a placeholder of this e-mail; it offers %2.")
                                          .arg(name, QStringLiteral("{") + known.join(QStringLiteral("}, {")) + u'}'));
            }
            used << name;
        }
    }
    // Subjects end up in every mail server's log and in the outbox list: never the code there.
    for (const QString &secret : {QStringLiteral("{code}"), QStringLiteral("{registration_link}")}) {
        if (mailTemplate.subject.contains(secret))
            return Error::refused(tr("%1 may not be in the subject: subjects are logged by mail servers.").arg(secret));
    }
    for (const QString &name : mailtemplates::requiredPlaceholders(kind)) {
        if (!used.contains(name))
            return Error::refused(tr("The text must contain {%1}.").arg(name));
    }
    return {};
}

Result<MailTemplate> MailTemplates::get(MailKind kind, const QString &language) const
{
    auto row = m_db.exec(QStringLiteral("SELECT subject, body FROM mail_templates WHERE kind = ? AND language = ?"),
                         {mailtemplates::kindKey(kind), language});
    if (!row)
        return row.error();
    if (row->next())
        return MailTemplate{row->value(0).toString(), row->value(1).toString()};
    return mailtemplates::builtin(kind, language);
}

Result<bool> MailTemplates::isCustom(MailKind kind, const QString &language) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM mail_templates WHERE kind = ? AND language = ?"),
                         {mailtemplates::kindKey(kind), language});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Status MailTemplates::set(const Actor &actor, MailKind kind, const QString &language,
                          const MailTemplate &mailTemplate) const
{
    if (!actor.mayAct(Role::Manager))
        return Error::refused(tr("Only a manager may change the e-mail templates."));
    if (auto s = check(kind, language, mailTemplate); !s)
        return s;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = get(kind, language);
    if (!before)
        return before.error();
    const QString key = mailtemplates::kindKey(kind);
    const QVariant agent = actor.agentId ? QVariant(*actor.agentId) : QVariant(QMetaType::fromType<qint64>());
    auto r = m_db.exec(QStringLiteral("INSERT INTO mail_templates (kind, language, subject, body, updated_at, updated_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, language) DO UPDATE SET "
                                      "subject = excluded.subject, body = excluded.body, "
                                      "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                       {key, language, mailTemplate.subject, mailTemplate.body,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), agent});
    if (!r)
        return r.error();
    if (auto s = writeAudit(m_db, actor, QStringLiteral("mail_template.changed"), QStringLiteral("mail_template"), std::nullopt,
                            {{QStringLiteral("kind"), key}, {QStringLiteral("language"), language},
                             {QStringLiteral("subject"), before->subject}, {QStringLiteral("body"), before->body}},
                            {{QStringLiteral("kind"), key}, {QStringLiteral("language"), language},
                             {QStringLiteral("subject"), mailTemplate.subject}, {QStringLiteral("body"), mailTemplate.body}});
        !s)
        return s;
    return tx->commit();
}

Status MailTemplates::reset(const Actor &actor, MailKind kind, const QString &language) const
{
    if (!actor.mayAct(Role::Manager))
        return Error::refused(tr("Only a manager may change the e-mail templates."));
    const QString key = mailtemplates::kindKey(kind);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto r = m_db.exec(QStringLiteral("DELETE FROM mail_templates WHERE kind = ? AND language = ?"), {key, language});
    if (!r)
        return r.error();
    if (auto s = writeAudit(m_db, actor, QStringLiteral("mail_template.reset"), QStringLiteral("mail_template"), std::nullopt,
                            {}, {{QStringLiteral("kind"), key}, {QStringLiteral("language"), language}});
        !s)
        return s;
    return tx->commit();
}

} // namespace tc
