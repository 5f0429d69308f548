// tst_officeroles: the role matrix kept by the PostgreSQL server itself. An office with a manager, an
// administrator and an agent, each a database role of their own with a SCRAM password; psql connects
// as each and shows what their role may do and that the forbidden statements fail at the server
// (company settings, activation codes, password hashes, tenants' credentials, ERP-owned fields,
// audit entries and tickets in someone else's name, the role functions). The services, connected
// as the agent's role, act as that agent; a role change or a disabled agent reaches the server at once.
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/Database.h"
#include "storage/OfficeRoles.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace tc;
using namespace tc::test;

namespace {

struct Psql
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestOfficeRoles : public QObject
{
    Q_OBJECT

    // A psql run as `user` with `password` on the scratch database: one statement, stopping at an error.
    Psql psql(const ScratchDatabase &db, const QString &user, const QString &password, const QString &sql) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        process.setProcessEnvironment(env);
        const DatabaseUrl url = db.url();
        const QString conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=disable")
                                     .arg(url.host())
                                     .arg(url.port())
                                     .arg(url.databaseName(), user);
        process.start(m_psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                               QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo,
                               QStringLiteral("-c"), sql});
        Psql result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("psql did not finish");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        result.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return result;
    }

    QString m_psql;
    QString m_suffix;

private Q_SLOTS:
    void initTestCase()
    {
        m_psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        QVERIFY2(!m_psql.isEmpty(), "psql is missing (apt-get install postgresql-client)");
        // Database roles belong to the whole server: logins of their own for this run.
        m_suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    }

    void theServerKeepsEachToTheirRole()
    {
        ScratchDatabase scratch(Backend::PostgreSQL);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto opened = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor{std::nullopt, QStringLiteral("Owner"), Role::Manager});
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Office &owner = **opened;
        QVERIFY(owner.demoData().generate(30, QDate(2026, 6, 1)));
        QVERIFY(owner.database().exec(QStringLiteral("INSERT INTO activation_codes (person_id, code, source, created_at) "
                                                     "SELECT id, 'ABCD-EFGH-JKLM-NPQR-STUV', 'generated', now() FROM persons LIMIT 1")));

        const QString anna = QStringLiteral("anna-") + m_suffix, marc = QStringLiteral("marc-") + m_suffix,
                      lucia = QStringLiteral("lucia-") + m_suffix;
        const QString annaPw = QStringLiteral("Aare-Ufer-2026-Bern"), marcPw = QStringLiteral("Rhone-Gletscher-44"),
                      luciaPw = QStringLiteral("Limmat-Quai-7-Zurich");
        QVERIFY(owner.agents().add(anna, QStringLiteral("Anna Keller"), Role::Manager));
        QVERIFY(owner.agents().add(marc, QStringLiteral("Marc Dubois"), Role::Administrator));
        auto luciaId = owner.agents().add(lucia, QStringLiteral("Lucia Rossi"), Role::Agent);
        QVERIFY(luciaId);
        for (const auto &[login, password] : {std::pair{anna, annaPw}, std::pair{marc, marcPw}, std::pair{lucia, luciaPw}}) {
            auto s = owner.logins().setPassword(owner.actor(), login, password);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        }
        // The hashes in the agents table stay empty: the server keeps the passwords.
        QCOMPARE(owner.database().scalar(QStringLiteral("SELECT count(*) FROM agents WHERE password_hash IS NOT NULL"))->toInt(), 0);

        // Only with the right password.
        const Psql wrong = psql(scratch, lucia, marcPw, QStringLiteral("SELECT 1"));
        QVERIFY2(wrong.exitCode != 0 && wrong.err.contains(QStringLiteral("password authentication failed")), qPrintable(wrong.err));

        const auto refused = [&](const QString &user, const QString &password, const QString &sql, const QString &why) {
            const Psql run = psql(scratch, user, password, sql);
            if (run.exitCode == 0 || !run.err.contains(why, Qt::CaseInsensitive)) {
                qWarning("%s ran \"%s\": exit %d, %s", qPrintable(user), qPrintable(sql), run.exitCode, qPrintable(run.err));
                return false;
            }
            return true;
        };
        const auto allowed = [&](const QString &user, const QString &password, const QString &sql) {
            const Psql run = psql(scratch, user, password, sql);
            if (run.exitCode != 0)
                qWarning("%s ran \"%s\": exit %d, %s", qPrintable(user), qPrintable(sql), run.exitCode, qPrintable(run.err));
            return run.exitCode == 0;
        };
        const QString denied = QStringLiteral("permission denied");
        const QString rowLevel = QStringLiteral("row-level security");
        const QString annaId = owner.agents().findByLogin(anna)->id > 0 ? QString::number(owner.agents().findByLogin(anna)->id) : QString();

        // An agent: tenants and tickets, nothing else.
        QVERIFY(allowed(lucia, luciaPw, QStringLiteral("SELECT count(*) FROM persons")));
        QVERIFY(allowed(lucia, luciaPw, QStringLiteral("SELECT login, display_name, role FROM agents")));
        QVERIFY(allowed(lucia, luciaPw, QStringLiteral("SELECT recipient, status FROM mail_outbox")));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("UPDATE company_settings SET value = 'x'"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("INSERT INTO company_settings (key, value, updated_at) VALUES ('alias_users', 'true', now())"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT code FROM activation_codes"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT password_hash FROM agents"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT * FROM agents"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT body_text FROM mail_outbox"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT * FROM tenant_credentials"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("UPDATE persons SET first_name = 'X'"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("UPDATE persons SET email = 'x@example.ch', phone = '1'"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("DELETE FROM tickets"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("UPDATE tickets SET created_by = %1").arg(annaId), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("UPDATE audit_log SET actor = 'nobody'"), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("INSERT INTO audit_log (at, agent_id, actor, action, entity) "
                                                       "VALUES (now(), %1, 'Anna Keller', 'x', 'y')").arg(annaId),
                        rowLevel));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("INSERT INTO tickets (person_id, channel, title, created_by, created_at, updated_at) "
                                                       "SELECT id, 'phone', 'forged', %1, now(), now() FROM persons LIMIT 1").arg(annaId),
                        rowLevel));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT tc_sync_agent_role('%1', 'manager')").arg(lucia), denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT tc_set_agent_password('%1', 'SCRAM-SHA-256$4096:x')").arg(anna),
                        QStringLiteral("only a manager")));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("CREATE TABLE mine (i INTEGER)"), denied));
        // The pinboard: read, never written; the shared bodies of its e-mails are not the agents'.
        QVERIFY(allowed(lucia, luciaPw, QStringLiteral("SELECT title, important FROM pinboard_posts")));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("INSERT INTO pinboard_posts (title, body, created_at, updated_at) "
                                                       "VALUES ('forged', 'x', now(), now())"),
                        denied));
        QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT body_text FROM mail_bodies"), denied));

        // An administrator: also master data and activation codes; not the settings, not the agents.
        QVERIFY(allowed(marc, marcPw, QStringLiteral("SELECT code FROM activation_codes")));
        QVERIFY(allowed(marc, marcPw, QStringLiteral("UPDATE persons SET language = language WHERE id IN (SELECT id FROM persons LIMIT 1)")));
        QVERIFY(refused(marc, marcPw, QStringLiteral("UPDATE company_settings SET value = 'x'"), denied));
        QVERIFY(refused(marc, marcPw, QStringLiteral("INSERT INTO mail_templates (kind, language, subject, body, updated_at) "
                                                     "VALUES ('invitation', 'de', 's', 'b', now())"),
                        denied));
        QVERIFY(refused(marc, marcPw, QStringLiteral("UPDATE agents SET role = 'manager'"), denied));
        QVERIFY(refused(marc, marcPw, QStringLiteral("SELECT password_hash FROM agents"), denied));
        QVERIFY(refused(marc, marcPw, QStringLiteral("SELECT * FROM tenant_credentials"), denied));
        QVERIFY(refused(marc, marcPw, QStringLiteral("SELECT tc_sync_agent_role('%1', 'manager')").arg(marc), denied));
        QVERIFY(allowed(marc, marcPw, QStringLiteral("INSERT INTO pinboard_posts (title, body, created_at, updated_at) "
                                                     "VALUES ('Lift', 'steht still', now(), now())")));
        QVERIFY(allowed(marc, marcPw, QStringLiteral("SELECT count(*) FROM mail_bodies")));

        // A manager: the settings too; never the hashes, nor a role with powers of its own.
        QVERIFY(allowed(anna, annaPw, QStringLiteral("INSERT INTO company_settings (key, value, updated_at) VALUES ('alias_users', 'true', now())")));
        QVERIFY(refused(anna, annaPw, QStringLiteral("SELECT password_hash FROM agents"), denied));
        QVERIFY(refused(anna, annaPw, QStringLiteral("SELECT * FROM tenant_credentials"), denied));
        QVERIFY(refused(anna, annaPw, QStringLiteral("SELECT tc_sync_agent_role('postgres', 'agent')"),
                        QStringLiteral("powers of its own")));

        // The services, connected as Lucia's role, act as Lucia: her ticket, in her name.
        {
            auto asLucia = Office::open(scratch.url().withLogin(lucia, luciaPw), SchemaPolicy::RequireCurrent,
                                        Actor{std::nullopt, QStringLiteral("someone else"), Role::Manager});
            QVERIFY2(asLucia, qPrintable(asLucia ? QString() : asLucia.error().message));
            QCOMPARE((*asLucia)->actor().agentId, std::optional<qint64>(*luciaId));
            QCOMPARE((*asLucia)->actor().role, Role::Agent);
            auto person = (*asLucia)->database().scalar(QStringLiteral("SELECT min(id) FROM persons"));
            QVERIFY(person);
            TicketDraft draft;
            draft.personId = person->toLongLong();
            draft.title = QStringLiteral("Lift steht still");
            draft.assigneeId = *luciaId;
            auto ticket = (*asLucia)->tickets().create(draft);
            QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.error().message));
            QVERIFY((*asLucia)->tickets().comment(*ticket, QStringLiteral("Hauswart informiert"), true));
            // The service's own check refuses her the settings before the server would.
            QVERIFY(!(*asLucia)->settings().set((*asLucia)->actor(), QStringLiteral("alias_users"), QStringLiteral("false")));
        }

        // Marc, an administrator, publishes an important post with his own role: post, shared bodies,
        // outbox rows (COPY) and the post's mail records are all his to write.
        {
            auto asMarc = Office::open(scratch.url().withLogin(marc, marcPw), SchemaPolicy::RequireCurrent, Actor{});
            QVERIFY2(asMarc, qPrintable(asMarc ? QString() : asMarc.error().message));
            QCOMPARE((*asMarc)->actor().role, Role::Administrator);
            QVERIFY((*asMarc)->database().exec(QStringLiteral("UPDATE persons SET status = 'invited', "
                                                              "email = COALESCE(email, 'p' || id || '@example.ch')")));
            QVERIFY(owner.settings().set(owner.actor(), QStringLiteral("smtp.from"), QStringLiteral("mieter@regie.example.ch")));
            PinboardPostInput post;
            post.title = QStringLiteral("Lift steht still");
            post.body = QStringLiteral("Ab **Montag** wieder in Betrieb.");
            post.audience.company = true;
            post.important = true;
            auto published = (*asMarc)->pinboard().publish(post);
            QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
            QVERIFY(published->mailsQueued >= 1);
            QCOMPARE((*asMarc)->database().scalar(QStringLiteral("SELECT count(*) FROM pinboard_mails WHERE post_id = ?"),
                                                  {published->postId})->toLongLong(),
                     published->mailsQueued);
        }

        // A manager's role change reaches the server at once; so does disabling.
        {
            auto asAnna = Office::open(scratch.url().withLogin(anna, annaPw), SchemaPolicy::RequireCurrent, Actor{});
            QVERIFY2(asAnna, qPrintable(asAnna ? QString() : asAnna.error().message));
            QCOMPARE((*asAnna)->actor().role, Role::Manager);
            auto promoted = (*asAnna)->agents().setRole(*luciaId, Role::Administrator);
            QVERIFY2(promoted, qPrintable(promoted ? QString() : promoted.error().message));
            QVERIFY(allowed(lucia, luciaPw, QStringLiteral("SELECT code FROM activation_codes")));
            QVERIFY(*(*asAnna)->agents().disable(*luciaId));
            QVERIFY(refused(lucia, luciaPw, QStringLiteral("SELECT 1"), denied));
        }
    }
};

QTEST_GUILESS_MAIN(TestOfficeRoles)
#include "tst_officeroles.moc"
