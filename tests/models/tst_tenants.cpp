// Tenants on both databases: a tenant's detail (tenancies, the history from the ERP's changes and the audit
// log) and edits: ERP-owned fields locked while the ERP interface is on, validation, audit, row versions
// and roles.
#include "TestDatabases.h"
#include "domain/NameFolding.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tc;

namespace {

const QByteArray kHeader = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                           "last_name,email,phone,language,move_in,move_out\n";

const QByteArray kFirst =
    kHeader
    + "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1. OG links,T-1001,Anna,Müller,"
      "anna.mueller@example.ch,+41 44 123 45 67,de,2019-04-01,\n"
      "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-P07,Parkplatz 7,T-1001,Anna,Müller,"
      "anna.mueller@example.ch,+41 44 123 45 67,de,2021-01-01,\n"
      "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-202,Appartamento 4,T-2002,Marco,Rossi,marco.rossi@example.it,"
      "(044) 123-45-67,it,2023-07-01,\n";

// Anna changed her last name, Marco moved out (missing), Lea is the next tenant of U-202, without e-mail.
const QByteArray kSecond =
    kHeader
    + "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1. OG links,T-1001,Anna,Müller-Schmid,"
      "anna.mueller@example.ch,+41 44 123 45 67,de,2019-04-01,\n"
      "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-P07,Parkplatz 7,T-1001,Anna,Müller-Schmid,"
      "anna.mueller@example.ch,+41 44 123 45 67,de,2021-01-01,\n"
      "P200,Residenza Lago,Via Lago 5,6900,Lugano,U-202,Appartamento 4,T-3001,Lea,Keller,,,,2024-11-01,\n";

const QDate kSecondImportDate(2024, 10, 15);

Actor administrator()
{
    return Actor{std::nullopt, QStringLiteral("tester"), Role::Administrator};
}

Actor manager()
{
    return Actor{std::nullopt, QStringLiteral("the manager"), Role::Manager};
}

Actor agent()
{
    return Actor{std::nullopt, QStringLiteral("an agent"), Role::Agent};
}

std::unique_ptr<Office> openOffice(const test::ScratchDatabase &scratch)
{
    auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, administrator());
    if (!office) {
        qWarning("%s", qPrintable(office.error().message));
        return nullptr;
    }
    if (auto s = (*office)->setup().initializeCompany(administrator(), QString()); !s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(*office);
}

// Imports a tenant list; the run's id, or 0 when it did not apply.
qint64 importList(const Office &office, const QByteArray &bytes, QDate importDate = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return 0;
    file.close();
    ImportOptions options;
    options.importDate = importDate;
    auto report = office.imports().run(path, options);
    if (!report) {
        qWarning("%s", qPrintable(report.error().message));
        return 0;
    }
    if (!report->applied() || !report->rejected.isEmpty()) {
        qWarning("%s", qPrintable(report->summaryText()));
        return 0;
    }
    return report->runId;
}

QStringList dumpPersons(const Database &db)
{
    QStringList rows;
    auto query = db.exec(QStringLiteral("SELECT * FROM persons ORDER BY id"));
    if (!query)
        return {query.error().message};
    while (query->next()) {
        const QSqlRecord record = query->record();
        QStringList cells;
        for (int i = 0; i < record.count(); ++i)
            cells << record.fieldName(i) + u'=' + (query->value(i).isNull() ? QStringLiteral("<null>") : query->value(i).toString());
        rows << cells.join(u'|');
    }
    return rows;
}

qint64 auditCount(const Database &db, const QString &action)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action})->toLongLong();
}

QVariantMap personRow(const Database &db, qint64 id)
{
    QVariantMap map;
    auto query = db.exec(QStringLiteral("SELECT * FROM persons WHERE id = ?"), {id});
    if (!query || !query->next())
        return map;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        map.insert(record.fieldName(i), query->value(i));
    return map;
}

} // namespace

class TestTenants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detail_data() { test::addBackendColumn(); test::addBackendRows(); }
    void detail()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Tenants tenants = office->tenants();
        QVERIFY(importList(*office, kFirst) > 0);
        auto annaId = tenants.idOf(QStringLiteral("T-1001"));
        QVERIFY(annaId.ok());
        auto before = tenants.detail(*annaId);
        QVERIFY(before.ok());
        QCOMPARE(before->erpRef, QStringLiteral("T-1001"));
        QCOMPARE(before->displayName(), QStringLiteral("Anna Müller"));
        QCOMPARE(before->email, QStringLiteral("anna.mueller@example.ch"));
        QCOMPARE(before->phone, QStringLiteral("+41 44 123 45 67"));
        QCOMPARE(before->phoneE164, QStringLiteral("+41441234567"));
        QCOMPARE(before->language, QStringLiteral("de"));
        QCOMPARE(before->status, QStringLiteral("imported"));
        QCOMPARE(before->source, QStringLiteral("erp"));
        QVERIFY(!before->isAlias);
        QVERIFY(!before->erpOwned); // the interface is off by default
        QVERIFY(before->history.isEmpty());

        QThread::msleep(20); // the history is ordered by time
        const qint64 secondRun = importList(*office, kSecond, kSecondImportDate);
        QVERIFY(secondRun > 0);
        auto anna = tenants.detail(*annaId);
        QVERIFY(anna.ok());
        QCOMPARE(anna->lastName, QStringLiteral("Müller-Schmid"));
        QVERIFY2(anna->rowVersion != before->rowVersion, "a change by the ERP must make open edits stale");
        // A flat and a parking space, newest first, with where they are.
        QCOMPARE(anna->tenancies.size(), 2);
        const TenancyInfo &parking = anna->tenancies.at(0);
        const TenancyInfo &flat = anna->tenancies.at(1);
        QCOMPARE(parking.unitRef, QStringLiteral("U-P07"));
        QCOMPARE(parking.unitLabel, QStringLiteral("Parkplatz 7"));
        QCOMPARE(parking.start, QDate(2021, 1, 1));
        QVERIFY(!parking.end.isValid());
        QCOMPARE(flat.unitRef, QStringLiteral("U-101"));
        QCOMPARE(flat.unitLabel, QStringLiteral("Wohnung 1. OG links"));
        QCOMPARE(flat.propertyRef, QStringLiteral("P100"));
        QCOMPARE(flat.propertyName, QStringLiteral("Wohnpark Sonnenhof"));
        QCOMPARE(flat.address, QStringLiteral("Bahnhofstrasse 1, 8001 Zürich"));
        QCOMPARE(flat.start, QDate(2019, 4, 1));
        QVERIFY(!flat.end.isValid());
        QVERIFY(flat.isCurrent(kSecondImportDate));
        // What the ERP changed, and when: the run is named.
        QCOMPARE(anna->history.size(), 1);
        const TenantHistoryEntry &renamed = anna->history.first();
        QVERIFY2(renamed.who.contains(QString::number(secondRun)), qPrintable(renamed.who));
        QVERIFY(!renamed.what.isEmpty());
        QVERIFY2(renamed.before.contains(QStringLiteral("Müller")) && !renamed.before.contains(QStringLiteral("Schmid")),
                 qPrintable(renamed.before));
        QVERIFY2(renamed.after.contains(QStringLiteral("Müller-Schmid")), qPrintable(renamed.after));
        QVERIFY(renamed.at.isValid());
        QCOMPARE(renamed.at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(renamed.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        // Marco moved out: his tenancy ended on the import date, and his history says so.
        auto marco = tenants.detail(tenants.idOf(QStringLiteral("T-2002")).value());
        QVERIFY(marco.ok());
        QCOMPARE(marco->tenancies.size(), 1);
        QCOMPARE(marco->tenancies.first().end, kSecondImportDate);
        QVERIFY(!marco->tenancies.first().isCurrent(kSecondImportDate.addDays(1)));
        QCOMPARE(marco->history.size(), 1);
        // The date in the reader's format, not as stored; as stored for scripts.
        QCOMPARE(marco->history.first().after, QLocale().toString(kSecondImportDate, QLocale::ShortFormat));
        QCOMPARE(marco->history.first().kind, QStringLiteral("erp.tenancy_ended"));
        QCOMPARE(marco->history.first().changes.first().after.value_or(QString()), kSecondImportDate.toString(Qt::ISODate));
        // Lea has no e-mail address: recorded for her.
        auto lea = tenants.detail(tenants.idOf(QStringLiteral("T-3001")).value());
        QVERIFY(lea.ok());
        QCOMPARE(lea->tenancies.size(), 1);
        QCOMPARE(lea->tenancies.first().start, QDate(2024, 11, 1));
        QVERIFY(!lea->tenancies.first().isCurrent(kSecondImportDate));
        QCOMPARE(lea->history.size(), 1);
        QVERIFY(lea->email.isEmpty());

        // An edit in the Cockpit joins the history, newest first, with who made it and what changed.
        QThread::msleep(20);
        auto edited = tenants.update(administrator(), *annaId, TenantEdit{{}, {}, {}, QStringLiteral("079 123 45 67"), {}});
        QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().message));
        QCOMPARE(edited->history.size(), 2);
        const TenantHistoryEntry &edit = edited->history.first();
        QCOMPARE(edit.who, QStringLiteral("tester"));
        QVERIFY(!edit.what.isEmpty());
        // Fields by their names, not their keys.
        QCOMPARE(edit.before, QStringLiteral("Phone: +41 44 123 45 67"));
        QCOMPARE(edit.after, QStringLiteral("Phone: 079 123 45 67"));
        QVERIFY(edit.at >= renamed.at);
        QCOMPARE(edited->history.at(1).who, renamed.who);
        // Languages by their names; none is the company's default.
        QThread::msleep(20);
        auto french = tenants.update(administrator(), *annaId, TenantEdit{{}, {}, {}, {}, QStringLiteral("fr")});
        QVERIFY2(french.ok(), french.ok() ? "" : qPrintable(french.error().message));
        QCOMPARE(french->history.first().before, QStringLiteral("Language: Deutsch"));
        QCOMPARE(french->history.first().after, QStringLiteral("Language: Français"));
        QCOMPARE(french->history.first().kind, QStringLiteral("person.updated"));
        QCOMPARE(french->history.first().changes.size(), 1);
        QCOMPARE(french->history.first().changes.first().field, QStringLiteral("language"));
        QCOMPARE(french->history.first().changes.first().before.value_or(QString()), QStringLiteral("de"));
        QCOMPARE(french->history.first().changes.first().after.value_or(QString()), QStringLiteral("fr"));
        QThread::msleep(20);
        auto byDefault = tenants.update(administrator(), *annaId, TenantEdit{{}, {}, {}, {}, QString()});
        QVERIFY2(byDefault.ok(), byDefault.ok() ? "" : qPrintable(byDefault.error().message));
        QCOMPARE(byDefault->history.first().after, QStringLiteral("Language: company default"));

        auto unknown = tenants.idOf(QStringLiteral("T-0000"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::Refused);
        QVERIFY(!tenants.detail(987654).ok());
    }

    // With the ERP interface on, name, e-mail and phone of an imported tenant change only through the ERP.
    void erpOwnedFieldsLocked_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (test::Backend backend : {test::Backend::SQLite, test::Backend::PostgreSQL}) {
            const char *b = backend == test::Backend::SQLite ? "sqlite" : "postgresql";
            QTest::addRow("%s first name", b) << backend << QStringLiteral("first_name") << QStringLiteral("Anne");
            QTest::addRow("%s last name", b) << backend << QStringLiteral("last_name") << QStringLiteral("Meier");
            QTest::addRow("%s e-mail", b) << backend << QStringLiteral("email") << QStringLiteral("anna@example.org");
            QTest::addRow("%s e-mail removed", b) << backend << QStringLiteral("email") << QStringLiteral("");
            QTest::addRow("%s phone", b) << backend << QStringLiteral("phone") << QStringLiteral("079 123 45 67");
            QTest::addRow("%s same phone, other spelling", b) << backend << QStringLiteral("phone") << QStringLiteral("044 123 45 67");
        }
    }
    void erpOwnedFieldsLocked()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Tenants tenants = office->tenants();
        QVERIFY(importList(*office, kFirst) > 0);
        auto set = office->settings().set(manager(), QStringLiteral("erp.interface"), QStringLiteral("true"));
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        QCOMPARE(tenants.erpInterfaceOn().value(), true);
        const qint64 id = tenants.idOf(QStringLiteral("T-1001")).value();
        auto detail = tenants.detail(id);
        QVERIFY(detail.ok());
        QVERIFY(detail->erpOwned);

        const QStringList before = dumpPersons(db);
        const qint64 audits = auditCount(db, QStringLiteral("person.updated"));
        TenantEdit edit;
        if (field == u"first_name")
            edit.firstName = value;
        else if (field == u"last_name")
            edit.lastName = value;
        else if (field == u"email")
            edit.email = value;
        else
            edit.phone = value;
        for (const Actor &actor : {administrator(), manager()}) {
            auto refused = tenants.update(actor, id, edit);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Refused);
            QCOMPARE(refused.error().message, Tenants::erpOwnedMessage());
            // Also together with a change that is allowed: all or nothing.
            TenantEdit withLanguage = edit;
            withLanguage.language = QStringLiteral("fr");
            auto alsoRefused = tenants.update(actor, id, withLanguage, detail->rowVersion);
            QVERIFY(!alsoRefused.ok());
            QCOMPARE(alsoRefused.error().message, Tenants::erpOwnedMessage());
        }
        QCOMPARE(dumpPersons(db), before);
        QCOMPARE(auditCount(db, QStringLiteral("person.updated")), audits);

        // The language is the office's: it may change, even when the form sends the locked fields back
        // unchanged.
        auto language = tenants.update(administrator(), id,
                                       TenantEdit{detail->firstName, detail->lastName, detail->email, detail->phone,
                                                  QStringLiteral("fr")},
                                       detail->rowVersion);
        QVERIFY2(language.ok(), language.ok() ? "" : qPrintable(language.error().message));
        QCOMPARE(language->language, QStringLiteral("fr"));
        QCOMPARE(personRow(db, id).value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(personRow(db, id).value(QStringLiteral("last_name")).toString(), QStringLiteral("Müller"));
        QCOMPARE(auditCount(db, QStringLiteral("person.updated")), audits + 1);

        // The next import is the way they change.
        QVERIFY(importList(*office, kSecond, kSecondImportDate) > 0);
        QCOMPARE(personRow(db, id).value(QStringLiteral("last_name")).toString(), QStringLiteral("Müller-Schmid"));
    }

    // A person the office entered itself is not the ERP's, whatever the interface says.
    void manualPersonsStayEditable_data() { test::addBackendColumn(); test::addBackendRows(); }
    void manualPersonsStayEditable()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        QVERIFY(office->settings().set(manager(), QStringLiteral("erp.interface"), QStringLiteral("true")).ok());
        auto inserted = db.exec(QStringLiteral("INSERT INTO persons (first_name, last_name, sort_name, source, created_at, "
                                               "updated_at) VALUES ('Hans', 'Hauswart', ?, 'manual', ?, ?) RETURNING id"),
                                {nameSortKey(QStringLiteral("Hauswart"), QStringLiteral("Hans")),
                                 QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()});
        QVERIFY(inserted.ok() && inserted->next());
        const qint64 id = inserted->value(0).toLongLong();
        inserted->finish();
        const Tenants tenants = office->tenants();
        QVERIFY(!tenants.detail(id)->erpOwned);
        auto updated = tenants.update(administrator(), id, TenantEdit{{}, QStringLiteral("Hausmeister"), QStringLiteral("hans@example.ch"), {}, {}});
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated->lastName, QStringLiteral("Hausmeister"));
        QCOMPARE(updated->email, QStringLiteral("hans@example.ch"));
    }

    // With the interface off, the office edits the fields itself: stored, audited, validated.
    void updateStoresAndAudits_data() { test::addBackendColumn(); test::addBackendRows(); }
    void updateStoresAndAudits()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Tenants tenants = office->tenants();
        QVERIFY(importList(*office, kFirst) > 0);
        QCOMPARE(tenants.erpInterfaceOn().value(), false);
        const qint64 id = tenants.idOf(QStringLiteral("T-1001")).value();
        auto before = tenants.detail(id);
        QVERIFY(before.ok());
        QVERIFY(!before->erpOwned);
        const QVariant updatedAt = personRow(db, id).value(QStringLiteral("updated_at"));

        QThread::msleep(20);
        auto updated = tenants.update(administrator(), id,
                                      TenantEdit{QStringLiteral("  Anne "), QStringLiteral("Zürcher"),
                                                 QStringLiteral("anne.zuercher@example.ch"), QStringLiteral("079/123 45 67"),
                                                 QStringLiteral("EN")},
                                      before->rowVersion);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
        const QVariantMap row = personRow(db, id);
        QCOMPARE(row.value(QStringLiteral("first_name")).toString(), QStringLiteral("Anne"));
        QCOMPARE(row.value(QStringLiteral("last_name")).toString(), QStringLiteral("Zürcher"));
        QCOMPARE(row.value(QStringLiteral("sort_name")).toString(), nameSortKey(QStringLiteral("Zürcher"), QStringLiteral("Anne")));
        QCOMPARE(row.value(QStringLiteral("email")).toString(), QStringLiteral("anne.zuercher@example.ch"));
        QCOMPARE(row.value(QStringLiteral("phone")).toString(), QStringLiteral("079/123 45 67"));
        QCOMPARE(row.value(QStringLiteral("phone_e164")).toString(), QStringLiteral("+41791234567"));
        QCOMPARE(row.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(row.value(QStringLiteral("row_version")).toInt(), before->rowVersion + 1);
        QVERIFY(row.value(QStringLiteral("updated_at")) != updatedAt);
        QCOMPARE(updated->rowVersion, before->rowVersion + 1);
        QCOMPARE(updated->displayName(), QStringLiteral("Anne Zürcher"));

        // One audit entry, by the actor, with the fields before and after.
        auto audit = db.exec(QStringLiteral("SELECT actor, entity, entity_id, before_json, after_json FROM audit_log "
                                            "WHERE action = 'person.updated'"));
        QVERIFY(audit.ok() && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("tester"));
        QCOMPARE(audit->value(1).toString(), QStringLiteral("person"));
        QCOMPARE(audit->value(2).toLongLong(), id);
        const QJsonObject was = QJsonDocument::fromJson(audit->value(3).toString().toUtf8()).object();
        const QJsonObject now = QJsonDocument::fromJson(audit->value(4).toString().toUtf8()).object();
        QVERIFY(!audit->next());
        QCOMPARE(was.value(QStringLiteral("last_name")).toString(), QStringLiteral("Müller"));
        QCOMPARE(now.value(QStringLiteral("last_name")).toString(), QStringLiteral("Zürcher"));
        QCOMPARE(was.value(QStringLiteral("email")).toString(), QStringLiteral("anna.mueller@example.ch"));
        QCOMPARE(now.value(QStringLiteral("email")).toString(), QStringLiteral("anne.zuercher@example.ch"));
        QCOMPARE(now.value(QStringLiteral("phone")).toString(), QStringLiteral("079/123 45 67"));
        QCOMPARE(now.value(QStringLiteral("language")).toString(), QStringLiteral("en"));

        // Nothing to change: nothing stored, nothing audited.
        const QStringList unchanged = dumpPersons(db);
        auto same = tenants.update(administrator(), id, TenantEdit{QStringLiteral("Anne"), {}, {}, {}, {}});
        QVERIFY(same.ok());
        QCOMPARE(dumpPersons(db), unchanged);
        QCOMPARE(auditCount(db, QStringLiteral("person.updated")), 1);

        // The language may go back to the company's default; the phone may be removed.
        auto reset = tenants.update(administrator(), id, TenantEdit{{}, {}, {}, QStringLiteral(""), QStringLiteral("")});
        QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(reset.error().message));
        QVERIFY(personRow(db, id).value(QStringLiteral("language")).isNull());
        QVERIFY(personRow(db, id).value(QStringLiteral("phone")).isNull());
        QVERIFY(personRow(db, id).value(QStringLiteral("phone_e164")).isNull());
    }

    void invalidEditsChangeNothing_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        for (test::Backend backend : {test::Backend::SQLite, test::Backend::PostgreSQL}) {
            const char *b = backend == test::Backend::SQLite ? "sqlite" : "postgresql";
            QTest::addRow("%s e-mail with two @", b) << backend << QStringLiteral("email") << QStringLiteral("anna@@example.ch")
                                                     << QStringLiteral("anna@@example.ch");
            QTest::addRow("%s e-mail without domain", b) << backend << QStringLiteral("email") << QStringLiteral("anna@")
                                                         << QStringLiteral("anna@");
            QTest::addRow("%s phone too short", b) << backend << QStringLiteral("phone") << QStringLiteral("12")
                                                   << QStringLiteral("12");
            QTest::addRow("%s phone of letters", b) << backend << QStringLiteral("phone") << QStringLiteral("call me")
                                                    << QStringLiteral("call me");
            QTest::addRow("%s no last name", b) << backend << QStringLiteral("last_name") << QStringLiteral("  ")
                                                << QStringLiteral("last name");
            QTest::addRow("%s line break in a name", b) << backend << QStringLiteral("first_name") << QStringLiteral("An\nna")
                                                        << QStringLiteral("line break");
            QTest::addRow("%s line separator in a name", b) << backend << QStringLiteral("first_name")
                                                            << QStringLiteral("An\u2028na") << QStringLiteral("line break");
            QTest::addRow("%s next-line control in a name", b) << backend << QStringLiteral("last_name")
                                                               << QStringLiteral("M\u00fcl\u0085ler") << QStringLiteral("line break");
            QTest::addRow("%s paragraph separator in a phone", b) << backend << QStringLiteral("phone")
                                                                  << QStringLiteral("044 123\u202945 67") << QStringLiteral("line break");
            QTest::addRow("%s unknown language", b) << backend << QStringLiteral("language") << QStringLiteral("rm")
                                                    << QStringLiteral("de, fr, it, en");
        }
    }
    void invalidEditsChangeNothing()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Tenants tenants = office->tenants();
        QVERIFY(importList(*office, kFirst) > 0);
        const qint64 id = tenants.idOf(QStringLiteral("T-1001")).value();
        const QStringList before = dumpPersons(db);
        TenantEdit edit;
        if (field == u"first_name")
            edit.firstName = value;
        else if (field == u"last_name")
            edit.lastName = value;
        else if (field == u"email")
            edit.email = value;
        else if (field == u"phone")
            edit.phone = value;
        else
            edit.language = value;
        auto refused = tenants.update(administrator(), id, edit);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY2(refused.error().message.contains(mentions), qPrintable(refused.error().message));
        QCOMPARE(dumpPersons(db), before);
        QCOMPARE(auditCount(db, QStringLiteral("person.updated")), 0);
    }

    // Someone else saved in between: the stale edit is refused, theirs stays.
    void staleRowVersionRefused_data() { test::addBackendColumn(); test::addBackendRows(); }
    void staleRowVersionRefused()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Tenants tenants = office->tenants();
        QVERIFY(importList(*office, kFirst) > 0);
        const qint64 id = tenants.idOf(QStringLiteral("T-1001")).value();
        const int opened = tenants.detail(id)->rowVersion;
        auto first = tenants.update(administrator(), id, TenantEdit{{}, {}, QStringLiteral("first@example.ch"), {}, {}}, opened);
        QVERIFY(first.ok());
        const QStringList afterFirst = dumpPersons(db);
        auto second = tenants.update(administrator(), id, TenantEdit{{}, {}, QStringLiteral("second@example.ch"), {}, {}}, opened);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Refused);
        QCOMPARE(dumpPersons(db), afterFirst);
        QCOMPARE(personRow(db, id).value(QStringLiteral("email")).toString(), QStringLiteral("first@example.ch"));
        QCOMPARE(auditCount(db, QStringLiteral("person.updated")), 1);
        // With the current version it goes through.
        auto third = tenants.update(administrator(), id, TenantEdit{{}, {}, QStringLiteral("second@example.ch"), {}, {}},
                                    first->rowVersion);
        QVERIFY(third.ok());
        QCOMPARE(personRow(db, id).value(QStringLiteral("email")).toString(), QStringLiteral("second@example.ch"));
    }

    void agentRefused_data() { test::addBackendColumn(); test::addBackendRows(); }
    void agentRefused()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openOffice(scratch);
        QVERIFY(office);
        const Database &db = office->database();
        const Tenants tenants = office->tenants();
        QVERIFY(importList(*office, kFirst) > 0);
        const qint64 id = tenants.idOf(QStringLiteral("T-1001")).value();
        const QStringList before = dumpPersons(db);
        for (const TenantEdit &edit : {TenantEdit{{}, {}, QStringLiteral("new@example.ch"), {}, {}},
                                       TenantEdit{{}, {}, {}, {}, QStringLiteral("fr")}}) {
            auto refused = tenants.update(agent(), id, edit);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Refused);
            QVERIFY(!refused.error().message.isEmpty());
        }
        QCOMPARE(dumpPersons(db), before);
        QCOMPARE(auditCount(db, QStringLiteral("person.updated")), 0);
        // Reading is for everybody.
        QVERIFY(tenants.detail(id).ok());
    }
};

QTEST_GUILESS_MAIN(TestTenants)
#include "tst_tenants.moc"
