// DemoData on both databases: exact counts, the same data for the same count and date (on either
// database), the realism the later issues rely on, and refusing to mix with real data.
#include "TestDatabases.h"
#include "domain/NameFolding.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QRegularExpression>

using namespace tc;

class TestDemoData : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 6, 1};

    static std::unique_ptr<Office> open(const test::ScratchDatabase &scratch)
    {
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor::localOwner());
        if (!office) {
            qWarning("%s", qPrintable(office.error().message));
            return nullptr;
        }
        return std::move(*office);
    }

    static qint64 count(const Office &office, const QString &sql, const QVariantList &bindings = {})
    {
        auto n = office.database().scalar(sql, bindings);
        return n ? n->toLongLong() : -1;
    }

    // A fingerprint of everything generated, independent of the database's text formats.
    static QByteArray digest(const Office &office)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList queries{
            QStringLiteral("SELECT id, erp_ref, name FROM properties ORDER BY id"),
            QStringLiteral("SELECT id, property_id, erp_ref, street, house_number, postal_code, city FROM buildings ORDER BY id"),
            QStringLiteral("SELECT id, building_id, erp_ref, label FROM units ORDER BY id"),
            QStringLiteral("SELECT id, erp_ref, first_name, last_name, email, phone, phone_e164, language FROM persons ORDER BY id"),
            QStringLiteral("SELECT id, unit_id, erp_ref, start_date, end_date FROM tenancies ORDER BY id"),
            QStringLiteral("SELECT tenancy_id, person_id FROM tenancy_persons ORDER BY tenancy_id, person_id"),
        };
        for (const QString &sql : queries) {
            auto q = office.database().exec(sql);
            if (!q)
                return {}; // the callers check for an empty digest
            while (q->next()) {
                for (int i = 0; i < q->record().count(); ++i) {
                    const QVariant v = q->value(i);
                    hash.addData((v.isNull() ? QStringLiteral("<null>")
                                  : v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                                                    : v.toString())
                                     .toUtf8());
                    hash.addData("|");
                }
            }
        }
        return hash.result().toHex();
    }

private Q_SLOTS:
    void exactCountsAndRealism_data() { test::addBackendColumn(); test::addBackendRows(); }
    void exactCountsAndRealism()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        constexpr qint64 n = 3000;
        auto counts = office->demoData().generate(n, m_today);
        QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message));
        QCOMPARE(counts->persons, n);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons")), n);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM properties")), counts->properties);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM buildings")), counts->buildings);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM units")), counts->units);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tenancies")), counts->tenancies);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM agents")), counts->agents);
        QVERIFY(counts->agents >= 3);
        QVERIFY(counts->properties > 10);
        QVERIFY(counts->buildings >= counts->properties);

        // Every person belongs to at least one tenancy; every tenancy has a person.
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons p WHERE NOT EXISTS "
                                               "(SELECT 1 FROM tenancy_persons tp WHERE tp.person_id = p.id)")), 0);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tenancies t WHERE NOT EXISTS "
                                               "(SELECT 1 FROM tenancy_persons tp WHERE tp.tenancy_id = t.id)")), 0);
        // Every person carries the sort key of their name.
        auto keys = office->database().exec(QStringLiteral("SELECT last_name, first_name, sort_name FROM persons"));
        QVERIFY(keys.ok());
        while (keys->next())
            QCOMPARE(keys->value(2).toString(), nameSortKey(keys->value(0).toString(), keys->value(1).toString()));
        // Names with diacritics and with apostrophes.
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE last_name IN ('Müller', 'Zürcher', 'Lüthi', 'Délèze', 'Sciarò')")) > 0);
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE last_name LIKE '%''%'")) > 0);
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE first_name IN ('François', 'Zoë', 'Noëlle', 'Jérôme', 'Bärbel', 'Nicolò')")) > 0);
        // All four languages, and nothing else.
        for (const char *lang : {"de", "fr", "it", "en"})
            QVERIFY2(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE language = ?"), {QString::fromLatin1(lang)}) > 0, lang);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE language IS NULL OR language NOT IN ('de','fr','it','en')")), 0);
        // Some people have no e-mail; future tenants (move-in after today) are name-only.
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE email IS NULL")) > n / 50);
        const qint64 future = count(*office, QStringLiteral(
            "SELECT count(DISTINCT tp.person_id) FROM tenancies t JOIN tenancy_persons tp ON tp.tenancy_id = t.id WHERE t.start_date > ?"), {m_today});
        QVERIFY(future > 0);
        QCOMPARE(count(*office, QStringLiteral(
                     "SELECT count(*) FROM persons p JOIN tenancy_persons tp ON tp.person_id = p.id JOIN tenancies t ON t.id = tp.tenancy_id "
                     "WHERE t.start_date > ? AND (p.email IS NOT NULL OR p.phone IS NOT NULL)"), {m_today}), 0);
        // Former tenants, whose tenancy ended before today.
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM tenancies WHERE end_date < ?"), {m_today}) > 0);
        // People renting more than one unit (flat and parking space).
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM tenancy_persons GROUP BY person_id HAVING count(*) > 1) x")) > 0);

        // Phone numbers in several spellings, each with a valid Swiss E.164 form.
        auto phones = office->database().exec(QStringLiteral("SELECT phone, phone_e164 FROM persons WHERE phone IS NOT NULL"));
        QVERIFY(phones.ok());
        const QRegularExpression e164(QStringLiteral("^\\+41[1-9][0-9]{8}$"));
        QSet<QString> spellings;
        int numbers = 0;
        while (phones->next()) {
            const QString given = phones->value(0).toString();
            const QString normalised = phones->value(1).toString();
            QVERIFY2(e164.match(normalised).hasMatch(), qPrintable(normalised));
            // The digits of what was given end with the subscriber number of the E.164 form.
            QString digits;
            for (const QChar c : given)
                if (c.isDigit())
                    digits += c;
            QVERIFY2(digits.endsWith(normalised.right(9)), qPrintable(given + QStringLiteral(" vs ") + normalised));
            if (given.startsWith(QStringLiteral("+41 ")))
                spellings << QStringLiteral("international spaced");
            else if (given.startsWith(QStringLiteral("0041")))
                spellings << QStringLiteral("0041");
            else if (given.contains(u'/'))
                spellings << QStringLiteral("slash");
            else if (given.startsWith(u'('))
                spellings << QStringLiteral("brackets");
            else if (given.startsWith(u'0') && given.contains(u' '))
                spellings << QStringLiteral("national spaced");
            ++numbers;
        }
        QVERIFY(numbers > n / 2);
        QCOMPARE(spellings.size(), 5);
        // E-mail addresses are well-formed and use reserved example domains only.
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE email IS NOT NULL AND email NOT LIKE '%_@%.example' "
                                               "AND email NOT LIKE '%_@example.___'")), 0);
    }

    void deterministic()
    {
        // The same count and date give the same data, on SQLite and PostgreSQL alike.
        QByteArray digests[3];
        const std::pair<test::Backend, qint64> runs[3] = {
            {test::Backend::SQLite, 1500}, {test::Backend::PostgreSQL, 1500}, {test::Backend::SQLite, 1501}};
        for (int i = 0; i < 3; ++i) {
            test::ScratchDatabase scratch(runs[i].first);
            QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
            auto office = open(scratch);
            QVERIFY(office);
            QVERIFY(office->demoData().generate(runs[i].second, m_today).ok());
            digests[i] = digest(*office);
            QVERIFY(!digests[i].isEmpty());
        }
        QCOMPARE(digests[1], digests[0]);
        QVERIFY(digests[2] != digests[0]);
    }

    void refusesDatabaseWithData_data() { test::addBackendColumn(); test::addBackendRows(); }
    void refusesDatabaseWithData()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        QCOMPARE(office->setup().isEmpty().value(), true);
        QVERIFY(office->demoData().generate(100, m_today).ok());
        QCOMPARE(office->setup().isEmpty().value(), false);
        auto again = office->demoData().generate(100, m_today);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("already holds")), qPrintable(again.error().message));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons")), 100);
        // The indexes dropped for the bulk load are all back.
        const QString indexCount = scratch.backend() == test::Backend::SQLite
            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'persons_listed_idx'")
            : QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'persons_listed_idx'");
        QCOMPARE(count(*office, indexCount), 1);
    }

    void cancelWritesNothing_data() { test::addBackendColumn(); test::addBackendRows(); }
    void cancelWritesNothing()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        int calls = 0;
        auto result = office->demoData().generate(20000, m_today, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!result.ok());
        QVERIFY(calls > 0);
        for (const char *table : {"properties", "buildings", "units", "persons", "tenancies", "tenancy_persons", "agents"})
            QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))), 0);
        // Afterwards the database still takes demo data.
        QVERIFY(office->demoData().generate(50, m_today).ok());
    }

    void auditedAndForAdministratorsOnly_data() { test::addBackendColumn(); test::addBackendRows(); }
    void auditedAndForAdministratorsOnly()
    {
        TC_SCRATCH_DATABASE(scratch);
        {
            auto agent = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor{std::nullopt, QStringLiteral("lucia"), Role::Agent});
            QVERIFY(agent.ok());
            auto refused = (*agent)->demoData().generate(10, m_today);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QStringLiteral("administrator")), qPrintable(refused.error().message));
            QCOMPARE(count(**agent, QStringLiteral("SELECT count(*) FROM persons")), 0);
        }
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor{std::nullopt, QStringLiteral("marc"), Role::Administrator});
        QVERIFY(office.ok());
        QVERIFY((*office)->setup().initializeCompany((*office)->actor(), QString()).ok());
        QVERIFY((*office)->setup().initializeCompany((*office)->actor(), QString()).ok()); // idempotent
        QVERIFY((*office)->demoData().generate(25, m_today).ok());
        auto audit = (*office)->database().exec(QStringLiteral("SELECT actor, action, after_json FROM audit_log ORDER BY id"));
        QVERIFY(audit.ok());
        QStringList actions;
        QString demoAfter;
        while (audit->next()) {
            QCOMPARE(audit->value(0).toString(), QStringLiteral("marc"));
            actions << audit->value(1).toString();
            if (actions.last() == u"demo_data.generated")
                demoAfter = audit->value(2).toString();
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("company.created"), QStringLiteral("demo_data.generated")}));
        QVERIFY2(demoAfter.contains(QStringLiteral("\"tenants\":25")), qPrintable(demoAfter));
    }

    void ticketsAcrossTheWorkflow_data() { test::addBackendColumn(); test::addBackendRows(); }
    void ticketsAcrossTheWorkflow()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        // Without tenants and agents there is nobody to log tickets for, or to log them.
        auto early = office->demoData().addTickets(5, m_today);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(QStringLiteral("first")), qPrintable(early.error().message));
        QVERIFY(office->demoData().generate(600, m_today).ok());
        QCOMPARE(DemoData::ticketsFor(600), 60);
        QCOMPARE(DemoData::ticketsFor(3), 1);
        QCOMPARE(DemoData::ticketsFor(1'000'000), 200);

        auto written = office->demoData().addTickets(60, m_today);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written->tickets, 60);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tickets")), 60);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tickets WHERE status NOT IN ('done', 'closed')")),
                 written->open);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM ticket_comments")), written->comments);
        // Every stage of the workflow, most tickets someone's, and only the demo agents at work.
        QCOMPARE(count(*office, QStringLiteral("SELECT count(DISTINCT status) FROM tickets")), 6);
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM tickets WHERE assignee_id IS NULL")) > 0);
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM tickets WHERE assignee_id IS NOT NULL")) > 30);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tickets t JOIN agents a ON a.id = t.created_by "
                                               "WHERE a.login IN ('anna.keller', 'marc.dubois', 'lucia.rossi', 'peter.meier')")),
                 60);
        QVERIFY(count(*office, QStringLiteral("SELECT count(DISTINCT created_by) FROM tickets")) > 1);
        QVERIFY(count(*office, QStringLiteral("SELECT count(DISTINCT channel) FROM tickets")) > 2);
        // Each has its history: created, then every step; the unit and property of the tenant's tenancy.
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e "
                                               "WHERE e.ticket_id = t.id AND e.kind = 'created')")),
                 0);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tickets WHERE status <> 'new' AND NOT EXISTS "
                                               "(SELECT 1 FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.kind = 'status')")),
                 0);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tickets WHERE unit_id IS NULL OR property_id IS NULL")), 0);
        // Titles in the tenant's language: a French-speaking tenant's ticket is in French.
        QVERIFY(count(*office, QStringLiteral("SELECT count(*) FROM tickets t JOIN persons p ON p.id = t.person_id "
                                              "WHERE p.language = 'fr'")) > 0);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tickets t JOIN persons p ON p.id = t.person_id "
                                               "WHERE p.language = 'fr' AND t.title NOT IN ('Le store du salon est bloqué', "
                                               "'Le chauffage de la chambre reste froid', 'Le robinet de la cuisine goutte', "
                                               "'L''éclairage de la cage d''escalier ne fonctionne plus', "
                                               "'Bruit venant de l''appartement du dessus', 'Demande d''une clé supplémentaire', "
                                               "'Question sur le décompte des charges', "
                                               "'Rendez-vous pour l''état des lieux de sortie', "
                                               "'La cage d''escalier n''a pas été nettoyée', 'Recherche d''une place dans le parking')")),
                 0);
        // Logged over the last weeks, each change after the one before, none in the future.
        auto tickets = office->tickets().list(TicketFilter{}, 100);
        QVERIFY(tickets.ok());
        QCOMPARE(tickets->size(), 60);
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(5);
        QDateTime earliest = now;
        for (const Ticket &ticket : std::as_const(*tickets)) {
            QVERIFY(ticket.createdAt <= ticket.updatedAt);
            QVERIFY(ticket.updatedAt <= now);
            earliest = std::min(earliest, ticket.createdAt);
            auto history = office->tickets().history(ticket.id);
            QVERIFY(history.ok());
            for (qsizetype i = 1; i < history->size(); ++i)
                QVERIFY(history->at(i - 1).at <= history->at(i).at);
        }
        QVERIFY(earliest < now.addDays(-7));
        // The tenant's ticket list and the open count see them as the agents' own would.
        const Ticket &first = tickets->first();
        auto theirs = office->tickets().forTenant(first.personId);
        QVERIFY(theirs.ok());
        QVERIFY(std::any_of(theirs->cbegin(), theirs->cend(), [&](const Ticket &t) { return t.id == first.id; }));
    }

    void refusesSillyCounts()
    {
        test::ScratchDatabase scratch(test::Backend::SQLite);
        auto office = open(scratch);
        QVERIFY(office);
        QVERIFY(!office->demoData().generate(0, m_today).ok());
        QVERIFY(!office->demoData().generate(-5, m_today).ok());
        QVERIFY(!office->demoData().generate(DemoData::kMaxTenants + 1, m_today).ok());
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
