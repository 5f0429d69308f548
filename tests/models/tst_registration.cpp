// Registration and the password rules on both databases: a tenant registers with the code of their
// invitation, the code is spent, the password is kept as Argon2id and is their login; wrong codes and
// wrong passwords are throttled per origin and recorded; answers never tell an unknown code from a
// spent one, and a weak password is refused before the code is looked at.
#include "TicketFixtures.h"
#include "domain/Password.h"
#include "domain/Settings.h"

#include <QRegularExpression>

using namespace tc;
using namespace tc::test;

namespace {

const QString kPassword = QStringLiteral("Grüezi-Sonnenhof-7");

// Invites the tenants with these references; the offices' codes by reference.
QHash<QString, QString> invite(const Office &office, const QStringList &refs)
{
    QList<qint64> ids;
    for (const QString &ref : refs)
        ids << personIdOf(office, ref);
    auto report = office.invitations().invite(ids);
    if (!report)
        qWarning("%s", qPrintable(report.error().message));
    QHash<QString, QString> codes;
    auto rows = office.database().exec(QStringLiteral("SELECT p.erp_ref, c.code FROM activation_codes c "
                                                      "JOIN persons p ON p.id = c.person_id"));
    while (rows && rows->next())
        codes.insert(rows->value(0).toString(), rows->value(1).toString());
    return codes;
}

qint64 count(const Office &office, const QString &sql, const QVariantList &bindings = {})
{
    auto n = office.database().scalar(sql, bindings);
    return n ? n->toLongLong() : -1;
}

// "K7QF-M2XD-…" as somebody might type it: lower case, spaces instead of dashes.
QString typedCasually(const QString &code)
{
    return code.toLower().replace(u'-', u' ');
}

} // namespace

class TestRegistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("problem"); // a word of the answer; empty: accepted
        QTest::newRow("nine characters") << QStringLiteral("Sonnenhof") << QStringLiteral("at least 10");
        QTest::newRow("ten characters") << QStringLiteral("Sonnenhof7") << QString();
        QTest::newRow("ten with umlauts") << QStringLiteral("Zürichsee!") << QString();
        QTest::newRow("nine emoji and a letter are ten") << QStringLiteral("🏠🏠🏠🏠🏠🏠🏠🏠🏠a") << QString();
        QTest::newRow("common") << QStringLiteral("password123") << QStringLiteral("common");
        QTest::newRow("common in another case") << QStringLiteral("QwertzUIOP") << QStringLiteral("common");
        QTest::newRow("french keyboard row") << QStringLiteral("azertyuiop") << QStringLiteral("common");
        QTest::newRow("digits down") << QStringLiteral("9876543210") << QStringLiteral("common");
        QTest::newRow("one character") << QStringLiteral("ääääääääääää") << QStringLiteral("easy");
        QTest::newRow("letters up") << QStringLiteral("cdefghijklmn") << QStringLiteral("easy");
        QTest::newRow("too long") << QString(Password::kMaxLength + 1, u'x').replace(7, 1, u'y') << QStringLiteral("at most");
    }
    void passwordRules()
    {
        QFETCH(QString, password);
        QFETCH(QString, problem);
        const QString weakness = Password::weakness(password);
        if (problem.isEmpty())
            QVERIFY2(weakness.isEmpty(), qPrintable(weakness));
        else
            QVERIFY2(weakness.contains(problem), qPrintable(weakness));
    }

    void argon2idHashes()
    {
        auto first = Password::hash(kPassword);
        auto second = Password::hash(kPassword);
        QVERIFY(first && second);
        // Argon2id, version 19, 64 MiB, 2 passes, one lane: at least OWASP's m=19 MiB, t=2, p=1.
        static const QRegularExpression form(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$"));
        const auto match = form.match(*first);
        QVERIFY2(match.hasMatch(), qPrintable(*first));
        QVERIFY(match.captured(1).toInt() >= 19456);
        QVERIFY(match.captured(2).toInt() >= 2);
        QVERIFY(*first != *second); // a salt of its own each time
        QVERIFY(!first->contains(kPassword));
        QVERIFY(Password::matches(*first, kPassword));
        QVERIFY(Password::matches(*second, kPassword));
        QVERIFY(!Password::matches(*first, kPassword + u'x'));
        QVERIFY(!Password::matches(*first, QStringLiteral("grüezi-sonnenhof-7")));
        QVERIFY(!Password::matches(QStringLiteral("not a hash"), kPassword));
        QVERIFY(!Password::matches(QString(), kPassword));
    }

    void registersWithTheCode_data() { addBackendColumn(); addBackendRows(); }
    void registersWithTheCode()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openInvitingOffice(scratch);
        QVERIFY(office);
        const QHash<QString, QString> codes = invite(*office, {QStringLiteral("T-1001")});
        QVERIFY(codes.contains(QStringLiteral("T-1001")));
        const qint64 anna = personIdOf(*office, QStringLiteral("T-1001"));
        const QDateTime now = QDateTime::currentDateTimeUtc();

        const Registration registration = office->registration();
        auto registered = registration.registerTenant(typedCasually(codes.value(QStringLiteral("T-1001"))), kPassword,
                                                      QStringLiteral("app 192.0.2.10"), now);
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().message));
        QCOMPARE(registered->personId, anna);
        QCOMPARE(registered->tenantRef, QStringLiteral("T-1001"));
        QCOMPARE(registered->email, QStringLiteral("anna@example.ch"));
        QCOMPARE(registered->lastName, QStringLiteral("Müller"));

        // Registered; the code spent; the password kept as a hash only; the attempt and the audit recorded.
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM persons WHERE id = ? AND status = 'registered' "
                                               "AND registered_at IS NOT NULL"), {anna}),
                 1);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM activation_codes WHERE person_id = ? "
                                               "AND redeemed_at IS NOT NULL"), {anna}),
                 1);
        auto stored = office->database().scalar(QStringLiteral("SELECT password_hash FROM tenant_credentials WHERE person_id = ?"),
                                                {anna});
        QVERIFY(stored && !stored->isNull());
        QVERIFY(stored->toString().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(Password::matches(stored->toString(), kPassword));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM registration_attempts WHERE origin = ? AND succeeded"),
                       {QStringLiteral("app 192.0.2.10")}),
                 1);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'tenant.registered' "
                                               "AND entity_id = ?"), {anna}),
                 1);

        // The login: the address in any case, the password exactly.
        QCOMPARE(registration.checkLogin(QStringLiteral(" Anna@Example.CH "), kPassword, QStringLiteral("app")).value_or(false),
                 true);
        QCOMPARE(registration.checkLogin(QStringLiteral("anna@example.ch"), QStringLiteral("Grüezi-Sonnenhof-8"),
                                         QStringLiteral("app"), now.addSecs(10))
                     .value_or(true),
                 false);
        // Nobody registered with Zoë's address (she is not even invited): simply wrong.
        QCOMPARE(registration.checkLogin(QStringLiteral("zoe@example.ch"), kPassword, QStringLiteral("other"))
                     .value_or(true),
                 false);
    }

    void spentAndUnknownCodesLookAlike_data() { addBackendColumn(); addBackendRows(); }
    void spentAndUnknownCodesLookAlike()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openInvitingOffice(scratch);
        QVERIFY(office);
        const QHash<QString, QString> codes = invite(*office, {QStringLiteral("T-1001"), QStringLiteral("T-1002")});
        QCOMPARE(codes.size(), 2);
        const Registration registration = office->registration();
        QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(registration.registerTenant(codes.value(QStringLiteral("T-1001")), kPassword, QStringLiteral("a"), now));

        // The spent code, a well-formed code nobody has, and gibberish: one and the same answer.
        QStringList answers;
        for (const QString &code : {codes.value(QStringLiteral("T-1001")), QStringLiteral("2345-6789-ABCD-EFGH-JKMN"),
                                    QStringLiteral("hello")}) {
            now = now.addSecs(60); // beyond every wait
            auto refused = registration.registerTenant(code, QStringLiteral("Another-password-42"), QStringLiteral("a"), now);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Refused);
            answers << refused.error().message;
        }
        QCOMPARE(answers.at(1), answers.at(0));
        QCOMPARE(answers.at(2), answers.at(0));
        // The spent code changed nothing: Anna's password is still the first one.
        QVERIFY(registration.checkLogin(QStringLiteral("anna@example.ch"), kPassword, QStringLiteral("a")).value_or(false));

        // A weak password is refused before the code is looked at: Zoë's valid code gets the same answer
        // as no code at all, nothing is spent and nothing counts against the origin.
        const qint64 attempts = count(*office, QStringLiteral("SELECT count(*) FROM registration_attempts"));
        auto weakWithCode = registration.registerTenant(codes.value(QStringLiteral("T-1002")), QStringLiteral("1234567890"),
                                                        QStringLiteral("a"), now.addSecs(60));
        auto weakWithout = registration.registerTenant(QStringLiteral("nonsense"), QStringLiteral("1234567890"),
                                                       QStringLiteral("a"), now.addSecs(60));
        QVERIFY(!weakWithCode && !weakWithout);
        QCOMPARE(weakWithCode.error().message, weakWithout.error().message);
        QVERIFY(weakWithCode.error().message.contains(QStringLiteral("common")));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM registration_attempts")), attempts);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM activation_codes WHERE redeemed_at IS NULL")), 1);
        // ... and with a good password she registers.
        QVERIFY(registration.registerTenant(codes.value(QStringLiteral("T-1002")), kPassword, QStringLiteral("a"),
                                            now.addSecs(120)));
    }

    void wrongCodesAreThrottled_data() { addBackendColumn(); addBackendRows(); }
    void wrongCodesAreThrottled()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openInvitingOffice(scratch);
        QVERIFY(office);
        const QString code = invite(*office, {QStringLiteral("T-1001")}).value(QStringLiteral("T-1001"));
        QVERIFY(!code.isEmpty());
        const Registration registration = office->registration();
        const QString origin = QStringLiteral("app 198.51.100.7");
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QDateTime now = start;
        QCOMPARE(registration.secondsToWait(origin, now).value_or(-1), 0);

        // Each wrong code makes the next attempt wait a second longer.
        int failures = 0;
        while (failures < Registration::kMaxFailuresPerHour - 1) {
            auto wrong = registration.registerTenant(QStringLiteral("2345-6789-ABCD-EFGH-JKMN"), kPassword, origin, now);
            QVERIFY(!wrong);
            QVERIFY2(!wrong.error().message.contains(QStringLiteral("Try again")), qPrintable(wrong.error().message));
            ++failures;
            QCOMPARE(registration.secondsToWait(origin, now).value_or(-1), failures);
            if (failures == 3) {
                // Too early: refused without looking at the code, even the right one, and counted.
                now = now.addSecs(1);
                auto early = registration.registerTenant(code, kPassword, origin, now);
                QVERIFY(!early);
                QVERIFY2(early.error().message.contains(QStringLiteral("Try again")), qPrintable(early.error().message));
                ++failures;
                QCOMPARE(registration.secondsToWait(origin, now).value_or(-1), failures);
            }
            now = now.addSecs(failures);
        }
        // The tenth failure in the hour: the origin waits until the first one is an hour old.
        QVERIFY(!registration.registerTenant(QStringLiteral("2345-6789-ABCD-EFGH-JKMN"), kPassword, origin, now));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM registration_attempts WHERE origin = ? AND NOT succeeded"),
                       {origin}),
                 Registration::kMaxFailuresPerHour);
        const qint64 wait = registration.secondsToWait(origin, now.addSecs(30)).value_or(-1);
        QVERIFY2(wait > 30 * 60 && wait <= 3600, qPrintable(QString::number(wait)));
        auto locked = registration.registerTenant(code, kPassword, origin, now.addSecs(30));
        QVERIFY(!locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("Try again")));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM activation_codes WHERE redeemed_at IS NULL")), 1);
        // Another origin is not held up by this one.
        QCOMPARE(registration.secondsToWait(QStringLiteral("app 203.0.113.1"), now).value_or(-1), 0);
        // Logins are counted apart from registrations.
        QCOMPARE(registration.secondsToWait(origin, now, true).value_or(-1), 0);

        // An hour after the first failures, the right code goes through.
        const QDateTime later = start.addSecs(3600 + 120);
        QCOMPARE(registration.secondsToWait(origin, later).value_or(-1), 0);
        auto registered = registration.registerTenant(code, kPassword, origin, later);
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().message));
    }

    void wrongPasswordsAreThrottled_data() { addBackendColumn(); addBackendRows(); }
    void wrongPasswordsAreThrottled()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openInvitingOffice(scratch);
        QVERIFY(office);
        const QString code = invite(*office, {QStringLiteral("T-1001")}).value(QStringLiteral("T-1001"));
        const Registration registration = office->registration();
        QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(registration.registerTenant(code, kPassword, QStringLiteral("app"), now));
        const QString mail = QStringLiteral("anna@example.ch");
        QCOMPARE(registration.checkLogin(mail, QStringLiteral("Wrong-password-1"), QStringLiteral("app"), now).value_or(true),
                 false);
        QCOMPARE(registration.secondsToWait(QStringLiteral("app"), now, true).value_or(-1), 1);
        auto early = registration.checkLogin(mail, kPassword, QStringLiteral("app"), now);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("Try again")));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM registration_attempts WHERE origin = 'login:app' "
                                               "AND NOT succeeded")),
                 2);
        QCOMPARE(registration.checkLogin(mail, kPassword, QStringLiteral("app"), now.addSecs(5)).value_or(false), true);
        // Registrations from there are not held up by the wrong passwords.
        QCOMPARE(registration.secondsToWait(QStringLiteral("app"), now).value_or(-1), 0);
    }

    void onlyInvitedPeopleWithAnAddressRegister_data() { addBackendColumn(); addBackendRows(); }
    void onlyInvitedPeopleWithAnAddressRegister()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = openInvitingOffice(scratch);
        QVERIFY(office);
        const QString code = invite(*office, {QStringLiteral("T-1001")}).value(QStringLiteral("T-1001"));
        // Her address is gone (the ERP took it away): the code leads nowhere a login could use.
        const qint64 anna = personIdOf(*office, QStringLiteral("T-1001"));
        QVERIFY(office->database().exec(QStringLiteral("UPDATE persons SET email = NULL WHERE id = ?"), {anna}));
        const Registration registration = office->registration();
        auto refused = registration.registerTenant(code, kPassword, QStringLiteral("app"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("not valid")));
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM tenant_credentials")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
