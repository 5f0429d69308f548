#include "mail/Outbox.h"

#include "domain/Settings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PreparedStatement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace tc {

namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = value.typeId() == QMetaType::QDateTime ? value.toDateTime()
                                                           : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.toUTC();
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

MailAddress mailboxFromSetting(const QString &value)
{
    const auto [name, address] = settings::splitMailbox(value);
    return {name, address};
}

std::chrono::seconds Outbox::retryDelay(int attempts)
{
    // 1, 2, 4, ... 32 minutes, then every half hour: a server down for an hour is tried again a few
    // times in that hour and delivers within half an hour of coming back.
    const int doublings = std::clamp(attempts - 1, 0, 5);
    return std::min(std::chrono::seconds(60LL << doublings), std::chrono::seconds(1800));
}

Result<qint64> Outbox::enqueue(const NewMail &mail, const QString &sender) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant person = mail.personId ? QVariant(*mail.personId) : QVariant(QMetaType::fromType<qint64>());
    auto id = m_db.scalar(
        QStringLiteral("INSERT INTO mail_outbox (message_id, kind, person_id, recipient, recipient_name, subject, "
                       "body_text, body_html, language, status, attempts, next_attempt_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?) RETURNING id"),
        {MimeMessage::newMessageId(sender), mail.kind, person, mail.to.address, mime::withoutControls(mail.to.name),
         mail.content.subject, mail.content.text, textOrNull(mail.content.html), mail.language, isoUtc(now), isoUtc(now)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<OutboxEntry>> Outbox::list(int limit, const QString &status) const
{
    QString sql = QStringLiteral("SELECT id, message_id, kind, person_id, recipient, recipient_name, subject, language, "
                                 "status, attempts, next_attempt_at, last_error, created_at, sent_at FROM mail_outbox");
    QVariantList bindings;
    if (!status.isEmpty()) {
        sql += QStringLiteral(" WHERE status = ?");
        bindings << status;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    bindings << limit;
    auto q = m_db.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<OutboxEntry> entries;
    while (q->next()) {
        OutboxEntry e;
        e.id = q->value(0).toLongLong();
        e.messageId = q->value(1).toString();
        e.kind = q->value(2).toString();
        if (!q->value(3).isNull())
            e.personId = q->value(3).toLongLong();
        e.recipient = q->value(4).toString();
        e.recipientName = q->value(5).toString();
        e.subject = q->value(6).toString();
        e.language = q->value(7).toString();
        e.status = q->value(8).toString();
        e.attempts = q->value(9).toInt();
        e.nextAttemptAt = fromStored(q->value(10));
        e.lastError = q->value(11).toString();
        e.createdAt = fromStored(q->value(12));
        e.sentAt = fromStored(q->value(13));
        entries << e;
    }
    return entries;
}

Result<OutboxCounts> Outbox::counts() const
{
    auto q = m_db.exec(QStringLiteral("SELECT status, COUNT(*) FROM mail_outbox GROUP BY status"));
    if (!q)
        return q.error();
    OutboxCounts counts;
    while (q->next())
        counts.add(q->value(0).toString(), q->value(1).toLongLong());
    return counts;
}

Result<qint64> Outbox::retryFailed(const Actor &actor, const QList<qint64> &ids) const
{
    if (!actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator may send failed e-mails again."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // A fresh start: the first pause after a retry is a minute again. An invitation to an address the
    // tenant no longer has stays where it is (the ERP changed it; the new address got its own).
    QString sql = QStringLiteral("UPDATE mail_outbox SET status = 'queued', attempts = 0, next_attempt_at = ? "
                                 "WHERE status = 'failed' AND NOT (kind IN ('invitation', 'reminder') AND person_id IS NOT NULL "
                                 "AND COALESCE((SELECT lower(p.email) FROM persons p WHERE p.id = mail_outbox.person_id), '') "
                                 "<> lower(recipient)) "
                                 // Nor does the mail of a pinboard post deleted since.
                                 "AND NOT (kind = 'pinboard_post' AND EXISTS (SELECT 1 FROM pinboard_mails pm "
                                 "JOIN pinboard_posts pp ON pp.id = pm.post_id WHERE pm.outbox_id = mail_outbox.id "
                                 "AND pp.deleted_at IS NOT NULL))");
    QVariantList bindings{isoUtc(QDateTime::currentDateTimeUtc())};
    if (!ids.isEmpty()) {
        sql += QStringLiteral(" AND id IN (%1)").arg(placeholders(ids.size()));
        for (qint64 id : ids)
            bindings << id;
    }
    auto q = m_db.exec(sql, bindings);
    if (!q)
        return q.error();
    const qint64 n = q->numRowsAffected();
    QJsonArray which;
    for (qint64 id : ids)
        which << id;
    if (auto s = writeAudit(m_db, actor, QStringLiteral("outbox.retried"), QStringLiteral("mail_outbox"), std::nullopt, {},
                            {{QStringLiteral("ids"), ids.isEmpty() ? QJsonValue(QStringLiteral("all failed")) : QJsonValue(which)},
                             {QStringLiteral("count"), n}});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return n;
}

Result<QList<OutgoingMail>> Outbox::claimDue(int max, const MailAddress &from, std::chrono::seconds lease,
                                             QString *claim, qint64 *unwritableCount) const
{
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex());
    if (claim)
        *claim = token;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Rows being sent whose lease ran out belong to a sender that died: they are due again.
    // On PostgreSQL two senders at once (two agents' GUIs, cron) skip each other's rows.
    // The due rows are picked from the index alone and only those are read whole: sorting the whole
    // rows made SQLite read every due message's bodies for every batch (10,000 due: 50 batches of
    // 200, each reading up to all of them).
    // A mail of many recipients (a pinboard post) reads its shared body, with the name put in.
    auto q = m_db.exec(QStringLiteral("SELECT o.id, o.message_id, o.recipient, o.recipient_name, o.subject, "
                                      "COALESCE(b.body_text, o.body_text), COALESCE(b.body_html, o.body_html), b.name_marker "
                                      "FROM mail_outbox o LEFT JOIN mail_bodies b ON b.id = o.body_id "
                                      "WHERE o.id IN (SELECT id FROM mail_outbox "
                                      "WHERE status IN ('queued', 'sending') AND next_attempt_at <= ? "
                                      "ORDER BY next_attempt_at, id LIMIT ?%1) ORDER BY o.next_attempt_at, o.id")
                           .arg(m_db.isSQLite() ? QString() : QStringLiteral(" FOR UPDATE SKIP LOCKED")),
                       {isoUtc(now), max});
    if (!q)
        return q.error();
    QList<OutgoingMail> batch;
    QList<QPair<qint64, QString>> unwritable;
    while (q->next()) {
        MimeMessage message;
        message.from = from;
        message.messageId = q->value(1).toString();
        message.to = {q->value(3).toString(), q->value(2).toString()};
        message.subject = q->value(4).toString();
        message.text = q->value(5).toString();
        message.html = q->value(6).toString();
        if (const QString marker = q->value(7).toString(); !marker.isEmpty()) {
            const QString name = message.to.name.isEmpty() ? message.to.address : message.to.name;
            message.text.replace(marker, name);
            message.html.replace(marker, name.toHtmlEscaped());
        }
        // The Date of this attempt: a mail retried days later does not look old (the Message-ID stays).
        message.date = now;
        const qint64 id = q->value(0).toLongLong();
        auto bytes = message.toBytes();
        if (!bytes) {
            unwritable << qMakePair(id, bytes.error().message);
            continue;
        }
        batch << OutgoingMail{id, from.address, message.to.address, *bytes};
    }
    q->finish();
    if (!batch.isEmpty()) {
        QVariantList bindings{isoUtc(now.addSecs(lease.count())), token};
        for (const OutgoingMail &mail : std::as_const(batch))
            bindings << mail.id;
        if (auto r = m_db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, "
                                              "next_attempt_at = ?, claim_token = ? WHERE id IN (%1)")
                                   .arg(placeholders(batch.size())),
                               bindings);
            !r)
            return r.error();
    }
    for (const auto &[id, reason] : std::as_const(unwritable)) {
        if (auto r = m_db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'failed', attempts = attempts + 1, "
                                              "last_error = ? WHERE id = ?"),
                               {tr("The message cannot be written: %1").arg(reason), id});
            !r)
            return r.error();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    if (unwritableCount)
        *unwritableCount = unwritable.size();
    return batch;
}

Status Outbox::extendLease(const QString &claim, std::chrono::seconds lease) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE mail_outbox SET next_attempt_at = ? WHERE claim_token = ? AND status = 'sending'"),
                       {isoUtc(QDateTime::currentDateTimeUtc().addSecs(lease.count())), claim});
    if (!r)
        return r.error();
    return {};
}

Status Outbox::record(const QList<DeliveryResult> &results, const QString &claim) const
{
    if (results.isEmpty())
        return {};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = isoUtc(now);
    PreparedStatement sent(m_db, QStringLiteral("UPDATE mail_outbox SET status = 'sent', sent_at = ?, last_error = NULL "
                                                "WHERE id = ? AND status <> 'sent'"));
    // With a claim only the claim's rows; without one (tools, tests) any row. An empty text, not a
    // null one: a null QString binds SQL NULL, and "NULL = ''" is never true.
    const QString mine = QStringLiteral("(claim_token = ? OR ? = '')");
    const QString owner = claim.isNull() ? QStringLiteral("") : claim;
    PreparedStatement failed(m_db, QStringLiteral("UPDATE mail_outbox SET status = 'failed', last_error = ? "
                                                  "WHERE id = ? AND status <> 'sent' AND %1").arg(mine));
    PreparedStatement attempts(m_db, QStringLiteral("SELECT attempts FROM mail_outbox WHERE id = ?"));
    PreparedStatement deferred(m_db, QStringLiteral("UPDATE mail_outbox SET status = 'queued', next_attempt_at = ?, "
                                                    "last_error = ? WHERE id = ? AND status <> 'sent' AND %1").arg(mine));
    for (const DeliveryResult &result : results) {
        Result<bool> r = false;
        switch (result.outcome) {
        case DeliveryResult::Outcome::Sent:
            sent.bind(0, nowText);
            sent.bind(1, result.id);
            r = sent.exec();
            break;
        case DeliveryResult::Outcome::Failed:
            failed.bind(0, result.detail.left(2000));
            failed.bind(1, result.id);
            failed.bind(2, owner);
            failed.bind(3, owner);
            r = failed.exec();
            break;
        case DeliveryResult::Outcome::Deferred: {
            attempts.bind(0, result.id);
            auto row = attempts.exec();
            if (!row)
                return row.error();
            const int n = *row ? int(attempts.integer(0)) : 1;
            deferred.bind(0, isoUtc(now.addSecs(retryDelay(n).count())));
            deferred.bind(1, result.detail.left(2000));
            deferred.bind(2, result.id);
            deferred.bind(3, owner);
            deferred.bind(4, owner);
            r = deferred.exec();
            break;
        }
        }
        if (!r)
            return r.error();
    }
    return tx->commit();
}

} // namespace tc
