#include "services/Pinboard.h"

#include "domain/Settings.h"
#include "mail/MailTemplates.h"
#include "mail/MimeMessage.h"
#include "mail/Outbox.h"
#include "services/CompanySettings.h"
#include "storage/AuditLog.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Instants.h"
#include "storage/PreparedStatement.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace tc {

namespace {

QString marks(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}

// The audience as a condition on buildings `b` (and through them units and tenancies).
QString audienceCondition(const PinboardAudience &audience, QVariantList &bindings)
{
    if (audience.company)
        return QStringLiteral("1 = 1");
    QStringList parts;
    if (!audience.propertyIds.isEmpty()) {
        parts << QStringLiteral("b.property_id IN (%1)").arg(marks(audience.propertyIds.size()));
        for (qint64 id : audience.propertyIds)
            bindings << id;
    }
    if (!audience.buildingIds.isEmpty()) {
        parts << QStringLiteral("b.id IN (%1)").arg(marks(audience.buildingIds.size()));
        for (qint64 id : audience.buildingIds)
            bindings << id;
    }
    return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

struct Member
{
    qint64 id = 0;
    QString ref;
    QString name;
    QString sortName;
    QString email;
    QString language;
    QString status;
    qint64 propertyId = 0;
    bool future = false;
};

// Everyone renting in the audience today (and, when asked, from a later day), once each: a tenant of
// several units keeps the current tenancy before a future one, then the property with the lowest id.
Result<QList<Member>> members(const Database &db, const PinboardAudience &audience, bool includeFuture)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVariantList bindings{today, today, includeFuture ? QStringLiteral("9999-12-31") : today};
    const QString condition = audienceCondition(audience, bindings);
    PreparedStatement q(db, QStringLiteral("SELECT p.id, p.erp_ref, p.first_name, p.last_name, p.sort_name, p.email, "
                                           "p.language, p.status, b.property_id, CASE WHEN t.start_date > ? THEN 1 ELSE 0 END "
                                           "FROM tenancies t JOIN units u ON u.id = t.unit_id "
                                           "JOIN buildings b ON b.id = u.building_id "
                                           "JOIN tenancy_persons tp ON tp.tenancy_id = t.id "
                                           "JOIN persons p ON p.id = tp.person_id "
                                           "WHERE (t.end_date IS NULL OR t.end_date >= ?) AND t.start_date <= ? "
                                           "AND p.retired_at IS NULL AND %1")
                                .arg(condition));
    for (int i = 0; i < bindings.size(); ++i) {
        if (bindings[i].typeId() == QMetaType::QString)
            q.bind(i, bindings[i].toString());
        else
            q.bind(i, bindings[i].toLongLong());
    }
    QList<Member> found;
    QHash<qint64, qsizetype> at;
    auto row = q.exec();
    while (row && *row) {
        Member m;
        m.id = q.integer(0);
        m.propertyId = q.integer(8);
        m.future = q.integer(9) != 0;
        const auto known = at.constFind(m.id);
        if (known != at.cend()) {
            Member &kept = found[*known];
            if (std::pair(m.future, m.propertyId) < std::pair(kept.future, kept.propertyId)) {
                kept.future = m.future;
                kept.propertyId = m.propertyId;
            }
        } else {
            m.ref = q.text(1);
            m.name = (q.text(2) + u' ' + q.text(3)).trimmed();
            m.sortName = q.text(4);
            m.email = q.text(5);
            m.language = q.text(6);
            m.status = q.text(7);
            at.insert(m.id, found.size());
            found << m;
        }
        row = q.next();
    }
    if (!row)
        return row.error();
    return found;
}

// Why a tenant of the audience cannot be e-mailed; empty when they can.
QString unreachableReason(const Member &m)
{
    if (m.email.isEmpty())
        return Pinboard::tr("No e-mail address.");
    if (m.status == u"imported")
        return Pinboard::tr("Not invited to the tenant app yet.");
    return {};
}

PinboardRecipient recipient(const Member &m, const QString &reason)
{
    return {m.id, m.ref, m.name, m.email, m.language, reason};
}

// Splits the audience into those who get the mail and those who cannot, in name order.
void split(QList<Member> all, QList<Member> &reachable, QList<PinboardRecipient> &unreachable)
{
    std::sort(all.begin(), all.end(), [](const Member &a, const Member &b) {
        return std::pair(a.sortName, a.id) < std::pair(b.sortName, b.id);
    });
    for (Member &m : all) {
        const QString reason = unreachableReason(m);
        if (reason.isEmpty())
            reachable << std::move(m);
        else
            unreachable << recipient(m, reason);
    }
}

QJsonObject audienceJson(const PinboardAudience &audience)
{
    QJsonArray properties;
    for (qint64 id : audience.propertyIds)
        properties << id;
    QJsonArray buildings;
    for (qint64 id : audience.buildingIds)
        buildings << id;
    return {{QStringLiteral("company"), audience.company},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("buildings"), buildings}};
}

QJsonObject postJson(const PinboardPostInput &post)
{
    return {{QStringLiteral("title"), post.title},
            {QStringLiteral("body"), post.body},
            {QStringLiteral("important"), post.important},
            {QStringLiteral("include_future_tenants"), post.includeFutureTenants},
            {QStringLiteral("valid_from"), post.validFrom.isValid() ? QJsonValue(post.validFrom.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("valid_to"), post.validTo.isValid() ? QJsonValue(post.validTo.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("audience"), audienceJson(post.audience)}};
}

// What a stored post says, as the author would write it.
PinboardPostInput inputOf(const PinboardPost &post)
{
    return {post.title, post.body, post.audience, post.validFrom, post.validTo, post.important, post.includeFutureTenants};
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// A post's title as one line, its text without trailing blanks.
PinboardPostInput tidied(PinboardPostInput post)
{
    post.title = post.title.simplified();
    post.body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    while (!post.body.isEmpty() && post.body.back().isSpace())
        post.body.chop(1);
    std::sort(post.audience.propertyIds.begin(), post.audience.propertyIds.end());
    post.audience.propertyIds.erase(std::unique(post.audience.propertyIds.begin(), post.audience.propertyIds.end()),
                                    post.audience.propertyIds.end());
    std::sort(post.audience.buildingIds.begin(), post.audience.buildingIds.end());
    post.audience.buildingIds.erase(std::unique(post.audience.buildingIds.begin(), post.audience.buildingIds.end()),
                                    post.audience.buildingIds.end());
    return post;
}

// Every id of `ids` names a row of `table`, or the refusal names the first that does not.
Status allExist(const Database &db, const QString &table, const QList<qint64> &ids, const QString &missing)
{
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QList<qint64> part = ids.mid(from, 500);
        QVariantList bindings;
        for (qint64 id : part)
            bindings << id;
        auto q = db.exec(QStringLiteral("SELECT id FROM %1 WHERE id IN (%2)").arg(table, marks(part.size())), bindings);
        if (!q)
            return q.error();
        QSet<qint64> there;
        while (q->next())
            there.insert(q->value(0).toLongLong());
        for (qint64 id : part) {
            if (!there.contains(id))
                return Error::refused(missing.arg(id));
        }
    }
    return {};
}

} // namespace

Status Pinboard::check(const PinboardPostInput &raw)
{
    const PinboardPostInput post = tidied(raw);
    if (post.title.isEmpty())
        return Error::refused(tr("A post needs a title."));
    if (post.title.size() > kMaxTitle)
        return Error::refused(tr("The title is longer than %1 characters.").arg(kMaxTitle));
    if (post.body.trimmed().isEmpty())
        return Error::refused(tr("A post needs a text."));
    if (post.body.size() > kMaxBody)
        return Error::refused(tr("The text is longer than %L1 characters.").arg(kMaxBody));
    if (post.audience.isEmpty())
        return Error::refused(tr("Choose whom the post is for: the whole company, properties or buildings."));
    if (post.validFrom.isValid() && post.validTo.isValid() && post.validTo < post.validFrom)
        return Error::refused(tr("The post would end (%1) before it begins (%2).")
                                  .arg(post.validTo.toString(Qt::ISODate), post.validFrom.toString(Qt::ISODate)));
    return {};
}

Result<PinboardReach> Pinboard::reach(const PinboardAudience &audience, bool includeFutureTenants) const
{
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator may write pinboard posts."));
    auto all = members(m_db, audience, includeFutureTenants);
    if (!all)
        return all.error();
    QList<Member> reachable;
    PinboardReach result;
    split(std::move(*all), reachable, result.unreachable);
    result.reachable = reachable.size();
    return result;
}

Status Pinboard::writeAudience(qint64 postId, const PinboardAudience &audience) const
{
    if (audience.company) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO pinboard_audience (post_id, scope) VALUES (?, 'company')"), {postId}); !r)
            return r.error();
    }
    for (qint64 id : audience.propertyIds) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO pinboard_audience (post_id, scope, property_id) VALUES (?, 'property', ?)"),
                               {postId, id});
            !r)
            return r.error();
    }
    for (qint64 id : audience.buildingIds) {
        // The building's property goes with it, so a property's pinboard finds the post in one lookup.
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO pinboard_audience (post_id, scope, property_id, building_id) "
                                              "SELECT ?, 'building', property_id, id FROM buildings WHERE id = ?"),
                               {postId, id});
            !r)
            return r.error();
    }
    return {};
}

Result<PinboardPublication> Pinboard::queueMails(qint64 postId, const PinboardPostInput &post, const Progress &progress) const
{
    const CompanySettings settings(m_db);
    auto company = settings.value(settings::companyName);
    auto companyLanguage = settings.value(settings::companyLanguage);
    auto from = settings.value(settings::smtpFrom);
    for (const auto *value : {&company, &companyLanguage, &from}) {
        if (!*value)
            return value->error();
    }
    const QString sender = mailboxFromSetting(*from).address;
    if (sender.isEmpty()) {
        return Error::refused(tr("No sender is set for the office's e-mails: a manager sets it in Company settings "
                                 "(smtp.from). Nothing was saved or sent."));
    }
    auto all = members(m_db, post.audience, post.includeFutureTenants);
    if (!all)
        return all.error();
    QList<Member> reachable;
    PinboardPublication publication;
    publication.postId = postId;
    split(std::move(*all), reachable, publication.unreachable);
    if (reachable.isEmpty())
        return publication;
    // Written in the order of the people's ids: the outbox's index by person and the post's mail
    // records then grow at their ends.
    std::sort(reachable.begin(), reachable.end(), [](const Member &a, const Member &b) { return a.id < b.id; });

    // The names of the properties the tenants rent in: each mail says which one it is for.
    QHash<qint64, QString> propertyNames;
    {
        QList<qint64> ids;
        for (const Member &m : std::as_const(reachable)) {
            if (!propertyNames.contains(m.propertyId)) {
                propertyNames.insert(m.propertyId, QString());
                ids << m.propertyId;
            }
        }
        for (qsizetype at = 0; at < ids.size(); at += 500) {
            const QList<qint64> part = ids.mid(at, 500);
            QVariantList bindings;
            for (qint64 id : part)
                bindings << id;
            auto q = m_db.exec(QStringLiteral("SELECT id, name FROM properties WHERE id IN (%1)").arg(marks(part.size())), bindings);
            if (!q)
                return q.error();
            while (q->next())
                propertyNames[q->value(0).toLongLong()] = q->value(1).toString();
        }
    }

    // One body per language and property, the tenant's name in it as a marker nobody could have
    // typed (drawn now); the sender puts each recipient's name in its place.
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    const QString marker = QStringLiteral("TCNAME%1X").arg(QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex()));
    const QString now = nowInstantText();
    struct Body
    {
        qint64 id = 0;
        QString subject; // with the marker
        QString language;
    };
    QHash<QString, MailTemplate> templates;
    QHash<QPair<QString, qint64>, Body> bodies;
    QVariantList bodyIds;
    const MailTemplates mailTemplates(m_db);
    const auto bodyFor = [&](const Member &m) -> Result<const Body *> {
        const QString language = languages::supported().contains(m.language) ? m.language : *companyLanguage;
        const auto key = qMakePair(language, m.propertyId);
        if (const auto it = bodies.constFind(key); it != bodies.cend())
            return &*it;
        if (!templates.contains(language)) {
            auto loaded = mailTemplates.get(MailKind::PinboardPost, language);
            if (!loaded)
                return loaded.error();
            templates.insert(language, *loaded);
        }
        const QString property = propertyNames.value(m.propertyId);
        const RenderedMail mail = mailtemplates::render(
            templates.value(language),
            {{QStringLiteral("tenant_name"), marker},
             {QStringLiteral("property"), property.isEmpty() ? *company : property},
             {QStringLiteral("title"), post.title},
             {QStringLiteral("post"), post.body},
             {QStringLiteral("company"), *company}},
            language);
        auto id = m_db.scalar(QStringLiteral("INSERT INTO mail_bodies (body_text, body_html, name_marker, created_at) "
                                             "VALUES (?, ?, ?, ?) RETURNING id"),
                              {mail.text, textOrNull(mail.html), marker, now});
        if (!id)
            return id.error();
        bodyIds << id->toLongLong();
        return &*bodies.insert(key, Body{id->toLongLong(), mail.subject, language});
    };

    const QByteArray domain = MimeMessage::messageIdDomain(sender);
    BulkInserter outbox(m_db, QStringLiteral("mail_outbox"),
                        {QStringLiteral("message_id"), QStringLiteral("person_id"), QStringLiteral("recipient"),
                         QStringLiteral("recipient_name"), QStringLiteral("subject"), QStringLiteral("language"),
                         QStringLiteral("body_id")});
    outbox.setConstant(QStringLiteral("kind"), mailtemplates::kindKey(MailKind::PinboardPost));
    outbox.setConstant(QStringLiteral("body_text"), QStringLiteral(""));
    outbox.setConstant(QStringLiteral("next_attempt_at"), now);
    outbox.setConstant(QStringLiteral("created_at"), now);
    const qint64 total = reachable.size();
    qint64 done = 0;
    for (const Member &m : std::as_const(reachable)) {
        auto body = bodyFor(m);
        if (!body)
            return body.error();
        const QString name = mime::withoutControls(m.name);
        QString subject = (*body)->subject;
        subject.replace(marker, name.isEmpty() ? m.email : name);
        outbox.add(MimeMessage::newMessageIdAt(domain));
        outbox.add(m.id);
        outbox.add(m.email);
        outbox.add(name.isNull() ? QStringLiteral("") : name);
        outbox.add(subject);
        outbox.add((*body)->language);
        outbox.add((*body)->id);
        if (outbox.isFull()) {
            if (auto s = outbox.flush(); !s)
                return s.error();
            done = outbox.written();
            if (progress)
                progress(done, total);
        }
    }
    if (auto s = outbox.flush(); !s)
        return s.error();
    if (progress)
        progress(outbox.written(), total);

    // Which mail went to whom for this post: the rows just written, found by their bodies.
    for (qsizetype at = 0; at < bodyIds.size(); at += 500) {
        QVariantList bindings{postId};
        const QVariantList part = bodyIds.mid(at, 500);
        bindings += part;
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO pinboard_mails (post_id, person_id, outbox_id) "
                                              "SELECT ?, person_id, id FROM mail_outbox WHERE body_id IN (%1)")
                                   .arg(marks(part.size())),
                               bindings);
            !r)
            return r.error();
    }
    publication.mailsQueued = outbox.written();
    return publication;
}

Result<PinboardPublication> Pinboard::publish(const PinboardPostInput &raw, const Progress &progress) const
{
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator may write pinboard posts."));
    if (auto s = check(raw); !s)
        return s.error();
    const PinboardPostInput post = tidied(raw);
    if (post.validTo.isValid() && post.validTo < QDate::currentDate())
        return Error::refused(tr("The post would be over (%1) before it is published.").arg(post.validTo.toString(Qt::ISODate)));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = allExist(m_db, QStringLiteral("properties"), post.audience.propertyIds, tr("There is no property with the id %1.")); !s)
        return s.error();
    if (auto s = allExist(m_db, QStringLiteral("buildings"), post.audience.buildingIds, tr("There is no building with the id %1.")); !s)
        return s.error();
    const QString now = nowInstantText();
    auto id = m_db.scalar(QStringLiteral("INSERT INTO pinboard_posts (title, body, important, include_future_tenants, "
                                         "valid_from, valid_to, author_id, author_name, created_at, updated_at, published_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          {post.title, post.body, post.important, post.includeFutureTenants, dateOrNull(post.validFrom),
                           dateOrNull(post.validTo), idOrNull(m_actor.agentId), m_actor.name, now, now, now});
    if (!id)
        return id.error();
    const qint64 postId = id->toLongLong();
    if (auto s = writeAudience(postId, post.audience); !s)
        return s.error();
    PinboardPublication publication;
    publication.postId = postId;
    if (post.important) {
        auto queued = queueMails(postId, post, progress);
        if (!queued)
            return queued.error();
        publication = *queued;
    }
    publication.rowVersion = 1;
    QJsonObject after = postJson(post);
    after.insert(QStringLiteral("mails_queued"), publication.mailsQueued);
    after.insert(QStringLiteral("unreachable"), publication.unreachable.size());
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("pinboard.published"), QStringLiteral("pinboard_post"), postId, {}, after); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return publication;
}

Result<PinboardPublication> Pinboard::edit(qint64 postId, int rowVersion, const PinboardPostInput &raw, bool notifyAgain,
                                           const Progress &progress) const
{
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator may write pinboard posts."));
    if (auto s = check(raw); !s)
        return s.error();
    const PinboardPostInput post = tidied(raw);
    if (notifyAgain && !post.important)
        return Error::refused(tr("Only an important post is e-mailed: mark it important to notify its tenants again."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = get(postId);
    if (!before)
        return before.error();
    if (!*before)
        return Error::refused(tr("There is no pinboard post %1 (it may have been deleted).").arg(postId));
    const PinboardPost &old = **before;
    if (old.rowVersion != rowVersion) {
        return Error::refused(tr("Someone else changed this post since it was opened (at %1). Open it again to see "
                                 "their changes; nothing was saved.")
                                  .arg(QLocale().toString(old.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (auto s = allExist(m_db, QStringLiteral("properties"), post.audience.propertyIds, tr("There is no property with the id %1.")); !s)
        return s.error();
    if (auto s = allExist(m_db, QStringLiteral("buildings"), post.audience.buildingIds, tr("There is no building with the id %1.")); !s)
        return s.error();
    auto r = m_db.exec(QStringLiteral("UPDATE pinboard_posts SET title = ?, body = ?, important = ?, include_future_tenants = ?, "
                                      "valid_from = ?, valid_to = ?, updated_at = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND row_version = ? AND deleted_at IS NULL"),
                       {post.title, post.body, post.important, post.includeFutureTenants, dateOrNull(post.validFrom),
                        dateOrNull(post.validTo), nowInstantText(), postId, rowVersion});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error::refused(tr("Someone else changed this post a moment ago. Open it again; nothing was saved."));
    if (tidied(inputOf(old)).audience != post.audience) {
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM pinboard_audience WHERE post_id = ?"), {postId}); !d)
            return d.error();
        if (auto s = writeAudience(postId, post.audience); !s)
            return s.error();
    }
    PinboardPublication publication;
    publication.postId = postId;
    if (notifyAgain) {
        auto queued = queueMails(postId, post, progress);
        if (!queued)
            return queued.error();
        publication = *queued;
    }
    publication.rowVersion = rowVersion + 1;
    QJsonObject after = postJson(post);
    after.insert(QStringLiteral("notified_again"), notifyAgain);
    if (notifyAgain)
        after.insert(QStringLiteral("mails_queued"), publication.mailsQueued);
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("pinboard.edited"), QStringLiteral("pinboard_post"), postId,
                            postJson(inputOf(old)), after);
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return publication;
}

Status Pinboard::remove(qint64 postId) const
{
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator may delete pinboard posts."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto post = get(postId);
    if (!post)
        return post.error();
    if (!*post)
        return Error::refused(tr("There is no pinboard post %1 (it may have been deleted already).").arg(postId));
    // What has not left yet stays in the outbox for the record, failed for good; a retry skips it. A
    // mail a sender holds right now leaves its claim: the server's "sent" still counts, a deferral no
    // longer puts it back in the queue, and its lease running out does not either.
    auto withdrawn = m_db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'failed', last_error = ?, claim_token = NULL "
                                              "WHERE status IN ('queued', 'sending') "
                                              "AND id IN (SELECT outbox_id FROM pinboard_mails WHERE post_id = ?)"),
                               {tr("Not sent: the pinboard post was deleted."), postId});
    if (!withdrawn)
        return withdrawn.error();
    const qint64 withdrawnCount = withdrawn->numRowsAffected(); // SQLite's count is the last statement's: read it now
    const QString now = nowInstantText();
    auto r = m_db.exec(QStringLiteral("UPDATE pinboard_posts SET deleted_at = ?, updated_at = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND deleted_at IS NULL"),
                       {now, now, postId});
    if (!r)
        return r.error();
    const PinboardPost &old = **post;
    QJsonObject before = postJson(inputOf(old));
    before.insert(QStringLiteral("author"), old.author);
    before.insert(QStringLiteral("published_at"), instantText(old.publishedAt));
    before.insert(QStringLiteral("mails"), QJsonObject{{QStringLiteral("sent"), old.mails.sent},
                                                       {QStringLiteral("failed"), old.mails.failed},
                                                       {QStringLiteral("waiting"), old.mails.waiting}});
    const QJsonObject after{{QStringLiteral("deleted"), true},
                            {QStringLiteral("mails_withdrawn"), withdrawnCount}};
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("pinboard.deleted"), QStringLiteral("pinboard_post"), postId, before, after); !s)
        return s;
    return tx->commit();
}

Result<QList<PinboardPost>> Pinboard::list(std::optional<qint64> propertyId, int limit) const
{
    if (!propertyId)
        return read(QString(), {}, limit);
    return read(QStringLiteral("p.id IN (SELECT post_id FROM pinboard_audience WHERE scope = 'company' OR property_id = ?)"),
                {*propertyId}, limit);
}

Result<std::optional<PinboardPost>> Pinboard::get(qint64 postId) const
{
    auto posts = read(QStringLiteral("p.id = ?"), {postId}, 1);
    if (!posts)
        return posts.error();
    return posts->isEmpty() ? std::optional<PinboardPost>() : std::optional<PinboardPost>(posts->first());
}

Result<QList<QPair<qint64, QString>>> Pinboard::properties() const
{
    auto q = m_db.exec(QStringLiteral("SELECT pr.id, pr.name FROM properties pr WHERE pr.id IN (SELECT pa.property_id FROM "
                                      "pinboard_audience pa JOIN pinboard_posts p ON p.id = pa.post_id WHERE p.deleted_at IS NULL) "
                                      "ORDER BY pr.name, pr.id"));
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> found;
    while (q->next())
        found << qMakePair(q->value(0).toLongLong(), q->value(1).toString());
    return found;
}

Result<QList<PinboardPost>> Pinboard::read(const QString &condition, QVariantList bindings, int limit) const
{
    QString sql = QStringLiteral("SELECT p.id, p.title, p.body, p.important, p.include_future_tenants, p.valid_from, p.valid_to, "
                                 "COALESCE(a.display_name, p.author_name), p.created_at, p.updated_at, p.published_at, p.row_version "
                                 "FROM pinboard_posts p LEFT JOIN agents a ON a.id = p.author_id WHERE p.deleted_at IS NULL");
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND ") + condition;
    sql += QStringLiteral(" ORDER BY p.published_at DESC, p.id DESC LIMIT ?");
    bindings << limit;
    auto q = m_db.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<PinboardPost> posts;
    QHash<qint64, qsizetype> at;
    while (q->next()) {
        PinboardPost post;
        post.id = q->value(0).toLongLong();
        post.title = q->value(1).toString();
        post.body = q->value(2).toString();
        post.important = q->value(3).toBool();
        post.includeFutureTenants = q->value(4).toBool();
        post.validFrom = dateFromSql(q->value(5));
        post.validTo = dateFromSql(q->value(6));
        post.author = q->value(7).toString();
        post.createdAt = instantFromSql(q->value(8));
        post.updatedAt = instantFromSql(q->value(9));
        post.publishedAt = instantFromSql(q->value(10));
        post.rowVersion = q->value(11).toInt();
        at.insert(post.id, posts.size());
        posts << post;
    }
    q->finish();
    if (posts.isEmpty())
        return posts;
    QVariantList ids;
    for (const PinboardPost &post : std::as_const(posts))
        ids << post.id;
    auto audience = m_db.exec(QStringLiteral("SELECT pa.post_id, pa.scope, pa.property_id, pa.building_id, pr.name, b.name "
                                             "FROM pinboard_audience pa LEFT JOIN properties pr ON pr.id = pa.property_id "
                                             "LEFT JOIN buildings b ON b.id = pa.building_id "
                                             "WHERE pa.post_id IN (%1) ORDER BY pa.post_id, CASE pa.scope WHEN 'company' THEN 0 WHEN 'property' THEN 1 ELSE 2 END, pr.name, b.name, pa.id")
                                  .arg(marks(ids.size())),
                              ids);
    if (!audience)
        return audience.error();
    while (audience->next()) {
        PinboardPost &post = posts[at.value(audience->value(0).toLongLong())];
        const QString scope = audience->value(1).toString();
        if (scope == u"company") {
            post.audience.company = true;
            post.audienceNames << tr("Whole company");
        } else if (scope == u"property") {
            post.audience.propertyIds << audience->value(2).toLongLong();
            post.audienceNames << audience->value(4).toString();
        } else {
            post.audience.buildingIds << audience->value(3).toLongLong();
            post.buildingProperties.insert(audience->value(3).toLongLong(), audience->value(2).toLongLong());
            post.audienceNames << tr("%1: %2").arg(audience->value(4).toString(), audience->value(5).toString());
        }
    }
    audience->finish();
    auto mails = m_db.exec(QStringLiteral("SELECT pm.post_id, o.status, count(*) FROM pinboard_mails pm "
                                          "JOIN mail_outbox o ON o.id = pm.outbox_id WHERE pm.post_id IN (%1) "
                                          "GROUP BY pm.post_id, o.status")
                               .arg(marks(ids.size())),
                           ids);
    if (!mails)
        return mails.error();
    while (mails->next())
        posts[at.value(mails->value(0).toLongLong())].mails.add(mails->value(1).toString(), mails->value(2).toLongLong());
    return posts;
}

} // namespace tc
