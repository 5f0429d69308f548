// Migrator and Database on both SQLite and PostgreSQL: the whole schema, idempotence, refusing a
// newer database, rolling back a failed step, and two migrations racing each other.
#include "TestDatabases.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OfficeDatabase.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QMutex>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace tc;
using tc::test::Backend;

class TestMigrator : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Database> openOrFail(const DatabaseUrl &url)
    {
        auto db = Database::open(url);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return nullptr;
        }
        return std::move(*db);
    }

    static QStringList userTables(const Database &db)
    {
        const QString sql = db.isSQLite()
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                             "ORDER BY table_name");
        QStringList names;
        auto q = db.exec(sql);
        while (q && q->next())
            names << q->value(0).toString();
        return names;
    }

private Q_SLOTS:
    void migratesEmptyDatabase_data() { test::addBackendColumn(); test::addBackendRows(); }
    void migratesEmptyDatabase()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        const Migrator migrator(*db);
        QCOMPARE(migrator.currentVersion().value(), 0);
        QVERIFY(!migrator.checkCurrent().ok());

        auto applied = migrator.migrate();
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        QCOMPARE(*applied, int(Migrator::builtinMigrations().size()));
        QCOMPARE(migrator.currentVersion().value(), Migrator::latestBuiltinVersion());
        QVERIFY(migrator.checkCurrent().ok());

        // Every table of the data model exists, and the list the status report uses is complete.
        QStringList expected = schema::tables();
        expected << QStringLiteral("schema_migrations");
        expected.sort();
        QCOMPARE(userTables(*db), expected);

        // The applied version is recorded with its name and time.
        auto q = db->exec(QStringLiteral("SELECT version, name, applied_at FROM schema_migrations ORDER BY version"));
        QVERIFY(q.ok());
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 1);
        QVERIFY(!q->value(1).toString().isEmpty());
        QVERIFY(q->value(2).toDateTime().isValid());

        // Running again changes nothing.
        QCOMPARE(migrator.migrate().value(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"))->toInt(),
                 int(Migrator::builtinMigrations().size()));
    }

    void constraintsHold_data() { test::addBackendColumn(); test::addBackendRows(); }
    void constraintsHold()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator(*db).migrate().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A unit in a building that does not exist: foreign keys are enforced.
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO units (building_id, label, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                          {4711, QStringLiteral("Wohnung 1.01"), now, now})
                     .ok());
        // The ERP reference identifies a person: no two persons with the same one.
        const QString insertPerson = QStringLiteral(
            "INSERT INTO persons (erp_ref, last_name, sort_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id");
        auto first = db->exec(insertPerson, {QStringLiteral("M-1"), QStringLiteral("Müller"), QStringLiteral("muller"), now, now});
        QVERIFY(first.ok() && first->next());
        QVERIFY(first->value(0).toLongLong() > 0);
        QVERIFY(!db->exec(insertPerson, {QStringLiteral("M-1"), QStringLiteral("Meier"), QStringLiteral("meier"), now, now}).ok());
        // Status and roles only take their listed values.
        QVERIFY(!db->exec(QStringLiteral("UPDATE persons SET status = 'deleted'")).ok());
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO agents (login, display_name, role, created_at, updated_at) "
                                         "VALUES ('x', 'X', 'boss', ?, ?)"),
                          {now, now})
                     .ok());
        // Logins are unique regardless of case.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO agents (login, display_name, role, created_at, updated_at) "
                                        "VALUES ('Anna', 'Anna', 'agent', ?, ?)"),
                         {now, now})
                    .ok());
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO agents (login, display_name, role, created_at, updated_at) "
                                         "VALUES ('anna', 'Anna', 'agent', ?, ?)"),
                          {now, now})
                     .ok());
        // A language only takes its listed values; NULL is "none".
        QVERIFY(!db->exec(QStringLiteral("UPDATE persons SET language = 'xx'")).ok());
        QVERIFY(db->exec(QStringLiteral("UPDATE persons SET language = 'fr'")).ok());
        QVERIFY(db->exec(QStringLiteral("UPDATE persons SET language = NULL")).ok());
        // A link names a tenancy and a person that exist, once.
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (4711, ?)"),
                          {first->value(0)})
                     .ok());
        // A tenancy cannot end before it starts.
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO tenancies (unit_id, start_date, end_date, created_at, updated_at) "
                                         "VALUES (1, ?, ?, ?, ?)"),
                          {QDate(2026, 5, 1), QDate(2026, 4, 1), now, now})
                     .ok());
    }

    // Migration 3 rewrites definitions in place on SQLite: a database with data from before keeps every
    // row, its rules still hold, and the file is sound.
    void fasterImportsKeepData_data() { test::addBackendColumn(); test::addBackendRows(); }
    void fasterImportsKeepData()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator(*db, Migrator::builtinMigrations().mid(0, 2)).migrate().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &sql : {
                 QStringLiteral("INSERT INTO properties (id, erp_ref, name, created_at, updated_at) VALUES (1, 'P1', 'Haus', ?, ?)"),
                 QStringLiteral("INSERT INTO buildings (id, property_id, name, created_at, updated_at) VALUES (1, 1, 'Weg 1', ?, ?)"),
                 QStringLiteral("INSERT INTO units (id, building_id, erp_ref, label, created_at, updated_at) VALUES (1, 1, 'U1', 'W 1', ?, ?)"),
                 QStringLiteral("INSERT INTO persons (id, erp_ref, last_name, sort_name, language, status, created_at, updated_at) "
                                "VALUES (1, 'T1', 'Frei', 'frei', 'it', 'invited', ?, ?)"),
                 QStringLiteral("INSERT INTO tenancies (id, unit_id, start_date, created_at, updated_at) VALUES (1, 1, '2024-01-01', ?, ?)"),
             }) {
            QVERIFY2(db->exec(sql, {now, now}).ok(), qPrintable(sql));
        }
        QVERIFY(db->exec(QStringLiteral("INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (1, 1)")).ok());

        auto applied = Migrator(*db).migrate();
        QVERIFY(applied.ok());
        QCOMPARE(*applied, int(Migrator::builtinMigrations().size()) - 2);
        const auto text = [&](const QString &sql) { return db->scalar(sql).value_or(QVariant()).toString(); };
        QCOMPARE(text(QStringLiteral("SELECT erp_ref || language || status FROM persons WHERE id = 1")), QStringLiteral("T1itinvited"));
        QCOMPARE(text(QStringLiteral("SELECT tenancy_id || '-' || person_id FROM tenancy_persons")), QStringLiteral("1-1"));
        QVERIFY(!db->exec(QStringLiteral("UPDATE persons SET language = 'xx'")).ok());
        QVERIFY(!db->exec(QStringLiteral("UPDATE persons SET status = 'gone'")).ok());
        QVERIFY(!db->exec(QStringLiteral("UPDATE units SET unit_type = 'leased'")).ok());
        QVERIFY(db->exec(QStringLiteral("UPDATE units SET unit_type = 'owned'")).ok());
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (1, 1)")).ok());
        // The status index holds only people who are not "imported".
        QVERIFY(db->exec(QStringLiteral("UPDATE persons SET status = 'imported'")).ok());
        if (db->isSQLite()) {
            QCOMPARE(text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            QCOMPARE(text(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '% IN (%'")),
                     QStringLiteral("0"));
            QVERIFY(text(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'tenancy_persons'")).contains(QStringLiteral("WITHOUT ROWID")));
            QCOMPARE(text(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('persons_listed_ref_idx', 'units_label_idx')")),
                     QStringLiteral("0"));
            QCOMPARE(text(QStringLiteral("SELECT count(*) FROM persons INDEXED BY persons_status_idx WHERE status <> 'imported'")),
                     QStringLiteral("0"));
        } else {
            QVERIFY(text(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'persons_status_idx'"))
                        .contains(QStringLiteral("WHERE")));
        }
    }

    // Step 4 makes tenancies again on SQLite: every row and every link to it survives, references stay
    // unique where given, any number of tenancies may have none, and SQLite enforces references again.
    // The unused index on E.164 numbers is gone.
    void leanerImportIndexes_data() { test::addBackendColumn(); test::addBackendRows(); }
    void leanerImportIndexes()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator(*db, Migrator::builtinMigrations().mid(0, 3)).migrate().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &sql : {
                 QStringLiteral("INSERT INTO properties (id, erp_ref, name, created_at, updated_at) VALUES (1, 'P1', 'Haus', ?, ?)"),
                 QStringLiteral("INSERT INTO buildings (id, property_id, name, created_at, updated_at) VALUES (1, 1, 'Weg 1', ?, ?)"),
                 QStringLiteral("INSERT INTO units (id, building_id, erp_ref, label, created_at, updated_at) VALUES (1, 1, 'U1', 'W 1', ?, ?)"),
                 QStringLiteral("INSERT INTO persons (id, erp_ref, last_name, sort_name, created_at, updated_at) "
                                "VALUES (1, 'T1', 'Frei', 'frei', ?, ?)"),
                 QStringLiteral("INSERT INTO tenancies (id, unit_id, erp_ref, start_date, created_at, updated_at) "
                                "VALUES (7, 1, 'M-7', '2020-01-01', ?, ?)"),
                 QStringLiteral("INSERT INTO tenancies (id, unit_id, start_date, end_date, created_at, updated_at) "
                                "VALUES (8, 1, '2021-01-01', '2022-12-31', ?, ?)"),
                 QStringLiteral("INSERT INTO tenancies (id, unit_id, start_date, created_at, updated_at) "
                                "VALUES (9, 1, '2023-01-01', ?, ?)"),
             }) {
            QVERIFY2(db->exec(sql, {now, now}).ok(), qPrintable(sql));
        }
        QVERIFY(db->exec(QStringLiteral("INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (7, 1), (9, 1)")).ok());

        auto applied = Migrator(*db).migrate();
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        QCOMPARE(*applied, int(Migrator::builtinMigrations().size()) - 3);
        const auto text = [&](const QString &sql) { return db->scalar(sql).value_or(QVariant()).toString(); };
        QStringList tenancies;
        auto rows = db->exec(QStringLiteral("SELECT id, COALESCE(erp_ref, '-'), start_date, end_date FROM tenancies ORDER BY id"));
        QVERIFY(rows.ok());
        while (rows->next()) {
            tenancies << QStringLiteral("%1:%2:%3:%4").arg(rows->value(0).toString(), rows->value(1).toString(),
                                                           rows->value(2).toString(),
                                                           rows->value(3).isNull() ? QStringLiteral("-") : rows->value(3).toString());
        }
        QCOMPARE(tenancies.join(u' '), QStringLiteral("7:M-7:2020-01-01:- 8:-:2021-01-01:2022-12-31 9:-:2023-01-01:-"));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM tenancy_persons tp JOIN tenancies t ON t.id = tp.tenancy_id")),
                 QStringLiteral("2"));
        // A given reference stays unique; more tenancies without one are welcome.
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO tenancies (unit_id, erp_ref, start_date, created_at, updated_at) "
                                         "VALUES (1, 'M-7', '2024-01-01', ?, ?)"), {now, now}).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO tenancies (unit_id, start_date, created_at, updated_at) "
                                        "VALUES (1, '2024-01-01', ?, ?)"), {now, now}).ok());
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO tenancies (unit_id, start_date, end_date, created_at, updated_at) "
                                         "VALUES (1, '2024-01-01', '2023-01-01', ?, ?)"), {now, now}).ok());
        // References are enforced again, to and from the new table.
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (99, 1)")).ok());
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO tenancies (unit_id, start_date, created_at, updated_at) "
                                         "VALUES (42, '2024-01-01', ?, ?)"), {now, now}).ok());
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM tenancies WHERE id = 7")).ok());
        if (db->isSQLite()) {
            QCOMPARE(text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            QCOMPARE(text(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'tenancies_new' "
                                         "OR name = 'sqlite_autoindex_tenancies_1'")),
                     QStringLiteral("0"));
            QVERIFY(text(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'tenancy_persons'"))
                        .contains(QStringLiteral("REFERENCES tenancies (id)")));
            auto plan = db->exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM tenancies WHERE erp_ref = 'M-7'"));
            QVERIFY(plan && plan->next());
            QVERIFY2(plan->value(3).toString().contains(QStringLiteral("tenancies_erp_ref_idx")), qPrintable(plan->value(3).toString()));
            QCOMPARE(text(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'persons_phone_idx'")), QStringLiteral("0"));
        } else {
            QCOMPARE(text(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'persons_phone_idx'")), QStringLiteral("0"));
            QVERIFY(text(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'tenancies_erp_ref_idx'"))
                        .contains(QStringLiteral("WHERE (erp_ref IS NOT NULL)")));
            QCOMPARE(text(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'tenancies'::regclass AND contype = 'u'")),
                     QStringLiteral("0"));
        }
    }

    // Step 6 stores the search keys of what was there before: the first name first, the phone number's
    // digits reversed, the unit's label and the building's street and city, folded.
    void searchKeysForStoredRecords_data() { test::addBackendColumn(); test::addBackendRows(); }
    void searchKeysForStoredRecords()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator(*db, Migrator::builtinMigrations().mid(0, 5)).migrate().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &sql : {
                 QStringLiteral("INSERT INTO properties (id, erp_ref, name, created_at, updated_at) VALUES (1, 'P1', 'Haus', ?, ?)"),
                 QStringLiteral("INSERT INTO buildings (id, property_id, name, street, house_number, city, created_at, updated_at) "
                                "VALUES (1, 1, 'Weg 1', 'Rue du Lac', '3a', 'Neuchâtel', ?, ?)"),
                 QStringLiteral("INSERT INTO units (id, building_id, erp_ref, label, created_at, updated_at) VALUES (1, 1, 'U1', '2. OG links', ?, ?)"),
                 QStringLiteral("INSERT INTO persons (id, erp_ref, first_name, last_name, sort_name, phone_e164, created_at, updated_at) "
                                "VALUES (1, 'T1', 'François', 'Müller', 'muller\x1f" "francois', '+41441234567', ?, ?)"),
                 QStringLiteral("INSERT INTO persons (id, erp_ref, first_name, last_name, sort_name, created_at, updated_at) "
                                "VALUES (2, 'T2', '', 'Dell''Acqua SA', 'dellacqua sa\x1f', ?, ?)"),
             }) {
            QVERIFY2(db->exec(sql, {now, now}).ok(), qPrintable(sql));
        }
        auto applied = Migrator(*db).migrate();
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        const auto text = [&](const QString &sql) { return db->scalar(sql).value_or(QVariant()).toString(); };
        auto persons = db->exec(QStringLiteral("SELECT given_key, phone_suffix FROM persons ORDER BY id"));
        QVERIFY(persons);
        QVERIFY(persons->next());
        QCOMPARE(persons->value(0).toString(), QStringLiteral("francois\x1fmuller"));
        QCOMPARE(persons->value(1).toString(), QStringLiteral("76543214414"));
        QVERIFY(persons->next());
        QCOMPARE(persons->value(0).toString(), QStringLiteral("sa\x1f" "dellacqua"));
        QVERIFY(persons->value(1).isNull());
        QCOMPARE(text(QStringLiteral("SELECT label_key FROM units")), QStringLiteral("2 og links"));
        QCOMPARE(text(QStringLiteral("SELECT street_key || '|' || city_key FROM buildings")), QStringLiteral("rue du lac 3a|neuchatel"));
        if (!db->isSQLite()) {
            // Made by step 6, and since step 11 ending with the id.
            QVERIFY(text(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'persons_email_prefix_id_idx'"))
                        .contains(QStringLiteral("COLLATE \"C\", id)")));
            QCOMPARE(text(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'persons_email_prefix_idx'")),
                     QStringLiteral("0"));
        }
    }

    // A kept statement is prepared once and runs again with new values; a bad one is an error that
    // spoils nothing; on PostgreSQL a connection made again prepares them anew.
    void keptStatements_data() { test::addBackendColumn(); test::addBackendRows(); }
    void keptStatements()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        const QString sql = QStringLiteral("SELECT ? || 'x' UNION ALL SELECT ? || 'y'");
        const auto preparedOnServer = [&] {
            return db->isSQLite() ? 0 : db->scalar(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")).value_or(-1).toInt();
        };
        QList<const QSqlQuery *> queries;
        QList<int> prepared;
        for (const QString &value : {QStringLiteral("a"), QStringLiteral("b")}) {
            auto query = db->execKept(sql, {value, value});
            QVERIFY(query);
            QVERIFY((*query)->next()); // the second row is left unread
            QCOMPARE((*query)->value(0).toString(), value + u'x');
            queries << *query;
            prepared << preparedOnServer();
        }
        QCOMPARE(queries[1], queries[0]); // the same statement, prepared once
        QCOMPARE(prepared[1], prepared[0]);
        auto bad = db->execKept(QStringLiteral("SELECT no_such_column FROM (SELECT ? AS a) t"), {1});
        QVERIFY(!bad);
        QVERIFY(!bad.error().message.isEmpty());
        if (!db->isSQLite()) {
            auto own = db->scalar(QStringLiteral("SELECT pg_backend_pid()"));
            QVERIFY(own);
            auto other = openOrFail(scratch.url());
            QVERIFY(other);
            QVERIFY(other->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {*own}));
            QVERIFY(!db->exec(QStringLiteral("SELECT 1")));
            QTRY_VERIFY(db->isBroken());
            QVERIFY(db->reconnect());
        }
        auto again = db->execKept(sql, {QStringLiteral("d"), QStringLiteral("d")});
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QVERIFY((*again)->next());
        QCOMPARE((*again)->value(0).toString(), QStringLiteral("dx"));
        // Many different texts: the kept ones are let go, every one still runs.
        for (int i = 0; i < 100; ++i) {
            auto query = db->execKept(QStringLiteral("SELECT ? + %1").arg(i), {1});
            QVERIFY(query && (*query)->next());
            QCOMPARE((*query)->value(0).toInt(), i + 1);
        }
    }

    void sqliteConnectionSettings()
    {
        tc::test::ScratchDatabase scratch(Backend::SQLite);
        QVERIFY(scratch.isValid());
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt(), 5000);
        QVERIFY(Migrator(*db).migrate().ok());
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 8192);
        db.reset();

        // A file made with other pages keeps them: the setting only shapes new files.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto old = openOrFail(DatabaseUrl::sqlite(path));
            QVERIFY(old);
            QVERIFY(old->exec(QStringLiteral("PRAGMA journal_mode=DELETE")).ok());
            QVERIFY(old->exec(QStringLiteral("VACUUM")).ok());
            QVERIFY(old->exec(QStringLiteral("PRAGMA page_size=4096")).ok());
            QVERIFY(old->exec(QStringLiteral("VACUUM")).ok());
            QCOMPARE(old->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 4096);
        }
        auto reopened = openOrFail(DatabaseUrl::sqlite(path));
        QVERIFY(reopened);
        QVERIFY(Migrator(*reopened).migrate().ok());
        QCOMPARE(reopened->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 4096);
        QCOMPARE(reopened->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    }

    void refusesNewerDatabase_data() { test::addBackendColumn(); test::addBackendRows(); }
    void refusesNewerDatabase()
    {
        TC_SCRATCH_DATABASE(scratch);
        {
            auto db = openOrFail(scratch.url());
            QVERIFY(db);
            QVERIFY(Migrator(*db).migrate().ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                             {Migrator::latestBuiltinVersion() + 5, QStringLiteral("from the future"),
                              QDateTime::currentDateTimeUtc()})
                        .ok());
        }
        for (SchemaPolicy policy : {SchemaPolicy::Migrate, SchemaPolicy::RequireCurrent, SchemaPolicy::AsIs}) {
            auto db = openOfficeDatabase(scratch.url(), policy);
            QVERIFY(!db.ok());
            QVERIFY2(db.error().message.contains(QStringLiteral("newer version")), qPrintable(db.error().message));
            QVERIFY(db.error().message.contains(QString::number(Migrator::latestBuiltinVersion() + 5)));
        }
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QVERIFY(!Migrator(*db).migrate().ok());
        QCOMPARE(db->scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"))->toInt(),
                 Migrator::latestBuiltinVersion() + 5);
    }

    void failedStepRollsBack_data() { test::addBackendColumn(); test::addBackendRows(); }
    void failedStepRollsBack()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        const QList<Migration> steps{
            {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE alpha (id @PK@, name TEXT NOT NULL)")}},
            {2, QStringLiteral("two"),
             {QStringLiteral("CREATE TABLE beta (id @PK@)"), QStringLiteral("INSERT INTO alpha (name) VALUES ('kept?')"),
              QStringLiteral("THIS IS NOT SQL")}},
        };
        const Migrator migrator(*db, steps);
        auto result = migrator.migrate();
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("Migration 2")), qPrintable(result.error().message));
        // Step 1 stays applied; nothing of step 2 remains.
        QCOMPARE(migrator.currentVersion().value(), 1);
        QVERIFY(db->tableExists(QStringLiteral("alpha")).value());
        QVERIFY(!db->tableExists(QStringLiteral("beta")).value());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM alpha"))->toInt(), 0);
    }

    void transactionGuardRollsBack_data() { test::addBackendColumn(); test::addBackendRows(); }
    void transactionGuardRollsBack()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator(*db).migrate().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            auto tx = Transaction::begin(*db);
            QVERIFY(tx.ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO properties (name, created_at, updated_at) VALUES ('A', ?, ?)"), {now, now}).ok());
        } // no commit
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM properties"))->toInt(), 0);
        {
            auto tx = Transaction::begin(*db);
            QVERIFY(tx.ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO properties (name, created_at, updated_at) VALUES ('B', ?, ?)"), {now, now}).ok());
            QVERIFY(tx->commit().ok());
            QVERIFY(!tx->commit().ok()); // a second commit is an error, not a silent success
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM properties"))->toInt(), 1);
    }

    void concurrentMigrations_data() { test::addBackendColumn(); test::addBackendRows(); }
    void concurrentMigrations()
    {
        TC_SCRATCH_DATABASE(scratch);
        constexpr int kWorkers = 4;
        std::atomic<int> ready{0};
        QStringList errors;
        QMutex errorsLock;
        QList<QThread *> threads;
        for (int i = 0; i < kWorkers; ++i) {
            threads << QThread::create([&] {
                auto db = Database::open(scratch.url(), QStringLiteral("worker"));
                if (!db) {
                    const QMutexLocker lock(&errorsLock);
                    errors << db.error().message;
                    return;
                }
                ++ready;
                while (ready.load() < kWorkers)
                    QThread::yieldCurrentThread();
                auto applied = Migrator(**db).migrate();
                if (!applied) {
                    const QMutexLocker lock(&errorsLock);
                    errors << applied.error().message;
                }
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral("\n"))));
        auto db = openOrFail(scratch.url());
        QVERIFY(db);
        QCOMPARE(Migrator(*db).currentVersion().value(), Migrator::latestBuiltinVersion());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"))->toInt(),
                 int(Migrator::builtinMigrations().size()));
        QStringList expected = schema::tables();
        expected << QStringLiteral("schema_migrations");
        expected.sort();
        QCOMPARE(userTables(*db), expected);
    }

    void foreignFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 37 + 11) % 251);
        file.write(junk);
        file.close();
        auto db = openOfficeDatabase(DatabaseUrl::sqlite(path), SchemaPolicy::Migrate);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("not a Tenant Cockpit database")), qPrintable(db.error().message));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), junk);
    }

    void foreignDatabaseIsRefusedUntouched_data() { test::addBackendColumn(); test::addBackendRows(); }
    void foreignDatabaseIsRefusedUntouched()
    {
        TC_SCRATCH_DATABASE(scratch);
        QByteArray before;
        if (scratch.backend() == Backend::SQLite) {
            // Another program's SQLite file, in the default rollback-journal mode.
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
                other.setDatabaseName(scratch.url().sqlitePath());
                QVERIFY(other.open());
                QSqlQuery q(other);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
            QFile file(scratch.url().sqlitePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            before = file.readAll();
        } else {
            auto db = openOrFail(scratch.url());
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")).ok());
        }
        for (SchemaPolicy policy : {SchemaPolicy::Migrate, SchemaPolicy::AsIs}) {
            auto db = openOfficeDatabase(scratch.url(), policy);
            QVERIFY(!db.ok());
            QVERIFY2(db.error().message.contains(QStringLiteral("not a Tenant Cockpit database")), qPrintable(db.error().message));
            QVERIFY(db.error().message.contains(QStringLiteral("notes")));
        }
        if (scratch.backend() == Backend::SQLite) {
            QFile file(scratch.url().sqlitePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), before); // still in its own journal mode, nothing added
            QVERIFY(!QFile::exists(scratch.url().sqlitePath() + QStringLiteral("-wal")));
        } else {
            // Count the tables through a plain connection that does not run the check.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            raw.setHostName(scratch.url().host());
            raw.setPort(scratch.url().port());
            raw.setUserName(scratch.url().user());
            raw.setDatabaseName(scratch.url().databaseName());
            QVERIFY(raw.open());
            {
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            }
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        }
    }

    void unreachableServerIsClear()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://postgres@127.0.0.1:1/none?sslmode=disable&connect_timeout=3"));
        QVERIFY(url.ok());
        auto db = Database::open(*url);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("Cannot open the database")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(db.error().kind, Error::Kind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
