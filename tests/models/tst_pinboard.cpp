// The pinboard on both databases: who an important post reaches (invited or registered, with an
// e-mail address, renting in the audience today; future tenants only when asked; once per person;
// the others listed with the reason), the mail in each tenant's language with their own name and
// property, nothing sent on an edit unless asked, a delete that withdraws what has not gone out and
// is audited, the roles, and bad input refused with nothing written.
#include "TestDatabases.h"
#include "domain/Settings.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tc;

namespace {

const QByteArray kHeader = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                           "last_name,email,phone,language,move_in,move_out\n";

// P100 has two buildings (Bahnhofstrasse 1 and 3), P200 one.
const QByteArray kTenants =
    kHeader
    // Anna rents two flats in P100, one in each building: one mail.
    + "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1,Anna,Müller,anna@example.ch,,de,2019-04-01,\n"
      "P100,Wohnpark Sonnenhof,Bahnhofstrasse 3,8001,Zürich,U-301,Wohnung 31,T-1,Anna,Müller,anna@example.ch,,de,2020-01-01,\n"
      // No e-mail: listed as unreachable.
      "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 2,T-2,Zoë,Keller,,,fr,2020-01-01,\n"
      // Moved out: not in the audience at all.
      "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-103,Wohnung 3,T-3,John,Smith,john@example.com,,en,2018-01-01,2021-12-31\n"
      // Italian, a name that needs escaping in HTML.
      "P100,Wohnpark Sonnenhof,Bahnhofstrasse 3,8001,Zürich,U-302,Wohnung 32,T-4,Luca,Rossi & <Figli>,luca@example.it,,it,2021-05-01,\n"
      // An e-mail address, never invited: not addressable.
      "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-104,Wohnung 4,T-5,Petra,Meier,petra@example.ch,,de,2021-01-01,\n"
      // Moves in later: only when the author asks.
      "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-105,Wohnung 5,T-6,Fritz,Zukunft,fritz@example.ch,,de,2099-01-01,\n"
      // Another property, English.
      "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-201,Appartamento 1,T-7,Mary,Jones,mary@example.com,,en,2022-01-01,\n";

Actor administrator()
{
    return Actor{std::nullopt, QStringLiteral("Ada Admin"), Role::Administrator};
}

std::unique_ptr<Office> openOffice(const test::ScratchDatabase &scratch)
{
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, administrator());
    if (!office) {
        qWarning("%s", qPrintable(office.error().message));
        return nullptr;
    }
    const Actor manager{std::nullopt, QStringLiteral("Manager"), Role::Manager};
    if (auto s = (*office)->setup().initializeCompany(manager, QStringLiteral("Régie Example SA")); !s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    if (auto s = (*office)->settings().set(manager, {{settings::smtpFrom, QStringLiteral("Régie <mieter@regie.example.ch>")},
                                                     {settings::registrationBaseUrl, QStringLiteral("https://app.example.ch/r")}});
        !s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(*office);
}

// Imports the tenants and invites those who should be addressable (Anna, Luca, Fritz, Mary).
bool populate(const Office &office)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kTenants) != kTenants.size())
        return false;
    file.close();
    auto report = office.imports().run(path, ImportOptions{});
    if (!report || !report->applied()) {
        qWarning("%s", qPrintable(report ? report->summaryText() : report.error().message));
        return false;
    }
    QList<qint64> ids;
    for (const char *ref : {"T-1", "T-4", "T-6", "T-7"})
        ids << office.tenants().idOf(QString::fromLatin1(ref)).value_or(0);
    auto invited = office.invitations().invite(ids);
    if (!invited || invited->queued.size() != 4) {
        qWarning("invitations: %s", qPrintable(invited ? QString::number(invited->queued.size()) : invited.error().message));
        return false;
    }
    return true;
}

// The office of every test: the settings, the tenants imported, four of them invited.
std::unique_ptr<Office> populatedOffice(const test::ScratchDatabase &scratch)
{
    auto office = openOffice(scratch);
    if (!office || !populate(*office))
        return nullptr;
    return office;
}

qint64 propertyId(const Office &office, const char *ref)
{
    return office.masterData().propertyIdOf(QString::fromLatin1(ref)).value_or(0);
}

qint64 buildingId(const Database &db, const char *street)
{
    return db.scalar(QStringLiteral("SELECT id FROM buildings WHERE street = ?"), {QString::fromLatin1(street)})->toLongLong();
}

PinboardPostInput post(const PinboardAudience &audience, bool important = true)
{
    PinboardPostInput p;
    p.title = QStringLiteral("Wasser abgestellt");
    p.body = QStringLiteral("Am **Montag** ist das Wasser abgestellt.\n\n- Flaschen füllen\n- Fragen: hauswart@example.ch");
    p.audience = audience;
    p.important = important;
    return p;
}

qint64 count(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto n = db.scalar(sql, bindings);
    return n ? n->toLongLong() : -1;
}

QStringList refs(const QList<PinboardRecipient> &recipients)
{
    QStringList out;
    for (const PinboardRecipient &r : recipients)
        out << r.ref;
    return out;
}

// A message's bytes with quoted-printable undone (both parts of the product's e-mails are), as text.
QString decodedBody(const QByteArray &bytes)
{
    QByteArray raw = bytes;
    raw.replace("=\r\n", "");
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '=' && i + 2 < raw.size()) {
            bool ok = false;
            const int value = raw.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(value);
                i += 2;
                continue;
            }
        }
        out += raw[i];
    }
    return QString::fromUtf8(out);
}

struct SentMail
{
    QString subject; // as stored
    QString body;    // both parts as the sender wrote them, decoded
    QByteArray bytes;
};

// The pinboard's mails as the sender writes them, by recipient; empty when one still holds the
// name's marker.
QHash<QString, SentMail> claimedPinboardMails(const Database &db)
{
    // Only the pinboard's: the invitations are marked sent first.
    if (!db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'sent' WHERE kind <> 'pinboard_post'")))
        return {};
    auto batch = Outbox(db).claimDue(1000, {QStringLiteral("Régie"), QStringLiteral("mieter@regie.example.ch")});
    QHash<QString, SentMail> byAddress;
    if (!batch)
        return byAddress;
    for (const OutgoingMail &mail : std::as_const(*batch)) {
        auto q = db.exec(QStringLiteral("SELECT o.subject, b.name_marker FROM mail_outbox o "
                                        "JOIN mail_bodies b ON b.id = o.body_id WHERE o.id = ?"),
                         {mail.id});
        if (!q || !q->next())
            return {};
        SentMail sent{q->value(0).toString(), decodedBody(mail.bytes), mail.bytes};
        if (sent.body.contains(q->value(1).toString()))
            return {};
        byAddress.insert(mail.recipient, sent);
    }
    return byAddress;
}

} // namespace

class TestPinboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachOfAnAudience_data() { test::addBackendColumn(); test::addBackendRows(); }
    void reachOfAnAudience()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = populatedOffice(scratch);
        QVERIFY(office);
        const Pinboard pinboard = office->pinboard();
        const qint64 p100 = propertyId(*office, "P100");

        auto reach = pinboard.reach({false, {p100}, {}}, false);
        QVERIFY2(reach, qPrintable(reach ? QString() : reach.error().message));
        QCOMPARE(reach->reachable, 2); // Anna (once, though she rents two flats) and Luca
        // John moved out: not listed at all. In name order: Keller, Meier.
        QCOMPARE(refs(reach->unreachable), (QStringList{QStringLiteral("T-2"), QStringLiteral("T-5")}));
        QCOMPARE(reach->unreachable[0].reason, QStringLiteral("No e-mail address."));
        QCOMPARE(reach->unreachable[1].reason, QStringLiteral("Not invited to the tenant app yet."));
        QCOMPARE(reach->unreachable[1].email, QStringLiteral("petra@example.ch"));

        auto withFuture = pinboard.reach({false, {p100}, {}}, true);
        QVERIFY(withFuture);
        QCOMPARE(withFuture->reachable, 3); // and Fritz

        auto company = pinboard.reach({true, {}, {}}, false);
        QVERIFY(company);
        QCOMPARE(company->reachable, 3); // Anna, Luca, Mary

        // One building of P100: Anna (her second flat) and Luca live at number 3.
        auto building = pinboard.reach({false, {}, {buildingId(office->database(), "Bahnhofstrasse 3")}}, false);
        QVERIFY(building);
        QCOMPARE(building->reachable, 2);
        QVERIFY(building->unreachable.isEmpty());

        // A tenant who registered stays addressable; one whose tenancy ended today is still a tenant today.
        QVERIFY(office->database().exec(QStringLiteral("UPDATE persons SET status = 'registered' WHERE erp_ref = 'T-4'")));
        QVERIFY(office->database().exec(QStringLiteral("UPDATE tenancies SET end_date = ? WHERE id IN (SELECT tenancy_id FROM "
                                                       "tenancy_persons tp JOIN persons p ON p.id = tp.person_id WHERE p.erp_ref = 'T-7')"),
                                        {QDate::currentDate().toString(Qt::ISODate)}));
        auto again = pinboard.reach({true, {}, {}}, false);
        QVERIFY(again);
        QCOMPARE(again->reachable, 3);
        QVERIFY(office->database().exec(QStringLiteral("UPDATE tenancies SET end_date = ? WHERE id IN (SELECT tenancy_id FROM "
                                                       "tenancy_persons tp JOIN persons p ON p.id = tp.person_id WHERE p.erp_ref = 'T-7')"),
                                        {QDate::currentDate().addDays(-1).toString(Qt::ISODate)}));
        auto moved = pinboard.reach({true, {}, {}}, false);
        QVERIFY(moved);
        QCOMPARE(moved->reachable, 2);
    }

    void importantPostQueuesOneMailEach_data() { test::addBackendColumn(); test::addBackendRows(); }
    void importantPostQueuesOneMailEach()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = populatedOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const qint64 p100 = propertyId(*office, "P100");
        const qint64 p200 = propertyId(*office, "P200");

        auto published = office->pinboard().publish(post({false, {p100, p200}, {}}));
        QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
        QCOMPARE(published->mailsQueued, 3);
        QCOMPARE(refs(published->unreachable), (QStringList{QStringLiteral("T-2"), QStringLiteral("T-5")}));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pinboard_mails WHERE post_id = ?"), {published->postId}), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT person_id) FROM pinboard_mails WHERE post_id = ?"), {published->postId}), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post' AND status = 'queued'")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'pinboard.published' AND entity_id = ?"),
                       {published->postId}),
                 1);

        const auto mails = claimedPinboardMails(db);
        QCOMPARE(mails.size(), 3);
        const SentMail anna = mails.value(QStringLiteral("anna@example.ch"));
        QCOMPARE(anna.subject, QStringLiteral("Wichtige Mitteilung: Wasser abgestellt"));
        QVERIFY2(anna.body.contains(QStringLiteral("Guten Tag Anna Müller\r\n")), qPrintable(anna.body));
        QVERIFY(anna.body.contains(QStringLiteral("Mieter von Wohnpark Sonnenhof")));
        QVERIFY(anna.body.contains(QStringLiteral("• Flaschen füllen")));
        QVERIFY(anna.body.contains(QStringLiteral("<strong>Montag</strong>")));
        QVERIFY(anna.body.contains(QStringLiteral("<li>Flaschen füllen</li>")));
        QVERIFY(anna.body.contains(QStringLiteral("mailto:hauswart@example.ch")));
        const SentMail luca = mails.value(QStringLiteral("luca@example.it"));
        QCOMPARE(luca.subject, QStringLiteral("Comunicazione importante: Wasser abgestellt"));
        // The name as text in the plain part, escaped in the HTML part, never as markup.
        QVERIFY2(luca.body.contains(QStringLiteral("Buongiorno Luca Rossi & <Figli>\r\n")), qPrintable(luca.body));
        QVERIFY(luca.body.contains(QStringLiteral("Buongiorno Luca Rossi &amp; &lt;Figli&gt;")));
        const QString lucaHtml = luca.body.mid(luca.body.indexOf(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(lucaHtml.size() < luca.body.size());
        QVERIFY(!lucaHtml.contains(QStringLiteral("<Figli>")));
        const SentMail mary = mails.value(QStringLiteral("mary@example.com"));
        QCOMPARE(mary.subject, QStringLiteral("Important notice: Wasser abgestellt"));
        QVERIFY(mary.body.contains(QStringLiteral("Hello Mary Jones,\r\n")));
        QVERIFY(mary.body.contains(QStringLiteral("tenants of Residenza Lago")));
        QVERIFY(mary.bytes.contains("To: Mary Jones <mary@example.com>"));

        // Not important: published, nothing e-mailed.
        auto quiet = office->pinboard().publish(post({true, {}, {}}, false));
        QVERIFY(quiet);
        QCOMPARE(quiet->mailsQueued, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post'")), 3);

        // The list: newest first, important marked, counts from the outbox (three being sent now).
        auto listed = office->pinboard().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).id, quiet->postId);
        QCOMPARE(listed->at(0).audienceNames, QStringList{QStringLiteral("Whole company")});
        QVERIFY(!listed->at(0).important);
        QCOMPARE(listed->at(1).id, published->postId);
        QVERIFY(listed->at(1).important);
        QCOMPARE(listed->at(1).author, QStringLiteral("Ada Admin"));
        QCOMPARE(listed->at(1).audienceNames, (QStringList{QStringLiteral("Residenza Lago"), QStringLiteral("Wohnpark Sonnenhof")}));
        QCOMPARE(listed->at(1).mails.waiting, 3);
        QCOMPARE(listed->at(1).mails.sent, 0);
    }

    void futureTenantsOnlyWhenAsked_data() { test::addBackendColumn(); test::addBackendRows(); }
    void futureTenantsOnlyWhenAsked()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = populatedOffice(scratch);
        QVERIFY(office);
        const qint64 p100 = propertyId(*office, "P100");
        PinboardPostInput p = post({false, {p100}, {}});
        p.includeFutureTenants = true;
        auto published = office->pinboard().publish(p);
        QVERIFY(published);
        QCOMPARE(published->mailsQueued, 3);
        QCOMPARE(count(office->database(), QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post' AND recipient = 'fritz@example.ch'")), 1);
    }

    void editSendsNothingUnlessAsked_data() { test::addBackendColumn(); test::addBackendRows(); }
    void editSendsNothingUnlessAsked()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = populatedOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Pinboard pinboard = office->pinboard();
        const qint64 p100 = propertyId(*office, "P100");
        auto published = pinboard.publish(post({false, {p100}, {}}));
        QVERIFY(published);
        QCOMPARE(published->mailsQueued, 2);
        const QString mailCount = QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post'");

        PinboardPostInput changed = post({false, {p100}, {}});
        changed.title = QStringLiteral("Wasser abgestellt (verschoben)");
        auto edited = pinboard.edit(published->postId, 1, changed, false);
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
        QCOMPARE(edited->mailsQueued, 0);
        QCOMPARE(edited->rowVersion, 2);
        QCOMPARE(count(db, mailCount), 2);
        auto read = pinboard.get(published->postId);
        QVERIFY(read && *read);
        QCOMPARE((*read)->title, QStringLiteral("Wasser abgestellt (verschoben)"));
        QCOMPARE((*read)->rowVersion, 2);

        // An edit of the version before is refused; nothing changes.
        changed.title = QStringLiteral("Stale");
        auto stale = pinboard.edit(published->postId, 1, changed, false);
        QVERIFY(!stale);
        QVERIFY2(stale.error().message.contains(QStringLiteral("Someone else changed")), qPrintable(stale.error().message));
        QCOMPARE((*pinboard.get(published->postId))->title, QStringLiteral("Wasser abgestellt (verschoben)"));

        // Notify again: the audience as it is now gets the post as it is now; a wider audience too.
        changed.title = QStringLiteral("Wasser abgestellt: neues Datum");
        changed.audience = {true, {}, {}};
        auto notified = pinboard.edit(published->postId, 2, changed, true);
        QVERIFY2(notified, qPrintable(notified ? QString() : notified.error().message));
        QCOMPARE(notified->mailsQueued, 3);
        QCOMPARE(count(db, mailCount), 5);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post' AND subject LIKE '%neues Datum'")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'pinboard.edited' AND entity_id = ?"),
                       {published->postId}),
                 2);
        auto counted = pinboard.get(published->postId);
        QVERIFY(counted && *counted);
        QCOMPARE((*counted)->mails.waiting, 5);
        QCOMPARE((*counted)->audienceNames, QStringList{QStringLiteral("Whole company")});

        // A post that is not important is never e-mailed.
        changed.important = false;
        auto refusedNotify = pinboard.edit(published->postId, 3, changed, true);
        QVERIFY(!refusedNotify);
        QCOMPARE(count(db, mailCount), 5);
        QCOMPARE((*pinboard.get(published->postId))->rowVersion, 3);
    }

    void deleteWithdrawsAndIsAudited_data() { test::addBackendColumn(); test::addBackendRows(); }
    void deleteWithdrawsAndIsAudited()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = populatedOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        auto published = office->pinboard().publish(post({true, {}, {}}));
        QVERIFY(published);
        QCOMPARE(published->mailsQueued, 3);
        // A sender holds all three; one went out already.
        QVERIFY(db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'sent' WHERE kind <> 'pinboard_post'")));
        QString claim;
        const MailAddress from{QStringLiteral("Régie"), QStringLiteral("mieter@regie.example.ch")};
        auto claimed = Outbox(db).claimDue(10, from, Outbox::kLease, &claim);
        QVERIFY(claimed);
        QCOMPARE(claimed->size(), 3);
        const qint64 annaMail = count(db, QStringLiteral("SELECT id FROM mail_outbox WHERE kind = 'pinboard_post' AND recipient = 'anna@example.ch'"));
        const qint64 maryMail = count(db, QStringLiteral("SELECT id FROM mail_outbox WHERE kind = 'pinboard_post' AND recipient = 'mary@example.com'"));
        QVERIFY(Outbox(db).record({DeliveryResult{annaMail, DeliveryResult::Outcome::Sent, {}}}, claim));

        QVERIFY(office->pinboard().remove(published->postId));
        // The sender's later answers cannot bring a withdrawn mail back, nor can its lease running out.
        QVERIFY(Outbox(db).record({DeliveryResult{maryMail, DeliveryResult::Outcome::Deferred, QStringLiteral("451 later")}}, claim));
        QVERIFY(db.exec(QStringLiteral("UPDATE mail_outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z'")));
        auto again = Outbox(db).claimDue(10, from);
        QVERIFY(again);
        QCOMPARE(again->size(), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post' AND status = 'sent'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post' AND status = 'failed' "
                                          "AND last_error LIKE '%deleted%'")),
                 2);
        auto audit = db.exec(QStringLiteral("SELECT before_json, after_json, actor FROM audit_log WHERE action = 'pinboard.deleted' AND entity_id = ?"),
                             {published->postId});
        QVERIFY(audit && audit->next());
        QVERIFY2(audit->value(0).toString().contains(QStringLiteral("\"sent\":1")), qPrintable(audit->value(0).toString()));
        QVERIFY(audit->value(0).toString().contains(QStringLiteral("Wasser abgestellt")));
        QVERIFY2(audit->value(1).toString().contains(QStringLiteral("\"mails_withdrawn\":2")), qPrintable(audit->value(1).toString()));
        QCOMPARE(audit->value(2).toString(), QStringLiteral("Ada Admin"));
        audit->finish();
        // Gone from the lists, and a retry of failed mails leaves the withdrawn ones alone.
        QVERIFY(office->pinboard().list()->isEmpty());
        QVERIFY(!*office->pinboard().get(published->postId));
        QCOMPARE(*Outbox(db).retryFailed(administrator()), 0);
        QVERIFY(!office->pinboard().remove(published->postId));
    }

    void rolesAndBadInput_data() { test::addBackendColumn(); test::addBackendRows(); }
    void rolesAndBadInput()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = populatedOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const qint64 p100 = propertyId(*office, "P100");
        auto published = office->pinboard().publish(post({false, {p100}, {}}));
        QVERIFY(published);
        const qint64 posts = count(db, QStringLiteral("SELECT count(*) FROM pinboard_posts"));
        const qint64 mails = count(db, QStringLiteral("SELECT count(*) FROM mail_outbox"));

        const Actor agent{std::nullopt, QStringLiteral("Agnes Agent"), Role::Agent};
        const Pinboard asAgent(db, agent);
        QVERIFY(!asAgent.publish(post({true, {}, {}})));
        QVERIFY(!asAgent.reach({true, {}, {}}, false));
        QVERIFY(!asAgent.edit(published->postId, 1, post({true, {}, {}}), true));
        QVERIFY(!asAgent.remove(published->postId));
        auto agentList = asAgent.list(p100);
        QVERIFY(agentList);
        QCOMPARE(agentList->size(), 1);

        const Pinboard pinboard = office->pinboard();
        const auto refusedWith = [&](PinboardPostInput p, const QString &words) {
            auto r = pinboard.publish(p);
            if (r) {
                qWarning("accepted: %s", qPrintable(p.title));
                return false;
            }
            if (r.error().kind != Error::Kind::Refused || !r.error().message.contains(words)) {
                qWarning("%s", qPrintable(r.error().message));
                return false;
            }
            return true;
        };
        PinboardPostInput p = post({false, {p100}, {}});
        p.title = QStringLiteral("  \n ");
        QVERIFY(refusedWith(p, QStringLiteral("title")));
        p = post({false, {p100}, {}});
        p.title = QString(201, u'x');
        QVERIFY(refusedWith(p, QStringLiteral("200")));
        p = post({false, {p100}, {}});
        p.body = QStringLiteral("\n\n  ");
        QVERIFY(refusedWith(p, QStringLiteral("text")));
        p.body = QString(20'001, u'y');
        QVERIFY(refusedWith(p, QStringLiteral("longer")));
        QVERIFY(refusedWith(post({}), QStringLiteral("whole company")));
        p = post({false, {p100}, {}});
        p.validFrom = QDate(2030, 5, 1);
        p.validTo = QDate(2030, 4, 1);
        QVERIFY(refusedWith(p, QStringLiteral("2030-04-01")));
        p.validFrom = {};
        p.validTo = QDate::currentDate().addDays(-1);
        QVERIFY(refusedWith(p, QStringLiteral("over")));
        QVERIFY(refusedWith(post({false, {p100, 999999}, {}}), QStringLiteral("999999")));
        QVERIFY(refusedWith(post({false, {}, {888888}}), QStringLiteral("888888")));

        // No sender: an important post is refused whole (the post too), a plain one is published.
        const Actor manager{std::nullopt, QStringLiteral("Manager"), Role::Manager};
        QVERIFY(office->settings().set(manager, {{settings::smtpFrom, QString()}}));
        QVERIFY(refusedWith(post({false, {p100}, {}}), QStringLiteral("smtp.from")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pinboard_posts")), posts);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pinboard_audience WHERE post_id > ?"), {published->postId}), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM mail_outbox")), mails);
        QVERIFY(pinboard.publish(post({false, {p100}, {}}, false)));
    }

    void propertyPinboard_data() { test::addBackendColumn(); test::addBackendRows(); }
    void propertyPinboard()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = populatedOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Pinboard pinboard = office->pinboard();
        const qint64 p100 = propertyId(*office, "P100");
        const qint64 p200 = propertyId(*office, "P200");
        auto forCompany = pinboard.publish(post({true, {}, {}}, false));
        auto forP200 = pinboard.publish(post({false, {p200}, {}}, false));
        auto forBuilding = pinboard.publish(post({false, {}, {buildingId(db, "Bahnhofstrasse 3")}}, false));
        QVERIFY(forCompany && forP200 && forBuilding);
        const auto ids = [](const Result<QList<PinboardPost>> &posts) {
            QList<qint64> out;
            for (const PinboardPost &p : *posts)
                out << p.id;
            return out;
        };
        QCOMPARE(ids(pinboard.list(p100)), (QList<qint64>{forBuilding->postId, forCompany->postId}));
        QCOMPARE(ids(pinboard.list(p200)), (QList<qint64>{forP200->postId, forCompany->postId}));
        QCOMPARE(ids(pinboard.list()), (QList<qint64>{forBuilding->postId, forP200->postId, forCompany->postId}));
        QCOMPARE(pinboard.list(p100)->first().audienceNames, QStringList{QStringLiteral("Wohnpark Sonnenhof: Bahnhofstrasse 3")});
    }
};

QTEST_GUILESS_MAIN(TestPinboard)
#include "tst_pinboard.moc"
