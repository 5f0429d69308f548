// OfficeMailDesk, the desktop program's mail edge, against a real SMTP server (aiosmtpd with STARTTLS
// and AUTH) and a real, throw-away GNOME keyring (ctest runs this through keyring-session.sh): the
// password comes from the keychain and the outbox goes out without blocking; a missing password is
// asked for once; a stored password lands in the keychain; without a keychain it is kept for the
// session and the note says why; the test e-mail reports success and a refusal in words.
#include "SecretStore.h"
#include "SmtpTestServer.h"
#include "domain/Settings.h"
#include "mail/OfficeMailDesk.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tc;

namespace {

const QString kUser = QStringLiteral("office@regie.example.ch");
const QString kPassword = QStringLiteral("desk-Pass-9876");

const QByteArray kList = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                         "last_name,email,phone,language,move_in,move_out\n"
                         "P1,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-1,Wohnung 1,T-1,Anna,Muster,anna@example.ch,,de,"
                         "2019-04-01,\n"
                         "P1,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-2,Wohnung 2,T-2,Ben,Beispiel,ben@example.ch,,en,"
                         "2019-04-01,\n";

Actor manager()
{
    return Actor{std::nullopt, QStringLiteral("Manager"), Role::Manager};
}

bool haveThrowAwayKeyring()
{
    return qEnvironmentVariable("TC_KEYRING_SESSION") == u"1";
}

} // namespace

class TestOfficeMailDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cert, m_key;

    std::unique_ptr<Office> newOffice(const QString &name, quint16 port)
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(name));
        auto office = Office::open(*url, SchemaPolicy::Migrate, manager());
        if (!office)
            return nullptr;
        if (!(*office)->setup().initializeCompany(manager(), QStringLiteral("Régie Test")))
            return nullptr;
        if (!(*office)->settings().set(manager(), {{settings::smtpHost, QStringLiteral("localhost")},
                                                   {settings::smtpPort, QString::number(port)},
                                                   {settings::smtpUser, kUser},
                                                   {settings::smtpCaFile, m_cert},
                                                   {settings::smtpFrom, QStringLiteral("Régie <mieter@regie.example.ch>")},
                                                   {settings::registrationBaseUrl, QStringLiteral("https://app.example.ch/r")}}))
            return nullptr;
        const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly) || file.write(kList) != kList.size())
            return nullptr;
        file.close();
        auto report = (*office)->imports().run(csv, ImportOptions{});
        if (!report || !report->applied())
            return nullptr;
        return std::move(*office);
    }

    QStringList serverSwitches() const
    {
        return {QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key, QStringLiteral("--auth"),
                kUser + u':' + kPassword};
    }

    QList<qint64> everyone(const Office &office)
    {
        return {office.tenants().idOf(QStringLiteral("T-1")).value_or(0), office.tenants().idOf(QStringLiteral("T-2")).value_or(0)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(haveThrowAwayKeyring(), "run through tests/support/keyring-session.sh (ctest does): it needs a "
                                         "throw-away keyring and never touches yours");
        const QString missing = tc::test::checkAiosmtpd();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        const QString error = tc::test::makeTestCertificate(m_dir.path(), &m_cert, &m_key);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void sendsWithThePasswordFromTheKeychain()
    {
        tc::test::SmtpTestServer server;
        QVERIFY2(server.start(serverSwitches()), qPrintable(server.error()));
        auto office = newOffice(QStringLiteral("keychain.db"), server.port());
        QVERIFY(office);
        KeychainSecretStore keychain;
        const QString key = SecretStore::keyFor(secrets::smtpPassword, office->database().url());
        QVERIFY(writeSecretBlocking(keychain, key, kPassword));
        auto invited = office->invitations().invite(everyone(*office));
        QVERIFY(invited && invited->queued.size() == 2);

        OfficeMailDesk desk(*office, &keychain);
        QSignalSpy finished(&desk, &MailDesk::sendingFinished);
        QSignalSpy needed(&desk, &OfficeMailDesk::passwordNeeded);
        desk.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto run = finished.first().first().value<OutboxRun>();
        QCOMPARE(run.sent, 2);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(server.receivedCount(), 2);
        QCOMPARE(needed.size(), 0);
        QVERIFY(desk.hasPassword());

        // The test e-mail goes straight to the server.
        QSignalSpy tested(&desk, &MailDesk::testMailFinished);
        desk.sendTestMail(QStringLiteral("someone@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QCOMPARE(server.receivedCount(), 3);
        QVERIFY(server.received().last().bytes.contains("Subject: Tenant Cockpit: test e-mail"));
        QCOMPARE(office->outbox().counts()->sent, 2); // the test e-mail is no outbox mail
    }

    void asksOnceAndStoresInTheKeychain()
    {
        tc::test::SmtpTestServer server;
        QVERIFY2(server.start(serverSwitches()), qPrintable(server.error()));
        auto office = newOffice(QStringLiteral("ask.db"), server.port());
        QVERIFY(office);
        KeychainSecretStore keychain;
        const QString key = SecretStore::keyFor(secrets::smtpPassword, office->database().url());
        QVERIFY(removeSecretBlocking(keychain, key));
        QVERIFY(office->invitations().invite(everyone(*office)));

        OfficeMailDesk desk(*office, &keychain);
        QSignalSpy needed(&desk, &OfficeMailDesk::passwordNeeded);
        QSignalSpy finished(&desk, &MailDesk::sendingFinished);
        desk.start();
        QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, 10000);
        desk.sendNow();
        desk.sendNow();
        QTest::qWait(200);
        QCOMPARE(needed.size(), 1); // asked once per session, not at every tick
        QCOMPARE(server.receivedCount(), 0);

        QSignalSpy stored(&desk, &MailDesk::passwordStored);
        desk.storePassword(kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
        QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(server.receivedCount(), 2);
        auto inKeychain = readSecretBlocking(keychain, key);
        QVERIFY(inKeychain && *inKeychain);
        QCOMPARE(**inKeychain, kPassword);

        // A wrong password: nothing lost, the mails wait with the server's words.
        QVERIFY(office->invitations().invite(everyone(*office))); // reminders
        desk.storePassword(QStringLiteral("wrong password"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        const auto run = finished.last().first().value<OutboxRun>();
        QCOMPARE(run.sent, 0);
        QCOMPARE(run.deferred, 2);
        QVERIFY(run.error.contains(QStringLiteral("535")));
        QVERIFY(!run.error.contains(QStringLiteral("wrong password")));
        QCOMPARE(office->outbox().counts()->waiting, 2);
        // No further tries with the refused login (the minute's timer, "Send now"): a new password first.
        QVERIFY(office->database().exec(QStringLiteral("UPDATE mail_outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' "
                                                       "WHERE status = 'queued'")));
        desk.sendNow();
        QTest::qWait(300);
        QCOMPARE(finished.size(), 2);
        desk.storePassword(kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
        QCOMPARE(finished.last().first().value<OutboxRun>().sent, 2);
        QCOMPARE(server.receivedCount(), 4);
    }

    void withoutKeychainForThisSessionOnly()
    {
        tc::test::SmtpTestServer server;
        QVERIFY2(server.start(serverSwitches()), qPrintable(server.error()));
        auto office = newOffice(QStringLiteral("nokeychain.db"), server.port());
        QVERIFY(office);
        OfficeMailDesk desk(*office, nullptr);
        QSignalSpy needed(&desk, &OfficeMailDesk::passwordNeeded);
        QVERIFY(office->invitations().invite(everyone(*office)));
        desk.start();
        QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, 10000);
        QSignalSpy finished(&desk, &MailDesk::sendingFinished);
        desk.storePassword(kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(server.receivedCount(), 2);
        QVERIFY2(desk.passwordNote().contains(QStringLiteral("this session only")), qPrintable(desk.passwordNote()));
        QVERIFY(needed.first().first().toString().contains(QStringLiteral("No keychain")));
    }

    void testMailRefusedInWords()
    {
        auto office = newOffice(QStringLiteral("nothing.db"), 1); // nothing listens on port 1
        QVERIFY(office);
        OfficeMailDesk desk(*office, nullptr);
        desk.storePassword(kPassword);
        QSignalSpy tested(&desk, &MailDesk::testMailFinished);
        desk.sendTestMail(QStringLiteral("someone@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(tested.first().at(1).toString().contains(QStringLiteral("not sent")), qPrintable(tested.first().at(1).toString()));
    }
};

QTEST_MAIN(TestOfficeMailDesk)
#include "tst_officemaildesk.moc"
