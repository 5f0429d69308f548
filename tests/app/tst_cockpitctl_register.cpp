// tst_cockpitctl_register: the tenant's side through the real cockpitctl binary on SQLite and
// PostgreSQL. An invited tenant registers with the code of the invitation and a password on stdin,
// and can then log in; a spent code, a wrong code, a weak password, a wrong password and a throttled
// origin are refused with exit 1 and a message; a password on the command line is a usage error.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "domain/Password.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using tc::test::CliRun;
using tc::test::cockpitctlPath;
using tc::test::runCli;
using tc::test::runCliWithInput;
using tc::test::ScratchDatabase;

namespace {

const QByteArray kTenantList =
    "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,phone,"
    "language,move_in,move_out\n"
    "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-101,Wohnung 1,T-1001,Anna,Müller,anna@example.ch,,de,"
    "2019-04-01,\n"
    "P100,Wohnpark Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-102,Wohnung 2,T-1002,Zoë,Keller,zoe@example.ch,,fr,"
    "2020-01-01,\n";

const QByteArray kPassword = "Grüezi-Sonnenhof-7";

} // namespace

class TestCockpitctlRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerAndLogIn_data();
    void registerAndLogIn();
    void refusals_data();
    void refusals();
    void throttled_data();
    void throttled();
    void usageErrors();

private:
    QProcessEnvironment environment() const;
    static QStringList withDb(const ScratchDatabase &db, QStringList arguments);
    // init, the sender settings, the tenant list imported and both tenants invited; their codes by reference.
    QHash<QString, QString> prepare(const ScratchDatabase &db);

    QTemporaryDir m_sandbox;
};

QProcessEnvironment TestCockpitctlRegister::environment() const
{
    return tc::test::sandboxEnvironment(m_sandbox.filePath(QStringLiteral("home")));
}

QStringList TestCockpitctlRegister::withDb(const ScratchDatabase &db, QStringList arguments)
{
    arguments.prepend(db.urlText());
    arguments.prepend(QStringLiteral("--db"));
    return arguments;
}

void TestCockpitctlRegister::initTestCase()
{
    QVERIFY2(tc::test::cockpitctlMissing().isEmpty(), qPrintable(tc::test::cockpitctlMissing()));
    QVERIFY(m_sandbox.isValid());
    QFile list(m_sandbox.filePath(QStringLiteral("tenants.csv")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    QCOMPARE(list.write(kTenantList), kTenantList.size());
}

QHash<QString, QString> TestCockpitctlRegister::prepare(const ScratchDatabase &db)
{
    const QList<QStringList> steps{
        {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Régie Example SA")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.from"),
         QStringLiteral("Régie <mieter@regie.example.ch>")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("registration.base_url"),
         QStringLiteral("https://app.example.ch/register")},
        {QStringLiteral("import"), m_sandbox.filePath(QStringLiteral("tenants.csv"))},
        {QStringLiteral("invite"), QStringLiteral("--tenant"), QStringLiteral("T-1001"), QStringLiteral("--tenant"),
         QStringLiteral("T-1002")}};
    for (const QStringList &step : steps) {
        const CliRun run = runCli(withDb(db, step), environment());
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return {};
        }
    }
    // The codes, as the invitations carried them.
    QHash<QString, QString> codes;
    auto connection = tc::Database::open(db.url(), QStringLiteral("codes"));
    if (!connection)
        return {};
    auto rows = (*connection)->exec(QStringLiteral("SELECT p.erp_ref, c.code FROM activation_codes c "
                                                   "JOIN persons p ON p.id = c.person_id"));
    while (rows && rows->next())
        codes.insert(rows->value(0).toString(), rows->value(1).toString());
    return codes;
}

void TestCockpitctlRegister::registerAndLogIn_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlRegister::registerAndLogIn()
{
    TC_SCRATCH_DATABASE(db);
    const QHash<QString, QString> codes = prepare(db);
    QCOMPARE(codes.size(), 2);
    const QString code = codes.value(QStringLiteral("T-1001"));

    // The code as a tenant might type it; the password as the first line of stdin.
    const CliRun registered = runCliWithInput(withDb(db, {QStringLiteral("register"), QStringLiteral("--code"),
                                                          code.toLower(), QStringLiteral("--json")}),
                                              environment(), kPassword + "\n");
    QVERIFY2(registered.finished, qPrintable(registered.describe()));
    EXPECT_JSON_OK(registered, json);
    QCOMPARE(json.value(QStringLiteral("tenant_ref")).toString(), QStringLiteral("T-1001"));
    QCOMPARE(json.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.ch"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
    QVERIFY(json.value(QStringLiteral("person_id")).toInteger() > 0);
    QVERIFY(!registered.out.contains(kPassword));

    // The tenant's status shows it; the password is stored as a hash only.
    RUN_CLI(shown, withDb(db, {QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T-1001"),
                               QStringLiteral("--json")}),
            environment());
    EXPECT_JSON_OK(shown, tenant);
    QVERIFY2(QJsonDocument(tenant).toJson().contains("\"registered\""), qPrintable(shown.describe()));
    auto connection = tc::Database::open(db.url(), QStringLiteral("check"));
    QVERIFY(connection);
    auto hash = (*connection)->scalar(QStringLiteral("SELECT password_hash FROM tenant_credentials"));
    QVERIFY(hash && hash->toString().startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(tc::Password::matches(hash->toString(), QString::fromUtf8(kPassword)));

    // "The tenant can then use these login details": right gives 0, wrong gives 1.
    const CliRun right = runCliWithInput(withDb(db, {QStringLiteral("tenant-login"), QStringLiteral("--email"),
                                                     QStringLiteral("ANNA@example.ch")}),
                                         environment(), kPassword + "\r\n");
    EXPECT_EXIT(right, 0);
    const CliRun wrong = runCliWithInput(withDb(db, {QStringLiteral("tenant-login"), QStringLiteral("--email"),
                                                     QStringLiteral("anna@example.ch")}),
                                         environment(), "Grüezi-Sonnenhof-8\n");
    EXPECT_REFUSED(wrong);
    EXPECT_STDERR_CONTAINS(wrong, QStringLiteral("wrong"));
    // Zoë is invited, not registered: no login yet.
    const CliRun notYet = runCliWithInput(withDb(db, {QStringLiteral("tenant-login"), QStringLiteral("--email"),
                                                      QStringLiteral("zoe@example.ch")}),
                                          environment(), kPassword + "\n");
    EXPECT_REFUSED(notYet);
    // After a wrong password the program waits its turn by itself: the right one still works.
    const CliRun again = runCliWithInput(withDb(db, {QStringLiteral("tenant-login"), QStringLiteral("--email"),
                                                     QStringLiteral("anna@example.ch"), QStringLiteral("--json")}),
                                         environment(), kPassword + "\n");
    EXPECT_JSON_OK(again, login);
    QCOMPARE(login.value(QStringLiteral("valid")).toBool(), true);
}

void TestCockpitctlRegister::refusals_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlRegister::refusals()
{
    TC_SCRATCH_DATABASE(db);
    const QHash<QString, QString> codes = prepare(db);
    QCOMPARE(codes.size(), 2);
    const auto registerWith = [&](const QString &code, const QByteArray &input) {
        return runCliWithInput(withDb(db, {QStringLiteral("register"), QStringLiteral("--code"), code}), environment(), input);
    };

    // A weak password: refused, whatever the code, and the code stays unspent.
    const CliRun weak = registerWith(codes.value(QStringLiteral("T-1001")), "1234567890\n");
    EXPECT_REFUSED(weak);
    EXPECT_STDERR_CONTAINS(weak, QStringLiteral("common"));
    const CliRun shortOne = registerWith(codes.value(QStringLiteral("T-1001")), "Sonnenhof\n");
    EXPECT_REFUSED(shortOne);
    EXPECT_STDERR_CONTAINS(shortOne, QStringLiteral("10"));
    // No password at all.
    const CliRun none = registerWith(codes.value(QStringLiteral("T-1001")), QByteArray());
    EXPECT_REFUSED(none);
    EXPECT_STDERR_CONTAINS(none, QStringLiteral("stdin"));

    // Registered once; the spent code again and a code nobody has get the same answer.
    const CliRun first = registerWith(codes.value(QStringLiteral("T-1001")), kPassword + "\n");
    EXPECT_EXIT(first, 0);
    const CliRun spent = registerWith(codes.value(QStringLiteral("T-1001")), "Another-password-42\n");
    EXPECT_REFUSED(spent);
    const CliRun unknown = registerWith(QStringLiteral("2345-6789-ABCD-EFGH-JKMN"), "Another-password-42\n");
    EXPECT_REFUSED(unknown);
    QCOMPARE(unknown.errText(), spent.errText());
    // The spent code changed nothing: the first password is still the login.
    const CliRun login = runCliWithInput(withDb(db, {QStringLiteral("tenant-login"), QStringLiteral("--email"),
                                                     QStringLiteral("anna@example.ch")}),
                                         environment(), kPassword + "\n");
    EXPECT_EXIT(login, 0);
}

void TestCockpitctlRegister::throttled_data()
{
    tc::test::addBackendColumn();
    tc::test::addBackendRows();
}

void TestCockpitctlRegister::throttled()
{
    TC_SCRATCH_DATABASE(db);
    const QHash<QString, QString> codes = prepare(db);
    QCOMPARE(codes.size(), 2);
    const auto registerWith = [&](const QString &code) {
        return runCliWithInput(withDb(db, {QStringLiteral("register"), QStringLiteral("--code"), code}), environment(),
                               kPassword + "\n");
    };
    // Two wrong codes: the second attempt waits a second after the first, the third two after the
    // second (the program sits the waits out by itself), and each is recorded.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 2; ++i) {
        const CliRun wrong = registerWith(QStringLiteral("2345-6789-ABCD-EFGH-JKM%1").arg(i + 2));
        EXPECT_REFUSED(wrong);
        EXPECT_STDERR_CONTAINS(wrong, QStringLiteral("not valid"));
    }
    const CliRun right = registerWith(codes.value(QStringLiteral("T-1002")));
    EXPECT_EXIT(right, 0);
    QVERIFY2(timer.elapsed() >= 3000, qPrintable(QString::number(timer.elapsed()))); // 1 s + 2 s of waiting
    auto connection = tc::Database::open(db.url(), QStringLiteral("attempts"));
    QVERIFY(connection);
    QCOMPARE((*connection)->scalar(QStringLiteral("SELECT count(*) FROM registration_attempts WHERE NOT succeeded"))->toInt(), 2);
    QCOMPARE((*connection)->scalar(QStringLiteral("SELECT count(*) FROM registration_attempts WHERE succeeded"))->toInt(), 1);

    // Ten failures within the hour: the limit. Even the right code is refused, with the time to come back.
    const QString recent = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs);
    for (int i = 0; i < 10; ++i) {
        QVERIFY((*connection)->exec(QStringLiteral("INSERT INTO registration_attempts (attempted_at, origin, succeeded) "
                                                   "VALUES (?, 'cockpitctl', ?)"),
                                    {recent, false}));
    }
    const CliRun locked = registerWith(codes.value(QStringLiteral("T-1001")));
    EXPECT_REFUSED(locked);
    EXPECT_STDERR_CONTAINS(locked, QStringLiteral("Try again"));
    QCOMPARE((*connection)->scalar(QStringLiteral("SELECT count(*) FROM activation_codes WHERE redeemed_at IS NULL"))->toInt(), 1);
}

void TestCockpitctlRegister::usageErrors()
{
    ScratchDatabase db(tc::test::Backend::SQLite);
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("register")},
          QStringList{QStringLiteral("register"), QStringLiteral("--code"), QStringLiteral(" ")},
          QStringList{QStringLiteral("register"), QStringLiteral("--code"), QStringLiteral("ABCD"), QStringLiteral("--password"),
                      QString::fromUtf8(kPassword)},
          QStringList{QStringLiteral("tenant-login")},
          QStringList{QStringLiteral("tenant-login"), QStringLiteral("--email"), QStringLiteral("a@example.ch"),
                      QStringLiteral("--password"), QString::fromUtf8(kPassword)},
          QStringList{QStringLiteral("tenants"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--code"),
                      QStringLiteral("ABCD")}}) {
        const CliRun run = runCliWithInput(withDb(db, arguments), environment(), kPassword + "\n");
        EXPECT_EXIT(run, 2);
        QVERIFY2(!run.err.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(!run.err.contains(kPassword), qPrintable(run.describe()));
    }
    const CliRun onTheLine = runCliWithInput(withDb(db, {QStringLiteral("register"), QStringLiteral("--code"),
                                                         QStringLiteral("ABCD"), QStringLiteral("--password"),
                                                         QStringLiteral("secret-secret")}),
                                             environment(), {});
    EXPECT_STDERR_CONTAINS(onTheLine, QStringLiteral("stdin"));
    QVERIFY(!onTheLine.err.contains("secret-secret"));
    RUN_CLI(help, QStringList{QStringLiteral("--help")}, environment());
    QVERIFY(help.outText().contains(QStringLiteral("register --code CODE")));
    QVERIFY(help.outText().contains(QStringLiteral("tenant-login --email ADDRESS")));
}

QTEST_GUILESS_MAIN(TestCockpitctlRegister)
#include "tst_cockpitctl_register.moc"
