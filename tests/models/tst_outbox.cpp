// The outbox on both databases: a queued mail is claimed once (a second sender does not get it while
// the lease runs), is due again when its sender died, keeps its Message-ID, and what the transport
// answers is written down: sent, failed for good with the server's words, or deferred with pauses
// that grow. Failed mails go back into the queue only for administrators.
#include "TestDatabases.h"
#include "mail/Outbox.h"
#include "services/Office.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

#include <QTest>

using namespace tc;

namespace {

Actor administrator()
{
    return Actor{std::nullopt, QStringLiteral("Admin"), Role::Administrator};
}

std::unique_ptr<Office> openOffice(const test::ScratchDatabase &scratch)
{
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, administrator());
    if (!office) {
        qWarning("%s", qPrintable(office.error().message));
        return nullptr;
    }
    return std::move(*office);
}

NewMail mail(const QString &to, const QString &name = QStringLiteral("Anna Müller"))
{
    return NewMail{QStringLiteral("invitation"), std::nullopt, {name, to}, QStringLiteral("de"),
                   RenderedMail{QStringLiteral("Grüezi"), QStringLiteral("Text\n.leading dot\n"),
                                QStringLiteral("<p>Text</p>")}};
}

const MailAddress kFrom{QStringLiteral("Régie"), QStringLiteral("mieter@regie.example.ch")};

QVariant column(const Database &db, qint64 id, const QString &name)
{
    // `name` is one of this test's own literals, never input.
    return db.scalar(QStringLiteral("SELECT %1 FROM mail_outbox WHERE id = ?").arg(name), {id}).value_or(QVariant());
}

// Moves a row's next attempt into the past, as if the time had come.
void makeDue(const Database &db, qint64 id)
{
    QVERIFY(db.exec(QStringLiteral("UPDATE mail_outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE id = ?"), {id}));
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryDelayGrows()
    {
        using std::chrono::seconds;
        QCOMPARE(Outbox::retryDelay(1), seconds(60));
        QCOMPARE(Outbox::retryDelay(2), seconds(120));
        QCOMPARE(Outbox::retryDelay(5), seconds(960));
        QCOMPARE(Outbox::retryDelay(6), seconds(1800));
        QCOMPARE(Outbox::retryDelay(60), seconds(1800));
        QCOMPARE(Outbox::retryDelay(0), seconds(60));
    }

    void mailboxSetting()
    {
        const MailAddress a = mailboxFromSetting(QStringLiteral("Régie du Lac <mieter@regie.ch>"));
        QCOMPARE(a.name, QStringLiteral("Régie du Lac"));
        QCOMPARE(a.address, QStringLiteral("mieter@regie.ch"));
        const MailAddress b = mailboxFromSetting(QStringLiteral("mieter@regie.ch"));
        QVERIFY(b.name.isEmpty());
        QCOMPARE(b.address, QStringLiteral("mieter@regie.ch"));
    }

    void claimAndRecord_data() { test::addBackendColumn(); test::addBackendRows(); }
    void claimAndRecord()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Outbox outbox(db);
        QList<qint64> ids;
        for (const char *to : {"a@example.ch", "b@example.ch", "c@example.ch"}) {
            auto id = outbox.enqueue(mail(QString::fromLatin1(to)), kFrom.address);
            QVERIFY(id);
            ids << *id;
        }
        auto counts = outbox.counts();
        QVERIFY(counts);
        QCOMPARE(counts->waiting, 3);

        auto first = outbox.claimDue(2, kFrom);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->size(), 2);
        QCOMPARE((*first)[0].id, ids[0]);
        QCOMPARE((*first)[0].recipient, QStringLiteral("a@example.ch"));
        QCOMPARE((*first)[0].envelopeFrom, kFrom.address);
        const QString messageId = column(db, ids[0], QStringLiteral("message_id")).toString();
        QVERIFY((*first)[0].bytes.contains("Message-ID: <" + messageId.toLatin1() + '>'));
        QCOMPARE(column(db, ids[0], QStringLiteral("status")).toString(), QStringLiteral("sending"));
        QCOMPARE(column(db, ids[0], QStringLiteral("attempts")).toInt(), 1);

        // A second sender meanwhile gets only the third.
        auto second = outbox.claimDue(10, kFrom);
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE((*second)[0].id, ids[2]);
        auto none = outbox.claimDue(10, kFrom);
        QVERIFY(none);
        QCOMPARE(none->size(), 0);

        QVERIFY(outbox.record({{ids[0], DeliveryResult::Outcome::Sent, QStringLiteral("250 ok")},
                               {ids[1], DeliveryResult::Outcome::Failed, QStringLiteral("550 5.1.1 no such user")},
                               {ids[2], DeliveryResult::Outcome::Deferred, QStringLiteral("451 try later")}}));
        QCOMPARE(column(db, ids[0], QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QVERIFY(!column(db, ids[0], QStringLiteral("sent_at")).isNull());
        QCOMPARE(column(db, ids[1], QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(column(db, ids[1], QStringLiteral("last_error")).toString(), QStringLiteral("550 5.1.1 no such user"));
        QCOMPARE(column(db, ids[2], QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(column(db, ids[2], QStringLiteral("last_error")).toString(), QStringLiteral("451 try later"));
        // Deferred: not due again before a minute has passed.
        auto notYet = outbox.claimDue(10, kFrom);
        QVERIFY(notYet);
        QCOMPARE(notYet->size(), 0);
        counts = outbox.counts();
        QCOMPARE(counts->sent, 1);
        QCOMPARE(counts->failed, 1);
        QCOMPARE(counts->waiting, 1);

        // The second attempt of the deferred one: same Message-ID, the pause doubled.
        makeDue(db, ids[2]);
        const QString thirdId = column(db, ids[2], QStringLiteral("message_id")).toString();
        auto again = outbox.claimDue(10, kFrom);
        QVERIFY(again);
        QCOMPARE(again->size(), 1);
        QVERIFY((*again)[0].bytes.contains("Message-ID: <" + thirdId.toLatin1() + '>'));
        QCOMPARE(column(db, ids[2], QStringLiteral("attempts")).toInt(), 2);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(outbox.record({{ids[2], DeliveryResult::Outcome::Deferred, QStringLiteral("connection lost")}}));
        const QVariant next = column(db, ids[2], QStringLiteral("next_attempt_at"));
        const QDateTime nextAt = next.typeId() == QMetaType::QDateTime ? next.toDateTime()
                                                                       : QDateTime::fromString(next.toString(), Qt::ISODateWithMs);
        QVERIFY2(nextAt >= before.addSecs(119) && nextAt <= before.addSecs(125), qPrintable(nextAt.toString(Qt::ISODate)));

        // A late answer for a sent message never makes it unsent.
        QVERIFY(outbox.record({{ids[0], DeliveryResult::Outcome::Deferred, QStringLiteral("late")}}));
        QCOMPARE(column(db, ids[0], QStringLiteral("status")).toString(), QStringLiteral("sent"));

        // Failed ones back into the queue: administrators only.
        const Actor agent{std::nullopt, QStringLiteral("Agent"), Role::Agent};
        QVERIFY(!outbox.retryFailed(agent));
        auto retried = outbox.retryFailed(administrator(), {ids[1]});
        QVERIFY(retried);
        QCOMPARE(*retried, 1);
        QCOMPARE(column(db, ids[1], QStringLiteral("status")).toString(), QStringLiteral("queued"));
        auto due = outbox.claimDue(10, kFrom);
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE((*due)[0].id, ids[1]);

        auto listed = outbox.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->first().id, ids[2]); // newest first
        QCOMPARE(listed->last().recipientName, QStringLiteral("Anna Müller"));
    }

    void leaseRunsOut_data() { test::addBackendColumn(); test::addBackendRows(); }
    void leaseRunsOut()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Outbox outbox(office->database());
        auto id = outbox.enqueue(mail(QStringLiteral("a@example.ch")), kFrom.address);
        QVERIFY(id);
        // A sender that claims and dies (kill -9) leaves the row "sending"; after its lease it is due again.
        auto claimed = outbox.claimDue(10, kFrom, std::chrono::seconds(1));
        QVERIFY(claimed);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(outbox.claimDue(10, kFrom)->size(), 0);
        QTest::qWait(1100);
        auto reclaimed = outbox.claimDue(10, kFrom);
        QVERIFY(reclaimed);
        QCOMPARE(reclaimed->size(), 1);
        QCOMPARE((*reclaimed)[0].bytes.mid((*reclaimed)[0].bytes.indexOf("Message-ID")).left(60),
                 (*claimed)[0].bytes.mid((*claimed)[0].bytes.indexOf("Message-ID")).left(60));
    }

    // A sender that outlived its lease answers late: its deferral must not undo the second sender's
    // claim (that would let a third send it); its "sent" still counts. The lease grows while it works.
    void staleClaimUndoesNothing_data() { test::addBackendColumn(); test::addBackendRows(); }
    void staleClaimUndoesNothing()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Outbox outbox(db);
        auto a = outbox.enqueue(mail(QStringLiteral("a@example.ch")), kFrom.address);
        auto b = outbox.enqueue(mail(QStringLiteral("b@example.ch")), kFrom.address);
        QVERIFY(a && b);
        QString first, second;
        qint64 unwritable = -1;
        QVERIFY(outbox.claimDue(10, kFrom, std::chrono::seconds(1), &first, &unwritable));
        QCOMPARE(unwritable, 0);
        QTest::qWait(1100);
        auto again = outbox.claimDue(10, kFrom, Outbox::kLease, &second);
        QVERIFY(again && again->size() == 2);
        QVERIFY(!first.isEmpty() && first != second);
        QVERIFY(outbox.record({{*a, DeliveryResult::Outcome::Deferred, QStringLiteral("late")},
                               {*b, DeliveryResult::Outcome::Sent, QStringLiteral("250 late but true")}},
                              first));
        QCOMPARE(column(db, *a, QStringLiteral("status")).toString(), QStringLiteral("sending"));
        QCOMPARE(column(db, *b, QStringLiteral("status")).toString(), QStringLiteral("sent"));
        // The second claim's own answer counts.
        QVERIFY(outbox.record({{*a, DeliveryResult::Outcome::Failed, QStringLiteral("550 no")}}, second));
        QCOMPARE(column(db, *a, QStringLiteral("status")).toString(), QStringLiteral("failed"));

        // extendLease keeps a working sender's rows its own.
        auto c = outbox.enqueue(mail(QStringLiteral("c@example.ch")), kFrom.address);
        QVERIFY(c);
        QString third;
        QVERIFY(outbox.claimDue(10, kFrom, std::chrono::seconds(1), &third));
        QVERIFY(outbox.extendLease(third));
        QTest::qWait(1100);
        QCOMPARE(outbox.claimDue(10, kFrom)->size(), 0);
    }

    // PostgreSQL, two connections: a row another sender holds (its claim's transaction still open) is
    // skipped, not waited for and not taken twice.
    void secondSenderSkipsLockedRows()
    {
        test::ScratchDatabase scratch(test::Backend::PostgreSQL);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Outbox outbox(office->database());
        QList<qint64> ids;
        for (const char *to : {"a@example.ch", "b@example.ch", "c@example.ch"}) {
            auto id = outbox.enqueue(mail(QString::fromLatin1(to)), kFrom.address);
            QVERIFY(id);
            ids << *id;
        }
        auto other = Database::open(scratch.url(), QStringLiteral("second sender"));
        QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
        auto held = Transaction::begin(**other);
        QVERIFY(held);
        QVERIFY((*other)->exec(QStringLiteral("SELECT id FROM mail_outbox WHERE id = ? FOR UPDATE"), {ids[0]}));
        QElapsedTimer clock;
        clock.start();
        auto claimed = outbox.claimDue(10, kFrom);
        QVERIFY2(claimed, qPrintable(claimed ? QString() : claimed.error().message));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(claimed->size(), 2);
        QCOMPARE((*claimed)[0].id, ids[1]);
        QCOMPARE((*claimed)[1].id, ids[2]);
        held->rollback();
        auto rest = outbox.claimDue(10, kFrom);
        QVERIFY(rest);
        QCOMPARE(rest->size(), 1);
        QCOMPARE(rest->first().id, ids[0]);
    }

    void unwritableMessageFailsAtOnce_data() { test::addBackendColumn(); test::addBackendRows(); }
    void unwritableMessageFailsAtOnce()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Outbox outbox(db);
        auto bad = outbox.enqueue(mail(QStringLiteral("not an address")), kFrom.address);
        auto good = outbox.enqueue(mail(QStringLiteral("ok@example.ch")), kFrom.address);
        QVERIFY(bad && good);
        auto claimed = outbox.claimDue(10, kFrom);
        QVERIFY(claimed);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE((*claimed)[0].id, *good);
        QCOMPARE(column(db, *bad, QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(column(db, *bad, QStringLiteral("last_error")).toString().startsWith(QStringLiteral("The message cannot be written")));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
