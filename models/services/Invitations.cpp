#include "services/Invitations.h"

#include "domain/ActivationCode.h"
#include "domain/EmailAddress.h"
#include "domain/Settings.h"
#include "mail/MailTemplates.h"
#include "mail/Outbox.h"
#include "services/CompanySettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

namespace tc {

namespace {

struct Person
{
    qint64 id = 0;
    QString ref;
    QString name;
    QString email;
    QString language;
    QString status;
    bool retired = false;
    QString code; // empty: none yet
    bool handMadeAlias = false;
};

// What every mail of one call needs, read once.
struct MailContext
{
    QString company;
    QString companyLanguage;
    QString baseUrl;
    QString sender; // the address alone: the Message-ID's domain
    // The templates in force, read once per call (kind key + language).
    QHash<QString, MailTemplate> templates;
    QString today;
};

Result<MailContext> mailContext(const Database &db)
{
    const CompanySettings settings(db);
    MailContext ctx;
    for (auto [key, target] : {std::pair{settings::companyName, &ctx.company},
                               std::pair{settings::companyLanguage, &ctx.companyLanguage},
                               std::pair{settings::registrationBaseUrl, &ctx.baseUrl},
                               std::pair{settings::smtpFrom, &ctx.sender}}) {
        auto value = settings.value(key);
        if (!value)
            return value.error();
        *target = *value;
    }
    ctx.sender = mailboxFromSetting(ctx.sender).address;
    ctx.today = QDate::currentDate().toString(Qt::ISODate);
    return ctx;
}

Result<std::optional<Person>> loadPerson(const Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT p.id, p.erp_ref, p.first_name, p.last_name, p.email, p.language, p.status, "
                                    "p.retired_at, c.code, p.is_alias FROM persons p LEFT JOIN activation_codes c ON c.person_id = p.id "
                                    "WHERE p.id = ?"),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Person>();
    Person p;
    p.id = q->value(0).toLongLong();
    p.ref = q->value(1).toString();
    p.name = (q->value(2).toString() + u' ' + q->value(3).toString()).trimmed();
    p.email = q->value(4).toString();
    p.language = q->value(5).toString();
    p.status = q->value(6).toString();
    p.retired = !q->value(7).isNull();
    p.code = q->value(8).toString();
    p.handMadeAlias = q->value(9).toBool() && p.ref.isEmpty();
    return std::optional<Person>(p);
}

// The property the tenant lives in (a current tenancy first, then the latest one).
Result<QString> propertyOf(const Database &db, qint64 personId, const QString &today)
{
    auto name = db.scalar(QStringLiteral("SELECT pr.name FROM tenancy_persons tp JOIN tenancies t ON t.id = tp.tenancy_id "
                                         "JOIN units u ON u.id = t.unit_id JOIN buildings b ON b.id = u.building_id "
                                         "JOIN properties pr ON pr.id = b.property_id WHERE tp.person_id = ? "
                                         "ORDER BY CASE WHEN t.end_date IS NULL OR t.end_date >= ? THEN 0 ELSE 1 END, "
                                         "t.start_date DESC LIMIT 1"),
                          {personId, today});
    if (!name)
        return name.error();
    return name->toString();
}

QString registrationLink(const QString &baseUrl, const QString &code)
{
    if (baseUrl.isEmpty())
        return {};
    QUrl url(baseUrl);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("code"), code);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

// A new code for the tenant, unique among all (a collision, practically impossible, draws again).
Result<QString> newCode(const Database &db, qint64 personId)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString code = activation::generate();
        auto q = db.exec(QStringLiteral("INSERT INTO activation_codes (person_id, code, source, created_at) "
                                        "VALUES (?, ?, 'generated', ?) ON CONFLICT (code) DO NOTHING"),
                         {personId, code, nowInstantText()});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 1)
            return code;
    }
    return Error::internal(Invitations::tr("No unique activation code could be drawn."));
}

// Renders the template in the tenant's language and queues it.
Result<qint64> queueMail(const Database &db, MailContext &ctx, const Person &person, MailKind kind,
                         const QString &to, const QHash<QString, QString> &extra = {})
{
    const QString language = languages::supported().contains(person.language) ? person.language : ctx.companyLanguage;
    const QString templateKey = mailtemplates::kindKey(kind) + u'/' + language;
    if (!ctx.templates.contains(templateKey)) {
        auto loaded = MailTemplates(db).get(kind, language);
        if (!loaded)
            return loaded.error();
        ctx.templates.insert(templateKey, *loaded);
    }
    const MailTemplate &mailTemplate = ctx.templates[templateKey];
    auto property = propertyOf(db, person.id, ctx.today);
    if (!property)
        return property.error();
    QHash<QString, QString> values{{QStringLiteral("tenant_name"), person.name},
                                   {QStringLiteral("property"), property->isEmpty() ? ctx.company : *property},
                                   {QStringLiteral("company"), ctx.company}};
    if (!person.code.isEmpty()) {
        values.insert(QStringLiteral("code"), person.code);
        values.insert(QStringLiteral("registration_link"), registrationLink(ctx.baseUrl, person.code));
    }
    values.insert(extra);
    NewMail mail{mailtemplates::kindKey(kind), person.id, {person.name, to}, language,
                 mailtemplates::render(mailTemplate, values, language)};
    return Outbox(db).enqueue(mail, ctx.sender);
}

Status recordInvitation(const Database &db, const Actor &actor, qint64 personId, const QString &kind,
                        const QString &sentTo, qint64 outboxId)
{
    const QVariant agent = actor.agentId ? QVariant(*actor.agentId) : QVariant(QMetaType::fromType<qint64>());
    auto r = db.exec(QStringLiteral("INSERT INTO invitations (person_id, kind, sent_to, invited_by, outbox_id, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {personId, kind, sentTo, agent, outboxId, nowInstantText()});
    if (!r)
        return r.error();
    return {};
}

} // namespace

namespace {

// One tenant of an invite() call, inside the transaction of its group.
Status inviteOne(const Database &db, const Actor &actor, MailContext &ctx, qint64 id, InvitationReport &report)
{
    auto loaded = loadPerson(db, id);
    if (!loaded)
        return loaded.error();
    if (!*loaded) {
        report.refused << InvitationRefused{id, QString(), QString(), Invitations::tr("There is no such tenant.")};
        return {};
    }
    Person person = **loaded;
    const auto refuse = [&](const QString &reason) {
        report.refused << InvitationRefused{person.id, person.ref, person.name, reason};
        return Status();
    };
    if (person.retired)
        return refuse(Invitations::tr("The person was merged into another and is no longer a tenant of their own."));
    if (person.status == u"registered")
        return refuse(Invitations::tr("Already registered in the tenant app."));
    if (person.handMadeAlias) {
        return refuse(Invitations::tr("An alias user made by hand is invited as the tenant the ERP delivers: link the "
                                      "alias to that tenant first."));
    }
    if (person.email.isEmpty()) {
        return refuse(Invitations::tr("No e-mail address: an invitation needs one (it comes with the ERP's next import, "
                                      "or is entered in the tenant's data)."));
    }
    if (auto valid = EmailAddress::normalize(person.email); !valid)
        return refuse(Invitations::tr("The e-mail address %1 cannot be used: %2").arg(person.email, valid.error().message));
    bool reminder = person.status == u"invited";
    if (person.code.isEmpty()) {
        auto code = newCode(db, person.id);
        if (!code)
            return code.error();
        person.code = *code;
    }
    if (!reminder) {
        const QString now = nowInstantText();
        auto r = db.exec(QStringLiteral("UPDATE persons SET status = 'invited', invited_at = ?, updated_at = ?, "
                                        "row_version = row_version + 1 WHERE id = ? AND status = 'imported'"),
                         {now, now, person.id});
        if (!r)
            return r.error();
        // Someone else invited the tenant a moment ago: this one is a reminder then.
        reminder = r->numRowsAffected() == 0;
    }
    auto outboxId = queueMail(db, ctx, person, reminder ? MailKind::Reminder : MailKind::Invitation, person.email);
    if (!outboxId)
        return outboxId.error();
    const QString kind = reminder ? QStringLiteral("reminder") : QStringLiteral("invitation");
    if (auto s = recordInvitation(db, actor, person.id, kind, person.email, *outboxId); !s)
        return s;
    if (auto s = writeAudit(db, actor, reminder ? QStringLiteral("person.reminded") : QStringLiteral("person.invited"),
                            QStringLiteral("person"), person.id, {}, {{QStringLiteral("sent_to"), person.email}});
        !s)
        return s;
    report.queued << InvitationQueued{person.id, person.ref, person.name, person.email, reminder, *outboxId};
    return {};
}

} // namespace

Result<InvitationReport> Invitations::invite(const QList<qint64> &personIds, const Progress &progress) const
{
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator may invite tenants."));
    auto ctx = mailContext(m_db);
    if (!ctx)
        return ctx.error();
    if (ctx->baseUrl.isEmpty()) {
        return Error::refused(tr("The invitation links to the tenant app's registration page, and none is set: a "
                                 "manager sets it in Company settings (registration.base_url). Nobody was invited."));
    }
    if (ctx->sender.isEmpty()) {
        return Error::refused(tr("No sender is set for the office's e-mails: a manager sets it in Company settings "
                                 "(smtp.from). Nobody was invited."));
    }
    QList<qint64> ids;
    QSet<qint64> seen;
    for (qint64 id : personIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    // A group of tenants per transaction; between groups no transaction is open, so the caller may
    // let its window paint (and other work use the database) in `progress`.
    InvitationReport report;
    qsizetype committed = 0; // queued in groups already committed
    // An error after some groups were committed: they stay invited, and the message says so.
    const auto failed = [&committed](Error error) {
        if (committed > 0)
            error.message += u' ' + tr("%n tenant(s) invited before this stay invited.", nullptr, int(committed));
        return error;
    };
    constexpr qsizetype kGroup = 500;
    for (qsizetype from = 0; from < ids.size(); from += kGroup) {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return failed(tx.error());
        for (qsizetype i = from; i < std::min(from + kGroup, ids.size()); ++i) {
            if (auto s = inviteOne(m_db, m_actor, *ctx, ids.at(i), report); !s)
                return failed(s.error());
        }
        if (auto s = tx->commit(); !s)
            return failed(s.error());
        committed = report.queued.size();
        const qint64 done = std::min(from + kGroup, ids.size());
        if (progress && done < ids.size() && !progress(done, ids.size())) {
            report.cancelled = true;
            break;
        }
    }
    return report;
}

Result<QList<qint64>> Invitations::notYetInvited(std::optional<qint64> propertyId) const
{
    QString sql = QStringLiteral("SELECT DISTINCT p.id, p.sort_name FROM persons p "
                                 "JOIN tenancy_persons tp ON tp.person_id = p.id JOIN tenancies t ON t.id = tp.tenancy_id ");
    QVariantList bindings;
    if (propertyId) {
        sql += QStringLiteral("JOIN units u ON u.id = t.unit_id JOIN buildings b ON b.id = u.building_id "
                              "WHERE b.property_id = ? AND ");
        bindings << *propertyId;
    } else {
        sql += QStringLiteral("WHERE ");
    }
    sql += QStringLiteral("p.status = 'imported' AND p.retired_at IS NULL "
                          "AND (t.end_date IS NULL OR t.end_date >= ?) ORDER BY p.sort_name, p.id");
    bindings << QDate::currentDate().toString(Qt::ISODate);
    auto q = m_db.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<AddressChangeMails> Invitations::mailAddressChanges(qint64 runId) const
{
    auto changes = m_db.exec(QStringLiteral("SELECT c.id, c.person_id, c.old_value, c.new_value FROM erp_changes c "
                                            "JOIN persons p ON p.id = c.person_id WHERE c.run_id = ? "
                                            "AND c.kind = 'email_changed' AND c.handled_at IS NULL "
                                            "AND p.status IN ('invited', 'registered') ORDER BY c.id"),
                             {runId});
    if (!changes)
        return changes.error();
    struct Change
    {
        qint64 id, personId;
        QString oldAddress, newAddress;
    };
    QList<Change> list;
    while (changes->next()) {
        list << Change{changes->value(0).toLongLong(), changes->value(1).toLongLong(), changes->value(2).toString(),
                       changes->value(3).toString()};
    }
    changes->finish();
    AddressChangeMails mails;
    if (list.isEmpty())
        return mails;
    auto ctx = mailContext(m_db);
    if (!ctx)
        return ctx.error();
    for (const Change &change : std::as_const(list)) {
        auto loaded = loadPerson(m_db, change.personId);
        if (!loaded)
            return loaded.error();
        if (!*loaded)
            continue;
        const Person &person = **loaded;
        // An invitation or reminder still waiting for the old address is not sent there any more.
        if (!change.oldAddress.isEmpty()) {
            if (auto r = m_db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'failed', last_error = ? "
                                                  "WHERE person_id = ? AND lower(recipient) = lower(?) "
                                                  "AND kind IN ('invitation', 'reminder') AND status IN ('queued', 'failed')"),
                                   {tr("Not sent: the ERP changed the tenant's address."), person.id, change.oldAddress});
                !r)
                return r.error();
        }
        // The same code goes to the new address: the tenant has not used it yet. A removed address
        // gets nothing, and the old one is not told of "no address" either.
        if (person.status == u"invited" && !change.newAddress.isEmpty()) {
            Person withCode = person;
            if (withCode.code.isEmpty()) {
                auto code = newCode(m_db, person.id);
                if (!code)
                    return code.error();
                withCode.code = *code;
            }
            auto id = queueMail(m_db, *ctx, withCode, MailKind::Invitation, change.newAddress);
            if (!id)
                return id.error();
            if (auto s = recordInvitation(m_db, m_actor, person.id, QStringLiteral("email_changed"), change.newAddress, *id);
                !s)
                return s.error();
            ++mails.codesResent;
        }
        if (!change.oldAddress.isEmpty() && !change.newAddress.isEmpty()) {
            auto id = queueMail(m_db, *ctx, person, MailKind::EmailChangeNotice, change.oldAddress,
                                {{QStringLiteral("new_address"), EmailAddress::masked(change.newAddress)}});
            if (!id)
                return id.error();
            ++mails.noticesQueued;
        }
        if (auto r = m_db.exec(QStringLiteral("UPDATE erp_changes SET handled_at = ? WHERE id = ?"), {nowInstantText(), change.id});
            !r)
            return r.error();
    }
    return mails;
}

} // namespace tc
