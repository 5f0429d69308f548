// Invitations on both databases: codes, the tenant's status, the mail in the outbox in the tenant's
// language, refusals with reasons, reminders with the same code, an ERP's own code, "all not yet
// invited" of a property, and the ERP e-mail change (same code to the new address, a notice with the
// new address masked to the old one, nothing on a dry run).
#include "TestDatabases.h"
#include "domain/ActivationCode.h"
#include "domain/Settings.h"
#include "services/Office.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tc;

namespace {

const QByteArray kHeader = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                           "last_name,email,phone,language,move_in,move_out\n";

QByteArray tenantList(const QByteArray &annaEmail, const QByteArray &marcoEmail)
{
    return kHeader
           + "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1001,Anna,Müller," + annaEmail
           + ",,de,2019-04-01,\n"
             "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 2,T-1002,Zoë,<b>Keller</b>,,,fr,"
             "2020-01-01,\n"
             "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-103,Wohnung 3,T-1003,John,Smith,"
             "john@example.com,,,2020-01-01,2021-12-31\n"
             "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-202,Appartamento 4,T-2002,Marco,Rossi,"
           + marcoEmail + ",,it,2023-07-01,\n";
}

Actor administrator()
{
    return Actor{std::nullopt, QStringLiteral("Admin Tester"), Role::Administrator};
}

std::unique_ptr<Office> openOffice(const test::ScratchDatabase &scratch, bool withBaseUrl = true)
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
    QList<QPair<QString, QString>> settings{{settings::smtpFrom, QStringLiteral("Régie Example <mieter@regie.example.ch>")}};
    if (withBaseUrl)
        settings << qMakePair(settings::registrationBaseUrl, QStringLiteral("https://app.example.ch/register"));
    if (auto s = (*office)->settings().set(manager, settings); !s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(*office);
}

qint64 importList(const Office &office, const QByteArray &bytes, bool dryRun = false)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return 0;
    file.close();
    ImportOptions options;
    options.importDate = QDate(2024, 10, 15);
    options.dryRun = dryRun;
    auto report = office.imports().run(path, options);
    if (!report) {
        qWarning("%s", qPrintable(report.error().message));
        return 0;
    }
    if (!report->applied()) {
        qWarning("%s", qPrintable(report->summaryText()));
        return 0;
    }
    return report->runId;
}

qint64 idOf(const Office &office, const QString &ref)
{
    return office.tenants().idOf(ref).value_or(0);
}

QString codeOf(const Database &db, qint64 personId)
{
    return db.scalar(QStringLiteral("SELECT code FROM activation_codes WHERE person_id = ?"), {personId})->toString();
}

struct OutboxRow
{
    QString kind, recipient, recipientName, subject, text, html, language, messageId;
};

QList<OutboxRow> outboxRows(const Database &db)
{
    QList<OutboxRow> rows;
    auto q = db.exec(QStringLiteral("SELECT kind, recipient, recipient_name, subject, body_text, body_html, language, "
                                    "message_id FROM mail_outbox ORDER BY id"));
    while (q && q->next()) {
        rows << OutboxRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                          q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString()};
    }
    return rows;
}

} // namespace

class TestInvitations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inviteOne_data() { test::addBackendColumn(); test::addBackendRows(); }
    void inviteOne()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, tenantList("anna.mueller@example.ch", "marco@example.it")));
        const Database &db = office->database();
        const qint64 anna = idOf(*office, QStringLiteral("T-1001"));
        QVERIFY(anna > 0);

        auto report = office->invitations().invite({anna});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->queued.size(), 1);
        QCOMPARE(report->refused.size(), 0);
        QCOMPARE(report->queued[0].ref, QStringLiteral("T-1001"));
        QCOMPARE(report->queued[0].email, QStringLiteral("anna.mueller@example.ch"));
        QVERIFY(!report->queued[0].reminder);

        // Addressable at once.
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM persons WHERE id = ?"), {anna})->toString(),
                 QStringLiteral("invited"));
        QVERIFY(!db.scalar(QStringLiteral("SELECT invited_at FROM persons WHERE id = ?"), {anna})->isNull());
        const QString code = codeOf(db, anna);
        QCOMPARE(activation::normalized(code), code);
        QCOMPARE(db.scalar(QStringLiteral("SELECT source FROM activation_codes WHERE person_id = ?"), {anna})->toString(),
                 QStringLiteral("generated"));

        // The mail is in the outbox, in German (Anna's language), with her code and the link.
        const auto rows = outboxRows(db);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].kind, QStringLiteral("invitation"));
        QCOMPARE(rows[0].recipient, QStringLiteral("anna.mueller@example.ch"));
        QCOMPARE(rows[0].recipientName, QStringLiteral("Anna Müller"));
        QCOMPARE(rows[0].language, QStringLiteral("de"));
        QCOMPARE(rows[0].subject, QStringLiteral("Ihr Zugang zur Mieter-App von Régie Example SA"));
        QVERIFY(rows[0].text.contains(QStringLiteral("Guten Tag Anna Müller")));
        QVERIFY(rows[0].text.contains(code));
        QVERIFY(rows[0].text.contains(QStringLiteral("Wohnpark Sonnenhof")));
        QVERIFY(rows[0].text.contains(QStringLiteral("https://app.example.ch/register?code=") + code));
        QVERIFY(rows[0].html.contains(QStringLiteral("<a href=\"https://app.example.ch/register?code=") + code));
        QVERIFY(rows[0].messageId.endsWith(QStringLiteral("@regie.example.ch")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE person_id = ? AND kind = 'invitation' "
                                          "AND sent_to = 'anna.mueller@example.ch'"),
                           {anna})
                     ->toInt(),
                 1);
        // The history says so; the code is nowhere in the audit log.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'person.invited' AND entity_id = ?"),
                           {anna})
                     ->toInt(),
                 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE ?"),
                           {QStringLiteral("%") + code + u'%'})
                     ->toInt(),
                 0);
        auto detail = office->tenants().detail(anna);
        QVERIFY(detail);
        QVERIFY(std::any_of(detail->history.cbegin(), detail->history.cend(),
                            [](const TenantHistoryEntry &h) { return h.what == QStringLiteral("Invited to the tenant app"); }));

        // Again: a reminder with the same code, status unchanged.
        auto again = office->invitations().invite({anna});
        QVERIFY(again);
        QCOMPARE(again->queued.size(), 1);
        QVERIFY(again->queued[0].reminder);
        QCOMPARE(codeOf(db, anna), code);
        const auto after = outboxRows(db);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after[1].kind, QStringLiteral("reminder"));
        QVERIFY(after[1].subject.startsWith(QStringLiteral("Erinnerung")));
        QVERIFY(after[1].text.contains(code));
        QVERIFY(after[1].messageId != after[0].messageId);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM activation_codes"))->toInt(), 1);
    }

    void refusals_data() { test::addBackendColumn(); test::addBackendRows(); }
    void refusals()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, tenantList("anna.mueller@example.ch", "marco@example.it")));
        const Database &db = office->database();
        const qint64 anna = idOf(*office, QStringLiteral("T-1001"));
        const qint64 zoe = idOf(*office, QStringLiteral("T-1002"));
        const qint64 marco = idOf(*office, QStringLiteral("T-2002"));
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET status = 'registered' WHERE id = ?"), {marco}));

        auto report = office->invitations().invite({zoe, anna, marco, 999999, anna});
        QVERIFY(report);
        QCOMPARE(report->queued.size(), 1); // Anna once, though named twice
        QCOMPARE(report->queued[0].personId, anna);
        QCOMPARE(report->refused.size(), 3);
        QCOMPARE(report->refused[0].ref, QStringLiteral("T-1002"));
        QVERIFY2(report->refused[0].reason.contains(QStringLiteral("No e-mail address")), qPrintable(report->refused[0].reason));
        QCOMPARE(report->refused[1].ref, QStringLiteral("T-2002"));
        QVERIFY(report->refused[1].reason.contains(QStringLiteral("registered")));
        QCOMPARE(report->refused[2].personId, 999999);
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM persons WHERE id = ?"), {zoe})->toString(),
                 QStringLiteral("imported"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM activation_codes WHERE person_id = ?"), {zoe})->toInt(), 0);

        // An agent may not invite; nothing changes.
        const Actor agent{std::nullopt, QStringLiteral("Agent"), Role::Agent};
        auto refused = Invitations(db, agent).invite({anna});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("administrator")));
        QCOMPARE(outboxRows(db).size(), 1);
    }

    // Between groups of 500 no transaction is open (the GUI lets its window paint there, and its
    // mail sender may use the database); cancelling there keeps the groups done and tries no more.
    void progressBetweenGroups_data() { test::addBackendColumn(); test::addBackendRows(); }
    void progressBetweenGroups()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QByteArray csv = kHeader;
        for (int i = 0; i < 1100; ++i) {
            const QByteArray k = QByteArray::number(i);
            csv += "P9,Hochhaus,Turmweg 1,3000,Bern,U-" + k + ",Wohnung " + k + ",T-" + k + ",Mia," + k + ",m" + k
                   + "@example.ch,,de,2020-01-01,\n";
        }
        QVERIFY(importList(*office, csv));
        auto ids = office->invitations().notYetInvited();
        QVERIFY(ids);
        QCOMPARE(ids->size(), 1100);
        const Database &db = office->database();
        QList<qint64> calls;
        auto report = office->invitations().invite(*ids, [&](qint64 done, qint64 total) {
            calls << done;
            // The database is free here: a transaction of someone else's begins and commits.
            auto tx = Transaction::begin(db);
            if (!tx || !db.exec(QStringLiteral("UPDATE company SET created_at = created_at")) || !tx->commit())
                return true; // the check below fails: calls.size() stays wrong
            return done < 1000 && total == 1100;
        });
        QVERIFY(report);
        QCOMPARE(calls, (QList<qint64>{500, 1000}));
        QVERIFY(report->cancelled);
        QCOMPARE(report->queued.size(), 1000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM persons WHERE status = 'invited'"))->toInt(), 1000);
        QCOMPARE(outboxRows(db).size(), 1000);
        // The rest, another time.
        auto rest = office->invitations().invite(*office->invitations().notYetInvited());
        QVERIFY(rest);
        QCOMPARE(rest->queued.size(), 100);
        QVERIFY(!rest->cancelled);
    }

    void noRegistrationLink_data() { test::addBackendColumn(); test::addBackendRows(); }
    void noRegistrationLink()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch, false);
        QVERIFY(office);
        QVERIFY(importList(*office, tenantList("anna.mueller@example.ch", "marco@example.it")));
        auto report = office->invitations().invite({idOf(*office, QStringLiteral("T-1001"))});
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(QStringLiteral("registration.base_url")));
        QCOMPARE(outboxRows(office->database()).size(), 0);
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT COUNT(*) FROM persons WHERE status <> 'imported'"))->toInt(), 0);
    }

    void erpCodeIsKept_data() { test::addBackendColumn(); test::addBackendRows(); }
    void erpCodeIsKept()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, tenantList("anna.mueller@example.ch", "marco@example.it")));
        const Database &db = office->database();
        const qint64 marco = idOf(*office, QStringLiteral("T-2002"));
        // As the data-exchange import stores a registrationCode: as the ERP wrote it.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO activation_codes (person_id, code, source, created_at) "
                                       "VALUES (?, 'erp-code-0815', 'erp', '2024-01-01T00:00:00.000Z')"),
                        {marco}));
        auto report = office->invitations().invite({marco});
        QVERIFY(report);
        QCOMPARE(report->queued.size(), 1);
        QCOMPARE(codeOf(db, marco), QStringLiteral("erp-code-0815"));
        const auto rows = outboxRows(db);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].language, QStringLiteral("it"));
        QVERIFY(rows[0].text.contains(QStringLiteral("erp-code-0815")));
        QVERIFY(rows[0].subject.startsWith(QStringLiteral("Il suo accesso")));
    }

    void notYetInvited_data() { test::addBackendColumn(); test::addBackendRows(); }
    void notYetInvited()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, tenantList("anna.mueller@example.ch", "marco@example.it")));
        const Database &db = office->database();
        const qint64 p100 = db.scalar(QStringLiteral("SELECT id FROM properties WHERE erp_ref = 'P100'"))->toLongLong();
        auto ids = office->invitations().notYetInvited(p100);
        QVERIFY(ids);
        // John moved out in 2021: not among them. Zoë has no e-mail: among them (and refused with the reason).
        QCOMPARE(*ids, (QList<qint64>{idOf(*office, QStringLiteral("T-1002")), idOf(*office, QStringLiteral("T-1001"))}));
        auto all = office->invitations().notYetInvited();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        auto report = office->invitations().invite(*ids);
        QVERIFY(report);
        QCOMPARE(report->queued.size(), 1);
        QCOMPARE(report->refused.size(), 1);
        auto rest = office->invitations().notYetInvited();
        QVERIFY(rest);
        QCOMPARE(rest->size(), 2); // Zoë and Marco
    }

    void erpEmailChange_data() { test::addBackendColumn(); test::addBackendRows(); }
    void erpEmailChange()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        QVERIFY(importList(*office, tenantList("anna.mueller@example.ch", "marco@example.it")));
        const Database &db = office->database();
        const qint64 anna = idOf(*office, QStringLiteral("T-1001"));
        const qint64 marco = idOf(*office, QStringLiteral("T-2002"));
        QVERIFY(office->invitations().invite({anna, marco}));
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET status = 'registered' WHERE id = ?"), {marco}));
        const QString code = codeOf(db, anna);
        QCOMPARE(outboxRows(db).size(), 2);

        // A dry run sends nothing.
        QVERIFY(importList(*office, tenantList("anna.neu@example.org", "marco.new@example.it"), true));
        QCOMPARE(outboxRows(db).size(), 2);

        QVERIFY(importList(*office, tenantList("anna.neu@example.org", "marco.new@example.it")));
        const auto rows = outboxRows(db);
        QCOMPARE(rows.size(), 5);
        // Anna (invited): the same code to the new address, and a notice to the old one.
        QCOMPARE(rows[2].kind, QStringLiteral("invitation"));
        QCOMPARE(rows[2].recipient, QStringLiteral("anna.neu@example.org"));
        QVERIFY(rows[2].text.contains(code));
        QCOMPARE(rows[3].kind, QStringLiteral("email_change_notice"));
        QCOMPARE(rows[3].recipient, QStringLiteral("anna.mueller@example.ch"));
        QVERIFY(rows[3].text.contains(QStringLiteral("a***@example.org")));
        QVERIFY(!rows[3].text.contains(QStringLiteral("anna.neu")));
        QVERIFY(!rows[3].text.contains(code));
        // Marco (registered): only the notice, in Italian.
        QCOMPARE(rows[4].kind, QStringLiteral("email_change_notice"));
        QCOMPARE(rows[4].recipient, QStringLiteral("marco@example.it"));
        QCOMPARE(rows[4].language, QStringLiteral("it"));
        QVERIFY(rows[4].text.contains(QStringLiteral("m***@example.it")));
        QCOMPARE(codeOf(db, anna), code);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE kind = 'email_changed' AND person_id = ?"),
                           {anna})
                     ->toInt(),
                 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM erp_changes WHERE kind = 'email_changed' "
                                          "AND handled_at IS NULL AND person_id IN (?, ?)"),
                           {anna, marco})
                     ->toInt(),
                 0);

        // The same file again changes nothing and sends nothing.
        QVERIFY(importList(*office, tenantList("anna.neu@example.org", "marco.new@example.it")));
        QCOMPARE(outboxRows(db).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestInvitations)
#include "tst_invitations.moc"
